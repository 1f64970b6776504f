//! Who was told that the service cannot store anything right now: each chat once per
//! outage, however many messages it sends meanwhile or how often Telegram delivers them
//! again. Kept in memory: after a restart a client may be told once more. And how many
//! updates were set aside lately: a burst of them is an outage in disguise.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// A chat told to wait is not told again for this long: one outage, one apology.
pub(super) const QUIET: Duration = Duration::from_secs(10 * 60);
/// Chats remembered at most; beyond it the oldest half is forgotten.
const MAX_CHATS: usize = 10_000;

#[derive(Default)]
pub(super) struct Apologies {
    told: Mutex<HashMap<i64, Instant>>,
}

impl Apologies {
    /// Whether `chat` should be told now; remembers that it was.
    pub(super) fn tell(&self, chat: i64, now: Instant) -> bool {
        let mut told = self.told.lock().unwrap_or_else(|p| p.into_inner());
        if told.get(&chat).is_some_and(|at| now.saturating_duration_since(*at) < QUIET) {
            return false;
        }
        if told.len() >= MAX_CHATS {
            let mut times: Vec<Instant> = told.values().copied().collect();
            times.sort_unstable();
            let cut = times[times.len() / 2];
            told.retain(|_, at| *at > cut);
        }
        told.insert(chat, now);
        true
    }
}

/// How many updates may be set aside within [`PARK_WINDOW`]; beyond it the failures are
/// taken for the database's (a schema or sequence gone wrong strikes every update) and the
/// updates wait instead.
const PARK_BURST: usize = 5;
const PARK_WINDOW: Duration = Duration::from_secs(60);

/// The recent times an update was set aside.
#[derive(Default)]
pub(super) struct Parking {
    recent: Mutex<std::collections::VecDeque<Instant>>,
}

impl Parking {
    /// Whether one more update may be set aside now; counts it if so.
    pub(super) fn admit(&self, now: Instant) -> bool {
        let mut recent = self.recent.lock().unwrap_or_else(|p| p.into_inner());
        while recent.front().is_some_and(|at| now.saturating_duration_since(*at) >= PARK_WINDOW) {
            recent.pop_front();
        }
        if recent.len() >= PARK_BURST {
            return false;
        }
        recent.push_back(now);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_few_updates_are_set_aside_a_burst_is_not() {
        let parking = Parking::default();
        let start = Instant::now();
        for i in 0..PARK_BURST {
            assert!(parking.admit(start + Duration::from_secs(i as u64)));
        }
        assert!(!parking.admit(start + Duration::from_secs(10)), "the sixth within a minute waits");
        assert!(parking.admit(start + PARK_WINDOW + Duration::from_secs(1)), "a minute later, one more");
    }

    #[test]
    fn a_chat_is_told_once_per_outage_and_again_after_the_quiet_time() {
        let apologies = Apologies::default();
        let start = Instant::now();
        assert!(apologies.tell(1, start));
        assert!(!apologies.tell(1, start + Duration::from_secs(30)), "a second message in the same outage");
        assert!(apologies.tell(2, start + Duration::from_secs(30)), "another chat is told");
        assert!(apologies.tell(1, start + QUIET), "a later outage is told again");
    }

    #[test]
    fn memory_stays_bounded_and_the_newest_are_kept() {
        let apologies = Apologies::default();
        let start = Instant::now();
        for chat in 0..(MAX_CHATS as i64 + 10) {
            apologies.tell(chat, start + Duration::from_millis(chat as u64));
        }
        let told = apologies.told.lock().unwrap();
        assert!(told.len() <= MAX_CHATS, "{}", told.len());
        assert!(told.contains_key(&(MAX_CHATS as i64 + 9)), "the newest chat is remembered");
    }
}

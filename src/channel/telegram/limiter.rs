//! Telegram's sending limits, as our own rate limiter: a message goes out at once when
//! the limits allow it and waits exactly as long as needed when they do not (no fixed
//! tick). Per private chat a rate with a short burst, so a turn's edit and its next
//! question go out together; per group a rate per minute; overall a rate per second.

use std::num::NonZeroU32;

use governor::{DefaultDirectRateLimiter, DefaultKeyedRateLimiter, Quota, RateLimiter};

use crate::config;

pub struct Limiter {
    overall: DefaultDirectRateLimiter,
    chat_second: DefaultKeyedRateLimiter<i64>,
    chat_minute: DefaultKeyedRateLimiter<i64>,
    group_minute: DefaultKeyedRateLimiter<i64>,
}

fn at_least_one(n: u32) -> NonZeroU32 {
    NonZeroU32::new(n).unwrap_or(NonZeroU32::MIN)
}

impl Limiter {
    pub fn new(limits: &config::Telegram) -> Limiter {
        let burst = at_least_one(limits.per_chat_burst);
        Limiter {
            overall: RateLimiter::direct(Quota::per_second(at_least_one(limits.overall_per_second))),
            chat_second: RateLimiter::keyed(
                Quota::per_second(at_least_one(limits.per_chat_per_second)).allow_burst(burst),
            ),
            chat_minute: RateLimiter::keyed(Quota::per_minute(at_least_one(limits.per_chat_per_minute))),
            group_minute: RateLimiter::keyed(Quota::per_minute(at_least_one(limits.per_group_per_minute))),
        }
    }

    /// Waits until a message to `chat` is allowed (groups and channels have negative ids).
    pub async fn ready(&self, chat: i64) {
        if chat < 0 {
            self.group_minute.until_key_ready(&chat).await;
        } else {
            self.chat_second.until_key_ready(&chat).await;
            self.chat_minute.until_key_ready(&chat).await;
        }
        self.overall.until_ready().await;
    }

    /// Forgets chats that have not sent for a while, so memory follows the active chats.
    pub fn forget_idle(&self) {
        for keyed in [&self.chat_second, &self.chat_minute, &self.group_minute] {
            keyed.retain_recent();
            keyed.shrink_to_fit();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    #[tokio::test]
    async fn a_burst_goes_out_at_once_and_the_next_message_waits_for_its_slot() {
        let limits = config::Telegram { per_chat_per_second: 1, per_chat_burst: 3, ..config::Telegram::default() };
        let limiter = Limiter::new(&limits);
        let start = Instant::now();
        for _ in 0..3 {
            limiter.ready(42).await;
        }
        assert!(start.elapsed() < Duration::from_millis(100), "a burst of three is not held back");
        limiter.ready(7).await;
        assert!(start.elapsed() < Duration::from_millis(100), "another chat does not wait for the first");
        limiter.ready(42).await;
        assert!(start.elapsed() >= Duration::from_millis(500), "the fourth waits for the chat's next slot");
    }
}

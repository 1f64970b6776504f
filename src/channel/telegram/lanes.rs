//! Work in lanes: the items of one key (a chat) strictly in order, one worker per key,
//! keys in parallel, so a slow chat never holds up another. A lane exists exactly while
//! its worker runs.

use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use tokio::sync::Notify;

pub struct Lanes<T> {
    queues: Mutex<HashMap<String, VecDeque<T>>>,
}

impl<T> Default for Lanes<T> {
    fn default() -> Self {
        Lanes { queues: Mutex::new(HashMap::new()) }
    }
}

impl<T> Lanes<T> {
    /// Queues an item; `true` when its lane had no worker and the caller must start one.
    pub fn push(&self, key: &str, item: T) -> bool {
        let mut queues = self.queues.lock().unwrap_or_else(|p| p.into_inner());
        match queues.get_mut(key) {
            Some(queue) => {
                queue.push_back(item);
                false
            }
            None => {
                queues.insert(key.to_owned(), VecDeque::from([item]));
                true
            }
        }
    }

    /// The lane's next item; `None` closes the lane (its worker ends). With `stop`, the
    /// lane is closed and its items dropped: they stay in the database for the next start.
    pub fn next(&self, key: &str, stop: bool) -> Option<T> {
        let mut queues = self.queues.lock().unwrap_or_else(|p| p.into_inner());
        let item = if stop { None } else { queues.get_mut(key).and_then(VecDeque::pop_front) };
        if item.is_none() {
            queues.remove(key);
        }
        item
    }

    /// Closes the lane if nothing was queued since it was last emptied: `false` when
    /// something was, and its worker must go on.
    pub fn close_if_empty(&self, key: &str) -> bool {
        let mut queues = self.queues.lock().unwrap_or_else(|p| p.into_inner());
        match queues.get(key) {
            Some(queue) if !queue.is_empty() => false,
            _ => {
                queues.remove(key);
                true
            }
        }
    }

    /// Takes every item still queued in a lane (a chat that can no longer be reached).
    pub fn drain(&self, key: &str) -> Vec<T> {
        let mut queues = self.queues.lock().unwrap_or_else(|p| p.into_inner());
        queues.get_mut(key).map(|q| q.drain(..).collect()).unwrap_or_default()
    }
}

/// Counts running workers, so a shutdown can wait for them.
#[derive(Default)]
pub struct Tracker {
    running: AtomicUsize,
    idle: Notify,
}

pub struct Busy<'a>(&'a Tracker);

impl Tracker {
    pub fn enter(&self) -> Busy<'_> {
        self.running.fetch_add(1, Ordering::SeqCst);
        Busy(self)
    }

    /// Waits until no worker runs.
    pub async fn idle(&self) {
        loop {
            let notified = self.idle.notified();
            if self.running.load(Ordering::SeqCst) == 0 {
                return;
            }
            notified.await;
        }
    }
}

impl Drop for Busy<'_> {
    fn drop(&mut self) {
        if self.0.running.fetch_sub(1, Ordering::SeqCst) == 1 {
            self.0.idle.notify_waiters();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lane_keeps_order_and_reports_when_it_needs_a_worker() {
        let lanes = Lanes::default();
        assert!(lanes.push("a", 1));
        assert!(!lanes.push("a", 2), "the running worker takes it");
        assert!(lanes.push("b", 9), "another chat gets its own worker");
        assert_eq!(lanes.next("a", false), Some(1));
        assert_eq!(lanes.next("a", false), Some(2));
        assert_eq!(lanes.next("a", false), None);
        assert!(lanes.push("a", 3), "a closed lane needs a new worker");
        assert_eq!(lanes.next("b", true), None, "stopping closes the lane");
        assert!(lanes.push("b", 10));
        assert!(!lanes.close_if_empty("b"), "an item waits");
        assert_eq!(lanes.drain("b"), vec![10]);
        assert!(lanes.close_if_empty("b"));
        assert!(lanes.push("b", 11), "closed: the next item needs a worker");
    }
}

//! The waiting list's turn on Telegram: now and then, freed slots are offered to waiting
//! clients; each offer is an inbox event that runs a turn of that client's dialogue.

use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;

use super::Telegram;
use crate::domain::Channel;

/// How often freed slots are offered to the waiting list.
const WAITLIST: Duration = Duration::from_secs(30);

impl Telegram {
    /// Offers freed slots to waiting clients, now and then; each offer is an inbox event
    /// that runs a turn of that client's dialogue.
    pub(super) async fn waitlist(self: Arc<Self>) {
        let mut stop = self.stop_sending.subscribe();
        loop {
            match self.service.offer_waiting(Channel::Telegram, Utc::now()).await {
                Ok(events) => self.take_in(events),
                Err(error) => tracing::warn!(%error, "waiting list not offered; will retry"),
            }
            tokio::select! {
                _ = tokio::time::sleep(WAITLIST) => {}
                _ = self.service.calendar_news.notified() => {}
                _ = stop.wait_for(|stop| *stop) => return,
            }
        }
    }
}

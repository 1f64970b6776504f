//! The Telegram channel: updates in (long polling or webhook) through a durable inbox,
//! the same dialogue engine, messages out through a durable outbox and our own rate
//! limiter.
//!
//! Delivery rules:
//! - nothing a client sent is acknowledged before it is stored: the polling offset moves
//!   on, or the webhook answers 200, only after the inbox has the update;
//! - every update is applied once: the turn's transaction marks it processed, so a
//!   redelivered update changes nothing;
//! - each chat's updates are handled in order, chats in parallel: a slow chat never
//!   holds up another;
//! - what a turn sends is written to the outbox in the same transaction and sent in
//!   order per chat, as fast as Telegram's limits allow; `RetryAfter` pauses that chat
//!   only; a client who blocked the bot is marked and not retried;
//! - every callback query is answered at once; the pressed keyboard is replaced by the
//!   choice; replies only ever go to the presser's own chat.
//!
//! Logs carry update ids and error kinds, never chat ids, names or message text.

mod admin;
mod apologies;
mod classify;
mod compose;
mod dispatch;
mod lanes;
pub mod limiter;
mod receive;
mod send;
mod sender;
mod split;
mod waitlist;

use std::collections::HashSet;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use teloxide::Bot;
use tokio::sync::{mpsc, watch};

use crate::domain::Channel;
use crate::health::Health;
use crate::service::Service;
use crate::store::InboxEvent;
use lanes::{Lanes, Tracker};
use limiter::Limiter;

pub use admin::{ensure_no_webhook, office_link, set_webhook};
pub use compose::{cancellation_notice, notice, Message};
pub use receive::{HTTP_TIMEOUT, POLL_TIMEOUT, SECRET_HEADER};
pub use send::{describe, escape, IntoFutureResult};
pub use split::split_text;

/// How long a stopping bot goes on sending what is due before it leaves the rest in the
/// outbox for the next start.
const SEND_GRACE: Duration = Duration::from_secs(2);

pub struct Telegram {
    bot: Bot,
    service: Service,
    health: Arc<Health>,
    limiter: Limiter,
    inbox: Lanes<InboxEvent>,
    inbox_workers: Tracker,
    outbox: Lanes<crate::store::OutboxMessage>,
    outbox_workers: Tracker,
    /// Outbox messages a sender holds (queued or being sent), until marked sent.
    held: Mutex<HashSet<i64>>,
    acks: mpsc::UnboundedSender<i64>,
    /// Messages sent whose mark is not written yet (held too).
    unmarked: Mutex<HashSet<i64>>,
    /// Told when the last mark in hand is written (`unmarked` became empty).
    marked: tokio::sync::Notify,
    acks_rx: Mutex<Option<mpsc::UnboundedReceiver<i64>>>,
    /// Held by a sweep from reading the outbox until what it read is held, and by the
    /// writer of marks while it lets marked messages go: a message sent meanwhile is
    /// never taken out a second time.
    outbox_reading: tokio::sync::Mutex<()>,
    /// Chats told that the service cannot store anything right now: once per outage.
    apologized: apologies::Apologies,
    /// Updates set aside lately (a burst of them is taken for an outage).
    parking: apologies::Parking,
    stopping: AtomicBool,
    stop_sending: watch::Sender<bool>,
    /// Several instances share the store: chats and outbox messages are leased.
    shared: bool,
    /// This process, in the leases it takes.
    instance: String,
}

impl Telegram {
    pub fn new(bot: Bot, service: Service, health: Arc<Health>) -> Telegram {
        let limiter = Limiter::new(&service.content().config.telegram);
        let shared = service.store.shared();
        let (acks, acks_rx) = mpsc::unbounded_channel();
        Telegram {
            bot,
            service,
            health,
            limiter,
            inbox: Lanes::default(),
            inbox_workers: Tracker::default(),
            outbox: Lanes::default(),
            outbox_workers: Tracker::default(),
            held: Mutex::new(HashSet::new()),
            acks,
            unmarked: Mutex::new(HashSet::new()),
            marked: tokio::sync::Notify::new(),
            acks_rx: Mutex::new(Some(acks_rx)),
            outbox_reading: tokio::sync::Mutex::new(()),
            apologized: apologies::Apologies::default(),
            parking: apologies::Parking::default(),
            stopping: AtomicBool::new(false),
            stop_sending: watch::channel(false).0,
            shared,
            instance: format!("{}-{}", std::process::id(), rand::random::<u32>()),
        }
    }

    /// Starts the sender side and takes up what an earlier run left in the inbox and the
    /// outbox. Call once, before receiving.
    pub async fn start(self: &Arc<Self>) -> anyhow::Result<()> {
        if let Some(acks) = self.acks_rx.lock().unwrap_or_else(|p| p.into_inner()).take() {
            tokio::spawn(self.clone().write_acks(acks));
        }
        tokio::spawn(self.clone().sweep());
        tokio::spawn(self.clone().waitlist());
        tokio::spawn(self.clone().inbox_sweep());
        let pending = self.service.store.inbox_pending(Channel::Telegram, 100_000).await?;
        if !pending.is_empty() {
            tracing::info!(updates = pending.len(), "taking up updates received before the last stop");
        }
        self.take_in(pending);
        Ok(())
    }

    fn stopping(&self) -> bool {
        self.stopping.load(Ordering::SeqCst)
    }

    fn sends_stopped(&self) -> bool {
        *self.stop_sending.borrow()
    }

    /// Stops gracefully: no new update is taken up, the turns in hand are finished, what
    /// is due is sent for a short grace period; the rest stays in the inbox and outbox,
    /// its claims given back so that another instance (or the next start) sends it at once.
    pub async fn stop(&self) {
        self.stopping.store(true, Ordering::SeqCst);
        let _ = tokio::time::timeout(Duration::from_secs(10), self.inbox_workers.idle()).await;
        let _ = tokio::time::timeout(SEND_GRACE, self.outbox_workers.idle()).await;
        self.stop_sending.send_replace(true);
        let _ = tokio::time::timeout(Duration::from_secs(5), self.outbox_workers.idle()).await;
        // Let the last marks be written (told when they are, not polled).
        let marks = async {
            loop {
                let notified = self.marked.notified();
                if lock(&self.unmarked).is_empty() {
                    return;
                }
                notified.await;
            }
        };
        let _ = tokio::time::timeout(Duration::from_secs(2), marks).await;
        // A message sent but not marked stays claimed: given back, it could go out twice.
        let unsent: Vec<i64> = {
            let unmarked = lock(&self.unmarked);
            lock(&self.held).iter().filter(|id| !unmarked.contains(id)).copied().collect()
        };
        if let Err(error) = self.service.store.outbox_renew(&unsent, chrono::Utc::now()).await {
            tracing::warn!(%error, messages = unsent.len(), "unsent messages stay claimed until their lease lapses");
        }
    }
}

/// A mutex's data, also after a panic elsewhere (the sets it guards stay consistent).
fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|p| p.into_inner())
}

//! The outbox's sender: each chat's messages in order, chats in parallel, every request
//! waiting only as long as the rate limits require. A message is marked sent once
//! Telegram accepted it; the marks are written in small batches.
//!
//! At least once: if the process dies after Telegram accepted a message and before its
//! mark is written (a few milliseconds), that message is sent again at the next start.
//! This is the one window in which a client can see a message twice.

use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;
use teloxide::types::ChatId;
use tokio::sync::mpsc;

use super::compose::Message;
use super::send::Failure;
use super::Telegram;
use crate::domain::{Channel, Outgoing};
use crate::store::OutboxMessage;

/// How often the outbox is read for messages no worker holds (left by an earlier run,
/// or held back until now).
const SWEEP: Duration = Duration::from_secs(10);
/// Marks written together at most.
const ACK_BATCH: usize = 512;

/// What became of one outbox message.
enum Delivery {
    Delivered,
    /// Trying again cannot help (refused by Telegram, unreadable): marked, not sent.
    GaveUp,
    Unreachable,
    /// Shutting down before it could go out: it stays in the outbox.
    Stopped,
}

pub(super) trait IntoMessage {
    fn into_message(self, id: i64) -> OutboxMessage;
}

impl IntoMessage for Outgoing {
    fn into_message(self, id: i64) -> OutboxMessage {
        OutboxMessage { id, chat: self.chat, payload: self.payload, not_before: self.not_before }
    }
}

impl Telegram {
    /// Hands outbox messages to their chats' senders; one already held is skipped.
    pub(super) fn take_out(self: &Arc<Self>, messages: Vec<OutboxMessage>) {
        let now = Utc::now();
        // Messages held back (reminders) are claimed by a sweep once they are due.
        for message in messages.into_iter().filter(|m| m.not_before.is_none_or(|at| at <= now)) {
            if !self.held.lock().unwrap_or_else(|p| p.into_inner()).insert(message.id) {
                continue;
            }
            let chat = message.chat.clone();
            if self.outbox.push(&chat, message) {
                let this = self.clone();
                tokio::spawn(async move { this.outbox_lane(chat).await });
            }
        }
    }

    async fn outbox_lane(self: Arc<Self>, chat: String) {
        let _busy = self.outbox_workers.enter();
        let chat_id = ChatId(chat.parse().unwrap_or_default());
        while let Some(message) = self.outbox.next(&chat, self.sends_stopped()) {
            match self.deliver_with_retries(chat_id, &message).await {
                Delivery::Delivered | Delivery::GaveUp => self.ack(message.id),
                // Still claimed: given back when the instance stops.
                Delivery::Stopped => {}
                Delivery::Unreachable => {
                    // Nothing more reaches this client: their queued messages are dropped.
                    self.ack(message.id);
                    for dropped in self.outbox.drain(&chat) {
                        self.ack(dropped.id);
                    }
                    if chat_id.0 > 0 {
                        let marked = self.service.store.mark_unreachable(Channel::Telegram, &chat, Utc::now()).await;
                        if let Err(error) = marked {
                            tracing::warn!(%error, "could not mark an unreachable client");
                        }
                    }
                }
            }
        }
    }

    async fn deliver_with_retries(&self, chat: ChatId, message: &OutboxMessage) -> Delivery {
        let parsed: Message = match serde_json::from_value(message.payload.clone()) {
            Ok(parsed) => parsed,
            Err(error) => {
                tracing::error!(outbox = message.id, %error, "outbox message cannot be read; dropped");
                return Delivery::GaveUp;
            }
        };
        if let Some(at) = message.not_before {
            let wait = (at - Utc::now()).to_std().unwrap_or_default();
            if !self.pause(wait).await {
                return Delivery::Stopped;
            }
        }
        let mut backoff = Duration::from_millis(250);
        // Parts of a long text already sent: a retry goes on from the next one.
        let mut sent = 0;
        loop {
            match self.deliver(chat, &parsed, &mut sent).await {
                Ok(()) => return Delivery::Delivered,
                Err(Failure::Unreachable) => return Delivery::Unreachable,
                Err(Failure::Refused | Failure::Unchanged) => return Delivery::GaveUp,
                // Flood control concerns this chat: only its lane waits.
                Err(Failure::RetryAfter(wait)) => {
                    if !self.pause(wait).await {
                        return Delivery::Stopped;
                    }
                }
                Err(Failure::Network) => {
                    if !self.pause(backoff).await {
                        return Delivery::Stopped;
                    }
                    backoff = (backoff * 2).min(Duration::from_secs(30));
                }
            }
        }
    }

    /// Sleeps, unless sending stops first; `false` if it did.
    async fn pause(&self, wait: Duration) -> bool {
        let mut stop = self.stop_sending.subscribe();
        if *stop.borrow() {
            return false;
        }
        tokio::select! {
            _ = tokio::time::sleep(wait) => true,
            _ = stop.wait_for(|stop| *stop) => false,
        }
    }

    fn ack(&self, id: i64) {
        super::lock(&self.unmarked).insert(id);
        if self.acks.send(id).is_err() {
            super::lock(&self.unmarked).remove(&id);
            self.release(id);
        }
    }

    /// Lets the sweep find a message again.
    fn release(&self, id: i64) {
        self.held.lock().unwrap_or_else(|p| p.into_inner()).remove(&id);
    }

    /// Writes the marks of sent messages in batches, until every sender has ended.
    pub(super) async fn write_acks(self: Arc<Self>, mut acks: mpsc::UnboundedReceiver<i64>) {
        let mut batch = Vec::with_capacity(ACK_BATCH);
        while acks.recv_many(&mut batch, ACK_BATCH).await > 0 {
            let mut wait = Duration::from_millis(100);
            loop {
                match self.service.store.outbox_sent(&batch, Utc::now()).await {
                    Ok(()) => break,
                    Err(error) => {
                        tracing::warn!(%error, hint = error.hint(), "sent messages not marked yet; will retry");
                        tokio::time::sleep(wait).await;
                        wait = (wait * 2).min(Duration::from_secs(10));
                    }
                }
            }
            // Not while a sweep is between reading the outbox and taking out what it read:
            // it may have read this message before its mark, and must find it held.
            let _reading = self.outbox_reading.lock().await;
            // In the order `stop` takes them.
            let mut unmarked = super::lock(&self.unmarked);
            let mut held = super::lock(&self.held);
            for id in batch.drain(..) {
                unmarked.remove(&id);
                held.remove(&id);
            }
            if unmarked.is_empty() {
                self.marked.notify_waiters();
            }
        }
    }

    /// Reads the outbox for messages no sender holds, and forgets idle chats' limits.
    pub(super) async fn sweep(self: Arc<Self>) {
        let mut stop = self.stop_sending.subscribe();
        loop {
            let store = &self.service.store;
            let now = Utc::now();
            let lease = now + crate::store::LEASE;
            if self.shared {
                // Messages queued here behind others stay this instance's.
                let held: Vec<i64> = self.held.lock().unwrap_or_else(|p| p.into_inner()).iter().copied().collect();
                if let Err(error) = store.outbox_renew(&held, lease).await {
                    tracing::warn!(%error, "outbox claims not renewed; will retry");
                }
            }
            {
                let _reading = self.outbox_reading.lock().await;
                match store.outbox_claim(Channel::Telegram, now, lease, 10_000, self.shared).await {
                    Ok(messages) => self.take_out(messages),
                    Err(error) => tracing::warn!(%error, "outbox not read; will retry"),
                }
            }
            self.limiter.forget_idle();
            tokio::select! {
                _ = tokio::time::sleep(SWEEP) => {}
                _ = self.service.outbox_news.notified() => {}
                _ = stop.wait_for(|stop| *stop) => return,
            }
        }
    }
}

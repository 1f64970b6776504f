//! The Telegram channel: updates in (long polling or webhook), the same dialogue engine,
//! messages out through teloxide's `Throttle` (per-chat and overall limits, `RetryAfter`
//! honoured).
//!
//! Delivery rules:
//! - every update is applied once: its id is recorded in the turn's transaction, so a
//!   redelivered update (after a restart, or a retried webhook) changes nothing;
//! - updates of one chat are handled in order (one at a time per chat);
//! - every callback query is answered; the pressed keyboard is replaced by the choice;
//! - network errors are retried with backoff and logged if they persist, never dropped
//!   silently; a client who blocked the bot is marked and not retried.
//!
//! Logs carry update ids and error kinds, never chat ids, names or message text.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use chrono::Utc;
use teloxide::adaptors::throttle::Throttle;
use teloxide::prelude::Requester;
use teloxide::types::{ChatId, Update};
use teloxide::Bot;

use crate::domain::Channel;
use crate::health::Health;
use crate::service::Service;
use crate::text::Text;
use classify::Incoming;
use send::Undelivered;

mod admin;
mod classify;
mod receive;
mod send;
mod split;
mod staff_notice;

pub use admin::{ensure_no_webhook, office_link, set_webhook};
pub use receive::{HTTP_TIMEOUT, POLL_TIMEOUT, SECRET_HEADER};
pub use send::{describe, escape, limits, IntoFutureResult};
pub use split::split_text;

pub type Tg = Throttle<Bot>;

/// Whether an update is finished with, or must be tried again (the store is down).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Processed {
    Done,
    Retry,
}

pub struct Telegram {
    bot: Tg,
    service: Service,
    health: Arc<Health>,
    chats: Mutex<HashMap<i64, Arc<tokio::sync::Mutex<()>>>>,
}

impl Telegram {
    /// Must be called inside a Tokio runtime (the throttle runs a worker task).
    pub fn new(bot: Bot, service: Service, health: Arc<Health>) -> Telegram {
        let limits = limits(&service.content.config);
        Telegram { bot: Throttle::new_spawn(bot, limits), service, health, chats: Mutex::new(HashMap::new()) }
    }

    /// The per-chat lock: one update at a time per chat, in arrival order.
    fn chat_lock(&self, chat: ChatId) -> Arc<tokio::sync::Mutex<()>> {
        let mut chats = self.chats.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if chats.len() > 10_000 {
            chats.retain(|_, lock| Arc::strong_count(lock) > 1);
        }
        chats.entry(chat.0).or_default().clone()
    }

    /// Handles one update. `first_attempt` is false when an update is tried again after
    /// the store was unreachable (the client was already told to wait).
    pub async fn process(&self, update: &Update, first_attempt: bool) -> Processed {
        let update_id = i64::from(update.id.0);
        let now = Utc::now();
        match self.classify(update) {
            Incoming::Ignore => Processed::Done,
            Incoming::Group { chat, language } => match self.service.store.first_group_notice(chat.0, now).await {
                Ok(true) => {
                    let content = &self.service.content;
                    let language =
                        content.i18n.negotiate(language.as_deref(), &content.config.organisation.default_language);
                    let text = content.i18n.render(&language, &Text::msg("error-private-only"));
                    let _ = self.send(chat, &text, &[], &[]).await;
                    Processed::Done
                }
                Ok(false) => Processed::Done,
                Err(error) => {
                    tracing::warn!(update_id, error = %error, "group notice not recorded; will retry");
                    Processed::Retry
                }
            },
            Incoming::Turn { chat, user, language, input, pressed } => {
                let lock = self.chat_lock(chat);
                let _one_at_a_time = lock.lock().await;
                if let Some(pressed) = &pressed {
                    // Answered first, so the client's spinner stops whatever happens next.
                    let _ = self
                        .call("answerCallbackQuery", || self.bot.answer_callback_query(pressed.query.clone()))
                        .await;
                }
                let handled = self
                    .service
                    .handle_update(Channel::Telegram, &user, language.as_deref(), input, Some(update_id), now)
                    .await;
                if handled.duplicate {
                    tracing::info!(update_id, "update already processed; skipped");
                    return Processed::Done;
                }
                if handled.failed && !first_attempt {
                    return Processed::Retry;
                }
                let delivered = self.deliver(chat, &handled, pressed.as_ref()).await;
                if delivered == Err(Undelivered::Unreachable) {
                    if let Err(error) = self.service.store.mark_unreachable(Channel::Telegram, &user, now).await {
                        tracing::warn!(update_id, error = %error, "could not mark an unreachable client");
                    }
                }
                if handled.failed {
                    return Processed::Retry;
                }
                if let Some(intake) = &handled.submitted {
                    self.alert_staff(intake).await;
                }
                Processed::Done
            }
        }
    }
}

//! Updates in: long polling (one instance) or the webhook (several instances behind a
//! load balancer), each chat's updates in order, chats in parallel.

use std::sync::Arc;
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use axum::Router;
use serde_json::Value;
use teloxide::payloads::GetUpdatesSetters;
use teloxide::prelude::Requester;
use teloxide::types::{AllowedUpdate, Update, UpdateKind};
use teloxide::{ApiError, RequestError};
use tokio::sync::watch;

use super::classify::unreadable_as_unsupported;
use super::send::{describe, IntoFutureResult};
use super::{Processed, Telegram};

/// Seconds a long poll waits for updates.
pub const POLL_TIMEOUT: u32 = 25;
/// The HTTP client's limit for one request: a long poll must end on Telegram's side
/// first, or every quiet poll would fail as a timeout and back off (teloxide's default
/// of 17 s is shorter than a 25-s poll).
pub const HTTP_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(POLL_TIMEOUT as u64 + 15);
const _: () =
    assert!(HTTP_TIMEOUT.as_secs() > POLL_TIMEOUT as u64 + 5, "a long poll must end before its request times out");
/// Header Telegram sends with every webhook call when a secret was set.
pub const SECRET_HEADER: &str = "x-telegram-bot-api-secret-token";
/// The update kinds the bot asks for.
pub(super) const ALLOWED: [AllowedUpdate; 3] =
    [AllowedUpdate::Message, AllowedUpdate::EditedMessage, AllowedUpdate::CallbackQuery];

impl Telegram {
    /// Long polling until `shutdown` turns true; the batch in hand is finished first.
    pub async fn poll(self: Arc<Self>, mut shutdown: watch::Receiver<bool>) {
        let mut offset: i32 = 0;
        let mut backoff = Duration::from_secs(1);
        loop {
            if *shutdown.borrow() {
                break;
            }
            let request = self.bot.get_updates().offset(offset).timeout(POLL_TIMEOUT).allowed_updates(ALLOWED);
            let updates = tokio::select! {
                result = request.into_result() => result,
                _ = shutdown.changed() => break,
            };
            let answered = matches!(updates, Ok(_) | Err(RequestError::Api(_) | RequestError::RetryAfter(_)))
                && !matches!(updates, Err(RequestError::Api(ApiError::InvalidToken)));
            self.health.telegram_answered(answered);
            match updates {
                Ok(updates) => {
                    backoff = Duration::from_secs(1);
                    let Some(last) = updates.last() else { continue };
                    let next = i32::try_from(last.id.0).unwrap_or(i32::MAX).saturating_add(1);
                    self.process_batch(updates).await;
                    offset = next;
                }
                Err(RequestError::Api(ApiError::InvalidToken)) => {
                    tracing::error!(
                        "Telegram refused the bot token (revoked?): polling stopped; set a valid TELOXIDE_TOKEN and restart"
                    );
                    break;
                }
                Err(error) => {
                    tracing::warn!(error = describe(&error), "getUpdates failed; retrying in {}s", backoff.as_secs());
                    tokio::select! {
                        _ = tokio::time::sleep(backoff) => {}
                        _ = shutdown.changed() => break,
                    }
                    backoff = (backoff * 2).min(Duration::from_secs(60));
                }
            }
        }
        tracing::info!("polling stopped");
    }

    /// Chats in parallel, each chat's updates in order; an update whose turn could not be
    /// stored is tried again with backoff before the batch is confirmed.
    pub(super) async fn process_batch(self: &Arc<Self>, updates: Vec<Update>) {
        let mut by_chat: Vec<(Option<i64>, Vec<Update>)> = Vec::new();
        for update in updates {
            let chat = update.chat().map(|c| c.id.0).or_else(|| update.from().map(|u| u.id.0 as i64));
            match by_chat.iter_mut().find(|(c, _)| *c == chat) {
                Some((_, list)) => list.push(update),
                None => by_chat.push((chat, vec![update])),
            }
        }
        let mut tasks = tokio::task::JoinSet::new();
        for (_, list) in by_chat {
            let this = self.clone();
            tasks.spawn(async move {
                for update in list {
                    this.process_with_retries(&update).await;
                }
            });
        }
        while let Some(done) = tasks.join_next().await {
            if let Err(error) = done {
                tracing::error!(error = %error, "update task failed");
            }
        }
    }

    pub async fn process_with_retries(&self, update: &Update) {
        let mut wait = Duration::from_secs(1);
        for attempt in 0..6 {
            if self.process(update, attempt == 0).await == Processed::Done {
                return;
            }
            tokio::time::sleep(wait).await;
            wait *= 2;
        }
        tracing::error!(update_id = update.id.0, "update could not be stored after retries; giving up");
    }

    /// The webhook endpoint, for `path` on the shared HTTP listener.
    pub fn webhook_router(self: Arc<Self>, path: &str, secret: String) -> Router {
        Router::new().route(path, post(webhook)).with_state(Arc::new(WebhookState { telegram: self, secret }))
    }
}

struct WebhookState {
    telegram: Arc<Telegram>,
    secret: String,
}

async fn webhook(State(state): State<Arc<WebhookState>>, headers: HeaderMap, body: Bytes) -> StatusCode {
    let given = headers.get(SECRET_HEADER).map(|v| v.as_bytes()).unwrap_or_default();
    if !constant_time_eq(given, state.secret.as_bytes()) {
        tracing::warn!("webhook call with a wrong or missing secret token refused");
        return StatusCode::UNAUTHORIZED;
    }
    let update: Update = match serde_json::from_slice(&body) {
        Ok(update) => update,
        Err(_) => return StatusCode::BAD_REQUEST,
    };
    if let UpdateKind::Error(_) = update.kind {
        // A message teloxide cannot read (a newer Telegram feature): answer the client
        // from the raw update rather than leave them waiting.
        if let Some(readable) =
            serde_json::from_slice::<Value>(&body).ok().and_then(|raw| unreadable_as_unsupported(&raw))
        {
            return match state.telegram.process(&readable, true).await {
                Processed::Done => StatusCode::OK,
                Processed::Retry => StatusCode::SERVICE_UNAVAILABLE,
            };
        }
    }
    match state.telegram.process(&update, true).await {
        Processed::Done => StatusCode::OK,
        // Telegram delivers the update again later.
        Processed::Retry => StatusCode::SERVICE_UNAVAILABLE,
    }
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_compare_whole() {
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"ab"));
    }
}

//! Updates in: long polling (one instance) or the webhook (several instances behind a
//! load balancer), each chat's updates in order, chats in parallel.

use std::sync::Arc;
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use axum::Router;
use chrono::Utc;
use serde_json::Value;
use teloxide::types::{AllowedUpdate, ChatId};
use tokio::sync::watch;

use super::{classify, Telegram};
use crate::domain::Channel;
use crate::store::NewEvent;

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

/// What one `getUpdates` call gave.
enum Polled {
    Updates(Vec<Value>),
    TokenRefused,
    /// Telegram asked to wait (flood control, or another instance polls: 409).
    Wait(Duration, &'static str),
    Failed(&'static str),
}

impl Telegram {
    /// Long polling until `shutdown` turns true. Each batch is written to the inbox in one
    /// transaction before the offset moves on; the workers take it from there, so the
    /// next poll never waits for a slow chat.
    pub async fn poll(self: Arc<Self>, mut shutdown: watch::Receiver<bool>) {
        let mut offset: i64 = 0;
        let mut backoff = Duration::from_secs(1);
        loop {
            if *shutdown.borrow() {
                break;
            }
            let polled = tokio::select! {
                polled = self.get_updates(offset) => polled,
                _ = shutdown.changed() => break,
            };
            let wait = match polled {
                Polled::Updates(updates) => {
                    self.health.telegram_answered(true);
                    backoff = Duration::from_secs(1);
                    match self.store_updates(&updates).await {
                        Ok(last) => {
                            offset = offset.max(last.map_or(offset, |id| id + 1));
                            continue;
                        }
                        // Not acknowledged: Telegram hands the same updates out again.
                        Err(()) => backoff,
                    }
                }
                Polled::TokenRefused => {
                    self.health.telegram_answered(false);
                    tracing::error!(
                        "Telegram refused the bot token (revoked?): polling stopped; set a valid TELOXIDE_TOKEN and restart"
                    );
                    break;
                }
                Polled::Wait(wait, why) => {
                    self.health.telegram_answered(true);
                    tracing::warn!("getUpdates: {why}; retrying in {}s", wait.as_secs());
                    wait
                }
                Polled::Failed(why) => {
                    self.health.telegram_answered(false);
                    tracing::warn!("getUpdates failed ({why}); retrying in {}s", backoff.as_secs());
                    backoff
                }
            };
            backoff = (backoff * 2).min(Duration::from_secs(60));
            tokio::select! {
                _ = tokio::time::sleep(wait) => {}
                _ = shutdown.changed() => break,
            }
        }
        tracing::info!("polling stopped");
    }

    /// One long poll, read as raw JSON: an update teloxide cannot parse is still stored.
    async fn get_updates(&self, offset: i64) -> Polled {
        let mut url = self.bot.api_url();
        url.set_path(&format!("{}bot{}/getUpdates", url.path(), self.bot.token()));
        let body = serde_json::json!({ "offset": offset, "timeout": POLL_TIMEOUT, "allowed_updates": ALLOWED });
        let response = match self.bot.client().post(url).json(&body).send().await {
            Ok(response) => response,
            Err(error) if error.is_timeout() => return Polled::Failed("timeout"),
            Err(_) => return Polled::Failed("network error"),
        };
        let status = response.status().as_u16();
        let Ok(answer) = response.json::<Value>().await else { return Polled::Failed("not JSON") };
        match status {
            200 => match answer.get("result").and_then(Value::as_array) {
                Some(updates) => Polled::Updates(updates.clone()),
                None => Polled::Failed("no result"),
            },
            401 | 404 => Polled::TokenRefused,
            409 => Polled::Wait(Duration::from_secs(5), "a webhook is set or another instance polls"),
            429 => {
                let seconds = answer.pointer("/parameters/retry_after").and_then(Value::as_u64).unwrap_or(5);
                Polled::Wait(Duration::from_secs(seconds), "flood control")
            }
            _ => Polled::Failed("Telegram refused"),
        }
    }

    /// Writes a batch to the inbox (one transaction) and hands the new ones to the
    /// workers; the highest update id, to acknowledge. If the store is down, each client
    /// is told once to wait.
    async fn store_updates(self: &Arc<Self>, updates: &[Value]) -> Result<Option<i64>, ()> {
        let events: Vec<NewEvent> = updates.iter().filter_map(new_event).collect();
        let last = events.iter().filter_map(|e| e.event_id.parse::<i64>().ok()).max();
        if events.len() < updates.len() {
            tracing::warn!(skipped = updates.len() - events.len(), "updates without an update_id skipped");
        }
        match self.service.store.inbox_add(Channel::Telegram, &events, Utc::now()).await {
            Ok(added) => {
                self.take_in(added);
                Ok(last)
            }
            Err(error) => {
                tracing::error!(%error, hint = error.hint(), "updates not stored; not acknowledged");
                for update in updates {
                    self.apologize_once(update).await;
                }
                Err(())
            }
        }
    }

    /// Tells the sender of an update that cannot be stored to wait, once per outage.
    async fn apologize_once(&self, raw: &Value) {
        let Some((_, Some(chat))) = classify::envelope(raw) else { return };
        let Ok(chat) = chat.parse::<i64>() else { return };
        if chat <= 0 || !self.apologized.tell(chat, std::time::Instant::now()) {
            return;
        }
        let language = self.service.content().negotiate(classify::sender_language(raw).as_deref());
        let apology = self.service.notice(&language, "error-temporary");
        self.apologize(ChatId(chat), &apology).await;
    }

    /// The webhook endpoint, for `path` on the shared HTTP listener.
    pub fn webhook_router(self: Arc<Self>, path: &str, secret: String) -> Router {
        Router::new().route(path, post(webhook)).with_state(Arc::new(WebhookState { telegram: self, secret }))
    }
}

/// An update for the inbox: its id, its chat, and the raw JSON.
fn new_event(raw: &Value) -> Option<NewEvent> {
    let (id, chat) = classify::envelope(raw)?;
    Some(NewEvent { event_id: id.to_string(), chat, payload: raw.to_string() })
}

struct WebhookState {
    telegram: Arc<Telegram>,
    secret: String,
}

/// Stores the update and answers 200, or 503 when it cannot be stored (Telegram
/// delivers it again later; the client is told once to wait).
async fn webhook(State(state): State<Arc<WebhookState>>, headers: HeaderMap, body: Bytes) -> StatusCode {
    let given = headers.get(SECRET_HEADER).map(|v| v.as_bytes()).unwrap_or_default();
    if !crate::secret::constant_time_eq(given, state.secret.as_bytes()) {
        tracing::warn!("webhook call with a wrong or missing secret token refused");
        return StatusCode::UNAUTHORIZED;
    }
    let Ok(raw) = serde_json::from_slice::<Value>(&body) else { return StatusCode::BAD_REQUEST };
    match state.telegram.store_updates(std::slice::from_ref(&raw)).await {
        Ok(Some(_)) => StatusCode::OK,
        Ok(None) => StatusCode::BAD_REQUEST,
        Err(()) => StatusCode::SERVICE_UNAVAILABLE,
    }
}

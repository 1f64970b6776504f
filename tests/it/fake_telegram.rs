//! A fake Telegram Bot API server on 127.0.0.1, written for these tests: it serves the
//! methods the bot uses, hands out queued updates through `getUpdates` long polling with
//! offsets, records every call, and can be told to fail (blocked user, RetryAfter).

use std::collections::VecDeque;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};
use serde_json::{json, Value};
use tokio::sync::Notify;

pub const BOT_ID: i64 = 7_000_000;
pub const TOKEN: &str = "7000000:TEST-token";

#[derive(Debug, Clone)]
pub struct Call {
    pub method: String,
    pub params: Value,
    /// The id of the message a send created.
    pub message_id: Option<i64>,
}

impl Call {
    pub fn chat(&self) -> Option<i64> {
        self.params.get("chat_id").and_then(Value::as_i64)
    }

    pub fn text(&self) -> &str {
        self.params.get("text").and_then(Value::as_str).unwrap_or_default()
    }

    /// `(label, callback data)` of every button this call put on screen.
    pub fn buttons(&self) -> Vec<(String, String)> {
        let rows = self.params.pointer("/reply_markup/inline_keyboard").and_then(Value::as_array);
        rows.into_iter()
            .flatten()
            .filter_map(Value::as_array)
            .flatten()
            .map(|b| {
                (
                    b["text"].as_str().unwrap_or_default().to_owned(),
                    b["callback_data"].as_str().unwrap_or_default().to_owned(),
                )
            })
            .collect()
    }
}

struct Failure {
    method: String,
    chat: Option<i64>,
    /// Matching calls still answered as usual before the failures begin.
    skip: usize,
    remaining: usize,
    status: u16,
    body: Value,
}

#[derive(Default)]
struct Inner {
    /// Every update pushed, in order.
    pushed: Mutex<Vec<Value>>,
    /// Queued updates; `forced` ones are delivered even below the offset (a redelivery).
    updates: Mutex<VecDeque<(i64, Value, bool)>>,
    next_update: AtomicI64,
    next_message: AtomicI64,
    arrived: Notify,
    calls: Mutex<Vec<Call>>,
    failures: Mutex<Vec<Failure>>,
    webhook: Mutex<Option<String>>,
    /// Answers to these methods are held back this long (a slow Bot API).
    slow: Mutex<Vec<(String, Duration)>>,
    /// How long a wait may take before the test fails (20 s unless told).
    patience: Mutex<Option<Duration>>,
    /// The bot's database, to see when an update is fully handled.
    database: Mutex<Option<crate::support::Probe>>,
}

#[derive(Clone)]
pub struct FakeTelegram {
    pub url: String,
    inner: Arc<Inner>,
}

impl FakeTelegram {
    pub async fn start() -> FakeTelegram {
        let inner = Arc::new(Inner {
            next_update: AtomicI64::new(1000),
            next_message: AtomicI64::new(1),
            ..Default::default()
        });
        let router = Router::new().route("/{bot}/{method}", post(api)).with_state(inner.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
        FakeTelegram { url, inner }
    }

    /// Queues an update (its id is assigned) and returns the id.
    pub fn push(&self, mut update: Value) -> i64 {
        // The id is taken under the queue's lock, as Telegram numbers updates in the order
        // it queues them: clients pushing at once never queue a higher id before a lower
        // one (a poll in between would acknowledge the lower one unseen).
        let mut updates = self.inner.updates.lock().unwrap();
        let id = self.inner.next_update.fetch_add(1, Ordering::SeqCst);
        update["update_id"] = json!(id);
        self.inner.pushed.lock().unwrap().push(update.clone());
        updates.push_back((id, update, false));
        drop(updates);
        self.inner.arrived.notify_waiters();
        id
    }

    /// Delivers an update again with its old id, as Telegram may after a restart.
    pub fn redeliver(&self, update: Value) {
        let id = update["update_id"].as_i64().unwrap();
        self.inner.updates.lock().unwrap().push_back((id, update, true));
        self.inner.arrived.notify_waiters();
    }

    pub fn set_webhook(&self, url: &str) {
        *self.inner.webhook.lock().unwrap() = Some(url.to_owned());
    }

    /// The next `times` calls of `method` (to `chat`, if given) fail with this answer.
    pub fn fail(&self, method: &str, chat: Option<i64>, times: usize, status: u16, body: Value) {
        self.fail_after(method, chat, 0, times, status, body);
    }

    /// The `skip` next calls of `method` (to `chat`, if given) are answered as usual, the
    /// `times` after them fail with this answer.
    pub fn fail_after(&self, method: &str, chat: Option<i64>, skip: usize, times: usize, status: u16, body: Value) {
        self.inner.failures.lock().unwrap().push(Failure {
            method: method.into(),
            chat,
            skip,
            remaining: times,
            status,
            body,
        });
    }

    /// Holds back every answer to `method` for `delay`.
    pub fn slow(&self, method: &str, delay: Duration) {
        self.inner.slow.lock().unwrap().push((method.into(), delay));
    }

    /// Answers every method at once again, and stops the failures still planned.
    pub fn heal(&self) {
        self.inner.slow.lock().unwrap().clear();
        self.inner.failures.lock().unwrap().clear();
    }

    /// Every update pushed so far (not counting redeliveries).
    pub fn pushed(&self) -> Vec<Value> {
        self.inner.pushed.lock().unwrap().clone()
    }

    pub fn calls(&self) -> Vec<Call> {
        self.inner.calls.lock().unwrap().clone()
    }

    pub fn calls_of(&self, method: &str) -> Vec<Call> {
        self.calls().into_iter().filter(|c| c.method == method).collect()
    }

    /// Messages sent to a chat (texts of sendMessage calls).
    pub fn sent_to(&self, chat: i64) -> Vec<Call> {
        self.calls().into_iter().filter(|c| c.method == "sendMessage" && c.chat() == Some(chat)).collect()
    }

    /// Lets waits take this long before they fail the test.
    pub fn patience(&self, patience: Duration) {
        *self.inner.patience.lock().unwrap() = Some(patience);
    }

    fn deadline(&self) -> tokio::time::Instant {
        let patience = self.inner.patience.lock().unwrap().unwrap_or(Duration::from_secs(20));
        tokio::time::Instant::now() + patience
    }

    /// Lets [`FakeTelegram::confirmed`] see in the bot's database when an update is done.
    pub async fn watch(&self, db: &crate::support::Db) {
        *self.inner.database.lock().unwrap() = Some(db.probe().await);
    }

    /// Waits until the bot has confirmed update `id` (asked for updates after it, which it
    /// does once the update is stored) and, when the bot's database is watched, until the
    /// update is processed and everything due in the outbox is sent.
    pub async fn confirmed(&self, id: i64) {
        self.wait("update confirmed", |calls| {
            calls
                .iter()
                .any(|c| c.method == "getUpdates" && c.params.get("offset").and_then(Value::as_i64).unwrap_or(0) > id)
        })
        .await;
        self.handled(id).await;
    }

    /// Waits until update `id` is processed (or set aside) and nothing due is left unsent.
    pub async fn handled(&self, id: i64) {
        let Some(probe) = self.inner.database.lock().unwrap().clone() else { return };
        let deadline = self.deadline();
        let processed =
            format!("SELECT count(*) FROM channel_inbox WHERE event_id = '{id}' AND (processed_at IS NOT NULL OR parked_at IS NOT NULL)");
        loop {
            let processed = probe.try_number(&processed).await.unwrap_or(0);
            let unsent = probe
                .number_at(
                    "SELECT count(*) FROM channel_outbox WHERE sent_at IS NULL AND (not_before IS NULL OR not_before <= $1)",
                    chrono::Utc::now(),
                )
                .await
                .unwrap_or(1);
            if processed == 1 && unsent == 0 {
                return;
            }
            assert!(tokio::time::Instant::now() < deadline, "timed out waiting for update {id} to be handled");
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }

    pub async fn wait(&self, what: &str, done: impl Fn(&[Call]) -> bool) {
        let deadline = self.deadline();
        loop {
            if done(&self.calls()) {
                return;
            }
            assert!(tokio::time::Instant::now() < deadline, "timed out waiting for: {what}");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

fn ok(result: Value) -> (StatusCode, Json<Value>) {
    (StatusCode::OK, Json(json!({ "ok": true, "result": result })))
}

fn message(id: i64, chat: i64, text: &str) -> Value {
    let chat = if chat < 0 {
        json!({ "id": chat, "type": "group", "title": "Beratungsteam" })
    } else {
        json!({ "id": chat, "type": "private", "first_name": "Client" })
    };
    json!({
        "message_id": id,
        "date": chrono::Utc::now().timestamp(),
        "chat": chat,
        "from": { "id": BOT_ID, "is_bot": true, "first_name": "anlauf", "username": "anlauf_test_bot" },
        "text": text,
    })
}

/// The fields of a `multipart/form-data` body (how files are sent): each field's text,
/// and for a file `{ "file_name": …, "content": … }`.
fn multipart(content_type: &str, body: &[u8]) -> Value {
    let Some(boundary) = content_type.split("boundary=").nth(1).map(|b| b.trim_matches('"')) else { return json!({}) };
    let body = String::from_utf8_lossy(body);
    let mut fields = serde_json::Map::new();
    for part in body.split(&format!("--{boundary}")) {
        let Some((head, value)) = part.split_once("\r\n\r\n") else { continue };
        let value = value.strip_suffix("\r\n").unwrap_or(value);
        let disposition =
            head.lines().find(|l| l.to_ascii_lowercase().starts_with("content-disposition")).unwrap_or_default();
        let attribute = |name: &str| {
            disposition
                .split(';')
                .find_map(|a| a.trim().strip_prefix(&format!("{name}=\"")).map(|v| v.trim_end_matches('"').to_owned()))
        };
        let Some(name) = attribute("name") else { continue };
        let value = match attribute("filename") {
            Some(file_name) => json!({ "file_name": file_name, "content": value }),
            None => value.parse::<i64>().map_or_else(|_| json!(value), |n| json!(n)),
        };
        fields.insert(name, value);
    }
    // A file field may be named from another: `"document": "attach://<field>"`.
    let attached: Vec<(String, String)> = fields
        .iter()
        .filter_map(|(k, v)| v.as_str()?.strip_prefix("attach://").map(|f| (k.clone(), f.to_owned())))
        .collect();
    for (name, field) in attached {
        if let Some(file) = fields.remove(&field) {
            fields.insert(name, file);
        }
    }
    Value::Object(fields)
}

async fn api(
    State(inner): State<Arc<Inner>>,
    Path((bot, method)): Path<(String, String)>,
    headers: axum::http::HeaderMap,
    body: Bytes,
) -> (StatusCode, Json<Value>) {
    if bot != format!("bot{TOKEN}") {
        return (
            StatusCode::UNAUTHORIZED,
            Json(json!({ "ok": false, "error_code": 401, "description": "Unauthorized" })),
        );
    }
    // Telegram's method names are case-insensitive; teloxide capitalises them.
    let known = [
        "getMe",
        "getUpdates",
        "sendMessage",
        "sendDocument",
        "editMessageText",
        "editMessageReplyMarkup",
        "answerCallbackQuery",
        "setMyCommands",
        "deleteWebhook",
        "setWebhook",
        "getWebhookInfo",
    ];
    let method = known.iter().find(|k| k.eq_ignore_ascii_case(&method)).map_or(method, |k| k.to_string());
    let content_type = headers.get("content-type").and_then(|v| v.to_str().ok()).unwrap_or_default();
    let params: Value = if content_type.starts_with("multipart/form-data") {
        multipart(content_type, &body)
    } else {
        serde_json::from_slice(&body).unwrap_or_else(|_| json!({}))
    };
    let chat = params.get("chat_id").and_then(Value::as_i64);
    let sends = method == "sendMessage" || method == "sendDocument";
    let message_id = sends.then(|| inner.next_message.fetch_add(1, Ordering::SeqCst));
    inner.calls.lock().unwrap().push(Call { method: method.clone(), params: params.clone(), message_id });
    let delay = inner.slow.lock().unwrap().iter().find(|(m, _)| *m == method).map(|(_, d)| *d);
    if let Some(delay) = delay {
        tokio::time::sleep(delay).await;
    }
    {
        let mut failures = inner.failures.lock().unwrap();
        if let Some(f) =
            failures.iter_mut().find(|f| f.method == method && f.remaining > 0 && (f.chat.is_none() || f.chat == chat))
        {
            if f.skip > 0 {
                f.skip -= 1;
            } else {
                f.remaining -= 1;
                return (StatusCode::from_u16(f.status).unwrap(), Json(f.body.clone()));
            }
        }
    }
    match method.as_str() {
        "getMe" => ok(json!({
            "id": BOT_ID, "is_bot": true, "first_name": "anlauf", "username": "anlauf_test_bot",
            "can_join_groups": false, "can_read_all_group_messages": false, "supports_inline_queries": false,
            "has_main_web_app": false,
        })),
        "getUpdates" => {
            let offset = params.get("offset").and_then(Value::as_i64).unwrap_or(0);
            let timeout = params.get("timeout").and_then(Value::as_u64).unwrap_or(0).min(30);
            let deadline = tokio::time::Instant::now() + Duration::from_secs(timeout);
            loop {
                let notified = inner.arrived.notified();
                {
                    let mut queue = inner.updates.lock().unwrap();
                    queue.retain(|(id, _, forced)| *forced || *id >= offset);
                    if !queue.is_empty() {
                        let batch: Vec<Value> = queue.iter().map(|(_, u, _)| u.clone()).collect();
                        queue.retain(|(_, _, forced)| !forced);
                        return ok(Value::Array(batch));
                    }
                }
                if tokio::time::timeout_at(deadline, notified).await.is_err() {
                    return ok(json!([]));
                }
            }
        }
        "sendDocument" => ok(message(message_id.unwrap_or_default(), chat.unwrap_or_default(), "")),
        "sendMessage" => ok(message(
            message_id.unwrap_or_default(),
            chat.unwrap_or_default(),
            params["text"].as_str().unwrap_or_default(),
        )),
        "editMessageText" | "editMessageReplyMarkup" => {
            let id = params.get("message_id").and_then(Value::as_i64).unwrap_or_default();
            ok(message(id, chat.unwrap_or_default(), params.get("text").and_then(Value::as_str).unwrap_or("…")))
        }
        "answerCallbackQuery" | "setMyCommands" => ok(json!(true)),
        "deleteWebhook" => {
            *inner.webhook.lock().unwrap() = None;
            ok(json!(true))
        }
        "setWebhook" => {
            *inner.webhook.lock().unwrap() = params.get("url").and_then(Value::as_str).map(str::to_owned);
            ok(json!(true))
        }
        "getWebhookInfo" => {
            let url = inner.webhook.lock().unwrap().clone().unwrap_or_default();
            ok(json!({ "url": url, "has_custom_certificate": false, "pending_update_count": 0 }))
        }
        _ => (
            StatusCode::NOT_FOUND,
            Json(json!({ "ok": false, "error_code": 404, "description": "Not Found: method not found" })),
        ),
    }
}

/// A Telegram user writing to the bot in a private chat.
pub struct TgUser {
    pub id: i64,
    pub language: String,
    next_message: AtomicI64,
}

impl TgUser {
    pub fn new(id: i64, language: &str) -> TgUser {
        TgUser { id, language: language.into(), next_message: AtomicI64::new(1) }
    }

    fn from(&self) -> Value {
        json!({ "id": self.id, "is_bot": false, "first_name": "Test", "language_code": self.language })
    }

    fn base(&self) -> Value {
        json!({
            "message_id": self.next_message.fetch_add(1, Ordering::SeqCst),
            "date": chrono::Utc::now().timestamp(),
            "chat": { "id": self.id, "type": "private", "first_name": "Test" },
            "from": self.from(),
        })
    }

    pub fn text(&self, text: &str) -> Value {
        let mut message = self.base();
        message["text"] = json!(text);
        json!({ "message": message })
    }

    pub fn sticker(&self) -> Value {
        let mut message = self.base();
        message["sticker"] = json!({
            "file_id": "CAACAgIAAxkBAAEB", "file_unique_id": "AgADBAAD", "type": "regular",
            "width": 512, "height": 512, "is_animated": false, "is_video": false, "emoji": "👍",
        });
        json!({ "message": message })
    }

    pub fn voice(&self) -> Value {
        let mut message = self.base();
        message["voice"] = json!({ "file_id": "AwACAgIAAxkBAAEB", "file_unique_id": "AgADBQAD", "duration": 4, "mime_type": "audio/ogg", "file_size": 7412 });
        json!({ "message": message })
    }

    pub fn in_group(&self, group: i64, text: &str) -> Value {
        let mut message = self.base();
        message["chat"] = json!({ "id": group, "type": "group", "title": "Nachbarschaft" });
        message["text"] = json!(text);
        json!({ "message": message })
    }

    /// Presses a button on a message the bot sent.
    pub fn press(&self, message_id: i64, message_text: &str, data: &str) -> Value {
        json!({
            "callback_query": {
                "id": format!("cq-{}-{}", self.id, self.next_message.fetch_add(1, Ordering::SeqCst)),
                "from": self.from(),
                "chat_instance": "ci-1",
                "data": data,
                "message": message(message_id, self.id, message_text),
            }
        })
    }
}

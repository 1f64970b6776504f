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
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use axum::Router;
use chrono::Utc;
use serde_json::Value;
use teloxide::adaptors::throttle::{Limits, Throttle};
use teloxide::payloads::{
    EditMessageTextSetters, GetUpdatesSetters, SendMessageSetters, SetMyCommandsSetters, SetWebhookSetters,
};
use teloxide::prelude::Requester;
use teloxide::types::{
    AllowedUpdate, BotCommand, CallbackQueryId, ChatId, InlineKeyboardButton, InlineKeyboardMarkup,
    MaybeInaccessibleMessage, Message, MessageId, ParseMode, Update, UpdateKind,
};
use teloxide::{ApiError, Bot, RequestError};
use tokio::sync::watch;

use crate::config::Config;
use crate::dialog::{Input, MediaKind};
use crate::domain::{Channel, Intake};
use crate::service::{Handled, RenderedButton, Service};
use crate::text::Text;

/// Telegram's limit per message, in UTF-16 units.
const TELEGRAM_LIMIT: usize = 4096;
/// Where long texts are split: a margin below the limit.
const MESSAGE_LIMIT: usize = 4000;
/// Seconds a long poll waits for updates.
const POLL_TIMEOUT: u32 = 25;
/// Header Telegram sends with every webhook call when a secret was set.
pub const SECRET_HEADER: &str = "x-telegram-bot-api-secret-token";
/// The update kinds the bot asks for.
const ALLOWED: [AllowedUpdate; 3] =
    [AllowedUpdate::Message, AllowedUpdate::EditedMessage, AllowedUpdate::CallbackQuery];

pub type Tg = Throttle<Bot>;

/// Throttle limits from the configuration.
pub fn limits(config: &Config) -> Limits {
    let t = &config.telegram;
    Limits {
        messages_per_sec_chat: t.per_chat_per_second,
        messages_per_min_chat: t.per_chat_per_minute,
        messages_per_min_channel_or_supergroup: t.per_group_per_minute,
        messages_per_sec_overall: t.overall_per_second,
    }
}

/// The button a client pressed, with the message that carried it.
struct Pressed {
    query: CallbackQueryId,
    message: Option<(MessageId, String)>,
}

/// What an update asks of the bot.
enum Incoming {
    Turn {
        chat: ChatId,
        user: String,
        language: Option<String>,
        input: Input,
        pressed: Option<Pressed>,
    },
    /// A message in a group: the bot works in private chats only.
    Group {
        chat: ChatId,
        language: Option<String>,
    },
    Ignore,
}

/// Whether an update is finished with, or must be tried again (the store is down).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Processed {
    Done,
    Retry,
}

/// Why a request to Telegram did not go through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Undelivered {
    /// The client blocked the bot or is gone: do not try again.
    Unreachable,
    /// An edit that would change nothing (a double tap): nothing to do.
    Unchanged,
    /// Telegram refused (e.g. "message is not modified"): nothing to retry.
    Refused,
    /// Gave up after retries; logged.
    Failed,
}

pub struct Telegram {
    bot: Tg,
    service: Service,
    chats: Mutex<HashMap<i64, Arc<tokio::sync::Mutex<()>>>>,
}

impl Telegram {
    /// Must be called inside a Tokio runtime (the throttle runs a worker task).
    pub fn new(bot: Bot, service: Service) -> Telegram {
        let limits = limits(&service.content.config);
        Telegram { bot: Throttle::new_spawn(bot, limits), service, chats: Mutex::new(HashMap::new()) }
    }

    /// The per-chat lock: one update at a time per chat, in arrival order.
    fn chat_lock(&self, chat: ChatId) -> Arc<tokio::sync::Mutex<()>> {
        let mut chats = self.chats.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if chats.len() > 10_000 {
            chats.retain(|_, lock| Arc::strong_count(lock) > 1);
        }
        chats.entry(chat.0).or_default().clone()
    }

    fn classify(&self, update: &Update) -> Incoming {
        let private_turn = |message: &Message, input: Input| {
            let Some(user) = message.from.as_ref().filter(|u| !u.is_bot) else { return Incoming::Ignore };
            Incoming::Turn {
                chat: message.chat.id,
                user: user.id.0.to_string(),
                language: user.language_code.clone(),
                input,
                pressed: None,
            }
        };
        match &update.kind {
            UpdateKind::Message(message) if !message.chat.is_private() => {
                if Some(message.chat.id.0) == self.service.content.config.telegram.staff_chat_id {
                    return Incoming::Ignore;
                }
                let language = message.from.as_ref().and_then(|u| u.language_code.clone());
                Incoming::Group { chat: message.chat.id, language }
            }
            UpdateKind::Message(message) => {
                let input = match message.text() {
                    Some(text) => Input::from_typed(text),
                    None => Input::Unsupported(media_kind(message)),
                };
                private_turn(message, input)
            }
            UpdateKind::EditedMessage(message) if message.chat.is_private() => private_turn(message, Input::Edited),
            UpdateKind::CallbackQuery(query) => {
                let message = match &query.message {
                    Some(MaybeInaccessibleMessage::Regular(m)) => Some((m.id, m.text().unwrap_or_default().to_owned())),
                    _ => None,
                };
                let chat = match &query.message {
                    Some(m) => m.chat().id,
                    None => ChatId(query.from.id.0 as i64),
                };
                Incoming::Turn {
                    chat,
                    user: query.from.id.0.to_string(),
                    language: query.from.language_code.clone(),
                    input: Input::Button(query.data.clone().unwrap_or_default()),
                    pressed: Some(Pressed { query: query.id.clone(), message }),
                }
            }
            UpdateKind::Error(_) => {
                tracing::warn!(update_id = update.id.0, "an update of a kind this version cannot read; not answered");
                Incoming::Ignore
            }
            _ => Incoming::Ignore,
        }
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

    /// Sends the replies of a turn; the pressed message loses its keyboard and shows the
    /// choice, or is redrawn in place (a ticked option).
    async fn deliver(&self, chat: ChatId, handled: &Handled, pressed: Option<&Pressed>) -> Result<(), Undelivered> {
        let mut replies = handled.replies.iter();
        if let Some((message_id, original)) = pressed.and_then(|p| p.message.as_ref()) {
            let fits =
                |chosen: &String| original.encode_utf16().count() + chosen.encode_utf16().count() + 4 <= TELEGRAM_LIMIT;
            if handled.redraw {
                if let Some(first) = replies.next() {
                    let edit = self.call("editMessageText", || {
                        self.bot
                            .edit_message_text(chat, *message_id, escape(&first.text))
                            .parse_mode(ParseMode::Html)
                            .reply_markup(keyboard(&first.buttons, &first.nav))
                    });
                    match edit.await {
                        Ok(_) | Err(Undelivered::Unchanged) => {}
                        Err(Undelivered::Unreachable) => return Err(Undelivered::Unreachable),
                        // The message could not be redrawn (too old, deleted): send it anew.
                        Err(Undelivered::Refused | Undelivered::Failed) => {
                            self.send(chat, &first.text, &first.buttons, &first.nav).await?
                        }
                    }
                }
            } else if let Some(chosen) = handled.chosen.as_ref().filter(|c| fits(c)) {
                let text = format!("{}\n\n✓ <b>{}</b>", escape(original), escape(chosen));
                let edit = self.call("editMessageText", || {
                    self.bot.edit_message_text(chat, *message_id, text.clone()).parse_mode(ParseMode::Html)
                });
                ignore_refused(edit.await)?;
            } else {
                let edit =
                    self.call("editMessageReplyMarkup", || self.bot.edit_message_reply_markup(chat, *message_id));
                ignore_refused(edit.await)?;
            }
        }
        for reply in replies {
            self.send(chat, &reply.text, &reply.buttons, &reply.nav).await?;
        }
        Ok(())
    }

    /// Sends a text, split at Telegram's length limit; the keyboard goes with the last part.
    async fn send(
        &self,
        chat: ChatId,
        text: &str,
        buttons: &[Vec<RenderedButton>],
        nav: &[RenderedButton],
    ) -> Result<(), Undelivered> {
        let parts = split_text(text, MESSAGE_LIMIT);
        let last = parts.len() - 1;
        for (i, part) in parts.iter().enumerate() {
            let html = escape(part);
            let sent = self
                .call("sendMessage", || {
                    let request = self.bot.send_message(chat, html.clone()).parse_mode(ParseMode::Html);
                    if i == last && !(buttons.is_empty() && nav.is_empty()) {
                        request.reply_markup(keyboard(buttons, nav))
                    } else {
                        request
                    }
                })
                .await;
            sent?;
        }
        Ok(())
    }

    /// A short notice to the staff chat: no name, no free text, no phone number.
    async fn alert_staff(&self, intake: &Intake) {
        let content = &self.service.content;
        let Some(staff_chat) = content.config.telegram.staff_chat_id else { return };
        let language = &content.config.organisation.staff_language;
        let topics_step = content.flow.topics_step();
        let topics: Vec<Text> = intake
            .topics
            .iter()
            .map(|t| Text::msg(topics_step.map(|s| s.option_label(t)).unwrap_or_else(|| t.clone())))
            .collect();
        let urgent = intake.answers.get("urgent").and_then(|v| v.as_bool()).unwrap_or(false);
        let text = Text::msg("staff-alert")
            .with("reference", Text::Plain(intake.reference.clone()))
            .with("language", Text::msg(format!("staff-lang-{}", intake.language)))
            .with("topics", Text::List(topics))
            .with("urgent", Text::Plain(if urgent { "yes" } else { "no" }.into()));
        let rendered = content.i18n.render(language, &text);
        if self.send(ChatId(staff_chat), &rendered, &[], &[]).await.is_err() {
            tracing::error!(reference = %intake.reference, "staff chat notice not delivered");
        }
    }

    /// Calls Telegram, honouring `RetryAfter` and retrying network errors with backoff.
    async fn call<T, F, Fut>(&self, method: &'static str, mut request: F) -> Result<T, Undelivered>
    where
        F: FnMut() -> Fut,
        Fut: IntoFutureResult<T>,
    {
        let mut backoff = Duration::from_millis(250);
        for attempt in 1..=6 {
            match request().into_result().await {
                Ok(value) => return Ok(value),
                Err(RequestError::RetryAfter(wait)) => tokio::time::sleep(wait.duration()).await,
                Err(RequestError::Network(_) | RequestError::Io(_)) if attempt < 6 => {
                    tracing::warn!(method, attempt, "network error talking to Telegram; retrying");
                    tokio::time::sleep(backoff).await;
                    backoff *= 2;
                }
                Err(RequestError::Api(
                    ApiError::BotBlocked
                    | ApiError::UserDeactivated
                    | ApiError::CantInitiateConversation
                    | ApiError::BotKicked
                    | ApiError::ChatNotFound,
                )) => return Err(Undelivered::Unreachable),
                Err(RequestError::Api(ApiError::MessageNotModified)) => return Err(Undelivered::Unchanged),
                Err(error @ RequestError::Api(_)) => {
                    tracing::warn!(method, error = describe(&error), "request refused");
                    return Err(Undelivered::Refused);
                }
                Err(error) => {
                    tracing::error!(method, error = describe(&error), "request to Telegram failed");
                    return Err(Undelivered::Failed);
                }
            }
        }
        tracing::error!(method, "request to Telegram failed after retries; not delivered");
        Err(Undelivered::Failed)
    }

    /// The commands menu, in every shipped language (and the default language for
    /// clients whose language is not shipped).
    pub async fn register_commands(&self) {
        let content = &self.service.content;
        let commands = |language: &str| -> Vec<BotCommand> {
            [("start", "cmd-start"), ("help", "cmd-help"), ("language", "cmd-language"), ("restart", "cmd-restart")]
                .iter()
                .map(|(command, id)| BotCommand::new(*command, content.i18n.render(language, &Text::msg(*id))))
                .collect()
        };
        let default = commands(&content.config.organisation.default_language);
        if self.call("setMyCommands", || self.bot.set_my_commands(default.clone())).await.is_err() {
            tracing::warn!("default command menu not registered");
        }
        for language in content.i18n.languages().list() {
            let list = commands(&language.code);
            let set = self
                .call("setMyCommands", || self.bot.set_my_commands(list.clone()).language_code(language.code.clone()));
            if set.await.is_err() {
                tracing::warn!(language = %language.code, "command menu not registered");
            }
        }
    }

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
            match updates {
                Ok(updates) => {
                    backoff = Duration::from_secs(1);
                    let Some(last) = updates.last() else { continue };
                    let next = i32::try_from(last.id.0).unwrap_or(i32::MAX).saturating_add(1);
                    self.process_batch(updates).await;
                    offset = next;
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
    async fn process_batch(self: &Arc<Self>, updates: Vec<Update>) {
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

/// What went wrong, fit for a log: never the request URL (it holds the bot token) nor
/// a raw response (it may hold what a client wrote).
pub fn describe(error: &RequestError) -> String {
    match error {
        RequestError::Api(api) => format!("Telegram refused: {api}"),
        RequestError::MigrateToChatId(_) => "the group became a supergroup".into(),
        RequestError::RetryAfter(wait) => format!("flood control: retry after {}s", wait.seconds()),
        RequestError::Network(e) if e.is_timeout() => "network error (timeout)".into(),
        RequestError::Network(e) if e.is_connect() => "network error (cannot connect)".into(),
        RequestError::Network(_) => "network error".into(),
        RequestError::InvalidJson { .. } => "the Bot API answered with something that is not valid JSON".into(),
        RequestError::Io(e) => format!("I/O error ({})", e.kind()),
    }
}

/// Rebuilds an unreadable private message (a newer Telegram feature, say) from its raw
/// form: its plain text if it has one, else no content, which the dialogue answers as
/// "please write text" in the sender's language.
fn unreadable_as_unsupported(raw: &Value) -> Option<Update> {
    let message = raw.get("message")?;
    let chat = message.get("chat")?;
    if chat.get("type")?.as_str()? != "private" {
        return None;
    }
    let from = message.get("from")?;
    // Keep what the client typed if there is plain text; otherwise a content-less message.
    let content = match message.get("text").and_then(Value::as_str) {
        Some(text) => ("text", Value::String(text.to_owned())),
        None => ("dice", serde_json::json!({ "emoji": "🎲", "value": 1 })),
    };
    let mut minimal = serde_json::json!({
        "update_id": raw.get("update_id")?,
        "message": {
            "message_id": message.get("message_id")?,
            "date": message.get("date")?,
            "chat": { "id": chat.get("id")?, "type": "private" },
            "from": {
                "id": from.get("id")?,
                "is_bot": from.get("is_bot").cloned().unwrap_or(Value::Bool(false)),
                "first_name": "",
                "language_code": from.get("language_code").cloned().unwrap_or(Value::Null),
            },
        },
    });
    minimal["message"][content.0] = content.1;
    serde_json::from_value(minimal).ok()
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Sets the webhook: a deploy step (`anlauf telegram set-webhook`), never done by an
/// instance on its own start.
pub async fn set_webhook(bot: &Bot, url: url::Url, secret: &str) -> Result<(), RequestError> {
    bot.set_webhook(url).secret_token(secret.to_owned()).allowed_updates(ALLOWED).await?;
    Ok(())
}

/// Fails with a clear message when a webhook is set, since long polling cannot work then
/// and deleting someone's webhook from a polling instance would break their deployment.
/// If Telegram cannot be asked, polling starts anyway and retries on its own.
pub async fn ensure_no_webhook(bot: &Bot) -> anyhow::Result<()> {
    let info = match bot.get_webhook_info().await {
        Ok(info) => info,
        Err(error) => {
            tracing::warn!(error = describe(&error), "could not check for a webhook; polling anyway");
            return Ok(());
        }
    };
    if let Some(url) = info.url {
        anyhow::bail!(
            "a webhook is set for this bot ({url}): start with --webhook-url to receive through it, \
             or remove it with `anlauf telegram delete-webhook` to use long polling"
        );
    }
    Ok(())
}

/// Escapes text for Telegram's HTML parse mode: nothing a client typed can become markup.
pub fn escape(text: &str) -> String {
    teloxide::utils::html::escape(text)
}

/// Answer buttons in their rows, then back and start over side by side.
fn keyboard(rows: &[Vec<RenderedButton>], nav: &[RenderedButton]) -> InlineKeyboardMarkup {
    let button = |b: &RenderedButton| InlineKeyboardButton::callback(b.label.clone(), b.data.clone());
    let mut keyboard: Vec<Vec<InlineKeyboardButton>> =
        rows.iter().map(|row| row.iter().map(button).collect()).collect();
    if !nav.is_empty() {
        keyboard.push(nav.iter().map(button).collect());
    }
    InlineKeyboardMarkup::new(keyboard)
}

/// Edits that fail change nothing the client needs: the next message follows anyway.
fn ignore_refused(result: Result<impl Sized, Undelivered>) -> Result<(), Undelivered> {
    match result {
        Err(Undelivered::Unreachable) => Err(Undelivered::Unreachable),
        _ => Ok(()),
    }
}

fn media_kind(message: &Message) -> MediaKind {
    if message.voice().is_some() || message.audio().is_some() || message.video_note().is_some() {
        MediaKind::Voice
    } else if message.photo().is_some() || message.video().is_some() || message.animation().is_some() {
        MediaKind::Photo
    } else if message.document().is_some() {
        MediaKind::Document
    } else if message.sticker().is_some() {
        MediaKind::Sticker
    } else if message.location().is_some() || message.venue().is_some() {
        MediaKind::Location
    } else if message.contact().is_some() {
        MediaKind::Contact
    } else {
        MediaKind::Other
    }
}

/// Splits text into parts of at most `limit` UTF-16 units (Telegram's measure), at line
/// breaks where possible, then at spaces, then anywhere between characters.
pub fn split_text(text: &str, limit: usize) -> Vec<String> {
    let units = |s: &str| s.encode_utf16().count();
    let mut parts = Vec::new();
    let mut rest = text.trim_end();
    while units(rest) > limit {
        let mut cut = 0;
        let mut count = 0;
        for (i, c) in rest.char_indices() {
            count += c.len_utf16();
            if count > limit {
                break;
            }
            cut = i + c.len_utf8();
        }
        let head = &rest[..cut];
        let at = head.rfind('\n').or_else(|| head.rfind(' ')).filter(|&i| i > 0).unwrap_or(cut);
        parts.push(rest[..at].trim_end().to_owned());
        rest = rest[at..].trim_start();
    }
    if !rest.is_empty() || parts.is_empty() {
        parts.push(rest.to_owned());
    }
    parts
}

/// Awaiting a teloxide request gives a `Result`; this names that for [`Telegram::call`].
pub trait IntoFutureResult<T> {
    fn into_result(self) -> impl Future<Output = Result<T, RequestError>> + Send;
}

impl<T, R> IntoFutureResult<T> for R
where
    R: std::future::IntoFuture<Output = Result<T, RequestError>> + Send,
    R::IntoFuture: Send,
{
    fn into_result(self) -> impl Future<Output = Result<T, RequestError>> + Send {
        self.into_future()
    }
}

/// The deep-link payload of `/start <office>` is read by the engine; this is the link.
pub fn office_link(bot_username: &str, office: &str) -> String {
    format!("https://t.me/{bot_username}?start={office}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dialog::Command;

    #[test]
    fn long_text_is_split_at_line_breaks_within_the_limit() {
        let text = format!("{}\n{}\n{}", "a".repeat(30), "b".repeat(30), "c".repeat(30));
        let parts = split_text(&text, 65);
        assert_eq!(parts, vec![format!("{}\n{}", "a".repeat(30), "b".repeat(30)), "c".repeat(30)]);
    }

    #[test]
    fn one_long_line_is_split_between_characters_counting_utf16() {
        let text = "😀".repeat(3000);
        let parts = split_text(&text, 4000);
        assert_eq!(parts.len(), 2);
        assert!(parts.iter().all(|p| p.encode_utf16().count() <= 4000));
        assert_eq!(parts.concat(), text);
    }

    #[test]
    fn client_text_cannot_become_markup() {
        assert_eq!(escape("<b>x</b> & <a href=\"y\">"), "&lt;b&gt;x&lt;/b&gt; &amp; &lt;a href=\"y\"&gt;");
    }

    #[test]
    fn secrets_compare_whole() {
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"ab"));
    }

    #[test]
    fn start_with_a_payload_reads_the_office() {
        assert_eq!(Input::from_typed("/start nord"), Input::Command(Command::Start(Some("nord".into()))));
        assert_eq!(office_link("anlauf_bot", "nord"), "https://t.me/anlauf_bot?start=nord");
    }
}

//! What an update asks of the bot: a turn of a private conversation (text, a command,
//! a pressed button, something that is not text), a message in a group, or nothing.

use serde_json::Value;
use teloxide::types::{CallbackQueryId, ChatId, MaybeInaccessibleMessage, Message, MessageId, Update, UpdateKind};

use super::Telegram;
use crate::dialog::{Input, MediaKind};

/// The button a client pressed, with the message that carried it.
pub(super) struct Pressed {
    pub(super) query: CallbackQueryId,
    pub(super) message: Option<(MessageId, String)>,
}

/// What an update asks of the bot.
pub(super) enum Incoming {
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

impl Telegram {
    pub(super) fn classify(&self, update: &Update) -> Incoming {
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
                if Some(message.chat.id.0) == self.service.content().config.telegram.staff_chat_id {
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
                // Replies go to the presser's own private chat, never to the chat the
                // button was in; the pressed message is edited only if it is there.
                let chat = ChatId(query.from.id.0 as i64);
                let message = match &query.message {
                    Some(MaybeInaccessibleMessage::Regular(m)) if m.chat.id == chat => {
                        Some((m.id, m.text().unwrap_or_default().to_owned()))
                    }
                    _ => None,
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
                tracing::warn!(
                    update_id = update.id.0,
                    "an update of a kind this version cannot read and that names no private chat; not answered"
                );
                Incoming::Ignore
            }
            _ => Incoming::Ignore,
        }
    }
}

/// Reads a stored update. An update teloxide cannot read (or whose parsing panics) is
/// rebuilt from its raw form where it is a private message, so the client is answered;
/// `None` when there is nothing to answer.
pub(super) fn parse(payload: &str) -> Option<Update> {
    let raw: Value = serde_json::from_str(payload).ok()?;
    let typed = std::panic::catch_unwind(|| serde_json::from_str::<Update>(payload));
    match typed {
        Ok(Ok(update)) if !matches!(update.kind, UpdateKind::Error(_)) => Some(update),
        _ => unreadable_as_unsupported(&raw),
    }
}

/// The update id and the chat an update's answers go to, read from its raw JSON.
pub(super) fn envelope(raw: &Value) -> Option<(i64, Option<String>)> {
    let id = raw.get("update_id")?.as_i64()?;
    let chat = if let Some(query) = raw.get("callback_query") {
        query.pointer("/from/id").and_then(Value::as_i64)
    } else {
        ["message", "edited_message"]
            .iter()
            .find_map(|kind| raw.get(*kind))
            .or_else(|| raw.as_object().and_then(|o| o.values().find(|v| v.get("chat").is_some())))
            .and_then(|m| m.pointer("/chat/id"))
            .and_then(Value::as_i64)
    };
    Some((id, chat.map(|c| c.to_string())))
}

/// The language a raw update's sender uses, for an apology when nothing can be stored.
pub(super) fn sender_language(raw: &Value) -> Option<String> {
    ["message", "edited_message", "callback_query"]
        .iter()
        .find_map(|kind| raw.get(*kind))
        .and_then(|m| m.pointer("/from/language_code"))
        .and_then(Value::as_str)
        .map(str::to_owned)
}

pub(super) fn media_kind(message: &Message) -> MediaKind {
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

/// Rebuilds an unreadable private message (a newer Telegram feature, say) from its raw
/// form: its plain text if it has one, else no content, which the dialogue answers as
/// "please write text" in the sender's language.
pub(super) fn unreadable_as_unsupported(raw: &Value) -> Option<Update> {
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
    serde_json::from_str(&minimal.to_string()).ok()
}

//! What a turn sends, as outbox messages: the pressed message edited (the choice where
//! its keyboard was, or redrawn in place), the replies, and the staff notice.

use serde::{Deserialize, Serialize};
use teloxide::types::ChatId;

use super::classify::Pressed;
use super::split::TELEGRAM_LIMIT;
use super::Telegram;
use crate::domain::{Intake, Outgoing};
use crate::service::{Handled, RenderedButton};
use crate::text::Text;

/// One outbox message, as the sender reads it back.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Message {
    /// A new message (split at Telegram's limit; the keyboard on the last part).
    Send {
        text: String,
        #[serde(default)]
        buttons: Vec<Vec<RenderedButton>>,
        #[serde(default)]
        nav: Vec<RenderedButton>,
    },
    /// The pressed message drawn again in place (a ticked option); sent anew if Telegram
    /// no longer lets it be edited.
    Redraw { message_id: i32, text: String, buttons: Vec<Vec<RenderedButton>>, nav: Vec<RenderedButton> },
    /// The pressed message shows the chosen answer where its keyboard was.
    Chosen { message_id: i32, original: String, chosen: String },
    /// The pressed message loses its keyboard.
    Unkeyboard { message_id: i32 },
    /// A file (the calendar file of a booking).
    Document { name: String, content: String },
}

impl Message {
    pub fn to_outgoing(&self, chat: ChatId) -> Outgoing {
        let payload = serde_json::to_value(self).expect("outbox messages are plain data");
        Outgoing { chat: chat.0.to_string(), payload, not_before: None, topic: None }
    }
}

/// The message that tells a client their appointment is cancelled (by staff), in the
/// language of their request, where they wrote from; nothing for the terminal.
pub fn cancellation_notice(
    content: &crate::content::Content,
    client: Option<(crate::domain::Channel, String)>,
    language: Option<String>,
) -> (crate::domain::Channel, Vec<Outgoing>) {
    match (client, language) {
        (Some((crate::domain::Channel::Telegram, user)), Some(language)) => {
            let text = content.i18n.render(&language, &Text::msg("appointment-cancelled"));
            (crate::domain::Channel::Telegram, notice(&user, text).into_iter().collect())
        }
        _ => (crate::domain::Channel::Terminal, Vec::new()),
    }
}

/// A plain message, without buttons, to the Telegram user `user` (as the store keeps
/// the id); `None` for an id Telegram could not have given.
pub fn notice(user: &str, text: String) -> Option<Outgoing> {
    let chat = ChatId(user.parse().ok()?);
    Some(Message::Send { text, buttons: Vec::new(), nav: Vec::new() }.to_outgoing(chat))
}

impl Telegram {
    /// The messages for one turn in `chat`, in the order they are to appear.
    pub(super) fn compose(&self, chat: ChatId, handled: &Handled, pressed: Option<&Pressed>) -> Vec<Outgoing> {
        let mut messages = Vec::new();
        let mut replies = handled.replies.iter();
        if let Some((message_id, original)) = pressed.and_then(|p| p.message.as_ref()) {
            let message_id = message_id.0;
            if handled.redraw {
                if let Some(first) = replies.next() {
                    messages.push(Message::Redraw {
                        message_id,
                        text: first.text.clone(),
                        buttons: first.buttons.clone(),
                        nav: first.nav.clone(),
                    });
                }
            } else {
                let fits = |chosen: &str| {
                    original.encode_utf16().count() + chosen.encode_utf16().count() + 4 <= TELEGRAM_LIMIT
                };
                match handled.chosen.as_deref().filter(|c| fits(c)) {
                    Some(chosen) => messages.push(Message::Chosen {
                        message_id,
                        original: original.clone(),
                        chosen: chosen.to_owned(),
                    }),
                    None => messages.push(Message::Unkeyboard { message_id }),
                }
            }
        }
        let mut later = Vec::new();
        for reply in replies {
            if let Some((at, topic)) = &reply.later {
                let message = Message::Send { text: reply.text.clone(), buttons: Vec::new(), nav: Vec::new() };
                later.push(Outgoing { not_before: Some(*at), topic: Some(topic.clone()), ..message.to_outgoing(chat) });
                continue;
            }
            messages.push(Message::Send {
                text: reply.text.clone(),
                buttons: reply.buttons.clone(),
                nav: reply.nav.clone(),
            });
            if let Some(file) = &reply.file {
                messages.push(Message::Document { name: file.name.clone(), content: file.content.clone() });
            }
        }
        let mut outgoing: Vec<Outgoing> = messages.iter().map(|m| m.to_outgoing(chat)).collect();
        outgoing.extend(later);
        if let Some(notice) = handled.submitted.as_ref().and_then(|intake| self.staff_notice(intake)) {
            outgoing.push(notice);
        }
        outgoing
    }

    /// A short notice to the staff chat for a new intake: reference, urgency, language
    /// and topics; no name, no free text, no phone number.
    pub(super) fn staff_notice(&self, intake: &Intake) -> Option<Outgoing> {
        let content = &self.service.content();
        let staff_chat = content.config.telegram.staff_chat_id?;
        let language = &content.config.organisation.staff_language;
        let topics_step = content.flow.topics_step();
        let topics: Vec<Text> = intake
            .topics
            .iter()
            .map(|t| Text::msg(topics_step.map(|s| s.option_label(t)).unwrap_or_else(|| t.clone())))
            .collect();
        let urgent = crate::staff::is_urgent(&content.flow, intake);
        let text = Text::msg("staff-alert")
            .with("reference", Text::Plain(intake.reference.clone()))
            .with("language", Text::msg(format!("staff-lang-{}", intake.language)))
            .with("topics", Text::List(topics))
            .with("urgent", Text::Plain(if urgent { "yes" } else { "no" }.into()));
        // What was found in the client's words, by category, never the words themselves.
        let text = if intake.urgency.is_empty() {
            text
        } else {
            let found = intake.urgency.iter().map(|c| Text::msg(format!("staff-urgency-{c}"))).collect();
            Text::Lines(vec![text, Text::msg("staff-alert-urgency").with("categories", Text::List(found))])
        };
        let text = match said_urgent(content, intake) {
            Some(situation) => Text::Lines(vec![text, Text::msg("staff-alert-said").with("situation", situation)]),
            None => text,
        };
        let text = content.i18n.render(language, &text);
        Some(Message::Send { text, buttons: Vec::new(), nav: Vec::new() }.to_outgoing(ChatId(staff_chat)))
    }
}

/// The urgent situation the client chose at the urgency question, as staff word it.
fn said_urgent(content: &crate::content::Content, intake: &Intake) -> Option<Text> {
    let step = content.flow.role(crate::dialog::flow::Role::Urgent)?;
    let option = intake.answers.get(step.id())?.as_str()?;
    if !step.urgent_options.iter().any(|o| o == option) {
        return None;
    }
    let label = step.option_label(option);
    let staff = crate::i18n::catalog::staff_option_label(&label);
    let staff_language = &content.config.organisation.staff_language;
    Some(Text::msg(if content.i18n.has_message(staff_language, &staff) { staff } else { label }))
}

//! Calls to Telegram, one attempt each, their failures sorted by what to do next; and
//! delivering one outbox message (a send, split at the limit, or an edit).

use std::future::Future;
use std::time::Duration;

use teloxide::payloads::{EditMessageTextSetters, SendMessageSetters};
use teloxide::prelude::Requester;
use teloxide::types::{ChatId, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, MessageId, ParseMode};
use teloxide::{ApiError, RequestError};

use super::compose::Message;
use super::split::{split_text, MESSAGE_LIMIT};
use super::Telegram;
use crate::service::RenderedButton;

/// Why a request to Telegram did not go through, by what to do next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Failure {
    /// The client blocked the bot or is gone: do not try again.
    Unreachable,
    /// An edit that would change nothing (a double tap): nothing to do.
    Unchanged,
    /// Telegram refused (a message too old to edit, bad data): trying again cannot help.
    Refused,
    /// Flood control for this chat: try again after this long.
    RetryAfter(Duration),
    /// Telegram could not be reached: try again later.
    Network,
}

impl Telegram {
    /// Calls Telegram once and sorts the outcome; records whether Telegram answered.
    pub(super) async fn call<T, Fut>(&self, method: &'static str, request: Fut) -> Result<T, Failure>
    where
        Fut: IntoFutureResult<T>,
    {
        let result = request.into_result().await;
        let unreachable = matches!(
            result,
            Err(RequestError::Network(_) | RequestError::Io(_) | RequestError::Api(ApiError::InvalidToken))
        );
        self.health.telegram_answered(!unreachable);
        match result {
            Ok(value) => Ok(value),
            Err(RequestError::RetryAfter(wait)) => Err(Failure::RetryAfter(wait.duration())),
            Err(RequestError::Network(_) | RequestError::Io(_)) => {
                tracing::warn!(method, "network error talking to Telegram; will retry");
                Err(Failure::Network)
            }
            Err(RequestError::Api(
                ApiError::BotBlocked
                | ApiError::UserDeactivated
                | ApiError::CantInitiateConversation
                | ApiError::BotKicked
                | ApiError::ChatNotFound,
            )) => Err(Failure::Unreachable),
            Err(RequestError::Api(ApiError::MessageNotModified)) => Err(Failure::Unchanged),
            // A server error (5xx) reaches us as an error teloxide does not know, or, from
            // a proxy in front of Telegram, as a page that is not JSON: try again.
            Err(RequestError::Api(ApiError::Unknown(ref description))) if is_server_error(description) => {
                tracing::warn!(method, "the Bot API had a server error; will retry");
                Err(Failure::Network)
            }
            Err(RequestError::InvalidJson { .. }) => {
                tracing::warn!(method, "the Bot API answered with something that is not JSON; will retry");
                Err(Failure::Network)
            }
            Err(error) => {
                tracing::warn!(method, error = describe(&error), "request refused");
                Err(Failure::Refused)
            }
        }
    }

    /// Delivers one outbox message, waiting for the rate limits before each request. A
    /// text sent in parts counts them in `sent`: given again after a failure, it goes on
    /// from the first part not sent (the client never gets a part twice).
    pub(super) async fn deliver(&self, chat: ChatId, message: &Message, sent: &mut usize) -> Result<(), Failure> {
        match message {
            Message::Send { text, buttons, nav } => self.send_from(chat, text, buttons, nav, sent).await,
            Message::Redraw { message_id, text, buttons, nav } => {
                self.limiter.ready(chat.0).await;
                let edit = self.bot.edit_message_text(chat, MessageId(*message_id), escape(text));
                let edit = edit.parse_mode(ParseMode::Html).reply_markup(keyboard(buttons, nav));
                match self.call("editMessageText", edit).await {
                    Ok(_) | Err(Failure::Unchanged) => Ok(()),
                    // Too old or deleted: the question is sent anew.
                    Err(Failure::Refused) => self.send_from(chat, text, buttons, nav, sent).await,
                    Err(failure) => Err(failure),
                }
            }
            Message::Chosen { message_id, original, chosen } => {
                self.limiter.ready(chat.0).await;
                // Some labels carry their own tick ("✓ Everything is right — send").
                let chosen = chosen.trim_start_matches('✓').trim_start();
                let text = format!("{}\n\n✓ <b>{}</b>", escape(original), escape(chosen));
                let edit = self.bot.edit_message_text(chat, MessageId(*message_id), text).parse_mode(ParseMode::Html);
                edits_may_fail(self.call("editMessageText", edit).await)
            }
            Message::Document { name, content } => {
                self.limiter.ready(chat.0).await;
                let file = InputFile::memory(content.clone().into_bytes()).file_name(name.clone());
                self.call("sendDocument", self.bot.send_document(chat, file)).await.map(|_| ())
            }
            Message::Unkeyboard { message_id } => {
                self.limiter.ready(chat.0).await;
                let edit = self.bot.edit_message_reply_markup(chat, MessageId(*message_id));
                edits_may_fail(self.call("editMessageReplyMarkup", edit).await)
            }
        }
    }

    /// Sends a text, split at Telegram's length limit; the keyboard goes with the last part.
    pub(super) async fn send(
        &self,
        chat: ChatId,
        text: &str,
        buttons: &[Vec<RenderedButton>],
        nav: &[RenderedButton],
    ) -> Result<(), Failure> {
        self.send_from(chat, text, buttons, nav, &mut 0).await
    }

    /// [`Telegram::send`] from part `sent` on, counting the parts sent in `sent`.
    async fn send_from(
        &self,
        chat: ChatId,
        text: &str,
        buttons: &[Vec<RenderedButton>],
        nav: &[RenderedButton],
        sent: &mut usize,
    ) -> Result<(), Failure> {
        let parts = split_text(text, MESSAGE_LIMIT);
        let last = parts.len() - 1;
        for (i, part) in parts.iter().enumerate().skip(*sent) {
            self.limiter.ready(chat.0).await;
            let request = self.bot.send_message(chat, escape(part)).parse_mode(ParseMode::Html);
            let request = if i == last && !(buttons.is_empty() && nav.is_empty()) {
                request.reply_markup(keyboard(buttons, nav))
            } else {
                request
            };
            self.call("sendMessage", request).await?;
            *sent = i + 1;
        }
        Ok(())
    }
}

/// Whether an error description teloxide does not know is a server error rather than a
/// refusal: Telegram words every refusal of a request (4xx) with its status first.
fn is_server_error(description: &str) -> bool {
    const REFUSALS: [&str; 6] =
        ["Bad Request", "Forbidden", "Unauthorized", "Not Found", "Conflict", "Too Many Requests"];
    !REFUSALS.iter().any(|refusal| description.starts_with(refusal))
}

/// Edits of the pressed message that fail change nothing the client needs: the next
/// message follows anyway. Only "try again" failures are passed on.
fn edits_may_fail<T>(result: Result<T, Failure>) -> Result<(), Failure> {
    match result {
        Err(failure @ (Failure::Unreachable | Failure::RetryAfter(_) | Failure::Network)) => Err(failure),
        _ => Ok(()),
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

/// Escapes text for Telegram's HTML parse mode: nothing a client typed can become markup.
pub fn escape(text: &str) -> String {
    teloxide::utils::html::escape(text)
}

/// Answer buttons in their rows, then back and start over side by side.
pub(super) fn keyboard(rows: &[Vec<RenderedButton>], nav: &[RenderedButton]) -> InlineKeyboardMarkup {
    let button = |b: &RenderedButton| InlineKeyboardButton::callback(b.label.clone(), b.data.clone());
    let mut keyboard: Vec<Vec<InlineKeyboardButton>> =
        rows.iter().map(|row| row.iter().map(button).collect()).collect();
    if !nav.is_empty() {
        keyboard.push(nav.iter().map(button).collect());
    }
    InlineKeyboardMarkup::new(keyboard)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn server_errors_are_tried_again_and_refusals_are_not() {
        for server in ["Internal Server Error", "Bad Gateway", "Gateway Timeout", "Service Unavailable", ""] {
            assert!(is_server_error(server), "{server}");
        }
        for refusal in ["Bad Request: message to edit not found", "Forbidden: bot was kicked", "Conflict: terminated"] {
            assert!(!is_server_error(refusal), "{refusal}");
        }
    }

    #[test]
    fn client_text_cannot_become_markup() {
        assert_eq!(escape("<b>x</b> & <a href=\"y\">"), "&lt;b&gt;x&lt;/b&gt; &amp; &lt;a href=\"y\"&gt;");
    }
}

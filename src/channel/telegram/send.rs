//! Messages out: replies, edits of the pressed message, and the calls to Telegram with
//! `RetryAfter` honoured and network errors retried with backoff.

use std::future::Future;
use std::time::Duration;

use teloxide::adaptors::throttle::Limits;
use teloxide::payloads::{EditMessageTextSetters, SendMessageSetters};
use teloxide::prelude::Requester;
use teloxide::types::{ChatId, InlineKeyboardButton, InlineKeyboardMarkup, ParseMode};
use teloxide::{ApiError, RequestError};

use super::classify::Pressed;
use super::split::split_text;
use super::Telegram;
use crate::config::Config;
use crate::service::{Handled, RenderedButton};

/// Telegram's limit per message, in UTF-16 units.
pub(super) const TELEGRAM_LIMIT: usize = 4096;
/// Where long texts are split: a margin below the limit.
pub(super) const MESSAGE_LIMIT: usize = 4000;

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

/// Why a request to Telegram did not go through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Undelivered {
    /// The client blocked the bot or is gone: do not try again.
    Unreachable,
    /// An edit that would change nothing (a double tap): nothing to do.
    Unchanged,
    /// Telegram refused (e.g. "message is not modified"): nothing to retry.
    Refused,
    /// Gave up after retries; logged.
    Failed,
}

impl Telegram {
    /// Sends the replies of a turn; the pressed message loses its keyboard and shows the
    /// choice, or is redrawn in place (a ticked option).
    pub(super) async fn deliver(
        &self,
        chat: ChatId,
        handled: &Handled,
        pressed: Option<&Pressed>,
    ) -> Result<(), Undelivered> {
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
                // Some labels carry their own tick ("✓ Everything is right — send").
                let chosen = chosen.trim_start_matches('✓').trim_start();
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
    pub(super) async fn send(
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

    /// Calls Telegram, honouring `RetryAfter` and retrying network errors with backoff.
    pub(super) async fn call<T, F, Fut>(&self, method: &'static str, mut request: F) -> Result<T, Undelivered>
    where
        F: FnMut() -> Fut,
        Fut: IntoFutureResult<T>,
    {
        let mut backoff = Duration::from_millis(250);
        for attempt in 1..=6 {
            let result = request().into_result().await;
            let unreachable = matches!(
                result,
                Err(RequestError::Network(_) | RequestError::Io(_) | RequestError::Api(ApiError::InvalidToken))
            );
            self.health.telegram_answered(!unreachable);
            match result {
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

/// Edits that fail change nothing the client needs: the next message follows anyway.
pub(super) fn ignore_refused(result: Result<impl Sized, Undelivered>) -> Result<(), Undelivered> {
    match result {
        Err(Undelivered::Unreachable) => Err(Undelivered::Unreachable),
        _ => Ok(()),
    }
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
    fn client_text_cannot_become_markup() {
        assert_eq!(escape("<b>x</b> & <a href=\"y\">"), "&lt;b&gt;x&lt;/b&gt; &amp; &lt;a href=\"y\"&gt;");
    }
}

//! The inbox's workers: each chat's updates in order, chats in parallel. An update is
//! turned into a turn (or a group notice, or nothing) whose transaction marks it
//! processed and writes what it sends to the outbox; while the store is down it is
//! tried again, and the client is told once to wait.

use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;
use teloxide::prelude::Requester;
use teloxide::types::ChatId;

use super::classify::{self, Incoming};
use super::compose::Message;
use super::sender::IntoMessage;
use super::Telegram;
use crate::domain::{Channel, Outgoing, WaitlistOffer};
use crate::service::{TurnError, TurnRequest};
use crate::store::{InboxEvent, StoreError};
use crate::text::Text;

/// What a client turn is made of: where to answer, who asked, and what.
struct Asked {
    chat: ChatId,
    user: String,
    language: Option<String>,
    input: crate::dialog::Input,
    pressed: Option<super::classify::Pressed>,
}

/// Whether an update is finished with, or must be tried again (the store is down).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Processed {
    Done,
    Retry,
}

impl Telegram {
    /// Hands events just stored in the inbox (or left there by an earlier run) to their
    /// chats' workers.
    pub(super) fn take_in(self: &Arc<Self>, events: Vec<InboxEvent>) {
        for event in events {
            let key = event.chat.clone().unwrap_or_else(|| format!("event-{}", event.id));
            if self.inbox.push(&key, event) {
                let this = self.clone();
                tokio::spawn(async move { this.inbox_lane(key).await });
            }
        }
    }

    async fn inbox_lane(self: Arc<Self>, key: String) {
        let _busy = self.inbox_workers.enter();
        while let Some(event) = self.inbox.next(&key, self.stopping()) {
            self.process_with_retries(&event).await;
        }
    }

    async fn process_with_retries(self: &Arc<Self>, event: &InboxEvent) {
        let mut wait = Duration::from_millis(500);
        let mut first = true;
        while self.process(event, first).await == Processed::Retry {
            first = false;
            if self.stopping() {
                return; // stays in the inbox for the next start
            }
            tokio::time::sleep(wait).await;
            wait = (wait * 2).min(Duration::from_secs(30));
        }
    }

    async fn process(self: &Arc<Self>, event: &InboxEvent, first: bool) -> Processed {
        let now = Utc::now();
        // A slot offered from the waiting list: a turn of that client's dialogue.
        if let (Some(offer), Some(chat)) = (WaitlistOffer::from_payload(&event.payload), event.chat.as_ref()) {
            let input =
                crate::dialog::Input::Offered { reference: offer.reference, slot: offer.slot, until: offer.until };
            let chat_id = ChatId(chat.parse().unwrap_or_default());
            let asked = Asked { chat: chat_id, user: chat.clone(), language: None, input, pressed: None };
            return self.turn(event, asked, first).await;
        }
        let Some(update) = classify::parse(&event.payload) else {
            return self.settle(event, Vec::new()).await;
        };
        match self.classify(&update) {
            Incoming::Ignore => self.settle(event, Vec::new()).await,
            Incoming::Group { chat, language } => {
                match self.service.store.first_group_notice(Channel::Telegram, &chat.0.to_string(), now).await {
                    Ok(true) => {
                        let language = self.service.content.negotiate(language.as_deref());
                        let text = self.service.content.i18n.render(&language, &Text::msg("error-private-only"));
                        let notice = Message::Send { text, buttons: Vec::new(), nav: Vec::new() };
                        self.settle(event, vec![notice.to_outgoing(chat)]).await
                    }
                    Ok(false) => self.settle(event, Vec::new()).await,
                    Err(error) => {
                        tracing::warn!(event = event.id, %error, "group notice not recorded; will retry");
                        Processed::Retry
                    }
                }
            }
            Incoming::Turn { chat, user, language, input, pressed } => {
                self.turn(event, Asked { chat, user, language, input, pressed }, first).await
            }
        }
    }

    /// Runs one client turn for an inbox event.
    async fn turn(self: &Arc<Self>, event: &InboxEvent, asked: Asked, first: bool) -> Processed {
        let Asked { chat, user, language, input, pressed } = asked;
        if let (true, Some(pressed)) = (first, &pressed) {
            // Answered at once, outside the outbox: it only stops the spinner.
            let answer = self.bot.answer_callback_query(pressed.query.clone());
            let _ = self.call("answerCallbackQuery", answer).await;
        }
        let request = TurnRequest {
            channel: Channel::Telegram,
            user: &user,
            language_hint: language.as_deref(),
            input,
            inbox: Some(event.id),
            now: Utc::now(),
        };
        let compose = |handled: &crate::service::Handled| self.compose(chat, handled, pressed.as_ref());
        match self.service.turn(&request, &compose).await {
            Ok(applied) => {
                self.take_out(applied.outbox.into_iter().map(|(id, o)| o.into_message(id)).collect());
                Processed::Done
            }
            Err(TurnError::Duplicate) => Processed::Done,
            Err(TurnError::Unavailable { apology }) => {
                if first {
                    self.apologize(chat, &apology).await;
                }
                Processed::Retry
            }
        }
    }

    /// Marks an event processed that caused no turn, with what it sends.
    async fn settle(self: &Arc<Self>, event: &InboxEvent, outbox: Vec<Outgoing>) -> Processed {
        match self.service.store.inbox_settle(event.id, &outbox, Utc::now()).await {
            Ok(ids) => {
                self.take_out(ids.into_iter().zip(outbox).map(|(id, o)| o.into_message(id)).collect());
                Processed::Done
            }
            Err(StoreError::AlreadyProcessed) => Processed::Done,
            Err(error) => {
                tracing::warn!(event = event.id, %error, hint = error.hint(), "update not settled; will retry");
                Processed::Retry
            }
        }
    }

    /// Tells a client to wait while nothing can be stored: sent directly, since the
    /// outbox is in the store that is down.
    pub(super) async fn apologize(&self, chat: ChatId, apology: &crate::service::Handled) {
        for reply in &apology.replies {
            let _ = self.send(chat, &reply.text, &[], &[]).await;
        }
    }
}

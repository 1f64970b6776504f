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

/// How long an instance holds a chat before another may take it, if it neither renews
/// nor gives it back (it stopped).
const CHAT_LEASE: chrono::TimeDelta = crate::store::LEASE;
/// How often a chat's lease is renewed while its updates are handled.
const CHAT_LEASE_RENEW: Duration = Duration::from_secs(10);
/// How often an instance sharing the database looks for updates nobody handles.
const INBOX_SWEEP: Duration = Duration::from_secs(5);

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
        if self.shared && !key.starts_with("event-") {
            return self.clone().shared_lane(key).await;
        }
        while let Some(event) = self.inbox.next(&key, self.stopping()) {
            self.process_with_retries(&event).await;
        }
    }

    /// A chat's worker when several instances share the database. The lane's items only
    /// say that something arrived: the worker takes the chat's lease and handles what the
    /// inbox holds for the chat, oldest first, whichever instance received it. Without
    /// the lease it leaves the chat to the holder, who looks into the inbox again after
    /// giving the lease back; so every stored update is handled, in order, by one
    /// instance at a time.
    async fn shared_lane(self: Arc<Self>, chat: String) {
        // Unique per worker: two workers of one process never share a lease.
        let holder = format!("{}/{}", self.instance, rand::random::<u32>());
        loop {
            let _ = self.inbox.drain(&chat);
            if self.stopping() {
                self.inbox.next(&chat, true);
                return;
            }
            match self.lease_chat(&chat, &holder).await {
                Ok(true) => {
                    let handled = self.handle_chat(&chat, &holder).await;
                    let store = &self.service.store;
                    if let Err(error) = store.chat_release(Channel::Telegram, &chat, &holder).await {
                        tracing::warn!(%error, "chat lease not given back; it lapses");
                    }
                    // What arrived while the lease was held, received by another instance.
                    let left = store.inbox_pending_chat(Channel::Telegram, &chat, 1).await;
                    if handled && matches!(&left, Ok(events) if !events.is_empty()) {
                        continue;
                    }
                }
                Ok(false) => {}
                Err(error) => {
                    tracing::warn!(%error, hint = error.hint(), "chat lease not taken; the inbox sweep retries");
                }
            }
            if self.inbox.close_if_empty(&chat) {
                return;
            }
        }
    }

    async fn lease_chat(&self, chat: &str, holder: &str) -> Result<bool, StoreError> {
        let now = Utc::now();
        self.service.store.chat_lease(Channel::Telegram, chat, holder, now, now + CHAT_LEASE).await
    }

    /// Handles the chat's stored updates in order while holding its lease; `false` when it
    /// stopped early (shutting down, or the lease went).
    async fn handle_chat(self: &Arc<Self>, chat: &str, holder: &str) -> bool {
        let mut renewed = tokio::time::Instant::now();
        loop {
            let pending = match self.service.store.inbox_pending_chat(Channel::Telegram, chat, 50).await {
                Ok(pending) => pending,
                Err(error) => {
                    tracing::warn!(%error, hint = error.hint(), "inbox not read; the inbox sweep retries");
                    return false;
                }
            };
            if pending.is_empty() {
                return true;
            }
            for event in pending {
                if self.stopping() {
                    return false;
                }
                if renewed.elapsed() > CHAT_LEASE_RENEW {
                    if !matches!(self.lease_chat(chat, holder).await, Ok(true)) {
                        return false;
                    }
                    renewed = tokio::time::Instant::now();
                }
                self.process_with_retries(&event).await;
            }
        }
    }

    /// Now and then takes up the updates staff gave back (`anlauf updates retry`), and,
    /// when several instances share the database, stored updates of chats no instance
    /// handles (an instance stopped, or a lease lapsed).
    pub(super) async fn inbox_sweep(self: Arc<Self>) {
        let mut stop = self.stop_sending.subscribe();
        loop {
            tokio::select! {
                _ = tokio::time::sleep(INBOX_SWEEP) => {}
                _ = stop.wait_for(|stop| *stop) => return,
            }
            if self.stopping() {
                return;
            }
            match self.service.store.take_retried(Channel::Telegram).await {
                Ok(retried) if !retried.is_empty() => {
                    tracing::info!(updates = retried.len(), "taking up updates given back to be handled again");
                    self.take_in(retried);
                }
                Ok(_) => {}
                Err(error) => tracing::warn!(%error, "inbox not read; will retry"),
            }
            if !self.shared {
                continue;
            }
            match self.service.store.inbox_pending(Channel::Telegram, 10_000).await {
                Ok(pending) => self.take_in(pending),
                Err(error) => tracing::warn!(%error, "inbox not read; will retry"),
            }
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
            // Short: a database back after an outage is used within seconds.
            wait = (wait * 2).min(Duration::from_secs(5));
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
                        let language = self.service.content().negotiate(language.as_deref());
                        let text = self.service.content().i18n.render(&language, &Text::msg("error-private-only"));
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
        let offered = matches!(input, crate::dialog::Input::Offered { .. });
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
                if first && self.apologized.tell(chat.0, std::time::Instant::now()) {
                    self.apologize(chat, &apology).await;
                }
                Processed::Retry
            }
            Err(TurnError::Failed { apology, reason }) => {
                if !self.parking.admit(std::time::Instant::now()) {
                    // Many updates failing for good at once is the database's fault, not
                    // theirs: they wait, as in an outage, instead of being set aside.
                    tracing::error!(reason, "many updates fail for good at once; not setting them aside, will retry");
                    if first && self.apologized.tell(chat.0, std::time::Instant::now()) {
                        self.apologize(chat, &apology).await;
                    }
                    return Processed::Retry;
                }
                // Told once per chat and while, and never for an offer they did not ask for.
                let tell = !offered && self.apologized.tell(chat.0, std::time::Instant::now());
                let notice = apology.replies.iter().filter(|_| tell).map(|reply| {
                    Message::Send { text: reply.text.clone(), buttons: Vec::new(), nav: Vec::new() }.to_outgoing(chat)
                });
                self.park(event, reason, notice.collect()).await
            }
        }
    }

    /// Sets an update aside that cannot be handled, with what it sends (the client is
    /// told): the chat goes on with its next update. Staff list and retry parked updates
    /// with `anlauf updates`.
    async fn park(self: &Arc<Self>, event: &InboxEvent, reason: &str, outbox: Vec<Outgoing>) -> Processed {
        tracing::error!(
            event = event.id,
            reason,
            "update set aside: handling it failed for good (anlauf updates list)"
        );
        match self.service.store.inbox_park(event.id, reason, &outbox, Utc::now()).await {
            Ok(ids) => {
                self.take_out(ids.into_iter().zip(outbox).map(|(id, o)| o.into_message(id)).collect());
                Processed::Done
            }
            Err(StoreError::AlreadyProcessed) => Processed::Done,
            Err(error) if error.permanent().is_some() => {
                // Not even setting it aside works: left pending for the next start, so
                // that the chat is not held up meanwhile.
                tracing::error!(event = event.id, %error, "update neither handled nor set aside; left for the next start");
                Processed::Done
            }
            Err(error) => {
                tracing::warn!(event = event.id, %error, hint = error.hint(), "update not set aside; will retry");
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
            Err(error) => match error.permanent() {
                Some(reason) if self.parking.admit(std::time::Instant::now()) => {
                    self.park(event, reason, Vec::new()).await
                }
                _ => {
                    tracing::warn!(event = event.id, %error, hint = error.hint(), "update not settled; will retry");
                    Processed::Retry
                }
            },
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

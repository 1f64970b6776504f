//! The imperative shell around the engine: load the conversation, run the engine, render
//! the replies, let the channel compose what to send, and save state, effects, the inbox
//! event and the outbox messages in one transaction.

mod booking;
pub mod directory;
mod record;
mod staff;

pub use staff::{BookingError, Notice};

use booking::{booking_reference, submitted};

use std::sync::Arc;

use chrono::{DateTime, Utc};

use crate::content::live::Live;
use crate::content::Content;
use crate::dialog::{engine, Command, Input, Outcome, Phase, State, Stored};
use crate::domain::{new_reference, Channel, Effect, Intake, Outgoing};
use crate::store::{Store, StoreError, Turn};
use crate::text::Text;

/// How often a turn is retried when another writer got there first, or when the random
/// reference number was already taken.
const ATTEMPTS: usize = 5;

#[derive(Clone)]
pub struct Service {
    /// The content in force: [`Service::content`] for a snapshot.
    pub live: Arc<Live>,
    pub store: Arc<dyn Store>,
    /// Rung when something outside a turn (a staff message) put a message in the outbox:
    /// this instance's sender looks at once instead of at its next sweep.
    pub outbox_news: Arc<tokio::sync::Notify>,
    /// Rung when staff changed the calendar: the waiting list is offered what came free
    /// at once instead of at its next round.
    pub calendar_news: Arc<tokio::sync::Notify>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct RenderedButton {
    pub label: String,
    pub data: String,
    /// The typed command that does the same, for navigation buttons.
    #[serde(skip)]
    pub command: Option<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderedReply {
    pub text: String,
    pub buttons: Vec<Vec<RenderedButton>>,
    pub nav: Vec<RenderedButton>,
    /// A file sent after the text (the calendar file of a booking).
    pub file: Option<RenderedFile>,
    /// Sent later (a reminder): when, and the topic that takes it back.
    pub later: Option<(DateTime<Utc>, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct RenderedFile {
    pub name: String,
    pub content: String,
}

#[derive(Debug, Clone)]
pub struct Handled {
    pub language: String,
    pub replies: Vec<RenderedReply>,
    /// The label of the pressed button, to show in place of the keyboard.
    pub chosen: Option<String>,
    /// The first reply redraws the message whose button was pressed.
    pub redraw: bool,
    /// An intake submitted in this turn.
    pub submitted: Option<Intake>,
    /// The client's data was erased in this turn (`/delete`): a channel deletes what it
    /// keeps outside the store too (the terminal's files).
    pub erased: bool,
}

/// One client input to apply, as a channel hands it over.
#[derive(Debug, Clone)]
pub struct TurnRequest<'a> {
    pub channel: Channel,
    pub user: &'a str,
    /// The client's language as the channel reports it (`de-AT`), for a first contact.
    pub language_hint: Option<&'a str>,
    pub input: Input,
    /// The inbox event this turn processes.
    pub inbox: Option<i64>,
    pub now: DateTime<Utc>,
}

/// A turn that was saved, with the outbox messages it wrote.
#[derive(Debug, Clone)]
pub struct Applied {
    pub handled: Handled,
    /// The messages written to the outbox, with their ids.
    pub outbox: Vec<(i64, Outgoing)>,
}

#[derive(Debug, Clone)]
pub enum TurnError {
    /// The inbox event was processed before: nothing to do, nothing to send.
    Duplicate,
    /// The turn could not be saved (the database is unreachable); nothing of it was
    /// applied. The apology is what to tell the client, once.
    Unavailable { apology: Box<Handled> },
    /// The turn failed for good, for a reason in its own data (see
    /// [`StoreError::permanent`]): trying again would fail again. Nothing of it was
    /// applied; the channel sets the update aside with `reason` and tells the client.
    Failed { apology: Box<Handled>, reason: &'static str },
}

impl Handled {
    fn quiet(language: String) -> Handled {
        Handled { language, replies: Vec::new(), chosen: None, redraw: false, submitted: None, erased: false }
    }
}

impl Service {
    pub fn new(content: Arc<Content>, store: Arc<dyn Store>) -> Service {
        Service {
            live: Arc::new(Live::new(content)),
            store,
            outbox_news: Arc::new(tokio::sync::Notify::new()),
            calendar_news: Arc::new(tokio::sync::Notify::new()),
        }
    }

    /// The content in force now; keep the snapshot for the whole of one piece of work, so
    /// that a directory change in between cannot mix two versions.
    pub fn content(&self) -> Arc<Content> {
        self.live.get()
    }

    /// A turn for a channel that draws the replies itself (the terminal): nothing is
    /// written to the outbox; if the store is down the apology comes back as the reply.
    pub async fn handle(
        &self,
        channel: Channel,
        user: &str,
        language_hint: Option<&str>,
        input: Input,
        now: DateTime<Utc>,
    ) -> Handled {
        let request = TurnRequest { channel, user, language_hint, input, inbox: None, now };
        match self.turn(&request, &|_| Vec::new()).await {
            Ok(applied) => applied.handled,
            Err(TurnError::Unavailable { apology } | TurnError::Failed { apology, .. }) => *apology,
            Err(TurnError::Duplicate) => Handled::quiet(self.content().negotiate(language_hint)),
        }
    }

    /// Applies one input. `compose` is the channel's part: what to send for what the
    /// dialogue answered, written to the outbox in the turn's transaction.
    pub async fn turn(
        &self,
        request: &TurnRequest<'_>,
        compose: &(dyn Fn(&Handled) -> Vec<Outgoing> + Sync),
    ) -> Result<Applied, TurnError> {
        let mut known_language = None;
        // A failure for good is tried once more with fresh reads (a concurrent change may
        // have caused it) before the turn is given up.
        let mut failed_once = false;
        for _ in 0..ATTEMPTS {
            match self.attempt(request, compose, &mut known_language).await {
                Ok(applied) => return Ok(applied),
                Err(StoreError::AlreadyProcessed) => return Err(TurnError::Duplicate),
                // A slot lost to a race: the next attempt reads fresh slots, and the
                // dialogue tells the client and offers the next free ones.
                Err(StoreError::Conflict | StoreError::DuplicateReference | StoreError::SlotTaken) => continue,
                Err(error) => {
                    tracing::error!(%error, hint = error.hint(), channel = request.channel.as_str(), "turn not saved");
                    if let Some(reason) = error.permanent() {
                        if !failed_once {
                            failed_once = true;
                            continue;
                        }
                        let language =
                            known_language.unwrap_or_else(|| self.content().negotiate(request.language_hint));
                        let apology = Box::new(self.notice(&language, "error-not-processed"));
                        return Err(TurnError::Failed { apology, reason });
                    }
                    break;
                }
            }
        }
        let language = known_language.unwrap_or_else(|| self.content().negotiate(request.language_hint));
        Err(TurnError::Unavailable { apology: Box::new(self.notice(&language, "error-temporary")) })
    }

    /// A reply that is only a message (an apology, a notice), in `language`.
    pub fn notice(&self, language: &str, id: &str) -> Handled {
        let text = self.content().i18n.render(language, &Text::msg(id));
        Handled {
            replies: vec![RenderedReply { text, buttons: Vec::new(), nav: Vec::new(), file: None, later: None }],
            ..Handled::quiet(language.to_owned())
        }
    }

    async fn attempt(
        &self,
        request: &TurnRequest<'_>,
        compose: &(dyn Fn(&Handled) -> Vec<Outgoing> + Sync),
        known_language: &mut Option<String>,
    ) -> Result<Applied, StoreError> {
        // One version of the content for the whole turn.
        let content = self.content();
        let loaded = self.store.load(request.channel, request.user).await?;
        let state = match &loaded.conversation {
            None => Stored::Fresh,
            Some(conversation) => State::from_json(&conversation.state),
        };
        if let Stored::State(s) = &state {
            *known_language = Some(s.language.clone());
        }
        let reference = new_reference(&mut rand::rng());
        // What booking needs, read only when the turn may need it.
        let asks = matches!(request.input, Input::Command(Command::Appointment));
        let shown = matches!(&state, Stored::State(s) if matches!(s.phase, Phase::Appointment { .. }) || s.appointment.is_some());
        let known = loaded.client.is_some() && (asks || shown);
        let appointments = match loaded.client {
            Some(client) if known => self.store.appointments(client, request.now).await?,
            _ => Vec::new(),
        };
        let own = booking_reference(&state, &content.flow).or_else(|| asks.then(|| submitted(&state)));
        let slots = match own {
            Some(own) => Some(self.free_slots(request.now, own).await?),
            None => None,
        };
        // What is stored about the client, read only when they ask for it.
        let record = match loaded.client {
            Some(client) if request.input == Input::Command(Command::MyData) => {
                Some(self.store.client_record(client).await?)
            }
            _ => None,
        };
        let mut env = content.env(request.now, &reference, loaded.intakes);
        env.record = record.as_ref();
        env.slots = slots.as_deref();
        env.appointments = &appointments;
        env.appointments_known = known;
        let first_language = content.negotiate(request.language_hint);
        if let Input::Text(text) = &request.input {
            let dialogue = match &state {
                Stored::State(s) => s.language.as_str(),
                _ => first_language.as_str(),
            };
            lexicons_ready(&content, dialogue, text).await;
        }
        let outcome = engine::handle(&env, state, request.input.clone(), &first_language);
        let state_json = outcome.state.as_ref().map(State::to_json);
        let export = outcome.export;
        let state_for_export = if export { outcome.state.clone() } else { None };
        let effects = outcome.effects.clone();
        let mut handled = self.render(&content, outcome, request.now);
        if export {
            if let Some(first) = handled.replies.first_mut() {
                first.file = Some(record::file(record.as_ref(), state_for_export.as_ref(), request.now));
            }
        }
        let outbox = compose(&handled);
        let turn = Turn {
            channel: request.channel,
            user: request.user,
            client: loaded.client,
            expected: loaded.conversation.as_ref().map(|c| c.version),
            state: state_json.as_deref(),
            effects: &effects,
            inbox: request.inbox,
            outbox: &outbox,
            unreachable: loaded.unreachable,
            now: request.now,
        };
        let ids = self.store.save_turn(&turn).await?;
        if effects.contains(&Effect::Erase) {
            // Appointments cancelled by an erasure are free for the waiting list.
            self.calendar_news.notify_one();
        }
        Ok(Applied { handled, outbox: ids.into_iter().zip(outbox).collect() })
    }

    fn render(&self, content: &Content, outcome: Outcome, now: DateTime<Utc>) -> Handled {
        let i18n = &content.i18n;
        let language = outcome.language;
        let button = |b: &crate::dialog::Button| RenderedButton {
            label: i18n.render(&language, &b.label),
            data: b.data.clone(),
            command: b.command,
        };
        let replies = outcome
            .replies
            .iter()
            .map(|reply| RenderedReply {
                text: i18n.render(&language, &reply.text),
                buttons: reply.buttons.iter().map(|row| row.iter().map(button).collect()).collect(),
                nav: reply.nav.iter().map(button).collect(),
                file: reply.calendar.as_ref().map(|booked| self.calendar_file(content, &language, booked, now)),
                later: reply.later.as_ref().map(|later| (later.at, later.topic.clone())),
            })
            .collect();
        let submitted = outcome.effects.iter().find_map(|e| match e {
            Effect::SubmitIntake(intake) => Some((**intake).clone()),
            _ => None,
        });
        Handled {
            chosen: outcome.chosen.map(|c| i18n.render(&language, &c)),
            replies,
            redraw: outcome.redraw,
            submitted,
            erased: outcome.effects.contains(&Effect::Erase),
            ..Handled::quiet(language)
        }
    }
}

/// Compiles the urgency lexicons a typed text will be read with (its dialogue's language
/// and the one it is written in) on a blocking thread, before the turn: the first text in
/// a language costs hundreds of regular expressions, which must not hold up a runtime
/// thread and the chats it serves.
async fn lexicons_ready(content: &Arc<Content>, dialogue: &str, text: &str) {
    let lexicons = &content.urgency.lexicons;
    let missing: Vec<String> = crate::triage::urgency::languages(dialogue, text)
        .iter()
        .filter(|code| !lexicons.is_compiled(code))
        .map(|code| (*code).to_owned())
        .collect();
    if missing.is_empty() {
        return;
    }
    let urgency = content.urgency.clone();
    let compiled = tokio::task::spawn_blocking(move || {
        for code in &missing {
            urgency.lexicons.get(code);
        }
    });
    if let Err(error) = compiled.await {
        tracing::warn!(%error, "urgency lexicons not compiled ahead; the turn compiles them");
    }
}

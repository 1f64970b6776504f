//! The imperative shell around the engine: load the conversation, run the engine,
//! save state and effects in one transaction, render the replies. Channels call
//! [`Service::handle`] and only draw what comes back.

use std::sync::Arc;

use chrono::{DateTime, Utc};

use crate::content::Content;
use crate::dialog::{engine, Input, Outcome, State, Stored};
use crate::domain::{new_reference, Channel, Intake};
use crate::store::{Store, StoreError};
use crate::text::Text;

/// How often a turn is retried when another writer got there first, or when the random
/// reference number was already taken.
const ATTEMPTS: usize = 5;

#[derive(Clone)]
pub struct Service {
    pub content: Arc<Content>,
    pub store: Arc<dyn Store>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderedButton {
    pub label: String,
    pub data: String,
    /// The typed command that does the same, for navigation buttons.
    pub command: Option<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderedReply {
    pub text: String,
    pub buttons: Vec<Vec<RenderedButton>>,
    pub nav: Vec<RenderedButton>,
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
    /// The turn could not be saved (the database is unreachable): the client was told
    /// to try again, and nothing of this turn was applied.
    pub failed: bool,
    /// The update was applied before: nothing to do, nothing to send.
    pub duplicate: bool,
}

/// One client input to apply, as a channel hands it over.
struct TurnRequest<'a> {
    channel: Channel,
    channel_user_id: &'a str,
    language_hint: Option<&'a str>,
    input: Input,
    update_id: Option<i64>,
    now: DateTime<Utc>,
}

impl Handled {
    /// A turn with nothing to show.
    fn quiet(language: String) -> Handled {
        Handled {
            language,
            replies: Vec::new(),
            chosen: None,
            redraw: false,
            submitted: None,
            failed: false,
            duplicate: false,
        }
    }
}

impl Service {
    pub fn new(content: Arc<Content>, store: Arc<dyn Store>) -> Service {
        Service { content, store }
    }

    pub async fn handle(
        &self,
        channel: Channel,
        channel_user_id: &str,
        language_hint: Option<&str>,
        input: Input,
        now: DateTime<Utc>,
    ) -> Handled {
        self.handle_update(channel, channel_user_id, language_hint, input, None, now).await
    }

    /// Like [`Service::handle`], applying the turn only if the Telegram update
    /// `update_id` was not applied before (it is recorded in the same transaction).
    pub async fn handle_update(
        &self,
        channel: Channel,
        channel_user_id: &str,
        language_hint: Option<&str>,
        input: Input,
        update_id: Option<i64>,
        now: DateTime<Utc>,
    ) -> Handled {
        let turn = TurnRequest { channel, channel_user_id, language_hint, input, update_id, now };
        let mut known_language = None;
        for _ in 0..ATTEMPTS {
            match self.attempt(&turn, &mut known_language).await {
                Ok(handled) => return handled,
                Err(StoreError::AlreadyProcessed) => {
                    return Handled { duplicate: true, ..Handled::quiet(known_language.unwrap_or_default()) };
                }
                Err(StoreError::Conflict | StoreError::DuplicateReference) => continue,
                Err(error) => {
                    tracing::error!(%error, hint = error.hint(), channel = channel.as_str(), "turn not saved");
                    break;
                }
            }
        }
        let language = known_language.unwrap_or_else(|| self.content.negotiate(language_hint));
        let text = self.content.i18n.render(&language, &Text::msg("error-temporary"));
        Handled {
            replies: vec![RenderedReply { text, buttons: Vec::new(), nav: Vec::new() }],
            failed: true,
            ..Handled::quiet(language)
        }
    }

    async fn attempt(
        &self,
        turn: &TurnRequest<'_>,
        known_language: &mut Option<String>,
    ) -> Result<Handled, StoreError> {
        let TurnRequest { channel, channel_user_id, language_hint, update_id, now, .. } = *turn;
        if let Some(update_id) = update_id {
            if self.store.update_seen(update_id).await? {
                return Err(StoreError::AlreadyProcessed);
            }
        }
        let client = self.store.client(channel, channel_user_id, now).await?;
        let stored = self.store.conversation(client).await?;
        let state = match &stored {
            None => Stored::Fresh,
            Some(conversation) => State::from_json(&conversation.state),
        };
        if let Stored::State(s) = &state {
            *known_language = Some(s.language.clone());
        }
        let reference = new_reference(&mut rand::rng());
        let env = self.content.env(now, &reference);
        let outcome = engine::handle(&env, state, turn.input.clone(), &self.content.negotiate(language_hint));
        let state_json = outcome.state.as_ref().map(State::to_json);
        self.store
            .save_turn(client, stored.map(|c| c.version), state_json.as_deref(), &outcome.effects, update_id, now)
            .await?;
        Ok(self.render(outcome))
    }

    fn render(&self, outcome: Outcome) -> Handled {
        let i18n = &self.content.i18n;
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
            })
            .collect();
        let submitted = outcome.effects.iter().find_map(|e| match e {
            crate::dialog::Effect::SubmitIntake(intake) => Some(intake.clone()),
            _ => None,
        });
        Handled {
            chosen: outcome.chosen.map(|c| i18n.render(&language, &c)),
            replies,
            redraw: outcome.redraw,
            submitted,
            ..Handled::quiet(language)
        }
    }
}

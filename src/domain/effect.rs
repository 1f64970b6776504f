//! What a turn asks the store to do besides saving the conversation's state, all in the
//! turn's one transaction: the effects of the dialogue and the messages to send.

use chrono::{DateTime, Utc};

use super::Intake;

/// What the dialogue decided beyond its own state.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// The client agreed to the consent text of this version, in this language.
    RecordConsent { version: String, language: String },
    /// Hand the intake to the staff queue, with the consent record it was given under.
    SubmitIntake(Box<Intake>),
    /// Consent was declined: erase the client and their conversation. Consent records
    /// of intakes already submitted stay, without the client.
    Forget,
}

/// A message the service promised to send: written to the outbox in the transaction of
/// the turn that caused it, so that it is sent even if the process dies right after.
#[derive(Debug, Clone, PartialEq)]
pub struct Outgoing {
    /// The channel's chat to send to.
    pub chat: String,
    /// What to send, in the channel's own terms (JSON the channel's sender reads).
    pub payload: serde_json::Value,
    /// Held back until then (reminders); `None`: at once.
    pub not_before: Option<DateTime<Utc>>,
}

//! What a turn asks the store to do besides saving the conversation's state, all in the
//! turn's one transaction: the effects of the dialogue and the messages to send.

use chrono::{DateTime, Utc};

use super::{Intake, Slot};

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
    /// The client asked for their data to be erased (`/delete`): the client, their
    /// conversation, answers and messages go; their requests stay only as anonymous
    /// statistics, marked erased for staff; future appointments are cancelled.
    Erase,
    /// Hold a slot for the client while they confirm (their earlier hold is let go).
    /// Taken already: the store says so, and the turn runs again with fresh slots.
    HoldSlot(Box<Hold>),
    /// Book the slot the client holds (or, the hold lapsed, still free).
    Book(Box<Hold>),
    /// Let go of the client's hold (they want another time).
    ReleaseHold { reference: String },
    /// Cancel a booked appointment and take back its reminders not yet sent.
    CancelBooking { reference: String, slot: Box<Slot> },
    /// Put the intake on the waiting list for appointments that fit.
    /// `interpreter_ok`: slots with an interpreter may be offered (not when the client
    /// chose to wait for a counsellor who speaks their language).
    JoinWaitlist {
        reference: String,
        languages: Vec<String>,
        topics: Vec<String>,
        office: Option<String>,
        interpreter_ok: bool,
    },
}

/// A slot held or booked for the intake with `reference`.
#[derive(Debug, Clone, PartialEq)]
pub struct Hold {
    pub reference: String,
    pub slot: Slot,
    /// When the hold lapses if not confirmed.
    pub until: DateTime<Utc>,
    /// The language an interpreter is asked for, when no counsellor speaks the client's.
    pub interpreter: Option<String>,
    pub languages: Vec<String>,
}

/// The outbox topic of one booking's reminders: cancelling it takes them back.
pub fn reminder_topic(reference: &str, slot: &Slot) -> String {
    format!("reminder:{reference}:{}@{}", slot.counsellor, slot.start.timestamp())
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
    /// What the message belongs to (`reminder:<reference>`): taken back together.
    pub topic: Option<String>,
}

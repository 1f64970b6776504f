//! The first-contact dialogue: the flow definition (data) and a pure engine over it.
//!
//! `engine::handle(env, stored_state, input)` returns an [`Outcome`]: the next state,
//! the replies to show (as message ids with arguments, never finished strings) and the
//! effects the shell must carry out in one transaction. No I/O, no clock: `now` and the
//! next reference number arrive in [`Env`].

mod action;
mod applies;
mod appointment;
pub use appointment::reminder_times;
mod booking;
pub mod engine;
pub mod flow;
mod help;
pub mod input;
pub mod labels;
mod navigate;
pub mod present;
pub(crate) mod record;
mod reply;
mod typed;

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::config::Config;
pub use crate::domain::Effect;
use crate::domain::{Answer, Languages};
use crate::text::Text;
pub use engine::handle;
pub use flow::{Flow, Step, StepKind};
pub use input::{Command, Input, MediaKind};
pub use labels::Labels;

/// Everything the engine may read besides the conversation itself.
pub struct Env<'a> {
    pub flow: &'a Flow,
    pub languages: &'a Languages,
    /// How button labels read in each language, to recognise a typed label.
    pub labels: &'a Labels,
    /// The urgency detector, run on every typed text.
    pub urgency: &'a crate::triage::urgency::Detector,
    /// Who is responsible, how soon, and where else to go.
    pub triage: &'a crate::triage::Triage,
    pub config: &'a Config,
    pub now: DateTime<Utc>,
    /// The reference number an intake submitted in this turn will get.
    pub new_reference: &'a str,
    /// Intakes this client submitted before: a refusal of consent now keeps them, and
    /// the client is told so.
    pub earlier_intakes: u32,
    /// Free slots, earliest first (the client's own hold counts as free): handed in by
    /// the shell while the conversation may book, `None` otherwise.
    pub slots: Option<&'a [crate::domain::Slot]>,
    /// The client's upcoming appointments: handed in when the client asks for them or
    /// the conversation shows one.
    pub appointments: &'a [crate::domain::Appointment],
    /// Whether `appointments` was read from the store this turn (empty then means none).
    pub appointments_known: bool,
    /// Per office whose way there is described (`office-<id>-directions`): in which
    /// languages, and the text to give in the others.
    pub directions: &'a std::collections::BTreeMap<String, Directions>,
    /// What is stored about the client: handed in when they ask for it (`/mydata`).
    pub record: Option<&'a crate::domain::record::ClientRecord>,
}

/// How to find an office, as the locales describe it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Directions {
    /// The languages it is written in.
    pub languages: std::collections::BTreeSet<String>,
    /// For a client whose language lacks it: the language it is given in instead (the
    /// organisation's default, else English) and the text, already in that language.
    pub fallback: Option<(String, String)>,
}

/// A conversation's state as the store returned it.
// One value per turn, moved once into the engine: boxing the state would buy nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone)]
pub enum Stored {
    /// First contact: nothing stored for this client yet.
    Fresh,
    State(State),
    /// A stored state that no longer parses (for example after an upgrade): the client
    /// gets an apology and starts again, never an error loop.
    Unreadable,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct State {
    pub flow_version: u32,
    pub language: String,
    pub phase: Phase,
    #[serde(default)]
    pub answers: BTreeMap<String, Answer>,
    /// Steps answered on the way here, for "back".
    #[serde(default)]
    pub history: Vec<String>,
    /// Counts questions asked; buttons carry it so that a stale button is recognised.
    pub turn: u32,
    /// Options ticked so far in the multiple-choice question on screen.
    #[serde(default)]
    pub selection: Vec<String>,
    #[serde(default)]
    pub return_to: Option<ReturnTo>,
    /// Steps answered before they were asked (an office from a deep link); skipped when
    /// moving forward, still changeable from the summary.
    #[serde(default)]
    pub prefilled: Vec<String>,
    /// The turn of the question answered last: a second tap on its buttons is told
    /// "already answered" once, without the current question being sent again.
    #[serde(default)]
    pub answered: Option<u32>,
    /// A shipped language the client wrote their own words in, offered (in that
    /// language) with each question until the next answer.
    #[serde(default)]
    pub offer: Option<String>,
    /// What an appointment must fit, kept from the submitted answers.
    #[serde(default)]
    pub wish: Option<Wish>,
    /// The appointment booked in this conversation.
    #[serde(default)]
    pub appointment: Option<crate::domain::Slot>,
    /// The appointment being moved: cancelled when the new one is booked.
    #[serde(default)]
    pub rescheduling: Option<crate::domain::Slot>,
    /// The form of appointment the client asked for (in person, by phone, video).
    #[serde(default)]
    pub format: Option<crate::domain::Format>,
    /// The language question shows every language, not only the likely ones.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub all_languages: bool,
    /// Urgency categories found in text that answered no question (a sentence typed at
    /// the date question): staff see them with the intake.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub noted: Vec<String>,
    /// The words behind [`State::noted`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub noted_words: Vec<String>,
}

/// What an appointment must fit: the languages the client can talk in, their topics,
/// the office they chose, and whether it is urgent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Wish {
    pub languages: Vec<String>,
    pub topics: Vec<String>,
    pub office: Option<String>,
    pub urgent: bool,
    /// The service the rules made responsible; its counsellors' slots only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "phase", rename_all = "snake_case")]
pub enum Phase {
    Asking {
        step: String,
    },
    ChoosingChange,
    Done {
        reference: String,
    },
    /// "Start again? Your answers so far will be deleted." — asked before answers are
    /// thrown away; `from` is where the client returns to on "no".
    ConfirmingRestart {
        office: Option<String>,
        from: Box<Phase>,
    },
    /// "Delete everything stored about you?" (`/delete`); `from` is where the client
    /// returns to on "no".
    ConfirmingErase {
        from: Box<Phase>,
    },
    /// Submitted: free appointments offered at `office` (the first that has any when
    /// `None`), those after `after` (the client asked for later ones).
    Booking {
        reference: String,
        #[serde(default)]
        office: Option<String>,
        #[serde(default)]
        after: Option<DateTime<Utc>>,
    },
    /// A slot held while the client confirms.
    Holding {
        reference: String,
        slot: crate::domain::Slot,
    },
    /// A booked appointment shown (`/appointment`): keep, move or cancel it.
    Appointment {
        reference: String,
        slot: crate::domain::Slot,
    },
}

/// Where to go after the current answer when it was asked out of order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReturnTo {
    Summary,
    Step(String),
    /// Back to the finished conversation with this reference.
    Done(String),
    /// Back to the appointments offered for this reference.
    Booking(String),
}

impl State {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("state serialises: it holds only strings, numbers and maps")
    }

    pub fn from_json(json: &str) -> Stored {
        match serde_json::from_str(json) {
            Ok(state) => Stored::State(state),
            Err(_) => Stored::Unreadable,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Button {
    pub label: Text,
    /// Compact, under Telegram's 64-byte callback limit: `<turn>:<action>`.
    pub data: String,
    /// The typed command that does the same (navigation buttons only).
    pub command: Option<&'static str>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Reply {
    pub text: Text,
    /// The answers to choose from, in rows; a typed number picks one (counted from 1).
    pub buttons: Vec<Vec<Button>>,
    /// "Back" and "start over": never picked by a typed number, so that a number typed
    /// as an answer cannot throw the client's answers away.
    pub nav: Vec<Button>,
    /// A booked appointment, sent along as a calendar file.
    pub calendar: Option<Booked>,
    /// Sent later, not now (a reminder): when, and the topic it is taken back by.
    pub later: Option<Later>,
}

/// When a reply is to be sent, if not at once.
#[derive(Debug, Clone, PartialEq)]
pub struct Later {
    pub at: DateTime<Utc>,
    pub topic: String,
}

/// A booked appointment, for the calendar file sent with the confirmation.
#[derive(Debug, Clone, PartialEq)]
pub struct Booked {
    pub reference: String,
    pub slot: crate::domain::Slot,
    /// The counsellor's first name.
    pub counsellor: String,
}

impl Reply {
    pub fn text(text: Text) -> Reply {
        Reply { text, buttons: Vec::new(), nav: Vec::new(), calendar: None, later: None }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// `None` when nothing may be kept (consent declined).
    pub state: Option<State>,
    /// The language to render the replies in.
    pub language: String,
    pub replies: Vec<Reply>,
    pub effects: Vec<Effect>,
    /// The label of the button the client pressed, so a channel can show the choice
    /// where the keyboard was.
    pub chosen: Option<Text>,
    /// The first reply redraws the question the client is answering (a ticked option in
    /// a multiple choice) rather than asking a new one.
    pub redraw: bool,
    /// The first reply is the client's data (`/mydata`): the shell sends it along as a file.
    pub export: bool,
}

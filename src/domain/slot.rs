//! An appointment slot: one counsellor, one office, a start and an end as UTC instants,
//! and how the appointment takes place. Shown in the office's time zone.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    InPerson,
    Phone,
    Video,
}

impl Format {
    pub const ALL: [Format; 3] = [Format::InPerson, Format::Phone, Format::Video];

    pub fn id(self) -> &'static str {
        match self {
            Format::InPerson => "in_person",
            Format::Phone => "phone",
            Format::Video => "video",
        }
    }

    pub fn parse(id: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.id() == id)
    }
}

/// A client on the waiting list: what an appointment must fit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Waiting {
    pub id: i64,
    pub reference: String,
    pub languages: Vec<String>,
    pub topics: Vec<String>,
    pub office: Option<String>,
    /// Slots offered and not taken: never offered again.
    pub passed: Vec<String>,
    /// Whether slots with an interpreter may be offered.
    pub interpreter_ok: bool,
    /// The client's id in the store, for the hold made for them.
    pub client: Option<i64>,
    /// Where the client writes from, to offer them a slot.
    pub channel: Option<(super::Channel, String)>,
}

/// A slot offered from the waiting list, as the inbox event that brings it to the
/// client's dialogue carries it: `{"anlauf_offer": {...}}`, never a channel's own update.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WaitlistOffer {
    pub reference: String,
    pub slot: Slot,
    pub until: DateTime<Utc>,
}

#[derive(Serialize, Deserialize)]
struct OfferEvent {
    anlauf_offer: WaitlistOffer,
}

impl WaitlistOffer {
    pub fn to_payload(&self) -> String {
        serde_json::to_string(&OfferEvent { anlauf_offer: self.clone() }).expect("an offer is plain data")
    }

    /// The offer an inbox event carries, if it is one.
    pub fn from_payload(payload: &str) -> Option<WaitlistOffer> {
        serde_json::from_str::<OfferEvent>(payload).ok().map(|e| e.anlauf_offer)
    }
}

/// How a slot is named among the passed ones: `counsellor@unix seconds`.
pub fn slot_key(slot: &Slot) -> String {
    format!("{}@{}", slot.counsellor, slot.start.timestamp())
}

/// A booked appointment of a client, upcoming.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Appointment {
    pub reference: String,
    pub slot: Slot,
    pub interpreter: Option<String>,
    /// The languages the client can talk in.
    pub languages: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Slot {
    pub counsellor: String,
    pub office: String,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub format: Format,
}

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

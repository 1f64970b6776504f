//! Everything stored about one client, as `/mydata` shows it to them: their consents,
//! their requests (with their answers) and their appointments. Not staff notes.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{Intake, Slot};

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClientRecord {
    pub consents: Vec<ConsentRecord>,
    pub requests: Vec<RequestRecord>,
    pub appointments: Vec<AppointmentRecord>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConsentRecord {
    pub text_version: String,
    pub language: String,
    pub given_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RequestRecord {
    /// The case's status (`new`, `claimed`, …, `closed`).
    pub status: String,
    pub intake: Intake,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AppointmentRecord {
    pub reference: String,
    pub slot: Slot,
    /// `booked`, `cancelled` or `no_show`.
    pub status: String,
}

//! The calendar file sent with a booking confirmation (RFC 5545, through `icalendar`):
//! one event in UTC, titled and described in the client's language, no personal data.

use chrono::{DateTime, Utc};
use icalendar::{Calendar, Component, Event, EventLike};

use crate::domain::Slot;

/// What the event says, already in the client's language.
pub struct Invitation<'a> {
    pub reference: &'a str,
    pub slot: &'a Slot,
    pub title: &'a str,
    /// Where: the office's name and address.
    pub location: &'a str,
    pub description: &'a str,
    pub now: DateTime<Utc>,
}

/// The file name clients see: the reference makes it unique on their phone.
pub fn file_name(reference: &str) -> String {
    format!("termin-{reference}.ics")
}

/// A calendar with the one event.
pub fn calendar(invitation: &Invitation) -> String {
    let slot = invitation.slot;
    let uid = format!("{}-{}-{}@anlauf", invitation.reference, slot.counsellor, slot.start.timestamp());
    let event = Event::new()
        .uid(&uid)
        .summary(invitation.title)
        .location(invitation.location)
        .description(invitation.description)
        .starts(slot.start)
        .ends(slot.end)
        .timestamp(invitation.now)
        .done();
    Calendar::new().name(invitation.title).push(event).done().to_string()
}

/// One entry of a counsellor's calendar feed: a reference and a title, nothing else.
pub struct FeedEntry<'a> {
    pub reference: &'a str,
    pub slot: &'a Slot,
    /// "Termin K7QM-2XPD: Wohnen (vorgemerkt)": reference, topics, status.
    pub title: String,
}

/// A counsellor's calendar: their bookings and holds, no names and no free text.
pub fn feed(name: &str, entries: &[FeedEntry], now: DateTime<Utc>) -> String {
    let mut calendar = Calendar::new().name(name).done();
    for entry in entries {
        let uid = format!("{}-{}-{}@anlauf", entry.reference, entry.slot.counsellor, entry.slot.start.timestamp());
        calendar.push(
            Event::new()
                .uid(&uid)
                .summary(&entry.title)
                .starts(entry.slot.start)
                .ends(entry.slot.end)
                .timestamp(now)
                .done(),
        );
    }
    calendar.to_string()
}

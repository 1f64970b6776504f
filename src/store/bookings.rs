//! Holds, bookings and the waiting list.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::{ClientId, Done, InboxEvent, NewEvent, StoreError};
use crate::domain::{Channel, Outgoing};

/// A slot taken: booked, or held and not yet lapsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TakenSlot {
    pub counsellor: String,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
}

/// A booking or hold as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct BookingRow {
    pub id: i64,
    pub reference: String,
    pub slot: crate::domain::Slot,
    pub status: String,
    pub held_until: Option<DateTime<Utc>>,
    pub interpreter: Option<String>,
    pub languages: Vec<String>,
}

/// Holds and bookings; a slot is held or booked at most once (a unique index).
#[async_trait]
pub trait Bookings: Send + Sync {
    /// Slots overlapping `from..until` that are booked, or held and not lapsed at `now`
    /// (the holds of `except`, the client's own, left out).
    async fn taken(
        &self,
        from: DateTime<Utc>,
        until: DateTime<Utc>,
        now: DateTime<Utc>,
        except: Option<&str>,
    ) -> Result<Vec<TakenSlot>, StoreError>;

    /// Holds a slot on its own (outside a turn): [`StoreError::SlotTaken`] if it is.
    async fn hold(&self, hold: &crate::domain::Hold, now: DateTime<Utc>) -> Result<i64, StoreError>;

    /// The holds and bookings of an intake, newest first.
    async fn bookings_of(&self, reference: &str) -> Result<Vec<BookingRow>, StoreError>;

    /// Bookings and holds that count for the calendar in `from..until`: booked, held and
    /// not lapsed at `now`, or marked as missed; earliest first.
    async fn calendar(
        &self,
        from: DateTime<Utc>,
        until: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<Vec<BookingRow>, StoreError>;

    /// Cancels a booked appointment by staff: its reminders are taken back and `notice`
    /// (telling the client) is written to the outbox, in one transaction. `false` if it
    /// was not booked.
    async fn cancel_booking(
        &self,
        id: i64,
        channel: Channel,
        notice: &[Outgoing],
        actor: &str,
        done: &Done<'_>,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError>;

    /// Books `hold.slot` for an intake's client on staff's word, in one transaction:
    /// the intake's booked appointment `moved` (if any) is cancelled with its reminders,
    /// `outbox` (the notice, the new reminders) is written for any sender, and the case
    /// records the booking by `actor`. [`StoreError::SlotTaken`] if the slot went.
    async fn staff_book(
        &self,
        hold: &crate::domain::Hold,
        moved: Option<&crate::domain::Slot>,
        outbox: (Channel, &[Outgoing]),
        actor: &str,
        done: &Done<'_>,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError>;

    /// Marks a booked appointment as missed (the client did not come). `false` if it was
    /// not booked.
    async fn mark_no_show(&self, id: i64, done: &Done<'_>, now: DateTime<Utc>) -> Result<bool, StoreError>;

    /// How many appointments the client of this intake missed, over all their requests.
    async fn no_shows(&self, reference: &str) -> Result<i64, StoreError>;

    /// The channel and user an intake's client writes through, while the client exists.
    async fn client_of(&self, reference: &str) -> Result<Option<(Channel, String)>, StoreError>;

    /// A counsellor's bookings and holds (not lapsed at `now`) in `from..until`, each
    /// with the topics of its intake: what their calendar feed shows.
    async fn counsellor_calendar(
        &self,
        counsellor: &str,
        from: DateTime<Utc>,
        until: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<Vec<(BookingRow, Vec<String>)>, StoreError>;

    /// Who waits, first come first: offers that lapsed by `now` go back to waiting,
    /// their slot passed over.
    async fn waiting(&self, now: DateTime<Utc>) -> Result<Vec<crate::domain::Waiting>, StoreError>;

    /// Offers a slot to a waiting client: holds it until `hold.until`, marks them
    /// offered, and stores `event` in their channel's inbox (the offer, for the dialogue),
    /// in one transaction; [`StoreError::SlotTaken`] if the slot went meanwhile.
    async fn offer_waiting(
        &self,
        waiting: &crate::domain::Waiting,
        hold: &crate::domain::Hold,
        event: &NewEvent,
        now: DateTime<Utc>,
    ) -> Result<Option<InboxEvent>, StoreError>;

    /// A client's booked appointments that start after `now`, soonest first.
    async fn appointments(
        &self,
        client: ClientId,
        now: DateTime<Utc>,
    ) -> Result<Vec<crate::domain::Appointment>, StoreError>;
}

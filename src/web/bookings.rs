//! A case's appointments on its page: cancel one (the client is told in their
//! language, its reminders taken back, the slot free for the waiting list) or mark one
//! that has begun as missed.

use chrono::Utc;

use super::auth::Signed;
use super::Web;
use crate::store::{BookingRow, QueueEntry, StoreError};
use crate::text::Text;

/// A booking as the case page shows it.
pub struct BookingView {
    pub id: i64,
    pub line: String,
    pub interpreter: Option<String>,
    /// Booked (not held, cancelled or missed): it can be cancelled.
    pub booked: bool,
    /// Booked and begun: it can be marked as missed.
    pub begun: bool,
}

pub fn views(web: &Web, rows: &[BookingRow]) -> Vec<BookingView> {
    let content = &web.service.content;
    let now = Utc::now();
    rows.iter()
        .map(|row| BookingView {
            id: row.id,
            line: crate::staff::bookings::booking_line(content, row),
            interpreter: crate::staff::bookings::interpreter_line(content, row),
            booked: row.status == "booked",
            begun: row.status == "booked" && row.slot.start <= now,
        })
        .collect()
}

pub enum NotDone {
    Refused(Text),
    Store(StoreError),
}

impl From<StoreError> for NotDone {
    fn from(error: StoreError) -> NotDone {
        NotDone::Store(error)
    }
}

async fn booked(web: &Web, entry: &QueueEntry, id: Option<i64>) -> Result<BookingRow, NotDone> {
    let rows = web.service.store.bookings_of(&entry.reference).await?;
    rows.into_iter()
        .find(|r| Some(r.id) == id && r.status == "booked")
        .ok_or(NotDone::Refused(Text::msg("web-booking-not-booked")))
}

/// Cancels a booked appointment of this case.
pub async fn cancel(web: &Web, signed: &Signed, entry: &QueueEntry, id: Option<i64>) -> Result<(), NotDone> {
    let row = booked(web, entry, id).await?;
    let store = &web.service.store;
    let client = store.client_of(&entry.reference).await?;
    let (channel, notice) = crate::channel::telegram::cancellation_notice(
        &web.service.content,
        client,
        Some(entry.summary.language.clone()),
    );
    if !store.cancel_booking(row.id, channel, &notice, Utc::now()).await? {
        return Err(NotDone::Refused(Text::msg("web-booking-not-booked")));
    }
    web.service.outbox_news.notify_one();
    web.service.calendar_news.notify_one();
    let _ = store.audit(&signed.audit("booking_cancel", Some(&entry.reference), None)).await;
    Ok(())
}

/// Marks a booked appointment that has begun as missed.
pub async fn no_show(web: &Web, signed: &Signed, entry: &QueueEntry, id: Option<i64>) -> Result<(), NotDone> {
    let row = booked(web, entry, id).await?;
    if row.slot.start > Utc::now() {
        return Err(NotDone::Refused(Text::msg("web-booking-not-begun")));
    }
    let store = &web.service.store;
    if !store.mark_no_show(row.id, Utc::now()).await? {
        return Err(NotDone::Refused(Text::msg("web-booking-not-booked")));
    }
    let _ = store.audit(&signed.audit("booking_no_show", Some(&entry.reference), None)).await;
    Ok(())
}

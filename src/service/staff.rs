//! What staff do to a case, for the dashboard and the terminal alike: the action, its
//! audit line and (from a form) the form's key, in one transaction.

use chrono::{DateTime, Utc};

use super::Service;
use crate::domain::{CaseAction, Channel, Outgoing};
use crate::store::{AuditEntry, BookingRow, Done, IntakeKey, QueueEntry, QueueFilter, StoreError};

/// Why staff could not change an appointment, or the store's failure.
#[derive(Debug)]
pub enum BookingError {
    /// The case has no booked appointment (with that number).
    NotBooked,
    /// A no-show marked before the appointment began.
    NotBegun(BookingRow),
    Store(StoreError),
}

impl From<StoreError> for BookingError {
    fn from(error: StoreError) -> BookingError {
        BookingError::Store(error)
    }
}

/// The message that tells a client of a cancellation, made by the channel: for the
/// client's channel and user (if they still exist) and the language of their request.
pub type Notice<'a> = &'a (dyn Fn(Option<(Channel, String)>, Option<String>) -> (Channel, Vec<Outgoing>) + Sync);

/// The audit line of a case action: the case (by reference) is named by the store.
fn case_audit(actor: &str, action: &CaseAction, now: DateTime<Utc>) -> AuditEntry {
    AuditEntry {
        at: now,
        actor: actor.to_owned(),
        action: action.name().to_owned(),
        subject: None,
        detail: action.audit_detail(),
    }
}

fn audit(actor: &str, action: &str, reference: &str, now: DateTime<Utc>) -> AuditEntry {
    AuditEntry {
        at: now,
        actor: actor.to_owned(),
        action: action.to_owned(),
        subject: Some(reference.to_owned()),
        detail: None,
    }
}

impl Service {
    /// `actor` acts on the case `key`; `form`: the key of the form that asked (a form
    /// sent twice gives [`StoreError::AlreadyDone`] and changes nothing). The audit line
    /// names the action, the case's reference and a detail that is never anyone's words.
    pub async fn staff_act(
        &self,
        actor: &str,
        key: &IntakeKey,
        action: &CaseAction,
        form: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<QueueEntry, StoreError> {
        let audit = case_audit(actor, action, now);
        self.store.act_done(key, actor, action, &Done::new(&audit, form), now).await
    }

    /// `actor` claims the next new case `filter` lets through until `until`, audited as
    /// [`Service::staff_act`]; `None`: nothing to claim.
    pub async fn staff_claim_next(
        &self,
        actor: &str,
        filter: &QueueFilter,
        now: DateTime<Utc>,
        until: DateTime<Utc>,
    ) -> Result<Option<QueueEntry>, StoreError> {
        let audit = case_audit(actor, &CaseAction::Claim { until }, now);
        self.store.claim_next_done(actor, filter, &Done::new(&audit, None), now, until).await
    }

    /// The case's booked appointment: the one numbered `id`, or without a number the one
    /// booked.
    pub async fn booked(&self, reference: &str, id: Option<i64>) -> Result<BookingRow, BookingError> {
        let rows = self.store.bookings_of(reference).await?;
        rows.into_iter()
            .find(|row| row.status == "booked" && id.is_none_or(|id| row.id == id))
            .ok_or(BookingError::NotBooked)
    }

    /// Cancels a case's booked appointment on staff's word: the client is told (`notice`),
    /// its reminders go, the case records it, with the audit line and the form's key, in
    /// one transaction.
    pub async fn staff_cancel(
        &self,
        actor: &str,
        reference: &str,
        id: Option<i64>,
        notice: Notice<'_>,
        form: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<BookingRow, BookingError> {
        let row = self.booked(reference, id).await?;
        let client = self.store.client_of(reference).await?;
        let case = self.store.intake(&IntakeKey::Reference(reference.to_owned()), now).await?;
        let (channel, told) = notice(client, case.map(|c| c.summary.language));
        let audit = audit(actor, "booking_cancel", reference, now);
        if !self.store.cancel_booking(row.id, channel, &told, actor, &Done::new(&audit, form), now).await? {
            return Err(BookingError::NotBooked);
        }
        self.outbox_news.notify_one();
        self.calendar_news.notify_one();
        Ok(row)
    }

    /// Marks a case's booked appointment as missed, once it has begun, with the audit
    /// line and the form's key.
    pub async fn staff_no_show(
        &self,
        actor: &str,
        reference: &str,
        id: Option<i64>,
        form: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<BookingRow, BookingError> {
        let row = self.booked(reference, id).await?;
        if row.slot.start > now {
            return Err(BookingError::NotBegun(row));
        }
        let audit = audit(actor, "booking_no_show", reference, now);
        if !self.store.mark_no_show(row.id, &Done::new(&audit, form), now).await? {
            return Err(BookingError::NotBooked);
        }
        Ok(row)
    }
}

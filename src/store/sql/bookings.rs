//! Holds and bookings, and the waiting list: the state changes of an appointment (hold,
//! book, release, cancel, no-show, offer), each a function here. That a slot is taken at
//! most once is the unique index's word (`bookings_one_active_per_slot`), not a check
//! made here: a lost race is a unique violation (on PostgreSQL the insert waits for a
//! concurrent one to commit), reported as [`StoreError::SlotTaken`]. That the holds and
//! the waiting-list entry of one intake change one transaction at a time is SQLite's
//! single writer, and on PostgreSQL a lock on the intake's reference.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use sqlx::{Row, Transaction};

use super::outbox::write_outbox;
use super::{Db, Row as DbRow, SqlStore, DIALECT};
use crate::domain::CaseAction;
use crate::domain::{reminder_topic, Appointment, Channel, Format, Hold, Outgoing, Slot, Waiting};
use crate::store::dialect::sql;
use crate::store::shared::{is_unique_violation, json};
use crate::store::{BookingRow, Bookings, ClientId, Done, InboxEvent, IntakeKey, NewEvent, StoreError, TakenSlot};

const BOOKING_COLUMNS: &str = "id, reference, counsellor, office, starts_at, ends_at, format, status, held_until, \
                               interpreter, languages::text AS languages";

/// The lock space of references ("anlf").
const REFERENCE_LOCK: i32 = 0x616e_6c66;

/// Locks an intake's reference until the transaction ends: its holds, its booking and
/// its waiting-list entry change in one transaction at a time (a turn and an offer from
/// the waiting list to the same client, say), so that it keeps one hold and one entry.
pub(super) async fn lock_reference(tx: &mut Transaction<'_, Db>, reference: &str) -> Result<(), StoreError> {
    Ok(super::lock(tx, REFERENCE_LOCK, reference).await?)
}

/// Marks lapsed holds of this slot expired, so that the slot can be taken again. Two
/// transactions expiring one hold: the second waits for the first, then finds it expired.
async fn expire_lapsed(tx: &mut Transaction<'_, Db>, slot: &Slot, now: DateTime<Utc>) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE bookings SET status = 'expired', updated_at = $1
         WHERE counsellor = $2 AND starts_at = $3 AND status = 'held' AND held_until < $1",
    )
    .bind(now)
    .bind(&slot.counsellor)
    .bind(slot.start)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Lets go of the holds of an intake (a client holds one slot at a time).
pub(super) async fn release(
    tx: &mut Transaction<'_, Db>,
    reference: &str,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    sqlx::query("UPDATE bookings SET status = 'released', updated_at = $1 WHERE reference = $2 AND status = 'held'")
        .bind(now)
        .bind(reference)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

async fn insert(
    tx: &mut Transaction<'_, Db>,
    client: Option<ClientId>,
    hold: &Hold,
    status: &str,
    now: DateTime<Utc>,
) -> Result<i64, StoreError> {
    let slot = &hold.slot;
    sqlx::query_scalar(sql!(
        "INSERT INTO bookings (reference, client_id, counsellor, office, starts_at, ends_at, format, status,
                               held_until, interpreter, languages, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12, $12) RETURNING id"
    ))
    .bind(&hold.reference)
    .bind(client.map(|c| c.0))
    .bind(&slot.counsellor)
    .bind(&slot.office)
    .bind(slot.start)
    .bind(slot.end)
    .bind(slot.format.id())
    .bind(status)
    .bind((status == "held").then_some(hold.until))
    .bind(&hold.interpreter)
    .bind(json(&hold.languages)?)
    .bind(now)
    .fetch_one(&mut **tx)
    .await
    .map_err(|e| if is_unique_violation(&e) { StoreError::SlotTaken } else { e.into() })
}

/// Holds a slot for an intake, letting go of its earlier hold.
pub(super) async fn hold_in(
    tx: &mut Transaction<'_, Db>,
    client: Option<ClientId>,
    hold: &Hold,
    now: DateTime<Utc>,
) -> Result<i64, StoreError> {
    lock_reference(tx, &hold.reference).await?;
    release(tx, &hold.reference, now).await?;
    expire_lapsed(tx, &hold.slot, now).await?;
    insert(tx, client, hold, "held", now).await
}

/// Books the slot an intake holds; a lapsed hold books the slot if it is still free.
pub(super) async fn book_in(
    actor: &str,
    tx: &mut Transaction<'_, Db>,
    client: Option<ClientId>,
    hold: &Hold,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let slot = &hold.slot;
    lock_reference(tx, &hold.reference).await?;
    let booked = sqlx::query(
        "UPDATE bookings SET status = 'booked', held_until = NULL, client_id = COALESCE(client_id, $1), updated_at = $2
         WHERE reference = $3 AND counsellor = $4 AND starts_at = $5 AND status = 'held'",
    )
    .bind(client.map(|c| c.0))
    .bind(now)
    .bind(&hold.reference)
    .bind(&slot.counsellor)
    .bind(slot.start)
    .execute(&mut **tx)
    .await?
    .rows_affected();
    if booked == 0 {
        // The hold was let go or marked expired: the slot is the client's if still free.
        expire_lapsed(tx, slot, now).await?;
        insert(tx, client, hold, "booked", now).await?;
    }
    release(tx, &hold.reference, now).await?;
    sqlx::query(
        "UPDATE waitlist SET status = 'booked', updated_at = $1 WHERE reference = $2 AND status IN ('waiting', 'offered')",
    )
    .bind(now)
    .bind(&hold.reference)
    .execute(&mut **tx)
    .await?;
    case_moves(tx, &hold.reference, actor, &CaseAction::Booked, now).await
}

/// The case of an intake follows its appointment (a hold without an intake has none).
async fn case_moves(
    tx: &mut Transaction<'_, Db>,
    reference: &str,
    actor: &str,
    action: &CaseAction,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    match super::queue::act_in(tx, &IntakeKey::Reference(reference.to_owned()), actor, action, now).await {
        Ok(_) | Err(StoreError::NotFound) => Ok(()),
        Err(error) => Err(error),
    }
}

/// Cancels a booked slot and takes back its reminders not yet sent.
pub(super) async fn cancel(
    actor: &str,
    tx: &mut Transaction<'_, Db>,
    reference: &str,
    slot: &Slot,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let cancelled = sqlx::query(
        "UPDATE bookings SET status = 'cancelled', updated_at = $1
         WHERE reference = $2 AND counsellor = $3 AND starts_at = $4 AND status = 'booked'",
    )
    .bind(now)
    .bind(reference)
    .bind(&slot.counsellor)
    .bind(slot.start)
    .execute(&mut **tx)
    .await?
    .rows_affected();
    if cancelled > 0 {
        sqlx::query("DELETE FROM channel_outbox WHERE topic = $1 AND sent_at IS NULL")
            .bind(reminder_topic(reference, slot))
            .execute(&mut **tx)
            .await?;
        case_moves(tx, reference, actor, &CaseAction::Unbooked, now).await?;
    }
    Ok(())
}

/// The slot of a row of `bookings`.
pub(super) fn slot(row: &DbRow) -> Result<Slot, StoreError> {
    let format: String = row.try_get("format")?;
    Ok(Slot {
        counsellor: row.try_get("counsellor")?,
        office: row.try_get("office")?,
        start: row.try_get("starts_at")?,
        end: row.try_get("ends_at")?,
        format: Format::parse(&format).ok_or_else(|| StoreError::Corrupt(format!("booking format '{format}'")))?,
    })
}

/// From a row whose `languages` was read as text.
fn booking_row(row: &DbRow) -> Result<BookingRow, StoreError> {
    let languages: String = row.try_get("languages")?;
    Ok(BookingRow {
        id: row.try_get("id")?,
        reference: row.try_get("reference")?,
        slot: slot(row)?,
        status: row.try_get("status")?,
        held_until: row.try_get("held_until")?,
        interpreter: row.try_get("interpreter")?,
        languages: serde_json::from_str(&languages).map_err(|e| StoreError::Corrupt(format!("languages: {e}")))?,
    })
}

#[async_trait]
impl Bookings for SqlStore {
    async fn taken(
        &self,
        from: DateTime<Utc>,
        until: DateTime<Utc>,
        now: DateTime<Utc>,
        except: Option<&str>,
    ) -> Result<Vec<TakenSlot>, StoreError> {
        let rows = sqlx::query(sql!("SELECT counsellor, starts_at, ends_at FROM bookings
             WHERE starts_at < $1 AND ends_at > $2
               AND (status = 'booked' OR (status = 'held' AND held_until >= $3 AND reference IS DISTINCT FROM $4::text))"))
        .bind(until)
        .bind(from)
        .bind(now)
        .bind(except)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(TakenSlot {
                    counsellor: row.try_get("counsellor")?,
                    start: row.try_get("starts_at")?,
                    end: row.try_get("ends_at")?,
                })
            })
            .collect()
    }

    async fn hold(&self, hold: &Hold, now: DateTime<Utc>) -> Result<i64, StoreError> {
        let mut tx = super::begin_write(&self.pool).await?;
        let id = hold_in(&mut tx, None, hold, now).await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn appointments(&self, client: ClientId, now: DateTime<Utc>) -> Result<Vec<Appointment>, StoreError> {
        let sql = format!(
            "SELECT {BOOKING_COLUMNS} FROM bookings
             WHERE client_id = $1 AND status = 'booked' AND starts_at > $2 ORDER BY starts_at"
        );
        let rows = sqlx::query(&DIALECT.statement(&sql)).bind(client.0).bind(now).fetch_all(&self.pool).await?;
        rows.iter()
            .map(|row| {
                let booked = booking_row(row)?;
                Ok(Appointment {
                    reference: booked.reference,
                    slot: booked.slot,
                    interpreter: booked.interpreter,
                    languages: booked.languages,
                })
            })
            .collect()
    }

    async fn calendar(
        &self,
        from: DateTime<Utc>,
        until: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<Vec<BookingRow>, StoreError> {
        let sql = format!(
            "SELECT {BOOKING_COLUMNS} FROM bookings
             WHERE starts_at >= $1 AND starts_at < $2
               AND (status IN ('booked', 'no_show') OR (status = 'held' AND held_until >= $3))
             ORDER BY starts_at, counsellor"
        );
        let rows = sqlx::query(&DIALECT.statement(&sql)).bind(from).bind(until).bind(now).fetch_all(&self.pool).await?;
        rows.iter().map(booking_row).collect()
    }

    async fn waiting(&self, now: DateTime<Utc>) -> Result<Vec<Waiting>, StoreError> {
        let mut tx = super::begin_write(&self.pool).await?;
        // Lapsed offers: back to waiting, the slot they were offered passed over. Locked
        // as read (in one order, against deadlocks), so that a concurrent call waits and
        // then finds them waiting again, and passes nobody's slot over twice.
        let lapsed = sqlx::query(sql!(
            "SELECT id, offered_counsellor, offered_start FROM waitlist
             WHERE status = 'offered' AND offered_until < $1 ORDER BY id FOR UPDATE"
        ))
        .bind(now)
        .fetch_all(&mut *tx)
        .await?;
        for row in &lapsed {
            let counsellor: Option<String> = row.try_get("offered_counsellor")?;
            let start: Option<DateTime<Utc>> = row.try_get("offered_start")?;
            let key = counsellor.zip(start).map(|(c, s)| format!("{c}@{}", s.timestamp())).unwrap_or_default();
            let sql = format!(
                "UPDATE waitlist SET status = 'waiting', passed = {}, updated_at = $2 WHERE id = $3",
                DIALECT.array_push("passed", "$1")
            );
            sqlx::query(&sql).bind(key).bind(now).bind(row.try_get::<i64, _>("id")?).execute(&mut *tx).await?;
        }
        let rows = sqlx::query(sql!(
            "SELECT w.id, w.reference, w.languages::text AS languages, w.topics::text AS topics, w.office,
                    w.passed::text AS passed, w.interpreter_ok, w.client_id, c.channel, c.channel_user_id
             FROM waitlist w LEFT JOIN clients c ON c.id = w.client_id
             WHERE w.status = 'waiting' ORDER BY w.created_at, w.id"
        ))
        .fetch_all(&mut *tx)
        .await?;
        tx.commit().await?;
        let list = |row: &DbRow, name: &str| -> Result<Vec<String>, StoreError> {
            let text: String = row.try_get(name)?;
            serde_json::from_str(&text).map_err(|e| StoreError::Corrupt(format!("waitlist {name}: {e}")))
        };
        rows.iter()
            .map(|row| {
                let channel: Option<String> = row.try_get("channel")?;
                let user: Option<String> = row.try_get("channel_user_id")?;
                Ok(Waiting {
                    id: row.try_get("id")?,
                    reference: row.try_get("reference")?,
                    languages: list(row, "languages")?,
                    topics: list(row, "topics")?,
                    office: row.try_get("office")?,
                    passed: list(row, "passed")?,
                    interpreter_ok: row.try_get("interpreter_ok")?,
                    client: row.try_get("client_id")?,
                    channel: channel.as_deref().and_then(Channel::parse).zip(user),
                })
            })
            .collect()
    }

    async fn offer_waiting(
        &self,
        waiting: &Waiting,
        hold: &Hold,
        event: &NewEvent,
        now: DateTime<Utc>,
    ) -> Result<Option<InboxEvent>, StoreError> {
        let Some((channel, _)) = &waiting.channel else { return Ok(None) };
        let mut tx = super::begin_write(&self.pool).await?;
        // Before the entry: a turn booking for this intake locks the reference first too.
        lock_reference(&mut tx, &waiting.reference).await?;
        let offered = sqlx::query(
            "UPDATE waitlist SET status = 'offered', offered_until = $1, offered_counsellor = $2, offered_start = $3,
                                 updated_at = $4
             WHERE id = $5 AND status = 'waiting'",
        )
        .bind(hold.until)
        .bind(&hold.slot.counsellor)
        .bind(hold.slot.start)
        .bind(now)
        .bind(waiting.id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if offered == 0 {
            // Another instance offered them something first.
            return Ok(None);
        }
        hold_in(&mut tx, waiting.client.map(ClientId), hold, now).await?;
        let stored = super::ledger::inbox_insert(&mut tx, *channel, event, now).await?;
        // Offered this slot before (the event is known): nothing changes.
        if stored.is_some() {
            tx.commit().await?;
        }
        Ok(stored)
    }

    async fn counsellor_calendar(
        &self,
        counsellor: &str,
        from: DateTime<Utc>,
        until: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<Vec<(BookingRow, Vec<String>)>, StoreError> {
        let rows = sqlx::query(sql!("SELECT b.id, b.reference, b.counsellor, b.office, b.starts_at, b.ends_at, b.format, b.status, b.held_until,
                    b.interpreter, b.languages::text AS languages, i.topics::text AS topics
             FROM bookings b LEFT JOIN intakes i ON i.reference = b.reference
             WHERE b.counsellor = $1 AND b.starts_at >= $2 AND b.starts_at < $3
               AND (b.status = 'booked' OR (b.status = 'held' AND b.held_until >= $4))
             ORDER BY b.starts_at"))
        .bind(counsellor)
        .bind(from)
        .bind(until)
        .bind(now)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                let topics: Option<String> = row.try_get("topics")?;
                let topics = topics.and_then(|t| serde_json::from_str(&t).ok()).unwrap_or_default();
                Ok((booking_row(row)?, topics))
            })
            .collect()
    }

    async fn cancel_booking(
        &self,
        id: i64,
        channel: Channel,
        notice: &[Outgoing],
        actor: &str,
        done: &Done<'_>,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let mut tx = super::begin_write(&self.pool).await?;
        super::done::record(&mut tx, done, now).await?;
        let row = sqlx::query(
            "UPDATE bookings SET status = 'cancelled', updated_at = $1 WHERE id = $2 AND status = 'booked'
             RETURNING reference, counsellor, office, starts_at, ends_at, format",
        )
        .bind(now)
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(row) = row else { return Ok(false) };
        let reference: String = row.try_get("reference")?;
        let slot = Slot {
            counsellor: row.try_get("counsellor")?,
            office: row.try_get("office")?,
            start: row.try_get("starts_at")?,
            end: row.try_get("ends_at")?,
            format: Format::InPerson,
        };
        sqlx::query("DELETE FROM channel_outbox WHERE topic = $1 AND sent_at IS NULL")
            .bind(reminder_topic(&reference, &slot))
            .execute(&mut *tx)
            .await?;
        // A staff command: the notice goes out with the next sweep of a running instance.
        write_outbox(&mut tx, channel, notice, now, crate::store::Sender::Any).await?;
        case_moves(&mut tx, &reference, actor, &CaseAction::Unbooked, now).await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn staff_book(
        &self,
        hold: &Hold,
        moved: Option<&Slot>,
        (channel, outbox): (Channel, &[Outgoing]),
        actor: &str,
        done: &Done<'_>,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let mut tx = super::begin_write(&self.pool).await?;
        super::done::record(&mut tx, done, now).await?;
        if let Some(old) = moved {
            cancel(actor, &mut tx, &hold.reference, old, now).await?;
        }
        // The booking belongs to the intake's client (their /appointment finds it).
        let client: Option<i64> = sqlx::query_scalar("SELECT client_id FROM intakes WHERE reference = $1")
            .bind(&hold.reference)
            .fetch_optional(&mut *tx)
            .await?
            .flatten();
        book_in(actor, &mut tx, client.map(ClientId), hold, now).await?;
        write_outbox(&mut tx, channel, outbox, now, crate::store::Sender::Any).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn mark_no_show(&self, id: i64, done: &Done<'_>, now: DateTime<Utc>) -> Result<bool, StoreError> {
        let mut tx = super::begin_write(&self.pool).await?;
        super::done::record(&mut tx, done, now).await?;
        let marked =
            sqlx::query("UPDATE bookings SET status = 'no_show', updated_at = $1 WHERE id = $2 AND status = 'booked'")
                .bind(now)
                .bind(id)
                .execute(&mut *tx)
                .await?
                .rows_affected();
        if marked == 1 {
            tx.commit().await?;
        }
        Ok(marked == 1)
    }

    async fn no_shows(&self, reference: &str) -> Result<i64, StoreError> {
        let count = sqlx::query_scalar(
            "SELECT count(*) FROM bookings
             WHERE status = 'no_show'
               AND (reference = $1 OR client_id IN (SELECT client_id FROM bookings WHERE reference = $1 AND client_id IS NOT NULL))",
        )
        .bind(reference)
        .fetch_one(&self.pool)
        .await?;
        Ok(count)
    }

    async fn client_of(&self, reference: &str) -> Result<Option<(Channel, String)>, StoreError> {
        let row = sqlx::query(
            "SELECT c.channel, c.channel_user_id FROM intakes i JOIN clients c ON c.id = i.client_id WHERE i.reference = $1",
        )
        .bind(reference)
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let channel: String = row.try_get("channel")?;
        let user: String = row.try_get("channel_user_id")?;
        Ok(Channel::parse(&channel).map(|c| (c, user)))
    }

    async fn bookings_of(&self, reference: &str) -> Result<Vec<BookingRow>, StoreError> {
        let sql = format!("SELECT {BOOKING_COLUMNS} FROM bookings WHERE reference = $1 ORDER BY id DESC");
        let rows = sqlx::query(&DIALECT.statement(&sql)).bind(reference).fetch_all(&self.pool).await?;
        rows.iter().map(booking_row).collect()
    }
}

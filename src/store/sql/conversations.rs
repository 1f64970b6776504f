//! Conversations: one transaction per turn, and the interpreter of a turn's effects. The
//! compare-and-swap is the UPDATE's version condition. On SQLite the turn holds the write
//! lock from its start; on PostgreSQL the condition is checked again on the row once a
//! concurrent writer of it has committed, and a turn that reads instead of writing the
//! conversation locks what it read.

use async_trait::async_trait;
use sqlx::{Row, Transaction};

use super::outbox::write_outbox;
use super::{Db, SqlStore};
use crate::domain::record::{AppointmentRecord, ClientRecord, ConsentRecord, RequestRecord};
use crate::domain::{Channel, Effect};
use crate::store::dialect::sql;
use crate::store::shared::{is_deadlock, is_unique_violation, json};
use crate::store::{ClientId, Conversations, Loaded, StoreError, StoredConversation, Turn};

#[async_trait]
impl Conversations for SqlStore {
    async fn load(&self, channel: Channel, user: &str) -> Result<Loaded, StoreError> {
        let row = sqlx::query(sql!("SELECT c.id, v.state::text AS state, v.version,
                    (SELECT COUNT(*) FROM intakes i WHERE i.client_id = c.id) AS intakes,
                    EXISTS (SELECT 1 FROM channel_unreachable u WHERE u.channel = c.channel AND u.user_id = c.channel_user_id)
                        AS unreachable
             FROM clients c LEFT JOIN conversations v ON v.client_id = c.id
             WHERE c.channel = $1 AND c.channel_user_id = $2"))
        .bind(channel.as_str())
        .bind(user)
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else {
            // Not a client (yet): a mark can only come from an earlier, erased client.
            let unreachable = sqlx::query("SELECT 1 FROM channel_unreachable WHERE channel = $1 AND user_id = $2")
                .bind(channel.as_str())
                .bind(user)
                .fetch_optional(&self.pool)
                .await?
                .is_some();
            return Ok(Loaded { unreachable, ..Loaded::default() });
        };
        let unreachable: bool = row.try_get("unreachable")?;
        let state: Option<String> = row.try_get("state")?;
        let version: Option<i64> = row.try_get("version")?;
        let intakes: i64 = row.try_get("intakes")?;
        Ok(Loaded {
            client: Some(ClientId(row.try_get("id")?)),
            conversation: state.zip(version).map(|(state, version)| StoredConversation { state, version }),
            intakes: u32::try_from(intakes).unwrap_or(u32::MAX),
            unreachable,
        })
    }

    async fn save_turn(&self, turn: &Turn<'_>) -> Result<Vec<i64>, StoreError> {
        // A deadlock (this turn and an offer to the same client, say) aborted the turn
        // whole: running it again is the remedy, as for any concurrent writer.
        let ids = save(self, turn).await.map_err(|e| if is_deadlock(&e) { StoreError::Conflict } else { e })?;
        if turn.effects.contains(&Effect::Erase) {
            super::after_erase(self).await;
        }
        Ok(ids)
    }

    async fn client_record(&self, client: ClientId) -> Result<ClientRecord, StoreError> {
        let consents =
            sqlx::query("SELECT text_version, language, given_at FROM consents WHERE client_id = $1 ORDER BY id")
                .bind(client.0)
                .fetch_all(&self.pool)
                .await?
                .iter()
                .map(|row| {
                    Ok(ConsentRecord {
                        text_version: row.try_get("text_version")?,
                        language: row.try_get("language")?,
                        given_at: row.try_get("given_at")?,
                    })
                })
                .collect::<Result<_, StoreError>>()?;
        let requests =
            sqlx::query(sql!("SELECT summary::text AS summary, status FROM intakes WHERE client_id = $1 ORDER BY id"))
                .bind(client.0)
                .fetch_all(&self.pool)
                .await?
                .iter()
                .map(|row| {
                    let summary: String = row.try_get("summary")?;
                    Ok(RequestRecord {
                        status: row.try_get("status")?,
                        intake: serde_json::from_str(&summary)
                            .map_err(|e| StoreError::Corrupt(format!("intake: {e}")))?,
                    })
                })
                .collect::<Result<_, StoreError>>()?;
        let appointments = sqlx::query(
            "SELECT reference, counsellor, office, starts_at, ends_at, format, status FROM bookings
             WHERE client_id = $1 AND status IN ('booked', 'cancelled', 'no_show') ORDER BY starts_at",
        )
        .bind(client.0)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|row| {
            Ok(AppointmentRecord {
                reference: row.try_get("reference")?,
                slot: super::bookings::slot(row)?,
                status: row.try_get("status")?,
            })
        })
        .collect::<Result<_, StoreError>>()?;
        Ok(ClientRecord { consents, requests, appointments })
    }
}

async fn save(store: &SqlStore, turn: &Turn<'_>) -> Result<Vec<i64>, StoreError> {
    let mut tx = super::begin_write(&store.pool).await?;
    if let Some(inbox) = turn.inbox {
        mark_processed(&mut tx, inbox, turn).await?;
    }
    let client = match (turn.client, turn.state) {
        (Some(client), _) => Some(client),
        (None, Some(_)) => Some(create_client(&mut tx, turn).await?),
        // Nothing kept and nobody known: nothing to create (a refusal on first contact).
        (None, None) => None,
    };
    if let Some(client) = client {
        swap_state(&mut tx, client, turn).await?;
        for effect in turn.effects {
            apply(&mut tx, client, effect, turn).await?;
        }
    }
    if turn.unreachable {
        sqlx::query("DELETE FROM channel_unreachable WHERE channel = $1 AND user_id = $2")
            .bind(turn.channel.as_str())
            .bind(turn.user)
            .execute(&mut *tx)
            .await?;
    }
    let ids = write_outbox(&mut tx, turn.channel, turn.outbox, turn.now, crate::store::Sender::This).await?;
    tx.commit().await?;
    Ok(ids)
}

/// Two turns of one event: the second waits for the first's row lock, then finds it
/// processed.
async fn mark_processed(tx: &mut Transaction<'_, Db>, inbox: i64, turn: &Turn<'_>) -> Result<(), StoreError> {
    let marked = sqlx::query(
        "UPDATE channel_inbox SET processed_at = $1 WHERE id = $2 AND processed_at IS NULL AND parked_at IS NULL",
    )
    .bind(turn.now)
    .bind(inbox)
    .execute(&mut **tx)
    .await?
    .rows_affected();
    if marked == 0 {
        return Err(StoreError::AlreadyProcessed);
    }
    Ok(())
}

async fn create_client(tx: &mut Transaction<'_, Db>, turn: &Turn<'_>) -> Result<ClientId, StoreError> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO clients (channel, channel_user_id, created_at) VALUES ($1, $2, $3) RETURNING id",
    )
    .bind(turn.channel.as_str())
    .bind(turn.user)
    .bind(turn.now)
    .fetch_one(&mut **tx)
    .await
    // Another turn of the same user created it first (the insert waited for it to
    // commit): read again.
    .map_err(|e| if is_unique_violation(&e) { StoreError::Conflict } else { e.into() })?;
    Ok(ClientId(id))
}

/// Every branch leaves the conversation (or, without one, the client) locked until the
/// turn commits, so that turns of one client apply their effects one after the other.
async fn swap_state(tx: &mut Transaction<'_, Db>, client: ClientId, turn: &Turn<'_>) -> Result<(), StoreError> {
    let swapped = match (turn.expected, turn.state) {
        (Some(version), Some(state)) => sqlx::query(sql!(
            "UPDATE conversations SET state = $1::jsonb, version = version + 1, updated_at = $2
             WHERE client_id = $3 AND version = $4"
        ))
        .bind(state)
        .bind(turn.now)
        .bind(client.0)
        .bind(version)
        .execute(&mut **tx)
        .await?
        .rows_affected(),
        // A concurrent first write waits for the other's insert, then does nothing.
        (None, Some(state)) => sqlx::query(sql!(
            "INSERT INTO conversations (client_id, state, version, updated_at) VALUES ($1, $2::jsonb, 1, $3)
             ON CONFLICT (client_id) DO NOTHING"
        ))
        .bind(client.0)
        .bind(state)
        .bind(turn.now)
        .execute(&mut **tx)
        .await?
        .rows_affected(),
        (Some(version), None) => {
            sqlx::query(sql!("SELECT 1 FROM conversations WHERE client_id = $1 AND version = $2 FOR UPDATE"))
                .bind(client.0)
                .bind(version)
                .fetch_optional(&mut **tx)
                .await?
                .map_or(0, |_| 1)
        }
        (None, None) => {
            // The client's row, locked, keeps a conversation from being created meanwhile.
            sqlx::query(sql!("SELECT 1 FROM clients WHERE id = $1 FOR UPDATE"))
                .bind(client.0)
                .execute(&mut **tx)
                .await?;
            sqlx::query("SELECT 1 FROM conversations WHERE client_id = $1")
                .bind(client.0)
                .fetch_optional(&mut **tx)
                .await?
                .map_or(1, |_| 0)
        }
    };
    if swapped != 1 {
        return Err(StoreError::Conflict);
    }
    Ok(())
}

async fn apply(
    tx: &mut Transaction<'_, Db>,
    client: ClientId,
    effect: &Effect,
    turn: &Turn<'_>,
) -> Result<(), StoreError> {
    match effect {
        Effect::RecordConsent { version, language } => {
            sqlx::query("INSERT INTO consents (client_id, text_version, language, given_at) VALUES ($1, $2, $3, $4)")
                .bind(client.0)
                .bind(version)
                .bind(language)
                .bind(turn.now)
                .execute(&mut **tx)
                .await?;
        }
        Effect::SubmitIntake(intake) => {
            sqlx::query(sql!(
                "INSERT INTO intakes (reference, client_id, status, language, topics, summary, created_at, consent_id,
                                      service, priority, office)
                 VALUES ($1, $2, 'new', $3, $4::jsonb, $5::jsonb, $6,
                         (SELECT id FROM consents WHERE client_id = $2 ORDER BY id DESC LIMIT 1), $7, $8, $9)"
            ))
            .bind(&intake.reference)
            .bind(client.0)
            .bind(&intake.language)
            .bind(json(&intake.topics)?)
            .bind(json(intake)?)
            .bind(intake.submitted_at)
            .bind(intake.assessment.as_ref().map(|a| a.service.as_str()))
            .bind(i32::from(intake.assessment.as_ref().map_or(crate::domain::LOWEST_PRIORITY, |a| a.priority)))
            .bind(intake.office())
            .execute(&mut **tx)
            .await
            .map_err(|e| if is_unique_violation(&e) { StoreError::DuplicateReference } else { e.into() })?;
        }
        Effect::Forget => {
            forget_client(tx, client.0).await?;
        }
        Effect::Erase => erase(tx, client, turn).await?,
        Effect::HoldSlot(hold) => {
            super::bookings::hold_in(tx, Some(client), hold, turn.now).await?;
        }
        Effect::Book(hold) => super::bookings::book_in("client", tx, Some(client), hold, turn.now).await?,
        Effect::ReleaseHold { reference } => super::bookings::release(tx, reference, turn.now).await?,
        Effect::CancelBooking { reference, slot } => {
            super::bookings::cancel("client", tx, reference, slot, turn.now).await?
        }
        Effect::JoinWaitlist { reference, languages, topics, office, interpreter_ok } => {
            // Locked, the reference's waiting-list rows cannot change between the check
            // and the insert.
            super::bookings::lock_reference(tx, reference).await?;
            sqlx::query(sql!(
                "INSERT INTO waitlist (reference, client_id, languages, topics, office, status, passed, interpreter_ok,
                                       created_at, updated_at)
                 SELECT $1, $2, $3::jsonb, $4::jsonb, $5, 'waiting', '[]'::jsonb, $6, $7, $7
                 WHERE NOT EXISTS (SELECT 1 FROM waitlist WHERE reference = $1 AND status IN ('waiting', 'offered'))"
            ))
            .bind(reference)
            .bind(client.0)
            .bind(json(languages)?)
            .bind(json(topics)?)
            .bind(office)
            .bind(interpreter_ok)
            .bind(turn.now)
            .execute(&mut **tx)
            .await?;
        }
    }
    Ok(())
}

/// `/delete`: the client's requests keep only what the statistics count (and a line in
/// their history saying why); appointments ahead are cancelled and the waiting list left;
/// staff messages, the chat's messages and updates, consents not behind a request, and
/// the client with their conversation go. SQLite overwrites what is deleted
/// (`secure_delete`), so the words are gone from the file once it is checkpointed
/// (`after_erase`); PostgreSQL keeps dead rows until VACUUM: autovacuum reclaims them.
async fn erase(tx: &mut Transaction<'_, Db>, client: ClientId, turn: &Turn<'_>) -> Result<(), StoreError> {
    let intakes: Vec<(i64, String, String)> =
        sqlx::query_as(sql!("SELECT id, summary::text, status FROM intakes WHERE client_id = $1"))
            .bind(client.0)
            .fetch_all(&mut **tx)
            .await?;
    for (id, summary, status) in &intakes {
        anonymise(tx, *id, summary, status, Some(("client", "erased")), turn.now).await?;
    }
    sqlx::query("DELETE FROM waitlist WHERE client_id = $1").bind(client.0).execute(&mut **tx).await?;
    let chat = (turn.channel.as_str(), turn.user);
    sqlx::query("DELETE FROM channel_outbox WHERE channel = $1 AND chat = $2")
        .bind(chat.0)
        .bind(chat.1)
        .execute(&mut **tx)
        .await?;
    // Processed updates keep their row (a redelivery is still recognised), not their words;
    // parked ones go with them, as done.
    sqlx::query(
        "UPDATE channel_inbox SET payload = '{}', processed_at = COALESCE(processed_at, $3), parked_at = NULL,
                                  parked_reason = NULL
         WHERE channel = $1 AND chat = $2 AND (processed_at IS NOT NULL OR parked_at IS NOT NULL)",
    )
    .bind(chat.0)
    .bind(chat.1)
    .bind(turn.now)
    .execute(&mut **tx)
    .await?;
    forget_client(tx, client.0).await
}

/// The client goes, with their consents but those a submitted request stands on: staff
/// must still see what the client agreed to when they sent it (kept without the client).
pub(super) async fn forget_client(tx: &mut Transaction<'_, Db>, client: i64) -> Result<(), StoreError> {
    sqlx::query(
        "DELETE FROM consents WHERE client_id = $1
         AND id NOT IN (SELECT consent_id FROM intakes WHERE consent_id IS NOT NULL)",
    )
    .bind(client)
    .execute(&mut **tx)
    .await?;
    sqlx::query("DELETE FROM clients WHERE id = $1").bind(client).execute(&mut **tx).await?;
    Ok(())
}

/// A request reduced to what the statistics count: its summary without the client's
/// answers and words, no client, its appointments ahead cancelled, off the waiting list,
/// without staff messages, and a history line `(actor, action)` saying why (if not
/// written already).
pub(super) async fn anonymise(
    tx: &mut Transaction<'_, Db>,
    id: i64,
    summary: &str,
    status: &str,
    why: Option<(&str, &str)>,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), StoreError> {
    let intake: crate::domain::Intake =
        serde_json::from_str(summary).map_err(|e| StoreError::Corrupt(format!("intake {id}: {e}")))?;
    sqlx::query(sql!("UPDATE intakes SET summary = $1::jsonb, client_id = NULL WHERE id = $2"))
        .bind(json(&crate::domain::erase::anonymous(&intake))?)
        .bind(id)
        .execute(&mut **tx)
        .await?;
    sqlx::query(
        "UPDATE bookings SET status = 'cancelled', updated_at = $1
         WHERE reference = $2 AND status IN ('held', 'booked') AND starts_at > $3",
    )
    .bind(now)
    .bind(&intake.reference)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    sqlx::query("DELETE FROM waitlist WHERE reference = $1").bind(&intake.reference).execute(&mut **tx).await?;
    sqlx::query("DELETE FROM case_messages WHERE intake_id = $1").bind(id).execute(&mut **tx).await?;
    if let Some((actor, action)) = why {
        sqlx::query("INSERT INTO case_history (intake_id, at, actor, action, status) VALUES ($1, $2, $3, $4, $5)")
            .bind(id)
            .bind(now)
            .bind(actor)
            .bind(action)
            .bind(status)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

//! The staff queue: a case is read, changed and its history entry written in one
//! transaction that writes. On SQLite that transaction holds the one write lock from its
//! start (claimers queue on it); on PostgreSQL the case is read `FOR UPDATE` and the next
//! claim skips cases another claimer has locked (`FOR UPDATE SKIP LOCKED`), so claimers
//! at the same moment never get one case.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use sqlx::{Row, Transaction};

use super::{Db, Row as DbRow, SqlStore, DIALECT};
use crate::domain::case::{self, CaseAction, CaseState, CaseStatus, HistoryEntry, Outcome};
use crate::domain::Intake;
use crate::store::dialect::sql;
use crate::store::{Done, IntakeKey, Queue, QueueEntry, QueueFilter, StoreError};

const ENTRY_COLUMNS: &str = "id, reference, status, holder, claimed_until, assignee, referred_to, outcome, language, \
                             topics::text AS topics, office, summary::text AS summary, created_at";

fn entry(row: &DbRow) -> Result<QueueEntry, StoreError> {
    let topics: String = row.try_get("topics")?;
    let summary: String = row.try_get("summary")?;
    let status: String = row.try_get("status")?;
    let outcome: Option<String> = row.try_get("outcome")?;
    Ok(QueueEntry {
        id: row.try_get("id")?,
        reference: row.try_get("reference")?,
        case: CaseState {
            status: CaseStatus::parse(&status).ok_or_else(|| StoreError::Corrupt(format!("case status '{status}'")))?,
            holder: row.try_get("holder")?,
            claimed_until: row.try_get("claimed_until")?,
            assignee: row.try_get("assignee")?,
            referred_to: row.try_get("referred_to")?,
            outcome: outcome.as_deref().and_then(Outcome::parse),
        },
        language: row.try_get("language")?,
        topics: serde_json::from_str(&topics).map_err(|e| StoreError::Corrupt(format!("intake topics: {e}")))?,
        office: row.try_get("office")?,
        created_at: row.try_get("created_at")?,
        summary: serde_json::from_str::<Intake>(&summary)
            .map_err(|e| StoreError::Corrupt(format!("intake summary: {e}")))?,
    })
}

/// The filter as SQL conditions, numbered from `$first`, with their values in order.
fn conditions(filter: &QueueFilter, first: usize) -> (String, Vec<String>) {
    let mut sql = String::new();
    let mut values = Vec::new();
    let mut add = |condition: &str, value: &Option<String>| {
        if let Some(value) = value {
            let n = first + values.len();
            sql += " AND ";
            sql += &condition.replace("$?", &format!("${n}"));
            values.push(value.clone());
        }
    };
    add("status = $?", &filter.status.map(|s| s.as_str().to_owned()));
    add("office = $?", &filter.office);
    add("language = $?", &filter.language);
    add(&DIALECT.array_holds("intakes.topics", "$?"), &filter.topic);
    add("service = $?", &filter.service);
    add("(assignee = $? OR holder = $?)", &filter.assignee);
    if let Some(mine) = &filter.mine {
        let n = first + values.len();
        sql += &format!(" AND (holder = ${n} OR assignee = ${})", n + 1);
        values.push(mine.name.clone());
        values.push(mine.counsellor.clone().unwrap_or_default());
    }
    (sql, values)
}

/// Ends claims lapsed by `now`, whatever the case's status (a claimed case is new
/// again, a booked one stays booked), each with a history entry dated when it lapsed.
async fn requeue_lapsed(tx: &mut Transaction<'_, Db>, now: DateTime<Utc>) -> Result<(), StoreError> {
    // Another transaction putting the same claim back holds its row: skipped here.
    let lapsed = sqlx::query(sql!(
        "SELECT id, status, claimed_until, holder FROM intakes WHERE claimed_until < $1
         FOR UPDATE SKIP LOCKED"
    ))
    .bind(now)
    .fetch_all(&mut **tx)
    .await?;
    for row in &lapsed {
        let id: i64 = row.try_get("id")?;
        let until: DateTime<Utc> = row.try_get("claimed_until")?;
        let holder: Option<String> = row.try_get("holder")?;
        let stored: String = row.try_get("status")?;
        let status = match CaseStatus::parse(&stored) {
            Some(CaseStatus::Claimed) | None => CaseStatus::New,
            Some(status) => status,
        };
        sqlx::query("UPDATE intakes SET status = $1, holder = NULL, claimed_until = NULL WHERE id = $2")
            .bind(status.as_str())
            .bind(id)
            .execute(&mut **tx)
            .await?;
        record(tx, id, until, "system", "lapse", status, holder.as_deref()).await?;
    }
    Ok(())
}

/// Whether a claim lapsed that must be put back: read first, so that reading the queue
/// writes only when there is something to write.
async fn any_lapsed(store: &SqlStore, now: DateTime<Utc>) -> Result<bool, StoreError> {
    let row = sqlx::query("SELECT 1 FROM intakes WHERE claimed_until < $1 LIMIT 1")
        .bind(now)
        .fetch_optional(&store.pool)
        .await?;
    Ok(row.is_some())
}

async fn requeue(store: &SqlStore, now: DateTime<Utc>) -> Result<(), StoreError> {
    if any_lapsed(store, now).await? {
        let mut tx = super::begin_write(&store.pool).await?;
        requeue_lapsed(&mut tx, now).await?;
        tx.commit().await?;
    }
    Ok(())
}

async fn record(
    tx: &mut Transaction<'_, Db>,
    intake: i64,
    at: DateTime<Utc>,
    actor: &str,
    action: &str,
    status: CaseStatus,
    detail: Option<&str>,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO case_history (intake_id, at, actor, action, status, detail) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(intake)
    .bind(at)
    .bind(actor)
    .bind(action)
    .bind(status.as_str())
    .bind(detail)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

async fn write_case(tx: &mut Transaction<'_, Db>, id: i64, case: &CaseState) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE intakes SET status = $1, holder = $2, claimed_until = $3, assignee = $4, referred_to = $5, outcome = $6
         WHERE id = $7",
    )
    .bind(case.status.as_str())
    .bind(&case.holder)
    .bind(case.claimed_until)
    .bind(&case.assignee)
    .bind(&case.referred_to)
    .bind(case.outcome.map(Outcome::as_str))
    .bind(id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The audit line of `done`, if any, naming the case by its reference when it names none.
async fn audit(tx: &mut Transaction<'_, Db>, done: &Done<'_>, case: &QueueEntry) -> Result<(), StoreError> {
    if let Some(audit) = done.audit {
        let mut audit = audit.clone();
        audit.subject.get_or_insert_with(|| case.reference.clone());
        super::done::audit(tx, &audit).await?;
    }
    Ok(())
}

/// The case, locked until the transaction ends.
async fn find(tx: &mut Transaction<'_, Db>, key: &IntakeKey) -> Result<Option<QueueEntry>, StoreError> {
    let row = match key {
        IntakeKey::Id(id) => {
            let sql = format!("SELECT {ENTRY_COLUMNS} FROM intakes WHERE id = $1 FOR UPDATE");
            sqlx::query(&DIALECT.statement(&sql)).bind(*id).fetch_optional(&mut **tx).await?
        }
        IntakeKey::Reference(reference) => {
            let sql = format!("SELECT {ENTRY_COLUMNS} FROM intakes WHERE reference = $1 FOR UPDATE");
            sqlx::query(&DIALECT.statement(&sql)).bind(reference).fetch_optional(&mut **tx).await?
        }
    };
    row.as_ref().map(entry).transpose()
}

/// Applies an action to a case inside a transaction: the rules' answer, written with its
/// history entry. Also used by bookings (the client booked, the booking was cancelled).
pub(super) async fn act_in(
    tx: &mut Transaction<'_, Db>,
    key: &IntakeKey,
    actor: &str,
    action: &CaseAction,
    now: DateTime<Utc>,
) -> Result<QueueEntry, StoreError> {
    let mut found = find(tx, key).await?.ok_or(StoreError::NotFound)?;
    let changed = case::apply(&found.case, actor, action, now).map_err(StoreError::Refused)?;
    if let Some(next) = changed {
        write_case(tx, found.id, &next).await?;
        found.case = next;
    }
    record(tx, found.id, now, actor, action.name(), found.case.status, action.detail().as_deref()).await?;
    Ok(found)
}

#[async_trait]
impl Queue for SqlStore {
    async fn queue(&self, filter: &QueueFilter, now: DateTime<Utc>, limit: i64) -> Result<Vec<QueueEntry>, StoreError> {
        requeue(self, now).await?;
        let (conditions, values) = conditions(filter, 1);
        let limit_at = values.len() + 1;
        let sql = format!(
            "SELECT {ENTRY_COLUMNS} FROM intakes WHERE 1 = 1{conditions} ORDER BY priority, created_at, id LIMIT ${limit_at}"
        );
        let sql = DIALECT.statement(&sql);
        let mut query = sqlx::query(&sql);
        for value in values {
            query = query.bind(value);
        }
        let rows = query.bind(limit).fetch_all(&self.pool).await?;
        rows.iter().map(entry).collect()
    }

    async fn received(
        &self,
        from: DateTime<Utc>,
        until: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<Vec<QueueEntry>, StoreError> {
        requeue(self, now).await?;
        let sql = format!(
            "SELECT {ENTRY_COLUMNS} FROM intakes WHERE created_at >= $1 AND created_at < $2 ORDER BY created_at, id"
        );
        let rows = sqlx::query(&DIALECT.statement(&sql)).bind(from).bind(until).fetch_all(&self.pool).await?;
        rows.iter().map(entry).collect()
    }

    async fn intake(&self, key: &IntakeKey, now: DateTime<Utc>) -> Result<Option<QueueEntry>, StoreError> {
        requeue(self, now).await?;
        let row = match key {
            IntakeKey::Id(id) => {
                let sql = format!("SELECT {ENTRY_COLUMNS} FROM intakes WHERE id = $1");
                sqlx::query(&DIALECT.statement(&sql)).bind(*id).fetch_optional(&self.pool).await?
            }
            IntakeKey::Reference(reference) => {
                let sql = format!("SELECT {ENTRY_COLUMNS} FROM intakes WHERE reference = $1");
                sqlx::query(&DIALECT.statement(&sql)).bind(reference).fetch_optional(&self.pool).await?
            }
        };
        row.as_ref().map(entry).transpose()
    }

    async fn claim_next_done(
        &self,
        actor: &str,
        filter: &QueueFilter,
        done: &Done<'_>,
        now: DateTime<Utc>,
        until: DateTime<Utc>,
    ) -> Result<Option<QueueEntry>, StoreError> {
        let mut tx = super::begin_write(&self.pool).await?;
        super::done::claim_form(&mut tx, done.form, now).await?;
        requeue_lapsed(&mut tx, now).await?;
        let filter = QueueFilter { status: Some(CaseStatus::New), ..filter.clone() };
        let (conditions, values) = conditions(&filter, 1);
        // Cases other claimers hold locked right now are passed over, not waited for.
        let sql = format!(
            "SELECT id FROM intakes WHERE 1 = 1{conditions} ORDER BY priority, created_at, id LIMIT 1
             FOR UPDATE SKIP LOCKED"
        );
        let sql = DIALECT.statement(&sql);
        let mut query = sqlx::query_scalar::<_, i64>(&sql);
        for value in values {
            query = query.bind(value);
        }
        let Some(id) = query.fetch_optional(&mut *tx).await? else { return Ok(None) };
        let claimed = act_in(&mut tx, &IntakeKey::Id(id), actor, &CaseAction::Claim { until }, now).await?;
        audit(&mut tx, done, &claimed).await?;
        tx.commit().await?;
        Ok(Some(claimed))
    }

    async fn act_done(
        &self,
        key: &IntakeKey,
        actor: &str,
        action: &CaseAction,
        done: &Done<'_>,
        now: DateTime<Utc>,
    ) -> Result<QueueEntry, StoreError> {
        let mut tx = super::begin_write(&self.pool).await?;
        // The form first (a second sending stops here), the audit line once the case is
        // found: it names the case by its reference, however it was asked for.
        super::done::claim_form(&mut tx, done.form, now).await?;
        requeue_lapsed(&mut tx, now).await?;
        let acted = act_in(&mut tx, key, actor, action, now).await?;
        audit(&mut tx, done, &acted).await?;
        tx.commit().await?;
        Ok(acted)
    }

    async fn history(&self, intake: i64) -> Result<Vec<HistoryEntry>, StoreError> {
        let rows =
            sqlx::query("SELECT at, actor, action, status, detail FROM case_history WHERE intake_id = $1 ORDER BY id")
                .bind(intake)
                .fetch_all(&self.pool)
                .await?;
        rows.iter()
            .map(|row| {
                Ok(HistoryEntry {
                    at: row.try_get("at")?,
                    actor: row.try_get("actor")?,
                    action: row.try_get("action")?,
                    status: row.try_get("status")?,
                    detail: row.try_get("detail")?,
                })
            })
            .collect()
    }
}

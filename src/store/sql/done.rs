//! The audit line and the form key of a staff action, in the action's transaction.

use chrono::{DateTime, Utc};
use sqlx::Transaction;

use super::Db;
use crate::store::{AuditEntry, Done, StoreError};

/// Claims the form's key first (a second sending of the form stops here, before it
/// changes anything; on PostgreSQL a concurrent one waits for the first to commit), then
/// writes the audit line.
pub(super) async fn record(
    tx: &mut Transaction<'_, Db>,
    done: &Done<'_>,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    claim_form(tx, done.form, now).await?;
    if let Some(entry) = done.audit {
        audit(tx, entry).await?;
    }
    Ok(())
}

/// Claims the form's key, if any: [`StoreError::AlreadyDone`] when it was claimed before.
pub(super) async fn claim_form(
    tx: &mut Transaction<'_, Db>,
    form: Option<&str>,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let Some(key) = form else { return Ok(()) };
    let claimed = sqlx::query("INSERT INTO form_submissions (key, at) VALUES ($1, $2) ON CONFLICT DO NOTHING")
        .bind(key)
        .bind(now)
        .execute(&mut **tx)
        .await?
        .rows_affected();
    if claimed == 0 {
        return Err(StoreError::AlreadyDone);
    }
    Ok(())
}

pub(super) async fn audit(tx: &mut Transaction<'_, Db>, entry: &AuditEntry) -> Result<(), StoreError> {
    sqlx::query("INSERT INTO audit_log (at, actor, action, subject, detail) VALUES ($1, $2, $3, $4, $5)")
        .bind(entry.at)
        .bind(&entry.actor)
        .bind(&entry.action)
        .bind(&entry.subject)
        .bind(&entry.detail)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

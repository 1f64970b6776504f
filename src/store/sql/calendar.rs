//! Calendar changes (both databases).

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use sqlx::Row;

use super::SqlStore;
use crate::domain::{CalendarChange, ChangeKind};
use crate::store::{Calendar, StoreError};

#[async_trait]
impl Calendar for SqlStore {
    async fn calendar_add(&self, change: &CalendarChange, now: DateTime<Utc>) -> Result<i64, StoreError> {
        Ok(sqlx::query_scalar(
            "INSERT INTO calendar_changes (kind, counsellor, office, starts_at, ends_at, reason, author, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(change.kind.as_str())
        .bind(&change.counsellor)
        .bind(&change.office)
        .bind(change.from)
        .bind(change.until)
        .bind(&change.reason)
        .bind(&change.author)
        .bind(now)
        .fetch_one(&self.pool)
        .await?)
    }

    async fn calendar_remove(&self, id: i64, counsellor: &str, now: DateTime<Utc>) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "UPDATE calendar_changes SET removed_at = $1 WHERE id = $2 AND counsellor = $3 AND removed_at IS NULL",
        )
        .bind(now)
        .bind(id)
        .bind(counsellor)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    async fn calendar_changes(
        &self,
        from: DateTime<Utc>,
        until: DateTime<Utc>,
    ) -> Result<Vec<CalendarChange>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, kind, counsellor, office, starts_at, ends_at, reason, author FROM calendar_changes
             WHERE removed_at IS NULL AND ends_at > $1 AND starts_at < $2 ORDER BY starts_at, id",
        )
        .bind(from)
        .bind(until)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row: &super::Row| {
                let kind: String = row.try_get("kind")?;
                Ok(CalendarChange {
                    id: row.try_get("id")?,
                    kind: ChangeKind::parse(&kind)
                        .ok_or_else(|| StoreError::Corrupt(format!("calendar change '{kind}'")))?,
                    counsellor: row.try_get("counsellor")?,
                    office: row.try_get("office")?,
                    from: row.try_get("starts_at")?,
                    until: row.try_get("ends_at")?,
                    reason: row.try_get("reason")?,
                    author: row.try_get("author")?,
                })
            })
            .collect()
    }
}

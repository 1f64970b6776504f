//! The staff queue on PostgreSQL.

use async_trait::async_trait;
use sqlx::postgres::PgRow;
use sqlx::Row;

use super::PgStore;
use crate::domain::Intake;
use crate::store::{IntakeKey, Queue, QueueEntry, StoreError};

const ENTRY_COLUMNS: &str =
    "id, reference, status, language, topics::text AS topics, summary::text AS summary, created_at";

fn entry(row: &PgRow) -> Result<QueueEntry, StoreError> {
    let topics: String = row.try_get("topics")?;
    let summary: String = row.try_get("summary")?;
    Ok(QueueEntry {
        id: row.try_get("id")?,
        reference: row.try_get("reference")?,
        status: row.try_get("status")?,
        language: row.try_get("language")?,
        topics: serde_json::from_str(&topics).map_err(|e| StoreError::Corrupt(format!("intake topics: {e}")))?,
        created_at: row.try_get("created_at")?,
        summary: serde_json::from_str::<Intake>(&summary)
            .map_err(|e| StoreError::Corrupt(format!("intake summary: {e}")))?,
    })
}

#[async_trait]
impl Queue for PgStore {
    async fn queue(&self, limit: i64) -> Result<Vec<QueueEntry>, StoreError> {
        let rows =
            sqlx::query(&format!("SELECT {ENTRY_COLUMNS} FROM intakes ORDER BY priority, created_at, id LIMIT $1"))
                .bind(limit)
                .fetch_all(&self.pool)
                .await?;
        rows.iter().map(entry).collect()
    }

    async fn intake(&self, key: &IntakeKey) -> Result<Option<QueueEntry>, StoreError> {
        let row = match key {
            IntakeKey::Id(id) => {
                let sql = format!("SELECT {ENTRY_COLUMNS} FROM intakes WHERE id = $1");
                sqlx::query(&sql).bind(*id).fetch_optional(&self.pool).await?
            }
            IntakeKey::Reference(reference) => {
                let sql = format!("SELECT {ENTRY_COLUMNS} FROM intakes WHERE reference = $1");
                sqlx::query(&sql).bind(reference).fetch_optional(&self.pool).await?
            }
        };
        row.as_ref().map(entry).transpose()
    }
}

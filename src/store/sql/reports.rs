//! The counts for the dashboard and `/metrics` on Postgres (the statements are shared).

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::PgStore;
use crate::store::reports::{self, Counts, Reports};
use crate::store::StoreError;

#[async_trait]
impl Reports for PgStore {
    async fn counts(&self, now: DateTime<Utc>) -> Result<Counts, StoreError> {
        let number = |sql: &'static str| sqlx::query_scalar::<_, i64>(sql).fetch_one(&self.pool);
        Ok(Counts {
            updates_handled: number(reports::UPDATES_HANDLED).await?,
            updates_pending: number(reports::UPDATES_PENDING).await?,
            intakes: number(reports::INTAKES).await?,
            bookings: sqlx::query_as(reports::BOOKINGS).fetch_all(&self.pool).await?,
            cases: sqlx::query_as(reports::CASES).bind(now).fetch_all(&self.pool).await?,
            outbox_backlog: sqlx::query_scalar(reports::OUTBOX_BACKLOG).bind(now).fetch_one(&self.pool).await?,
            checkpoint_failures: None,
            wal_bytes: None,
        })
    }

    async fn backup(&self, _to: &std::path::Path) -> Result<u64, StoreError> {
        Err(StoreError::Backup(
            "a PostgreSQL database is backed up with pg_dump --format=custom (docs/operations.md)".into(),
        ))
    }

    async fn ping(&self) -> Result<(), StoreError> {
        sqlx::query(reports::PROBE).execute(&self.pool).await?;
        Ok(())
    }
}

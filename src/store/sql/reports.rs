//! The counts for the dashboard and `/metrics`, the health check's write and the backup.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::SqlStore;
use crate::store::reports::{Counts, Reports};
use crate::store::StoreError;

/// The health check's write (`health_probe` has one row, counted up).
const PROBE: &str =
    "INSERT INTO health_probe (id, n) VALUES (1, 1) ON CONFLICT (id) DO UPDATE SET n = health_probe.n + 1";
const UPDATES_HANDLED: &str = "SELECT count(*) FROM channel_inbox WHERE processed_at IS NOT NULL";
const UPDATES_PENDING: &str = "SELECT count(*) FROM channel_inbox WHERE processed_at IS NULL AND parked_at IS NULL";
const UPDATES_PARKED: &str = "SELECT count(*) FROM channel_inbox WHERE parked_at IS NOT NULL";
const INTAKES: &str = "SELECT count(*) FROM intakes";
const BOOKINGS: &str = "SELECT status, count(*) FROM bookings GROUP BY status ORDER BY status";
/// A lapsed claim counts as new, as the queue shows it.
const CASES: &str = "SELECT CASE WHEN status = 'claimed' AND claimed_until < $1 THEN 'new' ELSE status END AS shown, \
                     count(*) FROM intakes GROUP BY shown ORDER BY shown";
const OUTBOX_BACKLOG: &str =
    "SELECT count(*) FROM channel_outbox WHERE sent_at IS NULL AND (not_before IS NULL OR not_before <= $1)";

#[async_trait]
impl Reports for SqlStore {
    async fn counts(&self, now: DateTime<Utc>) -> Result<Counts, StoreError> {
        let number = |sql: &'static str| sqlx::query_scalar::<_, i64>(sql).fetch_one(&self.pool);
        let (checkpoint_failures, wal_bytes) = super::file_counts(self);
        Ok(Counts {
            updates_handled: number(UPDATES_HANDLED).await?,
            updates_pending: number(UPDATES_PENDING).await?,
            updates_parked: number(UPDATES_PARKED).await?,
            intakes: number(INTAKES).await?,
            bookings: sqlx::query_as(BOOKINGS).fetch_all(&self.pool).await?,
            cases: sqlx::query_as(CASES).bind(now).fetch_all(&self.pool).await?,
            outbox_backlog: sqlx::query_scalar(OUTBOX_BACKLOG).bind(now).fetch_one(&self.pool).await?,
            checkpoint_failures,
            wal_bytes,
        })
    }

    async fn backup(&self, to: &std::path::Path) -> Result<u64, StoreError> {
        super::backup(self, to).await
    }

    async fn ping(&self) -> Result<(), StoreError> {
        sqlx::query(PROBE).execute(&self.pool).await?;
        Ok(())
    }
}

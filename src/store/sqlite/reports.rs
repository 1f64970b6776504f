//! The counts for the dashboard and `/metrics` on Sqlite (the statements are shared).

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::SqliteStore;
use crate::store::reports::{self, Counts, Reports};
use crate::store::StoreError;

#[async_trait]
impl Reports for SqliteStore {
    async fn counts(&self, now: DateTime<Utc>) -> Result<Counts, StoreError> {
        let number = |sql: &'static str| sqlx::query_scalar::<_, i64>(sql).fetch_one(&self.pool);
        Ok(Counts {
            updates_handled: number(reports::UPDATES_HANDLED).await?,
            updates_pending: number(reports::UPDATES_PENDING).await?,
            intakes: number(reports::INTAKES).await?,
            bookings: sqlx::query_as(reports::BOOKINGS).fetch_all(&self.pool).await?,
            cases: sqlx::query_as(reports::CASES).bind(now).fetch_all(&self.pool).await?,
            outbox_backlog: sqlx::query_scalar(reports::OUTBOX_BACKLOG).bind(now).fetch_one(&self.pool).await?,
            checkpoint_failures: Some(self.watch.checkpoint_failures.load(std::sync::atomic::Ordering::Relaxed) as i64),
            wal_bytes: self.watch.wal_bytes().map(|b| b as i64),
        })
    }

    async fn backup(&self, to: &std::path::Path) -> Result<u64, StoreError> {
        use std::os::unix::fs::OpenOptionsExt;
        let fail = |e: std::io::Error| StoreError::Backup(format!("{}: {e}", to.display()));
        // An empty file of the owner's only, which VACUUM INTO then fills; never one that is there.
        std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(to).map_err(fail)?;
        let path = to.to_str().ok_or_else(|| StoreError::Backup(format!("{}: not a UTF-8 path", to.display())))?;
        if let Err(error) = sqlx::query("VACUUM INTO ?").bind(path).execute(&self.pool).await {
            let _ = std::fs::remove_file(to);
            return Err(error.into());
        }
        Ok(std::fs::metadata(to).map_err(fail)?.len())
    }

    async fn ping(&self) -> Result<(), StoreError> {
        sqlx::query(reports::PROBE).execute(&self.pool).await?;
        Ok(())
    }
}

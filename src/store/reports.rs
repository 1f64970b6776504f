//! Counts for the dashboard and for `/metrics`: numbers only, never anything about a
//! client.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::StoreError;

/// What `/metrics` reports, read from the database so that every instance reports the
/// same totals.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    /// Channel updates processed, ever.
    pub updates_handled: i64,
    /// Updates stored and not processed yet.
    pub updates_pending: i64,
    /// Updates set aside because handling them failed for good (`anlauf updates`).
    pub updates_parked: i64,
    pub intakes: i64,
    /// Bookings by status (`booked`, `cancelled`, `no_show`, …).
    pub bookings: Vec<(String, i64)>,
    /// Cases by status.
    pub cases: Vec<(String, i64)>,
    /// Outbox messages due and not sent.
    pub outbox_backlog: i64,
    /// SQLite only (this process): checkpoints that failed since the start, and the
    /// write-ahead log's size in bytes (it grows while checkpoints fail).
    pub checkpoint_failures: Option<i64>,
    pub wal_bytes: Option<i64>,
}

#[async_trait]
pub trait Reports: Send + Sync {
    async fn counts(&self, now: DateTime<Utc>) -> Result<Counts, StoreError>;

    /// Whether the database takes a write (`/healthz`): a row of its own is written, so
    /// that a database that answers but cannot keep anything (a read-only file or disk,
    /// a replica, a file deleted under the process) does not count as healthy.
    async fn ping(&self) -> Result<(), StoreError>;

    /// Writes a consistent copy of the database to `to` (a new file, mode 0600) while
    /// others use it; its size in bytes. SQLite only: PostgreSQL has `pg_dump`.
    async fn backup(&self, to: &std::path::Path) -> Result<u64, StoreError>;
}

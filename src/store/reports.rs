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

/// The health check's write (`health_probe` has one row, counted up).
pub(super) const PROBE: &str =
    "INSERT INTO health_probe (id, n) VALUES (1, 1) ON CONFLICT (id) DO UPDATE SET n = health_probe.n + 1";

/// The statements both backends run (`$1` is `now`).
pub(super) const UPDATES_HANDLED: &str = "SELECT count(*) FROM channel_inbox WHERE processed_at IS NOT NULL";
pub(super) const UPDATES_PENDING: &str = "SELECT count(*) FROM channel_inbox WHERE processed_at IS NULL";
pub(super) const INTAKES: &str = "SELECT count(*) FROM intakes";
pub(super) const BOOKINGS: &str = "SELECT status, count(*) FROM bookings GROUP BY status ORDER BY status";
/// A lapsed claim counts as new, as the queue shows it.
pub(super) const CASES: &str =
    "SELECT CASE WHEN status = 'claimed' AND claimed_until < $1 THEN 'new' ELSE status END AS shown, \
                                count(*) FROM intakes GROUP BY shown ORDER BY shown";
pub(super) const OUTBOX_BACKLOG: &str =
    "SELECT count(*) FROM channel_outbox WHERE sent_at IS NULL AND (not_before IS NULL OR not_before <= $1)";

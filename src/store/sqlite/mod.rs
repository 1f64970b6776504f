//! The embedded default: one SQLite file in WAL mode. Writers queue on SQLite's lock
//! (busy_timeout) instead of failing; foreign keys cascade a client's erasure.

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::SqlitePool;

use super::StoreError;

mod accounts;
mod bookings;
mod calendar;
mod conversations;
mod directory;
mod ledger;
mod messages;
mod queue;
mod reports;
mod retention;

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");

pub struct SqliteStore {
    pool: SqlitePool,
}

/// JSON for a text column; what we serialise is plain data and always serialises.
fn json(value: &impl serde::Serialize) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(|e| StoreError::Corrupt(e.to_string()))
}

impl SqliteStore {
    pub async fn connect(url: &str) -> Result<SqliteStore, StoreError> {
        let options = SqliteConnectOptions::from_str(url)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .busy_timeout(Duration::from_secs(5))
            .foreign_keys(true)
            // What is deleted is overwritten with zeros, not left in free space: a
            // client's erased words are gone from the file, not only from the tables.
            .pragma("secure_delete", "on")
            // Checkpoints (which sync the file) run in the background, not in a turn.
            .pragma("wal_autocheckpoint", "0");
        let file = options.get_filename().to_owned();
        let pool = open(options).await.map_err(|e| {
            let folder = file.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
            let hint = if !folder.is_dir() {
                format!(" (the folder {} does not exist)", folder.display())
            } else {
                format!(" (check that this user may read and write {} and its folder)", file.display())
            };
            StoreError::Open { url: super::redact(url), cause: super::describe(&e), hint }
        })?;
        migrate(&pool).await?;
        let checkpoints = pool.clone();
        tokio::spawn(async move {
            loop {
                tokio::time::sleep(Duration::from_millis(500)).await;
                if checkpoints.is_closed() {
                    return;
                }
                if let Err(error) = sqlx::query("PRAGMA wal_checkpoint(PASSIVE)").execute(&checkpoints).await {
                    tracing::debug!(%error, "checkpoint skipped");
                }
            }
        });
        Ok(SqliteStore { pool })
    }
}

/// Opens the pool. Processes starting together on a new file contend for the lock that
/// switching it to WAL takes, which SQLite reports as "locked" without waiting: a few
/// attempts make concurrent starts safe.
async fn open(options: SqliteConnectOptions) -> Result<SqlitePool, sqlx::Error> {
    const ATTEMPTS: u32 = 8;
    let mut attempt = 1;
    loop {
        match SqlitePoolOptions::new().max_connections(4).connect_with(options.clone()).await {
            Err(sqlx::Error::Database(e)) if attempt < ATTEMPTS && super::is_busy(e.message()) => {
                tokio::time::sleep(Duration::from_millis(50 * u64::from(attempt))).await;
                attempt += 1;
            }
            result => return result,
        }
    }
}

/// Brings the schema up to date. Processes starting together on a new file may both set
/// out to apply the same migration; the one that loses finds the table made when it gets
/// the write lock, and its transaction rolls back whole. Trying again then finds the
/// migration applied, so a few attempts make concurrent starts safe.
async fn migrate(pool: &SqlitePool) -> Result<(), StoreError> {
    const ATTEMPTS: u32 = 5;
    let mut attempt = 1;
    loop {
        match MIGRATOR.run(pool).await {
            Ok(()) => return Ok(()),
            Err(error) if attempt < ATTEMPTS => {
                tracing::debug!(%error, attempt, "migration raced another process; trying again");
                tokio::time::sleep(Duration::from_millis(50 * u64::from(attempt))).await;
                attempt += 1;
            }
            Err(error) => return Err(error.into()),
        }
    }
}

fn is_unique_violation(e: &sqlx::Error) -> bool {
    matches!(e, sqlx::Error::Database(d) if d.is_unique_violation())
}

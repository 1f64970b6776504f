//! The embedded default: one SQLite file in WAL mode. Writers queue on SQLite's lock
//! (busy_timeout) instead of failing; foreign keys cascade a client's erasure.

use std::path::Path;
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::SqlitePool;

use super::StoreError;

mod accounts;
mod bookings;
mod calendar;
mod conversations;
mod directory;
mod file;
mod ledger;
mod messages;
mod queue;
mod reports;
mod retention;

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");

pub struct SqliteStore {
    pool: SqlitePool,
    watch: Arc<file::FileWatch>,
}

/// JSON for a text column; what we serialise is plain data and always serialises.
fn json(value: &impl serde::Serialize) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(|e| StoreError::Corrupt(e.to_string()))
}

impl SqliteStore {
    /// Opens the database at `url`; `create`: a missing file is created (and that is
    /// said), else it is an error naming the commands that create one.
    pub async fn connect(url: &str, create: bool) -> Result<SqliteStore, StoreError> {
        let options = SqliteConnectOptions::from_str(url)?
            // Made (below) only when asked; the pool never makes a file, so that one
            // deleted under the process is not silently replaced by an empty one.
            .create_if_missing(false)
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
        let in_memory = super::is_in_memory(url);
        let existed = in_memory || file.exists();
        if !existed && !create {
            return Err(StoreError::Missing(file.display().to_string()));
        }
        if !existed {
            make(&options).await;
        }
        let watch = Arc::new(file::FileWatch::new((!in_memory).then_some(file.as_path())));
        let pool = open(options, watch.clone()).await.map_err(|e| {
            let folder = file.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
            let hint = if !folder.is_dir() {
                format!(" (the folder {} does not exist)", folder.display())
            } else {
                format!(" (check that this user may read and write {} and its folder)", file.display())
            };
            StoreError::Open { url: super::redact(url), cause: super::describe(&e), hint }
        })?;
        if !existed {
            tracing::warn!(file = %file.display(), "there was no database file: a new, empty one was created");
        }
        watch.arm();
        migrate(&pool).await?;
        let checkpoints = pool.clone();
        let watched = watch.clone();
        tokio::spawn(async move {
            loop {
                tokio::time::sleep(Duration::from_millis(500)).await;
                if checkpoints.is_closed() {
                    return;
                }
                // A file that is not the one opened is not touched (the watch said so).
                if watched.check().is_err() {
                    continue;
                }
                let done = sqlx::query("PRAGMA wal_checkpoint(PASSIVE)").execute(&checkpoints).await;
                match done {
                    // Another connection in the way is no failure: the next one catches up.
                    Err(sqlx::Error::Database(e)) if super::is_busy(e.message()) => {}
                    Err(sqlx::Error::PoolClosed | sqlx::Error::PoolTimedOut) => {}
                    Err(error) => watched.checkpoint(Err(super::describe(&error))),
                    Ok(_) => watched.checkpoint(Ok(())),
                }
            }
        });
        Ok(SqliteStore { pool, watch })
    }
}

/// Makes the missing file with one connection (the pool then only opens it). Processes
/// starting together may all try; whatever fails here shows when the pool opens.
async fn make(options: &SqliteConnectOptions) {
    use sqlx::ConnectOptions;
    match options.clone().create_if_missing(true).connect().await {
        Ok(connection) => {
            let _ = sqlx::Connection::close(connection).await;
        }
        Err(error) => tracing::debug!(%error, "making the database file"),
    }
}

/// Opens the pool. Processes starting together on a new file contend for the lock that
/// switching it to WAL takes, which SQLite reports as "locked" without waiting: a few
/// attempts make concurrent starts safe.
async fn open(options: SqliteConnectOptions, watch: Arc<file::FileWatch>) -> Result<SqlitePool, sqlx::Error> {
    const ATTEMPTS: u32 = 8;
    let mut attempt = 1;
    loop {
        let watch = watch.clone();
        // Every connection taken from the pool first checks that the file is the one opened.
        let (acquired, connected) = (watch.clone(), watch);
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            .before_acquire(move |_, _| {
                let checked = acquired.check().map_err(|why| sqlx::Error::Io(std::io::Error::other(why)));
                Box::pin(async move { checked.map(|()| true) })
            })
            .after_connect(move |_, _| {
                let checked = connected.check().map_err(|why| sqlx::Error::Io(std::io::Error::other(why)));
                Box::pin(async move { checked })
            });
        match pool.connect_with(options.clone()).await {
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

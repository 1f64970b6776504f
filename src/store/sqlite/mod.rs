//! The embedded default: one SQLite file in WAL mode. Writers queue on SQLite's lock
//! (busy_timeout) instead of failing; foreign keys cascade a client's erasure.

use std::path::Path;
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::SqlitePool;

use super::StoreError;

mod file;

// The operations of `../sql/`, compiled here for SQLite (see `operations!`).
type Db = sqlx::Sqlite;
type SqlStore = SqliteStore;
type Row = sqlx::sqlite::SqliteRow;
const DIALECT: super::dialect::Dialect = super::dialect::Dialect::Sqlite;
operations!();

/// A transaction that will write: SQLite's write lock is taken at its start, so that a
/// concurrent writer waits for it (busy_timeout) instead of failing when a read in it
/// would be upgraded to a write.
async fn begin_write(pool: &SqlitePool) -> Result<sqlx::Transaction<'static, Db>, sqlx::Error> {
    pool.begin_with("BEGIN IMMEDIATE").await
}

/// Locks `key` in the lock space `space` until the transaction ends. Nothing to do on
/// SQLite: a writing transaction holds the database's one write lock from its start
/// ([`begin_write`]).
async fn lock(_tx: &mut sqlx::Transaction<'_, Db>, _space: i32, _key: &str) -> Result<(), sqlx::Error> {
    Ok(())
}

/// After an erasure: the log still holds the pages as they were before; fold it into the
/// file (whose freed space `secure_delete` zeroed) and cut it to nothing. A reader in the
/// way leaves it to the next erasure or the background checkpoints.
async fn after_erase(store: &SqliteStore) {
    if let Err(error) = sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(&store.pool).await {
        tracing::warn!(%error, "the log could not be truncated after an erasure");
    }
}

/// This process's checkpoint failures and the write-ahead log's size (`/metrics`).
fn file_counts(store: &SqliteStore) -> (Option<i64>, Option<i64>) {
    let failures = store.watch.checkpoint_failures.load(std::sync::atomic::Ordering::Relaxed);
    (Some(failures as i64), store.watch.wal_bytes().map(|b| b as i64))
}

/// A consistent copy of the database in the new file `to` (mode 0600), made while others
/// use it (`VACUUM INTO`); its size in bytes.
async fn backup(store: &SqliteStore, to: &Path) -> Result<u64, StoreError> {
    use std::os::unix::fs::OpenOptionsExt;
    let fail = |e: std::io::Error| StoreError::Backup(format!("{}: {e}", to.display()));
    // An empty file of the owner's only, which VACUUM INTO then fills; never one that is there.
    std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(to).map_err(fail)?;
    let path = to.to_str().ok_or_else(|| StoreError::Backup(format!("{}: not a UTF-8 path", to.display())))?;
    if let Err(error) = sqlx::query("VACUUM INTO $1").bind(path).execute(&store.pool).await {
        let _ = std::fs::remove_file(to);
        return Err(error.into());
    }
    Ok(std::fs::metadata(to).map_err(fail)?.len())
}

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");

pub struct SqliteStore {
    pool: SqlitePool,
    watch: Arc<file::FileWatch>,
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

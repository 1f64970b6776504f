//! PostgreSQL, for several instances sharing one database. Transactions run at READ
//! COMMITTED: where SQLite's single writer made a read-then-write atomic, the SQL here
//! says so itself (a condition in the UPDATE that PostgreSQL checks again on the row it
//! locks, `FOR UPDATE`, `SKIP LOCKED`, or a lock on the intake's reference).

use std::str::FromStr;
use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{ConnectOptions, PgPool};

use super::StoreError;

// The operations of `../sql/`, compiled here for PostgreSQL (see `operations!`).
type Db = sqlx::Postgres;
type SqlStore = PgStore;
type Row = sqlx::postgres::PgRow;
const DIALECT: super::dialect::Dialect = super::dialect::Dialect::Postgres;
operations!();

/// A transaction that will write. PostgreSQL locks rows as they are written (or read
/// `FOR UPDATE`); what must be read and written atomically says so in its SQL.
async fn begin_write(pool: &PgPool) -> Result<sqlx::Transaction<'static, Db>, sqlx::Error> {
    pool.begin().await
}

/// Locks `key` in the lock space `space` until the transaction ends (an advisory lock on
/// two keys; sqlx's migrator takes a one-key lock, so the spaces stay apart from it).
async fn lock(tx: &mut sqlx::Transaction<'_, Db>, space: i32, key: &str) -> Result<(), sqlx::Error> {
    sqlx::query("SELECT pg_advisory_xact_lock($1, hashtext($2))").bind(space).bind(key).execute(&mut **tx).await?;
    Ok(())
}

/// After an erasure: nothing to do at once (autovacuum reclaims the dead rows).
async fn after_erase(_store: &PgStore) {}

/// Nothing to count: the figures of SQLite's file.
fn file_counts(_store: &PgStore) -> (Option<i64>, Option<i64>) {
    (None, None)
}

/// A PostgreSQL database is backed up with its own tools.
async fn backup(_store: &PgStore, _to: &std::path::Path) -> Result<u64, StoreError> {
    Err(StoreError::Backup(
        "a PostgreSQL database is backed up with pg_dump --format=custom (docs/operations.md)".into(),
    ))
}

/// sqlx's PostgreSQL migrator takes an advisory lock for the whole run, so processes
/// starting together apply each migration once, one after the other.
static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

pub struct PgStore {
    pool: PgPool,
}

impl PgStore {
    /// Opens a pool on `url` (`options=-c search_path=…` and the other libpq parameters
    /// that sqlx knows are honoured) and brings the schema up to date.
    pub async fn connect(url: &str) -> Result<PgStore, StoreError> {
        let options = PgConnectOptions::from_str(url).map_err(|e| StoreError::Open {
            url: super::redact(url),
            cause: super::describe(&e),
            hint: " (expected postgres://USER:PASSWORD@HOST:PORT/DATABASE)".into(),
        })?;
        let pool = PgPoolOptions::new()
            .max_connections(8)
            .acquire_timeout(Duration::from_secs(10))
            .connect_with(options.clone())
            .await;
        let pool = match pool {
            Ok(pool) => pool,
            Err(error) => {
                let cause = cause(&options, error).await;
                return Err(StoreError::Open { url: super::redact(url), cause, hint: hint(&options) });
            }
        };
        MIGRATOR.run(&pool).await?;
        Ok(PgStore { pool })
    }
}

/// The pool retries a refused connection until its timeout and then says only that it
/// timed out: one connection more, made directly, tells why.
async fn cause(options: &PgConnectOptions, error: sqlx::Error) -> String {
    if !matches!(error, sqlx::Error::PoolTimedOut) {
        return super::describe(&error);
    }
    match tokio::time::timeout(Duration::from_secs(5), options.connect()).await {
        Ok(Err(direct)) => super::describe(&direct),
        _ => super::describe(&error),
    }
}

/// What an administrator should check, with the server and database the URL names.
fn hint(options: &PgConnectOptions) -> String {
    let (host, port) = (options.get_host(), options.get_port());
    let database = options.get_database().unwrap_or(options.get_username());
    format!(
        " (check that the PostgreSQL server is running and reachable at {host}:{port}, that the database \
         '{database}' exists, that the user '{}' and its password are right, and that pg_hba.conf lets this \
         user connect from here)",
        options.get_username()
    )
}

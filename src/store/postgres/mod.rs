//! PostgreSQL, for several instances sharing one database. Transactions run at READ
//! COMMITTED: where SQLite's single writer made a read-then-write atomic, the SQL here
//! says so itself (a condition in the UPDATE that PostgreSQL checks again on the row it
//! locks, `FOR UPDATE`, `SKIP LOCKED`, or a lock on the intake's reference).

use std::str::FromStr;
use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{ConnectOptions, PgPool};

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

/// sqlx's PostgreSQL migrator takes an advisory lock for the whole run, so processes
/// starting together apply each migration once, one after the other.
static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

pub struct PgStore {
    pool: PgPool,
}

/// JSON for a JSONB column, bound as text and cast (`$n::jsonb`); what we serialise is
/// plain data and always serialises.
fn json(value: &impl serde::Serialize) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(|e| StoreError::Corrupt(e.to_string()))
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

fn is_unique_violation(e: &sqlx::Error) -> bool {
    matches!(e, sqlx::Error::Database(d) if d.is_unique_violation())
}

/// PostgreSQL broke a deadlock by aborting this transaction: nothing of it was applied.
fn is_deadlock(e: &StoreError) -> bool {
    matches!(e, StoreError::Database(sqlx::Error::Database(d)) if d.code().as_deref() == Some("40P01"))
}

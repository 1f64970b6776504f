//! What can go wrong in the store, in words an administrator can act on.

use crate::domain::Refusal;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// Another writer changed the conversation since it was read; read it again.
    #[error("the conversation was changed concurrently")]
    Conflict,
    #[error("the reference number is already taken")]
    DuplicateReference,
    /// The slot was held or booked by someone else in the meantime: run the turn again
    /// with fresh slots.
    #[error("the slot is already taken")]
    SlotTaken,
    /// The inbox event was processed before: skip it.
    #[error("the update was already processed")]
    AlreadyProcessed,
    /// The cause is part of the message (not a `source`), so that a log line carries it
    /// once, whatever way the error is printed.
    #[error("database error: {}", describe(.0))]
    Database(sqlx::Error),
    #[error("cannot open the database {url}: {cause}{hint}")]
    Open { url: String, cause: String, hint: String },
    /// A command that only works on data asked for a database file that is not there.
    #[error(
        "there is no database at {0}: `anlauf serve`, `anlauf chat` and `anlauf migrate` create one \
         (is --database-url / ANLAUF_DATABASE_URL right?)"
    )]
    Missing(String),
    #[error("backup: {0}")]
    Backup(String),
    #[error("database migration failed: {0}")]
    Migrate(sqlx::migrate::MigrateError),
    #[error("stored data cannot be read: {0}")]
    Corrupt(String),
    #[error("unsupported database URL (expected sqlite://PATH or postgres://USER@HOST/DATABASE): {0}")]
    UnsupportedUrl(String),
    /// No intake has that number or reference.
    #[error("no such intake")]
    NotFound,
    /// The case's state does not allow the action (held by someone else, finished).
    #[error("{0}")]
    Refused(Refusal),
    /// A staff account with that email exists already.
    #[error("an account with this email exists already")]
    AccountExists,
}

impl From<sqlx::Error> for StoreError {
    fn from(e: sqlx::Error) -> Self {
        StoreError::Database(e)
    }
}

impl From<sqlx::migrate::MigrateError> for StoreError {
    fn from(e: sqlx::migrate::MigrateError) -> Self {
        StoreError::Migrate(e)
    }
}

impl StoreError {
    /// What an administrator should check, where the cause suggests it.
    pub fn hint(&self) -> &'static str {
        let StoreError::Database(error) = self else { return "" };
        let message = describe(error);
        if is_busy(&message) {
            "another process held the database's write lock for longer than 5 s: look for a stuck process using the file"
        } else if message.contains("unable to open") {
            "check that the database file and its folder exist and that this user may write to them"
        } else if message.contains("readonly") || message.contains("read-only") {
            "the database file or its folder is read-only for this user"
        } else if message.contains("disk") || message.contains("full") {
            "check the free space on the database's disk"
        } else {
            ""
        }
    }
}

/// Whether SQLite's message says another connection holds the lock.
pub fn is_busy(message: &str) -> bool {
    message.contains("locked") || message.contains("busy")
}

/// The database's own words ("database is locked", "unable to open database file"),
/// without sqlx's wrapping.
pub fn describe(error: &sqlx::Error) -> String {
    match error {
        sqlx::Error::Database(db) => db.message().to_owned(),
        other => other.to_string(),
    }
}

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
    /// The staff form was sent before and did what it asked then: nothing was done again.
    #[error("this form was sent before; nothing was done again")]
    AlreadyDone,
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
    /// Why a piece of work failed for good, in a few words fit for a log and for a parked
    /// update's record (never the data itself): its own data cannot be read or stored
    /// (undecodable, refused by a constraint or a trigger). `None` for a failure of the
    /// database as a whole (away, busy, locked, full, read-only, its file gone): trying
    /// again later cures that, and it would strike every other piece of work alike.
    pub fn permanent(&self) -> Option<&'static str> {
        match self {
            StoreError::Corrupt(_) => Some("stored data cannot be read"),
            StoreError::Refused(_) | StoreError::NotFound => Some("refused by the case's rules"),
            // A value of this row that does not decode. (A column or type that is missing
            // is the schema's, and strikes every piece of work: not permanent here.)
            StoreError::Database(sqlx::Error::ColumnDecode { .. } | sqlx::Error::Decode(_)) => {
                Some("stored data does not fit the code")
            }
            StoreError::Database(sqlx::Error::Database(db)) => {
                use sqlx::error::ErrorKind;
                let refused = match db.kind() {
                    ErrorKind::UniqueViolation
                    | ErrorKind::ForeignKeyViolation
                    | ErrorKind::NotNullViolation
                    | ErrorKind::CheckViolation => true,
                    _ => db.code().is_some_and(|code| refusal_code(&code)),
                };
                refused.then_some("the database refused the write")
            }
            _ => None,
        }
    }

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

/// Whether a database's error code refuses this piece of work's data rather than saying
/// the database is unwell: PostgreSQL's data exceptions (class 22), integrity violations
/// (23) and errors raised by a function or trigger (P0); SQLite's constraint (a trigger's
/// RAISE too), datatype mismatch and range errors (primary codes 19, 20, 25).
/// (PostgreSQL's codes have five characters, SQLite's extended codes at most four digits.)
fn refusal_code(code: &str) -> bool {
    match code.parse::<u32>() {
        Ok(extended) if code.len() < 5 => matches!(extended & 0xff, 19 | 20 | 25),
        _ => ["22", "23", "P0"].iter().any(|class| code.starts_with(class)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failure_of_the_work_is_told_from_a_failure_of_the_database() {
        assert!(StoreError::Corrupt("x".into()).permanent().is_some());
        assert!(StoreError::Database(sqlx::Error::Decode(Box::new(std::io::Error::other("x")))).permanent().is_some());
        assert!(
            StoreError::Database(sqlx::Error::ColumnNotFound("state".into())).permanent().is_none(),
            "the schema's"
        );
        assert!(StoreError::Database(sqlx::Error::PoolTimedOut).permanent().is_none());
        assert!(StoreError::Database(sqlx::Error::Io(std::io::Error::other("gone"))).permanent().is_none());
        assert!(StoreError::Conflict.permanent().is_none());
        // SQLite: a trigger's RAISE (SQLITE_CONSTRAINT_TRIGGER), a mismatch; not busy or I/O.
        assert!(refusal_code("1811") && refusal_code("20") && refusal_code("19"));
        assert!(!refusal_code("5") && !refusal_code("10") && !refusal_code("13") && !refusal_code("1"));
        // PostgreSQL: raised, integrity, data; not a connection failure or a missing table.
        assert!(refusal_code("P0001") && refusal_code("23505") && refusal_code("22P02"));
        assert!(!refusal_code("08006") && !refusal_code("42P01") && !refusal_code("57P01"));
    }
}

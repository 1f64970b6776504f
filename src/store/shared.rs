//! What the operations of both backends share: JSON for the columns that hold it, and
//! the database errors a caller treats apart.

use super::StoreError;

/// JSON for a JSON column (bound as text; PostgreSQL casts it to `jsonb`); what we
/// serialise is plain data and always serialises.
pub fn json(value: &impl serde::Serialize) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(|e| StoreError::Corrupt(e.to_string()))
}

/// A unique index refused the write (the row is there already).
pub fn is_unique_violation(e: &sqlx::Error) -> bool {
    matches!(e, sqlx::Error::Database(d) if d.is_unique_violation())
}

/// PostgreSQL broke a deadlock by aborting this transaction: nothing of it was applied.
/// (SQLite's single writer never deadlocks.)
pub fn is_deadlock(e: &StoreError) -> bool {
    matches!(e, StoreError::Database(sqlx::Error::Database(d)) if d.code().as_deref() == Some("40P01"))
}

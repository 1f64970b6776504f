//! The retention periods, enforced: what a client left goes when its time is up.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::StoreError;
use crate::domain::erase::{Cutoffs, Purged};

#[async_trait]
pub trait Retention: Send + Sync {
    /// Removes, by `cutoffs`: clients who never consented (with their conversation);
    /// unsent dialogues (the client too when they have no request); closed cases, erased
    /// as `/delete` erases and their staff notes and messages with them (the client too
    /// when no other request of theirs is open). Each request keeps what the statistics
    /// count. Safe to run on several instances at once: each case is purged once.
    async fn purge(&self, cutoffs: &Cutoffs, now: DateTime<Utc>) -> Result<Purged, StoreError>;
}

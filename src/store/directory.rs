//! The offices and counsellors administrators edit in the dashboard, kept as versions.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::{AuditEntry, StoreError};

/// One saved version of the directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirectoryVersion {
    pub id: i64,
    /// `[[office]]` and `[[counsellor]]` tables, as `anlauf.toml` has them.
    pub body: String,
    pub author: String,
    pub at: DateTime<Utc>,
}

#[async_trait]
pub trait Directory: Send + Sync {
    /// The version in force: the latest saved, if an administrator ever saved one.
    async fn directory(&self) -> Result<Option<DirectoryVersion>, StoreError>;

    /// The id of the latest version (0: none), cheap enough to ask every few seconds.
    async fn directory_latest(&self) -> Result<i64, StoreError>;

    /// Saves `body` as the version after `expected` (0: the first) and its audit entry in
    /// one transaction; [`StoreError::Conflict`] when `expected` is no longer the latest.
    async fn directory_save(&self, expected: i64, body: &str, audit: &AuditEntry) -> Result<i64, StoreError>;
}

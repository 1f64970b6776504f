//! Persistence behind one domain-level trait. The backend is chosen by the database
//! URL's scheme; `sqlite://` is the embedded default.

pub mod sqlite;

use std::sync::Arc;

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use crate::dialog::Effect;
use crate::domain::{Channel, Intake};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// Another writer changed the conversation since it was read; read it again.
    #[error("the conversation was changed concurrently")]
    Conflict,
    #[error("the reference number is already taken")]
    DuplicateReference,
    /// The Telegram update was applied before (redelivered): skip it.
    #[error("the update was already processed")]
    AlreadyProcessed,
    /// The cause is part of the message (not a `source`), so that a log line carries it
    /// once, whatever way the error is printed.
    #[error("database error: {}", describe(.0))]
    Database(sqlx::Error),
    #[error("cannot open the database {url}: {cause}{hint}")]
    Open { url: String, cause: String, hint: String },
    #[error("database migration failed: {0}")]
    Migrate(sqlx::migrate::MigrateError),
    #[error("stored data cannot be read: {0}")]
    Corrupt(String),
    #[error("unsupported database URL (expected sqlite://PATH): {0}")]
    UnsupportedUrl(String),
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
        if message.contains("locked") || message.contains("busy") {
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

/// The database's own words ("database is locked", "unable to open database file"),
/// without sqlx's wrapping.
pub fn describe(error: &sqlx::Error) -> String {
    match error {
        sqlx::Error::Database(db) => db.message().to_owned(),
        other => other.to_string(),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientId(pub i64);

#[derive(Debug, Clone)]
pub struct StoredConversation {
    pub state: String,
    pub version: i64,
}

/// One submitted intake as the staff queue shows it.
#[derive(Debug, Clone)]
pub struct QueueEntry {
    pub id: i64,
    pub reference: String,
    pub status: String,
    pub language: String,
    pub topics: Vec<String>,
    pub created_at: DateTime<Utc>,
    pub summary: Intake,
}

/// How staff name an intake: by its queue number or its reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IntakeKey {
    Id(i64),
    Reference(String),
}

impl IntakeKey {
    /// A number, or a reference as people type it: any case, with blanks, with the hyphen
    /// missing, moved or doubled (`gpjqdtxy`, `GPJ-QDTXY`, ` gpjq  dtxy `).
    pub fn parse(text: &str) -> IntakeKey {
        let trimmed = text.trim();
        // A hyphen makes it a reference, even one of digits only (`2347-6923`).
        if let (false, Ok(id)) = (trimmed.contains('-'), trimmed.parse()) {
            return IntakeKey::Id(id);
        }
        let compact: String = trimmed.chars().filter(|c| c.is_alphanumeric()).map(|c| c.to_ascii_uppercase()).collect();
        match compact.len() {
            8 if compact.is_ascii() => IntakeKey::Reference(format!("{}-{}", &compact[..4], &compact[4..])),
            _ => IntakeKey::Reference(trimmed.to_uppercase()),
        }
    }
}

#[async_trait]
pub trait Store: Send + Sync {
    /// The client for a channel user, created on first contact. A client who writes is
    /// reachable again.
    async fn client(&self, channel: Channel, channel_user_id: &str, now: DateTime<Utc>)
        -> Result<ClientId, StoreError>;

    async fn conversation(&self, client: ClientId) -> Result<Option<StoredConversation>, StoreError>;

    /// Saves the new state if the stored version is still `expected` (`None`: nothing
    /// stored yet) and carries out the effects, all in one transaction. `state: None`
    /// with [`Effect::Forget`] erases the client. With `telegram_update`, the update is
    /// recorded in the same transaction; one recorded before gives
    /// [`StoreError::AlreadyProcessed`] and changes nothing.
    async fn save_turn(
        &self,
        client: ClientId,
        expected: Option<i64>,
        state: Option<&str>,
        effects: &[Effect],
        telegram_update: Option<i64>,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError>;

    /// Whether a Telegram update was applied already: checked before anything else is
    /// written, so that a redelivered update cannot recreate an erased client.
    async fn update_seen(&self, update_id: i64) -> Result<bool, StoreError>;

    /// Forgets recorded updates older than `before` (Telegram does not redeliver them).
    async fn prune_updates(&self, before: DateTime<Utc>) -> Result<u64, StoreError>;

    /// `true` the first time a group chat is seen, so the bot says only once that it
    /// works in private chats.
    async fn first_group_notice(&self, chat_id: i64, now: DateTime<Utc>) -> Result<bool, StoreError>;

    /// Marks a client the channel can no longer deliver to (blocked the bot).
    async fn mark_unreachable(
        &self,
        channel: Channel,
        channel_user_id: &str,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError>;

    /// Submitted intakes, oldest first (first come, first served).
    async fn queue(&self, limit: i64) -> Result<Vec<QueueEntry>, StoreError>;

    async fn intake(&self, key: &IntakeKey) -> Result<Option<QueueEntry>, StoreError>;
}

/// Opens the store named by `url` and brings its schema up to date.
pub async fn connect(url: &str) -> Result<Arc<dyn Store>, StoreError> {
    if url.starts_with("sqlite:") {
        Ok(Arc::new(sqlite::SqliteStore::connect(url).await?))
    } else {
        Err(StoreError::UnsupportedUrl(redact(url)))
    }
}

/// Whether `url` names a database that lives only as long as the process.
pub fn is_in_memory(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    let temporary = matches!(lower.as_str(), "sqlite:" | "sqlite://" | "sqlite:///");
    temporary || lower.starts_with("sqlite:") && (lower.contains(":memory:") || lower.contains("mode=memory"))
}

/// A URL fit for logs and error messages: any password replaced.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            let userinfo = &url[scheme_end + 3..at];
            match userinfo.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme_end + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_never_reach_logs() {
        assert_eq!(redact("postgres://anlauf:s3cret@db:5432/anlauf"), "postgres://anlauf:***@db:5432/anlauf");
        assert_eq!(redact("sqlite://anlauf.db"), "sqlite://anlauf.db");
    }

    #[test]
    fn intake_keys_are_read_as_people_type_them() {
        assert_eq!(IntakeKey::parse(" 12 "), IntakeKey::Id(12));
        assert_eq!(IntakeKey::parse("2347-6923"), IntakeKey::Reference("2347-6923".into()));
        for typed in
            ["k7qm-2xpd", "K7QM2XPD", "k7qm2xpd", " K7QM 2XPD ", "K7-QM-2XPD", "k7qm--2xpd", "K7QM\u{2011}2XPD"]
        {
            assert_eq!(IntakeKey::parse(typed), IntakeKey::Reference("K7QM-2XPD".into()), "{typed}");
        }
    }

    #[test]
    fn in_memory_databases_are_recognised() {
        assert!(is_in_memory("sqlite::memory:"));
        assert!(is_in_memory("sqlite://:memory:"));
        assert!(is_in_memory("sqlite://file.db?mode=memory"));
        assert!(is_in_memory("sqlite://"), "an empty path is a temporary database");
        assert!(!is_in_memory("sqlite://anlauf.db"));
    }
}

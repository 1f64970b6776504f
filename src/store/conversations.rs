//! Conversations: the state of each client's dialogue and what a turn changes.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::StoreError;
use crate::domain::{Channel, Effect, Outgoing};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientId(pub i64);

#[derive(Debug, Clone)]
pub struct StoredConversation {
    pub state: String,
    pub version: i64,
}

/// What a turn starts from: the client (if known), their conversation, and what the
/// dialogue needs to know about them.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    pub client: Option<ClientId>,
    pub conversation: Option<StoredConversation>,
    /// Intakes this client submitted earlier.
    pub intakes: u32,
    /// The channel could not deliver to this user (they blocked the bot); a turn clears it.
    pub unreachable: bool,
}

/// One turn to save, all in one transaction.
#[derive(Debug, Clone)]
pub struct Turn<'a> {
    pub channel: Channel,
    pub user: &'a str,
    /// The client as loaded; `None`: created in this transaction if a state is kept.
    pub client: Option<ClientId>,
    /// The conversation's version as loaded (`None`: there was none).
    pub expected: Option<i64>,
    /// The new state; `None` with [`Effect::Forget`] erases the client.
    pub state: Option<&'a str>,
    pub effects: &'a [Effect],
    /// The inbox event this turn processes: marked processed in the same transaction.
    pub inbox: Option<i64>,
    pub outbox: &'a [Outgoing],
    /// The user was marked unreachable: writing again clears the mark.
    pub unreachable: bool,
    pub now: DateTime<Utc>,
}

/// Conversations: the state of each client's dialogue and what a turn changes.
#[async_trait]
pub trait Conversations: Send + Sync {
    /// The client of a channel user, their conversation and facts the dialogue needs;
    /// reads only (a client is created by the first turn that keeps something).
    async fn load(&self, channel: Channel, user: &str) -> Result<Loaded, StoreError>;

    /// Saves the turn if the conversation is still at `expected` (compare-and-swap):
    /// the client (created if new), the state, the effects, the inbox event marked
    /// processed and the outbox messages, in one transaction; returns the outbox ids.
    /// A concurrent writer gives [`StoreError::Conflict`], an inbox event processed
    /// before gives [`StoreError::AlreadyProcessed`]; neither changes anything. A
    /// client who writes is reachable again.
    async fn save_turn(&self, turn: &Turn<'_>) -> Result<Vec<i64>, StoreError>;

    /// What is stored about a client, for `/mydata`: consents, requests with their
    /// status, and appointments (not holds), oldest first.
    async fn client_record(&self, client: ClientId) -> Result<crate::domain::record::ClientRecord, StoreError>;
}

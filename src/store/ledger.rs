//! The channel ledger: what arrived, what is to be sent, group notices, unreachable users.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::StoreError;
use crate::domain::{Channel, Outgoing};

/// An update as the inbox holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InboxEvent {
    pub id: i64,
    pub event_id: String,
    /// The chat its answers go to, when it names one.
    pub chat: Option<String>,
    /// The update exactly as received.
    pub payload: String,
}

/// An update to store in the inbox.
#[derive(Debug, Clone)]
pub struct NewEvent {
    pub event_id: String,
    pub chat: Option<String>,
    pub payload: String,
}

/// How long an instance holds work it took (a chat's updates, the messages it sends,
/// the ones its own turns wrote too) before another instance may take it: renewed
/// while it works, so only an instance that died lets its leases lapse, and its work
/// goes on this long after, on another instance or itself restarted.
pub const LEASE: chrono::TimeDelta = chrono::TimeDelta::seconds(30);

/// Who sends the messages a write puts in the outbox.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sender {
    /// The writing instance hands them to its own sender at once: claimed for it.
    This,
    /// Any sender's sweep (the writer, a staff command, sends nothing itself).
    Any,
}

/// A message in the outbox, not yet sent.
#[derive(Debug, Clone, PartialEq)]
pub struct OutboxMessage {
    pub id: i64,
    pub chat: String,
    pub payload: serde_json::Value,
    pub not_before: Option<DateTime<Utc>>,
}

/// An update set aside because handling it failed for good (see
/// [`crate::store::StoreError::permanent`]): what staff see of it, never its content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParkedEvent {
    pub id: i64,
    pub channel: String,
    pub received_at: DateTime<Utc>,
    pub parked_at: DateTime<Utc>,
    pub reason: String,
}

/// The channel ledger: what arrived, what is to be sent, group notices, unreachable users.
#[async_trait]
pub trait Ledger: Send + Sync {
    /// Stores updates in one transaction, before they are acknowledged; returns those not
    /// seen before (a redelivered event id is skipped).
    async fn inbox_add(
        &self,
        channel: Channel,
        events: &[NewEvent],
        now: DateTime<Utc>,
    ) -> Result<Vec<InboxEvent>, StoreError>;

    /// Events received and not processed yet, oldest first (after a restart).
    async fn inbox_pending(&self, channel: Channel, limit: i64) -> Result<Vec<InboxEvent>, StoreError>;

    /// Marks an event processed that caused no turn (a group message, nothing to do),
    /// with the messages it sends, in one transaction; returns the outbox ids.
    /// [`StoreError::AlreadyProcessed`] if it was.
    async fn inbox_settle(&self, inbox: i64, outbox: &[Outgoing], now: DateTime<Utc>) -> Result<Vec<i64>, StoreError>;

    /// Claims messages to send now until `lease`: those to send at once and those held
    /// back (reminders) that are due at `now`, oldest first. A message another sender
    /// claimed is left to it until its claim lapses, so each is sent once. Without
    /// `shared` (one process on its own database) messages to send at once are taken
    /// whatever their claim: after a restart they go out at once, and the process's
    /// sender skips those it holds already.
    async fn outbox_claim(
        &self,
        channel: Channel,
        now: DateTime<Utc>,
        lease: DateTime<Utc>,
        limit: i64,
        shared: bool,
    ) -> Result<Vec<OutboxMessage>, StoreError>;

    /// Extends the claim on messages a sender still holds (queued behind others).
    async fn outbox_renew(&self, ids: &[i64], lease: DateTime<Utc>) -> Result<(), StoreError>;

    /// Marks messages sent (or given up: the client blocked the bot).
    async fn outbox_sent(&self, ids: &[i64], now: DateTime<Utc>) -> Result<(), StoreError>;

    /// `true` the first time a group chat is seen, so the bot says only once that it
    /// works in private chats.
    async fn first_group_notice(&self, channel: Channel, chat: &str, now: DateTime<Utc>) -> Result<bool, StoreError>;

    /// Marks a user the channel can no longer deliver to (blocked the bot).
    async fn mark_unreachable(&self, channel: Channel, user: &str, now: DateTime<Utc>) -> Result<(), StoreError>;

    async fn is_unreachable(&self, channel: Channel, user: &str) -> Result<bool, StoreError>;

    /// Events of one chat received and not processed yet, oldest first.
    async fn inbox_pending_chat(&self, channel: Channel, chat: &str, limit: i64)
        -> Result<Vec<InboxEvent>, StoreError>;

    /// Takes (or extends) the lease on handling one chat's updates for `holder` until
    /// `until`: `false` while another holder's lease runs. With several instances, the
    /// holder alone handles the chat, so its updates are handled in order.
    async fn chat_lease(
        &self,
        channel: Channel,
        chat: &str,
        holder: &str,
        now: DateTime<Utc>,
        until: DateTime<Utc>,
    ) -> Result<bool, StoreError>;

    /// Gives a chat's lease back (only the holder's own).
    async fn chat_release(&self, channel: Channel, chat: &str, holder: &str) -> Result<(), StoreError>;

    /// Whether several instances may share this store (PostgreSQL): they then coordinate
    /// through leases. An SQLite file belongs to one process.
    fn shared(&self) -> bool;

    /// Forgets processed events and sent messages older than `before`, and updates
    /// parked before it (they hold what a client wrote).
    async fn prune_ledger(&self, before: DateTime<Utc>) -> Result<u64, StoreError>;

    /// Sets an event aside that cannot be handled (`reason`: why, in a few words), with
    /// the messages it sends (the apology), in one transaction; it is no longer pending,
    /// so the chat goes on. [`StoreError::AlreadyProcessed`] if it was processed or parked.
    async fn inbox_park(
        &self,
        inbox: i64,
        reason: &str,
        outbox: &[Outgoing],
        now: DateTime<Utc>,
    ) -> Result<Vec<i64>, StoreError>;

    /// The parked events, oldest first.
    async fn parked(&self, limit: i64) -> Result<Vec<ParkedEvent>, StoreError>;

    /// Gives parked events back to be handled again (`None`: all of them); how many.
    async fn unpark(&self, id: Option<i64>, now: DateTime<Utc>) -> Result<u64, StoreError>;

    /// Takes the events given back since the last call, for this instance to handle.
    async fn take_retried(&self, channel: Channel) -> Result<Vec<InboxEvent>, StoreError>;
}

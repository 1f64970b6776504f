//! Persistence behind one domain-level trait. The backend is chosen by the database
//! URL's scheme; `sqlite://` is the embedded default.

mod accounts;
mod calendar;
mod directory;
mod messages;
pub mod postgres;
mod reports;
mod retention;
pub mod sqlite;

pub use accounts::{is_reserved_actor, Account, Accounts, AuditEntry, NewAccount, Role, StaffSession};
pub use calendar::Calendar;
pub use directory::{Directory, DirectoryVersion};
pub use messages::{CaseMessage, CaseMessages};
pub use reports::{Counts, Reports};
pub use retention::Retention;

use std::sync::Arc;

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use crate::domain::{CaseAction, CaseState, CaseStatus, Channel, Effect, HistoryEntry, Intake, Outgoing, Refusal};

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

/// One submitted intake as the staff queue shows it.
#[derive(Debug, Clone)]
pub struct QueueEntry {
    pub id: i64,
    pub reference: String,
    /// Where the case stands (a lapsed claim is already shown as new).
    pub case: CaseState,
    pub language: String,
    pub topics: Vec<String>,
    /// The office the client chose, if any.
    pub office: Option<String>,
    pub created_at: DateTime<Utc>,
    pub summary: Intake,
}

/// Which cases a list shows; each field given narrows it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QueueFilter {
    pub status: Option<CaseStatus>,
    pub office: Option<String>,
    pub language: Option<String>,
    pub topic: Option<String>,
    pub service: Option<String>,
    /// Assigned to this counsellor, or held by this staff member.
    pub assignee: Option<String>,
    /// A staff member's own cases: held by them, or assigned to their counsellor id.
    pub mine: Option<Mine>,
}

/// Who "mine" is, in [`QueueFilter::mine`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Mine {
    /// The staff member's name, as holder.
    pub name: String,
    /// Their counsellor id, as assignee, if they are a counsellor of the configuration.
    pub counsellor: Option<String>,
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

    /// Forgets processed events and sent messages older than `before`.
    async fn prune_ledger(&self, before: DateTime<Utc>) -> Result<u64, StoreError>;
}

/// The staff queue of submitted intakes, worked as cases. Claims lapsed by `now` are
/// put back to new first (recorded in the history as the system's), so every answer
/// shows cases as they stand.
#[async_trait]
pub trait Queue: Send + Sync {
    /// Submitted intakes matching `filter`, by priority (1 first), then oldest first.
    async fn queue(&self, filter: &QueueFilter, now: DateTime<Utc>, limit: i64) -> Result<Vec<QueueEntry>, StoreError>;

    async fn intake(&self, key: &IntakeKey, now: DateTime<Utc>) -> Result<Option<QueueEntry>, StoreError>;

    /// Every intake received in `from..until`, oldest first (for the statistics).
    async fn received(
        &self,
        from: DateTime<Utc>,
        until: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<Vec<QueueEntry>, StoreError>;

    /// Claims the first new case matching `filter` (by priority, then age) for `actor`
    /// until `until`. Claimers at the same moment each get a different case: none is
    /// claimed twice. `None`: nothing left to claim.
    async fn claim_next(
        &self,
        actor: &str,
        filter: &QueueFilter,
        now: DateTime<Utc>,
        until: DateTime<Utc>,
    ) -> Result<Option<QueueEntry>, StoreError>;

    /// `actor` acts on one case ([`crate::domain::case::apply`] decides), and the history
    /// records it, in one transaction. [`StoreError::Refused`] when the case's state does
    /// not allow it, [`StoreError::NotFound`] when there is no such case.
    async fn act(
        &self,
        key: &IntakeKey,
        actor: &str,
        action: &CaseAction,
        now: DateTime<Utc>,
    ) -> Result<QueueEntry, StoreError>;

    /// A case's history, oldest first.
    async fn history(&self, intake: i64) -> Result<Vec<HistoryEntry>, StoreError>;
}

/// A slot taken: booked, or held and not yet lapsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TakenSlot {
    pub counsellor: String,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
}

/// A booking or hold as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct BookingRow {
    pub id: i64,
    pub reference: String,
    pub slot: crate::domain::Slot,
    pub status: String,
    pub held_until: Option<DateTime<Utc>>,
    pub interpreter: Option<String>,
    pub languages: Vec<String>,
}

/// Holds and bookings; a slot is held or booked at most once (a unique index).
#[async_trait]
pub trait Bookings: Send + Sync {
    /// Slots overlapping `from..until` that are booked, or held and not lapsed at `now`
    /// (the holds of `except`, the client's own, left out).
    async fn taken(
        &self,
        from: DateTime<Utc>,
        until: DateTime<Utc>,
        now: DateTime<Utc>,
        except: Option<&str>,
    ) -> Result<Vec<TakenSlot>, StoreError>;

    /// Holds a slot on its own (outside a turn): [`StoreError::SlotTaken`] if it is.
    async fn hold(&self, hold: &crate::domain::Hold, now: DateTime<Utc>) -> Result<i64, StoreError>;

    /// The holds and bookings of an intake, newest first.
    async fn bookings_of(&self, reference: &str) -> Result<Vec<BookingRow>, StoreError>;

    /// Bookings and holds that count for the calendar in `from..until`: booked, held and
    /// not lapsed at `now`, or marked as missed; earliest first.
    async fn calendar(
        &self,
        from: DateTime<Utc>,
        until: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<Vec<BookingRow>, StoreError>;

    /// Cancels a booked appointment by staff: its reminders are taken back and `notice`
    /// (telling the client) is written to the outbox, in one transaction. `false` if it
    /// was not booked.
    async fn cancel_booking(
        &self,
        id: i64,
        channel: Channel,
        notice: &[Outgoing],
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError>;

    /// Books `hold.slot` for an intake's client on staff's word, in one transaction:
    /// the intake's booked appointment `moved` (if any) is cancelled with its reminders,
    /// `outbox` (the notice, the new reminders) is written for any sender, and the case
    /// records the booking by `actor`. [`StoreError::SlotTaken`] if the slot went.
    async fn staff_book(
        &self,
        hold: &crate::domain::Hold,
        moved: Option<&crate::domain::Slot>,
        channel: Channel,
        outbox: &[Outgoing],
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError>;

    /// Marks a booked appointment as missed (the client did not come). `false` if it was
    /// not booked.
    async fn mark_no_show(&self, id: i64, now: DateTime<Utc>) -> Result<bool, StoreError>;

    /// How many appointments the client of this intake missed, over all their requests.
    async fn no_shows(&self, reference: &str) -> Result<i64, StoreError>;

    /// The channel and user an intake's client writes through, while the client exists.
    async fn client_of(&self, reference: &str) -> Result<Option<(Channel, String)>, StoreError>;

    /// A counsellor's bookings and holds (not lapsed at `now`) in `from..until`, each
    /// with the topics of its intake: what their calendar feed shows.
    async fn counsellor_calendar(
        &self,
        counsellor: &str,
        from: DateTime<Utc>,
        until: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<Vec<(BookingRow, Vec<String>)>, StoreError>;

    /// Who waits, first come first: offers that lapsed by `now` go back to waiting,
    /// their slot passed over.
    async fn waiting(&self, now: DateTime<Utc>) -> Result<Vec<crate::domain::Waiting>, StoreError>;

    /// Offers a slot to a waiting client: holds it until `hold.until`, marks them
    /// offered, and stores `event` in their channel's inbox (the offer, for the dialogue),
    /// in one transaction; [`StoreError::SlotTaken`] if the slot went meanwhile.
    async fn offer_waiting(
        &self,
        waiting: &crate::domain::Waiting,
        hold: &crate::domain::Hold,
        event: &NewEvent,
        now: DateTime<Utc>,
    ) -> Result<Option<InboxEvent>, StoreError>;

    /// A client's booked appointments that start after `now`, soonest first.
    async fn appointments(
        &self,
        client: ClientId,
        now: DateTime<Utc>,
    ) -> Result<Vec<crate::domain::Appointment>, StoreError>;
}

/// Everything the service keeps, behind one handle.
pub trait Store:
    Conversations + Ledger + Queue + Bookings + Accounts + Reports + CaseMessages + Calendar + Directory + Retention
{
}

impl<T> Store for T where
    T: Conversations + Ledger + Queue + Bookings + Accounts + Reports + CaseMessages + Calendar + Directory + Retention
{
}

/// Opens the store named by `url` and brings its schema up to date.
/// Opens the database at `url`, creating a SQLite file that is not there yet (and saying
/// so): for `serve`, `chat` and `migrate`.
pub async fn connect(url: &str) -> Result<Arc<dyn Store>, StoreError> {
    connect_with(url, true).await
}

/// Opens the database at `url` only if it exists: for the commands that work on stored
/// data (`queue`, `staff`, `booking`, `slots`), which must not make an empty one.
pub async fn open(url: &str) -> Result<Arc<dyn Store>, StoreError> {
    connect_with(url, false).await
}

async fn connect_with(url: &str, create: bool) -> Result<Arc<dyn Store>, StoreError> {
    if url.starts_with("sqlite:") {
        Ok(Arc::new(sqlite::SqliteStore::connect(url, create).await?))
    } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        Ok(Arc::new(postgres::PgStore::connect(url).await?))
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

/// A URL fit for logs and error messages: any password replaced, in the user part or
/// as a `password=` parameter.
pub fn redact(url: &str) -> String {
    let (url, query) = match url.split_once('?') {
        Some((base, query)) => (base, Some(query)),
        None => (url, None),
    };
    let base = redact_userinfo(url);
    match query {
        None => base,
        Some(query) => {
            let hidden: Vec<String> = query
                .split('&')
                .map(|pair| match pair.split_once('=') {
                    Some((key, _)) if key.eq_ignore_ascii_case("password") => format!("{key}=***"),
                    _ => pair.to_owned(),
                })
                .collect();
            format!("{base}?{}", hidden.join("&"))
        }
    }
}

fn redact_userinfo(url: &str) -> String {
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
        assert_eq!(
            redact("postgres://anlauf@db/anlauf?sslmode=require&password=s3cret"),
            "postgres://anlauf@db/anlauf?sslmode=require&password=***"
        );
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

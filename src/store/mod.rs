//! Persistence behind one domain-level trait. The backend is chosen by the database
//! URL's scheme; `sqlite://` is the embedded default.

/// The operations, written once for both databases in `sql/`, as modules of the backend
/// module that invokes this (`sqlite`, `postgres`): each file is compiled for each
/// database, hence the `duplicate_mod` allowances. They see the backend through the names
/// it defines: `Db` (sqlx's database), `SqlStore`, `Row`, `DIALECT`, and the functions
/// `begin_write`, `lock`, `after_erase`, `backup`, `file_counts`.
macro_rules! operations {
    () => {
        #[path = "../sql/accounts.rs"]
        #[allow(clippy::duplicate_mod)]
        mod accounts;
        #[path = "../sql/bookings.rs"]
        #[allow(clippy::duplicate_mod)]
        mod bookings;
        #[path = "../sql/calendar.rs"]
        #[allow(clippy::duplicate_mod)]
        mod calendar;
        #[path = "../sql/conversations.rs"]
        #[allow(clippy::duplicate_mod)]
        mod conversations;
        #[path = "../sql/directory.rs"]
        #[allow(clippy::duplicate_mod)]
        mod directory;
        #[path = "../sql/done.rs"]
        #[allow(clippy::duplicate_mod)]
        mod done;
        #[path = "../sql/ledger.rs"]
        #[allow(clippy::duplicate_mod)]
        mod ledger;
        #[path = "../sql/messages.rs"]
        #[allow(clippy::duplicate_mod)]
        mod messages;
        #[path = "../sql/outbox.rs"]
        #[allow(clippy::duplicate_mod)]
        mod outbox;
        #[path = "../sql/queue.rs"]
        #[allow(clippy::duplicate_mod)]
        mod queue;
        #[path = "../sql/reports.rs"]
        #[allow(clippy::duplicate_mod)]
        mod reports;
        #[path = "../sql/retention.rs"]
        #[allow(clippy::duplicate_mod)]
        mod retention;
    };
}

mod accounts;
mod bookings;
mod calendar;
mod conversations;
mod dialect;
mod directory;
mod done;
mod error;
mod ledger;
mod messages;
pub mod postgres;
mod queue;
mod reports;
mod retention;
mod shared;
pub mod sqlite;
mod url;

/// How staff name an intake (its parsing is the domain's).
pub use crate::domain::IntakeKey;
pub use accounts::{is_reserved_actor, Account, Accounts, AuditEntry, NewAccount, Role, StaffSession};
pub use bookings::{BookingRow, Bookings, TakenSlot};
pub use calendar::Calendar;
pub use conversations::{ClientId, Conversations, Loaded, StoredConversation, Turn};
pub use directory::{Directory, DirectoryVersion};
pub use done::Done;
pub use error::{describe, is_busy, StoreError};
pub use ledger::{InboxEvent, Ledger, NewEvent, OutboxMessage, ParkedEvent, Sender, LEASE};
pub use messages::{CaseMessage, CaseMessages};
pub use queue::{Mine, Queue, QueueEntry, QueueFilter};
pub use reports::{Counts, Reports};
pub use retention::Retention;
pub use url::{is_in_memory, redact};

use std::sync::Arc;

/// Everything the service keeps, behind one handle.
pub trait Store:
    Conversations + Ledger + Queue + Bookings + Accounts + Reports + CaseMessages + Calendar + Directory + Retention
{
}

impl<T> Store for T where
    T: Conversations + Ledger + Queue + Bookings + Accounts + Reports + CaseMessages + Calendar + Directory + Retention
{
}

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

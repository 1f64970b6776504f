//! The staff queue of submitted intakes, worked as cases.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::{Done, StoreError};
use crate::domain::{CaseAction, CaseState, CaseStatus, HistoryEntry, Intake, IntakeKey};

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
    ) -> Result<Option<QueueEntry>, StoreError> {
        self.claim_next_done(actor, filter, &Done::default(), now, until).await
    }

    /// [`Queue::claim_next`] by staff, with `done` as in [`Queue::act_done`].
    async fn claim_next_done(
        &self,
        actor: &str,
        filter: &QueueFilter,
        done: &Done<'_>,
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
    ) -> Result<QueueEntry, StoreError> {
        self.act_done(key, actor, action, &Done::default(), now).await
    }

    /// [`Queue::act`] by staff: `done` (the audit line, the form's key) is written in the
    /// same transaction, or nothing is. An audit line without a subject gets the case's
    /// reference.
    async fn act_done(
        &self,
        key: &IntakeKey,
        actor: &str,
        action: &CaseAction,
        done: &Done<'_>,
        now: DateTime<Utc>,
    ) -> Result<QueueEntry, StoreError>;

    /// A case's history, oldest first.
    async fn history(&self, intake: i64) -> Result<Vec<HistoryEntry>, StoreError>;
}

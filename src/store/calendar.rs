//! The calendar changes staff make from the dashboard (absences, extra hours).

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::StoreError;
use crate::domain::CalendarChange;

#[async_trait]
pub trait Calendar: Send + Sync {
    /// Stores a change; its id.
    async fn calendar_add(&self, change: &CalendarChange, now: DateTime<Utc>) -> Result<i64, StoreError>;

    /// Removes a change of `counsellor`; `false` if there was none (or it was removed before).
    async fn calendar_remove(&self, id: i64, counsellor: &str, now: DateTime<Utc>) -> Result<bool, StoreError>;

    /// The changes in force that overlap `from..until`, earliest first.
    async fn calendar_changes(
        &self,
        from: DateTime<Utc>,
        until: DateTime<Utc>,
    ) -> Result<Vec<CalendarChange>, StoreError>;
}

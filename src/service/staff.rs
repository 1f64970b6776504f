//! What staff do to a case, for the dashboard and the terminal alike: the action, its
//! audit line and (from a form) the form's key, in one transaction.

use chrono::{DateTime, Utc};

use super::Service;
use crate::domain::CaseAction;
use crate::store::{AuditEntry, Done, IntakeKey, QueueEntry, StoreError};

impl Service {
    /// `actor` acts on the case `key`; `form`: the key of the form that asked (a form
    /// sent twice gives [`StoreError::AlreadyDone`] and changes nothing). The audit line
    /// names the action, the case's reference and a detail that is never anyone's words.
    pub async fn staff_act(
        &self,
        actor: &str,
        key: &IntakeKey,
        action: &CaseAction,
        form: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<QueueEntry, StoreError> {
        let audit = AuditEntry {
            at: now,
            actor: actor.to_owned(),
            action: action.name().to_owned(),
            subject: None,
            detail: action.audit_detail(),
        };
        self.store.act_done(key, actor, action, &Done::new(&audit, form), now).await
    }
}

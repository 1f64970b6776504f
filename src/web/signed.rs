//! Who is signed in to the dashboard.

use chrono::Utc;

use crate::store::{Account, AuditEntry};

/// Who is signed in, for the handlers behind `auth::require_session`.
#[derive(Debug, Clone)]
pub struct Signed {
    pub account: Account,
    pub csrf: String,
    /// The session's token, hashed as the store keeps it.
    pub(super) token_hash: String,
}

impl Signed {
    /// An audit entry by this account.
    pub fn audit(&self, action: &str, subject: Option<&str>, detail: Option<String>) -> AuditEntry {
        AuditEntry {
            at: Utc::now(),
            actor: self.account.name.clone(),
            action: action.to_owned(),
            subject: subject.map(str::to_owned),
            detail,
        }
    }
}

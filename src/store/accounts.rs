//! Staff accounts, their signed-in sessions, failed sign-ins (for throttling) and the
//! audit log: what the dashboard keeps about the people who use it.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::StoreError;

/// What an account may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// The queue and their own cases.
    Counsellor,
    /// Also staff accounts and the audit log.
    Admin,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Counsellor => "counsellor",
            Role::Admin => "admin",
        }
    }

    pub fn parse(text: &str) -> Option<Role> {
        match text {
            "counsellor" => Some(Role::Counsellor),
            "admin" => Some(Role::Admin),
            _ => None,
        }
    }
}

/// Names the case history and the audit log use for others than staff: no account
/// may be called so.
pub fn is_reserved_actor(name: &str) -> bool {
    ["client", "system", "staff"].iter().any(|r| name.trim().eq_ignore_ascii_case(r))
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub id: i64,
    /// The login, lower-case.
    pub email: String,
    pub name: String,
    pub role: Role,
    /// The counsellor of the configuration this account is (their cases are "mine").
    pub counsellor: Option<String>,
    /// The password is a one-time one: it must be changed before anything else.
    pub must_change: bool,
    pub disabled: bool,
}

#[derive(Debug, Clone)]
pub struct NewAccount<'a> {
    pub email: &'a str,
    pub name: &'a str,
    pub role: Role,
    pub counsellor: Option<&'a str>,
    pub password_hash: &'a str,
}

/// A signed-in browser, found by the hash of its cookie's token.
#[derive(Debug, Clone)]
pub struct StaffSession {
    pub account: Account,
    /// The token every form of this session must carry.
    pub csrf: String,
}

/// One line of the audit log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub at: DateTime<Utc>,
    /// The account's name, or `system`.
    pub actor: String,
    /// What was done: `view`, `claim`, `note`, `sign_in`, `account_add`, …
    pub action: String,
    /// What it was done to: a case's reference, an account's email.
    pub subject: Option<String>,
    /// A short detail (an outcome code, a referral target), never a client's words.
    pub detail: Option<String>,
}

#[async_trait]
pub trait Accounts: Send + Sync {
    /// Adds an account; [`StoreError::AccountExists`] if the email or the name is taken
    /// (the name is who acts in case histories and the audit log).
    async fn account_add(&self, new: &NewAccount<'_>, now: DateTime<Utc>) -> Result<Account, StoreError>;

    /// The account with this login and its password hash (disabled ones too).
    async fn account_login(&self, email: &str) -> Result<Option<(Account, String)>, StoreError>;

    /// Every account, by name.
    async fn accounts(&self) -> Result<Vec<Account>, StoreError>;

    /// Sets an account's password hash; `must_change` for a one-time password (a reset
    /// by an administrator). Ends the account's other sessions, keeping `keep`.
    async fn account_password(
        &self,
        id: i64,
        password_hash: &str,
        must_change: bool,
        keep: Option<&str>,
    ) -> Result<(), StoreError>;

    /// Disables (or enables again) an account; disabling ends its sessions.
    async fn account_disable(&self, id: i64, disabled: bool, now: DateTime<Utc>) -> Result<(), StoreError>;

    async fn session_start(
        &self,
        token_hash: &str,
        account: i64,
        csrf: &str,
        now: DateTime<Utc>,
        expires_at: DateTime<Utc>,
    ) -> Result<(), StoreError>;

    /// The session, if it has not expired and its account is not disabled.
    async fn session(&self, token_hash: &str, now: DateTime<Utc>) -> Result<Option<StaffSession>, StoreError>;

    async fn session_end(&self, token_hash: &str) -> Result<(), StoreError>;

    /// Records a sign-in attempt for `login` (a keyed hash of what was typed, never the
    /// text) before its password is checked, and returns
    /// the attempt's id and how many there were since `since` (this one included), so
    /// that concurrent attempts count each other; purges those older than `since`.
    async fn login_attempt(
        &self,
        login: &str,
        now: DateTime<Utc>,
        since: DateTime<Utc>,
    ) -> Result<(i64, i64), StoreError>;

    /// Forgets an attempt that succeeded: only failures count.
    async fn login_forget(&self, attempt: i64) -> Result<(), StoreError>;

    /// Forgets failed attempts older than `before`, whether or not anyone signs in again.
    async fn login_failures_prune(&self, before: DateTime<Utc>) -> Result<u64, StoreError>;

    async fn audit(&self, entry: &AuditEntry) -> Result<(), StoreError>;

    /// Whether the form with this key was sent before and did what it asked (see
    /// [`super::Done`]): asked first, so that a form sent again is answered as done, not
    /// refused by the state its first sending left.
    async fn form_sent(&self, key: &str) -> Result<bool, StoreError>;

    /// The newest entries first; about one subject, if given.
    async fn audit_log(&self, subject: Option<&str>, limit: i64) -> Result<Vec<AuditEntry>, StoreError>;
}

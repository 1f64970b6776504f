//! Staff accounts, sessions, failed sign-ins and the audit log (both databases).

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use sqlx::Row;

use super::SqlStore;
use crate::store::dialect::sql;
use crate::store::shared::is_unique_violation;
use crate::store::{Account, Accounts, AuditEntry, NewAccount, Role, StaffSession, StoreError};

/// The lock space of sign-in attempts ("logn"): one login's attempts are counted one after
/// the other.
const LOGIN_LOCK: i32 = 0x6c6f_676e;

const ACCOUNT_COLUMNS: &str = "a.id, a.email, a.name, a.role, a.counsellor, a.must_change, a.disabled_at";

fn account(row: &super::Row) -> Result<Account, StoreError> {
    let role: String = row.try_get("role")?;
    let disabled: Option<DateTime<Utc>> = row.try_get("disabled_at")?;
    Ok(Account {
        id: row.try_get("id")?,
        email: row.try_get("email")?,
        name: row.try_get("name")?,
        role: Role::parse(&role).ok_or_else(|| StoreError::Corrupt(format!("account role '{role}'")))?,
        counsellor: row.try_get("counsellor")?,
        must_change: row.try_get("must_change")?,
        disabled: disabled.is_some(),
    })
}

#[async_trait]
impl Accounts for SqlStore {
    async fn account_add(&self, new: &NewAccount<'_>, now: DateTime<Utc>) -> Result<Account, StoreError> {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO staff_accounts (email, name, role, counsellor, password_hash, must_change, created_at)
             VALUES ($1, $2, $3, $4, $5, TRUE, $6) RETURNING id",
        )
        .bind(new.email.to_lowercase())
        .bind(new.name)
        .bind(new.role.as_str())
        .bind(new.counsellor)
        .bind(new.password_hash)
        .bind(now)
        .fetch_one(&self.pool)
        .await
        .map_err(|e| if is_unique_violation(&e) { StoreError::AccountExists } else { e.into() })?;
        Ok(Account {
            id,
            email: new.email.to_lowercase(),
            name: new.name.to_owned(),
            role: new.role,
            counsellor: new.counsellor.map(str::to_owned),
            must_change: true,
            disabled: false,
        })
    }

    async fn account_login(&self, email: &str) -> Result<Option<(Account, String)>, StoreError> {
        let sql = format!("SELECT {ACCOUNT_COLUMNS}, a.password_hash FROM staff_accounts a WHERE a.email = $1");
        let row = sqlx::query(&sql).bind(email.trim().to_lowercase()).fetch_optional(&self.pool).await?;
        row.map(|row| Ok((account(&row)?, row.try_get("password_hash")?))).transpose()
    }

    async fn accounts(&self) -> Result<Vec<Account>, StoreError> {
        let sql = format!("SELECT {ACCOUNT_COLUMNS} FROM staff_accounts a ORDER BY a.name, a.id");
        sqlx::query(&sql).fetch_all(&self.pool).await?.iter().map(account).collect()
    }

    async fn account_password(
        &self,
        id: i64,
        password_hash: &str,
        must_change: bool,
        keep: Option<&str>,
    ) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        let changed = sqlx::query("UPDATE staff_accounts SET password_hash = $1, must_change = $2 WHERE id = $3")
            .bind(password_hash)
            .bind(must_change)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        if changed.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        sqlx::query("DELETE FROM staff_sessions WHERE account_id = $1 AND token_hash IS DISTINCT FROM $2")
            .bind(id)
            .bind(keep)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn account_disable(&self, id: i64, disabled: bool, now: DateTime<Utc>) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        let changed = sqlx::query("UPDATE staff_accounts SET disabled_at = $1 WHERE id = $2")
            .bind(disabled.then_some(now))
            .bind(id)
            .execute(&mut *tx)
            .await?;
        if changed.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        if disabled {
            sqlx::query("DELETE FROM staff_sessions WHERE account_id = $1").bind(id).execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn session_start(
        &self,
        token_hash: &str,
        account: i64,
        csrf: &str,
        now: DateTime<Utc>,
        expires_at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        // Expired sessions go when a new one starts.
        sqlx::query("DELETE FROM staff_sessions WHERE expires_at < $1").bind(now).execute(&mut *tx).await?;
        sqlx::query(
            "INSERT INTO staff_sessions (token_hash, account_id, csrf, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(token_hash)
        .bind(account)
        .bind(csrf)
        .bind(now)
        .bind(expires_at)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn session(&self, token_hash: &str, now: DateTime<Utc>) -> Result<Option<StaffSession>, StoreError> {
        let sql = format!(
            "SELECT {ACCOUNT_COLUMNS}, s.csrf FROM staff_sessions s
             JOIN staff_accounts a ON a.id = s.account_id
             WHERE s.token_hash = $1 AND s.expires_at > $2 AND a.disabled_at IS NULL"
        );
        let row = sqlx::query(&sql).bind(token_hash).bind(now).fetch_optional(&self.pool).await?;
        row.map(|row| Ok(StaffSession { account: account(&row)?, csrf: row.try_get("csrf")? })).transpose()
    }

    async fn session_end(&self, token_hash: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM staff_sessions WHERE token_hash = $1").bind(token_hash).execute(&self.pool).await?;
        Ok(())
    }

    async fn login_attempt(
        &self,
        login: &str,
        now: DateTime<Utc>,
        since: DateTime<Utc>,
    ) -> Result<(i64, i64), StoreError> {
        let mut tx = super::begin_write(&self.pool).await?;
        // One login's attempts counted one after the other, whichever instance takes them.
        super::lock(&mut tx, LOGIN_LOCK, login).await?;
        sqlx::query("DELETE FROM login_failures WHERE at < $1").bind(since).execute(&mut *tx).await?;
        let id: i64 = sqlx::query_scalar("INSERT INTO login_failures (login_key, at) VALUES ($1, $2) RETURNING id")
            .bind(login)
            .bind(now)
            .fetch_one(&mut *tx)
            .await?;
        let count = sqlx::query_scalar("SELECT count(*) FROM login_failures WHERE login_key = $1 AND at >= $2")
            .bind(login)
            .bind(since)
            .fetch_one(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok((id, count))
    }

    async fn login_forget(&self, attempt: i64) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM login_failures WHERE id = $1").bind(attempt).execute(&self.pool).await?;
        Ok(())
    }

    async fn login_failures_prune(&self, before: DateTime<Utc>) -> Result<u64, StoreError> {
        let done = sqlx::query("DELETE FROM login_failures WHERE at < $1").bind(before).execute(&self.pool).await?;
        Ok(done.rows_affected())
    }

    async fn audit(&self, entry: &AuditEntry) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        super::done::audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn form_sent(&self, key: &str) -> Result<bool, StoreError> {
        let row = sqlx::query("SELECT 1 FROM form_submissions WHERE key = $1").bind(key).fetch_optional(&self.pool).await?;
        Ok(row.is_some())
    }

    async fn audit_log(&self, subject: Option<&str>, limit: i64) -> Result<Vec<AuditEntry>, StoreError> {
        let rows = sqlx::query(sql!(
            "SELECT at, actor, action, subject, detail FROM audit_log
             WHERE $1::text IS NULL OR subject = $1 ORDER BY id DESC LIMIT $2"
        ))
        .bind(subject)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(AuditEntry {
                    at: row.try_get("at")?,
                    actor: row.try_get("actor")?,
                    action: row.try_get("action")?,
                    subject: row.try_get("subject")?,
                    detail: row.try_get("detail")?,
                })
            })
            .collect()
    }
}

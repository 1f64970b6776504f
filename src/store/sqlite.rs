//! The embedded default: one SQLite file in WAL mode. Writers queue on SQLite's lock
//! (busy_timeout) instead of failing; foreign keys cascade a client's erasure.

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Row, SqlitePool};

use super::{ClientId, IntakeKey, QueueEntry, Store, StoreError, StoredConversation};
use crate::dialog::Effect;
use crate::domain::{Channel, Intake};

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");

pub struct SqliteStore {
    pool: SqlitePool,
}

impl SqliteStore {
    pub async fn connect(url: &str) -> Result<SqliteStore, StoreError> {
        let options = SqliteConnectOptions::from_str(url)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .busy_timeout(Duration::from_secs(5))
            .foreign_keys(true);
        let file = options.get_filename().to_owned();
        let pool = SqlitePoolOptions::new().max_connections(4).connect_with(options).await.map_err(|e| {
            let folder = file.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
            let hint = if !folder.is_dir() {
                format!(" (the folder {} does not exist)", folder.display())
            } else {
                format!(" (check that this user may read and write {} and its folder)", file.display())
            };
            StoreError::Open { url: super::redact(url), cause: super::describe(&e), hint }
        })?;
        migrate(&pool).await?;
        Ok(SqliteStore { pool })
    }
}

/// Brings the schema up to date. Processes starting together on a new file may both set
/// out to apply the same migration; the one that loses finds the table made when it gets
/// the write lock, and its transaction rolls back whole. Trying again then finds the
/// migration applied, so a few attempts make concurrent starts safe.
async fn migrate(pool: &SqlitePool) -> Result<(), StoreError> {
    const ATTEMPTS: u32 = 5;
    let mut attempt = 1;
    loop {
        match MIGRATOR.run(pool).await {
            Ok(()) => return Ok(()),
            Err(error) if attempt < ATTEMPTS => {
                tracing::debug!(%error, attempt, "migration raced another process; trying again");
                tokio::time::sleep(Duration::from_millis(50 * u64::from(attempt))).await;
                attempt += 1;
            }
            Err(error) => return Err(error.into()),
        }
    }
}

fn is_unique_violation(e: &sqlx::Error) -> bool {
    matches!(e, sqlx::Error::Database(d) if d.is_unique_violation())
}

fn entry(row: &sqlx::sqlite::SqliteRow) -> Result<QueueEntry, StoreError> {
    let topics: String = row.try_get("topics")?;
    let summary: String = row.try_get("summary")?;
    Ok(QueueEntry {
        id: row.try_get("id")?,
        reference: row.try_get("reference")?,
        status: row.try_get("status")?,
        language: row.try_get("language")?,
        topics: serde_json::from_str(&topics).map_err(|e| StoreError::Corrupt(format!("intake topics: {e}")))?,
        created_at: row.try_get("created_at")?,
        summary: serde_json::from_str::<Intake>(&summary)
            .map_err(|e| StoreError::Corrupt(format!("intake summary: {e}")))?,
    })
}

const RECORD_UPDATE: &str =
    "INSERT INTO telegram_updates (update_id, processed_at) VALUES (?, ?) ON CONFLICT DO NOTHING";
const NOTE_GROUP: &str =
    "INSERT INTO telegram_group_notices (chat_id, noticed_at) VALUES (?, ?) ON CONFLICT DO NOTHING";

/// Runs an `INSERT … ON CONFLICT DO NOTHING` keyed by `id`; 1 if it inserted, 0 if the row was there.
async fn insert_once<'e>(
    sql: &str,
    id: i64,
    now: DateTime<Utc>,
    executor: impl sqlx::SqliteExecutor<'e>,
) -> Result<u64, StoreError> {
    Ok(sqlx::query(sql).bind(id).bind(now).execute(executor).await?.rows_affected())
}

const ENTRY_COLUMNS: &str = "id, reference, status, language, topics, summary, created_at";

#[async_trait]
impl Store for SqliteStore {
    async fn client(
        &self,
        channel: Channel,
        channel_user_id: &str,
        now: DateTime<Utc>,
    ) -> Result<ClientId, StoreError> {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO clients (channel, channel_user_id, created_at) VALUES (?, ?, ?)
             ON CONFLICT (channel, channel_user_id) DO UPDATE SET unreachable_since = NULL
             RETURNING id",
        )
        .bind(channel.as_str())
        .bind(channel_user_id)
        .bind(now)
        .fetch_one(&self.pool)
        .await?;
        Ok(ClientId(id))
    }

    async fn conversation(&self, client: ClientId) -> Result<Option<StoredConversation>, StoreError> {
        let row = sqlx::query("SELECT state, version FROM conversations WHERE client_id = ?")
            .bind(client.0)
            .fetch_optional(&self.pool)
            .await?;
        row.map(|r| Ok(StoredConversation { state: r.try_get("state")?, version: r.try_get("version")? })).transpose()
    }

    async fn save_turn(
        &self,
        client: ClientId,
        expected: Option<i64>,
        state: Option<&str>,
        effects: &[Effect],
        telegram_update: Option<i64>,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        // IMMEDIATE takes the write lock up front, so a concurrent writer makes this wait
        // (busy_timeout) instead of failing when a read is upgraded to a write.
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        if let Some(update_id) = telegram_update {
            if insert_once(RECORD_UPDATE, update_id, now, &mut *tx).await? == 0 {
                return Err(StoreError::AlreadyProcessed);
            }
        }
        let swapped = match (expected, state) {
            (Some(version), Some(state)) => sqlx::query(
                "UPDATE conversations SET state = ?, version = version + 1, updated_at = ?
                 WHERE client_id = ? AND version = ?",
            )
            .bind(state)
            .bind(now)
            .bind(client.0)
            .bind(version)
            .execute(&mut *tx)
            .await?
            .rows_affected(),
            (None, Some(state)) => sqlx::query(
                "INSERT INTO conversations (client_id, state, version, updated_at) VALUES (?, ?, 1, ?)
                 ON CONFLICT (client_id) DO NOTHING",
            )
            .bind(client.0)
            .bind(state)
            .bind(now)
            .execute(&mut *tx)
            .await?
            .rows_affected(),
            (Some(version), None) => sqlx::query("SELECT 1 FROM conversations WHERE client_id = ? AND version = ?")
                .bind(client.0)
                .bind(version)
                .fetch_optional(&mut *tx)
                .await?
                .map_or(0, |_| 1),
            (None, None) => 1,
        };
        if swapped != 1 {
            return Err(StoreError::Conflict);
        }
        for effect in effects {
            match effect {
                Effect::RecordConsent { version, language } => {
                    sqlx::query(
                        "INSERT INTO consents (client_id, text_version, language, given_at) VALUES (?, ?, ?, ?)",
                    )
                    .bind(client.0)
                    .bind(version)
                    .bind(language)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                }
                Effect::SaveAnswer { step, answer } => {
                    let value = serde_json::to_string(answer).map_err(|e| StoreError::Corrupt(e.to_string()))?;
                    sqlx::query(
                        "INSERT INTO answers (client_id, step, value, answered_at) VALUES (?, ?, ?, ?)
                         ON CONFLICT (client_id, step) DO UPDATE SET value = excluded.value, answered_at = excluded.answered_at",
                    )
                    .bind(client.0)
                    .bind(step)
                    .bind(value)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                }
                Effect::ClearDraft => {
                    sqlx::query("DELETE FROM answers WHERE client_id = ?").bind(client.0).execute(&mut *tx).await?;
                }
                Effect::SubmitIntake(intake) => {
                    let topics =
                        serde_json::to_string(&intake.topics).map_err(|e| StoreError::Corrupt(e.to_string()))?;
                    let summary = serde_json::to_string(intake).map_err(|e| StoreError::Corrupt(e.to_string()))?;
                    sqlx::query(
                        "INSERT INTO intakes (reference, client_id, status, language, topics, summary, created_at)
                         VALUES (?, ?, 'new', ?, ?, ?, ?)",
                    )
                    .bind(&intake.reference)
                    .bind(client.0)
                    .bind(&intake.language)
                    .bind(topics)
                    .bind(summary)
                    .bind(intake.submitted_at)
                    .execute(&mut *tx)
                    .await
                    .map_err(|e| {
                        if is_unique_violation(&e) {
                            StoreError::DuplicateReference
                        } else {
                            e.into()
                        }
                    })?;
                }
                Effect::Forget => {
                    sqlx::query("DELETE FROM clients WHERE id = ?").bind(client.0).execute(&mut *tx).await?;
                }
            }
        }
        tx.commit().await?;
        Ok(())
    }

    async fn update_seen(&self, update_id: i64) -> Result<bool, StoreError> {
        let seen = sqlx::query("SELECT 1 FROM telegram_updates WHERE update_id = ?")
            .bind(update_id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(seen.is_some())
    }

    async fn prune_updates(&self, before: DateTime<Utc>) -> Result<u64, StoreError> {
        let pruned =
            sqlx::query("DELETE FROM telegram_updates WHERE processed_at < ?").bind(before).execute(&self.pool).await?;
        Ok(pruned.rows_affected())
    }

    async fn first_group_notice(&self, chat_id: i64, now: DateTime<Utc>) -> Result<bool, StoreError> {
        Ok(insert_once(NOTE_GROUP, chat_id, now, &self.pool).await? == 1)
    }

    async fn mark_unreachable(
        &self,
        channel: Channel,
        channel_user_id: &str,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE clients SET unreachable_since = ? WHERE channel = ? AND channel_user_id = ? AND unreachable_since IS NULL")
            .bind(now)
            .bind(channel.as_str())
            .bind(channel_user_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn queue(&self, limit: i64) -> Result<Vec<QueueEntry>, StoreError> {
        let rows = sqlx::query(&format!("SELECT {ENTRY_COLUMNS} FROM intakes ORDER BY created_at, id LIMIT ?"))
            .bind(limit)
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(entry).collect()
    }

    async fn intake(&self, key: &IntakeKey) -> Result<Option<QueueEntry>, StoreError> {
        let row = match key {
            IntakeKey::Id(id) => {
                let sql = format!("SELECT {ENTRY_COLUMNS} FROM intakes WHERE id = ?");
                sqlx::query(&sql).bind(*id).fetch_optional(&self.pool).await?
            }
            IntakeKey::Reference(reference) => {
                let sql = format!("SELECT {ENTRY_COLUMNS} FROM intakes WHERE reference = ?");
                sqlx::query(&sql).bind(reference).fetch_optional(&self.pool).await?
            }
        };
        row.as_ref().map(entry).transpose()
    }
}

//! The channel ledger: inbox, outbox, group notices, unreachable users.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use sqlx::Row;

use super::outbox::write_outbox;
use super::{Row as DbRow, SqlStore};
use crate::domain::{Channel, Outgoing};
use crate::store::dialect::{params, sql};
use crate::store::{InboxEvent, Ledger, NewEvent, OutboxMessage, ParkedEvent, StoreError};

fn inbox_event(row: &DbRow) -> Result<InboxEvent, StoreError> {
    Ok(InboxEvent {
        id: row.try_get("id")?,
        event_id: row.try_get("event_id")?,
        chat: row.try_get("chat")?,
        payload: row.try_get("payload")?,
    })
}

/// From a row whose `payload` was read as text (`payload::text`).
fn outbox_message(row: &DbRow) -> Result<OutboxMessage, StoreError> {
    let payload: String = row.try_get("payload")?;
    Ok(OutboxMessage {
        id: row.try_get("id")?,
        chat: row.try_get("chat")?,
        payload: serde_json::from_str(&payload).map_err(|e| StoreError::Corrupt(format!("outbox: {e}")))?,
        not_before: row.try_get("not_before")?,
    })
}

/// Stores one event in the inbox; `None` when its event id is there already (also when
/// a concurrent writer stored it first: the insert waits for it, then does nothing).
pub(super) async fn inbox_insert(
    tx: &mut sqlx::Transaction<'_, super::Db>,
    channel: Channel,
    event: &NewEvent,
    now: DateTime<Utc>,
) -> Result<Option<InboxEvent>, StoreError> {
    let id: Option<i64> = sqlx::query_scalar(
        "INSERT INTO channel_inbox (channel, event_id, chat, payload, received_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (channel, event_id) DO NOTHING RETURNING id",
    )
    .bind(channel.as_str())
    .bind(&event.event_id)
    .bind(&event.chat)
    .bind(&event.payload)
    .bind(now)
    .fetch_optional(&mut **tx)
    .await?;
    Ok(id.map(|id| InboxEvent {
        id,
        event_id: event.event_id.clone(),
        chat: event.chat.clone(),
        payload: event.payload.clone(),
    }))
}

#[async_trait]
impl Ledger for SqlStore {
    async fn inbox_add(
        &self,
        channel: Channel,
        events: &[NewEvent],
        now: DateTime<Utc>,
    ) -> Result<Vec<InboxEvent>, StoreError> {
        let mut tx = super::begin_write(&self.pool).await?;
        let mut added = Vec::with_capacity(events.len());
        for event in events {
            added.extend(inbox_insert(&mut tx, channel, event, now).await?);
        }
        tx.commit().await?;
        Ok(added)
    }

    async fn inbox_pending(&self, channel: Channel, limit: i64) -> Result<Vec<InboxEvent>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, event_id, chat, payload FROM channel_inbox
             WHERE channel = $1 AND processed_at IS NULL AND parked_at IS NULL ORDER BY id LIMIT $2",
        )
        .bind(channel.as_str())
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(inbox_event).collect()
    }

    async fn inbox_settle(&self, inbox: i64, outbox: &[Outgoing], now: DateTime<Utc>) -> Result<Vec<i64>, StoreError> {
        finish(self, inbox, None, outbox, now).await
    }

    async fn outbox_claim(
        &self,
        channel: Channel,
        now: DateTime<Utc>,
        lease: DateTime<Utc>,
        limit: i64,
        shared: bool,
    ) -> Result<Vec<OutboxMessage>, StoreError> {
        // Rows another sender is claiming right now are skipped, not waited for; a row
        // claimed and committed meanwhile is locked here and checked again, and its fresh
        // claim keeps it out. Two senders never get one message. (On SQLite the one
        // statement is atomic: its single writer.)
        let rows = sqlx::query(sql!(
            "UPDATE channel_outbox SET claimed_until = $1
             WHERE id IN (SELECT id FROM channel_outbox
                          WHERE channel = $2 AND sent_at IS NULL AND (not_before IS NULL OR not_before <= $3)
                            AND ((NOT $4 AND not_before IS NULL) OR claimed_until IS NULL OR claimed_until < $3)
                          ORDER BY id LIMIT $5
                          FOR UPDATE SKIP LOCKED)
             RETURNING id, chat, payload::text AS payload, not_before"
        ))
        .bind(lease)
        .bind(channel.as_str())
        .bind(now)
        .bind(shared)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        let mut messages: Vec<OutboxMessage> = rows.iter().map(outbox_message).collect::<Result<_, _>>()?;
        messages.sort_by_key(|m| m.id);
        Ok(messages)
    }

    async fn outbox_renew(&self, ids: &[i64], lease: DateTime<Utc>) -> Result<(), StoreError> {
        set_outbox(self, "claimed_until", ids, lease).await
    }

    async fn outbox_sent(&self, ids: &[i64], now: DateTime<Utc>) -> Result<(), StoreError> {
        set_outbox(self, "sent_at", ids, now).await
    }

    async fn first_group_notice(&self, channel: Channel, chat: &str, now: DateTime<Utc>) -> Result<bool, StoreError> {
        let inserted = sqlx::query(
            "INSERT INTO channel_group_notices (channel, chat, noticed_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
        )
        .bind(channel.as_str())
        .bind(chat)
        .bind(now)
        .execute(&self.pool)
        .await?
        .rows_affected();
        Ok(inserted == 1)
    }

    async fn mark_unreachable(&self, channel: Channel, user: &str, now: DateTime<Utc>) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO channel_unreachable (channel, user_id, since) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
        )
        .bind(channel.as_str())
        .bind(user)
        .bind(now)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn is_unreachable(&self, channel: Channel, user: &str) -> Result<bool, StoreError> {
        let row = sqlx::query("SELECT 1 FROM channel_unreachable WHERE channel = $1 AND user_id = $2")
            .bind(channel.as_str())
            .bind(user)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.is_some())
    }

    async fn inbox_pending_chat(
        &self,
        channel: Channel,
        chat: &str,
        limit: i64,
    ) -> Result<Vec<InboxEvent>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, event_id, chat, payload FROM channel_inbox
             WHERE channel = $1 AND chat = $2 AND processed_at IS NULL AND parked_at IS NULL ORDER BY id LIMIT $3",
        )
        .bind(channel.as_str())
        .bind(chat)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(inbox_event).collect()
    }

    async fn chat_lease(
        &self,
        channel: Channel,
        chat: &str,
        holder: &str,
        now: DateTime<Utc>,
        until: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        // The upsert locks the row: a concurrent taker waits, then sees the new holder.
        let taken = sqlx::query(
            "INSERT INTO chat_leases (channel, chat, holder, until) VALUES ($1, $2, $3, $4)
             ON CONFLICT (channel, chat) DO UPDATE SET holder = excluded.holder, until = excluded.until
             WHERE chat_leases.holder = excluded.holder OR chat_leases.until < $5",
        )
        .bind(channel.as_str())
        .bind(chat)
        .bind(holder)
        .bind(until)
        .bind(now)
        .execute(&self.pool)
        .await?
        .rows_affected();
        Ok(taken == 1)
    }

    async fn chat_release(&self, channel: Channel, chat: &str, holder: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM chat_leases WHERE channel = $1 AND chat = $2 AND holder = $3")
            .bind(channel.as_str())
            .bind(chat)
            .bind(holder)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    fn shared(&self) -> bool {
        super::DIALECT == crate::store::dialect::Dialect::Postgres
    }

    async fn prune_ledger(&self, before: DateTime<Utc>) -> Result<u64, StoreError> {
        let inbox = sqlx::query("DELETE FROM channel_inbox WHERE processed_at < $1 OR parked_at < $1")
            .bind(before)
            .execute(&self.pool)
            .await?;
        let outbox =
            sqlx::query("DELETE FROM channel_outbox WHERE sent_at < $1").bind(before).execute(&self.pool).await?;
        // Form keys: a form is not sent again after a week.
        sqlx::query("DELETE FROM form_submissions WHERE at < $1").bind(before).execute(&self.pool).await?;
        // Leases left by instances that stopped without giving them back.
        sqlx::query("DELETE FROM chat_leases WHERE until < $1").bind(before).execute(&self.pool).await?;
        Ok(inbox.rows_affected() + outbox.rows_affected())
    }

    async fn inbox_park(
        &self,
        inbox: i64,
        reason: &str,
        outbox: &[Outgoing],
        now: DateTime<Utc>,
    ) -> Result<Vec<i64>, StoreError> {
        finish(self, inbox, Some(reason), outbox, now).await
    }

    async fn parked(&self, limit: i64) -> Result<Vec<ParkedEvent>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, channel, received_at, parked_at, parked_reason FROM channel_inbox
             WHERE parked_at IS NOT NULL ORDER BY parked_at, id LIMIT $1",
        )
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(ParkedEvent {
                    id: row.try_get("id")?,
                    channel: row.try_get("channel")?,
                    received_at: row.try_get("received_at")?,
                    parked_at: row.try_get("parked_at")?,
                    reason: row.try_get::<Option<String>, _>("parked_reason")?.unwrap_or_default(),
                })
            })
            .collect()
    }

    async fn unpark(&self, id: Option<i64>, now: DateTime<Utc>) -> Result<u64, StoreError> {
        let done = sqlx::query(sql!(
            "UPDATE channel_inbox SET parked_at = NULL, parked_reason = NULL, retried_at = $1
             WHERE parked_at IS NOT NULL AND ($2::bigint IS NULL OR id = $2)"
        ))
        .bind(now)
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected())
    }

    async fn take_retried(&self, channel: Channel) -> Result<Vec<InboxEvent>, StoreError> {
        // One statement: each given-back event goes to one instance.
        let rows = sqlx::query(
            "UPDATE channel_inbox SET retried_at = NULL
             WHERE channel = $1 AND retried_at IS NOT NULL AND processed_at IS NULL AND parked_at IS NULL
             RETURNING id, event_id, chat, payload",
        )
        .bind(channel.as_str())
        .fetch_all(&self.pool)
        .await?;
        let mut events: Vec<InboxEvent> = rows.iter().map(inbox_event).collect::<Result<_, _>>()?;
        events.sort_by_key(|e| e.id);
        Ok(events)
    }
}

/// Ends an event's wait without a turn, in one transaction with the messages it sends:
/// processed, or set aside (`parked`, with the reason). [`StoreError::AlreadyProcessed`]
/// if it was either already.
async fn finish(
    store: &SqlStore,
    inbox: i64,
    parked: Option<&str>,
    outbox: &[Outgoing],
    now: DateTime<Utc>,
) -> Result<Vec<i64>, StoreError> {
    let mut tx = super::begin_write(&store.pool).await?;
    let set = if parked.is_some() { "parked_at = $1, parked_reason = $3, retried_at = NULL" } else { "processed_at = $1" };
    let sql = format!(
        "UPDATE channel_inbox SET {set} WHERE id = $2 AND processed_at IS NULL AND parked_at IS NULL RETURNING channel"
    );
    let mut query = sqlx::query(&sql).bind(now).bind(inbox);
    if let Some(reason) = parked {
        query = query.bind(reason);
    }
    let Some(row) = query.fetch_optional(&mut *tx).await? else { return Err(StoreError::AlreadyProcessed) };
    let channel: String = row.try_get("channel")?;
    let channel = Channel::parse(&channel).ok_or_else(|| StoreError::Corrupt(format!("channel '{channel}'")))?;
    let ids = write_outbox(&mut tx, channel, outbox, now, crate::store::Sender::This).await?;
    tx.commit().await?;
    Ok(ids)
}

/// Sets `column` (a time) of the unsent messages `ids`, in one transaction of statements
/// of up to 500 ids each, in the order of the ids, so that two callers lock the rows they
/// share in the same order.
async fn set_outbox(store: &SqlStore, column: &str, ids: &[i64], at: DateTime<Utc>) -> Result<(), StoreError> {
    if ids.is_empty() {
        return Ok(());
    }
    let mut ids = ids.to_vec();
    ids.sort_unstable();
    let mut tx = super::begin_write(&store.pool).await?;
    for chunk in ids.chunks(500) {
        let sql = format!(
            "UPDATE channel_outbox SET {column} = $1 WHERE sent_at IS NULL AND id IN ({})",
            params(2, chunk.len())
        );
        let mut query = sqlx::query(&sql).bind(at);
        for id in chunk {
            query = query.bind(id);
        }
        query.execute(&mut *tx).await?;
    }
    tx.commit().await?;
    Ok(())
}

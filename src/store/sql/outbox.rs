//! The outbox's writer: what a turn, a booking or a staff member sends, stored in the
//! same transaction as the change it tells of.

use sqlx::Transaction;

use super::Db;
use crate::domain::{Channel, Outgoing};
use crate::store::shared::json;
use crate::store::StoreError;

/// Stores the messages; their ids, in order.
pub(super) async fn write_outbox(
    tx: &mut Transaction<'_, Db>,
    channel: Channel,
    outbox: &[Outgoing],
    now: chrono::DateTime<chrono::Utc>,
    sender: crate::store::Sender,
) -> Result<Vec<i64>, StoreError> {
    if outbox.is_empty() {
        return Ok(Vec::new());
    }
    // One statement for the turn's messages: one round trip to the database.
    // Messages to send at once are claimed for this instance when its sender takes them.
    let claim = (sender == crate::store::Sender::This).then_some(now + crate::store::LEASE);
    let rows = (0..outbox.len())
        .map(|i| {
            let n = i * 7;
            format!("(${}, ${}, ${}::jsonb, ${}, ${}, ${}, ${})", n + 1, n + 2, n + 3, n + 4, n + 5, n + 6, n + 7)
        })
        .collect::<Vec<_>>()
        .join(", ");
    let sql = format!(
        "INSERT INTO channel_outbox (channel, chat, payload, not_before, topic, created_at, claimed_until)
         VALUES {rows} RETURNING id"
    );
    let sql = super::DIALECT.statement(&sql);
    let mut query = sqlx::query_scalar::<_, i64>(&sql);
    for message in outbox {
        query = query
            .bind(channel.as_str())
            .bind(&message.chat)
            .bind(json(&message.payload)?)
            .bind(message.not_before)
            .bind(&message.topic)
            .bind(now)
            .bind(claim.filter(|_| message.not_before.is_none()));
    }
    let mut ids = query.fetch_all(&mut **tx).await?;
    // RETURNING gives rows in insertion order in practice, but not by contract.
    ids.sort_unstable();
    Ok(ids)
}

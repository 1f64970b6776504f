//! Staff messages to a client (both databases): the case's record and the outbox row together.

use async_trait::async_trait;
use sqlx::Row;

use super::outbox::write_outbox;
use super::SqlStore;
use crate::domain::{Channel, Outgoing};
use crate::store::{CaseMessage, CaseMessages, Done, Sender, StoreError};

#[async_trait]
impl CaseMessages for SqlStore {
    async fn message_client(
        &self,
        intake: i64,
        message: &CaseMessage,
        channel: Channel,
        outgoing: &Outgoing,
        done: &Done<'_>,
    ) -> Result<(), StoreError> {
        let mut tx = super::begin_write(&self.pool).await?;
        super::done::record(&mut tx, done, message.at).await?;
        // Sent by any instance's sender; this one is told at once (the service's notice).
        let ids = write_outbox(&mut tx, channel, std::slice::from_ref(outgoing), message.at, Sender::Any).await?;
        sqlx::query(
            "INSERT INTO case_messages (intake_id, at, author, template, language, text, outbox_id)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(intake)
        .bind(message.at)
        .bind(&message.author)
        .bind(&message.template)
        .bind(&message.language)
        .bind(&message.text)
        .bind(ids.first().copied())
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn case_messages(&self, intake: i64) -> Result<Vec<CaseMessage>, StoreError> {
        let rows = sqlx::query(
            "SELECT at, author, template, language, text FROM case_messages WHERE intake_id = $1 ORDER BY id",
        )
        .bind(intake)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row: &super::Row| {
                Ok(CaseMessage {
                    at: row.try_get("at")?,
                    author: row.try_get("author")?,
                    template: row.try_get("template")?,
                    language: row.try_get("language")?,
                    text: row.try_get("text")?,
                })
            })
            .collect()
    }
}

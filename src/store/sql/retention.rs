//! The retention periods. Each step is a statement or a transaction that checks again
//! what it removes, so instances running it at once take turns and find nothing left to
//! do; a closed case is locked before it is marked, so two instances never purge the
//! same one.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::conversations::{anonymise, forget_client};
use super::SqlStore;
use crate::domain::erase::{Cutoffs, Purged, DRAFT_PHASES};
use crate::store::dialect::sql;
use crate::store::{Retention, StoreError};

/// The consents of clients about to go that no request stands on.
const LOOSE_CONSENTS: &str = "DELETE FROM consents WHERE client_id IN ({clients})
     AND id NOT IN (SELECT consent_id FROM intakes WHERE consent_id IS NOT NULL)";

#[async_trait]
impl Retention for SqlStore {
    async fn purge(&self, cutoffs: &Cutoffs, now: DateTime<Utc>) -> Result<Purged, StoreError> {
        // Never consented: nothing of theirs but the channel id, language and position.
        let unconsented = sqlx::query(
            "DELETE FROM clients WHERE id IN (
                SELECT c.id FROM clients c LEFT JOIN conversations v ON v.client_id = c.id
                WHERE NOT EXISTS (SELECT 1 FROM consents WHERE client_id = c.id)
                  AND NOT EXISTS (SELECT 1 FROM intakes WHERE client_id = c.id)
                  AND coalesce(v.updated_at, c.created_at) < $1)",
        )
        .bind(cutoffs.unconsented)
        .execute(&self.pool)
        .await?
        .rows_affected();

        // Unsent dialogues: the client goes when no request of theirs is kept, else only
        // the conversation (the answers so far).
        let phases = DRAFT_PHASES.map(|p| format!("'{p}'")).join(", ");
        let stale = format!(
            "SELECT client_id FROM conversations
             WHERE state -> 'phase' ->> 'phase' IN ({phases}) AND updated_at < $1"
        );
        let alone = format!("{stale} AND client_id NOT IN (SELECT client_id FROM intakes WHERE client_id IS NOT NULL)");
        let mut tx = super::begin_write(&self.pool).await?;
        sqlx::query(&LOOSE_CONSENTS.replace("{clients}", &alone)).bind(cutoffs.unfinished).execute(&mut *tx).await?;
        let clients = sqlx::query(&format!("DELETE FROM clients WHERE id IN ({alone})"))
            .bind(cutoffs.unfinished)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        let drafts = sqlx::query(&format!("DELETE FROM conversations WHERE client_id IN ({stale})"))
            .bind(cutoffs.unfinished)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        tx.commit().await?;
        let mut purged = Purged { unconsented, unfinished: clients + drafts, closed: 0 };

        // Closed cases: erased, staff notes too; each once.
        let due: Vec<i64> = sqlx::query_scalar(
            "SELECT i.id FROM intakes i WHERE i.status = 'closed'
               AND NOT EXISTS (SELECT 1 FROM case_history h WHERE h.intake_id = i.id AND h.action = 'purged')
               AND (SELECT max(h.at) FROM case_history h WHERE h.intake_id = i.id AND h.action = 'close') < $1",
        )
        .bind(cutoffs.closed)
        .fetch_all(&self.pool)
        .await?;
        for id in due {
            let mut tx = super::begin_write(&self.pool).await?;
            let row: Option<(String, String, Option<i64>)> =
                sqlx::query_as(sql!("SELECT summary::text, status, client_id FROM intakes WHERE id = $1 FOR UPDATE"))
                    .bind(id)
                    .fetch_optional(&mut *tx)
                    .await?;
            let Some((summary, status, client)) = row else { continue };
            let marked = sqlx::query(
                "INSERT INTO case_history (intake_id, at, actor, action, status)
                 SELECT $1, $2, 'system', 'purged', $3
                 WHERE NOT EXISTS (SELECT 1 FROM case_history WHERE intake_id = $1 AND action = 'purged')",
            )
            .bind(id)
            .bind(now)
            .bind(&status)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if marked == 0 {
                continue;
            }
            anonymise(&mut tx, id, &summary, &status, None, now).await?;
            sqlx::query("DELETE FROM case_history WHERE intake_id = $1 AND action = 'note'")
                .bind(id)
                .execute(&mut *tx)
                .await?;
            if let Some(client) = client {
                let others: i64 = sqlx::query_scalar("SELECT count(*) FROM intakes WHERE client_id = $1")
                    .bind(client)
                    .fetch_one(&mut *tx)
                    .await?;
                if others == 0 {
                    forget_client(&mut tx, client).await?;
                }
            }
            tx.commit().await?;
            purged.closed += 1;
        }
        Ok(purged)
    }
}

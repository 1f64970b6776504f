//! The retention periods on SQLite. Each step is a statement or a transaction that checks
//! again what it removes, and a transaction begins with its write, so instances running
//! it at once take turns and find nothing left to do.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::conversations::anonymise;
use super::SqliteStore;
use crate::domain::erase::{Cutoffs, Purged, DRAFT_PHASES};
use crate::store::{Retention, StoreError};

/// The consents of clients about to go that no request stands on.
const LOOSE_CONSENTS: &str = "DELETE FROM consents WHERE client_id IN ({clients})
     AND id NOT IN (SELECT consent_id FROM intakes WHERE consent_id IS NOT NULL)";

#[async_trait]
impl Retention for SqliteStore {
    async fn purge(&self, cutoffs: &Cutoffs, now: DateTime<Utc>) -> Result<Purged, StoreError> {
        // Never consented: nothing of theirs but the channel id, language and position.
        let unconsented = sqlx::query(
            "DELETE FROM clients WHERE id IN (
                SELECT c.id FROM clients c LEFT JOIN conversations v ON v.client_id = c.id
                WHERE NOT EXISTS (SELECT 1 FROM consents WHERE client_id = c.id)
                  AND NOT EXISTS (SELECT 1 FROM intakes WHERE client_id = c.id)
                  AND coalesce(v.updated_at, c.created_at) < ?)",
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
             WHERE json_extract(state, '$.phase.phase') IN ({phases}) AND updated_at < ?"
        );
        let alone = format!("{stale} AND client_id NOT IN (SELECT client_id FROM intakes WHERE client_id IS NOT NULL)");
        let mut tx = self.pool.begin().await?;
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
               AND (SELECT max(h.at) FROM case_history h WHERE h.intake_id = i.id AND h.action = 'close') < ?",
        )
        .bind(cutoffs.closed)
        .fetch_all(&self.pool)
        .await?;
        for id in due {
            let mut tx = self.pool.begin().await?;
            // The write first: it takes the lock, and a case another instance purged in
            // the meantime is left alone.
            let marked = sqlx::query(
                "INSERT INTO case_history (intake_id, at, actor, action, status)
                 SELECT id, ?, 'system', 'purged', status FROM intakes
                 WHERE id = ? AND NOT EXISTS (SELECT 1 FROM case_history WHERE intake_id = ? AND action = 'purged')",
            )
            .bind(now)
            .bind(id)
            .bind(id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if marked == 0 {
                continue;
            }
            let (summary, status, client): (String, String, Option<i64>) =
                sqlx::query_as("SELECT summary, status, client_id FROM intakes WHERE id = ?")
                    .bind(id)
                    .fetch_one(&mut *tx)
                    .await?;
            anonymise(&mut tx, id, &summary, &status, None, now).await?;
            sqlx::query("DELETE FROM case_history WHERE intake_id = ? AND action = 'note'")
                .bind(id)
                .execute(&mut *tx)
                .await?;
            if let Some(client) = client {
                let others: i64 = sqlx::query_scalar("SELECT count(*) FROM intakes WHERE client_id = ?")
                    .bind(client)
                    .fetch_one(&mut *tx)
                    .await?;
                if others == 0 {
                    sqlx::query(&LOOSE_CONSENTS.replace("{clients}", "?")).bind(client).execute(&mut *tx).await?;
                    sqlx::query("DELETE FROM clients WHERE id = ?").bind(client).execute(&mut *tx).await?;
                }
            }
            tx.commit().await?;
            purged.closed += 1;
        }
        Ok(purged)
    }
}

//! Directory versions (both databases).

use async_trait::async_trait;
use sqlx::Row;

use super::SqlStore;
use crate::store::shared::is_unique_violation;
use crate::store::{AuditEntry, Directory, DirectoryVersion, StoreError};

#[async_trait]
impl Directory for SqlStore {
    async fn directory(&self) -> Result<Option<DirectoryVersion>, StoreError> {
        let row = sqlx::query("SELECT id, body, author, created_at FROM directory_versions ORDER BY id DESC LIMIT 1")
            .fetch_optional(&self.pool)
            .await?;
        row.map(|row| {
            Ok(DirectoryVersion {
                id: row.try_get("id")?,
                body: row.try_get("body")?,
                author: row.try_get("author")?,
                at: row.try_get("created_at")?,
            })
        })
        .transpose()
    }

    async fn directory_latest(&self) -> Result<i64, StoreError> {
        Ok(sqlx::query_scalar("SELECT coalesce(max(id), 0) FROM directory_versions").fetch_one(&self.pool).await?)
    }

    async fn directory_save(&self, expected: i64, body: &str, audit: &AuditEntry) -> Result<i64, StoreError> {
        let mut tx = self.pool.begin().await?;
        let id: Option<i64> = sqlx::query_scalar(
            "INSERT INTO directory_versions (previous, body, author, created_at)
             SELECT $1, $2, $3, $4 WHERE (SELECT coalesce(max(id), 0) FROM directory_versions) = $1
             RETURNING id",
        )
        .bind(expected)
        .bind(body)
        .bind(&audit.actor)
        .bind(audit.at)
        .fetch_optional(&mut *tx)
        .await
        .map_err(|e| if is_unique_violation(&e) { StoreError::Conflict } else { e.into() })?;
        let id = id.ok_or(StoreError::Conflict)?;
        sqlx::query("INSERT INTO audit_log (at, actor, action, subject, detail) VALUES ($1, $2, $3, $4, $5)")
            .bind(audit.at)
            .bind(&audit.actor)
            .bind(&audit.action)
            .bind(&audit.subject)
            .bind(&audit.detail)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(id)
    }
}

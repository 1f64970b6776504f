//! Offices and counsellors edited in the dashboard: a saved version is put in force on
//! this instance at once, and every other instance notices it within [`FOLLOW_EVERY`].

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::watch;

use super::Service;
use crate::content::directory::Directory;
use crate::store::{AuditEntry, StoreError};
use crate::text::Text;

/// How often an instance asks whether another one saved a new directory.
pub const FOLLOW_EVERY: Duration = Duration::from_secs(10);

/// Why a directory was not saved.
#[derive(Debug)]
pub enum Refused {
    /// It does not fit the rest of the configuration (what `anlauf check` would say).
    Invalid(Text),
    /// Someone saved another version since this one was read.
    Conflict,
    Store(StoreError),
}

impl Service {
    /// Puts the latest saved directory in force if it is newer than the one in force. A
    /// version that does not fit (the configuration file changed under it) is logged and
    /// passed over: the offices and counsellors in force stay.
    pub async fn refresh_directory(&self) -> Result<(), StoreError> {
        let latest = self.store.directory_latest().await?;
        let current = self.live.snapshot();
        if latest <= current.version {
            return Ok(());
        }
        let Some(version) = self.store.directory().await? else { return Ok(()) };
        if version.body.trim().is_empty() {
            // Saved empty: the configuration file's offices and counsellors are in force again.
            if self.live.replace(version.id, self.live.file()) {
                tracing::info!(version = version.id, "the offices and counsellors of anlauf.toml are in force again");
                self.calendar_news.notify_one();
            }
            return Ok(());
        }
        match current.content.with_directory(&version.body) {
            Ok(content) => {
                if self.live.replace(version.id, Arc::new(content)) {
                    tracing::info!(version = version.id, "offices and counsellors saved in the dashboard are in force");
                    self.calendar_news.notify_one();
                }
            }
            Err(problem) => {
                tracing::error!(
                    version = version.id,
                    %problem,
                    "the offices and counsellors saved in the dashboard do not fit the configuration; the ones in force stay (save them again in the dashboard, or fix anlauf.toml)"
                );
                self.live.replace(version.id, current.content);
            }
        }
        Ok(())
    }

    /// Saves `directory` as the version after `expected` (the one the change was made to),
    /// with `audit`, and puts it in force here; the waiting list hears of it.
    pub async fn save_directory(
        &self,
        expected: i64,
        directory: &Directory,
        audit: &AuditEntry,
    ) -> Result<i64, Refused> {
        let invalid =
            |detail: String| Refused::Invalid(Text::msg("web-dir-invalid").with("detail", Text::Plain(detail)));
        let body = directory.to_toml().map_err(invalid)?;
        let content = self.live.snapshot().content.with_directory(&body).map_err(invalid)?;
        let id = match self.store.directory_save(expected, &body, audit).await {
            Ok(id) => id,
            Err(StoreError::Conflict) => return Err(Refused::Conflict),
            Err(error) => return Err(Refused::Store(error)),
        };
        self.live.replace(id, Arc::new(content));
        self.calendar_news.notify_one();
        Ok(id)
    }

    /// Which offices and counsellors are in force, in a line for an administrator, and
    /// whether the configuration file's differ from them (so edits to it do nothing).
    pub async fn directory_in_force(&self) -> Result<(String, bool), StoreError> {
        let Some(version) = self.store.directory().await? else {
            return Ok(("the offices and counsellors of anlauf.toml are in force".into(), false));
        };
        if version.body.trim().is_empty() {
            let said = format!(
                "the offices and counsellors of anlauf.toml are in force again (since {} by {})",
                version.at.format("%Y-%m-%d %H:%M UTC"),
                version.author
            );
            return Ok((said, false));
        }
        let file = Directory::from_config(&self.live.file().config);
        let saved = self.live.file().config.with_directory(&version.body).map(|c| Directory::from_config(&c));
        let differs = saved.map_or(true, |saved| saved != file);
        let said = format!(
            "the offices and counsellors saved in the dashboard are in force (version {}, {} by {}), \
             not those of anlauf.toml{}",
            version.id,
            version.at.format("%Y-%m-%d %H:%M UTC"),
            version.author,
            if differs { ", which differ from them" } else { " (the same)" }
        );
        Ok((said, differs))
    }

    /// Puts the configuration file's offices and counsellors back in force, on every
    /// instance (an empty version), with `audit`.
    pub async fn directory_use_file(&self, audit: &AuditEntry) -> Result<i64, Refused> {
        let expected = self.store.directory_latest().await.map_err(Refused::Store)?;
        let id = match self.store.directory_save(expected, "", audit).await {
            Ok(id) => id,
            Err(StoreError::Conflict) => return Err(Refused::Conflict),
            Err(error) => return Err(Refused::Store(error)),
        };
        self.live.replace(id, self.live.file());
        self.calendar_news.notify_one();
        Ok(id)
    }

    /// Follows the directory other instances save, until `shutdown` turns true.
    pub async fn follow_directory(self, mut shutdown: watch::Receiver<bool>) {
        loop {
            tokio::select! {
                _ = tokio::time::sleep(FOLLOW_EVERY) => {}
                _ = shutdown.changed() => {}
            }
            if *shutdown.borrow() {
                break;
            }
            if let Err(error) = self.refresh_directory().await {
                tracing::warn!(%error, "could not ask for a newer directory of offices and counsellors; will retry");
            }
        }
    }
}

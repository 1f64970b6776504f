//! Background jobs. Each is safe to run on several instances at once: they only delete
//! what no instance needs any more.

use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;
use tokio::sync::watch;

use crate::store::Store;

/// Telegram does not redeliver updates older than a day; keep a week to be safe.
const KEEP_UPDATE_IDS: chrono::Duration = chrono::Duration::days(7);
const EVERY: Duration = Duration::from_secs(3600);

/// Runs until `shutdown` turns true.
pub async fn run(store: Arc<dyn Store>, mut shutdown: watch::Receiver<bool>) {
    loop {
        match store.prune_updates(Utc::now() - KEEP_UPDATE_IDS).await {
            Ok(0) => {}
            Ok(pruned) => tracing::info!(pruned, "old Telegram update ids pruned"),
            Err(error) => tracing::warn!(error = %error, "pruning Telegram update ids failed; will retry"),
        }
        tokio::select! {
            _ = tokio::time::sleep(EVERY) => {}
            _ = shutdown.changed() => break,
        }
        if *shutdown.borrow() {
            break;
        }
    }
}

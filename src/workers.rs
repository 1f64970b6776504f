//! Background jobs. Each is safe to run on several instances at once: they only delete
//! what no instance needs any more.

use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;
use tokio::sync::watch;

use crate::store::Store;

/// Telegram does not redeliver updates older than a day; processed updates and sent
/// messages are kept a week (to recognise redeliveries, and to look into problems).
const KEEP_LEDGER: chrono::Duration = chrono::Duration::days(7);
const EVERY: Duration = Duration::from_secs(3600);

/// Runs until `shutdown` turns true.
pub async fn run(store: Arc<dyn Store>, mut shutdown: watch::Receiver<bool>) {
    loop {
        match store.prune_ledger(Utc::now() - KEEP_LEDGER).await {
            Ok(0) => {}
            Ok(pruned) => tracing::info!(pruned, "processed updates and sent messages older than a week pruned"),
            Err(error) => tracing::warn!(error = %error, "pruning the channel ledger failed; will retry"),
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

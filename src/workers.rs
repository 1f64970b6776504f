//! Background jobs, every hour: the retention periods (`[retention]`) and the channel
//! ledger's pruning. Each is safe to run on several instances at once: they only delete
//! what no instance needs any more, and each case once.

use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;
use tokio::sync::watch;

use crate::config::Retention;
use crate::domain::erase::{Cutoffs, Purged};
use crate::store::Store;

/// Telegram does not redeliver updates older than a day; processed updates and sent
/// messages are kept a week (to recognise redeliveries, and to look into problems).
const KEEP_LEDGER: chrono::Duration = chrono::Duration::days(7);
const EVERY: Duration = Duration::from_secs(3600);

/// Runs until `shutdown` turns true.
pub async fn run(store: Arc<dyn Store>, retention: Retention, mut shutdown: watch::Receiver<bool>) {
    loop {
        let now = Utc::now();
        let cutoffs = Cutoffs::at(now, retention.unconsented_days, retention.unfinished_days, retention.closed_days);
        match store.purge(&cutoffs, now).await {
            Ok(purged) if purged == Purged::default() => {}
            Ok(purged) => tracing::info!(
                unconsented = purged.unconsented,
                unfinished = purged.unfinished,
                closed = purged.closed,
                "retention: what outlived its period was erased"
            ),
            Err(error) => tracing::warn!(error = %error, "enforcing the retention periods failed; will retry"),
        }
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

//! Background jobs, every hour: the retention periods (`[retention]`) and the channel
//! ledger's pruning; every minute: failed sign-ins older than the throttling window. Each is safe to run on several instances at once: they only delete
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

const MINUTE: Duration = Duration::from_secs(60);

/// Runs until `shutdown` turns true.
pub async fn run(store: Arc<dyn Store>, retention: Retention, mut shutdown: watch::Receiver<bool>) {
    let mut minutes = 0u64;
    loop {
        if minutes % (EVERY.as_secs() / MINUTE.as_secs()) == 0 {
            hourly(store.as_ref(), retention).await;
        }
        forget_failed_sign_ins(store.as_ref()).await;
        minutes += 1;
        tokio::select! {
            _ = tokio::time::sleep(MINUTE) => {}
            _ = shutdown.changed() => break,
        }
        if *shutdown.borrow() {
            break;
        }
    }
}

async fn hourly(store: &dyn Store, retention: Retention) {
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
}

/// Failed sign-ins count for a minute and are kept no longer.
async fn forget_failed_sign_ins(store: &dyn Store) {
    if let Err(error) = store.login_failures_prune(Utc::now() - crate::web::auth::THROTTLE_WINDOW).await {
        tracing::warn!(error = %error, "forgetting old failed sign-ins failed; will retry");
    }
}

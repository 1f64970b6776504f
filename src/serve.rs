//! `anlauf serve`: the Telegram bot (long polling or webhook), the background workers and
//! the HTTP listener (health check, webhook, the staff dashboard), sharing one
//! store. Stops gracefully: in-flight updates are finished first.

use std::sync::Arc;

use anyhow::Context;
use axum::http::StatusCode;
use axum::routing::get;
use axum::{Json, Router};
use teloxide::prelude::Requester;
use teloxide::{ApiError, Bot, RequestError};
use tokio::net::TcpListener;
use tokio::sync::watch;
use url::Url;

use crate::channel::telegram::{self, Telegram};
use crate::health::{self, Health};
use crate::service::Service;

/// How the bot receives updates.
#[derive(Debug, Clone)]
pub enum Receive {
    /// One instance asks Telegram for updates.
    Polling,
    /// Telegram posts updates to `url` (served at its path); several instances may run
    /// behind a load balancer.
    Webhook { url: Url, secret: String },
}

#[derive(Debug, Clone)]
pub struct Options {
    /// `None`: no bot, but everything else is served.
    pub token: Option<String>,
    /// The Bot API base URL (`TELOXIDE_API_URL`); Telegram's own when `None`.
    pub api_url: Option<Url>,
    pub receive: Receive,
    /// The secret the counsellors' calendar feed links are made with
    /// (`ANLAUF_FEED_SECRET`); `None`: no feeds are served.
    pub feed_secret: Option<String>,
    pub web: crate::web::WebOptions,
}

/// How long `/healthz` waits for the database.
const HEALTH_WAIT: std::time::Duration = std::time::Duration::from_secs(2);

/// Said once by `anlauf serve` when it runs without a token.
pub const NO_TOKEN: &str = "TELOXIDE_TOKEN is not set, so the Telegram bot is not running.
To get a token: open Telegram, write to @BotFather, send /newbot and follow the steps;
then start again with TELOXIDE_TOKEN=<token> anlauf serve.
To try the dialogue without Telegram: anlauf chat";

/// A bot whose HTTP client waits longer than a long poll lasts.
pub fn bot(token: &str, api_url: Option<&Url>) -> Bot {
    let client = teloxide::net::default_reqwest_settings().timeout(telegram::HTTP_TIMEOUT).build();
    let bot = match client {
        Ok(client) => Bot::with_client(token, client),
        Err(error) => {
            tracing::warn!(%error, "HTTP client with a longer timeout not available; using teloxide's default");
            Bot::new(token)
        }
    };
    match api_url {
        Some(url) => bot.set_api_url(url.clone()),
        None => bot,
    }
}

/// Why `serve` cannot start: said in one line, with its own exit code.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("Telegram refused the bot token (401 Unauthorized): check TELOXIDE_TOKEN (from @BotFather)")]
    TokenRefused,
}

/// Serves until `shutdown` turns true.
pub async fn run(
    service: Service,
    options: Options,
    listener: TcpListener,
    shutdown: watch::Receiver<bool>,
) -> anyhow::Result<()> {
    let telegram_state = if options.token.is_some() { health::Telegram::Starting } else { health::Telegram::Off };
    let webhook = matches!(options.receive, Receive::Webhook { .. });
    let demo = service.content().config.organisation.demo;
    if demo {
        tracing::warn!(
            "this is the demo organisation (demo = true in anlauf.toml): its offices, counsellors, emergency places \
             and referrals are fictional. Replace them before real clients write \
             (docs/operations.md, \"Your own organisation\")"
        );
    }
    let health = Arc::new(Health::new(telegram_state, webhook).demo(demo));
    // Offices and counsellors as administrators last saved them in the dashboard.
    if let Err(error) = service.refresh_directory().await {
        tracing::warn!(%error, "could not read the directory saved in the dashboard; the configuration's is in force");
    }
    match service.directory_in_force().await {
        Ok((said, true)) => tracing::warn!(
            "{said}: edits to [[office]] and [[counsellor]] in anlauf.toml do nothing until \
             `anlauf directory use-file` puts the file's back in force"
        ),
        Ok((said, false)) => tracing::info!("{said}"),
        Err(_) => {}
    }
    let (report, store) = (health.clone(), service.store.clone());
    let mut router = Router::new().route(
        "/healthz",
        get(move || {
            let (report, store) = (report.clone(), store.clone());
            async move {
                // A database that does not answer within 2 s counts as down.
                let database = matches!(tokio::time::timeout(HEALTH_WAIT, store.ping()).await, Ok(Ok(())));
                let (status, body) = report.report(database);
                (StatusCode::from_u16(status).unwrap_or(StatusCode::OK), Json(body))
            }
        }),
    );
    // The counsellors' calendar feeds, where the deployment has a secret for their links.
    if let Some(secret) = options.feed_secret.clone().filter(|s| !s.is_empty()) {
        router = router.merge(crate::staff::feed::router(service.clone(), secret));
    }
    router = router.merge(crate::web::router(service.clone(), options.web.clone()));
    let mut polling = None;
    let mut bot_running = None;
    if let Some(token) = &options.token {
        let bot = bot(token, options.api_url.as_ref());
        check_token(&bot, &health).await?;
        let telegram = Arc::new(Telegram::new(bot.clone(), service.clone(), health.clone()));
        match &options.receive {
            Receive::Webhook { url, secret } => {
                telegram.start().await.context("taking up the inbox and outbox")?;
                router = router.merge(telegram.clone().webhook_router(url.path(), secret.clone()));
                tracing::info!(path = url.path(), "receiving Telegram updates by webhook");
            }
            Receive::Polling => {
                telegram::ensure_no_webhook(&bot).await.context("checking the bot's webhook")?;
                telegram.start().await.context("taking up the inbox and outbox")?;
                polling = Some(tokio::spawn(telegram.clone().poll(shutdown.clone())));
                tracing::info!("receiving Telegram updates by long polling");
            }
        }
        // In the background: a slow or unreachable Bot API must not hold up the listener.
        let menus = telegram.clone();
        tokio::spawn(async move { menus.register_commands().await });
        bot_running = Some(telegram);
    }
    let retention = service.content().config.retention;
    let workers = tokio::spawn(crate::workers::run(service.store.clone(), retention, shutdown.clone()));
    let directory = tokio::spawn(service.clone().follow_directory(shutdown.clone()));
    let address = listener.local_addr()?;
    tracing::info!(%address, "listening");
    crate::listener::serve(listener, router, options.web.limits, shutdown.clone())
        .await
        .context("HTTP listener failed")?;
    if let Some(polling) = polling {
        polling.await.context("polling task")?;
    }
    if let Some(telegram) = bot_running {
        telegram.stop().await;
    }
    workers.await.context("workers")?;
    directory.await.context("directory")?;
    tracing::info!("stopped");
    Ok(())
}

/// Asks Telegram who the bot is: a refused token stops the start with one clear line; an
/// unreachable Telegram does not (the bot keeps trying, and `/healthz` says so).
async fn check_token(bot: &Bot, health: &Health) -> Result<(), StartError> {
    match bot.get_me().await {
        Ok(me) => {
            health.telegram_answered(true);
            tracing::info!(bot = %me.username(), "Telegram accepted the token");
            Ok(())
        }
        Err(RequestError::Api(ApiError::InvalidToken)) => Err(StartError::TokenRefused),
        Err(error) => {
            health.telegram_answered(false);
            tracing::warn!(error = telegram::describe(&error), "Telegram not reachable yet; the bot keeps trying");
            Ok(())
        }
    }
}

/// Turns true on SIGINT or SIGTERM.
pub fn shutdown_signal() -> watch::Receiver<bool> {
    let (tx, rx) = watch::channel(false);
    tokio::spawn(async move {
        let ctrl_c = tokio::signal::ctrl_c();
        #[cfg(unix)]
        let terminate = async {
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(mut signal) => {
                    signal.recv().await;
                }
                Err(_) => std::future::pending::<()>().await,
            }
        };
        #[cfg(not(unix))]
        let terminate = std::future::pending::<()>();
        tokio::select! {
            _ = ctrl_c => {}
            _ = terminate => {}
        }
        tracing::info!("shutting down: finishing what is in hand");
        let _ = tx.send(true);
    });
    rx
}

//! The `anlauf` command line: chat, check, migrate, queue.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};

use anlauf::content::Content;
use anlauf::service::Service;
use anlauf::store::{self, IntakeKey};

#[derive(Parser)]
#[command(
    name = "anlauf",
    version,
    about = "First contact for migration counselling: a multilingual intake dialogue and its staff queue"
)]
struct Cli {
    /// The configuration file (organisation, offices, paths).
    #[arg(long, global = true, default_value = "anlauf.toml", env = "ANLAUF_CONFIG")]
    config: PathBuf,
    /// Where data is kept: sqlite://PATH.
    #[arg(
        long,
        global = true,
        default_value = "sqlite://anlauf.db",
        env = "ANLAUF_DATABASE_URL",
        hide_env_values = true
    )]
    database_url: String,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the Telegram bot, the background workers and the HTTP listener.
    Serve {
        /// Address of the HTTP listener (health check at /healthz; the webhook).
        #[arg(long, default_value = "127.0.0.1:8080", env = "ANLAUF_LISTEN")]
        listen: std::net::SocketAddr,
        /// Receive updates by webhook at this public URL instead of long polling. The
        /// webhook itself is set with `anlauf telegram set-webhook`, once per deployment.
        #[arg(long, env = "ANLAUF_WEBHOOK_URL")]
        webhook_url: Option<url::Url>,
    },
    /// Telegram deploy steps.
    Telegram {
        #[command(subcommand)]
        command: TelegramCommand,
    },
    /// Talk to the bot in this terminal (the same dialogue as on Telegram).
    Chat {
        /// Your language as a language tag (ar, uk, de-AT, ...); default: the organisation's.
        #[arg(long)]
        lang: Option<String>,
        /// Who you are to the bot: the same id continues the same conversation.
        #[arg(long, default_value = "terminal")]
        user: String,
    },
    /// Check anlauf.toml, the dialog files and every locale; exits non-zero on problems.
    Check,
    /// Create or update the database schema.
    Migrate,
    /// The staff queue of submitted intakes.
    Queue {
        #[command(subcommand)]
        command: QueueCommand,
    },
}

#[derive(Subcommand)]
enum TelegramCommand {
    /// Tell Telegram to post updates to URL, with the secret from ANLAUF_WEBHOOK_SECRET.
    SetWebhook { url: url::Url },
    /// Remove the webhook (to go back to long polling).
    DeleteWebhook,
    /// Show the webhook Telegram has for this bot.
    WebhookInfo,
    /// Print the t.me link for each office: clients who follow it have that office preselected.
    Links,
}

#[derive(Subcommand)]
enum QueueCommand {
    /// List submitted intakes, oldest first.
    List {
        #[arg(long, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
        #[arg(long, default_value_t = 200)]
        limit: i64,
    },
    /// Show one intake by its number or reference.
    Show {
        id: String,
        #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
        format: ShowFormat,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum ListFormat {
    Table,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum ShowFormat {
    Text,
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // A service logs what it does; a command-line tool only what went wrong.
    let default_level = if matches!(cli.command, Command::Serve { .. }) { "info" } else { "warn" };
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default_level)),
        )
        .init();
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

const SECRET_ENV: &str = "ANLAUF_WEBHOOK_SECRET";

fn token() -> Option<String> {
    std::env::var("TELOXIDE_TOKEN").ok().filter(|t| !t.trim().is_empty())
}

fn api_url() -> anyhow::Result<Option<url::Url>> {
    match std::env::var("TELOXIDE_API_URL") {
        Ok(url) if !url.is_empty() => Ok(Some(url.parse().context("TELOXIDE_API_URL is not a URL")?)),
        _ => Ok(None),
    }
}

fn webhook_secret() -> anyhow::Result<String> {
    let secret = std::env::var(SECRET_ENV).unwrap_or_default();
    let valid = (1..=256).contains(&secret.len())
        && secret.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    anyhow::ensure!(
        valid,
        "{SECRET_ENV} must be set to 1-256 characters of A-Z, a-z, 0-9, '_' or '-' (Telegram's rule)"
    );
    Ok(secret)
}

fn bot() -> anyhow::Result<teloxide::Bot> {
    let token = token().ok_or_else(|| anyhow::anyhow!("{}", anlauf::serve::NO_TOKEN))?;
    Ok(anlauf::serve::bot(&token, api_url()?.as_ref()))
}

async fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Serve { listen, webhook_url } => {
            let service = service(&cli.config, &cli.database_url).await?;
            let receive = match webhook_url {
                Some(url) => anlauf::serve::Receive::Webhook { url, secret: webhook_secret()? },
                None => anlauf::serve::Receive::Polling,
            };
            let options = anlauf::serve::Options { token: token(), api_url: api_url()?, receive };
            if options.token.is_none() {
                eprintln!("{}\n", anlauf::serve::NO_TOKEN);
            }
            let listener =
                tokio::net::TcpListener::bind(listen).await.with_context(|| format!("listening on {listen}"))?;
            anlauf::serve::run(service, options, listener, anlauf::serve::shutdown_signal()).await?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Telegram { command } => {
            use anlauf::channel::telegram::describe;
            use teloxide::prelude::Requester;
            let bot = bot()?;
            let failed = |e: teloxide::RequestError| anyhow::anyhow!("{}", describe(&e));
            match command {
                TelegramCommand::SetWebhook { url } => {
                    anlauf::channel::telegram::set_webhook(&bot, url.clone(), &webhook_secret()?)
                        .await
                        .map_err(failed)?;
                    println!("ok: Telegram now posts updates to {url}");
                }
                TelegramCommand::DeleteWebhook => {
                    bot.delete_webhook().await.map_err(failed)?;
                    println!("ok: webhook removed; start `anlauf serve` without --webhook-url for long polling");
                }
                TelegramCommand::WebhookInfo => {
                    let info = bot.get_webhook_info().await.map_err(failed)?;
                    match info.url {
                        Some(url) => println!("webhook: {url} ({} updates pending)", info.pending_update_count),
                        None => println!("no webhook set (long polling)"),
                    }
                    if let Some(error) = info.last_error_message {
                        println!("last error: {error}");
                    }
                }
                TelegramCommand::Links => {
                    let me = bot.get_me().await.map_err(failed)?;
                    let config = anlauf::config::Config::load(&cli.config)?;
                    for office in &config.offices {
                        println!(
                            "{}: {}",
                            office.name,
                            anlauf::channel::telegram::office_link(me.username(), &office.id)
                        );
                    }
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Check => {
            let report = anlauf::content::check(&cli.config);
            if report.errors.is_empty() {
                let languages = report.content.as_ref().map_or(0, |c| c.i18n.languages().list().len());
                println!("ok: {} — flow and {languages} languages are complete", cli.config.display());
                Ok(ExitCode::SUCCESS)
            } else {
                for e in &report.errors {
                    eprintln!("{e}");
                }
                eprintln!("{} problem(s) found", report.errors.len());
                Ok(ExitCode::FAILURE)
            }
        }
        Command::Migrate => {
            store::connect(&cli.database_url).await.context("migrating the database")?;
            println!("ok: {} is up to date", store::redact(&cli.database_url));
            Ok(ExitCode::SUCCESS)
        }
        Command::Chat { lang, user } => {
            let service = service(&cli.config, &cli.database_url).await?;
            let stdin = tokio::io::BufReader::new(tokio::io::stdin());
            let interactive = std::io::stdin().is_terminal();
            anlauf::channel::terminal::run(
                &service,
                &user,
                lang.as_deref(),
                stdin,
                &mut std::io::stdout(),
                interactive,
            )
            .await?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Queue { command } => {
            let service = service(&cli.config, &cli.database_url).await?;
            match command {
                QueueCommand::List { format, limit } => {
                    let entries = service.store.queue(limit).await?;
                    match format {
                        ListFormat::Table => print!("{}", anlauf::staff::queue_table(&service.content, &entries)),
                        ListFormat::Json => println!("{}", serde_json::to_string_pretty(&entries)?),
                    }
                    Ok(ExitCode::SUCCESS)
                }
                QueueCommand::Show { id, format } => match service.store.intake(&IntakeKey::parse(&id)).await? {
                    Some(entry) => {
                        match format {
                            ShowFormat::Text => print!("{}", anlauf::staff::intake_text(&service.content, &entry)),
                            ShowFormat::Json => println!("{}", serde_json::to_string_pretty(&entry)?),
                        }
                        Ok(ExitCode::SUCCESS)
                    }
                    None => {
                        let text =
                            anlauf::text::Text::msg("staff-not-found").with("key", anlauf::text::Text::Plain(id));
                        let language = &service.content.config.organisation.staff_language;
                        eprintln!("{}", service.content.i18n.render(language, &text));
                        Ok(ExitCode::from(2))
                    }
                },
            }
        }
    }
}

async fn service(config: &std::path::Path, database_url: &str) -> anyhow::Result<Service> {
    let content = Content::load(config)?;
    let store = store::connect(database_url)
        .await
        .with_context(|| format!("opening the database {}", store::redact(database_url)))?;
    Ok(Service::new(Arc::new(content), store))
}

//! The `anlauf` command line: chat, check, migrate, queue.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};

use anlauf::service::{Content, Service};
use anlauf::store::{self, IntakeKey};

#[derive(Parser)]
#[command(name = "anlauf", version, about = "First contact for migration counselling: a multilingual intake dialogue and its staff queue")]
struct Cli {
    /// The configuration file (organisation, offices, paths).
    #[arg(long, global = true, default_value = "anlauf.toml", env = "ANLAUF_CONFIG")]
    config: PathBuf,
    /// Where data is kept: sqlite://PATH.
    #[arg(long, global = true, default_value = "sqlite://anlauf.db", env = "ANLAUF_DATABASE_URL", hide_env_values = true)]
    database_url: String,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
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
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn")),
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

async fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Check => {
            let report = anlauf::check::check(&cli.config);
            if report.errors.is_empty() {
                let languages = report.content.as_ref().map_or(0, |c| c.i18n.languages().len());
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
            anlauf::channel::terminal::run(&service, &user, lang.as_deref(), stdin, &mut std::io::stdout(), interactive).await?;
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
                        let text = anlauf::dialog::Text::msg("staff-not-found").with("key", anlauf::dialog::Text::Plain(id));
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

//! The `anlauf` command line: serve, chat, check, migrate, queue, telegram. The shape of
//! the command line is in `anlauf::cli`; this file carries the commands out.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;
use clap::Parser;

use anlauf::cli::{BookingCommand, Cli, Command, DirectoryCommand, QueueCommand, TelegramCommand, UpdatesCommand};
use anlauf::content::Content;
use anlauf::service::{BookingError, Service};
use anlauf::store::{self, IntakeKey};
use anlauf::text::Text;

/// `serve` refused to start: the token or the database cannot work (sysexits' EX_CONFIG,
/// so a supervisor need not restart it in a loop).
const EXIT_CONFIG: u8 = 78;
/// `queue show` found no such intake.
const EXIT_NOT_FOUND: u8 = anlauf::staff::work::EXIT_NOT_FOUND;

fn main() -> ExitCode {
    let cli = Cli::parse();
    // A service logs what it does; a command-line tool only what went wrong.
    let default_level = if matches!(cli.command, Command::Serve { .. }) { "info" } else { "warn" };
    // Colour only for a person at a terminal, and never when NO_COLOR asks so.
    let colour = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_ansi(colour)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                // PostgreSQL's notices ("relation _sqlx_migrations already exists, skipping"
                // at every start) say nothing an administrator must act on.
                .unwrap_or_else(|_| {
                    tracing_subscriber::EnvFilter::new(format!("{default_level},sqlx::postgres::notice=warn"))
                }),
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
        // A reader that stopped early (`| head`) is not an error.
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            let code = match e.downcast_ref::<anlauf::serve::StartError>() {
                Some(_) => ExitCode::from(EXIT_CONFIG),
                None => ExitCode::FAILURE,
            };
            eprintln!("error: {e:#}");
            code
        }
    }
}

fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// Writes to standard output, reporting a closed pipe as an error instead of panicking.
fn out(text: &str) -> std::io::Result<()> {
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(text.as_bytes())?;
    stdout.flush()
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

/// The bot for a deploy step; without a token, says which command needs it.
fn bot_for(command: &str) -> anyhow::Result<teloxide::Bot> {
    let token = token().ok_or_else(|| {
        anyhow::anyhow!("`anlauf telegram {command}` needs the bot's token: set TELOXIDE_TOKEN (from @BotFather)")
    })?;
    Ok(anlauf::serve::bot(&token, api_url()?.as_ref()))
}

async fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Serve { listen, webhook_url, https, database } => {
            anyhow::ensure!(
                !store::is_in_memory(&database.database_url),
                "{} keeps nothing: every client's answers would be lost when the service stops; \
                 use a file, e.g. --database-url sqlite://anlauf.db",
                store::redact(&database.database_url)
            );
            let service = service(&cli.config, &database.database_url, true).await?;
            let receive = match webhook_url {
                Some(url) => anlauf::serve::Receive::Webhook { url, secret: webhook_secret()? },
                None => anlauf::serve::Receive::Polling,
            };
            let feed_secret = std::env::var("ANLAUF_FEED_SECRET").ok();
            let limits = anlauf::listener::Limits::from(&service.content().config.http);
            let web = anlauf::web::WebOptions { https, limits };
            let options = anlauf::serve::Options { token: token(), api_url: api_url()?, receive, feed_secret, web };
            if options.token.is_none() {
                eprintln!("{}\n", anlauf::serve::NO_TOKEN);
            }
            let listener =
                tokio::net::TcpListener::bind(listen).await.with_context(|| format!("listening on {listen}"))?;
            anlauf::serve::run(service, options, listener, anlauf::serve::shutdown_signal()).await?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Telegram { command } => telegram(&cli.config, command).await,
        Command::Staff { command } => {
            let printed = anlauf::staff::accounts::run(&cli.config, command).await?;
            out(&printed.out)?;
            if !printed.err.is_empty() {
                eprintln!("{}", printed.err.trim_end());
            }
            Ok(ExitCode::from(printed.code))
        }
        Command::Check { database_url } => {
            let report = anlauf::content::check(&cli.config);
            if report.errors.is_empty() {
                let languages = report.content.as_ref().map_or(0, |c| c.i18n.languages().list().len());
                out(&format!("ok: {} — flow and {languages} languages are complete\n", cli.config.display()))?;
                for warning in &report.warnings {
                    eprintln!("warning: {warning}");
                }
                let url = database_url
                    .or_else(|| std::path::Path::new("anlauf.db").exists().then(|| "sqlite://anlauf.db".to_owned()));
                if let Some(url) = url {
                    match service(&cli.config, &url, false).await {
                        Ok(service) => match service.directory_in_force().await {
                            Ok((said, differs)) => {
                                eprintln!("{}: {said}", store::redact(&url));
                                if differs {
                                    eprintln!(
                                        "warning: edits to [[office]] and [[counsellor]] in {} do nothing until \
                                         `anlauf directory use-file` puts them back in force",
                                        cli.config.display()
                                    );
                                }
                            }
                            Err(error) => eprintln!("note: {} could not be read: {error}", store::redact(&url)),
                        },
                        Err(error) => eprintln!("note: {} could not be read: {error}", store::redact(&url)),
                    }
                }
                if report.content.as_ref().is_some_and(|c| c.config.organisation.demo) {
                    eprintln!(
                        "note: this is the demo organisation (demo = true): its offices, counsellors, emergency places \
                         and referrals are fictional; replace them before real clients write \
                         (docs/operations.md, \"Your own organisation\")"
                    );
                }
                Ok(ExitCode::SUCCESS)
            } else {
                for e in &report.errors {
                    eprintln!("{e}");
                }
                eprintln!("{} problem(s) found", report.errors.len());
                Ok(ExitCode::FAILURE)
            }
        }
        Command::Updates { command: UpdatesCommand::List { database } } => {
            let parked = store::open(&database.database_url).await?.parked(10_000).await?;
            if parked.is_empty() {
                out("no updates are set aside\n")?;
            }
            for update in parked {
                let (received, parked) =
                    (update.received_at.format("%Y-%m-%d %H:%M"), update.parked_at.format("%Y-%m-%d %H:%M"));
                out(&format!(
                    "{}\t{}\treceived {received}\tset aside {parked}\t{}\n",
                    update.id, update.channel, update.reason
                ))?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Updates { command: UpdatesCommand::Retry { id, all: _, database } } => {
            let given = store::open(&database.database_url).await?.unpark(id, chrono::Utc::now()).await?;
            if given == 0 {
                eprintln!(
                    "error: no update set aside{}",
                    id.map(|id| format!(" has the number {id}")).unwrap_or_default()
                );
                return Ok(ExitCode::from(1));
            }
            out(&format!("ok: {given} update(s) given back; a running anlauf serve takes them up within seconds\n"))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Backup { to, database } => {
            let store = store::open(&database.database_url).await?;
            let bytes = store.backup(&to).await?;
            out(&format!("ok: {} ({bytes} bytes), readable by you only\n", to.display()))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Migrate { database_url } => {
            warn_if_in_memory(&database_url);
            let new = sqlite_file(&database_url).is_some_and(|file| !file.exists());
            store::connect(&database_url).await.context("migrating the database")?;
            let done = if new { "created, with the current schema" } else { "is up to date" };
            out(&format!("ok: {} {done}\n", store::redact(&database_url)))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Chat { lang, user, files, database } => {
            warn_if_in_memory(&database.database_url);
            let service = service(&cli.config, &database.database_url, true).await?;
            let stdin = tokio::io::BufReader::new(tokio::io::stdin());
            let interactive = std::io::stdin().is_terminal();
            anlauf::channel::terminal::run(
                &service,
                &user,
                lang.as_deref(),
                stdin,
                &mut std::io::stdout(),
                interactive,
                &anlauf::channel::terminal::Files::new(files, &user),
            )
            .await?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Queue { command } => queue(&cli.config, command).await,
        Command::Directory { command } => match command {
            DirectoryCommand::Show { database } => {
                let service = service(&cli.config, &database.database_url, false).await?;
                let (said, differs) = service.directory_in_force().await?;
                out(&format!("{said}\n"))?;
                if differs {
                    out("to put anlauf.toml's back in force: anlauf directory use-file --as NAME\n")?;
                }
                Ok(ExitCode::SUCCESS)
            }
            DirectoryCommand::UseFile { actor, database } => {
                let service = service(&cli.config, &database.database_url, false).await?;
                let audit = anlauf::store::AuditEntry {
                    at: chrono::Utc::now(),
                    actor,
                    action: "directory_use_file".into(),
                    subject: None,
                    detail: None,
                };
                match service.directory_use_file(&audit).await {
                    Ok(id) => {
                        out(&format!("ok: the offices and counsellors of anlauf.toml are in force (version {id})\n"))?;
                        Ok(ExitCode::SUCCESS)
                    }
                    Err(anlauf::service::directory::Refused::Store(error)) => Err(error.into()),
                    Err(_) => anyhow::bail!("another change was saved at the same moment; run it again"),
                }
            }
        },
        Command::Slots { office, days, database } => {
            let service = service(&cli.config, &database.database_url, false).await?;
            eprintln!("{}", service.directory_in_force().await?.0);
            let now = chrono::Utc::now();
            let until = now + chrono::Duration::days(i64::from(days));
            let keep = |o: &str| office.as_deref().is_none_or(|wanted| wanted == o);
            let mut free = service.content().config.calendar(&service.content().zones).slots(now, until);
            let taken = service.store.calendar(now, until, now).await?;
            free.retain(|s| {
                keep(&s.office) && !taken.iter().any(|t| t.slot.counsellor == s.counsellor && t.slot.start == s.start)
            });
            let taken: Vec<_> = taken.into_iter().filter(|t| keep(&t.slot.office)).collect();
            out(&anlauf::staff::bookings::slots_table(&service.content(), &free, &taken))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Booking { command } => booking(&cli.config, command).await,
        Command::Feeds { base_url, database } => {
            let secret = std::env::var("ANLAUF_FEED_SECRET").ok().filter(|s| !s.is_empty()).ok_or_else(|| {
                anyhow::anyhow!(
                    "`anlauf feeds` needs ANLAUF_FEED_SECRET, the secret `anlauf serve` makes the links with"
                )
            })?;
            // The counsellors in force: the dashboard's saved version when there is one.
            let service = service(&cli.config, &database.database_url, false).await?;
            eprintln!("{}", service.directory_in_force().await?.0);
            let config = &service.content().config;
            for counsellor in &config.counsellors {
                let path = anlauf::booking::feed::path(&secret, counsellor.id.get_ref());
                out(&format!("{}: {}\n", counsellor.name, base_url.join(&path)?))?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::CheckUrgency { lang } => {
            let content = Content::load(&cli.config)?;
            anyhow::ensure!(content.i18n.languages().has(&lang), "'{lang}' is not a shipped language");
            let mut lines = tokio::io::AsyncBufReadExt::lines(tokio::io::BufReader::new(tokio::io::stdin()));
            while let Some(line) = lines.next_line().await? {
                let found = content.urgency.detect(&anlauf::triage::urgency::languages(&lang, &line), &line);
                out(&(serde_json::to_string(&found)? + "\n"))?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::TrainUrgency { max_false_alarms, lexicon_false_alarms, epochs, rate, l2, min_count, dry_run } => {
            let config = anlauf::config::Config::load(&cli.config)?;
            let options = anlauf::triage::urgency::train::Options {
                max_false_alarms,
                lexicon_false_alarms,
                epochs,
                rate,
                l2,
                min_count,
                ..Default::default()
            };
            let training = anlauf::content::urgency::train(&config.paths.dialogs.join("urgency"), &options, !dry_run)?;
            let header = &training.model.header;
            out(&format!(
                "{}: {} features, {} bytes, threshold {:.3} ({} where a lexicon found an explicit case)\n\
                 On training messages it had not seen ({}-fold):\n{}",
                training.path.display(),
                header.features,
                training.model.size(),
                header.threshold,
                header.lexicon_threshold.map_or("the same".to_owned(), |t| format!("{t:.3}")),
                options.folds,
                training.out_of_fold.table()
            ))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::EvalUrgency { part, wrong } => {
            use anlauf::content::urgency::{corpus, EVAL_DIR, TRAIN_DIR};
            anyhow::ensure!(part == EVAL_DIR || part == TRAIN_DIR, "--part is `{EVAL_DIR}` or `{TRAIN_DIR}`");
            anyhow::ensure!(
                !(wrong && part == EVAL_DIR),
                "the evaluation part is not for tuning: its mistakes are not listed (use --part train)"
            );
            let content = Content::load(&cli.config)?;
            let dir = content.config.paths.dialogs.join("urgency");
            let messages = corpus(&dir, &part).map_err(|e| anyhow::anyhow!(e.join("\n")))?;
            let tally = anlauf::triage::urgency::evaluate(&content.urgency, &messages);
            out(&tally.table())?;
            if wrong {
                out(&(tally.wrong.join("\n") + "\n"))?;
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

async fn telegram(config: &std::path::Path, command: TelegramCommand) -> anyhow::Result<ExitCode> {
    use anlauf::channel::telegram::describe;
    use teloxide::prelude::Requester;
    let failed = |e: teloxide::RequestError| anyhow::anyhow!("{}", describe(&e));
    match command {
        TelegramCommand::SetWebhook { url } => {
            let bot = bot_for("set-webhook")?;
            anlauf::channel::telegram::set_webhook(&bot, url.clone(), &webhook_secret()?).await.map_err(failed)?;
            out(&format!("ok: Telegram now posts updates to {url}\n"))?;
        }
        TelegramCommand::DeleteWebhook => {
            bot_for("delete-webhook")?.delete_webhook().await.map_err(failed)?;
            out("ok: webhook removed; start `anlauf serve` without --webhook-url for long polling\n")?;
        }
        TelegramCommand::WebhookInfo => {
            let info = bot_for("webhook-info")?.get_webhook_info().await.map_err(failed)?;
            match info.url {
                Some(url) => out(&format!("webhook: {url} ({} updates pending)\n", info.pending_update_count))?,
                None => out("no webhook set (long polling)\n")?,
            }
            if let Some(error) = info.last_error_message {
                out(&format!("last error: {error}\n"))?;
            }
        }
        TelegramCommand::Links { bot_username } => {
            let config = anlauf::config::Config::load(config)?;
            let username = match bot_username {
                Some(name) => name.trim_start_matches('@').to_owned(),
                None if token().is_some() => {
                    let me = bot_for("links")?.get_me().await.map_err(failed)?;
                    me.username().to_owned()
                }
                None => anyhow::bail!(
                    "`anlauf telegram links` needs the bot's username: pass --bot-username NAME, \
                     or set TELOXIDE_TOKEN to ask Telegram for it"
                ),
            };
            for office in &config.offices {
                out(&format!("{}: {}\n", office.name, anlauf::channel::telegram::office_link(&username, &office.id)))?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

async fn queue(config: &std::path::Path, command: QueueCommand) -> anyhow::Result<ExitCode> {
    let database = match &command {
        QueueCommand::List { database, .. }
        | QueueCommand::Show { database, .. }
        | QueueCommand::Claim { database, .. }
        | QueueCommand::Release { database, .. }
        | QueueCommand::Note { database, .. }
        | QueueCommand::Assign { database, .. }
        | QueueCommand::Refer { database, .. }
        | QueueCommand::Close { database, .. } => database.database_url.clone(),
    };
    let service = service(config, &database, false).await?;
    let printed = anlauf::staff::work::run(&service, command).await?;
    out(&printed.out)?;
    eprint!("{}", printed.err);
    Ok(ExitCode::from(printed.code))
}

async fn booking(config: &std::path::Path, command: BookingCommand) -> anyhow::Result<ExitCode> {
    let (BookingCommand::Show { reference, database }
    | BookingCommand::Cancel { reference, database, .. }
    | BookingCommand::NoShow { reference, database }) = &command;
    let service = service(config, &database.database_url, false).await?;
    let content = &service.content();
    let staff = |text: Text| content.i18n.render(&content.config.organisation.staff_language, &text);
    let key = match IntakeKey::parse(reference) {
        IntakeKey::Reference(key) => key,
        IntakeKey::Id(id) => match service.store.intake(&IntakeKey::Id(id), chrono::Utc::now()).await? {
            Some(entry) => entry.reference,
            None => reference.clone(),
        },
    };
    let rows = service.store.bookings_of(&key).await?;
    if rows.is_empty() {
        eprintln!("{}", staff(Text::msg("staff-booking-none").with("key", Text::Plain(reference.clone()))));
        return Ok(ExitCode::from(EXIT_NOT_FOUND));
    }
    let now = chrono::Utc::now();
    let done = match &command {
        BookingCommand::Show { .. } => {
            let no_shows = service.store.no_shows(&key).await?;
            out(&anlauf::staff::bookings::bookings_text(content, &rows, no_shows))?;
            return Ok(ExitCode::SUCCESS);
        }
        BookingCommand::Cancel { actor, .. } => {
            // The client is told in the language of their request, where they wrote from.
            let notice = |client, language| anlauf::channel::telegram::cancellation_notice(content, client, language);
            let actor = actor.as_deref().unwrap_or("staff");
            service.staff_cancel(actor, &key, None, &notice, None, now).await.map(|_| "staff-booking-cancelled")
        }
        BookingCommand::NoShow { .. } => {
            service.staff_no_show("staff", &key, None, None, now).await.map(|_| "staff-booking-no-show")
        }
    };
    match done {
        Ok(said) => out(&(staff(Text::msg(said)) + "\n"))?,
        Err(BookingError::NotBegun(row)) => {
            let when = anlauf::staff::bookings::local_time(content, &row.slot.office, row.slot.start);
            eprintln!("{}", staff(Text::msg("staff-booking-not-yet").with("when", Text::Plain(when))));
            return Ok(ExitCode::from(2));
        }
        Err(BookingError::NotBooked) => {
            eprintln!("{}", staff(Text::msg("staff-booking-not-booked").with("key", Text::Plain(reference.clone()))));
            return Ok(ExitCode::from(EXIT_NOT_FOUND));
        }
        Err(BookingError::Store(error)) => return Err(error.into()),
    }
    Ok(ExitCode::SUCCESS)
}

fn warn_if_in_memory(database_url: &str) {
    if store::is_in_memory(database_url) {
        eprintln!(
            "warning: {} is an in-memory database: nothing is kept when this command ends",
            store::redact(database_url)
        );
    }
}

/// The service over the database at `database_url`; `create`: a missing SQLite file is
/// created (`serve`, `chat`), else it is an error (the commands on stored data).
/// The file of a `sqlite://` URL (`None` for another database or one in memory).
fn sqlite_file(url: &str) -> Option<std::path::PathBuf> {
    use std::str::FromStr;
    if !url.starts_with("sqlite:") || store::is_in_memory(url) {
        return None;
    }
    let options = sqlx::sqlite::SqliteConnectOptions::from_str(url).ok()?;
    Some(options.get_filename().to_owned())
}

async fn service(config: &std::path::Path, database_url: &str, create: bool) -> anyhow::Result<Service> {
    let content = Content::load(config)?;
    let store = if create { store::connect(database_url).await? } else { store::open(database_url).await? };
    let service = Service::new(Arc::new(content), store);
    // Offices and counsellors as administrators last saved them in the dashboard.
    service.refresh_directory().await?;
    Ok(service)
}

//! The command line's shape: commands, their arguments and the one plain line of help
//! each gets. Parsing only; `main.rs` carries the commands out.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "anlauf",
    version,
    about = "First contact for migration counselling: a multilingual intake dialogue and its staff queue"
)]
pub struct Cli {
    /// The configuration file: organisation, offices, paths [env: ANLAUF_CONFIG].
    #[arg(
        long,
        global = true,
        value_name = "FILE",
        default_value = "anlauf.toml",
        env = "ANLAUF_CONFIG",
        hide_env = true
    )]
    pub config: PathBuf,
    #[command(subcommand)]
    pub command: Command,
}

/// Where the service keeps its data.
#[derive(Debug, Args)]
pub struct Database {
    /// Where data is kept: sqlite://PATH (serve, chat and migrate create a missing file; other commands refuse it) or postgres://USER@HOST/DATABASE [env: ANLAUF_DATABASE_URL].
    #[arg(
        long,
        value_name = "URL",
        default_value = "sqlite://anlauf.db",
        env = "ANLAUF_DATABASE_URL",
        hide_env = true
    )]
    pub database_url: String,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the Telegram bot, the background workers and the HTTP listener.
    ///
    /// Secrets come from the environment only: TELOXIDE_TOKEN (the bot's token from
    /// @BotFather; without it everything but the bot runs), ANLAUF_WEBHOOK_SECRET (with
    /// --webhook-url), ANLAUF_FEED_SECRET (the counsellors' calendar-feed links),
    /// ANLAUF_DATABASE_URL (with a password, for PostgreSQL). Running it for real:
    /// docs/operations.md.
    Serve {
        /// Address of the HTTP listener: the health check at /healthz and the webhook [env: ANLAUF_LISTEN].
        #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8080", env = "ANLAUF_LISTEN", hide_env = true)]
        listen: std::net::SocketAddr,
        /// Receive updates by webhook at this public URL instead of long polling; set it once per deployment with `anlauf telegram set-webhook` [env: ANLAUF_WEBHOOK_URL].
        #[arg(long, value_name = "URL", env = "ANLAUF_WEBHOOK_URL", hide_env = true)]
        webhook_url: Option<url::Url>,
        /// The dashboard is reached over HTTPS (behind a proxy): its cookies are sent only over HTTPS [env: ANLAUF_HTTPS].
        #[arg(long, env = "ANLAUF_HTTPS", hide_env = true)]
        https: bool,
        #[command(flatten)]
        database: Database,
    },
    /// Staff accounts for the dashboard: add one, give a new one-time password, list them.
    Staff {
        #[command(subcommand)]
        command: StaffCommand,
    },
    /// Telegram deploy steps: the webhook and the links per office.
    Telegram {
        #[command(subcommand)]
        command: TelegramCommand,
    },
    /// Talk to the bot in this terminal (the same dialogue as on Telegram).
    Chat {
        /// Your language as a language tag (ar, uk, de-AT, ...); switches a conversation already under way.
        #[arg(long, value_name = "TAG")]
        lang: Option<String>,
        /// Who you are to the bot: the same name continues the same conversation.
        #[arg(long, value_name = "NAME", default_value = "terminal")]
        user: String,
        /// Where files the bot sends (your data, a calendar file) are written, readable by you only; /delete deletes them.
        #[arg(long, value_name = "DIR", default_value = ".")]
        files: std::path::PathBuf,
        #[command(flatten)]
        database: Database,
    },
    /// Check anlauf.toml, the dialog files and every locale; exits non-zero on problems.
    /// With a database (--database-url, or anlauf.db where it is), also says which offices and
    /// counsellors are in force: the file's or the dashboard's saved version.
    Check {
        /// The database whose saved offices and counsellors to compare (never created) [env: ANLAUF_DATABASE_URL].
        #[arg(long, value_name = "URL", env = "ANLAUF_DATABASE_URL", hide_env = true)]
        database_url: Option<String>,
    },
    /// Read lines from standard input and print, per line, what the urgency detector finds
    /// (JSON), exactly as the bot would in a dialogue in that language: for authors of the
    /// lexicons and the corpora in dialogs/urgency/.
    CheckUrgency {
        /// The dialogue's language (de, ar, uk, ...).
        #[arg(long, value_name = "CODE")]
        lang: String,
    },
    /// Train the urgency model from dialogs/urgency/train/ and the lexicons and write
    /// dialogs/urgency/model.bin; prints how it did on messages it had not seen (k-fold).
    TrainUrgency {
        /// Share of ordinary training messages the threshold may call urgent (out of fold).
        #[arg(long, value_name = "SHARE", default_value_t = crate::triage::urgency::train::Options::default().max_false_alarms)]
        max_false_alarms: f64,
        /// Further share the lower threshold for messages a lexicon found (an explicit case) may add (out of fold).
        #[arg(long, value_name = "SHARE", default_value_t = crate::triage::urgency::train::Options::default().lexicon_false_alarms)]
        lexicon_false_alarms: f64,
        /// Passes over the corpus.
        #[arg(long, default_value_t = crate::triage::urgency::train::Options::default().epochs)]
        epochs: usize,
        /// AdaGrad's learning rate.
        #[arg(long, default_value_t = crate::triage::urgency::train::Options::default().rate)]
        rate: f32,
        /// L2 regularisation.
        #[arg(long, default_value_t = crate::triage::urgency::train::Options::default().l2)]
        l2: f32,
        /// Leave out text features seen in fewer messages than this.
        #[arg(long, default_value_t = crate::triage::urgency::train::Options::default().min_count)]
        min_count: usize,
        /// Measure out of fold only; write no model.
        #[arg(long)]
        dry_run: bool,
    },
    /// Measure the urgency detector on a corpus: recall and false alarms per language,
    /// category and kind of ordinary message.
    EvalUrgency {
        /// Which corpus: `eval` (held apart, never learnt from) or `train`.
        #[arg(long, value_name = "PART", default_value = "eval")]
        part: String,
        /// Also list the messages decided wrongly (not for the evaluation part: it is not
        /// for tuning).
        #[arg(long)]
        wrong: bool,
    },
    /// Write a consistent copy of the SQLite database while the service runs (docs/operations.md);
    /// for PostgreSQL, use pg_dump.
    Backup {
        /// The file to write (must not exist yet); readable by its owner only.
        #[arg(long, value_name = "FILE")]
        to: std::path::PathBuf,
        #[command(flatten)]
        database: Database,
    },
    /// Create or update the database schema (also done at every start).
    Migrate {
        /// The database to create or update: sqlite://PATH or postgres://… [env: ANLAUF_DATABASE_URL].
        #[arg(
            long,
            value_name = "URL",
            default_value = "sqlite://anlauf.db",
            env = "ANLAUF_DATABASE_URL",
            hide_env = true
        )]
        database_url: String,
    },
    /// The staff queue of submitted intakes.
    Queue {
        #[command(subcommand)]
        command: QueueCommand,
    },
    /// Appointment slots per office and day: free, held and booked.
    Slots {
        /// Only this office (its id in anlauf.toml).
        #[arg(long, value_name = "OFFICE")]
        office: Option<String>,
        /// How many days to show, from today.
        #[arg(long, value_name = "N", default_value_t = 7)]
        days: u32,
        #[command(flatten)]
        database: Database,
    },
    /// Print each counsellor's calendar feed link (needs ANLAUF_FEED_SECRET, the same as `serve`'s).
    Feeds {
        /// The public address the HTTP listener is reached at (https://beratung.example.org).
        #[arg(long, value_name = "URL")]
        base_url: url::Url,
        #[command(flatten)]
        database: Database,
    },
    /// Which offices and counsellors are in force: anlauf.toml's, or the version saved in the
    /// dashboard (which then replaces the file's); and putting the file's back in force.
    Directory {
        #[command(subcommand)]
        command: DirectoryCommand,
    },
    /// One intake's appointments: show them, cancel the booked one, or mark it missed.
    Booking {
        #[command(subcommand)]
        command: BookingCommand,
    },
    /// Updates set aside because handling them failed for good (not because the database
    /// was down): list them, give them back to be handled again.
    Updates {
        #[command(subcommand)]
        command: UpdatesCommand,
    },
}

#[derive(Debug, Subcommand)]
pub enum UpdatesCommand {
    /// The updates set aside: number, channel, when received and set aside, and why (never
    /// what the client wrote).
    List {
        #[command(flatten)]
        database: Database,
    },
    /// Give updates back to be handled again: a running `anlauf serve` takes them up
    /// within seconds (after fixing what made them fail).
    Retry {
        /// The update's number, as `anlauf updates list` shows it.
        #[arg(required_unless_present = "all", conflicts_with = "all")]
        id: Option<i64>,
        /// Every update set aside.
        #[arg(long)]
        all: bool,
        #[command(flatten)]
        database: Database,
    },
}

#[derive(Debug, Subcommand)]
pub enum BookingCommand {
    /// The appointments of an intake, with what became of them.
    Show {
        /// The intake's reference (K7QM-2XPD; case, blanks and the hyphen do not matter).
        reference: String,
        #[command(flatten)]
        database: Database,
    },
    /// Cancel the intake's booked appointment; the client is told in their language.
    Cancel {
        /// The intake's reference.
        reference: String,
        /// Your name, as the case history records it (else "Team").
        #[arg(long = "as", value_name = "NAME", env = "ANLAUF_STAFF", hide_env = true)]
        actor: Option<String>,
        #[command(flatten)]
        database: Database,
    },
    /// Mark the intake's booked appointment as missed (the client did not come).
    NoShow {
        /// The intake's reference.
        reference: String,
        #[command(flatten)]
        database: Database,
    },
}

#[derive(Debug, Subcommand)]
pub enum TelegramCommand {
    /// Tell Telegram to post updates to URL, with the secret from ANLAUF_WEBHOOK_SECRET.
    SetWebhook {
        /// The public HTTPS address the instances serve the webhook at.
        url: url::Url,
    },
    /// Remove the webhook (to go back to long polling).
    DeleteWebhook,
    /// Show the webhook Telegram has for this bot.
    WebhookInfo,
    /// Print the t.me link for each office: clients who follow it have that office preselected.
    Links {
        /// The bot's username (without @): print the links without asking Telegram.
        #[arg(long, value_name = "NAME")]
        bot_username: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum DirectoryCommand {
    /// Say which offices and counsellors are in force, and whether anlauf.toml's differ.
    Show {
        #[command(flatten)]
        database: Database,
    },
    /// Put the offices and counsellors of anlauf.toml back in force on every instance
    /// (recorded in the audit log); the dashboard's saved versions stay in the history.
    UseFile {
        /// Your name, as the audit log records it.
        #[arg(long = "as", value_name = "NAME", env = "ANLAUF_STAFF", hide_env = true)]
        actor: String,
        #[command(flatten)]
        database: Database,
    },
}

#[derive(Debug, Subcommand)]
pub enum QueueCommand {
    /// List submitted intakes: urgent first, then by priority and age.
    List {
        /// table: aligned columns to read; json: one object per intake, for other tools.
        #[arg(long, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
        /// Show at most this many intakes.
        #[arg(long, value_name = "N", default_value_t = 200)]
        limit: i64,
        #[command(flatten)]
        filter: Filter,
        #[command(flatten)]
        database: Database,
    },
    /// Show one intake by its number or reference, with its history.
    Show {
        /// The intake's number (12) or reference (K7QM-2XPD; case, blanks and the hyphen do not matter).
        #[arg(value_name = "NUMBER_OR_REFERENCE")]
        id: String,
        /// text: the summary in the staff language; json: the same data, for other tools.
        #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
        format: ShowFormat,
        #[command(flatten)]
        database: Database,
    },
    /// Claim a case for a while: the given one, or the next new one (urgent first).
    Claim {
        /// The intake's number or reference; without it, the next new case matching the filter.
        #[arg(value_name = "NUMBER_OR_REFERENCE")]
        id: Option<String>,
        /// How long the claim holds, in minutes; working on the case (a note) holds it for good.
        #[arg(long = "for", value_name = "MINUTES", default_value_t = 30)]
        minutes: u32,
        #[command(flatten)]
        filter: Filter,
        #[command(flatten)]
        staff: Staff,
        #[command(flatten)]
        database: Database,
    },
    /// Give a claim back: the case is new again.
    Release {
        /// The intake's number or reference.
        #[arg(value_name = "NUMBER_OR_REFERENCE")]
        id: String,
        #[command(flatten)]
        staff: Staff,
        #[command(flatten)]
        database: Database,
    },
    /// Add a note to a case (kept in its history; never shown to the client).
    Note {
        /// The intake's number or reference.
        #[arg(value_name = "NUMBER_OR_REFERENCE")]
        id: String,
        /// The note.
        text: String,
        #[command(flatten)]
        staff: Staff,
        #[command(flatten)]
        database: Database,
    },
    /// Give a case to a counsellor (their id in anlauf.toml).
    Assign {
        /// The intake's number or reference.
        #[arg(value_name = "NUMBER_OR_REFERENCE")]
        id: String,
        /// The counsellor's id in anlauf.toml (amira, jonas, …).
        #[arg(value_name = "COUNSELLOR")]
        counsellor: String,
        #[command(flatten)]
        staff: Staff,
        #[command(flatten)]
        database: Database,
    },
    /// Record that the client was sent on to another service (its id in dialogs/referrals.toml).
    Refer {
        /// The intake's number or reference.
        #[arg(value_name = "NUMBER_OR_REFERENCE")]
        id: String,
        /// The service's id in dialogs/referrals.toml (jobcenter-musterstadt, …).
        #[arg(long, value_name = "SERVICE")]
        to: String,
        #[command(flatten)]
        staff: Staff,
        #[command(flatten)]
        database: Database,
    },
    /// Close a case with its outcome: advised, supported, not_responsible, no_contact, withdrawn, duplicate.
    Close {
        /// The intake's number or reference.
        #[arg(value_name = "NUMBER_OR_REFERENCE")]
        id: String,
        /// advised, supported, not_responsible, no_contact, withdrawn or duplicate.
        #[arg(long, value_name = "CODE")]
        outcome: String,
        #[command(flatten)]
        staff: Staff,
        #[command(flatten)]
        database: Database,
    },
}

/// Which cases to list or claim; each option given narrows the list.
#[derive(Debug, Clone, Default, Args)]
pub struct Filter {
    /// new, claimed, in_progress, referred, booked or closed.
    #[arg(long, value_name = "STATUS")]
    pub status: Option<String>,
    /// The office's id in anlauf.toml.
    #[arg(long, value_name = "OFFICE")]
    pub office: Option<String>,
    /// The client's language code (ar, uk, …).
    #[arg(long, value_name = "CODE")]
    pub language: Option<String>,
    /// A topic id (housing, residence, …).
    #[arg(long, value_name = "TOPIC")]
    pub topic: Option<String>,
    /// The service responsible (mbe, jmd, …).
    #[arg(long, value_name = "SERVICE")]
    pub service: Option<String>,
    /// Assigned to, or worked on by, this person.
    #[arg(long, value_name = "NAME")]
    pub assignee: Option<String>,
}

/// Who acts, until the dashboard has logins.
#[derive(Debug, Clone, Args)]
pub struct Staff {
    /// Your name, as the case history records it [env: ANLAUF_STAFF].
    #[arg(long = "as", value_name = "NAME", env = "ANLAUF_STAFF", hide_env = true)]
    pub name: String,
}

#[derive(Debug, Subcommand)]
pub enum StaffCommand {
    /// Add an account; prints its one-time password, to be changed at the first sign-in.
    Add {
        /// The person's name, as case histories and the audit log show it.
        #[arg(long)]
        name: String,
        /// Their email address: the login.
        #[arg(long)]
        email: String,
        /// counsellor: the queue and their cases; admin: also staff accounts and the audit log.
        #[arg(long, value_enum)]
        role: StaffRole,
        /// The counsellor of anlauf.toml this person is (their assigned cases are "mine").
        #[arg(long, value_name = "ID")]
        counsellor: Option<String>,
        #[command(flatten)]
        database: Database,
    },
    /// Give an account a new one-time password (printed; ends its sessions).
    Reset {
        /// The account's email address.
        #[arg(long)]
        email: String,
        #[command(flatten)]
        database: Database,
    },
    /// List the accounts.
    List {
        #[command(flatten)]
        database: Database,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum StaffRole {
    Counsellor,
    Admin,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ListFormat {
    Table,
    Json,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ShowFormat {
    Text,
    Json,
}

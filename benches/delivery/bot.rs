//! The bot under test: the real `anlauf` executable as a separate process, with its own
//! temporary directory (configuration, SQLite database, log), optionally pinned to one core
//! with `taskset`, stopped with SIGTERM (SIGKILL only if it does not exit in time).

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context};

use crate::fake_api::{FakeApi, TOKEN};

/// The `[telegram]` limits in the bot's configuration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BotLimits {
    /// Raised far beyond Telegram's, so that only the code is measured.
    Raised,
    /// The bot's defaults (Telegram's published limits): nothing written.
    Real,
}

impl BotLimits {
    pub fn describe(self) -> &'static str {
        match self {
            BotLimits::Raised => "raised (100,000/s)",
            BotLimits::Real => "Telegram's (bot defaults)",
        }
    }
}

/// How long the bot may take to exit after SIGTERM before it is killed.
pub const STOP_GRACE: Duration = Duration::from_secs(10);

pub struct BotProcess {
    child: Child,
    pub pid: u32,
    /// Configuration, database and log; removed when dropped (after the process ended).
    _dir: tempfile::TempDir,
    log: PathBuf,
}

/// How the bot ended.
#[derive(Debug, Clone)]
pub struct Stopped {
    /// Time from SIGTERM to exit; `None`: it did not exit within [`STOP_GRACE`] and was killed.
    pub after: Option<Duration>,
    pub status: Option<ExitStatus>,
}

/// What the bot logged, counted.
#[derive(Debug, Clone, Default)]
pub struct LogSummary {
    pub lines: usize,
    pub warnings: usize,
    pub errors: usize,
    /// The first few warning and error lines, as logged.
    pub first: Vec<String>,
}

impl BotProcess {
    /// Starts `anlauf serve` against the fake Bot API at `api_url`.
    pub fn start(
        binary: &Path,
        repo: &Path,
        api_url: &str,
        limits: BotLimits,
        core: Option<usize>,
    ) -> anyhow::Result<BotProcess> {
        let dir =
            tempfile::Builder::new().prefix("anlauf-bench-").tempdir().context("creating a temporary directory")?;
        let config_path = dir.path().join("anlauf.toml");
        std::fs::write(&config_path, config(repo, limits)?).context("writing the bot's configuration")?;
        let database = dir.path().join("bench.db");
        let log = dir.path().join("bot.log");
        let out = File::create(&log).context("creating the bot's log file")?;
        let err = out.try_clone()?;
        let mut command = match core {
            Some(core) => {
                let mut c = Command::new("taskset");
                c.arg("-c").arg(core.to_string()).arg(binary);
                c
            }
            None => Command::new(binary),
        };
        command
            .arg("--config")
            .arg(&config_path)
            .arg("serve")
            .arg("--listen")
            .arg("127.0.0.1:0")
            .arg("--database-url")
            .arg(format!("sqlite://{}", database.display()))
            .env("TELOXIDE_TOKEN", TOKEN)
            .env("TELOXIDE_API_URL", api_url)
            .env("NO_COLOR", "1")
            .env_remove("ANLAUF_CONFIG")
            .env_remove("ANLAUF_DATABASE_URL")
            .env_remove("ANLAUF_WEBHOOK_SECRET")
            .current_dir(dir.path())
            .stdin(Stdio::null())
            .stdout(out)
            .stderr(err);
        let child = command.spawn().with_context(|| format!("starting {}", binary.display()))?;
        let pid = child.id();
        Ok(BotProcess { child, pid, _dir: dir, log })
    }

    /// Waits until the bot polls the fake for updates (it is ready then).
    pub async fn ready(&mut self, fake: &FakeApi, timeout: Duration) -> anyhow::Result<Duration> {
        let started = Instant::now();
        loop {
            if fake.polled() {
                return Ok(started.elapsed());
            }
            if let Some(status) = self.child.try_wait()? {
                bail!("the bot exited before it polled ({status}); its log ends:\n{}", self.log_tail(15));
            }
            if started.elapsed() > timeout {
                bail!("the bot did not poll within {}s; its log ends:\n{}", timeout.as_secs(), self.log_tail(15));
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }

    /// Whether the process is still running.
    pub fn running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    /// SIGTERM, then up to [`STOP_GRACE`] for the bot to exit; killed after that.
    pub async fn stop(&mut self) -> Stopped {
        if let Ok(Some(status)) = self.child.try_wait() {
            return Stopped { after: Some(Duration::ZERO), status: Some(status) };
        }
        let sent = Instant::now();
        let term = Command::new("kill").arg("-TERM").arg(self.pid.to_string()).status();
        if !matches!(term, Ok(s) if s.success()) {
            eprintln!("  kill -TERM {} failed: {term:?}", self.pid);
        }
        while sent.elapsed() < STOP_GRACE {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Stopped { after: Some(sent.elapsed()), status: Some(status) };
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        let _ = self.child.kill();
        let status = self.child.wait().ok();
        Stopped { after: None, status }
    }

    pub fn log_tail(&self, lines: usize) -> String {
        let text = std::fs::read_to_string(&self.log).unwrap_or_default();
        let all: Vec<&str> = text.lines().collect();
        all[all.len().saturating_sub(lines)..].join("\n")
    }

    pub fn log_summary(&self) -> LogSummary {
        let text = std::fs::read_to_string(&self.log).unwrap_or_default();
        let mut summary = LogSummary::default();
        for line in text.lines() {
            summary.lines += 1;
            let warning = line.contains(" WARN ");
            let error = line.contains(" ERROR ");
            summary.warnings += usize::from(warning);
            summary.errors += usize::from(error);
            if (warning || error) && summary.first.len() < 3 {
                summary.first.push(line.chars().take(200).collect());
            }
        }
        summary
    }
}

impl Drop for BotProcess {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// The repository's `anlauf.toml` with absolute content paths and the chosen limits.
fn config(repo: &Path, limits: BotLimits) -> anyhow::Result<String> {
    let source = repo.join("anlauf.toml");
    let text = std::fs::read_to_string(&source).with_context(|| format!("reading {}", source.display()))?;
    let mut table: toml::Table = text.parse().with_context(|| format!("parsing {}", source.display()))?;
    let path = |p: &str| toml::Value::String(repo.join(p).display().to_string());
    let mut paths = toml::Table::new();
    paths.insert("dialogs".into(), path("dialogs"));
    paths.insert("locales".into(), path("locales"));
    table.insert("paths".into(), toml::Value::Table(paths));
    let telegram = table.entry("telegram").or_insert_with(|| toml::Value::Table(toml::Table::new()));
    let telegram = telegram.as_table_mut().context("[telegram] in anlauf.toml is not a table")?;
    let raised = [
        ("per_chat_per_second", 100_000),
        ("per_chat_per_minute", 6_000_000),
        ("overall_per_second", 100_000),
        ("per_group_per_minute", 100_000),
    ];
    for (key, value) in raised {
        match limits {
            BotLimits::Raised => telegram.insert(key.into(), toml::Value::Integer(value)),
            BotLimits::Real => telegram.remove(key),
        };
    }
    Ok(toml::to_string(&table)?)
}

//! `anlauf serve` as an administrator starts it: the real executable talking to the fake
//! Bot API on 127.0.0.1, its log read from a pipe.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::fake_telegram::{FakeTelegram, TgUser, TOKEN};
use crate::support::{self, Db};

pub(crate) struct Served {
    /// Taken when the test stops or kills it.
    child: Option<Child>,
    log: Arc<Mutex<Vec<String>>>,
}

pub(crate) fn serve(db: &Db, env: &[(&str, &str)]) -> Served {
    serve_with(&support::config_path(), db, env)
}

/// The shipped configuration with Telegram's sending limits raised, for tests of the
/// executable that send many messages (the real limits would make them wait a second
/// per message), written once.
pub(crate) fn fast_config() -> std::path::PathBuf {
    static PATH: std::sync::OnceLock<std::path::PathBuf> = std::sync::OnceLock::new();
    PATH.get_or_init(|| {
        let root = support::root();
        let shipped = std::fs::read_to_string(support::config_path()).unwrap();
        let fast = shipped
            .replace("dialogs = \"dialogs\"", &format!("dialogs = {:?}", root.join("dialogs")))
            .replace("locales = \"locales\"", &format!("locales = {:?}", root.join("locales")))
            .replace(
                "[telegram]\n",
                "[telegram]\nper_chat_per_second = 100\nper_chat_per_minute = 6000\noverall_per_second = 1000\n",
            );
        assert_ne!(fast, shipped);
        let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("anlauf-fast.toml");
        // Written aside and renamed: test processes running together never read half a file.
        let aside = path.with_extension(format!("{}.tmp", std::process::id()));
        std::fs::write(&aside, fast).unwrap();
        std::fs::rename(&aside, &path).unwrap();
        path
    })
    .clone()
}

pub(crate) fn serve_with(config: &std::path::Path, db: &Db, env: &[(&str, &str)]) -> Served {
    let mut command = Command::new(env!("CARGO_BIN_EXE_anlauf"));
    command
        .arg("--config")
        .arg(config)
        .args(["serve", "--listen", "127.0.0.1:0", "--database-url", &db.url])
        .env_remove("TELOXIDE_TOKEN")
        .env_remove("TELOXIDE_API_URL")
        .env_remove("RUST_LOG")
        .env_remove("NO_COLOR")
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    for (key, value) in env {
        command.env(key, value);
    }
    let mut child = command.spawn().unwrap();
    let log = Arc::new(Mutex::new(Vec::new()));
    let lines = log.clone();
    let stderr = child.stderr.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            lines.lock().unwrap().push(line);
        }
    });
    Served { child: Some(child), log }
}

/// A test that fails with the service running leaves no process behind.
impl Drop for Served {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Served {
    pub(crate) fn log(&self) -> String {
        self.log.lock().unwrap().join("\n")
    }

    pub(crate) async fn wait_for(&self, needle: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while !self.log().contains(needle) {
            assert!(Instant::now() < deadline, "no {needle:?} in:\n{}", self.log());
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// Kills it with SIGKILL, as the kernel's OOM killer or a power cut would: nothing
    /// it had in memory survives. Returns its log.
    pub(crate) async fn kill(mut self) -> String {
        self.child.as_mut().unwrap().kill().unwrap();
        self.exited().await.1
    }

    /// Stops it as systemd would and returns its exit status and whole log.
    pub(crate) async fn stop(self) -> (std::process::ExitStatus, String) {
        let pid = self.child.as_ref().unwrap().id().to_string();
        Command::new("kill").args(["-TERM", &pid]).status().unwrap();
        self.exited().await
    }

    /// Waits until it exits by itself; its exit status and whole log.
    pub(crate) async fn exited(mut self) -> (std::process::ExitStatus, String) {
        let mut child = self.child.take().unwrap();
        let log = self.log.clone();
        let status = tokio::task::spawn_blocking(move || child.wait().unwrap()).await.unwrap();
        tokio::time::sleep(Duration::from_millis(50)).await;
        let lines = log.lock().unwrap().join("\n");
        (status, lines)
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn without_a_token_the_advice_is_given_once_and_a_pipe_gets_no_colour_codes() {
    let db = support::fresh_db();
    let served = serve(&db, &[]);
    served.wait_for("listening").await;
    let (status, log) = served.stop().await;
    assert!(status.success(), "{log}");
    assert_eq!(log.matches("@BotFather").count(), 1, "{log}");
    assert!(!log.contains('\u{1b}'), "no ANSI escapes in a pipe: {log:?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_wrong_token_stops_serve_with_one_clear_line_and_its_exit_code() {
    let fake = FakeTelegram::start().await;
    let db = support::fresh_db();
    let served = serve(&db, &[("TELOXIDE_TOKEN", "123:wrong"), ("TELOXIDE_API_URL", &fake.url)]);
    let (status, log) = tokio::time::timeout(Duration::from_secs(20), served.exited())
        .await
        .expect("serve gives up on a refused token instead of retrying forever");
    assert_eq!(status.code(), Some(78), "{log}");
    let errors: Vec<&str> = log.lines().filter(|l| l.starts_with("error:")).collect();
    assert_eq!(
        errors,
        ["error: Telegram refused the bot token (401 Unauthorized): check TELOXIDE_TOKEN (from @BotFather)"]
    );
    assert!(!warned(&log), "{log}");
}

/// Whether the log has a warning or an error other than the demo organisation's notice
/// (the shipped configuration is the demo, and says so at every start).
fn warned(log: &str) -> bool {
    log.lines().any(|l| (l.contains("WARN") || l.contains("ERROR")) && !l.contains("this is the demo organisation"))
}

/// Telegram holds a long poll 25 s; the HTTP client must wait longer than that, or every
/// quiet poll fails, is logged, and backs off, and a newcomer's first message waits.
#[tokio::test(flavor = "multi_thread")]
async fn after_a_quiet_spell_longer_than_a_long_poll_start_is_answered_at_once_and_nothing_is_logged() {
    let fake = FakeTelegram::start().await;
    let db = support::fresh_db();
    let served = serve(&db, &[("TELOXIDE_TOKEN", TOKEN), ("TELOXIDE_API_URL", &fake.url)]);
    served.wait_for("receiving Telegram updates by long polling").await;
    let quiet = Duration::from_secs(u64::from(anlauf::channel::telegram::POLL_TIMEOUT) + 2);
    tokio::time::sleep(quiet).await;
    let client = TgUser::new(6001, "de");
    let pushed = Instant::now();
    fake.push(client.text("/start"));
    fake.wait("the welcome", |calls| calls.iter().any(|c| c.method == "sendMessage" && c.chat() == Some(client.id)))
        .await;
    let answered = pushed.elapsed();
    let (status, log) = served.stop().await;
    assert!(status.success(), "{log}");
    assert!(!warned(&log), "an idle bot logs no warnings:\n{log}");
    // Generous for a loaded 2-core machine; before the fix the poll in flight had failed
    // and the next one was backing off.
    assert!(answered < Duration::from_secs(2), "answered after {answered:?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn without_a_network_the_command_menus_cost_one_log_line_not_one_per_language() {
    let db = support::fresh_db();
    // Nothing listens there: every request to "Telegram" fails to connect.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/", closed.local_addr().unwrap());
    drop(closed);
    let served = serve(&db, &[("TELOXIDE_TOKEN", TOKEN), ("TELOXIDE_API_URL", url.as_str())]);
    served.wait_for("command menus not registered").await;
    let (_, log) = served.stop().await;
    let menus: Vec<&str> = log.lines().filter(|l| l.contains("command menu")).collect();
    assert_eq!(menus.len(), 1, "{log}");
    assert!(!log.lines().any(|l| l.contains("setMyCommands") && l.contains("language")), "{log}");
}

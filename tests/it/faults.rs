//! Faults the service survives: the database unavailable for 30 s, the process killed
//! with SIGKILL in the middle of a burst of 100 clients, the Bot API answering 5xx, the
//! disk under the SQLite file full. Each checks what clients were told and what is
//! stored afterwards: nothing lost, nothing applied twice.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anlauf::serve::Receive;
use anlauf::text::Text;
use serde_json::json;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;

use crate::fake_telegram::{Call, FakeTelegram, TgUser, TOKEN};
use crate::support::{self, say, Db, Probe};
use crate::telegram::{polling, press, press_update, send, start_on, unescape};

/// A TCP proxy in front of PostgreSQL whose connections a test can cut: while cut, every
/// open connection is dropped and new ones are closed at once, as when the server or the
/// network between goes away.
struct Proxy {
    port: u16,
    cut: Arc<watch::Sender<bool>>,
}

impl Proxy {
    async fn to(target: String) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let cut = Arc::new(watch::channel(false).0);
        let cuts = cut.clone();
        tokio::spawn(async move {
            while let Ok((mut inbound, _)) = listener.accept().await {
                if *cuts.borrow() {
                    continue;
                }
                let (mut cut, target) = (cuts.subscribe(), target.clone());
                tokio::spawn(async move {
                    let Ok(mut outbound) = TcpStream::connect(&target).await else { return };
                    tokio::select! {
                        _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound) => {}
                        _ = cut.wait_for(|cut| *cut) => {}
                    }
                });
            }
        });
        Proxy { port, cut }
    }
}

/// The test database made unavailable for a while: SQLite's file held by another
/// connection's write transaction (a stuck process, a backup), PostgreSQL cut off.
enum Outage {
    Sqlite { url: String, blocker: Option<sqlx::SqliteConnection> },
    Postgres { url: String, proxy: Proxy },
}

impl Outage {
    async fn prepare(db: &Db) -> Outage {
        if !db.is_postgres() {
            return Outage::Sqlite { url: db.url.clone(), blocker: None };
        }
        let mut url = url::Url::parse(&db.url).unwrap();
        let target = format!("{}:{}", url.host_str().unwrap(), url.port().unwrap_or(5432));
        let proxy = Proxy::to(target).await;
        url.set_host(Some("127.0.0.1")).unwrap();
        url.set_port(Some(proxy.port)).unwrap();
        Outage::Postgres { url: url.to_string(), proxy }
    }

    /// The URL the bot connects with.
    fn url(&self) -> &str {
        match self {
            Outage::Sqlite { url, .. } | Outage::Postgres { url, .. } => url,
        }
    }

    async fn begin(&mut self) {
        match self {
            Outage::Sqlite { url, blocker } => {
                use sqlx::Connection;
                let mut connection = sqlx::SqliteConnection::connect(url).await.unwrap();
                sqlx::query("BEGIN EXCLUSIVE").execute(&mut connection).await.unwrap();
                sqlx::query("INSERT INTO channel_group_notices (channel, chat, noticed_at) VALUES ('test', '1', 'x')")
                    .execute(&mut connection)
                    .await
                    .unwrap();
                *blocker = Some(connection);
            }
            Outage::Postgres { proxy, .. } => {
                proxy.cut.send_replace(true);
            }
        }
    }

    async fn end(&mut self) {
        match self {
            Outage::Sqlite { blocker, .. } => {
                let mut connection = blocker.take().unwrap();
                sqlx::query("ROLLBACK").execute(&mut connection).await.unwrap();
            }
            Outage::Postgres { proxy, .. } => {
                proxy.cut.send_replace(false);
            }
        }
    }
}

fn texts_to(fake: &FakeTelegram, client: &TgUser) -> Vec<String> {
    fake.sent_to(client.id).iter().map(|c| unescape(c.text())).collect()
}

const LANGUAGES: [&str; 15] =
    ["de", "en", "ar", "fa", "ps", "tr", "ku", "ru", "uk", "ka", "bs", "pl", "ro", "fr", "so"];

crate::contract! {
    async fn a_thirty_second_database_outage_tells_each_client_once_and_loses_nothing(db: Db) {
        let fake = FakeTelegram::start().await;
        fake.patience(Duration::from_secs(120));
        let mut outage = Outage::prepare(&db).await;
        let bot = start_on(&fake, &db, outage.url(), Receive::Polling).await;
        let clients: Vec<TgUser> =
            ["ar", "uk", "tr", "fa", "so"].iter().enumerate().map(|(i, l)| TgUser::new(9100 + i as i64, l)).collect();
        for client in &clients {
            send(&fake, client.text("/start")).await;
            press(&fake, client, &format!("l:{}", client.language)).await;
        }
        let before: Vec<usize> = clients.iter().map(|c| fake.sent_to(c.id).len()).collect();

        outage.begin().await;
        let began = Instant::now();
        let mut updates = Vec::new();
        for client in &clients {
            // Consent, then a second message while the first is not answered yet.
            updates.push(fake.push(press_update(&fake, client, "y")));
            updates.push(fake.push(client.text("/help")));
        }
        for client in &clients {
            let apology = say(&client.language, &Text::msg("error-temporary"));
            fake.wait("each client told to wait", |calls| {
                calls.iter().any(|c| c.chat() == Some(client.id) && unescape(c.text()) == apology)
            })
            .await;
        }
        tokio::time::sleep_until((began + Duration::from_secs(30)).into()).await;
        for (client, before) in clients.iter().zip(&before) {
            let told = &texts_to(&fake, client)[*before..];
            assert_eq!(told, [say(&client.language, &Text::msg("error-temporary"))], "told once in 30 s");
        }
        outage.end().await;

        for id in &updates {
            fake.confirmed(*id).await;
        }
        for (client, before) in clients.iter().zip(&before) {
            let told = &texts_to(&fake, client)[*before..];
            let topics = say(&client.language, &Text::msg("ask-topics"));
            assert_eq!(told.len(), 4, "the apology, then an answer to each message: {told:?}");
            assert!(told[1].contains(&topics), "consent taken: {}", told[1]);
            assert!(told[2].contains(&say(&client.language, &Text::msg("help"))), "then the help: {}", told[2]);
            assert!(told[3].contains(&topics), "and the question again: {}", told[3]);
        }
        assert_eq!(db.number("SELECT count(*) FROM channel_inbox WHERE processed_at IS NULL").await, 0);
        assert_eq!(db.number("SELECT count(*) FROM consents").await, clients.len() as i64, "every consent stored");
        bot.stop().await;
    }
}

/// The callback data of `action` on the newest question a client was shown (the highest
/// turn number on any keyboard in their chat): a message sent again after a restart
/// carries an older turn and is passed over, as a client would scroll past it.
fn current_button(fake: &FakeTelegram, client: &TgUser, action: &str) -> serde_json::Value {
    let calls: Vec<Call> = fake.calls().into_iter().filter(|c| c.chat() == Some(client.id)).collect();
    let turn = |c: &Call| c.buttons().first().and_then(|(_, d)| d.split(':').next()?.parse::<u32>().ok());
    let newest = calls.iter().filter(|c| turn(c).is_some()).max_by_key(|c| turn(c)).unwrap_or_else(|| {
        panic!("client {} has no keyboard", client.id);
    });
    let message_id = newest.message_id.or_else(|| newest.params["message_id"].as_i64()).unwrap();
    let data = newest
        .buttons()
        .into_iter()
        .find(|(_, d)| d.split_once(':').is_some_and(|(_, a)| a == action))
        .unwrap_or_else(|| panic!("client {}: no button {action} in {:?}", client.id, newest.buttons()))
        .1;
    client.press(message_id, newest.text(), &data)
}

/// Waits until update `id` is processed and nothing for `chat` is left to send.
async fn handled(probe: &Probe, id: i64, chat: i64) {
    let processed = format!("SELECT count(*) FROM channel_inbox WHERE event_id = '{id}' AND processed_at IS NOT NULL");
    let unsent = format!("SELECT count(*) FROM channel_outbox WHERE chat = '{chat}' AND sent_at IS NULL");
    let deadline = Instant::now() + Duration::from_secs(180);
    loop {
        if probe.try_number(&processed).await == Some(1) && probe.try_number(&unsent).await == Some(0) {
            return;
        }
        if Instant::now() > deadline {
            let inbox = probe
                .texts(&format!("SELECT CAST(processed_at AS TEXT) FROM channel_inbox WHERE event_id = '{id}'"))
                .await;
            let outbox = probe
                .texts(&format!(
                    "SELECT CAST(id AS TEXT), CAST(claimed_until AS TEXT) FROM channel_outbox \
                     WHERE chat = '{chat}' AND sent_at IS NULL"
                ))
                .await;
            let leases = probe
                .texts(&format!("SELECT holder, CAST(until AS TEXT) FROM chat_leases WHERE chat = '{chat}'"))
                .await;
            panic!("update {id} of client {chat} not handled in 180 s: inbox {inbox:?}, unsent {outbox:?}, leases {leases:?}");
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

/// One client of the burst: a whole intake, each step once the last one is answered.
async fn one_intake(fake: FakeTelegram, probe: Probe, id: i64, language: &'static str) {
    let client = TgUser::new(id, language);
    let id = fake.push(client.text("/start"));
    handled(&probe, id, client.id).await;
    let language = format!("l:{}", client.language);
    let plan = [
        language.as_str(),
        "y",
        "t:work",
        "d",
        "o:27_64",
        "o:over_10_years",
        "o:unknown",
        "o:unknown",
        "o:no",
        "s",
        "o:chat",
        "s",
        "d",
        "c",
    ];
    for action in plan {
        let id = fake.push(current_button(&fake, &client, action));
        handled(&probe, id, client.id).await;
    }
}

const BURST: usize = 100;
/// Updates of one intake: `/start` and the 14 presses of [`one_intake`].
const STEPS: usize = 15;

crate::contract! {
    async fn killed_with_sigkill_in_a_burst_of_a_hundred_clients_every_one_finishes_once(db: Db) {
        let fake = FakeTelegram::start().await;
        let config = crate::serve::fast_config();
        let env = [("TELOXIDE_TOKEN", TOKEN), ("TELOXIDE_API_URL", fake.url.as_str())];
        let served = crate::serve::serve_with(&config, &db, &env);
        served.wait_for("listening").await;
        let probe = db.probe().await;
        let clients: Vec<TgUser> =
            (0..BURST).map(|i| TgUser::new(60_000 + i as i64, LANGUAGES[i % LANGUAGES.len()])).collect();
        let drivers: Vec<_> = clients
            .iter()
            .map(|client| tokio::spawn(one_intake(fake.clone(), probe.clone(), client.id, LANGUAGES[(client.id - 60_000) as usize % LANGUAGES.len()])))
            .collect();

        // A third of the way through, the process is killed and started again.
        let third = (BURST * STEPS / 3) as i64;
        let deadline = Instant::now() + Duration::from_secs(120);
        while probe.try_number("SELECT count(*) FROM channel_inbox WHERE processed_at IS NOT NULL").await.unwrap_or(0) < third {
            assert!(Instant::now() < deadline, "the burst did not get a third of the way in 120 s");
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        let log = served.kill().await;
        // What the killed process had already written to its sockets still arrives.
        tokio::time::sleep(Duration::from_secs(1)).await;
        let calls_at_kill = fake.calls().len();
        let intakes_at_kill = probe.try_number("SELECT count(*) FROM intakes").await.unwrap_or(0);
        assert!(intakes_at_kill < BURST as i64, "killed in the middle, not after the end");
        if db.is_postgres() {
            // The chats the killed process held are taken up once its leases lapse.
            tokio::time::sleep(anlauf::store::LEASE.to_std().unwrap()).await;
        }
        let served = crate::serve::serve_with(&config, &db, &env);
        for driver in drivers {
            driver.await.unwrap_or_else(|e| panic!("a client could not finish: {e}\nlog before the kill:\n{log}\nafter:\n{}", served.log()));
        }

        assert_eq!(db.number("SELECT count(*) FROM intakes").await, BURST as i64, "one intake per client");
        assert_eq!(db.number("SELECT count(DISTINCT client_id) FROM intakes").await, BURST as i64);
        assert_eq!(db.number("SELECT count(*) FROM channel_inbox").await, (BURST * STEPS) as i64, "every update stored once");
        assert_eq!(db.number("SELECT count(*) FROM channel_inbox WHERE processed_at IS NULL").await, 0);
        let calls = fake.calls();
        for client in &clients {
            let lang = client.language.as_str();
            let mine: Vec<(usize, &Call)> = calls.iter().enumerate().filter(|(_, c)| c.chat() == Some(client.id)).collect();
            let stale = say(lang, &Text::msg("error-stale"));
            let again = say(lang, &Text::msg("error-already-answered"));
            for (_, call) in &mine {
                let text = unescape(call.text());
                assert!(!text.contains(&stale) && text != again, "client {}: an update applied twice or out of order: {text}", client.id);
            }
            let done = say(lang, &Text::msg("done").with("reference", Text::Plain(String::new())));
            let done = done.lines().next().unwrap();
            assert!(mine.iter().any(|(_, c)| unescape(c.text()).contains(done)), "client {} was told their request is sent", client.id);
            // A message may go out twice only if the killed process had sent it and not
            // yet marked it sent: its first copy is from before the kill.
            let mut seen: HashMap<(String, String), usize> = HashMap::new();
            for (index, call) in mine.iter().filter(|(_, c)| c.method == "sendMessage") {
                let key = (call.text().to_owned(), call.params["reply_markup"].to_string());
                if let Some(first) = seen.insert(key, *index) {
                    let trace: Vec<String> = mine.iter().map(|(i, c)| format!("{i} {} {}", c.method, c.text().lines().next().unwrap_or_default())).collect();
                    assert!(first < calls_at_kill && *index >= calls_at_kill, "client {}: sent twice without a crash between: {} (killed at {calls_at_kill})\n{}", client.id, call.text(), trace.join("\n"));
                }
            }
        }
        let (status, _) = served.stop().await;
        assert!(status.success(), "{status}");
    }
}

crate::contract! {
    async fn server_errors_of_the_bot_api_are_retried_and_nothing_is_dropped(db: Db) {
        let (fake, db, bot) = polling(db).await;
        // teloxide waits 10 s after each server error before it reports it.
        fake.patience(Duration::from_secs(60));
        let client = TgUser::new(9201, "ps");
        let internal = json!({ "ok": false, "error_code": 500, "description": "Internal Server Error" });
        // A proxy in front of the Bot API answers with a page of its own, not Telegram's JSON.
        let proxy_page = json!("<html><body><h1>502 Bad Gateway</h1></body></html>");
        fake.fail("getUpdates", None, 1, 500, internal.clone());
        fake.fail("sendMessage", Some(client.id), 1, 500, internal);
        fake.fail("sendMessage", Some(client.id), 1, 502, proxy_page);
        send(&fake, client.text("/start")).await;
        let attempts = fake.sent_to(client.id);
        assert_eq!(attempts.len(), 3, "refused twice, then sent");
        assert!(attempts.iter().all(|a| a.text() == attempts[0].text()), "the same message each time");
        assert_eq!(db.number("SELECT count(*) FROM channel_outbox WHERE sent_at IS NULL").await, 0, "and marked sent");
        bot.stop().await;
    }
}

/// A small disk of its own (tmpfs) for the SQLite file, so a test can fill it. Mounting
/// needs root: CI runs as root; elsewhere the test says so and does not run.
struct SmallDisk {
    dir: tempfile::TempDir,
}

impl SmallDisk {
    fn mount() -> Option<SmallDisk> {
        let dir = tempfile::tempdir().unwrap();
        let mounted = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", "size=4m", "anlauf-test-disk"])
            .arg(dir.path())
            .output();
        match mounted {
            Ok(output) if output.status.success() => Some(SmallDisk { dir }),
            other if std::env::var("CI").as_deref() == Ok("true") => panic!("cannot mount a small disk: {other:?}"),
            _ => {
                eprintln!("NOTE: a tmpfs cannot be mounted here (not root?); the full-disk test did not run");
                None
            }
        }
    }

    fn path(&self) -> &std::path::Path {
        self.dir.path()
    }

    /// Writes a file until the disk is full.
    fn fill(&self) {
        use std::io::Write;
        let mut filler = std::fs::File::create(self.path().join("filler")).unwrap();
        let chunk = vec![0u8; 4096];
        while filler.write_all(&chunk).is_ok() {}
        let _ = filler.sync_all();
    }

    fn free(&self) {
        std::fs::remove_file(self.path().join("filler")).unwrap();
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg("-l").arg(self.dir.path()).status();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_disk_is_logged_clearly_clients_are_told_and_the_service_recovers() {
    let Some(disk) = SmallDisk::mount() else { return };
    let db = support::sqlite_at(&disk.path().join("anlauf.db"));
    let fake = FakeTelegram::start().await;
    let env = [("TELOXIDE_TOKEN", TOKEN), ("TELOXIDE_API_URL", fake.url.as_str())];
    let served = crate::serve::serve_with(&crate::serve::fast_config(), &db, &env);
    served.wait_for("listening").await;
    fake.watch(&db).await;
    let first = TgUser::new(9301, "ku");
    send(&fake, first.text("/start")).await;

    // The write-ahead log emptied, so the next write needs new space; then no space.
    sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(&support::sqlite_pool(&db).await).await.unwrap();
    disk.fill();
    let second = TgUser::new(9302, "ro");
    let pressed = fake.push(press_update(&fake, &first, "l:ku"));
    let started = fake.push(second.text("/start"));
    for client in [&first, &second] {
        let apology = say(&client.language, &Text::msg("error-temporary"));
        fake.wait("told to wait", |calls| {
            calls.iter().any(|c| c.chat() == Some(client.id) && unescape(c.text()) == apology)
        })
        .await;
    }
    served.wait_for("check the free space on the database's disk").await;

    disk.free();
    // Under a loaded machine the next poll may come some seconds later; say what the
    // service logged if it does not recover.
    fake.patience(Duration::from_secs(60));
    let recovered = tokio::spawn({
        let fake = fake.clone();
        async move {
            fake.confirmed(pressed).await;
            fake.confirmed(started).await;
        }
    });
    if recovered.await.is_err() {
        panic!("not recovered after the disk had room again; the log:\n{}", served.log());
    }
    let org = Text::Plain(crate::telegram::content().config.organisation.name.clone());
    let consent = say("ku", &Text::msg("consent-text").with("org", org.clone()));
    let told = texts_to(&fake, &first);
    assert_eq!(told.iter().filter(|t| **t == say("ku", &Text::msg("error-temporary"))).count(), 1, "{told:?}");
    assert!(told.last().unwrap().contains(consent.lines().next().unwrap()), "answered once there is room: {told:?}");
    let told = texts_to(&fake, &second);
    assert_eq!(told.len(), 2, "the apology, then the welcome: {told:?}");
    assert!(told[1].contains(&say("ro", &Text::msg("welcome").with("org", org))), "{told:?}");
    let (status, log) = served.stop().await;
    assert!(status.success(), "{status}\n{log}");
    let full: Vec<&str> = log.lines().filter(|l| l.contains("disk is full")).collect();
    assert!(!full.is_empty() && full.iter().all(|l| l.contains("ERROR") || l.contains("WARN")), "{log}");
}

/// `/healthz` of a running `anlauf serve`: its status and body.
async fn health(address: &str) -> (u16, serde_json::Value) {
    let response = reqwest::get(format!("http://{address}/healthz")).await.unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap())
}

fn listening(served: &crate::serve::Served) -> String {
    let log = served.log();
    let line = log.lines().find(|l| l.contains("listening")).unwrap().to_owned();
    line.rsplit("address=").next().unwrap().trim().to_owned()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_database_file_deleted_under_serve_is_reported_and_nothing_more_is_written_to_it() {
    let db = support::fresh_db();
    crate::cli::with_one_intake(&db);
    let served = crate::serve::serve(&db, &[]);
    served.wait_for("listening").await;
    let address = listening(&served);
    assert_eq!(health(&address).await.0, 200);
    let path = db.url.trim_start_matches("sqlite://").to_owned();
    std::fs::remove_file(&path).unwrap();

    let (status, body) = health(&address).await;
    assert_eq!((status, body["database"].as_str()), (503, Some("unreachable")), "{body}");
    let metrics = reqwest::get(format!("http://{address}/metrics")).await.unwrap();
    assert_eq!(metrics.status(), 503, "no numbers from a file that is gone");
    let queue = std::process::Command::new(env!("CARGO_BIN_EXE_anlauf"))
        .args(["queue", "list", "--database-url", &db.url])
        .output()
        .unwrap();
    assert!(!queue.status.success());
    assert!(!std::path::Path::new(&path).exists(), "anlauf queue made no new file");
    served.wait_for("was deleted or moved since this process opened it").await;
    let (status, log) = served.stop().await;
    assert!(status.success(), "{log}");
    let said = log.lines().filter(|l| l.contains("ERROR") && l.contains("deleted or moved")).count();
    assert_eq!(said, 1, "said once, loudly: {log}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_database_that_answers_but_cannot_keep_a_write_fails_the_health_check() {
    let Some(disk) = SmallDisk::mount() else { return };
    let db = support::sqlite_at(&disk.path().join("anlauf.db"));
    let served = crate::serve::serve(&db, &[]);
    served.wait_for("listening").await;
    let address = listening(&served);
    assert_eq!(
        health(&address).await,
        (200, json!({"status": "ok", "database": "reachable", "telegram": "off", "demo": true}))
    );
    // Reads still answer; a write finds no room.
    sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(&support::sqlite_pool(&db).await).await.unwrap();
    disk.fill();
    let (status, body) = health(&address).await;
    assert_eq!((status, body["database"].as_str()), (503, Some("unreachable")), "no room to write: {body}");
    disk.free();
    let mut healthy = health(&address).await;
    for _ in 0..50 {
        if healthy.0 == 200 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
        healthy = health(&address).await;
    }
    assert_eq!(healthy.0, 200, "room again: {}", healthy.1);
    let (status, log) = served.stop().await;
    assert!(status.success(), "{log}");
}

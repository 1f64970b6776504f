//! Two real `anlauf serve` processes on one PostgreSQL database behind the webhook, as a
//! service that outgrew one machine runs them: Telegram's updates spread over both, every
//! dialogue completes in order, each intake lands once, each reply is sent once.

use std::time::Duration;

use serde_json::{json, Value};
use sqlx::PgPool;

use crate::fake_telegram::{FakeTelegram, TgUser, TOKEN};
use crate::serve::{serve, Served};
use crate::support::{self, Db};
use crate::telegram::{HOUSING_TO_OWN_WORDS, HOUSING_TO_SUBMITTED, HOUSING_WORDS};

const SECRET: &str = "two-instances-secret";

/// One `anlauf serve` by webhook, and the address it listens on.
async fn instance(fake: &FakeTelegram, db: &Db) -> (Served, String) {
    let served = serve(
        db,
        &[
            ("TELOXIDE_TOKEN", TOKEN),
            ("TELOXIDE_API_URL", &fake.url),
            ("ANLAUF_WEBHOOK_URL", "https://bot.beratung.example/telegram/hook"),
            ("ANLAUF_WEBHOOK_SECRET", SECRET),
            ("RUST_LOG", "info"),
        ],
    );
    served.wait_for("listening").await;
    let log = served.log();
    let line = log.lines().find(|l| l.contains("listening")).unwrap().to_owned();
    let address = line.rsplit("address=").next().unwrap().split_whitespace().next().unwrap().to_owned();
    (served, format!("http://{address}/telegram/hook"))
}

/// Posts an update as Telegram would; waits for the 200 that says it is stored.
async fn post(hook: &str, update: &Value) {
    let http = reqwest::Client::new();
    for _ in 0..50 {
        let answer = http
            .post(hook)
            .header(anlauf::channel::telegram::SECRET_HEADER, SECRET)
            .json(update)
            .send()
            .await
            .map(|r| r.status().as_u16());
        if matches!(answer, Ok(200)) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the webhook did not take update {}", update["update_id"]);
}

/// Waits until the update is processed and nothing for its chat waits to be sent.
async fn handled(pool: &PgPool, update: i64, chat: i64) {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    loop {
        let processed: i64 =
            sqlx::query_scalar("SELECT count(*) FROM channel_inbox WHERE event_id = $1 AND processed_at IS NOT NULL")
                .bind(update.to_string())
                .fetch_one(pool)
                .await
                .unwrap();
        let unsent: i64 = sqlx::query_scalar(
            "SELECT count(*) FROM channel_outbox WHERE chat = $1 AND sent_at IS NULL AND not_before IS NULL",
        )
        .bind(chat.to_string())
        .fetch_one(pool)
        .await
        .unwrap();
        if processed == 1 && unsent == 0 {
            return;
        }
        assert!(tokio::time::Instant::now() < deadline, "update {update} of chat {chat} not handled");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

struct Spread {
    fake: FakeTelegram,
    pool: PgPool,
    hooks: [String; 2],
    next: std::sync::Arc<std::sync::atomic::AtomicI64>,
}

impl Spread {
    /// Sends the client's update to one of the instances (which one: `turn`), then waits
    /// until it is handled.
    async fn send(&self, client: &TgUser, mut update: Value, turn: usize) {
        let id = self.next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        update["update_id"] = json!(id);
        post(&self.hooks[turn % 2], &update).await;
        handled(&self.pool, id, client.id).await;
    }

    async fn press(&self, client: &TgUser, action: &str, turn: usize) {
        let update = crate::telegram::press_update(&self.fake, client, action);
        self.send(client, update, turn).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_on_one_postgres_database_handle_each_update_once_and_in_order() {
    let Some(db) = support::fresh_postgres().await else { return };
    let fake = FakeTelegram::start().await;
    let (first, hook_a) = instance(&fake, &db).await;
    let (second, hook_b) = instance(&fake, &db).await;
    let pool = PgPool::connect(&db.url).await.unwrap();
    let spread = std::sync::Arc::new(Spread {
        fake: fake.clone(),
        pool: pool.clone(),
        hooks: [hook_a.clone(), hook_b.clone()],
        next: std::sync::Arc::new(std::sync::atomic::AtomicI64::new(1)),
    });

    // Whole intakes, each step to the other instance than the one before.
    let languages = ["ar", "uk", "fa", "tr", "ru", "de", "en", "ro"];
    let mut clients = tokio::task::JoinSet::new();
    for (i, code) in languages.iter().enumerate() {
        let spread = spread.clone();
        let code = code.to_string();
        clients.spawn(async move {
            let client = TgUser::new(7100 + i as i64, &code);
            let mut turn = i;
            spread.send(&client, client.text("/start"), turn).await;
            let language = format!("l:{code}");
            for action in std::iter::once(language.as_str()).chain(HOUSING_TO_OWN_WORDS) {
                turn += 1;
                spread.press(&client, action, turn).await;
            }
            turn += 1;
            spread.send(&client, client.text(HOUSING_WORDS), turn).await;
            for action in HOUSING_TO_SUBMITTED {
                turn += 1;
                spread.press(&client, action, turn).await;
            }
            client.id
        });
    }
    let mut ids = Vec::new();
    while let Some(done) = clients.join_next().await {
        ids.push(done.unwrap());
    }

    let intakes: Vec<String> =
        sqlx::query_scalar("SELECT language FROM intakes ORDER BY language").fetch_all(&pool).await.unwrap();
    let mut expected: Vec<String> = languages.iter().map(|l| l.to_string()).collect();
    expected.sort();
    assert_eq!(intakes, expected, "each intake landed once");
    for id in &ids {
        // Every message the turns wrote went out once: as many calls as outbox rows.
        let rows: i64 = sqlx::query_scalar("SELECT count(*) FROM channel_outbox WHERE chat = $1")
            .bind(id.to_string())
            .fetch_one(&pool)
            .await
            .unwrap();
        let calls = fake
            .calls()
            .iter()
            .filter(|c| c.chat() == Some(*id) && c.method != "answerCallbackQuery" && c.method != "getUpdates")
            .count();
        assert_eq!(calls as i64, rows, "chat {id}: each reply sent once");
    }
    let both: i64 =
        sqlx::query_scalar("SELECT count(DISTINCT holder) FROM chat_leases").fetch_one(&pool).await.unwrap();
    assert_eq!(both, 0, "every chat lease given back");

    // A burst from one client, spread over both instances without waiting: handled one
    // after another in the order sent, each answered once.
    let burst = TgUser::new(7200, "uk");
    spread.send(&burst, burst.text("/start"), 0).await;
    let before = fake.sent_to(burst.id).len();
    let mut sent = Vec::new();
    for n in 0..12 {
        let id = spread.next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let mut update = burst.text(&format!("повідомлення {n}"));
        update["update_id"] = json!(id);
        post(&spread.hooks[n % 2], &update).await;
        sent.push(id);
    }
    handled(&pool, *sent.last().unwrap(), burst.id).await;
    for id in &sent {
        handled(&pool, *id, burst.id).await;
    }
    let order: Vec<String> = sqlx::query_scalar(
        "SELECT event_id FROM channel_inbox WHERE chat = $1 AND event_id <> $2 ORDER BY processed_at, id",
    )
    .bind(burst.id.to_string())
    .bind((sent[0] - 1).to_string())
    .fetch_all(&pool)
    .await
    .unwrap();
    let expected: Vec<String> = sent.iter().map(|id| id.to_string()).collect();
    assert_eq!(order, expected, "processed in the order received");
    assert_eq!(fake.sent_to(burst.id).len(), before + sent.len(), "one answer per message");

    // What staff see of it, from the same database.
    let listed = std::process::Command::new(env!("CARGO_BIN_EXE_anlauf"))
        .arg("--config")
        .arg(support::config_path())
        .args(["queue", "list", "--format", "json"])
        .env("ANLAUF_DATABASE_URL", &db.url)
        .output()
        .unwrap();
    assert!(listed.status.success(), "{}", String::from_utf8_lossy(&listed.stderr));
    let listed: Vec<Value> = serde_json::from_slice(&listed.stdout).unwrap();
    let mut shown: Vec<&str> = listed.iter().map(|e| e["language"].as_str().unwrap()).collect();
    shown.sort();
    assert_eq!(
        shown,
        languages.iter().copied().collect::<std::collections::BTreeSet<_>>().into_iter().collect::<Vec<_>>()
    );
    assert!(listed.iter().all(|e| e["status"] == "new"));

    let (status_a, log_a) = first.stop().await;
    let (status_b, log_b) = second.stop().await;
    assert!(status_a.success() && status_b.success(), "{log_a}\n{log_b}");
    // The clients' ids (7100…, 7200) as numbers of their own: a timestamp's or a port's
    // digits may hold "7100" by chance.
    let ids = regex::Regex::new(r"\b7[12]\d\d\b").unwrap();
    for log in [&log_a, &log_b] {
        assert!(!log.contains("Wohnung") && !ids.is_match(log), "no personal data in the log:\n{log}");
    }
    pool.close().await;
}

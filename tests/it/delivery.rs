//! Delivery that loses nothing and keeps no one waiting: the bot killed mid-turn, a chat
//! in flood control, a database outage behind the webhook, unreadable updates, a stop
//! with a thousand updates queued. The bot talks to the fake Bot API on 127.0.0.1.

use std::time::{Duration, Instant};

use anlauf::serve::{Options, Receive};
use anlauf::service::Service;
use anlauf::text::Text;
use serde_json::{json, Value};
use tokio::sync::watch;

use crate::fake_telegram::{FakeTelegram, TgUser, TOKEN};
use crate::support::{self, say, Db};
use crate::telegram::{
    content, intakes, last_text, post_update, press, send, start, unescape, webhook_bot, STAFF_CHAT,
};

/// A bot in a runtime of its own, so that killing it ends every task it started, as a
/// killed process would: nothing it had in memory survives.
struct Killable {
    runtime: Option<tokio::runtime::Runtime>,
    _stop: watch::Sender<bool>,
}

fn start_killable(fake: &FakeTelegram, db: &Db) -> Killable {
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
    let (stop, stopped) = watch::channel(false);
    let (api, url) = (fake.url.clone(), db.url.clone());
    runtime.spawn(async move {
        let store = anlauf::store::connect(&url).await.unwrap();
        let service = Service::new(content(), store);
        let options = Options {
            token: Some(TOKEN.into()),
            api_url: Some(api.parse().unwrap()),
            receive: Receive::Polling,
            feed_secret: None,
            web: Default::default(),
        };
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let _ = anlauf::serve::run(service, options, listener, stopped).await;
    });
    Killable { runtime: Some(runtime), _stop: stop }
}

impl Killable {
    fn kill(mut self) {
        self.runtime.take().unwrap().shutdown_background();
    }
}

async fn scalar(db: &Db, sql: &str) -> i64 {
    db.number(sql).await
}

async fn wait_for(db: &Db, what: &str, sql: &str, expected: i64) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while scalar(db, sql).await != expected {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// On a database several instances share (PostgreSQL) the work a killed instance held
/// (its chats' updates, its messages) waits for its leases to lapse: longer waits.
fn lapse_after_a_crash(fake: &FakeTelegram, db: &Db) {
    if db.is_postgres() {
        let lease = anlauf::store::LEASE.to_std().unwrap();
        fake.patience(lease + Duration::from_secs(30));
    }
}

/// Drives a German client to the summary, ready to confirm.
async fn to_the_summary(fake: &FakeTelegram, client: &TgUser) {
    send(fake, client.text("/start")).await;
    for action in ["l:de", "y", "t:work", "d", "o:27_64", "o:over_10_years", "o:unknown", "o:unknown", "o:no", "s"] {
        press(fake, client, action).await;
    }
    press(fake, client, "o:chat").await;
    press(fake, client, "s").await;
    press(fake, client, "d").await;
}

crate::contract! {
    async fn killed_after_a_turn_is_committed_the_reply_and_staff_notice_arrive_after_the_restart(db: Db) {
        let fake = FakeTelegram::start().await;
        let client = TgUser::new(7001, "de");
        let bot = start(&fake, &db, Receive::Polling).await;
        to_the_summary(&fake, &client).await;
        bot.stop().await;

        // The turn that submits commits; its messages hang on their way out; the bot dies.
        fake.slow("sendMessage", Duration::from_secs(600));
        fake.slow("editMessageText", Duration::from_secs(600));
        let killable = start_killable(&fake, &db);
        let update = crate::telegram::press_update(&fake, &client, "c");
        fake.push(update);
        wait_for(&db, "the submitting turn", "SELECT count(*) FROM intakes", 1).await;
        let calls_before = fake.calls().len();
        killable.kill();
        fake.heal();
        lapse_after_a_crash(&fake, &db);

        let bot = start(&fake, &db, Receive::Polling).await;
        fake.wait("the reply and the staff notice", |calls| {
            let after = &calls[calls_before..];
            let done = after.iter().any(|c| {
                c.chat() == Some(client.id)
                    && unescape(c.text()).contains(
                        &say("de", &Text::msg("done").with("reference", Text::Plain("".into())))
                            .lines()
                            .next()
                            .unwrap()
                            .to_owned(),
                    )
            });
            let notice = after.iter().any(|c| c.chat() == Some(STAFF_CHAT));
            done && notice
        })
        .await;
        assert_eq!(intakes(&db).await.len(), 1, "the turn was not applied twice");
        assert_eq!(scalar(&db, "SELECT count(*) FROM channel_inbox WHERE processed_at IS NULL").await, 0);
        bot.stop().await;
    }
}

crate::contract! {
    async fn killed_after_an_update_is_stored_and_before_it_is_processed_it_is_processed_after_the_restart(db: Db) {
        let fake = FakeTelegram::start().await;
        let client = TgUser::new(7002, "uk");
        let bot = start(&fake, &db, Receive::Polling).await;
        send(&fake, client.text("/start")).await;
        bot.stop().await;

        // The press is stored, then its worker hangs answering the spinner; the bot dies.
        fake.slow("answerCallbackQuery", Duration::from_secs(600));
        let killable = start_killable(&fake, &db);
        let update = crate::telegram::press_update(&fake, &client, "l:uk");
        let id = fake.push(update);
        wait_for(&db, "the stored update", &format!("SELECT count(*) FROM channel_inbox WHERE event_id = '{id}'"), 1).await;
        assert_eq!(scalar(&db, "SELECT count(*) FROM channel_inbox WHERE processed_at IS NULL").await, 1);
        killable.kill();
        fake.heal();
        lapse_after_a_crash(&fake, &db);

        let bot = start(&fake, &db, Receive::Polling).await;
        fake.handled(id).await;
        let consent =
            say("uk", &Text::msg("consent-text").with("org", Text::Plain(content().config.organisation.name.clone())));
        assert_eq!(last_text(&fake, &client), consent, "the press was applied after the restart");
        let version = scalar(&db, "SELECT version FROM conversations").await;
        assert_eq!(version, 2, "/start and the press: two turns, each applied once");
        bot.stop().await;
    }
}

crate::contract! {
    async fn a_chat_in_flood_control_does_not_delay_another_chat(db: Db) {
        let fake = FakeTelegram::start().await;
        let bot = start(&fake, &db, Receive::Polling).await;
        let (stuck, other) = (TgUser::new(7003, "fr"), TgUser::new(7004, "fr"));
        let flood = json!({ "ok": false, "error_code": 429, "description": "Too Many Requests: retry after 60",
                            "parameters": { "retry_after": 60 } });
        fake.fail("sendMessage", Some(stuck.id), 1000, 429, flood);
        fake.push(stuck.text("/start"));
        tokio::time::sleep(Duration::from_millis(200)).await;
        let pushed = Instant::now();
        fake.push(other.text("/start"));
        fake.wait("the other chat's welcome", |calls| calls.iter().any(|c| c.chat() == Some(other.id))).await;
        let answered = pushed.elapsed();
        let welcome = say("fr", &Text::msg("ask-language").with("language", Text::Plain("Français".into())));
        assert!(last_text(&fake, &other).contains(&welcome));
        assert!(answered < Duration::from_secs(5), "the other chat waited {answered:?}");
        assert_eq!(fake.sent_to(stuck.id).len(), 1, "retry_after honoured: no second attempt within 60 s");
        // The other chat's welcome is marked sent soon after; the stuck one is kept, not lost.
        wait_for(&db, "one unsent message", "SELECT count(*) FROM channel_outbox WHERE sent_at IS NULL", 1).await;
        bot.task.abort();
    }
}

crate::contract! {
    async fn a_message_waiting_out_flood_control_at_a_stop_goes_out_at_the_next_start(db: Db) {
        let fake = FakeTelegram::start().await;
        let bot = start(&fake, &db, Receive::Polling).await;
        let client = TgUser::new(7007, "fr");
        let flood = json!({ "ok": false, "error_code": 429, "description": "Too Many Requests: retry after 60",
                            "parameters": { "retry_after": 60 } });
        fake.fail("sendMessage", Some(client.id), 1, 429, flood);
        let id = fake.push(client.text("/start"));
        fake.wait("the refused attempt", |calls| calls.iter().any(|c| c.chat() == Some(client.id))).await;
        bot.stop().await;
        assert_eq!(scalar(&db, "SELECT count(*) FROM channel_outbox WHERE sent_at IS NULL").await, 1, "kept");

        // Its claim was given back: the next start sends it at once, not when it lapses.
        let bot = start(&fake, &db, Receive::Polling).await;
        fake.handled(id).await;
        let sent = fake.sent_to(client.id);
        assert_eq!(sent.len(), 2, "refused once, then sent by the next start");
        let welcome = say("fr", &Text::msg("ask-language").with("language", Text::Plain("Français".into())));
        assert!(unescape(sent[1].text()).contains(&welcome));
        bot.stop().await;
    }
}

/// SQLite only: a writer holding the file locked (PostgreSQL's outage is another test).
#[tokio::test(flavor = "multi_thread")]
async fn a_webhook_redelivery_during_a_database_outage_gets_no_second_apology() {
    use sqlx::Connection;
    let fake = FakeTelegram::start().await;
    let db = support::fresh_db();
    let bot = webhook_bot(&fake, &db).await;
    let client = TgUser::new(7005, "ar");
    let mut update = client.text("/start");
    update["update_id"] = json!(900);
    let mut blocker = sqlx::SqliteConnection::connect(&db.url).await.unwrap();
    sqlx::query("BEGIN EXCLUSIVE").execute(&mut blocker).await.unwrap();
    sqlx::query("INSERT INTO channel_group_notices (channel, chat, noticed_at) VALUES ('test', '1', 'x')")
        .execute(&mut blocker)
        .await
        .unwrap();
    for _ in 0..2 {
        assert_eq!(post_update(&bot, &update).await, 503, "not stored, so not acknowledged");
    }
    let apology = say("ar", &Text::msg("error-temporary"));
    let told: Vec<String> = fake.sent_to(client.id).iter().map(|c| unescape(c.text())).collect();
    assert_eq!(told, [apology], "told once, not once per delivery");
    sqlx::query("COMMIT").execute(&mut blocker).await.unwrap();
    assert_eq!(post_update(&bot, &update).await, 200);
    fake.handled(900).await;
    let sent = fake.sent_to(client.id);
    assert_eq!(sent.len(), 2, "the apology, then the answer");
    assert!(unescape(sent[1].text()).contains(&say(
        "ar",
        &Text::msg("welcome").with("org", Text::Plain(content().config.organisation.name.clone()))
    )));
    bot.stop().await;
}

crate::contract! {
    async fn an_update_teloxide_cannot_read_is_kept_and_answered_in_polling_mode(db: Db) {
        let fake = FakeTelegram::start().await;
        let bot = start(&fake, &db, Receive::Polling).await;
        let client = TgUser::new(7006, "ro");
        send(&fake, client.text("/start")).await;
        let mut unreadable = client.text("x");
        unreadable["message"]["text"] = json!({ "a future kind of content": true });
        let id = send(&fake, unreadable).await;
        let answer = last_text(&fake, &client);
        assert!(
            answer.starts_with(&say("ro", &Text::msg("error-unsupported").with("kind", Text::Plain("other".into())))),
            "{answer}"
        );
        let kept = db.column(&format!("SELECT payload FROM channel_inbox WHERE event_id = '{id}'")).await.remove(0);
        assert_eq!(
            serde_json::from_str::<Value>(&kept).unwrap()["message"]["text"],
            json!({ "a future kind of content": true })
        );
        // A reaction without a user (teloxide cannot read it) breaks nothing.
        let reaction = json!({ "message_reaction": { "chat": { "id": client.id, "type": "private" }, "message_id": 1,
                               "date": 0, "old_reaction": [], "new_reaction": [] } });
        send(&fake, reaction).await;
        let before = fake.sent_to(client.id).len();
        send(&fake, client.text("/help")).await;
        let after: Vec<String> = fake.sent_to(client.id)[before..].iter().map(|c| unescape(c.text())).collect();
        assert!(after.first().is_some_and(|t| t.contains(&say("ro", &Text::msg("help")))), "the bot goes on: {after:?}");
        bot.stop().await;
    }
}

crate::contract! {
    async fn stopping_with_a_thousand_updates_queued_returns_and_loses_nothing(db: Db) {
        let fake = FakeTelegram::start().await;
        let bot = start(&fake, &db, Receive::Polling).await;
        let clients: Vec<TgUser> = (0..1000).map(|i| TgUser::new(80_000 + i, "de")).collect();
        let mut last = 0;
        for client in &clients {
            last = fake.push(client.text("/start"));
        }
        fake.wait("the batch stored", |calls| {
            calls.iter().any(|c| c.method == "getUpdates" && c.params["offset"].as_i64().unwrap_or(0) > last)
        })
        .await;
        // A stop with the backlog in hand returns once the turns in hand are done and the
        // due messages had their grace (2 s): 1 s on SQLite, 3 s on PostgreSQL here, alone.
        // A stop that waited out its own time-outs (10 s for the turns, then the grace, 5 s
        // for the senders, 2 s for the marks) fails the bound. And it loses nothing.
        let began = Instant::now();
        bot.stop().await;
        let took = began.elapsed();
        eprintln!("stop with a thousand updates queued took {took:?}");
        assert!(took < Duration::from_secs(12), "the stop took {took:?}");

        let bot = start(&fake, &db, Receive::Polling).await;
        wait_for(&db, "every update processed", "SELECT count(*) FROM channel_inbox WHERE processed_at IS NULL", 0).await;
        wait_for(&db, "every message sent", "SELECT count(*) FROM channel_outbox WHERE sent_at IS NULL", 0).await;
        for client in &clients {
            assert_eq!(fake.sent_to(client.id).len(), 1, "one welcome for client {}", client.id);
        }
        bot.stop().await;
    }
}

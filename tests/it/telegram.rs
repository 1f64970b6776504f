//! The bot on Telegram, for real over HTTP: `anlauf serve` (in-process) talks to the
//! fake Bot API server on 127.0.0.1, and the tests play the clients.

use std::sync::Arc;

use anlauf::content::Content;
use anlauf::serve::{Options, Receive};
use anlauf::service::Service;
use anlauf::text::Text;
use serde_json::{json, Value};
use tokio::sync::watch;
use tokio::task::JoinHandle;

use crate::fake_telegram::{Call, FakeTelegram, TgUser, TOKEN};
use crate::support::{self, say, Db};

pub(crate) const STAFF_CHAT: i64 = -4242;

/// The shipped content with a staff chat and raised limits (Telegram's real limits would
/// make these tests wait a second per message), built once.
pub(crate) fn content() -> Arc<Content> {
    static CONTENT: std::sync::OnceLock<Arc<Content>> = std::sync::OnceLock::new();
    CONTENT
        .get_or_init(|| {
            let shipped = support::content();
            let mut config = shipped.config.clone();
            config.telegram.staff_chat_id = Some(STAFF_CHAT);
            config.telegram.per_chat_per_second = 100;
            config.telegram.per_chat_per_minute = 6000;
            config.telegram.overall_per_second = 1000;
            Arc::new(shipped.with_config(config))
        })
        .clone()
}

pub(crate) struct RunningBot {
    pub(crate) stop: watch::Sender<bool>,
    pub(crate) task: JoinHandle<anyhow::Result<()>>,
    pub(crate) address: std::net::SocketAddr,
}

pub(crate) async fn start(fake: &FakeTelegram, db: &Db, receive: Receive) -> RunningBot {
    start_on(fake, db, &db.url, receive).await
}

/// A bot storing in `db` through `url` (a way to it that a test can cut); the fake
/// watches `db` directly.
pub(crate) async fn start_on(fake: &FakeTelegram, db: &Db, url: &str, receive: Receive) -> RunningBot {
    let store = anlauf::store::connect(url).await.unwrap();
    fake.watch(db).await;
    let service = Service::new(content(), store);
    let options = Options {
        token: Some(TOKEN.into()),
        api_url: Some(fake.url.parse().unwrap()),
        receive,
        feed_secret: None,
        web: Default::default(),
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let (stop, stopped) = watch::channel(false);
    let task = tokio::spawn(anlauf::serve::run(service, options, listener, stopped));
    RunningBot { stop, task, address }
}

/// A fake Bot API, and the bot polling it and storing in the test's database.
pub(crate) async fn polling(db: Db) -> (FakeTelegram, Db, RunningBot) {
    let fake = FakeTelegram::start().await;
    let bot = start(&fake, &db, Receive::Polling).await;
    (fake, db, bot)
}

impl RunningBot {
    pub(crate) async fn stop(self) {
        self.stop.send(true).unwrap();
        self.task.await.unwrap().unwrap();
    }
}

pub(crate) fn unescape(html: &str) -> String {
    html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
}

/// The last message put on the client's screen with buttons: (message id, text, buttons).
pub(crate) fn last_keyboard(fake: &FakeTelegram, user: &TgUser) -> (i64, String, Vec<(String, String)>) {
    let call: Call = fake
        .calls()
        .into_iter()
        .rfind(|c| c.chat() == Some(user.id) && !c.buttons().is_empty())
        .expect("a message with buttons");
    let id = call.message_id.or_else(|| call.params["message_id"].as_i64()).unwrap();
    (id, unescape(call.text()), call.buttons())
}

pub(crate) async fn send(fake: &FakeTelegram, update: Value) -> i64 {
    let id = fake.push(update);
    fake.confirmed(id).await;
    id
}

/// The update of pressing the button with this action (`o:27_64`, `y`, `d`) on the last
/// keyboard the client got.
pub(crate) fn press_update(fake: &FakeTelegram, user: &TgUser, action: &str) -> Value {
    let (message_id, text, buttons) = last_keyboard(fake, user);
    let data = buttons
        .iter()
        .find(|(_, d)| d.split_once(':').is_some_and(|(_, a)| a == action))
        .unwrap_or_else(|| panic!("no button {action} in {buttons:?}"))
        .1
        .clone();
    user.press(message_id, &text, &data)
}

/// Presses the button and waits until the bot has handled it.
pub(crate) async fn press(fake: &FakeTelegram, user: &TgUser, action: &str) -> String {
    let update = press_update(fake, user, action);
    let data = update["callback_query"]["data"].as_str().unwrap_or_default().to_owned();
    send(fake, update).await;
    data
}

pub(crate) fn last_text(fake: &FakeTelegram, user: &TgUser) -> String {
    unescape(fake.sent_to(user.id).last().map(Call::text).unwrap_or_default())
}

pub(crate) async fn intakes(db: &Db) -> Vec<(String, String, String)> {
    let rows = db.texts("SELECT reference, language, CAST(summary AS TEXT) FROM intakes").await;
    rows.into_iter().map(|r| (r[0].clone(), r[1].clone(), r[2].clone())).collect()
}

crate::contract! {
    async fn a_farsi_client_completes_an_intake_with_buttons_and_one_text(db: Db) {
        let (fake, db, bot) = polling(db).await;
        let client = TgUser::new(5001, "fa");
        send(&fake, client.text("/start")).await;
        assert!(last_text(&fake, &client).starts_with(&say(
            "fa",
            &Text::msg("welcome").with("org", Text::Plain(support::content().config.organisation.name.clone()))
        )));
        for action in ["l:fa", "y", "t:health", "t:family_reunification"] {
            press(&fake, &client, action).await;
        }
        // Ticking redraws the same message with check marks instead of sending a new one.
        let (_, text, buttons) = last_keyboard(&fake, &client);
        assert!(text.contains(&say("fa", &Text::msg("ask-topics"))));
        assert_eq!(buttons.iter().filter(|(label, _)| label.starts_with("✓ ")).count(), 2);
        for action in ["d", "o:27_64", "o:over_10_years", "o:protection", "o:attending", "o:no"] {
            press(&fake, &client, action).await;
        }
        let words = "همسرم و بچه‌هایم در ایران هستند <b>لطفاً</b> & کمک";
        send(&fake, client.text(words)).await;
        for action in ["o:phone"] {
            press(&fake, &client, action).await;
        }
        send(&fake, client.text("0176 12345678")).await;
        press(&fake, &client, "o:nord").await;
        press(&fake, &client, "d").await;
        let summary = fake.sent_to(client.id).last().unwrap().clone();
        assert_eq!(summary.params["parse_mode"], "HTML");
        assert!(summary.text().contains("&lt;b&gt;لطفاً&lt;/b&gt; &amp; کمک"), "client text is escaped: {}", summary.text());
        press(&fake, &client, "c").await;

        let stored = intakes(&db).await;
        assert_eq!(stored.len(), 1);
        let (reference, language, summary) = &stored[0];
        assert_eq!(language, "fa");
        let summary: Value = serde_json::from_str(summary).unwrap();
        assert_eq!(summary["answers"]["own_words"], json!({ "text": words, "language": "fa" }));
        assert_eq!(summary["topics"], json!(["family_reunification", "health"]));
        // The reference, then the appointments on offer.
        let sent = fake.sent_to(client.id);
        assert!(unescape(sent[sent.len() - 2].text()).contains(reference.as_str()));
        // Nobody in the demo counsels in Persian: said honestly, with an interpreter's slots.
        let interpreter = Text::msg("booking-interpreter").with("languages", Text::List(vec![Text::Plain("فارسی".into())]));
        assert!(
            unescape(sent[sent.len() - 1].text()).starts_with(&say("fa", &interpreter)),
            "{}",
            sent[sent.len() - 1].text()
        );

        // Every press answered, and each chosen answer shown where its keyboard was.
        let presses = fake.pushed().iter().filter(|u| u.get("callback_query").is_some()).count();
        assert!(presses > 10);
        assert_eq!(fake.calls_of("answerCallbackQuery").len(), presses);
        let consent_edit = fake
            .calls_of("editMessageText")
            .into_iter()
            .find(|c| c.text().contains(&say("fa", &Text::msg("consent-yes"))))
            .expect("the consent message shows the answer");
        assert!(consent_edit.params.get("reply_markup").is_none(), "and its keyboard is gone");

        // The staff chat hears of it, without the client's words or phone number.
        let notice = fake.sent_to(STAFF_CHAT);
        assert_eq!(notice.len(), 1);
        let notice = notice[0].text();
        assert!(notice.contains(reference.as_str()) && notice.contains("Persisch"), "{notice}");
        assert!(!notice.contains("ایران") && !notice.contains("0176"), "{notice}");

        // Commands registered in every language, with the language's own descriptions.
        let menus = support::content().i18n.languages().list().len() + 1;
        fake.wait("command menus", |calls| calls.iter().filter(|c| c.method == "setMyCommands").count() >= menus).await;
        let commands = fake.calls_of("setMyCommands");
        assert_eq!(commands.len(), menus, "the default menu and one per language");
        let farsi = commands.iter().find(|c| c.params["language_code"] == "fa").expect("Farsi commands");
        let names: Vec<&str> =
            farsi.params["commands"].as_array().unwrap().iter().map(|c| c["command"].as_str().unwrap()).collect();
        assert_eq!(
            names,
            ["start", "back", "language", "appointment", "mydata", "delete", "help"],
            "the commands the help text names, no other"
        );
        assert_eq!(farsi.params["commands"][6]["description"], say("fa", &Text::msg("cmd-help")));
        assert_eq!(farsi.params["commands"][5]["description"], say("fa", &Text::msg("cmd-delete")));
        assert_eq!(farsi.params["commands"][3]["description"], say("fa", &Text::msg("cmd-appointment")));
        assert!(fake.calls_of("setWebhook").is_empty() && fake.calls_of("deleteWebhook").is_empty());
        bot.stop().await;
    }
}

crate::contract! {
    async fn double_taps_stale_and_forged_buttons_and_stickers_are_answered_once(db: Db) {
        let (fake, _db, bot) = polling(db).await;
        let client = TgUser::new(5002, "fa");
        send(&fake, client.text("/start")).await;
        press(&fake, &client, "l:fa").await;
        let (message_id, text, _) = last_keyboard(&fake, &client);
        let yes = press(&fake, &client, "y").await;
        let stale = say("fa", &Text::msg("error-stale"));
        let topics = say("fa", &Text::msg("ask-topics"));

        let sent_before = fake.sent_to(client.id).len();
        send(&fake, client.press(message_id, &text, &yes)).await;
        let answer = last_text(&fake, &client);
        assert_eq!(answer, say("fa", &Text::msg("error-already-answered")), "a double tap is told once");
        assert_eq!(fake.sent_to(client.id).len(), sent_before + 1, "and the question is not sent again");

        send(&fake, client.press(message_id, &text, "1:o:<script>alert(1)</script>")).await;
        let answer = last_text(&fake, &client);
        assert!(answer.starts_with(&stale) && answer.contains(&topics), "{answer}");

        send(&fake, client.sticker()).await;
        let answer = last_text(&fake, &client);
        // Each kind its own words (the kind is a code, not isolated like a shown value).
        let unsupported = |kind: &str| say("fa", &Text::msg("error-unsupported").with("kind", anlauf::text::Arg::Code(kind.into())));
        let sticker = unsupported("sticker");
        assert_ne!(sticker, unsupported("other"));
        assert!(answer.starts_with(&sticker) && answer.contains(&topics), "{answer}");
        send(&fake, client.voice()).await;
        let voice = unsupported("voice");
        fake.wait("the answer to the voice note", |_| last_text(&fake, &client).starts_with(&voice)).await;

        // The dialogue goes on from the current question.
        press(&fake, &client, "t:work").await;
        press(&fake, &client, "d").await;
        assert!(last_text(&fake, &client).contains(&say("fa", &Text::msg("ask-age"))));
        assert_eq!(fake.calls_of("answerCallbackQuery").len(), 6, "every press answered, stale and forged ones too");
        bot.stop().await;
    }
}

crate::contract! {
    async fn a_restart_in_the_middle_continues_where_the_client_was(db: Db) {
        let fake = FakeTelegram::start().await;
        let client = TgUser::new(5003, "uk");
        let bot = start(&fake, &db, Receive::Polling).await;
        send(&fake, client.text("/start")).await;
        press(&fake, &client, "l:uk").await;
        press(&fake, &client, "y").await;
        bot.stop().await;

        let bot = start(&fake, &db, Receive::Polling).await;
        press(&fake, &client, "t:housing").await;
        press(&fake, &client, "d").await;
        assert!(last_text(&fake, &client).contains(&say("uk", &Text::msg("ask-age"))), "{}", last_text(&fake, &client));
        bot.stop().await;
    }
}

crate::contract! {
    async fn the_same_update_delivered_twice_is_applied_once(db: Db) {
        let (fake, db, bot) = polling(db).await;
        let client = TgUser::new(5004, "de");
        send(&fake, client.text("/start")).await;
        press(&fake, &client, "l:de").await;
        let mut update = press_update(&fake, &client, "y");
        let id = send(&fake, update.clone()).await;
        let sent = fake.sent_to(client.id).len();
        update["update_id"] = json!(id);
        fake.redeliver(update);
        let marker = fake.push(client.text("/help"));
        fake.confirmed(marker).await;
        let after = fake.sent_to(client.id);
        assert_eq!(after.len(), sent + 2, "the redelivered press sent nothing; /help sent help and the question");
        let consents = db.number("SELECT count(*) FROM consents").await;
        assert_eq!(consents, 1, "consent recorded once");
        bot.stop().await;
    }
}

crate::contract! {
    async fn the_webhook_refuses_a_wrong_secret_and_applies_each_update_once(db: Db) {
        let fake = FakeTelegram::start().await;
        let url: url::Url = "https://bot.beratung.example/telegram/hook".parse().unwrap();
        let bot = start(&fake, &db, Receive::Webhook { url, secret: "s3cret-token".into() }).await;
        let client = TgUser::new(5005, "ar");
        let mut update = client.text("/start");
        update["update_id"] = json!(77);
        let http = reqwest::Client::new();
        let endpoint = format!("http://{}/telegram/hook", bot.address);
        for (secret, expected) in
            [(None, 401), (Some("wrong"), 401), (Some("s3cret-token"), 200), (Some("s3cret-token"), 200)]
        {
            let mut request = http.post(&endpoint).json(&update);
            if let Some(secret) = secret {
                request = request.header(anlauf::channel::telegram::SECRET_HEADER, secret);
            }
            assert_eq!(request.send().await.unwrap().status().as_u16(), expected, "secret {secret:?}");
        }
        fake.handled(77).await;
        let sent = fake.sent_to(client.id);
        assert_eq!(sent.len(), 1, "one welcome: wrong secrets refused, the second delivery skipped");
        assert!(unescape(sent[0].text())
            .contains(&say("ar", &Text::msg("ask-language").with("language", Text::Plain("العربية".into())))));
        assert!(fake.calls_of("getUpdates").is_empty(), "no polling in webhook mode");
        assert!(
            fake.calls_of("setWebhook").is_empty() && fake.calls_of("deleteWebhook").is_empty(),
            "the instance leaves the webhook alone"
        );
        let health = http.get(format!("http://{}/healthz", bot.address)).send().await.unwrap();
        assert_eq!(health.status(), 200);
        assert_eq!(health.json::<Value>().await.unwrap(), json!({ "status": "ok", "database": "reachable", "telegram": "reachable", "demo": true }));
        bot.stop().await;
    }
}

crate::contract! {
    async fn a_group_is_told_once_that_the_bot_works_in_private_chats(db: Db) {
        let (fake, db, bot) = polling(db).await;
        let member = TgUser::new(5006, "ru");
        send(&fake, member.in_group(-777, "/start")).await;
        send(&fake, member.in_group(-777, "привет")).await;
        let notices = fake.sent_to(-777);
        assert_eq!(notices.len(), 1);
        assert_eq!(unescape(notices[0].text()), say("ru", &Text::msg("error-private-only")));
        assert!(intakes(&db).await.is_empty());
        bot.stop().await;
    }
}

crate::contract! {
    async fn a_client_who_blocked_the_bot_is_marked_and_not_retried(db: Db) {
        let (fake, db, bot) = polling(db).await;
        let client = TgUser::new(5007, "tr");
        let blocked = json!({ "ok": false, "error_code": 403, "description": "Forbidden: bot was blocked by the user" });
        fake.fail("sendMessage", Some(client.id), 100, 403, blocked);
        send(&fake, client.text("/start")).await;
        assert_eq!(fake.sent_to(client.id).len(), 1, "one attempt, no retries");
        let marked = db.column("SELECT user_id FROM channel_unreachable").await;
        assert_eq!(marked, [client.id.to_string()]);
        fake.heal();
        send(&fake, client.text("/help")).await;
        let marked = db.column("SELECT user_id FROM channel_unreachable").await;
        assert!(marked.is_empty(), "writing again makes the client reachable");
        bot.stop().await;
    }
}

crate::contract! {
    async fn retry_after_and_network_trouble_delay_a_message_but_do_not_lose_it(db: Db) {
        let (fake, _db, bot) = polling(db).await;
        let client = TgUser::new(5008, "ro");
        let flood = json!({ "ok": false, "error_code": 429, "description": "Too Many Requests: retry after 1", "parameters": { "retry_after": 1 } });
        fake.fail("sendMessage", Some(client.id), 1, 429, flood);
        send(&fake, client.text("/start")).await;
        let attempts = fake.sent_to(client.id);
        assert_eq!(attempts.len(), 2, "refused once, sent after waiting");
        assert_eq!(attempts[0].text(), attempts[1].text());
        bot.stop().await;
    }
}

/// After the language: consent, a housing question with a residence permit, up to the
/// client's own words.
pub(crate) const HOUSING_TO_OWN_WORDS: [&str; 8] =
    ["y", "t:housing", "d", "o:27_64", "o:over_10_years", "o:residence_permit", "o:no", "o:no"];
/// The client's own words of that intake.
pub(crate) const HOUSING_WORDS: &str = "Ich suche eine Wohnung.";
/// After the own words: contact by chat, no office, done, submitted.
pub(crate) const HOUSING_TO_SUBMITTED: [&str; 4] = ["o:chat", "s", "d", "c"];

/// A client up to the question that asks for their own words, in their language, with
/// one topic ticked and nothing called urgent.
pub(crate) async fn to_own_words(fake: &FakeTelegram, client: &TgUser, topic: &str) {
    send(fake, client.text("/start")).await;
    let (language, tick) = (format!("l:{}", client.language), format!("t:{topic}"));
    for action in [&language, "y", &tick, "d", "o:27_64", "o:over_10_years", "o:unknown", "o:unknown", "o:no"] {
        press(fake, client, action).await;
    }
}

/// A bot receiving by webhook at `/hook` with the secret `s`.
pub(crate) async fn webhook_bot(fake: &FakeTelegram, db: &Db) -> RunningBot {
    let url: url::Url = "https://bot.beratung.example/hook".parse().unwrap();
    start(fake, db, Receive::Webhook { url, secret: "s".into() }).await
}

/// Posts an update to a [`webhook_bot`] as Telegram would; the HTTP status.
pub(crate) async fn post_update(bot: &RunningBot, update: &Value) -> u16 {
    let request = reqwest::Client::new().post(format!("http://{}/hook", bot.address));
    let request = request.header(anlauf::channel::telegram::SECRET_HEADER, "s").json(update);
    request.send().await.unwrap().status().as_u16()
}

/// What `/healthz` says while `serve` runs with these options, without a store of note.
async fn healthz_with(options: Options) -> (u16, Value) {
    let db = support::fresh_db();
    let store = anlauf::store::connect(&db.url).await.unwrap();
    let service = Service::new(content(), store);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let (stop, stopped) = watch::channel(false);
    let task = tokio::spawn(anlauf::serve::run(service, options, listener, stopped));
    let health = reqwest::get(format!("http://{address}/healthz")).await.unwrap();
    let answer = (health.status().as_u16(), health.json::<Value>().await.unwrap());
    stop.send(true).unwrap();
    task.await.unwrap().unwrap();
    answer
}

crate::contract! {
    async fn a_summary_over_telegrams_limit_is_split_with_the_buttons_on_the_last_part(db: Db) {
        let (fake, db, bot) = polling(db).await;
        let client = TgUser::new(5009, "en");
        to_own_words(&fake, &client, "debts").await;
        let words = "My landlord sent a letter. ".repeat(140);
        let words = words.trim_end();
        assert!(words.chars().count() < 4000);
        send(&fake, client.text(words)).await;
        press(&fake, &client, "o:chat").await;
        press(&fake, &client, "s").await;
        let before = fake.sent_to(client.id).len();
        press(&fake, &client, "d").await;
        let parts = &fake.sent_to(client.id)[before..];
        assert_eq!(parts.len(), 2, "{:?}", parts.iter().map(|p| p.text().len()).collect::<Vec<_>>());
        assert!(parts.iter().all(|p| p.text().encode_utf16().count() <= 4096));
        assert!(parts[0].buttons().is_empty() && !parts[1].buttons().is_empty());
        press(&fake, &client, "c").await;
        let stored = intakes(&db).await;
        let summary: Value = serde_json::from_str(&stored[0].2).unwrap();
        assert_eq!(summary["answers"]["own_words"]["text"], words, "kept whole");
        let confirmed = fake.calls_of("editMessageText").last().unwrap().text().to_owned();
        assert!(confirmed.ends_with("✓ <b>Everything is right — send</b>"), "{confirmed}");
        assert!(!confirmed.contains("✓ ✓"), "one tick: {confirmed}");
        bot.stop().await;
    }
}

crate::contract! {
    async fn a_long_reply_interrupted_after_its_first_part_goes_on_with_the_second(db: Db) {
        // (No reply reaches three parts: own words and staff messages are capped below
        // Telegram's limit, so the longest, a summary, has two.)
        let (fake, _db, bot) = polling(db).await;
        let client = TgUser::new(5011, "en");
        to_own_words(&fake, &client, "debts").await;
        send(&fake, client.text("My landlord sent a letter. ".repeat(140).trim_end())).await;
        press(&fake, &client, "o:chat").await;
        press(&fake, &client, "s").await;
        let before = fake.sent_to(client.id).len();
        // The second part meets flood control once.
        let flood = json!({ "ok": false, "error_code": 429, "description": "Too Many Requests: retry after 1", "parameters": { "retry_after": 1 } });
        fake.fail_after("sendMessage", Some(client.id), 1, 1, 429, flood);
        press(&fake, &client, "d").await;
        let calls = &fake.sent_to(client.id)[before..];
        let texts: Vec<&str> = calls.iter().filter(|c| c.method == "sendMessage").map(|c| c.text()).collect();
        assert_eq!(texts.len(), 3, "two parts and the refused try: {:?}", texts.iter().map(|t| t.len()).collect::<Vec<_>>());
        assert_eq!(texts[1], texts[2], "the refused second part is sent again");
        assert_ne!(texts[0], texts[1], "and only it: the first part is not repeated");
        assert!(!calls.last().unwrap().buttons().is_empty(), "the buttons come with the last part");
        bot.stop().await;
    }
}

crate::contract! {
    async fn four_thousand_characters_in_one_word_split_the_summary_in_two_with_no_label_alone(db: Db) {
        let (fake, _db, bot) = polling(db).await;
        let client = TgUser::new(5010, "en");
        to_own_words(&fake, &client, "debts").await;
        send(&fake, client.text(&"ا".repeat(4000))).await;
        press(&fake, &client, "o:chat").await;
        press(&fake, &client, "s").await;
        let before = fake.sent_to(client.id).len();
        press(&fake, &client, "d").await;
        let parts: Vec<String> = fake.sent_to(client.id)[before..].iter().map(|p| unescape(p.text())).collect();
        assert_eq!(parts.len(), 2, "{:?}", parts.iter().map(|p| p.chars().count()).collect::<Vec<_>>());
        let label = say("en", &Text::msg("field-own_words"));
        assert!(parts.iter().all(|p| !p.trim_end().ends_with(':')), "a label alone: {parts:?}");
        assert!(parts[0].contains(&format!("{label}: اا")), "the label opens its value");
        bot.stop().await;
    }
}

#[tokio::test]
async fn polling_refuses_to_start_while_a_webhook_is_set() {
    let fake = FakeTelegram::start().await;
    fake.set_webhook("https://elsewhere.example/hook");
    let db = support::fresh_db();
    let bot = start(&fake, &db, Receive::Polling).await;
    let error = bot.task.await.unwrap().unwrap_err();
    assert!(format!("{error:#}").contains("anlauf telegram delete-webhook"), "{error:#}");
    assert!(fake.calls_of("deleteWebhook").is_empty(), "it does not remove someone's webhook");
}

#[tokio::test]
async fn without_a_token_the_rest_is_still_served() {
    let options =
        Options { token: None, api_url: None, receive: Receive::Polling, feed_secret: None, web: Default::default() };
    assert_eq!(
        healthz_with(options).await,
        (200, json!({ "status": "ok", "database": "reachable", "telegram": "off", "demo": true }))
    );
}

crate::contract! {
    async fn clients_in_every_language_complete_intakes_at_the_same_time(db: Db) {
        let (fake, db, bot) = polling(db).await;
        let languages: Vec<String> = support::content().i18n.languages().list().iter().map(|l| l.code.clone()).collect();
        let mut clients = tokio::task::JoinSet::new();
        for (i, code) in languages.iter().enumerate() {
            let fake = fake.clone();
            let code = code.clone();
            clients.spawn(async move {
                let client = TgUser::new(6000 + i as i64, &code);
                send(&fake, client.text("/start")).await;
                press(&fake, &client, &format!("l:{code}")).await;
                for action in HOUSING_TO_OWN_WORDS {
                    press(&fake, &client, action).await;
                }
                send(&fake, client.text(HOUSING_WORDS)).await;
                for action in HOUSING_TO_SUBMITTED {
                    press(&fake, &client, action).await;
                }
            });
        }
        while let Some(done) = clients.join_next().await {
            done.unwrap();
        }
        let mut stored: Vec<String> = intakes(&db).await.into_iter().map(|(_, language, _)| language).collect();
        stored.sort();
        let mut expected = languages.clone();
        expected.sort();
        assert_eq!(stored, expected, "one intake per language");
        let rows = db
            .texts("SELECT c.channel_user_id, i.reference, i.language FROM intakes i JOIN clients c ON c.id = i.client_id")
            .await;
        for row in rows {
            let [user, reference, language]: [String; 3] = row.try_into().unwrap();
            let client = TgUser::new(user.parse().unwrap(), &language);
            let done = say(&language, &Text::msg("done").with("reference", Text::Plain(reference)));
            // The reference and the places for housing, and no appointments: the rules refer
            // these clients elsewhere, so the referral is the answer.
            let sent = fake.sent_to(client.id);
            let last = unescape(sent[sent.len() - 1].text());
            assert!(last.starts_with(&done), "{language}: {last}");
            assert!(last.contains(&say(&language, &Text::msg("referral-intro"))), "{language}: the places for housing");
            assert!(sent.last().unwrap().buttons().iter().all(|(_, d)| !d.contains(":p:")), "{language}: no slots");
        }
        assert_eq!(fake.sent_to(STAFF_CHAT).len(), languages.len());
        bot.stop().await;
    }
}

/// SQLite only: a writer holding the file locked (PostgreSQL's outage is another test).
#[tokio::test]
async fn while_the_database_is_locked_the_client_is_told_to_wait_and_nothing_is_lost() {
    use sqlx::Connection;
    let (fake, db, bot) = polling(support::fresh_db()).await;
    let client = TgUser::new(5010, "ka");
    let mut blocker = sqlx::SqliteConnection::connect(&db.url).await.unwrap();
    sqlx::query("BEGIN EXCLUSIVE").execute(&mut blocker).await.unwrap();
    sqlx::query("INSERT INTO channel_group_notices (channel, chat, noticed_at) VALUES ('test', '1', 'x')")
        .execute(&mut blocker)
        .await
        .unwrap();
    let id = fake.push(client.text("/start"));
    let wait = say("ka", &Text::msg("error-temporary"));
    fake.wait("the apology", |calls| calls.iter().any(|c| c.chat() == Some(client.id) && unescape(c.text()) == wait))
        .await;
    sqlx::query("COMMIT").execute(&mut blocker).await.unwrap();
    fake.confirmed(id).await;
    let sent: Vec<String> = fake.sent_to(client.id).iter().map(|c| unescape(c.text())).collect();
    assert_eq!(sent.len(), 2, "{sent:?}");
    assert_eq!(sent[0], wait, "told once");
    assert!(
        sent[1].contains(&say("ka", &Text::msg("ask-language").with("language", Text::Plain("ქართული".into())))),
        "then answered"
    );
    bot.stop().await;
}

crate::contract! {
    async fn a_redelivered_refusal_does_not_bring_the_client_back(db: Db) {
        let (fake, db, bot) = polling(db).await;
        let client = TgUser::new(5011, "so");
        send(&fake, client.text("/start")).await;
        press(&fake, &client, "l:so").await;
        let mut update = press_update(&fake, &client, "n");
        let id = send(&fake, update.clone()).await;
        assert!(last_text(&fake, &client).contains(&support::content().config.offices[0].phone));
        update["update_id"] = json!(id);
        fake.redeliver(update);
        let marker = fake.push(TgUser::new(5012, "so").text("/help"));
        fake.confirmed(marker).await;
        let clients = db.column("SELECT channel_user_id FROM clients").await;
        assert_eq!(clients, ["5012"], "the client who said no stays erased");
        bot.stop().await;
    }
}

crate::contract! {
    async fn a_message_the_bot_cannot_read_gets_an_answer_by_webhook(db: Db) {
        let fake = FakeTelegram::start().await;
        let bot = webhook_bot(&fake, &db).await;
        let client = TgUser::new(5013, "bs");
        let mut start_update = client.text("/start");
        start_update["update_id"] = json!(500);
        let mut unreadable = client.text("x");
        unreadable["update_id"] = json!(501);
        unreadable["message"]["text"] = json!({ "a future kind of content": true });
        for update in [start_update, unreadable] {
            assert_eq!(post_update(&bot, &update).await, 200);
        }
        fake.handled(501).await;
        let sent = last_text(&fake, &client);
        assert!(
            sent.starts_with(&say("bs", &Text::msg("error-unsupported").with("kind", Text::Plain("other".into())))),
            "{sent}"
        );
        bot.stop().await;
    }
}

crate::contract! {
    async fn quick_taps_arriving_together_are_applied_in_order(db: Db) {
        let (fake, db, bot) = polling(db).await;
        let client = TgUser::new(5014, "pl");
        send(&fake, client.text("/start")).await;
        press(&fake, &client, "l:pl").await;
        press(&fake, &client, "y").await;
        // Three taps on the same keyboard, delivered in one batch.
        let taps = ["t:work", "t:health", "d"].map(|action| press_update(&fake, &client, action));
        let mut last = 0;
        for tap in taps {
            last = fake.push(tap);
        }
        fake.confirmed(last).await;
        assert!(last_text(&fake, &client).contains(&say("pl", &Text::msg("ask-age"))), "{}", last_text(&fake, &client));
        let state = db.column("SELECT CAST(state AS TEXT) FROM conversations").await.remove(0);
        let state: Value = serde_json::from_str(&state).unwrap();
        assert_eq!(state["answers"]["topics"], json!({ "choices": ["work", "health"] }));
        bot.stop().await;
    }
}

crate::contract! {
    async fn stopping_finishes_the_update_in_hand_first(db: Db) {
        let (fake, db, bot) = polling(db).await;
        let client = TgUser::new(5015, "fr");
        fake.slow("sendMessage", std::time::Duration::from_millis(1500));
        fake.push(client.text("/start"));
        fake.wait("the welcome on its way", |calls| {
            calls.iter().any(|c| c.method == "sendMessage" && c.chat() == Some(client.id))
        })
        .await;
        let asked_to_stop = std::time::Instant::now();
        bot.stop().await;
        assert!(asked_to_stop.elapsed() >= std::time::Duration::from_millis(1000), "it waited for the reply to go out");
        let conversations = db.number("SELECT count(*) FROM conversations").await;
        assert_eq!(conversations, 1, "the turn was saved");
    }
}

#[tokio::test]
async fn healthz_says_when_telegram_cannot_be_reached() {
    // A port nothing listens on: Telegram unreachable from the start.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let api_url: url::Url = format!("http://{}", closed.local_addr().unwrap()).parse().unwrap();
    drop(closed);
    let options = Options {
        token: Some(TOKEN.into()),
        api_url: Some(api_url),
        receive: Receive::Polling,
        feed_secret: None,
        web: Default::default(),
    };
    assert_eq!(
        healthz_with(options).await,
        (503, json!({ "status": "degraded", "database": "reachable", "telegram": "unreachable", "demo": true }))
    );
}

crate::contract! {
    async fn violence_written_in_arabic_gets_the_emergency_numbers_and_the_staff_notice_says_urgent(db: Db) {
        let (fake, _db, bot) = polling(db).await;
        let client = TgUser::new(5020, "ar");
        to_own_words(&fake, &client, "family").await;
        let before = fake.sent_to(client.id).len();
        send(&fake, client.text("زوجي يضربني كل يوم وأنا خائفة على أطفالي")).await;
        let turn: Vec<String> = fake.sent_to(client.id)[before..].iter().map(|c| unescape(c.text())).collect();
        let reply = turn.last().expect("a reply");
        assert!(reply.starts_with(&say("ar", &Text::msg("urgent-help-violence"))), "the police and the violence helpline in Arabic: {turn:?}");
        assert!(reply.ends_with(&say("ar", &Text::msg("ask-contact"))), "then the next question, in the same message");
        assert_eq!(turn.len(), 1, "one reply: {turn:?}");
        for action in ["o:chat", "s", "d", "c"] {
            press(&fake, &client, action).await;
        }
        let notice = fake.sent_to(STAFF_CHAT);
        assert!(notice[0].text().contains("dringend"), "{}", notice[0].text());
        assert!(notice[0].text().contains("Dringend: Gewalt oder Bedrohung"), "the category: {}", notice[0].text());
        assert!(!notice[0].text().contains("زوجي"), "never the client's words");
        bot.stop().await;
    }
}

crate::contract! {
    async fn a_letter_with_a_deadline_alone_gets_no_emergency_numbers(db: Db) {
        let (fake, _db, bot) = polling(db).await;
        let client = TgUser::new(5021, "de");
        to_own_words(&fake, &client, "residence").await;
        let before = fake.sent_to(client.id).len();
        send(&fake, client.text("Ich habe einen Brief von der Ausländerbehörde mit einer Frist bis Freitag")).await;
        let turn: Vec<String> = fake.sent_to(client.id)[before..].iter().map(|c| unescape(c.text())).collect();
        assert!(turn.iter().all(|t| !t.contains("110")), "no police number for a letter: {turn:?}");
        bot.stop().await;
    }
}

crate::contract! {
    async fn a_client_who_only_answers_a_letter_with_a_deadline_gets_no_emergency_numbers(db: Db) {
        let (fake, _db, bot) = polling(db).await;
        let client = TgUser::new(5022, "tr");
        send(&fake, client.text("/start")).await;
        for action in ["l:tr", "y", "t:residence", "d", "o:27_64", "o:over_10_years", "o:duldung", "o:unknown"] {
            press(&fake, &client, action).await;
        }
        let before = fake.sent_to(client.id).len();
        press(&fake, &client, "o:deadline").await;
        let turn: Vec<String> = fake.sent_to(client.id)[before..].iter().map(|c| unescape(c.text())).collect();
        let reply = turn.last().expect("a reply");
        assert!(reply.starts_with(&say("tr", &Text::msg("urgent-letter"))), "looked at first: {turn:?}");
        let (_, _, buttons) = last_keyboard(&fake, &client);
        assert!(
            buttons.iter().any(|(_, data)| data.ends_with(":s")),
            "the deadline question, with its skip button: {buttons:?}"
        );
        assert!(turn.iter().all(|t| !t.contains("110") && !t.contains("112")), "no police for a letter: {turn:?}");
        bot.stop().await;
    }
}

crate::contract! {
    async fn a_german_dialogue_client_writing_persian_is_stored_and_shown_as_persian_and_offered_persian(db: Db) {
        let (fake, db, bot) = polling(db).await;
        let client = TgUser::new(5023, "de");
        to_own_words(&fake, &client, "family_reunification").await;
        let words = "همسرم و بچه‌هایم در ایران هستند و می‌خواهم آنها را به آلمان بیاورم";
        send(&fake, client.text(words)).await;
        let (_, text, buttons) = last_keyboard(&fake, &client);
        let offer = say("fa", &Text::msg("language-offer").with("language", Text::Plain("فارسی".into())));
        assert!(text.contains(&offer), "the offer is made in Persian: {text}");
        assert!(text.ends_with(&say("de", &Text::msg("ask-contact"))), "the dialogue stays German until asked: {text}");
        assert!(buttons.iter().any(|(_, data)| data.ends_with(":w:fa")), "{buttons:?}");
        press(&fake, &client, "w:fa").await;
        let switched = last_text(&fake, &client);
        assert!(
            switched.starts_with(&say("fa", &Text::msg("language-switched").with("language", Text::Plain("فارسی".into()))))
        );
        assert!(switched.ends_with(&say("fa", &Text::msg("ask-contact"))), "the same question, now in Persian: {switched}");
        for action in ["o:chat", "s", "d", "c"] {
            press(&fake, &client, action).await;
        }
        let store = anlauf::store::connect(&db.url).await.unwrap();
        let entry = store
            .queue(&anlauf::store::QueueFilter::default(), chrono::Utc::now(), 10)
            .await
            .unwrap()
            .pop()
            .expect("an intake");
        assert_eq!(entry.summary.answers["own_words"], json!({ "text": words, "language": "fa" }));
        let shown = anlauf::staff::intake_text(&content(), &entry);
        assert!(shown.contains("In eigenen Worten (Originaltext, Persisch (Farsi)):"), "{shown}");
        assert!(shown.contains(words), "verbatim: {shown}");
        bot.stop().await;
    }
}

crate::contract! {
    async fn a_client_who_chose_dari_and_writes_dari_keeps_dari_and_staff_see_dari(db: Db) {
        let (fake, db, bot) = polling(db).await;
        let client = TgUser::new(5024, "prs");
        to_own_words(&fake, &client, "family_reunification").await;
        // Dari reads as Persian to the language detector.
        let words = "زن و اولادهایم در افغانستان استند و میخواهم آنها را به آلمان بیاورم، کمک کنید";
        assert_eq!(anlauf::triage::language::detect(words), Some("fa"));
        send(&fake, client.text(words)).await;
        let (_, text, buttons) = last_keyboard(&fake, &client);
        let persian = Text::Plain("فارسی".into());
        assert!(!text.contains(&say("fa", &Text::msg("language-offer").with("language", persian))), "{text}");
        assert!(!buttons.iter().any(|(_, data)| data.contains(":w:")), "no switch offered: {buttons:?}");
        assert!(text.ends_with(&say("prs", &Text::msg("ask-contact"))), "the dialogue goes on in Dari: {text}");
        for action in ["o:chat", "s", "d", "c"] {
            press(&fake, &client, action).await;
        }
        let store = anlauf::store::connect(&db.url).await.unwrap();
        let filter = anlauf::store::QueueFilter::default();
        let entry = store.queue(&filter, chrono::Utc::now(), 10).await.unwrap().pop().expect("an intake");
        assert_eq!(entry.summary.answers["own_words"], json!({ "text": words, "language": "prs" }));
        let shown = anlauf::staff::intake_text(&content(), &entry);
        assert!(shown.contains("In eigenen Worten (Originaltext, Dari):"), "{shown}");
        bot.stop().await;
    }
}

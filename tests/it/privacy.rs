//! The client's right to erasure (`/delete`): after a confirmation, the client's words,
//! phone number, channel id and messages are gone — from the tables and, on SQLite, from
//! the database file's bytes — their appointments ahead are cancelled, staff see why, and
//! only what the anonymous statistics count stays.

use anlauf::dialog::Input;
use chrono::Utc;

use crate::booking::{anlauf_cli, Booker};
use crate::support::{self, say};

/// Words no other test writes, in the client's own words, to look for in the file.
pub(crate) const WORDS: &str = "أخاف من رسالة مكتب الأجانب Kanarienvogel-4471";
pub(crate) const CANARY: &str = "Kanarienvogel-4471";
const PHONE: &str = "+49 170 5550123";

fn said(id: &str) -> String {
    say("ar", &anlauf::text::Text::msg(id))
}

/// The bytes of the SQLite database and its log, if this database is a file.
fn file_bytes(url: &str) -> Option<Vec<u8>> {
    let path = url.strip_prefix("sqlite://")?;
    let mut bytes = std::fs::read(path).unwrap();
    if let Ok(log) = std::fs::read(format!("{path}-wal")) {
        bytes.extend(log);
    }
    Some(bytes)
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle.as_bytes())
}

/// A client who sent a request in Arabic with their own words and phone number, and
/// booked the first appointment offered (at the client's `now`); the request's reference.
pub(crate) async fn a_client_with_a_request_and_an_appointment(client: &mut Booker) -> String {
    client.send(Input::from_typed("/start")).await;
    for action in ["l:ar", "y", "t:work", "d", "o:27_64", "o:over_10_years", "o:protection", "o:attending", "o:no"] {
        client.press(action).await;
    }
    client.send(Input::Text(WORDS.into())).await;
    client.press("o:phone").await;
    client.send(Input::Text(PHONE.into())).await;
    client.press("o:mitte").await;
    client.press("d").await;
    client.press("c").await;
    let reference = client.reference();
    let first = client.offered()[0].clone();
    client.send(Input::Button(first)).await;
    client.press("c").await;
    reference
}

crate::contract! {
    async fn mydata_shows_the_client_everything_stored_about_them_and_gives_it_as_a_file(db: Db) {
        let service = support::service(&db).await;
        let mut stranger = Booker::new(&service, "4472", "ar");
        let shown = stranger.send(Input::from_typed("/mydata")).await;
        assert!(shown.replies[0].text.starts_with(&said("mydata-none")) && shown.replies[0].file.is_none());

        let mut client = Booker::new(&service, "4471", "ar");
        client.now = Utc::now();
        let reference = a_client_with_a_request_and_an_appointment(&mut client).await;
        let note = anlauf::domain::CaseAction::Note("Rückruf wegen Duldung, Notiz-8812".into());
        let key = anlauf::store::IntakeKey::Reference(reference.clone());
        service.store.act(&key, "Amira", &note, Utc::now()).await.unwrap();

        let shown = client.send(Input::from_typed("/mydata")).await.clone();
        let text = &shown.replies[0].text;
        let status = |id: &str, code: &str| {
            let line = anlauf::text::Text::msg(id).with("when", anlauf::text::Text::Plain("W".into()));
            say("ar", &line.with("status", anlauf::text::Arg::Code(code.into())))
        };
        assert!(text.starts_with(&said("mydata-intro")), "{text}");
        for expected in [reference.as_str(), "أخاف من رسالة مكتب الأجانب", "5550123", "2026-"] {
            assert!(text.contains(expected), "{expected} in {text}");
        }
        // The status is the request's own variant, also in right-to-left text (a code
        // isolated like a shown value would match no variant).
        let request = |code: &str| {
            let plain = |t: &str| anlauf::text::Text::Plain(t.into());
            let line = anlauf::text::Text::msg("mydata-request").with("reference", plain("X")).with("date", plain("Y"));
            say("ar", &line.with("status", anlauf::text::Arg::Code(code.into())))
        };
        assert_ne!(request("closed"), request("booked"));
        assert_ne!(request("new"), request("booked"));
        let tail = request("booked").rsplit(':').next().unwrap().trim().to_owned();
        assert!(text.contains(&tail), "'{tail}' in {text}");
        assert_ne!(status("mydata-appointment", "booked"), status("mydata-appointment", "cancelled"));
        assert!(text.contains(status("mydata-appointment", "booked").rsplit(':').next().unwrap().trim()), "{text}");
        assert!(!text.contains("Notiz-8812"), "staff notes are not the client's data");
        let file = shown.replies[0].file.as_ref().expect("the data as a file");
        let data: serde_json::Value = serde_json::from_str(&file.content).unwrap();
        assert_eq!(data["requests"][0]["intake"]["reference"], reference.as_str());
        assert_eq!(data["requests"][0]["status"], "booked");
        assert_eq!(data["consents"][0]["text_version"], support::content().flow.consent_version.as_str());
        assert_eq!(data["appointments"][0]["status"], "booked");
        assert!(file.content.contains(CANARY) && !file.content.contains("Notiz-8812"));
        // The conversation goes on where it was.
        assert!(shown.replies.len() >= 2, "the current question follows");
    }
}

crate::contract! {
    async fn a_client_who_asks_for_erasure_leaves_only_what_the_statistics_count(db: Db) {
        let service = support::service(&db).await;
        let mut client = Booker::new(&service, "4471", "ar");
        client.now = Utc::now();
        let reference = a_client_with_a_request_and_an_appointment(&mut client).await;
        let bookings = service.store.bookings_of(&reference).await.unwrap();
        assert_eq!(bookings[0].status, "booked");
        let summary = db.texts("SELECT CAST(summary AS TEXT) FROM intakes").await.concat().join("");
        assert!(summary.contains(CANARY) && summary.contains("5550123"), "stored before: {summary}");
        if let Some(bytes) = file_bytes(&db.url) {
            assert!(contains(&bytes, CANARY), "the words are in the file before");
        }

        // Asked first; "no" keeps everything and goes back.
        client.send(Input::from_typed("/delete")).await;
        assert!(client.text().contains(&said("delete-confirm")), "{}", client.text());
        let yes = client.data("y").expect("a yes button");
        client.press("n").await;
        assert!(client.text().starts_with(&said("delete-kept")), "{}", client.text());
        // The "yes" of the question answered "no" is stale, pressed late or forged.
        client.send(Input::Button(yes)).await;
        client.send(Input::Button("999:y".into())).await;
        assert_eq!(db.number("SELECT count(*) FROM clients").await, 1);
        assert!(db.texts("SELECT CAST(summary AS TEXT) FROM intakes").await.concat().join("").contains(CANARY));

        client.send(Input::from_typed("/delete")).await;
        client.press("y").await;
        assert_eq!(client.text(), said("delete-done"));

        // Gone: the client, their conversation, words, phone number; the slot is free.
        assert_eq!(db.number("SELECT count(*) FROM clients").await, 0);
        assert_eq!(db.number("SELECT count(*) FROM conversations").await, 0);
        let summary = db.texts("SELECT CAST(summary AS TEXT) FROM intakes").await.concat().join("");
        assert!(!summary.contains(CANARY) && !summary.contains("5550123") && !summary.contains("الأجانب"), "{summary}");
        assert!(summary.contains(&reference) && summary.contains("27_64"), "the statistics' codes stay: {summary}");
        assert_eq!(service.store.bookings_of(&reference).await.unwrap()[0].status, "cancelled");
        let free = service.free_slots(Utc::now(), None).await.unwrap();
        assert!(free.contains(&bookings[0].slot), "the cancelled slot is offered again");
        if let Some(bytes) = file_bytes(&db.url) {
            assert!(!contains(&bytes, CANARY), "the words are gone from the database file and its log");
            assert!(!contains(&bytes, "5550123"), "the phone number too");
        }

        // Staff see why the case is empty; the request still counts.
        let (ok, shown, _) = anlauf_cli(&db, &["queue", "show", &reference]);
        assert!(ok && shown.contains("Daten auf Wunsch der ratsuchenden Person gelöscht"), "{shown}");
        assert!(!shown.contains(CANARY), "{shown}");
        assert_eq!(db.number("SELECT count(*) FROM intakes").await, 1);

        // Writing again starts afresh: nothing is known.
        client.send(Input::from_typed("/start")).await;
        assert!(client.text().contains(&say("ar", &anlauf::text::Text::msg("welcome").with("org", anlauf::text::Text::Plain(support::content().config.organisation.name.clone())))), "{}", client.text());
    }
}

crate::contract! {
    async fn on_telegram_the_chats_updates_and_messages_go_with_the_client(db: Db) {
        use crate::fake_telegram::TgUser;
        use crate::telegram::{last_text, polling, press, send};
        let (fake, db, bot) = polling(db).await;
        let client = TgUser::new(6001, "ar");
        send(&fake, client.text("/start")).await;
        press(&fake, &client, "l:ar").await;
        press(&fake, &client, "y").await;
        // Words typed where a button was expected: kept in the inbox as they came.
        send(&fake, client.text(WORDS)).await;
        let inbox = || db.texts("SELECT payload FROM channel_inbox");
        assert!(inbox().await.concat().iter().any(|p| p.contains(CANARY)));
        let asked = said("ask-topics");
        let outbox = || db.texts("SELECT CAST(payload AS TEXT) FROM channel_outbox");
        assert!(outbox().await.concat().iter().any(|p| p.contains(&asked)), "sent before");

        send(&fake, client.text("/delete")).await;
        assert!(last_text(&fake, &client).contains(&said("delete-confirm")), "{}", last_text(&fake, &client));
        press(&fake, &client, "y").await;
        fake.wait("the erasure confirmed", |_| last_text(&fake, &client) == said("delete-done")).await;
        assert!(!inbox().await.concat().iter().any(|p| p.contains(CANARY)), "the updates keep no words");
        assert!(!outbox().await.concat().iter().any(|p| p.contains(&asked)), "earlier messages are gone");
        assert_eq!(db.number("SELECT count(*) FROM clients").await, 0);
        if let Some(bytes) = file_bytes(&db.url) {
            assert!(!contains(&bytes, CANARY), "nor in the file");
        }
        // The next message starts afresh.
        send(&fake, client.text("مرحبا")).await;
        assert_eq!(db.number("SELECT count(*) FROM clients").await, 1);
        bot.stop().await;
    }
}

/// A whole intake through the real `anlauf serve` at TRACE level: the client's words,
/// phone number and Telegram id appear nowhere in what it logs.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nothing_a_client_said_or_is_known_by_is_logged_even_at_trace_level() {
    use crate::fake_telegram::{FakeTelegram, TgUser, TOKEN};
    use crate::telegram::{press, send};
    let db = support::fresh_db();
    let fake = FakeTelegram::start().await;
    let served = crate::serve::serve(
        &db,
        &[("TELOXIDE_TOKEN", TOKEN), ("TELOXIDE_API_URL", &fake.url), ("RUST_LOG", "trace"), ("NO_COLOR", "1")],
    );
    served.wait_for("listening").await;
    fake.watch(&db).await;
    let client = TgUser::new(731_942_586, "ar");
    send(&fake, client.text("/start")).await;
    for action in ["l:ar", "y", "t:work", "d", "o:27_64", "o:over_10_years", "o:protection", "o:finished", "o:no"] {
        press(&fake, &client, action).await;
    }
    send(&fake, client.text(WORDS)).await;
    press(&fake, &client, "o:phone").await;
    send(&fake, client.text(PHONE)).await;
    for action in ["o:mitte", "d", "c"] {
        press(&fake, &client, action).await;
    }
    assert_eq!(db.number("SELECT count(*) FROM intakes").await, 1, "the intake arrived");
    let stored = db.texts("SELECT CAST(summary AS TEXT) FROM intakes").await.concat().join("");
    assert!(stored.contains(CANARY) && stored.contains("5550123"), "the words went through: {stored}");
    let (_, log) = served.stop().await;
    assert!(log.contains(" TRACE ") && log.lines().count() > 100, "TRACE was on: {} lines", log.lines().count());
    for secret in [CANARY, "الأجانب", "5550123", "731942586"] {
        let found: Vec<&str> = log.lines().filter(|l| l.contains(secret)).take(3).collect();
        assert!(found.is_empty(), "{secret} in the log: {found:#?}");
    }
}

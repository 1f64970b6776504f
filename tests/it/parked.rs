//! An update whose handling fails for good (its own data, not the database being away) is
//! set aside with the kind of failure, the client is told, and the chat goes on; staff
//! list it (without its words) and give it back with `anlauf updates`.

use crate::fake_telegram::TgUser;
use crate::support::{self, say, Db};
use crate::telegram::{polling, send, unescape};
use anlauf::text::Text;

/// A trigger refusing to mark processed an update whose payload says "poison": a fault in
/// one update's own data, as a constraint or a bad row would be.
async fn poison(db: &Db) {
    let statements: &[&str] = if db.is_postgres() {
        &[
            "CREATE FUNCTION poison() RETURNS trigger LANGUAGE plpgsql AS $$
             BEGIN
               IF NEW.processed_at IS NOT NULL AND OLD.payload LIKE '%poison%' THEN RAISE EXCEPTION 'poisoned'; END IF;
               RETURN NEW;
             END $$",
            "CREATE TRIGGER poison BEFORE UPDATE OF processed_at ON channel_inbox
             FOR EACH ROW EXECUTE FUNCTION poison()",
        ]
    } else {
        &["CREATE TRIGGER poison BEFORE UPDATE OF processed_at ON channel_inbox
           WHEN NEW.processed_at IS NOT NULL AND OLD.payload LIKE '%poison%'
           BEGIN SELECT RAISE(ABORT, 'poisoned'); END"]
    };
    for statement in statements {
        db.try_execute(statement).await.unwrap();
    }
}

fn updates(db: &Db, args: &[&str]) -> (bool, String) {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_anlauf"))
        .arg("--config")
        .arg(support::config_path())
        .arg("updates")
        .args(args)
        .args(["--database-url", &db.url])
        .env_remove("RUST_LOG")
        .output()
        .unwrap();
    let said = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    (output.status.success(), said)
}

crate::contract! {
    async fn an_update_that_fails_for_good_is_set_aside_the_client_told_and_the_chat_goes_on(db: Db) {
        let (fake, db, bot) = polling(db).await;
        poison(&db).await;
        let client = TgUser::new(5201, "de");
        send(&fake, client.text("/start")).await;
        assert_eq!(updates(&db, &["list"]), (true, "no updates are set aside\n".into()));

        let before = fake.sent_to(client.id).len();
        let poisoned = send(&fake, client.text("poison")).await;
        let told: Vec<String> = fake.sent_to(client.id)[before..].iter().map(|c| unescape(c.text())).collect();
        assert_eq!(told, vec![say("de", &Text::msg("error-not-processed"))], "told once, in their language");
        let parked = db.texts("SELECT event_id, parked_reason FROM channel_inbox WHERE parked_at IS NOT NULL").await;
        assert_eq!(parked, vec![vec![poisoned.to_string(), "the database refused the write".to_owned()]]);

        // The chat goes on: the next message is answered.
        let before = fake.sent_to(client.id).len();
        send(&fake, client.text("/help")).await;
        assert!(fake.sent_to(client.id).len() > before, "the next message is answered");
        assert_eq!(db.number("SELECT count(*) FROM channel_inbox WHERE processed_at IS NULL AND parked_at IS NULL").await, 0);

        // Staff see what and why, never the words; given back once the cause is gone, it is handled.
        let (listed, list) = updates(&db, &["list"]);
        assert!(listed && list.contains("the database refused the write") && list.contains("telegram"), "{list}");
        assert!(!list.contains("poison"), "no words of the client: {list}");
        assert!(!updates(&db, &["retry", "999999"]).0, "an unknown number is refused");
        let cure = if db.is_postgres() { "DROP TRIGGER poison ON channel_inbox" } else { "DROP TRIGGER poison" };
        db.try_execute(cure).await.unwrap();
        let (retried, said) = updates(&db, &["retry", "--all"]);
        assert!(retried && said.contains("1 update(s) given back"), "{said}");
        fake.handled(poisoned).await;
        assert_eq!(updates(&db, &["list"]).1, "no updates are set aside\n");
        bot.stop().await;
    }
}

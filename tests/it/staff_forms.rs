//! A staff action writes its change, its audit line and what it sends in one transaction:
//! an action whose audit line cannot be written changes nothing, and a form sent twice
//! (a double click, a resubmission) does what it asks once. The dashboard over HTTP, a
//! client who wrote through the fake Bot API.

use crate::dashboard::{staff_add, Browser, Page, NEW_PASSWORD};
use crate::fake_telegram::TgUser;
use crate::support::Db;
use crate::telegram::{polling, press, send, to_own_words, RunningBot};

/// A client's submitted intake (through Telegram) and a signed-in counsellor; the
/// reference.
async fn a_case(db: Db) -> (crate::fake_telegram::FakeTelegram, Db, RunningBot, Browser, String) {
    let (fake, db, bot) = polling(db).await;
    let client = TgUser::new(5301, "uk");
    to_own_words(&fake, &client, "housing").await;
    send(&fake, client.text("Мені потрібна квартира.")).await;
    for action in ["o:chat", "s", "d", "c"] {
        press(&fake, &client, action).await;
    }
    let reference = db.column("SELECT reference FROM intakes").await.remove(0);
    let once = staff_add(&db, "Amira Haddad", "amira@beratung.example", "counsellor");
    let mut browser = Browser::at(&format!("http://{}", bot.address));
    browser.first_sign_in("amira@beratung.example", &once, NEW_PASSWORD).await;
    (fake, db, bot, browser, reference)
}

/// The value of the page's hidden `form` field.
fn form_key(page: &Page) -> String {
    let at = page.body.find("name=\"form\" value=\"").expect("a form with a key") + 19;
    page.body[at..].split('"').next().unwrap().to_owned()
}

crate::contract! {
    async fn a_message_form_sent_twice_sends_one_message(db: Db) {
        let (_fake, db, bot, mut browser, reference) = a_case(db).await;
        let case = browser.get(&format!("/cases/{reference}")).await;
        let (csrf, key) = (case.csrf(), form_key(&case));
        let form = [("csrf", csrf.as_str()), ("form", key.as_str()), ("template", "call-us")];
        let outbox = "SELECT count(*) FROM channel_outbox";
        let before = db.number(outbox).await;
        let first = browser.post(&format!("/cases/{reference}/message"), &form).await;
        assert_eq!((first.status, first.location.clone()), (303, Some(format!("/cases/{reference}#messages"))));
        let again = browser.post(&format!("/cases/{reference}/message"), &form).await;
        assert_eq!((again.status, again.location.clone()), (303, Some(format!("/cases/{reference}?done=again"))));
        let told = browser.get(again.location.as_deref().unwrap()).await;
        assert!(told.body.contains("schon abgeschickt"), "the second sending is named: {}", told.body);
        assert_eq!(db.number("SELECT count(*) FROM case_messages").await, 1, "one message on the case");
        assert_eq!(db.number("SELECT count(*) FROM audit_log WHERE action = 'message'").await, 1, "one audit line");
        assert_eq!(db.number(outbox).await, before + 1, "one message to the client, not two");
        // A new page is a new form: the next message goes.
        let case = browser.get(&format!("/cases/{reference}")).await;
        let next = [("csrf", csrf.as_str()), ("form", &form_key(&case)), ("template", "call-us")];
        assert_eq!(browser.post(&format!("/cases/{reference}/message"), &next).await.status, 303);
        assert_eq!(db.number("SELECT count(*) FROM case_messages").await, 2);
        bot.stop().await;
    }
}

crate::contract! {
    async fn an_action_whose_audit_line_cannot_be_written_changes_nothing(db: Db) {
        let (_fake, db, bot, mut browser, reference) = a_case(db).await;
        let case = browser.get(&format!("/cases/{reference}")).await;
        let (csrf, key) = (case.csrf(), form_key(&case));
        let refuse: &[&str] = if db.is_postgres() {
            &[
                "CREATE FUNCTION no_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit refused'; END $$",
                "CREATE TRIGGER no_audit BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION no_audit()",
            ]
        } else {
            &["CREATE TRIGGER no_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit refused'); END"]
        };
        for statement in refuse {
            db.try_execute(statement).await.unwrap();
        }
        let claimed = browser.post(&format!("/cases/{reference}/claim"), &[("csrf", &csrf), ("form", &key)]).await;
        assert_eq!(claimed.status, 503, "{}", claimed.body);
        let case = db.texts(&format!("SELECT status, COALESCE(holder, '-') FROM intakes WHERE reference = '{reference}'")).await;
        assert_eq!(case, vec![vec!["new".to_owned(), "-".to_owned()]], "not claimed");
        assert_eq!(db.number("SELECT count(*) FROM case_history WHERE action = 'claim'").await, 0, "no history line");
        assert_eq!(db.number("SELECT count(*) FROM form_submissions").await, 0, "the form may be sent again");
        // Once the audit line can be written, the same form claims the case.
        let cure = if db.is_postgres() { "DROP TRIGGER no_audit ON audit_log" } else { "DROP TRIGGER no_audit" };
        db.try_execute(cure).await.unwrap();
        let claimed = browser.post(&format!("/cases/{reference}/claim"), &[("csrf", &csrf), ("form", &key)]).await;
        assert_eq!(claimed.status, 303, "{}", claimed.body);
        assert_eq!(db.number("SELECT count(*) FROM audit_log WHERE action = 'claim'").await, 1);
        bot.stop().await;
    }
}

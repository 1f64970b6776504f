//! The SQLite store for real: compare-and-swap, one transaction per turn, erasure, and
//! conversations that survive a restart.

use std::sync::Arc;

use anlauf::dialog::{Effect, Input};
use anlauf::domain::Outgoing;
use anlauf::domain::{Channel, Intake};
use anlauf::store::{self, Loaded, NewEvent, QueueFilter, Store, StoreError, Turn};
use anlauf::text::Text;
use chrono::Utc;

use crate::support::{self, at, say};

fn intake(reference: &str) -> Intake {
    Intake {
        reference: reference.into(),
        language: "de".into(),
        topics: vec!["housing".into()],
        flow_version: 1,
        consent_version: "v".into(),
        submitted_at: at("2026-11-22T10:00:00Z"),
        answers: Default::default(),
        urgency: Vec::new(),
        urgency_words: Vec::new(),
        assessment: None,
    }
}

/// A stored state as JSON: PostgreSQL keeps it as JSONB, which need not keep the text.
fn json(state: &str) -> serde_json::Value {
    serde_json::from_str(state).expect("a stored state is JSON")
}

/// A turn of `user` on Telegram with no inbox event and nothing to send.
fn turn<'a>(user: &'a str, loaded: &Loaded, state: Option<&'a str>, effects: &'a [Effect]) -> Turn<'a> {
    Turn {
        channel: Channel::Telegram,
        user,
        client: loaded.client,
        expected: loaded.conversation.as_ref().map(|c| c.version),
        state,
        effects,
        inbox: None,
        outbox: &[],
        unreachable: loaded.unreachable,
        now: Utc::now(),
    }
}

crate::contract! {
    async fn a_writer_holding_an_old_version_gets_a_conflict_and_changes_nothing(db: Db) {
        let store = store::connect(&db.url).await.unwrap();
        let fresh = store.load(Channel::Telegram, "42").await.unwrap();
        assert!(fresh.client.is_none(), "loading creates nobody");
        store.save_turn(&turn("42", &fresh, Some("{\"n\":1}"), &[])).await.unwrap();
        let first = store.load(Channel::Telegram, "42").await.unwrap();
        store.save_turn(&turn("42", &first, Some("{\"n\":2}"), &[])).await.unwrap();
        let consent = [Effect::RecordConsent { version: "v".into(), language: "de".into() }];
        let stale = store.save_turn(&turn("42", &first, Some("{\"n\":3}"), &consent)).await;
        assert!(matches!(stale, Err(StoreError::Conflict)), "{stale:?}");
        let first_again = store.save_turn(&turn("42", &fresh, Some("{\"n\":9}"), &[])).await;
        assert!(matches!(first_again, Err(StoreError::Conflict)), "a second 'first' write also conflicts");
        let conversation = store.load(Channel::Telegram, "42").await.unwrap().conversation.unwrap();
        assert_eq!((json(&conversation.state), conversation.version), (serde_json::json!({ "n": 2 }), 2));
        let consents = db.number("SELECT count(*) FROM consents").await;
        assert_eq!(consents, 0, "the effects of a refused turn are not applied");
        let clients = db.number("SELECT count(*) FROM clients").await;
        assert_eq!(clients, 1, "one client, created in the first turn's transaction");
    }

    async fn a_taken_reference_rolls_the_whole_turn_back(db: Db) {
        let store = store::connect(&db.url).await.unwrap();
        let none = Loaded::default();
        store
            .save_turn(&turn("a", &none, Some("{}"), &[Effect::SubmitIntake(Box::new(intake("AAAA-AAAA")))]))
            .await
            .unwrap();
        store.save_turn(&turn("b", &none, Some("{\"before\":true}"), &[])).await.unwrap();
        let b = store.load(Channel::Telegram, "b").await.unwrap();
        let effects = [Effect::SubmitIntake(Box::new(intake("AAAA-AAAA")))];
        let result = store.save_turn(&turn("b", &b, Some("{\"after\":true}"), &effects)).await;
        assert!(matches!(result, Err(StoreError::DuplicateReference)), "{result:?}");
        let conversation = store.load(Channel::Telegram, "b").await.unwrap().conversation.unwrap();
        let state = (json(&conversation.state), conversation.version);
        assert_eq!(state, (serde_json::json!({ "before": true }), 1), "state untouched");
        assert_eq!(store.queue(&QueueFilter::default(), Utc::now(), 10).await.unwrap().len(), 1);
    }

    async fn concurrent_writers_of_one_conversation_are_serialised(db: Db) {
        let store: Arc<dyn Store> = store::connect(&db.url).await.unwrap();
        store.save_turn(&turn("7", &Loaded::default(), Some("0"), &[])).await.unwrap();
        let mut tasks = Vec::new();
        for _ in 0..6 {
            let store = store.clone();
            tasks.push(tokio::spawn(async move {
                for _ in 0..10 {
                    loop {
                        let loaded = store.load(Channel::Telegram, "7").await.unwrap();
                        let current = loaded.conversation.clone().unwrap();
                        let next = (current.state.parse::<i64>().unwrap() + 1).to_string();
                        match store.save_turn(&turn("7", &loaded, Some(&next), &[])).await {
                            Ok(_) => break,
                            Err(StoreError::Conflict) => continue,
                            Err(e) => panic!("{e:?}"),
                        }
                    }
                }
            }));
        }
        for task in tasks {
            task.await.unwrap();
        }
        let conversation = store.load(Channel::Telegram, "7").await.unwrap().conversation.unwrap();
        assert_eq!(conversation.state, "60", "no increment lost");
        assert_eq!(conversation.version, 61);
    }

    async fn erasing_a_client_removes_their_state_and_consents(db: Db) {
        let store = store::connect(&db.url).await.unwrap();
        let effects = [Effect::RecordConsent { version: "v1".into(), language: "ar".into() }];
        store.save_turn(&turn("99", &Loaded::default(), Some("{}"), &effects)).await.unwrap();
        let loaded = store.load(Channel::Telegram, "99").await.unwrap();
        store.save_turn(&turn("99", &loaded, None, &[Effect::Forget])).await.unwrap();
        for table in ["clients", "conversations", "consents"] {
            let n = db.number(&format!("SELECT count(*) FROM {table}")).await;
            assert_eq!(n, 0, "{table}");
        }
    }

    async fn a_later_refusal_keeps_the_consent_record_of_a_submitted_intake(db: Db) {
        let store = store::connect(&db.url).await.unwrap();
        let consent = [Effect::RecordConsent { version: "v1".into(), language: "ar".into() }];
        store.save_turn(&turn("77", &Loaded::default(), Some("{}"), &consent)).await.unwrap();
        let loaded = store.load(Channel::Telegram, "77").await.unwrap();
        store
            .save_turn(&turn("77", &loaded, Some("{}"), &[Effect::SubmitIntake(Box::new(intake("KEEP-CNST")))]))
            .await
            .unwrap();
        // A new conversation: consent given again, then refused.
        let loaded = store.load(Channel::Telegram, "77").await.unwrap();
        assert_eq!(loaded.intakes, 1, "the dialogue learns of the earlier intake");
        let again = [Effect::RecordConsent { version: "v2".into(), language: "ar".into() }];
        store.save_turn(&turn("77", &loaded, Some("{}"), &again)).await.unwrap();
        let loaded = store.load(Channel::Telegram, "77").await.unwrap();
        store.save_turn(&turn("77", &loaded, None, &[Effect::Forget])).await.unwrap();
        let kept = db
            .number(
                "SELECT count(*) FROM intakes i JOIN consents c ON c.id = i.consent_id
                 WHERE c.text_version = 'v1' AND c.client_id IS NULL",
            )
            .await;
        assert_eq!(kept, 1, "the intake's consent stays, without the client");
        let all = db.number("SELECT count(*) FROM consents").await;
        assert_eq!(all, 1, "the refused conversation's consent is gone");
        let clients = db.number("SELECT count(*) FROM clients").await;
        assert_eq!(clients, 0);
    }

    async fn a_conversation_continues_after_a_restart(db: Db) {
        let now = at("2026-11-22T09:30:00Z");
        {
            let service = support::service(&db).await;
            service
                .handle(Channel::Terminal, "r", Some("bs"), Input::Command(anlauf::dialog::Command::Start(None)), now)
                .await;
            service.handle(Channel::Terminal, "r", Some("bs"), Input::Text("1".into()), now).await;
        }
        let service = support::service(&db).await;
        let handled = service.handle(Channel::Terminal, "r", Some("de"), Input::Resume, now).await;
        let consent = say(
            "bs",
            &Text::msg("consent-text").with("org", Text::Plain(support::content().config.organisation.name.clone())),
        );
        assert_eq!(handled.replies[0].text, consent, "same question, same language");
    }

    async fn the_inbox_takes_each_event_once_and_a_turn_marks_it_processed(db: Db) {
        let store = store::connect(&db.url).await.unwrap();
        let event =
            |id: &str| NewEvent { event_id: id.into(), chat: Some("5".into()), payload: format!("{{\"update_id\":{id}}}") };
        let added = store.inbox_add(Channel::Telegram, &[event("1"), event("2")], Utc::now()).await.unwrap();
        assert_eq!(added.len(), 2);
        let again = store.inbox_add(Channel::Telegram, &[event("2"), event("3")], Utc::now()).await.unwrap();
        assert_eq!(again.iter().map(|e| e.event_id.as_str()).collect::<Vec<_>>(), ["3"], "a redelivery is skipped");
        let first = added[0].id;
        let outbox =
            [Outgoing { chat: "5".into(), payload: serde_json::json!({ "kind": "x" }), not_before: None, topic: None }];
        let first_turn = Turn { inbox: Some(first), outbox: &outbox, ..turn("5", &Loaded::default(), Some("{}"), &[]) };
        let ids = store.save_turn(&first_turn).await.unwrap();
        assert_eq!(ids.len(), 1);
        let loaded = store.load(Channel::Telegram, "5").await.unwrap();
        let twice = Turn { inbox: Some(first), ..turn("5", &loaded, Some("{}"), &[]) };
        assert!(matches!(store.save_turn(&twice).await, Err(StoreError::AlreadyProcessed)));
        let pending = store.inbox_pending(Channel::Telegram, 10).await.unwrap();
        assert_eq!(pending.iter().map(|e| e.event_id.as_str()).collect::<Vec<_>>(), ["2", "3"]);
        assert!(store.inbox_settle(pending[0].id, &[], Utc::now()).await.is_ok());
        assert!(matches!(store.inbox_settle(pending[0].id, &[], Utc::now()).await, Err(StoreError::AlreadyProcessed)));
        let due = store.outbox_claim(Channel::Telegram, Utc::now(), Utc::now(), 10, false).await.unwrap();
        assert_eq!(due.len(), 1);
        store.outbox_sent(&ids, Utc::now()).await.unwrap();
        assert!(store.outbox_claim(Channel::Telegram, Utc::now(), Utc::now(), 10, false).await.unwrap().is_empty());
    }

    async fn held_back_messages_wait_for_their_time_and_old_ledger_rows_are_pruned(db: Db) {
        let store = store::connect(&db.url).await.unwrap();
        let later = Utc::now() + chrono::Duration::hours(2);
        let outbox = [
            Outgoing { chat: "8".into(), payload: serde_json::json!(1), not_before: None, topic: None },
            Outgoing { chat: "8".into(), payload: serde_json::json!(2), not_before: Some(later), topic: None },
        ];
        let ids =
            store.save_turn(&Turn { outbox: &outbox, ..turn("8", &Loaded::default(), Some("{}"), &[]) }).await.unwrap();
        let now = Utc::now();
        let lease = |at: chrono::DateTime<Utc>| at + chrono::Duration::minutes(2);
        let ids_of = |messages: Vec<anlauf::store::OutboxMessage>| messages.iter().map(|m| m.id).collect::<Vec<_>>();
        let shared = store.outbox_claim(Channel::Telegram, now, lease(now), 10, true).await.unwrap();
        assert_eq!(ids_of(shared), Vec::<i64>::new(), "the writer's instance holds its message; the reminder waits");
        let alone = store.outbox_claim(Channel::Telegram, now, lease(now), 10, false).await.unwrap();
        assert_eq!(ids_of(alone), [ids[0]], "one process takes every unsent message that is due");
        let claimed = store.outbox_claim(Channel::Telegram, later, lease(later), 10, true).await.unwrap();
        assert_eq!(ids_of(claimed), ids, "due, and the first claim lapsed: both claimed");
        let again = store.outbox_claim(Channel::Telegram, later, lease(later), 10, true).await.unwrap();
        assert!(again.is_empty(), "a second sender does not get them while they are claimed");
        store.outbox_renew(&ids[1..], lease(later + chrono::Duration::minutes(2))).await.unwrap();
        let lapsed = later + chrono::Duration::minutes(3);
        let taken_over = store.outbox_claim(Channel::Telegram, lapsed, lease(lapsed), 10, true).await.unwrap();
        assert_eq!(ids_of(taken_over), [ids[0]], "a lapsed claim is taken over, a renewed one is not");
        store.outbox_sent(&ids[..1], Utc::now() - chrono::Duration::days(10)).await.unwrap();
        assert_eq!(store.prune_ledger(Utc::now() - chrono::Duration::days(7)).await.unwrap(), 1);
        assert_eq!(store.outbox_claim(Channel::Telegram, Utc::now(), Utc::now(), 10, false).await.unwrap().len(), 0);
    }

    async fn a_client_who_refuses_after_submitting_is_told_the_request_stays(db: Db) {
        let service = support::service(&db).await;
        let now = at("2026-11-22T09:30:00Z");
        let script = ["/start", "1", "1", "11", "12", "17", "2", "1", "8", "5", "Meine Worte", "3", "2", "26", "1"];
        for line in script {
            service.handle(Channel::Terminal, "later", Some("de"), Input::from_typed(line), now).await;
        }
        assert_eq!(service.store.queue(&QueueFilter::default(), Utc::now(), 10).await.unwrap().len(), 1);
        service.handle(Channel::Terminal, "later", Some("de"), Input::from_typed("/start"), now).await;
        service.handle(Channel::Terminal, "later", Some("de"), Input::from_typed("1"), now).await;
        let refused = service.handle(Channel::Terminal, "later", Some("de"), Input::from_typed("2"), now).await;
        let told = &refused.replies[0].text;
        let first_line = say("de", &Text::msg("consent-declined-kept").with("offices", Text::Plain(String::new())));
        assert!(told.starts_with(first_line.lines().next().unwrap()), "{told}");
        assert!(!told.contains(
            &say("de", &Text::msg("consent-declined").with("offices", Text::Plain(String::new())))
                .lines()
                .next()
                .unwrap()
                .to_owned()
        ));
        let kept = db.number("SELECT count(*) FROM intakes i JOIN consents c ON c.id = i.consent_id").await;
        assert_eq!(kept, 1, "the intake's consent record stays");
    }

    async fn the_queue_puts_urgent_cases_first_then_those_obliged_to_the_course_then_the_oldest(db: Db) {
        let store = store::connect(&db.url).await.unwrap();
        let assessed = |reference: &str, minute: u32, priority: u8| {
            let mut intake = intake(reference);
            intake.submitted_at = at(&format!("2026-11-22T10:{minute:02}:00Z"));
            intake.assessment = Some(anlauf::domain::Assessment {
                service: "mbe".into(),
                rule: "recent".into(),
                priority,
                priority_reason: "normal".into(),
                referrals: Vec::new(),
            });
            intake
        };
        let arrivals =
            [("OLDN-ORML", 0, 9), ("COUR-SEAR", 1, 2), ("NEWN-ORML", 2, 9), ("URGE-NTAA", 3, 1), ("URGE-NTBB", 4, 1)];
        for (i, (reference, minute, priority)) in arrivals.into_iter().enumerate() {
            let user = format!("u{i}");
            let effects = [Effect::SubmitIntake(Box::new(assessed(reference, minute, priority)))];
            store.save_turn(&turn(&user, &Loaded::default(), Some("{}"), &effects)).await.unwrap();
        }
        let order: Vec<String> = store.queue(&QueueFilter::default(), Utc::now(), 10).await.unwrap().into_iter().map(|e| e.reference).collect();
        assert_eq!(order, ["URGE-NTAA", "URGE-NTBB", "COUR-SEAR", "OLDN-ORML", "NEWN-ORML"]);
    }
}

#[tokio::test]
async fn an_unreadable_stored_state_is_replaced_after_an_apology() {
    let db = support::fresh_db();
    let service = support::service(&db).await;
    let now = at("2026-11-22T09:30:00Z");
    service.handle(Channel::Telegram, "5", Some("fa"), Input::Command(anlauf::dialog::Command::Start(None)), now).await;
    let pool = support::sqlite_pool(&db).await;
    sqlx::query("UPDATE conversations SET state = '{\"phase\":\"from a future version\"'")
        .execute(&pool)
        .await
        .unwrap();
    let handled = service.handle(Channel::Telegram, "5", Some("fa"), Input::Text("سلام".into()), now).await;
    assert!(handled.replies[0].text.starts_with(&say("fa", &Text::msg("error-state-reset"))), "{:?}", handled.replies);
    let state: String = sqlx::query_scalar("SELECT state FROM conversations").fetch_one(&pool).await.unwrap();
    assert!(matches!(anlauf::dialog::State::from_json(&state), anlauf::dialog::Stored::State(_)));
}

#[tokio::test]
async fn an_unsupported_database_url_is_refused_clearly() {
    let error = store::connect("mysql://user:secret@db/anlauf").await.err().unwrap();
    let message = error.to_string();
    assert!(
        message.contains("expected sqlite://") && message.contains("postgres://") && !message.contains("secret"),
        "{message}"
    );
}

#[tokio::test]
async fn a_locked_database_is_named_in_the_error_with_what_to_check() {
    use sqlx::sqlite::SqliteConnectOptions;
    use sqlx::ConnectOptions;
    use std::str::FromStr;

    let db = support::fresh_db();
    store::connect(&db.url).await.unwrap();
    let mut holder = SqliteConnectOptions::from_str(&db.url).unwrap().connect().await.unwrap();
    sqlx::query("BEGIN EXCLUSIVE").execute(&mut holder).await.unwrap();
    let mut impatient = SqliteConnectOptions::from_str(&db.url)
        .unwrap()
        .busy_timeout(std::time::Duration::ZERO)
        .connect()
        .await
        .unwrap();
    let failed = sqlx::query("DELETE FROM intakes").execute(&mut impatient).await.unwrap_err();
    let error = StoreError::from(failed);
    let shown = error.to_string();
    assert_eq!(shown, "database error: database is locked", "the cause, once");
    assert!(error.hint().contains("write lock"), "{}", error.hint());
    assert!(StoreError::Conflict.hint().is_empty());
}

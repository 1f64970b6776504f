//! The SQLite store for real: compare-and-swap, one transaction per turn, erasure, and
//! conversations that survive a restart.

use std::sync::Arc;

use anlauf::dialog::{Effect, Input};
use anlauf::domain::{Answer, Channel, Intake};
use anlauf::store::{self, Store, StoreError};
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
    }
}

#[tokio::test]
async fn a_writer_holding_an_old_version_gets_a_conflict_and_changes_nothing() {
    let db = support::fresh_db();
    let store = store::connect(&db.url).await.unwrap();
    let now = Utc::now();
    let client = store.client(Channel::Telegram, "42", now).await.unwrap();
    store.save_turn(client, None, Some("{\"n\":1}"), &[], None, now).await.unwrap();
    store.save_turn(client, Some(1), Some("{\"n\":2}"), &[], None, now).await.unwrap();
    let save = Effect::SaveAnswer { step: "age_group".into(), answer: Answer::Choice("27_64".into()) };
    let stale = store.save_turn(client, Some(1), Some("{\"n\":3}"), &[save], None, now).await;
    assert!(matches!(stale, Err(StoreError::Conflict)), "{stale:?}");
    let first_again = store.save_turn(client, None, Some("{\"n\":9}"), &[], None, now).await;
    assert!(matches!(first_again, Err(StoreError::Conflict)), "a second 'first' write also conflicts");
    let conversation = store.conversation(client).await.unwrap().unwrap();
    assert_eq!((conversation.state.as_str(), conversation.version), ("{\"n\":2}", 2));
    let pool = support::sqlite_pool(&db).await;
    let answers: i64 = sqlx::query_scalar("SELECT count(*) FROM answers").fetch_one(&pool).await.unwrap();
    assert_eq!(answers, 0, "the effects of a refused turn are not applied");
}

#[tokio::test]
async fn a_taken_reference_rolls_the_whole_turn_back() {
    let db = support::fresh_db();
    let store = store::connect(&db.url).await.unwrap();
    let now = Utc::now();
    let a = store.client(Channel::Terminal, "a", now).await.unwrap();
    let b = store.client(Channel::Terminal, "b", now).await.unwrap();
    store.save_turn(a, None, Some("{}"), &[Effect::SubmitIntake(intake("AAAA-AAAA"))], None, now).await.unwrap();
    store.save_turn(b, None, Some("{\"before\":true}"), &[], None, now).await.unwrap();
    let effects = [Effect::ClearDraft, Effect::SubmitIntake(intake("AAAA-AAAA"))];
    let result = store.save_turn(b, Some(1), Some("{\"after\":true}"), &effects, None, now).await;
    assert!(matches!(result, Err(StoreError::DuplicateReference)), "{result:?}");
    let conversation = store.conversation(b).await.unwrap().unwrap();
    assert_eq!((conversation.state.as_str(), conversation.version), ("{\"before\":true}", 1), "state untouched");
    assert_eq!(store.queue(10).await.unwrap().len(), 1);
}

#[tokio::test]
async fn concurrent_writers_of_one_conversation_are_serialised() {
    let db = support::fresh_db();
    let store: Arc<dyn Store> = store::connect(&db.url).await.unwrap();
    let client = store.client(Channel::Telegram, "7", Utc::now()).await.unwrap();
    store.save_turn(client, None, Some("0"), &[], None, Utc::now()).await.unwrap();
    let mut tasks = Vec::new();
    for _ in 0..6 {
        let store = store.clone();
        tasks.push(tokio::spawn(async move {
            for _ in 0..10 {
                loop {
                    let current = store.conversation(client).await.unwrap().unwrap();
                    let next = (current.state.parse::<i64>().unwrap() + 1).to_string();
                    match store.save_turn(client, Some(current.version), Some(&next), &[], None, Utc::now()).await {
                        Ok(()) => break,
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
    let conversation = store.conversation(client).await.unwrap().unwrap();
    assert_eq!(conversation.state, "60", "no increment lost");
    assert_eq!(conversation.version, 61);
}

#[tokio::test]
async fn erasing_a_client_removes_their_state_answers_and_consents() {
    let db = support::fresh_db();
    let store = store::connect(&db.url).await.unwrap();
    let now = Utc::now();
    let client = store.client(Channel::Telegram, "99", now).await.unwrap();
    let effects = [
        Effect::RecordConsent { version: "v1".into(), language: "ar".into() },
        Effect::SaveAnswer { step: "age_group".into(), answer: Answer::Choice("27_64".into()) },
    ];
    store.save_turn(client, None, Some("{}"), &effects, None, now).await.unwrap();
    store.save_turn(client, Some(1), None, &[Effect::Forget], None, now).await.unwrap();
    let pool = support::sqlite_pool(&db).await;
    for table in ["clients", "conversations", "answers", "consents"] {
        let n: i64 = sqlx::query_scalar(&format!("SELECT count(*) FROM {table}")).fetch_one(&pool).await.unwrap();
        assert_eq!(n, 0, "{table}");
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
    assert!(!handled.failed);
    assert!(handled.replies[0].text.starts_with(&say("fa", &Text::msg("error-state-reset"))), "{:?}", handled.replies);
    let state: String = sqlx::query_scalar("SELECT state FROM conversations").fetch_one(&pool).await.unwrap();
    assert!(matches!(anlauf::dialog::State::from_json(&state), anlauf::dialog::Stored::State(_)));
}

#[tokio::test]
async fn a_conversation_continues_after_a_restart() {
    let db = support::fresh_db();
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

#[tokio::test]
async fn an_unsupported_database_url_is_refused_clearly() {
    let error = store::connect("mysql://user:secret@db/anlauf").await.err().unwrap();
    let message = error.to_string();
    assert!(message.contains("expected sqlite://") && !message.contains("secret"), "{message}");
}

#[tokio::test]
async fn old_update_ids_are_pruned_and_recent_ones_kept() {
    let db = support::fresh_db();
    let store = store::connect(&db.url).await.unwrap();
    let client = store.client(Channel::Telegram, "1", Utc::now()).await.unwrap();
    let old = Utc::now() - chrono::Duration::days(10);
    store.save_turn(client, None, Some("{}"), &[], Some(1), old).await.unwrap();
    store.save_turn(client, Some(1), Some("{}"), &[], Some(2), Utc::now()).await.unwrap();
    assert_eq!(store.prune_updates(Utc::now() - chrono::Duration::days(7)).await.unwrap(), 1);
    assert!(!store.update_seen(1).await.unwrap());
    assert!(store.update_seen(2).await.unwrap());
    let again = store.save_turn(client, Some(2), Some("{}"), &[], Some(2), Utc::now()).await;
    assert!(matches!(again, Err(StoreError::AlreadyProcessed)), "{again:?}");
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

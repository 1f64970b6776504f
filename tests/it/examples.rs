//! The example dialogues in `dialogs/examples/`: answers in, the stored intake out.
//! Each runs through the whole service on a fresh SQLite file, and again through the
//! pure engine with every reply rendered strictly.

use std::collections::BTreeMap;
use std::path::PathBuf;

use anlauf::dialog::Input;
use anlauf::domain::Channel;
use anlauf::service::Handled;
use serde::Deserialize;
use serde_json::{json, Value};

use anlauf::service::TurnRequest;

use crate::support::{self, at, EngineClient};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Example {
    description: String,
    language: String,
    now: String,
    /// Typed lines as in the terminal; `#<action>` presses the button with that action.
    input: Vec<String>,
    /// The queue entry expected afterwards; none means nothing may be stored at all.
    intake: Option<ExpectedIntake>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectedIntake {
    language: String,
    topics: Vec<String>,
    /// Optional steps skipped: stored as `null` (TOML has no null).
    #[serde(default)]
    skipped: Vec<String>,
    answers: BTreeMap<String, serde_json::Value>,
    /// Who is responsible (`dialogs/triage.toml`): service, deciding rule, priority.
    service: String,
    rule: String,
    priority: u8,
    /// The places the client is told about (`dialogs/referrals.toml` ids).
    #[serde(default)]
    referrals: Vec<String>,
}

fn examples() -> Vec<(PathBuf, Example)> {
    let dir = support::root().join("dialogs/examples");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("dialogs/examples exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    assert!(files.len() >= 8, "the example dialogues are missing");
    files
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).expect("readable example");
            let example = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            (path, example)
        })
        .collect()
}

fn button(handled: &Handled, action: &str) -> Option<String> {
    handled
        .replies
        .iter()
        .flat_map(|r| r.buttons.iter().flatten().chain(&r.nav))
        .find(|b| b.data.split_once(':').is_some_and(|(_, a)| a == action))
        .map(|b| b.data.clone())
}

#[tokio::test]
async fn every_example_dialogue_stores_the_expected_intake_on_sqlite() {
    every_example_dialogue_stores_the_expected_intake(false).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_example_dialogue_stores_the_expected_intake_on_postgres() {
    every_example_dialogue_stores_the_expected_intake(true).await
}

async fn every_example_dialogue_stores_the_expected_intake(postgres: bool) {
    for (path, example) in examples() {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let db = match postgres {
            false => support::fresh_db(),
            true => match support::fresh_postgres().await {
                Some(db) => db,
                None => return,
            },
        };
        let service = support::service(&db).await;
        let now = at(&example.now);
        let mut last: Option<Handled> = None;
        for line in &example.input {
            let input = match line.strip_prefix('#') {
                Some(action) => {
                    let data = last.as_ref().and_then(|h| button(h, action));
                    Input::Button(data.unwrap_or_else(|| {
                        panic!("{name}: no button '{action}' after {:?}", last.as_ref().map(|h| &h.replies))
                    }))
                }
                None => Input::from_typed(line),
            };
            let request = TurnRequest {
                channel: Channel::Terminal,
                user: "client-1",
                language_hint: Some(&example.language),
                input,
                inbox: None,
                now,
            };
            let applied = service.turn(&request, &|_| Vec::new()).await;
            let handled = applied.unwrap_or_else(|e| panic!("{name}: turn failed: {e:?}")).handled;
            last = Some(handled);
        }

        let queue = service.store.queue(&anlauf::store::QueueFilter::default(), chrono::Utc::now(), 10).await.unwrap();
        match &example.intake {
            Some(expected) => {
                assert_eq!(queue.len(), 1, "{name}: one intake expected ({})", example.description);
                let entry = &queue[0];
                assert_eq!(entry.case.status, anlauf::domain::CaseStatus::New, "{name}");
                assert_eq!(entry.language, expected.language, "{name}");
                assert_eq!(entry.topics, expected.topics, "{name}");
                let mut answers = expected.answers.clone();
                answers.extend(expected.skipped.iter().map(|s| (s.clone(), serde_json::Value::Null)));
                assert_eq!(entry.summary.answers, answers, "{name}: stored answers");
                assert_eq!(entry.summary.consent_version, support::content().flow.consent_version, "{name}");
                let assessment = entry.summary.assessment.as_ref().unwrap_or_else(|| panic!("{name}: assessed"));
                assert_eq!(
                    (assessment.service.as_str(), assessment.rule.as_str(), assessment.priority),
                    (expected.service.as_str(), expected.rule.as_str(), expected.priority),
                    "{name}: service, rule and priority"
                );
                let targets: Vec<&str> = assessment.referrals.iter().map(|r| r.target.as_str()).collect();
                assert_eq!(targets, expected.referrals, "{name}: referrals");
                let done = last.as_ref().unwrap().replies.iter().map(|r| r.text.clone()).collect::<String>();
                assert!(done.contains(&entry.reference), "{name}: the client sees the reference number");
                let version = &support::content().flow.consent_version;
                let consents =
                    db.number(&format!("SELECT count(*) FROM consents WHERE text_version = '{version}'")).await;
                assert!(consents >= 1, "{name}: consent recorded with its text version");
                let loaded = service.store.load(Channel::Terminal, "client-1").await.unwrap();
                let state: Value = serde_json::from_str(&loaded.conversation.unwrap().state).unwrap();
                assert_eq!(state["answers"], json!({}), "{name}: draft answers are cleared once submitted");
            }
            None => {
                assert!(queue.is_empty(), "{name}: nothing may be queued");
                for table in ["clients", "conversations", "consents", "intakes"] {
                    let n = db.number(&format!("SELECT count(*) FROM {table}")).await;
                    assert_eq!(n, 0, "{name}: {table} must be empty");
                }
            }
        }
    }
}

#[test]
fn every_example_renders_cleanly_through_the_pure_engine() {
    for (path, example) in examples() {
        let mut client = EngineClient::new(Some(&example.language));
        client.now = at(&example.now);
        for line in &example.input {
            match line.strip_prefix('#') {
                Some(action) => client.press(action),
                None => client.text(line),
            };
        }
        let submitted =
            client.last.as_ref().unwrap().effects.iter().any(|e| matches!(e, anlauf::dialog::Effect::SubmitIntake(_)));
        assert_eq!(submitted, example.intake.is_some(), "{}", path.display());
    }
}

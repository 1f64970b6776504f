//! The triage rules against their answer sets (`dialogs/examples/triage/cases.toml`):
//! the service, the deciding rule, the priority, the places referred to and the reason
//! staff read, through the function the bot calls at submission.

use std::collections::BTreeMap;

use anlauf::domain::{Answer, Intake};
use serde::Deserialize;
use serde_json::Value;

use crate::support::{self, at};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Cases {
    case: Vec<Case>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    description: String,
    now: String,
    answers: BTreeMap<String, Value>,
    #[serde(default)]
    urgency: Vec<String>,
    service: String,
    rule: String,
    priority: u8,
    reason: String,
    #[serde(default)]
    referrals: Vec<String>,
}

#[test]
fn every_answer_set_gets_the_expected_service_priority_and_reason() {
    let content = support::content();
    let path = support::root().join("dialogs/examples/triage/cases.toml");
    let cases: Cases = toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert!(cases.case.len() >= 8, "the answer sets are missing");
    for case in &cases.case {
        let name = &case.description;
        let answers: BTreeMap<String, Answer> = case
            .answers
            .iter()
            .map(|(id, value)| {
                let step = content.flow.step(id).unwrap_or_else(|| panic!("{name}: no step {id}"));
                let answer = anlauf::staff::answer_from_summary(step, value);
                (id.clone(), answer.unwrap_or_else(|| panic!("{name}: {id} = {value} does not fit the step")))
            })
            .collect();
        let topics: Vec<String> = match answers.get("topics") {
            Some(Answer::Choices(topics)) => topics.clone(),
            _ => Vec::new(),
        };
        let now = at(&format!("{}T10:00:00Z", case.now));
        let env = content.env(now, "TEST-0001", 0);
        let assessment = anlauf::dialog::engine::assess(&env, &answers, &topics, "de", !case.urgency.is_empty())
            .unwrap_or_else(|| panic!("{name}: nothing decided"));
        assert_eq!(
            (assessment.service.as_str(), assessment.rule.as_str(), assessment.priority),
            (case.service.as_str(), case.rule.as_str(), case.priority),
            "{name}"
        );
        let targets: Vec<&str> = assessment.referrals.iter().map(|r| r.target.as_str()).collect();
        assert_eq!(targets, case.referrals, "{name}: referrals");
        let intake = Intake {
            reference: "TEST-0001".into(),
            language: "de".into(),
            topics,
            flow_version: content.flow.version,
            consent_version: content.flow.consent_version.clone(),
            submitted_at: now,
            answers: case.answers.clone(),
            urgency: case.urgency.clone(),
            urgency_words: Vec::new(),
            assessment: Some(assessment),
        };
        assert_eq!(
            anlauf::staff::reason_text(&content, &intake).unwrap(),
            case.reason,
            "{name}: the reason staff read"
        );
    }
}

fn entry(
    reference: &str,
    answers: Value,
    urgency: &[&str],
    assessment: Option<anlauf::domain::Assessment>,
) -> anlauf::store::QueueEntry {
    let content = support::content();
    let answers: BTreeMap<String, Value> = serde_json::from_value(answers).unwrap();
    let summary = Intake {
        reference: reference.into(),
        language: "ar".into(),
        topics: vec!["debts".into()],
        flow_version: content.flow.version,
        consent_version: content.flow.consent_version.clone(),
        submitted_at: at("2026-11-22T09:30:00Z"),
        answers,
        urgency: urgency.iter().map(|c| c.to_string()).collect(),
        urgency_words: Vec::new(),
        assessment,
    };
    anlauf::store::QueueEntry {
        id: 7,
        reference: reference.into(),
        case: anlauf::domain::CaseState::new_case(),
        language: "ar".into(),
        topics: summary.topics.clone(),
        office: None,
        created_at: summary.submitted_at,
        summary,
    }
}

#[test]
fn staff_see_the_service_the_reason_the_priority_and_the_referral() {
    let content = support::content();
    let assessment = anlauf::domain::Assessment {
        service: "referral".into(),
        rule: "elsewhere".into(),
        priority: 9,
        priority_reason: "normal".into(),
        referrals: vec![anlauf::domain::Referral {
            target: "schuldnerberatung-musterstadt".into(),
            at: at("2026-11-22T09:30:00Z"),
        }],
    };
    let answers = serde_json::json!({ "age_group": "27_64", "arrival": "over_10_years", "residence": "eu_citizen", "urgent": "no" });
    let entry = entry("DEBT-CASE", answers, &[], Some(assessment));
    let text = anlauf::staff::intake_text(&content, &entry);
    for line in [
        "Zuständig: Verweisberatung",
        "Begründung: 27–64, eingereist: vor mehr als 10 Jahren, EU-Bürger/in: außerhalb der MBE-Zielgruppe",
        "Priorität: 9 (Reihenfolge des Eingangs)",
        "Verwiesen an: Schuldnerberatung Musterstadt e. V. (+49 9999 700 100), 22.11.2026 10:30",
    ] {
        assert!(text.lines().any(|l| l == line), "{line:?} in\n{text}");
    }
    let table = anlauf::staff::queue_table(&content, std::slice::from_ref(&entry));
    let header = table.lines().next().unwrap();
    assert!(header.contains("Prio.") && header.contains("Zuständig"), "{table}");
    assert!(table.lines().nth(1).unwrap().contains("Verweisberatung"), "{table}");
    let json = serde_json::to_value(anlauf::staff::json::intake(&content, &entry)).unwrap();
    assert_eq!(json["assessment"]["service"], "referral");
    assert_eq!(json["assessment"]["referrals"][0]["target"], "schuldnerberatung-musterstadt");
}

#[test]
fn an_urgent_intake_from_before_the_urgency_options_is_still_urgent() {
    let content = support::content();
    let old = entry("OLDU-RGNT", serde_json::json!({ "urgent": true }), &[], None);
    assert!(anlauf::staff::is_urgent(&content.flow, &old.summary));
    let calm = entry("OLDC-ALMM", serde_json::json!({ "urgent": false }), &[], None);
    assert!(!anlauf::staff::is_urgent(&content.flow, &calm.summary));
    let chosen = entry("NEWD-ANGR", serde_json::json!({ "urgent": "danger" }), &[], None);
    assert!(anlauf::staff::is_urgent(&content.flow, &chosen.summary));
    let none = entry("NEWN-ONEE", serde_json::json!({ "urgent": "no" }), &[], None);
    assert!(!anlauf::staff::is_urgent(&content.flow, &none.summary));
}

#[tokio::test]
async fn urgent_intakes_from_before_triage_come_first_after_the_upgrade() {
    use sqlx::sqlite::SqliteConnectOptions;
    let db = support::new_db();
    let options: SqliteConnectOptions = db.url.parse::<SqliteConnectOptions>().unwrap().create_if_missing(true);
    let pool = sqlx::SqlitePool::connect_with(options).await.unwrap();
    let mut before = sqlx::migrate!("./migrations/sqlite");
    let upto: Vec<_> = before.migrations.iter().filter(|m| m.version < 4).cloned().collect();
    before.migrations = std::borrow::Cow::Owned(upto);
    before.run(&pool).await.unwrap();
    for (i, (reference, urgent, urgency)) in
        [("CALM-AAAA", false, "[]"), ("YESU-RGNT", true, "[]"), ("WORD-SURG", false, "[\"violence\"]")]
            .into_iter()
            .enumerate()
    {
        let summary = format!(
            r#"{{"reference":"{reference}","language":"de","topics":[],"flow_version":1,"consent_version":"v",
               "submitted_at":"2026-11-2{i}T10:00:00Z","answers":{{"urgent":{urgent}}},"urgency":{urgency}}}"#
        );
        sqlx::query(
            "INSERT INTO intakes (reference, language, topics, summary, created_at) VALUES (?, 'de', '[]', ?, ?)",
        )
        .bind(reference)
        .bind(summary)
        .bind(at(&format!("2026-11-2{i}T10:00:00Z")))
        .execute(&pool)
        .await
        .unwrap();
    }
    pool.close().await;
    let store = anlauf::store::connect(&db.url).await.unwrap();
    let order: Vec<String> = store
        .queue(&anlauf::store::QueueFilter::default(), chrono::Utc::now(), 10)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.reference)
        .collect();
    assert_eq!(order, ["YESU-RGNT", "WORD-SURG", "CALM-AAAA"]);
}

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
            assessment: Some(assessment),
        };
        assert_eq!(
            anlauf::staff::reason_text(&content, &intake).unwrap(),
            case.reason,
            "{name}: the reason staff read"
        );
    }
}

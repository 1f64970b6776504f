//! The urgency detector: on the held-apart evaluation set (`dialogs/urgency/eval/`,
//! written by other hands, never learnt from) with recall and false alarms printed per
//! language, category and kind; the lexicons against their own test sets; the shipped
//! model trained from the shipped corpus; and `anlauf check-urgency` answering exactly as
//! the bot's detector does.

use std::io::Write;
use std::process::{Command, Stdio};

use serde::Deserialize;

use anlauf::content::urgency::{corpus, training_digest, EVAL_DIR, TRAIN_DIR};
use anlauf::triage::urgency::{evaluate, languages};

use crate::support;

/// What the held-apart sets must show overall, and per language: a guard against the
/// detector getting worse, at or just under what the shipped model reached on both sets
/// (recall 94.7 %, false alarms 4.2 %, the weakest languages 87.5 %). The aim is recall 95 % with at most
/// 5 % false alarms and 90 % recall in every language (docs/development.md, "The urgency
/// detector").
const RECALL: f64 = 0.93;
const FALSE_ALARMS: f64 = 0.05;
const RECALL_PER_LANGUAGE: f64 = 0.85;

fn urgency_dir() -> std::path::PathBuf {
    support::root().join("dialogs/urgency")
}

/// Printed around the test harness's capture, so `cargo test urgency` shows it.
fn show(text: &str) {
    let _ = std::io::stderr().write_all(text.as_bytes());
}

#[test]
fn on_the_held_apart_set_the_detector_finds_the_urgent_and_leaves_the_ordinary_in_every_language() {
    let content = support::content();
    let set = corpus(&urgency_dir(), EVAL_DIR).unwrap();
    let shipped: Vec<&str> = content.i18n.languages().list().iter().map(|l| l.code.as_str()).collect();
    let covered: Vec<&str> = set.iter().map(|(code, _)| code.as_str()).collect();
    let missing: Vec<&&str> = shipped.iter().filter(|code| !covered.contains(code)).collect();
    assert!(missing.is_empty(), "every shipped language needs evaluation messages: {missing:?}");
    for (code, messages) in &set {
        let urgent = messages.iter().filter(|m| m.label.is_urgent()).count();
        assert!(urgent >= 20 && messages.len() - urgent >= 20, "{code}: at least 20 urgent and 20 ordinary");
    }
    let tally = evaluate(&content.urgency, &set);
    show(&format!("\nUrgency detector on the held-apart set (dialogs/urgency/eval/):\n{}\n", tally.table()));
    let weak: Vec<String> = tally
        .languages
        .iter()
        .filter(|(_, (recall, _))| recall.share() < RECALL_PER_LANGUAGE)
        .map(|(code, (recall, _))| format!("{code} {:.0}%", recall.share() * 100.0))
        .collect();
    assert!(
        tally.recall.share() >= RECALL && tally.false_alarms.share() <= FALSE_ALARMS && weak.is_empty(),
        "recall {:.1}% (≥ {:.0}%), false alarms {:.1}% (≤ {:.0}%), languages under {:.0}% recall: {weak:?}",
        tally.recall.share() * 100.0,
        RECALL * 100.0,
        tally.false_alarms.share() * 100.0,
        FALSE_ALARMS * 100.0,
        RECALL_PER_LANGUAGE * 100.0
    );
}

#[test]
fn the_shipped_model_is_trained_from_the_shipped_corpus_and_lexicons() {
    let content = support::content();
    let model = content.urgency.model.as_ref().expect("dialogs/urgency/model.bin is shipped");
    assert_eq!(
        model.header.digest,
        training_digest(&urgency_dir()).unwrap(),
        "the training corpus, a lexicon or the features changed since the model was trained: run `cargo run --release -- train-urgency`"
    );
    let training = corpus(&urgency_dir(), TRAIN_DIR).unwrap();
    let evaluation = corpus(&urgency_dir(), EVAL_DIR).unwrap();
    let fold = |text: &str| anlauf::triage::urgency::features::fold(text);
    let learnt: std::collections::HashSet<String> =
        training.iter().flat_map(|(_, m)| m.iter().map(|m| fold(&m.text))).collect();
    let shared: Vec<&str> = evaluation
        .iter()
        .flat_map(|(_, m)| m.iter())
        .filter(|m| learnt.contains(&fold(&m.text)))
        .map(|m| m.text.as_str())
        .collect();
    assert!(shared.is_empty(), "evaluation messages that are also training messages: {shared:?}");
}

#[derive(Deserialize)]
struct TestSet {
    urgent: Vec<String>,
    ordinary: Vec<String>,
}

/// The lexicons alone find the explicit cases of their test sets
/// (`dialogs/urgency/tests/<language>.toml`): what a lexicon author checks.
#[test]
fn every_lexicon_finds_its_explicit_cases_and_leaves_the_ordinary_ones() {
    let content = support::content();
    let dir = urgency_dir().join("tests");
    let mut failures = Vec::new();
    let mut missing = Vec::new();
    for language in content.i18n.languages().list() {
        let code = language.code.as_str();
        let path = dir.join(format!("{code}.toml"));
        let Ok(text) = std::fs::read_to_string(&path) else {
            missing.push(code.to_owned());
            continue;
        };
        let set: TestSet = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(set.urgent.len() >= 10 && set.ordinary.len() >= 10, "{code}: at least 10 of each");
        let found = |text: &String| !content.urgency.lexicons.matches(&[code], text).is_empty();
        let missed: Vec<&String> = set.urgent.iter().filter(|t| !found(t)).collect();
        let alarms: Vec<&String> = set.ordinary.iter().filter(|t| found(t)).collect();
        if missed.len() as f64 > 0.05 * set.urgent.len() as f64
            || alarms.len() as f64 > 0.05 * set.ordinary.len() as f64
        {
            failures.push(format!("{code}: missed {missed:?}, false alarms {alarms:?}"));
        }
    }
    assert!(missing.is_empty(), "every shipped language needs an urgency lexicon and test set: {}", missing.join(", "));
    assert!(failures.is_empty(), "{failures:#?}");
}

/// What `anlauf check-urgency --lang <language>` prints for `lines`.
fn check_urgency(language: &str, lines: &[&str]) -> Vec<serde_json::Value> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_anlauf"))
        .arg("--config")
        .arg(support::config_path())
        .args(["check-urgency", "--lang", language])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let input = lines.join("\n") + "\n";
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{language}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

#[test]
fn check_urgency_answers_each_line_exactly_as_the_bot_decides() {
    let content = support::content();
    for (code, messages) in
        corpus(&urgency_dir(), EVAL_DIR).unwrap().iter().filter(|(c, _)| ["de", "ar", "ka"].contains(&c.as_str()))
    {
        let lines: Vec<&str> = messages.iter().map(|m| m.text.as_str()).collect();
        let printed = check_urgency(code, &lines);
        assert_eq!(printed.len(), lines.len(), "{code}: one answer per line");
        for (line, answer) in lines.iter().zip(&printed) {
            let found = content.urgency.detect(&languages(code, line), line);
            assert_eq!(answer["urgent"], found.urgent, "{code}: {line}");
            assert_eq!(answer["categories"], serde_json::json!(found.categories), "{code}: {line}");
            assert_eq!(answer.as_object().unwrap().len(), 2, "only `urgent` and `categories`: {answer}");
        }
    }
    let said = check_urgency("de", &["Mein Mann schlägt mich", "Ich suche eine Wohnung"]);
    assert_eq!(said[0]["urgent"], true);
    assert!(said[0]["categories"].as_array().unwrap().contains(&serde_json::json!("violence")), "{said:?}");
    assert_eq!(said[1], serde_json::json!({"urgent": false, "categories": []}));
}

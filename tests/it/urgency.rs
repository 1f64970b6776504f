//! The urgency lexicons against their test sets (`dialogs/urgency/tests/<language>.toml`),
//! through `anlauf check-urgency`, the command lexicon authors use, which calls the
//! bot's own detector. Prints recall and false alarms per language.

use std::io::Write;
use std::process::{Command, Stdio};

use serde::Deserialize;

use crate::support;

#[derive(Deserialize)]
struct TestSet {
    urgent: Vec<String>,
    ordinary: Vec<String>,
}

/// How many of `lines` the detector calls urgent, in `language`.
fn urgent_count(language: &str, lines: &[String]) -> (usize, Vec<String>) {
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
    let answers: Vec<serde_json::Value> =
        String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(answers.len(), lines.len(), "{language}: one answer per line");
    let urgent: Vec<String> = lines
        .iter()
        .zip(&answers)
        .filter(|(_, a)| a["urgent"] == true)
        .map(|(line, a)| format!("{line} → {}", a["categories"]))
        .collect();
    (urgent.len(), urgent)
}

#[test]
fn every_lexicon_finds_the_urgent_messages_and_leaves_the_ordinary_ones() {
    let dir = support::root().join("dialogs/urgency/tests");
    let mut table =
        vec![format!("{:<5} {:>7} {:>7} {:>8} {:>13}", "lang", "urgent", "found", "ordinary", "false alarms")];
    let mut failures = Vec::new();
    let mut missing = Vec::new();
    for language in support::content().i18n.languages().list() {
        let path = dir.join(format!("{}.toml", language.code));
        let Ok(text) = std::fs::read_to_string(&path) else {
            missing.push(language.code.clone());
            continue;
        };
        let set: TestSet = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(set.urgent.len() >= 10 && set.ordinary.len() >= 10, "{}: at least 10 of each", language.code);
        let (found, _) = urgent_count(&language.code, &set.urgent);
        let (alarms, which) = urgent_count(&language.code, &set.ordinary);
        let recall = found as f64 / set.urgent.len() as f64;
        let false_alarms = alarms as f64 / set.ordinary.len() as f64;
        table.push(format!(
            "{:<5} {:>7} {:>6.0}% {:>8} {:>12.0}%",
            language.code,
            set.urgent.len(),
            recall * 100.0,
            set.ordinary.len(),
            false_alarms * 100.0
        ));
        if recall < 0.95 || false_alarms > 0.05 {
            failures.push(format!("{}: recall {:.0}%, false alarms {which:?}", language.code, recall * 100.0));
        }
    }
    println!("{}", table.join("\n"));
    assert!(missing.is_empty(), "every shipped language needs an urgency lexicon and test set: {}", missing.join(", "));
    assert!(failures.is_empty(), "{failures:#?}\n{}", table.join("\n"));
}

#[test]
fn the_detector_misses_nothing_in_the_german_test_set_and_names_the_categories() {
    let lines = vec!["Mein Mann schlägt mich".to_owned(), "Ich suche eine Wohnung".to_owned()];
    let (found, which) = urgent_count("de", &lines);
    assert_eq!(found, 1);
    assert!(which[0].contains("violence"), "{which:?}");
}

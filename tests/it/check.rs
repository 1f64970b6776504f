//! `anlauf check` as an administrator runs it: exit status and messages that name the
//! file, the line and the problem.

use std::process::Command;

use crate::locales::{copy_of_shipped, edit};
use crate::support;

fn anlauf_check(config: &std::path::Path) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_anlauf")).arg("--config").arg(config).arg("check").output().unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn the_shipped_configuration_checks_clean() {
    let (ok, stdout, stderr) = anlauf_check(&support::config_path());
    assert!(ok, "{stderr}");
    assert!(stdout.contains("15 languages"), "{stdout}");
}

#[test]
fn a_condition_on_an_unknown_step_fails_with_file_and_line() {
    let dir = copy_of_shipped();
    let flow = dir.path().join("dialogs/intake.toml");
    edit(
        &flow,
        r#"when = { answer = "contact", any_of = ["phone"] }"#,
        r#"when = { answer = "contakt", any_of = ["phone"] }"#,
    );
    let text = std::fs::read_to_string(&flow).unwrap();
    let line = text.lines().position(|l| l == r#"id = "phone""#).unwrap() + 1;
    let (ok, _, stderr) = anlauf_check(&dir.path().join("anlauf.toml"));
    assert!(!ok);
    assert!(
        stderr.contains(&format!(
            "dialogs/intake.toml:{line}: step 'phone': condition refers to 'contakt', which is not an earlier step"
        )),
        "{stderr}"
    );
}

#[test]
fn a_broken_toml_file_fails_with_its_line() {
    let dir = copy_of_shipped();
    let flow = dir.path().join("dialogs/intake.toml");
    edit(&flow, r#"kind = "multi""#, r#"kind = "multi"#);
    let (ok, _, stderr) = anlauf_check(&dir.path().join("anlauf.toml"));
    assert!(!ok);
    assert!(stderr.contains("dialogs/intake.toml:") && stderr.contains("problem(s) found"), "{stderr}");
}

#[test]
fn an_option_without_a_label_fails_naming_the_message_and_locale() {
    let dir = copy_of_shipped();
    edit(&dir.path().join("dialogs/intake.toml"), r#""daily_life", "other","#, r#""daily_life", "other", "pets","#);
    let (ok, _, stderr) = anlauf_check(&dir.path().join("anlauf.toml"));
    assert!(!ok);
    for code in ["ar", "de", "so"] {
        assert!(stderr.contains(&format!("locales/{code}/anlauf.ftl: message 'topic-pets' is missing")), "{stderr}");
    }
}

#[test]
fn an_unknown_step_kind_is_named() {
    let dir = copy_of_shipped();
    edit(&dir.path().join("dialogs/intake.toml"), r#"kind = "yes_no""#, r#"kind = "yesno""#);
    let (ok, _, stderr) = anlauf_check(&dir.path().join("anlauf.toml"));
    assert!(!ok);
    assert!(stderr.contains("unknown variant `yesno`"), "{stderr}");
}

//! `anlauf check` as an administrator runs it: exit status and messages that name the
//! file, the line and the problem.

use std::process::Command;

use crate::locales::{copy_of_shipped, edit, errors_of};
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
    let shipped = support::content().i18n.languages().list().len();
    assert!(stdout.contains(&format!("{shipped} languages are complete")), "{stdout}");
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

#[test]
fn an_empty_organisation_name_fails() {
    let dir = copy_of_shipped();
    edit(&dir.path().join("anlauf.toml"), r#"name = "Beratungsnetz Musterstadt""#, r#"name = " ""#);
    let (ok, _, stderr) = anlauf_check(&dir.path().join("anlauf.toml"));
    assert!(!ok);
    assert!(stderr.contains("organisation.name is empty"), "{stderr}");
}

#[test]
fn an_unknown_staff_language_is_one_error_not_dozens() {
    let dir = copy_of_shipped();
    edit(&dir.path().join("anlauf.toml"), r#"staff_language = "de""#, r#"staff_language = "xx""#);
    let errors = errors_of(dir.path());
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(errors[0].contains("organisation.staff_language 'xx' is not a shipped language (shipped: de, en"));
}

#[test]
fn a_role_on_a_step_of_the_wrong_kind_or_given_twice_fails() {
    let dir = copy_of_shipped();
    let flow = dir.path().join("dialogs/intake.toml");
    edit(&flow, "role = \"deadline\"", "role = \"urgent\"");
    let errors = errors_of(dir.path());
    assert!(
        errors.iter().any(|e| e.contains("step 'deadline_date': role Urgent needs a YesNo step, not Date")),
        "{errors:#?}"
    );
    assert!(errors.iter().any(|e| e.contains("step 'deadline_date': role Urgent is already given to an earlier step")));
}

#[test]
fn a_step_id_too_long_for_telegrams_button_data_fails() {
    let dir = copy_of_shipped();
    let long = "a".repeat(41);
    let flow = dir.path().join("dialogs/intake.toml");
    edit(&flow, r#"id = "own_words""#, &format!("id = \"{long}\""));
    let errors = errors_of(dir.path());
    assert!(errors.iter().any(|e| e.contains(&format!("step id '{long}' must be 1-40 characters"))), "{errors:#?}");
}

#[test]
fn a_broken_urgency_pattern_is_named_with_its_file() {
    let dir = copy_of_shipped();
    edit(&dir.path().join("dialogs/urgency/de.toml"), "'abschieb',", "'abschieb(',");
    let errors = errors_of(dir.path());
    assert!(
        errors.iter().any(|e| e.contains("dialogs/urgency/de.toml") && e.contains("pattern 'abschieb('")),
        "{errors:#?}"
    );
}

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
    edit(&dir.path().join("dialogs/intake.toml"), r#"kind = "phone""#, r#"kind = "fone""#);
    let (ok, _, stderr) = anlauf_check(&dir.path().join("anlauf.toml"));
    assert!(!ok);
    assert!(stderr.contains("unknown variant `fone`"), "{stderr}");
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
        errors.iter().any(|e| e.contains("step 'deadline_date': role Urgent needs a YesNo or Single step, not Date")),
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

/// The line of the first occurrence of `needle` in a file, counted from 1.
fn line_of(path: &std::path::Path, needle: &str) -> usize {
    let text = std::fs::read_to_string(path).unwrap();
    let at = text.find(needle).unwrap_or_else(|| panic!("{} does not contain {needle}", path.display()));
    text[..at].matches('\n').count() + 1
}

#[test]
fn triage_rules_naming_an_unknown_step_option_or_referral_target_fail_with_file_and_line() {
    let dir = copy_of_shipped();
    let rules = dir.path().join("dialogs/triage.toml");
    edit(
        &rules,
        r#"{ answer = "integration_course", any_of = ["obliged", "attending"] }"#,
        r#"{ answer = "course", any_of = ["obliged"] }"#,
    );
    edit(&rules, r#"any_of = ["settlement_permit"]"#, r#"any_of = ["settled_permit"]"#);
    edit(&rules, r#"refer_to = ["jmd-musterstadt"]"#, r#"refer_to = ["jmd-nowhere"]"#);
    let file = rules.display().to_string();
    let errors = errors_of(dir.path());
    let expect = |needle: &str, message: &str| {
        let at = format!("{file}:{}: ", line_of(&rules, needle));
        assert!(errors.iter().any(|e| e.starts_with(&at) && e.contains(message)), "{at}{message} in {errors:#?}");
    };
    expect(r#"answer = "course""#, "rule 'course': unknown step 'course'");
    expect(r#""settled_permit""#, "rule 'settled': 'settled_permit' is not an option of step 'residence'");
    expect(r#""jmd-nowhere""#, "rule 'youth': unknown referral target 'jmd-nowhere'");
}

#[test]
fn a_referral_with_an_unknown_topic_or_a_kind_without_labels_fails() {
    let dir = copy_of_shipped();
    let directory = dir.path().join("dialogs/referrals.toml");
    edit(&directory, r#"topics = ["debts"]"#, r#"topics = ["debt"]"#);
    edit(&directory, r#"kind = "return_counselling""#, r#"kind = "return_help""#);
    let errors = errors_of(dir.path());
    let at = format!("{}:{}: ", directory.display(), line_of(&directory, r#"topics = ["debt"]"#));
    assert!(errors.iter().any(|e| e.starts_with(&at) && e.contains("unknown topic 'debt'")), "{at} in {errors:#?}");
    for code in ["ar", "de", "uk"] {
        let missing = format!("locales/{code}/anlauf.ftl: message 'referral-kind-return_help' is missing");
        assert!(errors.iter().any(|e| e.contains(&missing)), "{missing} in {errors:#?}");
    }
}

#[test]
fn a_last_rule_with_conditions_and_a_reason_without_a_message_fail() {
    let dir = copy_of_shipped();
    let rules = dir.path().join("dialogs/triage.toml");
    edit(
        &rules,
        "id = \"elsewhere\"\nservice = \"referral\"\n",
        "id = \"elsewhere\"\nservice = \"referral\"\nwhen = [{ urgent = false }]\n",
    );
    edit(&rules, r#"id = "crisis""#, r#"id = "acute""#);
    let errors = errors_of(dir.path());
    assert!(errors.iter().any(|e| e.contains("the last rule ('elsewhere') must have no conditions")), "{errors:#?}");
    assert!(errors.iter().any(|e| e.contains("staff.ftl: message 'staff-reason-acute' is missing")), "{errors:#?}");
}

#[test]
fn counsellors_hours_absences_and_topics_are_checked_with_their_line() {
    let dir = copy_of_shipped();
    let config = dir.path().join("anlauf.toml");
    edit(&config, r#"topics = ["residence", "work""#, r#"topics = ["residency", "work""#);
    let errors = errors_of(dir.path());
    let at = format!("{}:{}: ", config.display(), line_of(&config, r#""residency""#));
    assert!(
        errors.iter().any(|e| e.starts_with(&at) && e.contains("counsellor 'emir': unknown topic 'residency'")),
        "{errors:#?}"
    );

    let dir = copy_of_shipped();
    let config = dir.path().join("anlauf.toml");
    edit(
        &config,
        r#"{ office = "nord", days = "mon-thu 09:00-16:00" }"#,
        r#"{ office = "sued", days = "mon-thu 09:00-16:00" }"#,
    );
    let errors = errors_of(dir.path());
    let line = line_of(&config, r#"office = "sued""#);
    assert!(
        errors.iter().any(|e| e.contains(&format!("line {line}: counsellor 'nino': unknown office 'sued'"))),
        "{errors:#?}"
    );

    let dir = copy_of_shipped();
    let config = dir.path().join("anlauf.toml");
    edit(&config, "from = 2026-12-21\nto = 2027-01-01", "from = 2027-01-21\nto = 2027-01-01");
    let errors = errors_of(dir.path());
    assert!(
        errors.iter().any(|e| e.contains("absence of 'amira': from (2027-01-21) is after to (2027-01-01)")),
        "{errors:#?}"
    );
}

#[test]
fn a_counsellor_in_two_places_at_once_is_refused() {
    let dir = copy_of_shipped();
    let config = dir.path().join("anlauf.toml");
    edit(
        &config,
        r#"{ office = "mitte", days = "fri 09:00-12:00", format = "phone" }"#,
        r#"{ office = "nord", days = "thu 14:00-16:00" }"#,
    );
    let errors = errors_of(dir.path());
    assert!(
        errors
            .iter()
            .any(|e| e.contains("counsellor 'amira': hours \"mon-thu 09:00-15:00\" and \"thu 14:00-16:00\" overlap")),
        "{errors:#?}"
    );
}

/// A locale file without the way to an office.
pub(crate) fn without_directions(dir: &std::path::Path, language: &str, office: &str) {
    let file = dir.join(format!("locales/{language}/anlauf.ftl"));
    let text = std::fs::read_to_string(&file).unwrap();
    let prefix = format!("office-{office}-directions");
    let kept: String = text.lines().filter(|l| !l.starts_with(&prefix)).map(|l| format!("{l}\n")).collect();
    assert_ne!(kept.len(), text.len(), "{prefix} in {}", file.display());
    std::fs::write(&file, kept).unwrap();
}

#[test]
fn the_way_to_an_office_missing_in_some_languages_or_left_over_is_a_warning_not_an_error() {
    let dir = copy_of_shipped();
    without_directions(dir.path(), "ka", "nord");
    without_directions(dir.path(), "ar", "nord");
    let german = dir.path().join("locales/de/anlauf.ftl");
    let text = std::fs::read_to_string(&german).unwrap();
    std::fs::write(&german, text + "office-alt-directions = Hinterhaus, 1. Stock.\n").unwrap();
    let (ok, _, stderr) = anlauf_check(&dir.path().join("anlauf.toml"));
    assert!(ok, "{stderr}");
    assert!(
        stderr.contains("warning: office 'nord': the way there (office-nord-directions) is not written in ar, ka"),
        "{stderr}"
    );
    assert!(stderr.contains("left over") && stderr.contains("'office-alt-directions'"), "{stderr}");
}

/// Every `demo = true` line of a file gone, as when its entries are replaced.
fn without_demo_marks(path: &std::path::Path) {
    let text = std::fs::read_to_string(path).unwrap();
    std::fs::write(path, text.replace("demo = true\n", "")).unwrap();
}

#[test]
fn an_organisation_of_ones_own_with_the_demo_referrals_left_in_fails_naming_each_of_them() {
    let dir = copy_of_shipped();
    let config = dir.path().join("anlauf.toml");
    edit(&config, "name = \"Beratungsnetz Musterstadt\"", "name = \"Migrationsberatung Talheim e. V.\"");
    // Organisation, offices, counsellors and emergency places replaced; the referrals not.
    without_demo_marks(&config);
    let (ok, _, stderr) = anlauf_check(&config);
    assert!(!ok, "{stderr}");
    let referrals = dir.path().join("dialogs/referrals.toml");
    for id in ["jobcenter-musterstadt", "jmd-musterstadt"] {
        let named = format!("{}: referral [[service]] '{id}' is demo data", referrals.display());
        assert!(stderr.contains(&named), "{named} in:\n{stderr}");
    }
    assert!(stderr.contains("next to your organisation 'Migrationsberatung Talheim e. V.'"), "{stderr}");
    assert!(!stderr.contains("[[office]]"), "the offices were replaced: {stderr}");

    // One office left as it was shipped is named too.
    let again = copy_of_shipped();
    let config = again.path().join("anlauf.toml");
    edit(&config, "name = \"Beratungsnetz Musterstadt\"", "name = \"Migrationsberatung Talheim e. V.\"");
    edit(&config, "# The shipped fictional demo.", "# Ours.");
    edit(&config, "\ndemo = true\n", "\n");
    without_demo_marks(&again.path().join("dialogs/referrals.toml"));
    let (ok, _, stderr) = anlauf_check(&config);
    assert!(!ok);
    assert!(stderr.contains("[[office]] 'mitte' is demo data"), "{stderr}");

    // Everything replaced: it passes, and says nothing of a demo.
    without_demo_marks(&config);
    let (ok, _, stderr) = anlauf_check(&config);
    assert!(ok, "{stderr}");
    assert!(!stderr.contains("demo"), "{stderr}");
}

#[test]
fn a_renamed_organisation_that_kept_its_demo_mark_fails_and_the_demo_itself_is_named_as_such() {
    let dir = copy_of_shipped();
    let config = dir.path().join("anlauf.toml");
    edit(&config, "name = \"Beratungsnetz Musterstadt\"", "name = \"Migrationsberatung Talheim e. V.\"");
    let (ok, _, stderr) = anlauf_check(&config);
    assert!(!ok);
    assert!(stderr.contains("[organisation] 'Migrationsberatung Talheim e. V.' is marked demo = true"), "{stderr}");
    let (ok, _, stderr) = anlauf_check(&support::config_path());
    assert!(ok);
    assert!(stderr.contains("this is the demo organisation"), "{stderr}");
}

#[test]
fn a_counsellors_language_anlauf_does_not_know_fails_with_the_code_it_probably_means() {
    let dir = copy_of_shipped();
    let config = dir.path().join("anlauf.toml");
    edit(&config, r#"languages = ["de", "ar", "fr", "en"]"#, r#"languages = ["de", "arabic", "dari", "fa-AF", "xx"]"#);
    let (ok, _, stderr) = anlauf_check(&config);
    assert!(!ok);
    for (typed, meant) in
        [("arabic", Some("'ar', العربية")), ("dari", Some("'prs', دری")), ("fa-AF", Some("'prs'")), ("xx", None)]
    {
        let line = stderr
            .lines()
            .find(|l| l.contains(&format!("'{typed}' is not a language code")))
            .unwrap_or_else(|| panic!("{typed} in:\n{stderr}"));
        match meant {
            Some(meant) => assert!(line.contains(&format!("did you mean {meant}")), "{line}"),
            None => assert!(!line.contains("did you mean"), "{line}"),
        }
    }
    assert!(!stderr.contains("'de' is not"), "{stderr}");
}

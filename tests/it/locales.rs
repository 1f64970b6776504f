//! The locales against the code: every message everywhere, no variable the code does
//! not pass, every plural category CLDR asks for. The negative cases break a copy of
//! the shipped tree and expect `check` to name the file and the problem.

use std::path::Path;

use anlauf::content as check;

use crate::support::{self, content};

/// A copy of the shipped configuration, dialogs and locales to break.
pub fn copy_of_shipped() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&support::root().join("dialogs"), &dir.path().join("dialogs"));
    copy_dir(&support::root().join("locales"), &dir.path().join("locales"));
    std::fs::copy(support::config_path(), dir.path().join("anlauf.toml")).unwrap();
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

pub fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{} does not contain {from:?}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

pub fn errors_of(dir: &Path) -> Vec<String> {
    check::check(&dir.join("anlauf.toml")).errors
}

#[test]
fn the_shipped_tree_passes_every_check() {
    let report = check::check(&support::config_path());
    assert_eq!(report.errors, Vec::<String>::new());
    assert!(!content().i18n.languages().list().is_empty());
}

#[test]
fn a_message_missing_in_one_locale_is_named() {
    let dir = copy_of_shipped();
    let file = dir.path().join("locales/ps/anlauf.ftl");
    let text = std::fs::read_to_string(&file).unwrap();
    let kept: Vec<&str> = text.lines().filter(|l| !l.starts_with("error-empty =")).collect();
    std::fs::write(&file, kept.join("\n")).unwrap();
    let errors = errors_of(dir.path());
    assert!(
        errors.iter().any(|e| e.ends_with("locales/ps/anlauf.ftl: message 'error-empty' is missing")),
        "{errors:#?}"
    );
}

#[test]
fn a_variable_the_code_does_not_pass_is_named_with_its_line() {
    let dir = copy_of_shipped();
    let file = dir.path().join("locales/fr/anlauf.ftl");
    let text = std::fs::read_to_string(&file).unwrap();
    let line = text.lines().position(|l| l.starts_with("ask-age =")).unwrap() + 1;
    edit(&file, "ask-age = ", "ask-age = { $name }, ");
    let errors = errors_of(dir.path());
    let expected = format!(
        "locales/fr/anlauf.ftl:{line}: message 'ask-age' uses $name, which the code does not pass (it passes: none)"
    );
    assert!(errors.iter().any(|e| e.ends_with(&expected)), "{errors:#?}");
}

#[test]
fn an_incomplete_plural_is_named() {
    let dir = copy_of_shipped();
    let file = dir.path().join("locales/ru/anlauf.ftl");
    let text = std::fs::read_to_string(&file).unwrap();
    let start = text.find("error-too-long =").unwrap();
    let few = start + text[start..].find("[few]").unwrap();
    let end = few + text[few..].find('\n').unwrap() + 1;
    std::fs::write(&file, format!("{}{}", &text[..few], &text[end..])).unwrap();
    let errors = errors_of(dir.path());
    assert!(
        errors.iter().any(|e| e.contains("locales/ru/anlauf.ftl:")
            && e.contains("'error-too-long' has a plural choice without the categories few")),
        "{errors:#?}"
    );
}

#[test]
fn a_syntax_error_is_named_with_its_line() {
    let dir = copy_of_shipped();
    let file = dir.path().join("locales/ka/anlauf.ftl");
    let text = std::fs::read_to_string(&file).unwrap();
    let line = text.lines().position(|l| l.starts_with("ask-age =")).unwrap() + 1;
    edit(&file, "ask-age = ", "ask-age = { ");
    let errors = errors_of(dir.path());
    assert!(errors.iter().any(|e| e.contains(&format!("locales/ka/anlauf.ftl:{line}: syntax error"))), "{errors:#?}");
}

#[test]
fn a_message_nobody_uses_is_named() {
    let dir = copy_of_shipped();
    let file = dir.path().join("locales/so/anlauf.ftl");
    let mut text = std::fs::read_to_string(&file).unwrap();
    text.push_str("\nerror-emtpy = typo\n");
    std::fs::write(&file, text).unwrap();
    let errors = errors_of(dir.path());
    assert!(
        errors.iter().any(|e| e.contains("message 'error-emtpy' is not used by the code or the flow")),
        "{errors:#?}"
    );
}

#[test]
fn every_locale_folder_is_listed_with_an_honest_review_status() {
    let i18n = &content().i18n;
    let folders: Vec<String> = std::fs::read_dir(support::root().join("locales"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(folders.len(), i18n.languages().list().len(), "one folder per listed language, no other");
    for folder in &folders {
        let language =
            i18n.languages().get(folder).unwrap_or_else(|| panic!("locales/{folder} is not in languages.toml"));
        assert!(
            ["source", "machine-drafted", "reviewed"].contains(&language.review.as_str()),
            "{folder}: {}",
            language.review
        );
        let header = std::fs::read_to_string(support::root().join(format!("locales/{folder}/anlauf.ftl"))).unwrap();
        if language.review == "machine-drafted" {
            assert!(
                header.lines().take(3).any(|l| l.contains("machine-drafted")),
                "{folder}: the file header must say so too"
            );
        }
    }
}

#[test]
fn right_to_left_locales_are_marked_and_free_of_direction_controls() {
    let i18n = &content().i18n;
    for code in ["ar", "fa", "prs", "ps", "ckb"] {
        assert!(i18n.is_rtl(code), "{code} must be marked rtl");
    }
    for source in i18n.sources() {
        let bad = source.text.chars().find(|c| anlauf::i18n::bidi::is_control(*c));
        assert_eq!(bad, None, "{} contains a direction control character", source.file.display());
    }
}

#[test]
fn button_labels_fit_on_a_phone() {
    let content = content();
    let mut ids: Vec<String> = vec![
        "consent-yes".into(),
        "consent-no".into(),
        "summary-confirm".into(),
        "summary-change".into(),
        "multi-done".into(),
        "booking-later".into(),
        "booking-other-office".into(),
        "booking-skip".into(),
        "booking-confirm".into(),
        "booking-other".into(),
        "waitlist-join".into(),
    ];
    // The options of a languages step are language names, not messages.
    for step in content.flow.steps.iter().filter(|s| s.kind != anlauf::dialog::StepKind::Languages) {
        ids.extend(step.options.iter().map(|o| step.option_label(o)));
        if step.optional {
            ids.push(step.skip_label().to_owned());
        }
    }
    for language in content.i18n.languages().list() {
        for id in &ids {
            let label = support::say(&language.code, &anlauf::text::Text::msg(id.clone()));
            assert!(label.chars().count() <= 48, "{}: {id} is too long for a button: {label}", language.code);
        }
    }
}

#[test]
fn every_locale_names_only_the_commands_the_bot_offers() {
    let offered: Vec<&str> = anlauf::dialog::input::COMMANDS.iter().map(|(command, _)| *command).collect();
    let command = regex::Regex::new(r"(?:^|[\s(“«„\x22'])/([a-z_]+)").unwrap();
    for source in content().i18n.sources() {
        for (number, line) in source.text.lines().enumerate() {
            for found in command.captures_iter(line) {
                assert!(
                    offered.contains(&&found[1]),
                    "{}:{}: /{} is not one of the commands /{}",
                    source.file.display(),
                    number + 1,
                    &found[1],
                    offered.join(", /")
                );
            }
        }
    }
    let help = support::say("en", &anlauf::text::Text::msg("help"));
    for command in &offered {
        assert!(help.contains(&format!("/{command}")), "the help names /{command}");
    }
}

#[test]
fn a_variable_a_translation_leaves_out_is_named() {
    let dir = copy_of_shipped();
    let file = dir.path().join("locales/sq/anlauf.ftl");
    let text = std::fs::read_to_string(&file).unwrap();
    let line = text.lines().find(|l| l.starts_with("language-keep =")).unwrap().to_owned();
    edit(&file, &line, "language-keep = ✓ Vazhdoni");
    let errors = errors_of(dir.path());
    assert!(
        errors.iter().any(|e| e.contains("locales/sq/anlauf.ftl:")
            && e.contains("message 'language-keep' leaves out $language, which the English uses")),
        "{errors:#?}"
    );
}

#[test]
fn a_direction_control_character_in_a_translation_is_named_with_its_line() {
    let dir = copy_of_shipped();
    let file = dir.path().join("locales/ckb/anlauf.ftl");
    let text = std::fs::read_to_string(&file).unwrap();
    let line = text.lines().position(|l| l.starts_with("ask-age =")).unwrap() + 1;
    edit(&file, "ask-age = ", "ask-age = \u{200F}");
    let errors = errors_of(dir.path());
    assert!(
        errors.iter().any(|e| e.contains(&format!("locales/ckb/anlauf.ftl:{line}: a direction-control character"))),
        "{errors:#?}"
    );
}

#[test]
fn a_changed_consent_text_is_refused_until_its_version_is_new() {
    let dir = copy_of_shipped();
    edit(&dir.path().join("locales/bg/anlauf.ftl"), "consent-text =\n    ", "consent-text =\n    Нов текст. ");
    let errors = errors_of(dir.path());
    let refusal = errors.iter().find(|e| e.contains("the consent text is new or changed")).expect("refused");
    assert!(refusal.contains("dialogs/intake.toml") && refusal.contains("consent_version"), "{refusal}");
    // The administrator gives the text a new version and takes the digest check prints.
    let digest = refusal.rsplit_once("consent_digest = \"").unwrap().1.trim_end_matches('"').to_owned();
    let flow = dir.path().join("dialogs/intake.toml");
    let text = std::fs::read_to_string(&flow).unwrap();
    let version = text.lines().find(|l| l.starts_with("consent_version")).unwrap().to_owned();
    let old_digest = text.lines().find(|l| l.starts_with("consent_digest")).unwrap().to_owned();
    edit(&flow, &version, "consent_version = \"2027-01-01\"");
    edit(&flow, &old_digest, &format!("consent_digest = \"{digest}\""));
    assert_eq!(errors_of(dir.path()), Vec::<String>::new());
}

/// Polish addresses the client formally (Pan/Pani, or impersonal forms), as every other
/// locale does: no informal second person anywhere in the file.
#[test]
fn polish_never_addresses_the_client_informally() {
    let informal = regex::Regex::new(
        r"(?i)\b(ty|ci|cię|cie|tobie|tobą|twój|twoja|twoje|twojego|twojej|twoim|twoich|twoimi|twym|masz|jesteś|możesz|chcesz|wybierz|napisz|naciśnij|wyślij|podaj|sprawdź|zadzwoń|wpisz|kliknij)\b",
    )
    .unwrap();
    let text = std::fs::read_to_string(support::root().join("locales/pl/anlauf.ftl")).unwrap();
    let found: Vec<String> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#'))
        .filter_map(|(i, l)| informal.find(l).map(|m| format!("line {}: {}", i + 1, m.as_str())))
        .collect();
    assert!(found.is_empty(), "informal forms in pl: {found:#?}");
}

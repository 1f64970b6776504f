//! `anlauf chat` scripted through a pipe, as a counsellor would try it, then the queue
//! read back with `anlauf queue`: the real executable, a real SQLite file.

use std::io::Write;
use std::process::{Command, Stdio};

use anlauf::text::Text;
use chrono::{Duration, Utc};
use serde_json::{json, Value};

use crate::support::{self, say, Db};

fn anlauf(db: &Db, args: &[&str], stdin: &str) -> (bool, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_anlauf"))
        .arg("--config")
        .arg(support::config_path())
        .args(args)
        .env("ANLAUF_DATABASE_URL", &db.url)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

pub(crate) fn chat(db: &Db, language: &str, user: &str, lines: &[&str]) -> String {
    let script = lines.iter().map(|l| format!("{l}\n")).collect::<String>();
    let (ok, stdout, stderr) =
        anlauf(db, &["chat", "--lang", language, "--user", user, "--files", env!("CARGO_TARGET_TMPDIR")], &script);
    assert!(ok, "chat failed: {stderr}");
    stdout
}

fn only_intake(db: &Db) -> Value {
    let (ok, stdout, stderr) = anlauf(db, &["queue", "list", "--format", "json"], "");
    assert!(ok, "{stderr}");
    let list: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(list.as_array().unwrap().len(), 1, "{stdout}");
    let (ok, stdout, stderr) = anlauf(db, &["queue", "show", "1", "--format", "json"], "");
    assert!(ok, "{stderr}");
    serde_json::from_str(&stdout).unwrap()
}

/// A date a few days ahead, written as on a German letter, and its coded form.
pub(crate) fn deadline() -> (String, String) {
    let date = (Utc::now() + Duration::days(10)).date_naive();
    (date.format("%d.%m.%Y").to_string(), date.format("%Y-%m-%d").to_string())
}

crate::contract! {
    fn an_arabic_conversation_in_the_terminal_lands_in_the_queue(db: Db) {
        let (typed, coded) = deadline();
        let words = "عندي رسالة من مكتب الأجانب، Termin am Montag";
        let out = chat(
            &db,
            "ar",
            "amal",
            &["1", "1", "1", "12", "17", "3", "2019", "3", "1", "1", &typed, words, "2", "0151 2345678", "1", "26", "1"],
        );
        let entry = only_intake(&db);
        let reference = entry["reference"].as_str().unwrap();
        assert!(out.contains(reference), "the client saw their reference");
        assert_eq!(entry["language"], "ar");
        assert_eq!(entry["status"], "new");
        assert_eq!(
            entry["answers"],
            json!({
                "topics": ["residence", "housing"],
                "appointment_languages": ["ar"],
                "age_group": "27_64",
                "arrival": 2019,
                "residence": "duldung",
                "integration_course": "obliged",
                "urgent": "deadline",
                "deadline_date": coded,
                "own_words": { "text": words, "language": "ar" },
                "contact": "phone",
                "phone": "0151 2345678",
                "office": "mitte",
            })
        );
        assert!(out.contains(&say("ar", &Text::msg("ask-topics"))), "questions are in Arabic");
    }
}

crate::contract! {
    fn a_ukrainian_conversation_in_the_terminal_lands_in_the_queue(db: Db) {
        let words = "Потрібне місце в дитсадку для сина. Ich spreche wenig Deutsch.";
        chat(&db, "uk-UA", "olena", &["1", "1", "7", "6", "17", "3", "2022", "4", "2", "5", words, "1", "3", "26", "1"]);
        let entry = only_intake(&db);
        assert_eq!(entry["language"], "uk");
        assert_eq!(entry["topics"], json!(["language_course", "childcare"]));
        assert_eq!(
            entry["answers"],
            json!({
                "topics": ["language_course", "childcare"],
                "appointment_languages": ["uk"],
                "age_group": "27_64",
                "arrival": 2022,
                "residence": "temporary_protection",
                "integration_course": "attending",
                "urgent": "no",
                "own_words": { "text": words, "language": "uk" },
                "contact": "chat",
                "office": null,
            })
        );
    }
}

crate::contract! {
    fn a_german_conversation_in_the_terminal_lands_in_the_queue(db: Db) {
        let words = "Bei der Wohnungssuche werde ich wegen meines Namens abgelehnt.";
        chat(&db, "de", "jonas", &["1", "1", "11", "12", "17", "2", "1", "8", "5", words, "3", "2", "26", "1"]);
        let entry = only_intake(&db);
        assert_eq!(
            entry["answers"],
            json!({
                "topics": ["discrimination", "housing"],
                "appointment_languages": ["de"],
                "age_group": "18_26",
                "arrival": "born_here",
                "residence": "german",
                "urgent": "no",
                "own_words": { "text": words, "language": "de" },
                "contact": "in_person",
                "office": "nord",
            })
        );
        let (ok, text, _) = anlauf(&db, &["queue", "show", entry["reference"].as_str().unwrap()], "");
        assert!(ok);
        for line in [
            "Sprache: Deutsch (de)",
            "Anliegen: Diskriminierung und Rassismus; Wohnen",
            "Einreise: in Deutschland geboren",
            "Kontaktweg: persönlich in der Beratungsstelle",
            "Beratungsstelle: Integrationszentrum Musterstadt-Nord",
            &format!("    {words}"),
        ] {
            assert!(text.contains(line), "missing {line:?} in:\n{text}");
        }
    }
}

crate::contract! {
    fn bad_input_is_answered_in_the_clients_language_and_the_conversation_goes_on(db: Db) {
        let long = "x".repeat(5000);
        let year = Utc::now().format("%Y").to_string();
        let words = "سلام\u{7}! Ich habe einen Brief. Привет 👋";
        let out = chat(
            &db,
            "fa",
            "bad",
            &[
                "",
                "1",
                "99",
                "yes please",
                "1",
                &long,
                "3",
                "17",
                "\u{1}\u{2}",
                "4",
                "1800",
                "soon",
                "2030",
                "2020",
                "1",
                "5",
                "5",
                words,
                &long,
                "1",
                "3",
                "26",
                "1",
            ],
        );
        let expect = |text: Text| {
            let rendered = say("fa", &text);
            assert!(out.contains(&rendered), "missing {rendered:?} in:\n{out}");
        };
        expect(Text::msg("error-empty"));
        expect(Text::msg("error-not-an-option"));
        expect(Text::msg("error-number-range").with("min", 1940).with("max", year.parse::<i64>().unwrap()));
        expect(
            Text::msg("error-number-invalid").with("example", Text::Plain((year.parse::<i64>().unwrap() - 2).to_string())),
        );
        let entry = only_intake(&db);
        let answers = &entry["answers"];
        assert_eq!(answers["topics"], json!(["work"]));
        assert_eq!(answers["age_group"], "65_plus");
        assert_eq!(answers["arrival"], 2020);
        assert_eq!(
            answers["own_words"]["text"], "سلام! Ich habe einen Brief. Привет 👋",
            "verbatim, control characters removed"
        );
        let typed = format!("> {long}\n");
        assert_eq!(out.matches(&long).count(), out.matches(&typed).count(), "only the input echo shows the long line");
    }
}

crate::contract! {
    fn a_closed_input_ends_the_chat_and_a_new_run_continues_the_conversation(db: Db) {
        chat(&db, "tr", "ayse", &["1", "1"]);
        let out = chat(&db, "tr", "ayse", &[]);
        assert!(out.contains(&say("tr", &Text::msg("ask-topics"))), "continues at the topics question:\n{out}");
    }
}

crate::contract! {
    fn an_explicit_lang_switches_a_conversation_already_under_way(db: Db) {
        chat(&db, "ar", "same", &["1", "1"]);
        let out = chat(&db, "de", "same", &["/start"]);
        let switched = say("de", &Text::msg("language-switched").with("language", Text::Plain("Deutsch".into())));
        assert_eq!(out.matches(&switched).count(), 1, "said in one line, once:\n{out}");
        assert!(out.contains(&say("de", &Text::msg("ask-topics"))), "the question again, in German:\n{out}");
        assert!(
            out.contains(&say("de", &Text::msg("confirm-restart")))
                || out.contains(&say("de", &Text::msg("ask-language").with("language", Text::Plain("Deutsch".into())))),
            "/start stays in German:\n{out}"
        );
        assert!(!out.contains(&say("ar", &Text::msg("ask-topics"))), "nothing in Arabic any more:\n{out}");
    }
}

crate::contract! {
    fn a_language_that_is_not_shipped_is_said_so(db: Db) {
        let out = chat(&db, "xx", "unknown", &[]);
        let unknown = Text::msg("language-unknown").with("tag", Text::Plain("xx".into()));
        assert!(out.contains(&say("de", &unknown)), "{out}");
    }
}

crate::contract! {
    fn a_piped_transcript_shows_what_was_typed_and_the_commands_offered(db: Db) {
        let out = chat(&db, "en", "echo", &["1", "1", "/back"]);
        for typed in ["> 1\n", "> /back\n"] {
            assert!(out.contains(typed), "{typed:?} in:\n{out}");
        }
        assert!(out.contains("/start ↺"), "the start-over button names /start:\n{out}");
        assert!(!out.contains("/restart"), "{out}");
    }
}

crate::contract! {
    fn a_line_over_64_kib_is_rejected_whole_and_none_of_it_becomes_an_answer(db: Db) {
        // Just over the limit: read in pieces, the 20-byte tail would have been an answer.
        let huge = "z".repeat(anlauf::channel::terminal::MAX_LINE + 20);
        let out = chat(
            &db,
            "en",
            "huge",
            &["1", "1", "12", "17", "3", "2019", "3", "1", "5", &huge, "My own words", "1", "1", "26", "1"],
        );
        let too_long = say("en", &Text::msg("error-too-long").with("max", 4000));
        assert_eq!(out.matches(&too_long).count(), 1, "rejected once, as a whole:\n{out}");
        let entry = only_intake(&db);
        assert_eq!(entry["answers"]["own_words"]["text"], "My own words", "the tail of the long line was not taken");
    }
}

crate::contract! {
    fn danger_typed_where_a_date_or_a_year_is_expected_gets_the_emergency_numbers_then_the_question_again(db: Db) {
        let (typed, _) = deadline();
        let danger = "i have nowhere to sleep tonight, they put us out of the Heim";
        let hits = "my husband hits me";
        let out = chat(
            &db,
            "en",
            "typed-danger",
            &["1", "1", "1", "12", "17", "3", danger, "2019", "3", "1", "1", hits, &typed, "I need help with a letter", "2", "0151 2345678", "1", "26", "1"],
        );
        let shelter = ["Notunterkunft der Stadt Musterstadt", "Bahnhofsweg 4, 99999 Musterstadt", "+49 9999 500 100", "täglich 18:00–08:00"];
        let place = Text::Lines(vec![anlauf::dialog::present::contact_line(&shelter)]);
        let tonight = say("en", &Text::msg("urgent-help-homelessness").with("place", place));
        let police = say("en", &Text::msg("urgent-help-violence"));
        for (typed, question, help) in [(danger, "In which year did you come to Germany?", &tonight), (hits, "What date is the deadline?", &police)] {
            let after = out.split(&format!("> {typed}\n")).nth(1).unwrap_or_else(|| panic!("{typed} echoed: {out}"));
            let reply = after.split("\n> ").next().unwrap();
            let (numbers, asked) = (reply.find(help.as_str()), reply.find(question));
            assert!(
                numbers.is_some() && asked.is_some() && numbers < asked,
                "the emergency numbers, then the question again, in one reply to {typed:?}:\n{reply}"
            );
        }
        let entry = only_intake(&db);
        assert_eq!(entry["answers"]["arrival"], 2019, "the question was answered after all");
        assert!(entry["urgent"].as_bool().unwrap(), "{entry}");
        let (ok, case, _) = anlauf(&db, &["queue", "show", entry["reference"].as_str().unwrap()], "");
        let why = case.lines().find(|l| l.contains("Auslösende Wörter")).unwrap_or_else(|| panic!("staff see why: {case}"));
        assert!(ok && ["hits", "husband", "sleep", "nowhere", "heim", "tonight"].iter().any(|w| why.contains(w)), "{why}");
        assert!(entry["urgency"].as_array().unwrap().contains(&json!("violence")) && entry["urgency"].as_array().unwrap().contains(&json!("homelessness")), "staff see what was found: {entry}");
    }
}

crate::contract! {
    fn the_terminals_files_are_the_users_alone_and_a_delete_confirmation_outlives_the_session(db: Db) {
        use std::os::unix::fs::PermissionsExt;
        let folder = tempfile::tempdir().unwrap();
        let files = folder.path().to_str().unwrap();
        let session = |lines: &[&str]| {
            let script = lines.iter().map(|l| format!("{l}\n")).collect::<String>();
            let (ok, stdout, stderr) =
                anlauf(&db, &["chat", "--lang", "de", "--user", "lea", "--files", files], &script);
            assert!(ok, "{stderr}");
            stdout
        };
        // Consent and a first answer, then the data as a file.
        let shown = session(&["1", "1", "/mydata"]);
        let written: Vec<_> = std::fs::read_dir(folder.path()).unwrap().map(|e| e.unwrap().path()).collect();
        assert_eq!(written.len(), 1, "{written:?}");
        let export = written[0].clone();
        let name = export.file_name().unwrap().to_str().unwrap();
        assert!(name.starts_with("anlauf-lea-") && name.ends_with(".json"), "{name}");
        assert!(shown.contains(&format!("📎 {}", export.display())), "{shown}");
        let mode = std::fs::metadata(&export).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "readable by its owner only");
        assert!(std::fs::read_to_string(&export).unwrap().contains("\"language\""));
        // A second export replaces the first, also through a link left in its place.
        std::fs::remove_file(&export).unwrap();
        let elsewhere = folder.path().join("elsewhere.txt");
        std::fs::write(&elsewhere, "unverändert").unwrap();
        std::os::unix::fs::symlink(&elsewhere, &export).unwrap();
        session(&["/mydata"]);
        assert_eq!(std::fs::read_to_string(&elsewhere).unwrap(), "unverändert", "the link was not written through");
        assert!(!std::fs::symlink_metadata(&export).unwrap().file_type().is_symlink());

        // "Delete everything?" asked, and the session ends before the answer.
        let asked = session(&["/delete"]);
        assert!(asked.contains("Ja, alles löschen"), "{asked}");
        // The next session, with the same --lang, is still at that question: "yes" erases.
        let next = session(&["2"]);
        assert!(next.contains("Ja, alles löschen"), "the question is shown again: {next}");
        assert!(next.contains("Wir haben Ihre Daten gelöscht"), "{next}");
        assert!(!export.exists(), "the export went with the data");
        assert!(elsewhere.exists(), "other files stay");
    }
}

//! The command line as an administrator meets it: help pages, deploy steps without a
//! token, output into a closed pipe, database paths that do not work, processes starting
//! together. The real executable throughout.

use std::process::{Command, Output, Stdio};

use clap::CommandFactory;

use crate::support::{self, Db};

fn anlauf() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_anlauf"));
    command.arg("--config").arg(support::config_path()).env_remove("TELOXIDE_TOKEN").env_remove("RUST_LOG");
    command
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Every command, as the words that reach it (`["queue", "show"]`).
fn command_paths(command: &clap::Command, prefix: Vec<String>, into: &mut Vec<Vec<String>>) {
    into.push(prefix.clone());
    for sub in command.get_subcommands().filter(|s| s.get_name() != "help") {
        let mut path = prefix.clone();
        path.push(sub.get_name().to_owned());
        command_paths(sub, path, into);
    }
}

#[test]
fn every_argument_of_every_command_says_what_it_does() {
    let root = anlauf::cli::Cli::command();
    let mut paths = Vec::new();
    command_paths(&root, Vec::new(), &mut paths);
    assert!(paths.len() > 10, "{paths:?}");
    for path in paths {
        let mut command = &root;
        for name in &path {
            command = command.find_subcommand(name).unwrap();
        }
        for arg in command.get_arguments().filter(|a| !["help", "version"].contains(&a.get_id().as_str())) {
            let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
            assert!(!help.trim().is_empty(), "anlauf {} --{} has no description", path.join(" "), arg.get_id());
        }
        let out = anlauf().args(&path).arg("--help").output().unwrap();
        let page = text(&out.stdout);
        assert!(out.status.success(), "anlauf {} --help: {}", path.join(" "), text(&out.stderr));
        assert!(!page.contains("=]"), "a dangling '=' on anlauf {} --help:\n{page}", path.join(" "));
    }
}

#[test]
fn check_reads_a_database_only_to_compare_and_never_makes_one() {
    let out = anlauf().args(["check", "--help"]).output().unwrap();
    assert!(text(&out.stdout).contains("never created"), "{}", text(&out.stdout));
    let out = anlauf().args(["migrate", "--help"]).output().unwrap();
    assert!(text(&out.stdout).contains("The database to create or update"), "{}", text(&out.stdout));
}

crate::contract! {
    async fn every_command_names_the_offices_and_counsellors_in_force_and_the_file_can_be_put_back(db: Db) {
        use anlauf::content::directory::Directory;
        let store = anlauf::store::connect(&db.url).await.unwrap();
        let file = crate::support::content().config.clone();
        let mut saved = Directory::from_config(&file);
        let original = saved.counsellors[0].name.clone();
        saved.counsellors[0].name = "Zeynep".into();
        let audit = anlauf::store::AuditEntry {
            at: chrono::Utc::now(),
            actor: "Ada Admin".into(),
            action: "directory_save".into(),
            subject: None,
            detail: None,
        };
        store.directory_save(0, &saved.to_toml().unwrap(), &audit).await.unwrap();
        let run = |args: &[&str]| {
            let out = anlauf()
                .args(args)
                .env("ANLAUF_DATABASE_URL", &db.url)
                .env("ANLAUF_FEED_SECRET", "geheim")
                .output()
                .unwrap();
            (out.status.success(), text(&out.stdout), text(&out.stderr))
        };
        let (ok, _, said) = run(&["check"]);
        assert!(ok, "{said}");
        assert!(said.contains("saved in the dashboard are in force (version 1"), "{said}");
        assert!(said.contains("which differ from them"), "{said}");
        assert!(said.contains("warning: edits to [[office]] and [[counsellor]]"), "{said}");
        let (ok, links, said) = run(&["feeds", "--base-url", "https://beratung.example.org"]);
        assert!(ok, "{said}");
        assert!(links.starts_with("Zeynep: https://beratung.example.org/"), "the counsellors in force: {links}");
        assert!(said.contains("in force (version 1"), "{said}");
        let (_, shown, _) = run(&["directory", "show"]);
        assert!(shown.contains("anlauf directory use-file"), "{shown}");

        let (ok, done, said) = run(&["directory", "use-file", "--as", "Ada Admin"]);
        assert!(ok, "{said}");
        assert!(done.starts_with("ok: the offices and counsellors of anlauf.toml are in force (version 2)"), "{done}");
        let (_, shown, _) = run(&["directory", "show"]);
        assert!(shown.contains("of anlauf.toml are in force again"), "{shown}");
        let (_, links, _) = run(&["feeds", "--base-url", "https://beratung.example.org"]);
        assert!(links.starts_with(&format!("{original}: ")), "{links}");
        let (_, _, said) = run(&["check"]);
        assert!(!said.contains("warning"), "{said}");
        let audited = db.number("SELECT count(*) FROM audit_log WHERE action = 'directory_use_file'").await;
        assert_eq!(audited, 1);
    }
}

#[test]
fn links_are_printed_offline_with_the_bot_username() {
    let out = anlauf().args(["telegram", "links", "--bot-username", "@musterstadt_bot"]).output().unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    for office in &support::content().config.offices {
        assert!(
            stdout.contains(&format!("{}: https://t.me/musterstadt_bot?start={}", office.name, office.id)),
            "{stdout}"
        );
    }
}

#[test]
fn links_without_a_token_or_username_say_exactly_what_is_needed() {
    let out = anlauf().args(["telegram", "links"]).output().unwrap();
    assert!(!out.status.success());
    let stderr = text(&out.stderr);
    assert!(stderr.contains("`anlauf telegram links` needs the bot's username: pass --bot-username NAME"), "{stderr}");
    assert!(!stderr.contains("anlauf serve"), "names the command that was run: {stderr}");
    let out = anlauf().args(["telegram", "webhook-info"]).output().unwrap();
    assert!(
        text(&out.stderr).contains("`anlauf telegram webhook-info` needs the bot's token"),
        "{}",
        text(&out.stderr)
    );
}

/// Runs with standard output already closed by its reader, as `| head -c1` leaves it.
fn into_closed_pipe(command: &mut Command) -> Output {
    let mut child = command.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    drop(child.stdout.take());
    child.wait_with_output().unwrap()
}

crate::contract! {
    fn output_into_a_closed_pipe_ends_quietly(db: Db) {
        for args in [vec!["queue", "list", "--format", "json"], vec!["check"], vec!["queue", "list"]] {
            let out = into_closed_pipe(anlauf().args(&args).env("ANLAUF_DATABASE_URL", &db.url));
            let stderr = text(&out.stderr);
            assert!(out.status.success(), "anlauf {}: {:?} {stderr}", args.join(" "), out.status);
            assert!(!stderr.contains("panicked"), "{stderr}");
        }
    }
}

#[test]
fn a_database_in_a_missing_folder_is_named_once_with_what_to_check() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/no/such/folder/anlauf.db", dir.path().display());
    let out = anlauf().args(["migrate", "--database-url", &url]).output().unwrap();
    assert!(!out.status.success());
    let stderr = text(&out.stderr);
    assert_eq!(stderr.matches("unable to open database file").count(), 1, "{stderr}");
    assert!(stderr.contains("no/such/folder does not exist"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
}

crate::contract! {
    fn processes_starting_together_on_a_new_database_all_migrate(db: Db) {
        // A file not made yet (the test's database is made already).
        let db = if db.url.starts_with("sqlite") { crate::support::new_db() } else { db };
        let children: Vec<_> = (0..8)
            .map(|_| {
                anlauf()
                    .args(["migrate", "--database-url", &db.url])
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for child in children {
            let out = child.wait_with_output().unwrap();
            assert!(out.status.success(), "{}", text(&out.stderr));
        }
    }
}

#[test]
fn serve_refuses_a_database_that_keeps_nothing() {
    let out =
        anlauf().args(["serve", "--database-url", "sqlite::memory:", "--listen", "127.0.0.1:0"]).output().unwrap();
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("sqlite::memory: keeps nothing"), "{}", text(&out.stderr));
}

/// One intake in the test database, made through `anlauf chat` as a client would.
pub(crate) fn with_one_intake(db: &Db) {
    let script = ["1", "1", "11", "12", "17", "2", "1", "8", "5", "Meine Worte", "3", "2", "26", "1"].join("\n") + "\n";
    let mut child = anlauf()
        .args(["chat", "--lang", "de", "--user", "cli", "--files", env!("CARGO_TARGET_TMPDIR")])
        .env("ANLAUF_DATABASE_URL", &db.url)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), script.as_bytes()).unwrap();
    assert!(child.wait().unwrap().success());
}

crate::contract! {
    fn queue_show_finds_a_reference_however_it_is_typed_and_json_has_one_shape(db: Db) {
        with_one_intake(&db);
        let list =
            anlauf().args(["queue", "list", "--format", "json"]).env("ANLAUF_DATABASE_URL", &db.url).output().unwrap();
        let list: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
        let reference = list[0]["reference"].as_str().unwrap().to_owned();
        let typed = reference.replace('-', "").to_lowercase();
        let out = anlauf()
            .args(["queue", "show", &typed, "--format", "json"])
            .env("ANLAUF_DATABASE_URL", &db.url)
            .output()
            .unwrap();
        assert!(out.status.success(), "{typed}: {}", text(&out.stderr));
        let entry: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(entry["reference"], reference.as_str());
        let keys: Vec<&str> = entry.as_object().unwrap().keys().map(String::as_str).collect();
        for key in ["id", "reference", "status", "received_at", "language", "topics", "urgent", "answers"] {
            assert!(keys.contains(&key), "{key} in {keys:?}");
        }
        assert!(!keys.contains(&"summary"), "nothing twice: {keys:?}");
        let received = entry["received_at"].as_str().unwrap();
        let parsed = chrono::DateTime::parse_from_rfc3339(received).unwrap();
        assert!(received.ends_with("+01:00") || received.ends_with("+02:00"), "Berlin's offset: {received}");
        assert_eq!(parsed.timestamp_subsec_nanos(), 0, "to the second: {received}");
        assert_eq!(list[0], entry, "list and show give the same shape");
    }
}

crate::contract! {
    fn staff_work_a_case_from_the_terminal_and_a_colleague_is_told_who_has_it(db: Db) {
        with_one_intake(&db);
        let run = |args: &[&str]| {
            let out = anlauf().args(args).env("ANLAUF_DATABASE_URL", &db.url).output().unwrap();
            (out.status.code().unwrap_or(-1), text(&out.stdout), text(&out.stderr))
        };
        let (code, claimed, _) = run(&["queue", "claim", "--as", "Amira Haddad", "--for", "20"]);
        assert_eq!(code, 0);
        assert!(claimed.starts_with("Übernommen: #1 "), "{claimed}");
        let (code, _, refused) = run(&["queue", "claim", "1", "--as", "Jonas"]);
        assert_eq!(code, 3, "{refused}");
        assert!(refused.contains("Amira Haddad hat diese Anfrage bis"), "{refused}");
        let (code, none, _) = run(&["queue", "claim", "--as", "Jonas"]);
        assert_eq!((code, none.trim()), (0, "Keine neue Anfrage zu übernehmen."));
        assert_eq!(run(&["queue", "note", "1", "Rückruf am Montag", "--as", "Amira Haddad"]).0, 0);
        let (code, _, unknown) = run(&["queue", "assign", "1", "niemand", "--as", "Amira Haddad"]);
        assert_eq!(code, 3);
        assert!(unknown.contains("„niemand“") && unknown.contains("amira"), "the known ids are listed: {unknown}");
        assert_eq!(run(&["queue", "assign", "1", "nino", "--as", "Amira Haddad"]).0, 0);
        let (code, listed, _) = run(&["queue", "list", "--status", "in_progress", "--assignee", "nino"]);
        assert_eq!(code, 0);
        assert!(listed.contains("in Bearbeitung") && listed.contains("nino"), "{listed}");
        let (_, empty, _) = run(&["queue", "list", "--status", "closed"]);
        assert_eq!(empty.trim(), "Die Warteschlange ist leer.");
        let (code, _, bad) = run(&["queue", "list", "--status", "done"]);
        assert_eq!(code, 3);
        assert!(bad.contains("in_progress"), "{bad}");
        let (code, _, outcome) = run(&["queue", "close", "1", "--outcome", "fertig", "--as", "Amira Haddad"]);
        assert_eq!(code, 3);
        assert!(outcome.contains("advised"), "{outcome}");
        let (code, closed, _) = run(&["queue", "close", "1", "--outcome", "advised", "--as", "Amira Haddad"]);
        assert_eq!(code, 0);
        assert!(closed.contains("abgeschlossen"), "{closed}");
        let (_, shown, _) = run(&["queue", "show", "1"]);
        for expected in
            ["Status: abgeschlossen", "Zugewiesen an: Nino", "Ergebnis: beraten", "Verlauf", "Rückruf am Montag"]
        {
            assert!(shown.contains(expected), "{expected} in:\n{shown}");
        }
        let history: Vec<&str> = shown.lines().filter(|l| l.contains("Amira Haddad:")).collect();
        assert_eq!(history.len(), 4, "claim, note, assign, close: {history:?}");
        let (code, _, missing) = run(&["queue", "note", "ZZZZ-ZZZZ", "x", "--as", "Amira Haddad"]);
        assert_eq!(code, 2, "{missing}");
        // What was changed, the next case claimed or a case by number, is in the audit log
        // as in the dashboard: by reference, with no words of the note; refused actions
        // and a claim with nothing to claim are not.
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        let audit = runtime.block_on(db.texts("SELECT actor, action, subject, COALESCE(detail, '-') FROM audit_log ORDER BY id"));
        let reference = runtime.block_on(db.column("SELECT reference FROM intakes")).remove(0);
        let line = |action: &str, detail: &str| vec!["Amira Haddad".to_owned(), action.to_owned(), reference.clone(), detail.to_owned()];
        assert_eq!(audit, vec![line("claim", "-"), line("note", "-"), line("assign", "nino"), line("close", "advised")]);
    }
}

/// One intake whose client booked the first free appointment, through `anlauf chat`.
pub(crate) fn with_one_booked_intake(db: &Db) {
    let script = ["1", "1", "11", "12", "17", "2", "1", "8", "5", "Meine Worte", "3", "2", "26", "1", "1", "1"];
    let script = script.join("\n") + "\n";
    let mut child = anlauf()
        .args(["chat", "--lang", "de", "--user", "cli", "--files", env!("CARGO_TARGET_TMPDIR")])
        .env("ANLAUF_DATABASE_URL", &db.url)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), script.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    assert!(text(&out.stdout).contains("Ihr Termin ist gebucht"), "{}", text(&out.stdout));
}

crate::contract! {
    fn a_claim_on_a_booked_case_holds_against_every_action_of_a_colleague(db: Db) {
        with_one_booked_intake(&db);
        let run = |args: &[&str]| {
            let out = anlauf().args(args).env("ANLAUF_DATABASE_URL", &db.url).output().unwrap();
            (out.status.code().unwrap_or(-1), text(&out.stdout), text(&out.stderr))
        };
        let shown = |field: &str| {
            let (_, json, _) = run(&["queue", "show", "1", "--format", "json"]);
            let json: serde_json::Value = serde_json::from_str(&json).unwrap();
            json[field].clone()
        };
        assert_eq!(shown("status"), "booked");
        let (code, claimed, _) = run(&["queue", "claim", "1", "--as", "Amira Haddad", "--for", "20"]);
        assert_eq!(code, 0, "{claimed}");
        assert_eq!((shown("status"), shown("holder")), ("booked".into(), "Amira Haddad".into()));
        let target = crate::support::content().triage.directory.services[0].id.get_ref().clone();
        for action in [
            vec!["claim", "1"],
            vec!["assign", "1", "nino"],
            vec!["refer", "1", "--to", &target],
            vec!["close", "1", "--outcome", "advised"],
        ] {
            let args: Vec<&str> = ["queue"].into_iter().chain(action.iter().copied()).chain(["--as", "Jonas"]).collect();
            let (code, _, refused) = run(&args);
            assert_eq!(code, 3, "{action:?}: {refused}");
            assert!(refused.contains("Amira Haddad hat diese Anfrage bis"), "{action:?}: {refused}");
        }
        let (code, _, refused) = run(&["queue", "release", "1", "--as", "Jonas"]);
        assert_eq!(code, 3, "only the holder gives a claim back: {refused}");
        assert_eq!((shown("status"), shown("holder")), ("booked".into(), "Amira Haddad".into()), "nothing changed");
        let (_, listed, _) = run(&["queue", "show", "1"]);
        assert!(listed.contains("Status: Termin gebucht (übernommen bis "), "{listed}");
        assert_eq!(run(&["queue", "close", "1", "--outcome", "advised", "--as", "Amira Haddad"]).0, 0);
        assert_eq!(shown("status"), "closed");
    }
}

#[test]
fn commands_on_stored_data_refuse_a_missing_database_file_and_create_none() {
    let db = crate::support::new_db();
    let path = db.url.trim_start_matches("sqlite://").to_owned();
    for args in [
        vec!["queue", "list"],
        vec!["queue", "claim", "--as", "Amira"],
        vec!["staff", "list"],
        vec!["booking", "show", "ABCD-EFGH"],
        vec!["slots"],
    ] {
        let out = anlauf().args(&args).env("ANLAUF_DATABASE_URL", &db.url).output().unwrap();
        assert!(!out.status.success(), "{args:?}");
        let said = text(&out.stderr);
        assert!(said.contains(&format!("there is no database at {path}")), "{args:?}: {said}");
        assert!(said.contains("`anlauf migrate` create one"), "{args:?}: {said}");
        assert!(!std::path::Path::new(&path).exists(), "{args:?} made a file");
    }
    let out = anlauf().args(["migrate", "--database-url", &db.url]).output().unwrap();
    assert!(out.status.success());
    assert!(text(&out.stderr).contains("a new, empty one was created"), "and says so: {}", text(&out.stderr));
    let out = anlauf().args(["queue", "list"]).env("ANLAUF_DATABASE_URL", &db.url).output().unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
}

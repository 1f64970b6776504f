//! The documented backup (docs/operations.md, "Backups"): `anlauf backup` while the real
//! `anlauf serve` runs, then a restore done as the page says.

use std::os::unix::fs::PermissionsExt;
use std::process::Command;

use crate::support;

fn anlauf(db: &support::Db, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_anlauf"))
        .arg("--config")
        .arg(support::config_path())
        .args(args)
        .env("ANLAUF_DATABASE_URL", &db.url)
        .output()
        .unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_backup_taken_while_serving_restores_everything_written_before_it() {
    let db = support::fresh_db();
    crate::cli::with_one_intake(&db);
    let served = crate::serve::serve(&db, &[]);
    served.wait_for("listening").await;
    let folder = tempfile::tempdir().unwrap();
    let copy = folder.path().join("anlauf-backup.db");
    let copy_arg = copy.to_str().unwrap();

    let taken = anlauf(&db, &["backup", "--to", copy_arg]);
    assert!(taken.status.success(), "{}", String::from_utf8_lossy(&taken.stderr));
    assert!(String::from_utf8_lossy(&taken.stdout).starts_with(&format!("ok: {copy_arg} (")));
    assert_eq!(std::fs::metadata(&copy).unwrap().permissions().mode() & 0o777, 0o600, "readable by its owner only");
    let again = anlauf(&db, &["backup", "--to", copy_arg]);
    assert!(!again.status.success(), "an existing file is never overwritten");
    // Written after the backup: not in it.
    crate::cli::with_one_intake(&db);
    let (status, _) = served.stop().await;
    assert!(status.success());

    // The restore, as documented: the database and its -wal and -shm aside, the copy in its place.
    let path = db.url.trim_start_matches("sqlite://").to_owned();
    for suffix in ["", "-wal", "-shm"] {
        let file = format!("{path}{suffix}");
        if std::path::Path::new(&file).exists() {
            std::fs::rename(&file, format!("{file}.broken")).unwrap();
        }
    }
    std::fs::copy(&copy, &path).unwrap();
    let listed = anlauf(&db, &["queue", "list", "--format", "json"]);
    assert!(listed.status.success(), "{}", String::from_utf8_lossy(&listed.stderr));
    let list: serde_json::Value = serde_json::from_slice(&listed.stdout).unwrap();
    assert_eq!(list.as_array().unwrap().len(), 1, "the intake from before the backup, not the one after: {list}");
    assert_eq!(list[0]["answers"]["own_words"]["text"], "Meine Worte");
}

#[test]
fn a_missing_database_file_is_not_backed_up_and_not_made() {
    let db = support::new_db();
    let folder = tempfile::tempdir().unwrap();
    let copy = folder.path().join("copy.db");
    let out = anlauf(&db, &["backup", "--to", copy.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("there is no database at"));
    assert!(!copy.exists() && !std::path::Path::new(db.url.trim_start_matches("sqlite://")).exists());
}

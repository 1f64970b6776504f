//! The SQLite file this process opened, watched: SQLite keeps writing to a file that was
//! deleted or replaced under it (the open descriptor still points to the old one), so
//! every answer would look fine and everything written would be gone at the next start.
//! Each time a connection is taken from the pool the file's identity (device and inode)
//! is compared with the one at the start; when it differs, or the file is gone, nothing
//! more is read or written, the error is logged once and `/healthz` fails. The
//! checkpoints that move the log into the file are watched here too: their failures are
//! logged (once per run of failures) and counted for `/metrics`.

use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::OnceLock;

#[derive(Debug)]
pub(super) struct FileWatch {
    /// `None` for an in-memory database.
    path: Option<PathBuf>,
    /// The file's identity once it is open (see [`FileWatch::arm`]).
    identity: OnceLock<Identity>,
    /// Said once: the file is not the one opened.
    lost: AtomicBool,
    /// The last checkpoint failed (so the next failure is not logged again).
    failing: AtomicBool,
    pub(super) checkpoint_failures: AtomicU64,
}

/// Device, inode and (where the file system keeps it) birth time: a new file may get the
/// inode number of the deleted one, not its birth time.
type Identity = (u64, u64, Option<std::time::SystemTime>);

fn identity(path: &Path) -> Option<Identity> {
    std::fs::metadata(path).ok().map(|m| (m.dev(), m.ino(), m.created().ok()))
}

impl FileWatch {
    /// A watch over the file at `path` (`None`: in memory), armed by [`FileWatch::arm`].
    pub(super) fn new(path: Option<&Path>) -> FileWatch {
        let path = path.filter(|p| !p.as_os_str().is_empty() && p.as_os_str() != ":memory:");
        FileWatch {
            identity: OnceLock::new(),
            path: path.map(Path::to_path_buf),
            lost: AtomicBool::new(false),
            failing: AtomicBool::new(false),
            checkpoint_failures: AtomicU64::new(0),
        }
    }

    /// Takes the file as it is now (opened, and created if it was missing) as the one to
    /// keep to.
    pub(super) fn arm(&self) {
        if let Some(now) = self.path.as_deref().and_then(identity) {
            let _ = self.identity.set(now);
        }
    }

    /// Whether the file is still the one opened; why not, in words for the log and the
    /// error a caller gets.
    pub(super) fn check(&self) -> Result<(), String> {
        let (Some(path), Some(&opened)) = (&self.path, self.identity.get()) else { return Ok(()) };
        let why = match identity(path) {
            Some(now) if now == opened => return Ok(()),
            Some(_) => format!("the database file {} was replaced since this process opened it", path.display()),
            None => format!("the database file {} was deleted or moved since this process opened it", path.display()),
        };
        if !self.lost.swap(true, Ordering::Relaxed) {
            tracing::error!(
                file = %path.display(),
                "{why}: nothing more is read or written. Restore the file (from a backup) and restart; \
                 what was written since it went is lost"
            );
        }
        // What callers get (and sqlx logs, at each connection it tries) points to that one
        // line rather than repeating it.
        Err(format!("the database file {} is not the one this process opened (said once in the log)", path.display()))
    }

    /// Records how a checkpoint went.
    pub(super) fn checkpoint(&self, result: Result<(), String>) {
        match result {
            Ok(()) => {
                if self.failing.swap(false, Ordering::Relaxed) {
                    tracing::info!("checkpoints succeed again");
                }
            }
            // The file went between the caller's check and the checkpoint: the watch said
            // so once, loudly; that is no failure of the checkpoint.
            Err(_) if self.check().is_err() => {}
            Err(error) => {
                self.checkpoint_failures.fetch_add(1, Ordering::Relaxed);
                if !self.failing.swap(true, Ordering::Relaxed) {
                    tracing::error!(
                        %error,
                        "a checkpoint failed: the write-ahead log cannot be moved into the database file and grows; \
                         check that the file and its folder can be written and the disk has room"
                    );
                }
            }
        }
    }

    /// Size of the write-ahead log in bytes, if there is one.
    pub(super) fn wal_bytes(&self) -> Option<u64> {
        let path = self.path.as_ref()?;
        let mut wal = path.as_os_str().to_owned();
        wal.push("-wal");
        std::fs::metadata(PathBuf::from(wal)).ok().map(|m| m.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_deleted_or_replaced_file_is_noticed_and_memory_is_never_lost() {
        let temp = tempfile::tempdir().unwrap();
        let dir = temp.path();
        let path = dir.join("anlauf.db");
        std::fs::write(&path, b"x").unwrap();
        let watch = FileWatch::new(Some(&path));
        watch.arm();
        assert_eq!(watch.check(), Ok(()));
        std::fs::write(dir.join("other"), b"y").unwrap();
        std::fs::rename(&path, dir.join("moved")).unwrap();
        assert!(watch.check().unwrap_err().contains("not the one this process opened"));
        std::fs::rename(dir.join("other"), &path).unwrap();
        assert!(watch.check().is_err(), "replaced");
        assert_eq!(FileWatch::new(None).check(), Ok(()));
        std::fs::write(dir.join("kept"), b"z").unwrap();
        let watch = FileWatch::new(Some(&dir.join("kept")));
        watch.arm();
        watch.checkpoint(Err("disk I/O error".into()));
        watch.checkpoint(Err("disk I/O error".into()));
        watch.checkpoint(Ok(()));
        assert_eq!(watch.checkpoint_failures.load(Ordering::Relaxed), 2, "every failure counts");
        assert_eq!(FileWatch::new(Some(Path::new(":memory:"))).check(), Ok(()));
    }

    #[test]
    fn a_checkpoint_that_fails_because_the_file_went_is_not_a_checkpoint_failure() {
        let temp = tempfile::tempdir().unwrap();
        let path = temp.path().join("anlauf.db");
        std::fs::write(&path, b"x").unwrap();
        let watch = FileWatch::new(Some(&path));
        watch.arm();
        std::fs::remove_file(&path).unwrap();
        watch.checkpoint(Err("the database file was deleted or moved".into()));
        assert_eq!(watch.checkpoint_failures.load(Ordering::Relaxed), 0);
        assert!(!watch.failing.load(Ordering::Relaxed), "nothing said about checkpoints");
        assert!(watch.lost.load(Ordering::Relaxed), "the file's loss was said");
    }
}

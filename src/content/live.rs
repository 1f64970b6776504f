//! The content in force, replaceable while the service runs: staff change offices and
//! counsellors from the dashboard, and every instance takes the change up without a
//! restart. Readers take a snapshot (an `Arc`) and keep it for what they do; a change
//! never alters a snapshot someone holds.

use std::sync::{Arc, RwLock};

use super::Content;

/// A version of the content: the directory version it carries (0: the configuration
/// file's offices and counsellors) and the content itself.
#[derive(Clone)]
pub struct Snapshot {
    pub version: i64,
    pub content: Arc<Content>,
}

pub struct Live {
    current: RwLock<Snapshot>,
    /// The content as the configuration file has it, for a saved version that puts the
    /// file's offices and counsellors back in force.
    file: Arc<Content>,
}

impl Live {
    pub fn new(content: Arc<Content>) -> Live {
        Live { current: RwLock::new(Snapshot { version: 0, content: content.clone() }), file: content }
    }

    /// The content as the configuration file has it.
    pub fn file(&self) -> Arc<Content> {
        self.file.clone()
    }

    pub fn get(&self) -> Arc<Content> {
        self.snapshot().content
    }

    pub fn snapshot(&self) -> Snapshot {
        // A writer never panics while holding the lock (it only swaps a value), so a
        // poisoned lock still holds a whole snapshot.
        self.current.read().unwrap_or_else(|poisoned| poisoned.into_inner()).clone()
    }

    /// Puts `content` in force if `version` is newer than the one in force; whether it did.
    pub fn replace(&self, version: i64, content: Arc<Content>) -> bool {
        let mut current = self.current.write().unwrap_or_else(|poisoned| poisoned.into_inner());
        if version <= current.version {
            return false;
        }
        *current = Snapshot { version, content };
        true
    }
}

//! Password hashing for the dashboard, bounded in time and memory whatever arrives.
//!
//! Argon2 takes about 19 MiB and tens of milliseconds per password, on purpose. It runs
//! on two threads of its own (never on the threads that serve the bot and the pages, and
//! never on a new thread per attempt: each thread keeps its own allocator arena, and a
//! flood spread over hundreds of blocking threads once kept hundreds of megabytes), each
//! filling the same memory for every password. Attempts wait their turn in order, at
//! most [`WAITING`] of them and for at most [`WAIT`]; one more, or one that waited too
//! long, is refused with [`Busy`] before it reads or writes anything. So a flood costs
//! a 503 per attempt beyond the waiting room, and a colleague signing in during it
//! waits behind the flood's attempts in hand, not behind all it sends.

use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::sync::{Arc, Mutex, OnceLock};

use tokio::sync::{oneshot, OwnedSemaphorePermit, Semaphore};

use crate::secret;

/// Threads that hash.
const THREADS: usize = 2;
/// Attempts in hand: hashing, or handed to a thread.
const PLACES: usize = THREADS * 2;
/// Attempts that may wait for a place.
pub const WAITING: usize = 64;
/// How long an attempt waits for a place.
pub const WAIT: std::time::Duration = std::time::Duration::from_secs(5);

/// Too many attempts in hand: try again in a moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("password hashing is busy")]
pub struct Busy;

enum Job {
    Verify {
        password: String,
        hash: String,
        reply: oneshot::Sender<bool>,
    },
    /// A login nobody has: checked against a hash that matches no password.
    Unknown {
        password: String,
        reply: oneshot::Sender<bool>,
    },
    Hash {
        password: String,
        reply: oneshot::Sender<Result<String, String>>,
    },
}

struct Pool {
    jobs: SyncSender<Job>,
    /// One per attempt in hand.
    places: Arc<Semaphore>,
    /// One per attempt waiting for a place.
    room: Arc<Semaphore>,
}

fn pool() -> &'static Pool {
    static POOL: OnceLock<Pool> = OnceLock::new();
    POOL.get_or_init(|| {
        let (jobs, queue) = sync_channel(PLACES);
        let queue = Arc::new(Mutex::new(queue));
        for n in 0..THREADS {
            let queue = queue.clone();
            let spawned = std::thread::Builder::new().name(format!("anlauf-hash-{n}")).spawn(move || work(&queue));
            if let Err(error) = spawned {
                tracing::error!(%error, "a password hashing thread could not start");
            }
        }
        Pool { jobs, places: Arc::new(Semaphore::new(PLACES)), room: Arc::new(Semaphore::new(WAITING)) }
    })
}

fn work(queue: &Mutex<Receiver<Job>>) {
    // Each thread fills the same memory for every password.
    let mut memory = secret::HashMemory::default();
    // A hash that matches no password, made here the first time a login is unknown (so an
    // unknown login takes as long to refuse as a wrong password, and costs no more).
    static NOBODY: OnceLock<String> = OnceLock::new();
    loop {
        let job = match queue.lock() {
            Ok(queue) => queue.recv(),
            Err(_) => return,
        };
        match job {
            Ok(Job::Verify { password, hash, reply }) => {
                let _ = reply.send(secret::verify_password_with(&password, &hash, &mut memory));
            }
            Ok(Job::Unknown { password, reply }) => {
                let nobody = NOBODY
                    .get_or_init(|| secret::hash_password_with(&secret::token(), &mut memory).unwrap_or_default());
                let _ = reply.send(secret::verify_password_with(&password, nobody, &mut memory));
            }
            Ok(Job::Hash { password, reply }) => {
                let _ = reply.send(secret::hash_password_with(&password, &mut memory));
            }
            Err(_) => return,
        }
    }
}

/// A place among the attempts in hand; taken before anything else is done for an
/// attempt, given back when it is dropped.
pub struct Ticket {
    _permit: OwnedSemaphorePermit,
}

/// A place for one attempt, in turn: [`Busy`] at once when the waiting room is full, or
/// after [`WAIT`] without a place.
pub async fn admit() -> Result<Ticket, Busy> {
    let pool = pool();
    if let Ok(permit) = pool.places.clone().try_acquire_owned() {
        return Ok(Ticket { _permit: permit });
    }
    let _waiting = pool.room.clone().try_acquire_owned().map_err(|_| Busy)?;
    match tokio::time::timeout(WAIT, pool.places.clone().acquire_owned()).await {
        Ok(Ok(permit)) => Ok(Ticket { _permit: permit }),
        _ => Err(Busy),
    }
}

impl Ticket {
    /// Whether `password` matches `hash`; an unreadable hash, or a hashing thread that
    /// is gone, matches nothing.
    pub async fn verify(&self, password: &str, hash: &str) -> bool {
        let (reply, answer) = oneshot::channel();
        let job = Job::Verify { password: password.to_owned(), hash: hash.to_owned(), reply };
        // Never full: there are no more tickets than places in the queue.
        pool().jobs.try_send(job).is_ok() && answer.await.unwrap_or(false)
    }

    /// Checks `password` as for a login nobody has: as long as a wrong password takes,
    /// and `false`.
    pub async fn verify_unknown(&self, password: &str) -> bool {
        let (reply, answer) = oneshot::channel();
        let job = Job::Unknown { password: password.to_owned(), reply };
        pool().jobs.try_send(job).is_ok() && answer.await.unwrap_or(false)
    }

    /// A new password's hash.
    pub async fn hash(&self, password: &str) -> Result<String, String> {
        let (reply, answer) = oneshot::channel();
        let job = Job::Hash { password: password.to_owned(), reply };
        pool().jobs.try_send(job).map_err(|_| "password hashing is not available".to_owned())?;
        answer.await.map_err(|_| "password hashing stopped".to_owned())?
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn attempts_wait_their_turn_and_beyond_the_waiting_room_are_refused_at_once() {
        let mut tickets = Vec::new();
        for _ in 0..PLACES {
            tickets.push(admit().await.unwrap());
        }
        let hash = tickets[0].hash("lange-genug-und-eigen").await.unwrap();
        assert!(tickets[1].verify("lange-genug-und-eigen", &hash).await);
        assert!(!tickets[2].verify("falsch", &hash).await);
        assert!(!tickets[3].verify_unknown("lange-genug-und-eigen").await, "nobody's hash matches nothing");
        // All places taken: the waiting room fills, one more is refused at once.
        let mut waiting = tokio::task::JoinSet::new();
        for _ in 0..WAITING {
            waiting.spawn(async { admit().await.is_ok() });
        }
        while pool().room.available_permits() > 0 {
            tokio::task::yield_now().await;
        }
        assert!(matches!(admit().await, Err(Busy)), "the waiting room is full");
        // Places freed: every one waiting gets one in turn (each gives it back at once).
        drop(tickets);
        let mut admitted = 0;
        while let Some(ok) = waiting.join_next().await {
            admitted += usize::from(ok.unwrap());
        }
        assert_eq!(admitted, WAITING);
        assert!(admit().await.is_ok());
    }
}

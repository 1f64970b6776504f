//! Case work on a submitted intake: its states, who may do what, and what each action
//! changes. Pure: both stores read a case, ask [`apply`] and write what it answers, with
//! a history entry, inside one transaction.
//!
//! ```text
//! new ──claim──▶ claimed ──note/assign──▶ in_progress ──refer──▶ referred
//!  ▲               │  (lease lapses, or release)     ├──close──▶ closed (outcome)
//!  └───────────────┘                                  └──(client books)──▶ booked
//! ```
//!
//! A claim is a lease: the case is the claimer's until it lapses, and then anyone's
//! again. Working on a claimed case (a note, an assignment) makes it `in_progress`,
//! which holds without a lease. Referred and closed cases are finished: they take
//! notes, nothing else.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum CaseStatus {
    New,
    Claimed,
    InProgress,
    Referred,
    Booked,
    Closed,
}

impl CaseStatus {
    pub const ALL: [CaseStatus; 6] = [
        CaseStatus::New,
        CaseStatus::Claimed,
        CaseStatus::InProgress,
        CaseStatus::Referred,
        CaseStatus::Booked,
        CaseStatus::Closed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            CaseStatus::New => "new",
            CaseStatus::Claimed => "claimed",
            CaseStatus::InProgress => "in_progress",
            CaseStatus::Referred => "referred",
            CaseStatus::Booked => "booked",
            CaseStatus::Closed => "closed",
        }
    }

    pub fn parse(text: &str) -> Option<CaseStatus> {
        CaseStatus::ALL.into_iter().find(|s| s.as_str() == text)
    }

    pub fn is_finished(self) -> bool {
        matches!(self, CaseStatus::Referred | CaseStatus::Closed)
    }
}

/// How a closed case ended: the codes statistics count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Counselled: the question is answered or the matter in hand.
    Advised,
    /// Helped with a form, a letter or an application.
    Supported,
    /// Outside this service's remit, and no referral fitted.
    NotResponsible,
    /// The client could not be reached.
    NoContact,
    /// The client no longer needs help.
    Withdrawn,
    /// The same request again: handled under another reference.
    Duplicate,
}

impl Outcome {
    pub const ALL: [Outcome; 6] = [
        Outcome::Advised,
        Outcome::Supported,
        Outcome::NotResponsible,
        Outcome::NoContact,
        Outcome::Withdrawn,
        Outcome::Duplicate,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Advised => "advised",
            Outcome::Supported => "supported",
            Outcome::NotResponsible => "not_responsible",
            Outcome::NoContact => "no_contact",
            Outcome::Withdrawn => "withdrawn",
            Outcome::Duplicate => "duplicate",
        }
    }

    pub fn parse(text: &str) -> Option<Outcome> {
        Outcome::ALL.into_iter().find(|o| o.as_str() == text)
    }
}

/// The work fields of a case as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseState {
    pub status: CaseStatus,
    /// Who claimed the case or works on it.
    pub holder: Option<String>,
    /// Until when a claim holds (only while `claimed`).
    pub claimed_until: Option<DateTime<Utc>>,
    pub assignee: Option<String>,
    pub referred_to: Option<String>,
    pub outcome: Option<Outcome>,
}

impl CaseState {
    pub fn new_case() -> CaseState {
        CaseState {
            status: CaseStatus::New,
            holder: None,
            claimed_until: None,
            assignee: None,
            referred_to: None,
            outcome: None,
        }
    }

    /// The status as it stands at `now`: a claim whose lease lapsed is new again.
    pub fn status_at(&self, now: DateTime<Utc>) -> CaseStatus {
        match (self.status, self.claimed_until) {
            (CaseStatus::Claimed, Some(until)) if until < now => CaseStatus::New,
            (status, _) => status,
        }
    }

    /// Someone else's claim or work that still holds at `now`.
    fn held_by_other(&self, actor: &str, now: DateTime<Utc>) -> Option<Refusal> {
        let holder = self.holder.as_deref()?;
        match self.status_at(now) {
            CaseStatus::Claimed | CaseStatus::InProgress if holder != actor => {
                Some(Refusal::HeldBy { holder: holder.to_owned(), until: self.claimed_until })
            }
            _ => None,
        }
    }
}

/// Longest note kept, in characters.
pub const NOTE_LIMIT: usize = 4000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaseAction {
    /// Takes the case until `until` (again, to extend one's own claim).
    Claim {
        until: DateTime<Utc>,
    },
    /// Gives a claim back.
    Release,
    Note(String),
    /// Gives the case to a named counsellor.
    Assign(String),
    /// Sends the client on to another service (a directory id).
    Refer(String),
    Close(Outcome),
    /// The client booked an appointment (recorded by the booking, not by staff).
    Booked,
    /// The appointment was cancelled: the case needs attention again.
    Unbooked,
}

impl CaseAction {
    /// The word the case history records.
    pub fn name(&self) -> &'static str {
        match self {
            CaseAction::Claim { .. } => "claim",
            CaseAction::Release => "release",
            CaseAction::Note(_) => "note",
            CaseAction::Assign(_) => "assign",
            CaseAction::Refer(_) => "refer",
            CaseAction::Close(_) => "close",
            CaseAction::Booked => "booked",
            CaseAction::Unbooked => "unbooked",
        }
    }

    /// What the history records beside the action.
    pub fn detail(&self) -> Option<String> {
        match self {
            CaseAction::Claim { until } => Some(until.to_rfc3339()),
            CaseAction::Note(text) => Some(text.clone()),
            CaseAction::Assign(who) => Some(who.clone()),
            CaseAction::Refer(to) => Some(to.clone()),
            CaseAction::Close(outcome) => Some(outcome.as_str().to_owned()),
            CaseAction::Release | CaseAction::Booked | CaseAction::Unbooked => None,
        }
    }
}

/// Why an action was not taken.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("the case is held by {holder}")]
    HeldBy { holder: String, until: Option<DateTime<Utc>> },
    #[error("the case is finished ({})", .0.as_str())]
    Finished(CaseStatus),
    #[error("the case is not claimed by you")]
    NotClaimed,
    #[error("the note is empty")]
    EmptyNote,
    #[error("the note is longer than {NOTE_LIMIT} characters")]
    LongNote,
}

/// What `actor` doing `action` at `now` makes of a case: its new state, or why not.
/// `Ok(None)`: allowed, nothing changes but the history (a note on a case one does not
/// hold, a booking of a finished case).
pub fn apply(
    state: &CaseState,
    actor: &str,
    action: &CaseAction,
    now: DateTime<Utc>,
) -> Result<Option<CaseState>, Refusal> {
    let status = state.status_at(now);
    let mut next = state.clone();
    if status == CaseStatus::New {
        // A lapsed claim is gone.
        next.status = CaseStatus::New;
        next.claimed_until = None;
        if state.status == CaseStatus::Claimed {
            next.holder = None;
        }
    }
    let open = || if status.is_finished() { Err(Refusal::Finished(status)) } else { Ok(()) };
    let free = || state.held_by_other(actor, now).map_or(Ok(()), Err);
    match action {
        CaseAction::Claim { until } => {
            open()?;
            free()?;
            match status {
                CaseStatus::New | CaseStatus::Claimed => {
                    next.status = CaseStatus::Claimed;
                    next.holder = Some(actor.to_owned());
                    next.claimed_until = Some(*until);
                }
                // Already being worked on, by this actor or nobody in particular.
                _ => next.holder = Some(actor.to_owned()),
            }
        }
        CaseAction::Release => {
            if status != CaseStatus::Claimed || state.holder.as_deref() != Some(actor) {
                return Err(Refusal::NotClaimed);
            }
            next.status = CaseStatus::New;
            next.holder = None;
            next.claimed_until = None;
        }
        CaseAction::Note(text) => {
            if text.trim().is_empty() {
                return Err(Refusal::EmptyNote);
            }
            if text.chars().count() > NOTE_LIMIT {
                return Err(Refusal::LongNote);
            }
            if status == CaseStatus::Claimed && state.holder.as_deref() == Some(actor) {
                next.status = CaseStatus::InProgress;
                next.claimed_until = None;
            } else if next == *state {
                return Ok(None);
            }
        }
        CaseAction::Assign(who) => {
            open()?;
            free()?;
            next.assignee = Some(who.clone());
            if next.holder.is_none() {
                next.holder = Some(actor.to_owned());
            }
            if matches!(status, CaseStatus::New | CaseStatus::Claimed) {
                next.status = CaseStatus::InProgress;
            }
            next.claimed_until = None;
        }
        CaseAction::Refer(to) => {
            open()?;
            free()?;
            next.status = CaseStatus::Referred;
            next.referred_to = Some(to.clone());
            next.claimed_until = None;
            next.holder.get_or_insert_with(|| actor.to_owned());
        }
        CaseAction::Close(outcome) => {
            open()?;
            free()?;
            next.status = CaseStatus::Closed;
            next.outcome = Some(*outcome);
            next.claimed_until = None;
            next.holder.get_or_insert_with(|| actor.to_owned());
        }
        CaseAction::Booked => {
            if status.is_finished() || status == CaseStatus::Booked {
                return Ok(None);
            }
            next.status = CaseStatus::Booked;
            next.claimed_until = None;
        }
        CaseAction::Unbooked => {
            if status != CaseStatus::Booked {
                return Ok(None);
            }
            next.status = if next.holder.is_some() { CaseStatus::InProgress } else { CaseStatus::New };
        }
    }
    Ok((next != *state).then_some(next))
}

/// One entry of a case's history, as stored (append-only).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HistoryEntry {
    pub at: DateTime<Utc>,
    /// Staff name, `client` or `system` (a lapsed claim).
    pub actor: String,
    pub action: String,
    /// The status after the action.
    pub status: String,
    pub detail: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(minute: u32) -> DateTime<Utc> {
        format!("2026-12-02T10:{minute:02}:00Z").parse().unwrap()
    }

    fn claimed(by: &str, until: u32) -> CaseState {
        CaseState {
            status: CaseStatus::Claimed,
            holder: Some(by.into()),
            claimed_until: Some(at(until)),
            ..CaseState::new_case()
        }
    }

    #[test]
    fn a_claim_holds_until_its_lease_lapses_and_then_anyone_may_claim() {
        let case = claimed("amira", 30);
        let refused = apply(&case, "jonas", &CaseAction::Claim { until: at(40) }, at(10));
        assert_eq!(refused, Err(Refusal::HeldBy { holder: "amira".into(), until: Some(at(30)) }));
        assert_eq!(case.status_at(at(31)), CaseStatus::New);
        let taken = apply(&case, "jonas", &CaseAction::Claim { until: at(50) }, at(31)).unwrap().unwrap();
        assert_eq!((taken.holder.as_deref(), taken.claimed_until), (Some("jonas"), Some(at(50))));
        let renewed = apply(&case, "amira", &CaseAction::Claim { until: at(45) }, at(20)).unwrap().unwrap();
        assert_eq!(renewed.claimed_until, Some(at(45)), "the holder extends their own claim");
    }

    #[test]
    fn working_on_a_claim_makes_it_in_progress_without_a_lease() {
        let case = claimed("amira", 30);
        let noted = apply(&case, "amira", &CaseAction::Note("rief an".into()), at(10)).unwrap().unwrap();
        assert_eq!((noted.status, noted.claimed_until), (CaseStatus::InProgress, None));
        assert_eq!(noted.status_at(at(59)), CaseStatus::InProgress, "work does not lapse");
        let other = apply(&noted, "jonas", &CaseAction::Close(Outcome::Advised), at(20));
        assert!(matches!(other, Err(Refusal::HeldBy { .. })), "{other:?}");
        assert_eq!(apply(&noted, "jonas", &CaseAction::Note("Kollegin informiert".into()), at(20)), Ok(None));
        let assigned = apply(&noted, "amira", &CaseAction::Assign("nino".into()), at(21)).unwrap().unwrap();
        assert_eq!(assigned.assignee.as_deref(), Some("nino"));
    }

    #[test]
    fn finished_cases_take_notes_and_nothing_else() {
        let case = claimed("amira", 30);
        let referred = apply(&case, "amira", &CaseAction::Refer("jobcenter".into()), at(5)).unwrap().unwrap();
        assert_eq!((referred.status, referred.referred_to.as_deref()), (CaseStatus::Referred, Some("jobcenter")));
        let again = apply(&referred, "amira", &CaseAction::Close(Outcome::Advised), at(6));
        assert_eq!(again, Err(Refusal::Finished(CaseStatus::Referred)));
        assert_eq!(
            apply(&referred, "jonas", &CaseAction::Claim { until: at(9) }, at(6)),
            Err(Refusal::Finished(CaseStatus::Referred))
        );
        assert_eq!(apply(&referred, "amira", &CaseAction::Note("erledigt".into()), at(7)), Ok(None));
        assert_eq!(apply(&referred, "client", &CaseAction::Booked, at(7)), Ok(None));
    }

    #[test]
    fn notes_are_neither_empty_nor_endless() {
        let case = CaseState::new_case();
        assert_eq!(apply(&case, "a", &CaseAction::Note(" \n".into()), at(1)), Err(Refusal::EmptyNote));
        assert_eq!(apply(&case, "a", &CaseAction::Note("x".repeat(NOTE_LIMIT + 1)), at(1)), Err(Refusal::LongNote));
    }

    #[test]
    fn a_booking_moves_an_open_case_and_its_cancellation_moves_it_back() {
        let booked = apply(&CaseState::new_case(), "client", &CaseAction::Booked, at(1)).unwrap().unwrap();
        assert_eq!(booked.status, CaseStatus::Booked);
        let back = apply(&booked, "staff", &CaseAction::Unbooked, at(2)).unwrap().unwrap();
        assert_eq!(back.status, CaseStatus::New);
        let release = apply(&claimed("amira", 30), "jonas", &CaseAction::Release, at(1));
        assert_eq!(release, Err(Refusal::NotClaimed));
    }

    #[test]
    fn codes_read_back() {
        for status in CaseStatus::ALL {
            assert_eq!(CaseStatus::parse(status.as_str()), Some(status));
        }
        for outcome in Outcome::ALL {
            assert_eq!(Outcome::parse(outcome.as_str()), Some(outcome));
        }
    }
}

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
//!
//! Being held is a property of the claim, not of the status: a booked case can be
//! claimed too (the client booked, a counsellor prepares the appointment), and while
//! the claim holds nobody else may claim, assign, refer or close it. A client's booking
//! or cancellation changes the status and leaves the claim as it is.

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
        match self.status {
            CaseStatus::Claimed if self.lapsed(now) => CaseStatus::New,
            status => status,
        }
    }

    /// Whether a claim's lease ran out before `now` (and so the claim is gone).
    pub fn lapsed(&self, now: DateTime<Utc>) -> bool {
        self.claimed_until.is_some_and(|until| until < now)
    }

    /// Who holds the case at `now`, whatever its status: the holder of a claim whose
    /// lease runs, or of work (a claim worked on holds without a lease). A finished case
    /// is nobody's to hold.
    pub fn held_by(&self, now: DateTime<Utc>) -> Option<&str> {
        if self.status.is_finished() || self.lapsed(now) {
            return None;
        }
        self.holder.as_deref()
    }

    /// Someone else's claim or work that still holds at `now`.
    fn held_by_other(&self, actor: &str, now: DateTime<Utc>) -> Option<Refusal> {
        let holder = self.held_by(now)?;
        (holder != actor).then(|| Refusal::HeldBy { holder: holder.to_owned(), until: self.claimed_until })
    }

    /// The case as it stands at `now`: a lapsed claim is gone (holder and lease), and a
    /// case that was only claimed is new again.
    fn current(&self, now: DateTime<Utc>) -> CaseState {
        let mut case = self.clone();
        if self.lapsed(now) {
            case.holder = None;
            case.claimed_until = None;
            if case.status == CaseStatus::Claimed {
                case.status = CaseStatus::New;
            }
        }
        case
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
    /// A short detail for the audit log, never a client's or a note's words: the
    /// counsellor, the service referred to, the outcome.
    pub fn audit_detail(&self) -> Option<String> {
        match self {
            CaseAction::Assign(id) | CaseAction::Refer(id) => Some(id.clone()),
            CaseAction::Close(outcome) => Some(outcome.as_str().to_owned()),
            _ => None,
        }
    }

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
    let mut next = state.current(now);
    let open = || if status.is_finished() { Err(Refusal::Finished(status)) } else { Ok(()) };
    let free = || state.held_by_other(actor, now).map_or(Ok(()), Err);
    // The actor's own claim under a running lease.
    let own_lease = next.holder.as_deref() == Some(actor) && next.claimed_until.is_some();
    match action {
        CaseAction::Claim { until } => {
            open()?;
            free()?;
            match next.status {
                CaseStatus::New | CaseStatus::Claimed => {
                    next.status = CaseStatus::Claimed;
                    next.holder = Some(actor.to_owned());
                    next.claimed_until = Some(*until);
                }
                // Already being worked on, by this actor: nothing to lease.
                CaseStatus::InProgress | CaseStatus::Booked if next.holder.as_deref() == Some(actor) && !own_lease => {}
                // A booked case, or work nobody holds: claimed under a lease, status kept.
                _ => {
                    next.holder = Some(actor.to_owned());
                    next.claimed_until = Some(*until);
                }
            }
        }
        CaseAction::Release => {
            if !own_lease {
                return Err(Refusal::NotClaimed);
            }
            if next.status == CaseStatus::Claimed {
                next.status = CaseStatus::New;
            }
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
            if own_lease && !status.is_finished() {
                // Work on one's claim holds without a lease.
                next.claimed_until = None;
                if next.status == CaseStatus::Claimed {
                    next.status = CaseStatus::InProgress;
                }
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
            if matches!(next.status, CaseStatus::New | CaseStatus::Claimed) {
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
            // The claim, if any, stays as it is.
            next.status = CaseStatus::Booked;
        }
        CaseAction::Unbooked => {
            if status != CaseStatus::Booked {
                return Ok(None);
            }
            next.status = match (&next.holder, next.claimed_until) {
                (Some(_), Some(_)) => CaseStatus::Claimed,
                (Some(_), None) => CaseStatus::InProgress,
                (None, _) => CaseStatus::New,
            };
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
    fn a_claim_holds_in_every_open_status_against_every_action_of_another() {
        let others = [
            CaseAction::Claim { until: at(50) },
            CaseAction::Release,
            CaseAction::Assign("nino".into()),
            CaseAction::Refer("jobcenter".into()),
            CaseAction::Close(Outcome::Advised),
        ];
        for status in CaseStatus::ALL {
            for lease in [Some(at(30)), None] {
                let case = CaseState { status, claimed_until: lease, ..claimed("amira", 0) };
                for action in &others {
                    let refused = apply(&case, "jonas", action, at(10));
                    let expected = match (status.is_finished(), action) {
                        (true, CaseAction::Release) | (false, CaseAction::Release) => Err(Refusal::NotClaimed),
                        (true, _) => Err(Refusal::Finished(status)),
                        (false, _) => Err(Refusal::HeldBy { holder: "amira".into(), until: lease }),
                    };
                    assert_eq!(refused, expected, "{status:?} {lease:?} {action:?}");
                }
                let note = apply(&case, "jonas", &CaseAction::Note("Kollegin informiert".into()), at(10));
                assert_eq!(note, Ok(None), "{status:?}: another's note changes nothing");
                assert_eq!(case.held_by(at(10)), (!status.is_finished()).then_some("amira"));
            }
        }
    }

    #[test]
    fn a_booked_case_is_claimed_under_a_lease_that_lapses_and_keeps_its_status() {
        let booked = apply(&CaseState::new_case(), "client", &CaseAction::Booked, at(1)).unwrap().unwrap();
        let held = apply(&booked, "amira", &CaseAction::Claim { until: at(30) }, at(2)).unwrap().unwrap();
        assert_eq!(
            (held.status, held.holder.as_deref(), held.claimed_until),
            (CaseStatus::Booked, Some("amira"), Some(at(30)))
        );
        let refused = apply(&held, "jonas", &CaseAction::Close(Outcome::Advised), at(3));
        assert!(matches!(refused, Err(Refusal::HeldBy { .. })), "{refused:?}");
        assert_eq!(held.held_by(at(31)), None, "the lease lapsed");
        let taken = apply(&held, "jonas", &CaseAction::Claim { until: at(58) }, at(31)).unwrap().unwrap();
        assert_eq!((taken.status, taken.holder.as_deref()), (CaseStatus::Booked, Some("jonas")));
        let released = apply(&held, "amira", &CaseAction::Release, at(4)).unwrap().unwrap();
        assert_eq!((released.status, released.holder), (CaseStatus::Booked, None));
        let worked = apply(&held, "amira", &CaseAction::Note("Termin vorbereitet".into()), at(4)).unwrap().unwrap();
        assert_eq!((worked.status, worked.claimed_until), (CaseStatus::Booked, None), "work holds without a lease");
        assert_eq!(worked.held_by(at(59)), Some("amira"));
        let cancelled = apply(&held, "client", &CaseAction::Unbooked, at(5)).unwrap().unwrap();
        assert_eq!((cancelled.status, cancelled.claimed_until), (CaseStatus::Claimed, Some(at(30))));
        let booked_again = apply(&claimed("amira", 30), "client", &CaseAction::Booked, at(5)).unwrap().unwrap();
        assert_eq!(booked_again.held_by(at(6)), Some("amira"), "a booking leaves the claim");
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

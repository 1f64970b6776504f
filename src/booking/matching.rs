//! Which free slots fit a client: a counsellor who speaks one of the languages the client
//! can talk in, takes their topics, at the office they chose (any when none), earliest
//! first. When nobody speaks their language, slots with an interpreter are the honest
//! offer: any counsellor, the interpreter requested on the booking.

use std::collections::HashSet;

use super::settings::Counsellor;
use crate::domain::Slot;

/// What the client wants.
#[derive(Debug, Clone, Default)]
pub struct Wanted<'a> {
    /// Languages the client can talk in at the appointment (codes, any language).
    pub languages: &'a [String],
    pub topics: &'a [String],
    /// The office the client chose; `None`: any.
    pub office: Option<&'a str>,
}

/// The slots on offer, and whether they need an interpreter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Offer<'s> {
    pub slots: Vec<&'s Slot>,
    /// No counsellor speaks any of the client's languages: these slots are with an
    /// interpreter (for the first of the client's languages).
    pub interpreter: bool,
}

fn takes(counsellor: &Counsellor, topics: &[String]) -> bool {
    counsellor.topics.is_empty() || topics.iter().any(|t| counsellor.topics.iter().any(|c| c.get_ref() == t))
}

fn speaks(counsellor: &Counsellor, languages: &[String]) -> bool {
    counsellor.languages.iter().any(|l| languages.contains(l))
}

/// The free slots that fit, earliest first. `free` must be earliest first already.
pub fn offer<'s>(counsellors: &[Counsellor], free: &'s [Slot], wanted: &Wanted) -> Offer<'s> {
    let fitting = |by_language: bool| -> Vec<&'s Slot> {
        let ids: HashSet<&str> = counsellors
            .iter()
            .filter(|c| takes(c, wanted.topics) && (!by_language || speaks(c, wanted.languages)))
            .map(|c| c.id.get_ref().as_str())
            .collect();
        free.iter()
            .filter(|s| ids.contains(s.counsellor.as_str()) && wanted.office.is_none_or(|o| s.office == o))
            .collect()
    };
    let spoken = fitting(true);
    let anyone_speaks = counsellors.iter().any(|c| speaks(c, wanted.languages));
    if anyone_speaks {
        Offer { slots: spoken, interpreter: false }
    } else {
        Offer { slots: fitting(false), interpreter: true }
    }
}

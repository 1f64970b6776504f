//! Which free slots fit a client: a counsellor of the service the rules make responsible,
//! who speaks one of the languages the client can talk in, takes their topics, at the
//! office they chose (any when none), earliest first. When nobody speaks their language, slots with an interpreter are the honest
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
    /// The service responsible for the client (`mbe`, `jmd`); `None`: any.
    pub service: Option<&'a str>,
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

/// Whether anyone at all counsels for `service`: otherwise the referral is the answer.
pub fn anyone_serves(counsellors: &[Counsellor], service: &str) -> bool {
    counsellors.iter().any(|c| c.serves(Some(service)))
}

fn speaks(counsellor: &Counsellor, languages: &[String]) -> bool {
    counsellor.languages.iter().any(|l| languages.contains(l))
}

/// The free slots that fit, earliest first. `free` must be earliest first already.
pub fn offer<'s>(counsellors: &[Counsellor], free: &'s [Slot], wanted: &Wanted) -> Offer<'s> {
    let fitting = |by_language: bool| -> Vec<&'s Slot> {
        let ids: HashSet<&str> = counsellors
            .iter()
            .filter(|c| c.serves(wanted.service))
            .filter(|c| takes(c, wanted.topics) && (!by_language || speaks(c, wanted.languages)))
            .map(|c| c.id.get_ref().as_str())
            .collect();
        free.iter()
            .filter(|s| ids.contains(s.counsellor.as_str()) && wanted.office.is_none_or(|o| s.office == o))
            .collect()
    };
    let spoken = fitting(true);
    // Someone who speaks the language, takes the topic and works at the office exists:
    // then wait for them (fully booked), rather than calling in an interpreter.
    let at_office =
        |c: &Counsellor| wanted.office.is_none_or(|o| c.hours.iter().any(|h| !h.walk_in && h.office.get_ref() == o));
    let anyone_speaks = counsellors
        .iter()
        .any(|c| c.serves(wanted.service) && speaks(c, wanted.languages) && takes(c, wanted.topics) && at_office(c));
    if anyone_speaks {
        Offer { slots: spoken, interpreter: false }
    } else {
        Offer { slots: fitting(false), interpreter: true }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Format;
    use chrono::{TimeZone, Utc};

    fn counsellors() -> Vec<Counsellor> {
        #[derive(serde::Deserialize)]
        struct File {
            counsellor: Vec<Counsellor>,
        }
        let text = r#"
[[counsellor]]
id = "amira"
name = "Amira"
languages = ["ar"]
topics = ["residence"]
hours = [{ office = "mitte", days = "mon 09:00-10:00" }]

[[counsellor]]
id = "jonas"
name = "Jonas"
languages = ["de"]
hours = [{ office = "mitte", days = "mon 09:00-10:00" }]
"#;
        toml::from_str::<File>(text).unwrap().counsellor
    }

    fn slot(counsellor: &str) -> Slot {
        let start = Utc.with_ymd_and_hms(2026, 12, 7, 8, 0, 0).unwrap();
        Slot { counsellor: counsellor.into(), office: "mitte".into(), start, end: start, format: Format::InPerson }
    }

    #[test]
    fn a_speaker_who_does_not_take_the_topic_means_an_interpreter() {
        let free = [slot("amira"), slot("jonas")];
        let arabic = ["ar".to_owned()];
        let housing = ["housing".to_owned()];
        let offered =
            offer(&counsellors(), &free, &Wanted { languages: &arabic, topics: &housing, office: None, service: None });
        assert!(offered.interpreter);
        assert_eq!(offered.slots.iter().map(|s| s.counsellor.as_str()).collect::<Vec<_>>(), ["jonas"]);
        let residence = ["residence".to_owned()];
        let offered = offer(
            &counsellors(),
            &free,
            &Wanted { languages: &arabic, topics: &residence, office: None, service: None },
        );
        assert!(!offered.interpreter);
        assert_eq!(offered.slots.iter().map(|s| s.counsellor.as_str()).collect::<Vec<_>>(), ["amira"]);
        // Amira fully booked: wait for her rather than an interpreter.
        let offered = offer(
            &counsellors(),
            &free[1..],
            &Wanted { languages: &arabic, topics: &residence, office: None, service: None },
        );
        assert!(!offered.interpreter && offered.slots.is_empty());
    }
}

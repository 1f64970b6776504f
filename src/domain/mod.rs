//! Plain data shared by every layer: answers, intakes, references. No I/O here.

pub mod assessment;
pub mod calendar;
pub mod case;
pub mod effect;
pub mod erase;
pub mod hours;
pub mod intake_key;
pub mod language;
pub mod record;
pub mod slot;

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

pub use assessment::{Assessment, Referral, LOWEST_PRIORITY, NORMAL_PRIORITY};
pub use calendar::{CalendarChange, ChangeKind};
pub use case::{CaseAction, CaseState, CaseStatus, HistoryEntry, Outcome, Refusal, NOTE_LIMIT};
pub use effect::{reminder_topic, Effect, Hold, Outgoing};
pub use hours::OpeningHours;
pub use intake_key::IntakeKey;
pub use language::{Language, Languages};
pub use slot::{slot_key, Appointment, Format, Slot, Waiting, WaitlistOffer};

/// One answer to one step of the intake flow, in coded form (option ids, not labels).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Choice(String),
    Choices(Vec<String>),
    Year(i32),
    Date(NaiveDate),
    Bool(bool),
    Phone(String),
    /// Free text exactly as the client wrote it, with the language they wrote it in.
    Text {
        text: String,
        language: String,
    },
    Skipped,
}

impl Answer {
    /// The flat form used in intake summaries: strings, arrays, numbers, booleans, and
    /// `{"text", "language"}` for free text; `null` for a skipped optional step.
    pub fn to_summary_value(&self) -> serde_json::Value {
        use serde_json::{json, Value};
        match self {
            Answer::Choice(c) => Value::String(c.clone()),
            Answer::Choices(cs) => json!(cs),
            Answer::Year(y) => json!(y),
            Answer::Date(d) => Value::String(d.format("%Y-%m-%d").to_string()),
            Answer::Bool(b) => Value::Bool(*b),
            Answer::Phone(p) => Value::String(p.clone()),
            Answer::Text { text, language } => json!({ "text": text, "language": language }),
            Answer::Skipped => Value::Null,
        }
    }

    /// Whether this answer equals the coded value `value` (used by flow conditions).
    /// Yes/no answers compare as "yes"/"no"; multiple choices match if any chosen equals it.
    pub fn matches(&self, value: &str) -> bool {
        match self {
            Answer::Choice(c) => c == value,
            Answer::Choices(cs) => cs.iter().any(|c| c == value),
            Answer::Bool(b) => value == if *b { "yes" } else { "no" },
            Answer::Year(y) => y.to_string() == value,
            _ => false,
        }
    }
}

/// The structured summary handed to the staff queue when a client confirms.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Intake {
    pub reference: String,
    pub language: String,
    pub topics: Vec<String>,
    pub flow_version: u32,
    pub consent_version: String,
    pub submitted_at: DateTime<Utc>,
    /// Coded answers by step id, in the flat summary form (see [`Answer::to_summary_value`]).
    pub answers: BTreeMap<String, serde_json::Value>,
    /// Urgent situations found in the client's own words (`triage::urgency` categories).
    #[serde(default)]
    pub urgency: Vec<String>,
    /// The client's words behind [`Intake::urgency`] (folded: lower case, no accents), shown
    /// to staff in the case view only, never in notices or statistics.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub urgency_words: Vec<String>,
    /// Who is responsible and how soon (`triage`); absent on intakes from before triage.
    #[serde(default)]
    pub assessment: Option<Assessment>,
}

impl Intake {
    /// The office the client chose, if they chose one.
    pub fn office(&self) -> Option<&str> {
        self.answers.get("office").and_then(serde_json::Value::as_str)
    }
}

/// Letters and digits that cannot be confused when read aloud or copied by hand
/// (no 0/O, 1/I/L, 5/S, 8/B).
const REFERENCE_ALPHABET: &[u8] = b"ACDEFGHJKMNPQRTUVWXYZ234679";

/// A fresh reference number such as `K7QM-2XPD`: short enough to read out on the phone,
/// random so that it reveals nothing about how many clients came before.
pub fn new_reference(rng: &mut impl rand::Rng) -> String {
    let mut s = String::with_capacity(9);
    for i in 0..8 {
        if i == 4 {
            s.push('-');
        }
        s.push(REFERENCE_ALPHABET[rng.random_range(0..REFERENCE_ALPHABET.len())] as char);
    }
    s
}

/// The channel a client writes through; together with the channel's user id it
/// identifies a client pseudonymously.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    Terminal,
    Telegram,
}

impl Channel {
    pub fn parse(text: &str) -> Option<Channel> {
        [Channel::Terminal, Channel::Telegram].into_iter().find(|c| c.as_str() == text)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Terminal => "terminal",
            Channel::Telegram => "telegram",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_use_the_unambiguous_alphabet() {
        let mut rng = rand::rng();
        for _ in 0..200 {
            let r = new_reference(&mut rng);
            assert_eq!(r.len(), 9);
            assert_eq!(&r[4..5], "-");
            assert!(r.chars().filter(|c| *c != '-').all(|c| REFERENCE_ALPHABET.contains(&(c as u8))), "{r}");
        }
    }

    #[test]
    fn yes_no_answers_match_their_coded_values() {
        assert!(Answer::Bool(true).matches("yes"));
        assert!(!Answer::Bool(true).matches("no"));
        assert!(Answer::Choices(vec!["a".into(), "b".into()]).matches("b"));
    }
}

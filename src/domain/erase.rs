//! What stays of a request when its client has their data erased (`/delete`): the codes
//! the anonymous statistics count, nothing the client wrote or could be found by.

use chrono::{DateTime, Duration, Utc};

use super::Intake;

/// Answers kept: coded choices the statistics count or the queue is filtered by.
pub const KEPT_ANSWERS: [&str; 2] = ["age_group", "office"];

/// The request without the client's answers, words and phone number: its reference,
/// language, topics, times, consent version, urgency categories and assessment (codes).
pub fn anonymous(intake: &Intake) -> Intake {
    let mut kept = intake.clone();
    kept.answers.retain(|step, value| KEPT_ANSWERS.contains(&step.as_str()) && value.is_string());
    kept
}

/// The instants before which the retention periods have run out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cutoffs {
    /// Conversations without consent last touched before this go.
    pub unconsented: DateTime<Utc>,
    /// Unsent dialogues (with consent) last touched before this go.
    pub unfinished: DateTime<Utc>,
    /// Cases closed before this are erased.
    pub closed: DateTime<Utc>,
}

impl Cutoffs {
    pub fn at(now: DateTime<Utc>, unconsented_days: u32, unfinished_days: u32, closed_days: u32) -> Cutoffs {
        let ago = |days: u32| now - Duration::days(i64::from(days));
        Cutoffs { unconsented: ago(unconsented_days), unfinished: ago(unfinished_days), closed: ago(closed_days) }
    }
}

/// The dialogue phases in which a request is still being written (`phase` of the state).
pub const DRAFT_PHASES: [&str; 4] = ["asking", "choosing_change", "confirming_restart", "confirming_erase"];

/// What one purge removed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Purged {
    /// Clients who never consented.
    pub unconsented: u64,
    /// Unsent dialogues.
    pub unfinished: u64,
    /// Closed cases erased.
    pub closed: u64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_coded_answers_stay() {
        let intake: Intake = serde_json::from_value(serde_json::json!({
            "reference": "K7-Q3M9",
            "language": "ar",
            "topics": ["residence"],
            "flow_version": 3,
            "consent_version": "2026-11",
            "submitted_at": "2026-11-30T09:00:00Z",
            "answers": {
                "age_group": "27_64",
                "office": "nord",
                "phone": "+49 170 1234567",
                "concern": "رسالة من مكتب الأجانب",
                "residence": "duldung",
                "office_weird": ["x"]
            },
            "urgency": ["deadline"]
        }))
        .unwrap();
        let kept = anonymous(&intake);
        assert_eq!(kept.answers.keys().collect::<Vec<_>>(), ["age_group", "office"]);
        assert_eq!((kept.reference.as_str(), kept.urgency.as_slice()), ("K7-Q3M9", ["deadline".to_owned()].as_slice()));
        let text = serde_json::to_string(&kept).unwrap();
        assert!(!text.contains("1234567") && !text.contains("رسالة") && !text.contains("duldung"), "{text}");
    }
}

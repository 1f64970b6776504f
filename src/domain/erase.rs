//! What stays of a request when its client has their data erased (`/delete`): the codes
//! the anonymous statistics count, nothing the client wrote or could be found by.

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

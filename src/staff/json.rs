//! Intakes as JSON for other tools (`queue list|show --format json`): one flat shape,
//! every field once, times to the second with the time zone offset of the office the
//! client chose (the organisation's when none).

use std::collections::BTreeMap;

use chrono_tz::Tz;
use serde::Serialize;
use serde_json::Value;

use crate::content::Content;
use crate::dialog::StepKind;
use crate::domain::{Assessment, Intake};
use crate::store::QueueEntry;

#[derive(Debug, Serialize)]
pub struct IntakeJson<'a> {
    pub id: i64,
    pub reference: &'a str,
    pub status: &'a str,
    /// Who claimed the case or works on it.
    pub holder: Option<&'a str>,
    /// Until when a claim holds (RFC 3339, UTC).
    pub claimed_until: Option<String>,
    pub assignee: Option<&'a str>,
    pub referred_to: Option<&'a str>,
    pub outcome: Option<&'static str>,
    pub office: Option<&'a str>,
    /// RFC 3339, to the second, with the office's offset: `2026-11-22T10:30:00+01:00`.
    pub received_at: String,
    pub language: &'a str,
    pub topics: &'a [String],
    pub urgent: bool,
    /// Urgent situations found in the client's own words.
    pub urgency: &'a [String],
    /// Who is responsible, why (the rule), the priority and referrals made.
    pub assessment: Option<&'a Assessment>,
    pub flow_version: u32,
    pub consent_version: &'a str,
    /// Coded answers by step id (see `dialogs/README.md`).
    pub answers: &'a BTreeMap<String, Value>,
}

pub fn intake<'a>(content: &Content, entry: &'a QueueEntry) -> IntakeJson<'a> {
    let summary = &entry.summary;
    IntakeJson {
        id: entry.id,
        reference: &entry.reference,
        status: entry.case.status.as_str(),
        holder: entry.case.holder.as_deref(),
        claimed_until: entry.case.claimed_until.map(|t| t.to_rfc3339()),
        assignee: entry.case.assignee.as_deref(),
        referred_to: entry.case.referred_to.as_deref(),
        outcome: entry.case.outcome.map(crate::domain::Outcome::as_str),
        office: entry.office.as_deref(),
        received_at: entry
            .created_at
            .with_timezone(&time_zone(content, summary))
            .format("%Y-%m-%dT%H:%M:%S%:z")
            .to_string(),
        language: &summary.language,
        topics: &summary.topics,
        urgent: super::is_urgent(&content.flow, summary),
        urgency: &summary.urgency,
        assessment: summary.assessment.as_ref(),
        flow_version: summary.flow_version,
        consent_version: &summary.consent_version,
        answers: &summary.answers,
    }
}

/// The time zone of the office the client chose, or the organisation's.
pub fn time_zone(content: &Content, intake: &Intake) -> Tz {
    let config = &content.config;
    let office = content
        .flow
        .steps
        .iter()
        .filter(|s| s.kind == StepKind::Office)
        .find_map(|s| intake.answers.get(s.id()).and_then(Value::as_str))
        .and_then(|id| config.office(id));
    office.map_or(config.organisation.time_zone, |o| o.time_zone)
}

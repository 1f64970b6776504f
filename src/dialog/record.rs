//! `/mydata`: what is stored about the client, as they read it — their language, consents,
//! the answers of the conversation not sent yet, each request with its answers and
//! status, and their appointments. The file alongside is the shell's (the same data as
//! JSON). Pure.

use chrono::{DateTime, Utc};

use super::flow::{Step, StepKind};
use super::present::{answer_from_summary, answer_text, format_date, slot_when};
use super::{Env, Phase, State};
use crate::domain::Answer;
use crate::text::{Arg, Text};

/// Steps whose answers are listed: not the language and the consent (said on their own).
fn listed(step: &Step) -> bool {
    step.kind.takes_answer() && !matches!(step.kind, StepKind::Language | StepKind::Consent)
}

fn line(env: &Env, step: &Step, answer: &Answer) -> Text {
    Text::msg("summary-line")
        .with("field", Text::msg(step.field_label()))
        .with("value", answer_text(step, answer, env.config, env.languages))
}

pub(super) fn my_data(env: &Env, state: &State) -> Text {
    let tz = env.config.organisation.time_zone;
    let day = |at: DateTime<Utc>| Text::Plain(format_date(at.with_timezone(&tz).date_naive()));
    let language = Text::msg("mydata-language").with("language", Text::Plain(env.languages.name(&state.language)));
    let mut head = vec![Text::msg("mydata-intro"), language];
    let record = env.record.cloned().unwrap_or_default();
    for consent in &record.consents {
        head.push(
            Text::msg("mydata-consent")
                .with("date", day(consent.given_at))
                .with("version", Text::Plain(consent.text_version.clone())),
        );
    }
    let mut parts = vec![Text::Lines(head)];
    let sent = matches!(
        state.phase,
        Phase::Done { .. } | Phase::Booking { .. } | Phase::Holding { .. } | Phase::Appointment { .. }
    );
    if !sent {
        let draft: Vec<Text> = env
            .flow
            .steps
            .iter()
            .filter(|s| listed(s))
            .filter_map(|s| Some(line(env, s, state.answers.get(s.id())?)))
            .collect();
        if !draft.is_empty() {
            parts.push(Text::Lines([vec![Text::msg("mydata-draft")], draft].concat()));
        }
    }
    for request in &record.requests {
        let intake = &request.intake;
        let mut lines = vec![Text::msg("mydata-request")
            .with("reference", Text::Plain(intake.reference.clone()))
            .with("date", day(intake.submitted_at))
            .with("status", Arg::Code(request.status.clone()))];
        for step in env.flow.steps.iter().filter(|s| listed(s)) {
            if let Some(answer) = intake.answers.get(step.id()).and_then(|v| answer_from_summary(step, v)) {
                lines.push(line(env, step, &answer));
            }
        }
        parts.push(Text::Lines(lines));
    }
    if !record.appointments.is_empty() {
        parts.push(Text::Lines(
            record
                .appointments
                .iter()
                .map(|a| {
                    Text::msg("mydata-appointment")
                        .with("when", slot_when(env.config, &a.slot))
                        .with("status", Arg::Code(a.status.clone()))
                })
                .collect(),
        ));
    }
    parts.push(Text::msg("mydata-file"));
    Text::Paragraphs(parts)
}

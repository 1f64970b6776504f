//! How answers read: the client's summary and the staff view show an answer the same way.

use chrono::NaiveDate;

use super::flow::{Step, StepKind};
use crate::config::{Config, Office};
use crate::domain::hours::day_id;
use crate::domain::{Answer, Languages, OpeningHours};
use crate::text::Text;
use crate::triage::referrals::Service;

/// The readable text of an answer, shared by the client's summary and the staff view.
pub fn answer_text(env_step: &Step, answer: &Answer, config: &Config, languages: &Languages) -> Text {
    match (env_step.kind, answer) {
        (_, Answer::Skipped) => Text::msg("summary-skipped"),
        (StepKind::Office, Answer::Choice(id)) => {
            Text::Plain(config.office(id).map(|o| o.name.clone()).unwrap_or_else(|| id.clone()))
        }
        (StepKind::Language, Answer::Choice(code)) => Text::Plain(languages.name(code)),
        (_, Answer::Choice(option)) => Text::msg(env_step.option_label(option)),
        (_, Answer::Choices(options)) => {
            Text::List(options.iter().map(|o| env_step.option_text(o, languages)).collect())
        }
        (_, Answer::Year(year)) => Text::Plain(year.to_string()),
        (_, Answer::Date(date)) => Text::Plain(format_date(*date)),
        (_, Answer::Bool(yes)) => Text::msg(if *yes { "yes" } else { "no" }),
        (_, Answer::Phone(phone)) => Text::Verbatim(phone.clone()),
        (_, Answer::Text { text, .. }) => Text::Verbatim(text.clone()),
    }
}

/// Dates are shown and asked for as on German letters: day.month.year.
pub fn format_date(date: NaiveDate) -> String {
    date.format("%d.%m.%Y").to_string()
}

/// A slot's start as the client reads it: "Mo 07.12.2026 10:00", in the office's time
/// zone, the weekday in the client's language.
pub fn slot_when(config: &Config, slot: &crate::domain::Slot) -> Text {
    let tz = config.office(&slot.office).map_or(config.organisation.time_zone, |o| o.time_zone);
    let local = slot.start.with_timezone(&tz);
    let weekday = Text::msg(format!("weekday-{}", day_id(chrono::Datelike::weekday(&local))));
    let date = format_date(local.date_naive());
    Text::Concat(vec![weekday, Text::Plain(format!(" {date} {}", local.format("%H:%M")))])
}

/// A counsellor's name, or the id where the configuration has none.
pub fn counsellor_name(config: &Config, id: &str) -> String {
    config.counsellors.iter().find(|c| c.id.get_ref() == id).map_or_else(|| id.to_owned(), |c| c.name.clone())
}

/// An office's name, or the id where the configuration has none.
pub fn office_name(config: &Config, id: &str) -> String {
    config.office(id).map_or_else(|| id.to_owned(), |o| o.name.clone())
}

/// A message naming the slot in full: when, with whom, where, in what form.
pub fn slot_described(config: &Config, id: &str, slot: &crate::domain::Slot) -> Text {
    let office = config.office(&slot.office);
    Text::msg(id)
        .with("when", slot_when(config, slot))
        .with("counsellor", Text::Plain(counsellor_name(config, &slot.counsellor)))
        .with("office", Text::Plain(office_name(config, &slot.office)))
        .with("address", Text::Plain(office.map(|o| o.address.clone()).unwrap_or_default()))
        .with("format", Text::msg(format!("booking-format-{}", slot.format.id())))
}

/// An office as a client chooses it: name, address and, when configured, opening hours.
pub fn office_text(office: &Office) -> Text {
    let mut lines = vec![Text::Plain(office.name.clone()), Text::Plain(office.address.clone())];
    lines.extend(hours_text(&office.hours));
    Text::Lines(lines)
}

/// A place a client is referred to: what kind of place, its name, address, phone, hours
/// and the languages spoken there.
/// A place on one line: its non-empty parts joined by dashes ("Name — Street 1 — +49 …").
pub fn contact_line(parts: &[&str]) -> Text {
    let mut pieces = Vec::new();
    for part in parts.iter().map(|p| p.trim()).filter(|p| !p.is_empty()) {
        if !pieces.is_empty() {
            pieces.push(Text::Verbatim(" — ".into()));
        }
        pieces.push(Text::Plain(part.to_owned()));
    }
    Text::Concat(pieces)
}

pub fn referral_text(service: &Service, languages: &Languages) -> Text {
    let kind = Text::msg(format!("referral-kind-{}", service.kind.get_ref()));
    let name = Text::Plain(service.organization.name.clone());
    let mut lines = vec![
        Text::msg("referral-entry").with("kind", kind).with("name", name),
        Text::Plain(service.location.address.clone()),
        Text::msg("referral-phone").with("phone", Text::Plain(service.contact.phone.clone())),
    ];
    lines.extend(hours_text(&service.location.hours));
    if !service.languages.is_empty() {
        let names = service.languages.iter().map(|code| Text::Plain(languages.name(code))).collect();
        lines.push(Text::msg("referral-languages").with("languages", Text::List(names)));
    }
    Text::Lines(lines)
}

/// "Open: Mon–Fri 09:00–15:00", when there are hours to show.
fn hours_text(hours: &[OpeningHours]) -> Option<Text> {
    if hours.is_empty() {
        return None;
    }
    Some(Text::msg("office-hours").with("hours", hours_list(hours)))
}

/// "Mon–Fri 09:00–15:00; Sat 10:00–13:00", weekday names in the client's language.
pub fn hours_list<'h>(hours: impl IntoIterator<Item = &'h OpeningHours>) -> Text {
    let day = |d| Text::msg(format!("weekday-{}", day_id(d)));
    let hours = hours
        .into_iter()
        .map(|h| {
            let times = Text::Plain(format!(" {}–{}", h.from.format("%H:%M"), h.to.format("%H:%M")));
            if h.first == h.last {
                Text::Concat(vec![day(h.first), times])
            } else {
                Text::Concat(vec![day(h.first), Text::Plain("–".into()), day(h.last), times])
            }
        })
        .collect();
    Text::List(hours)
}

/// Reads a flat summary value back into an answer, using the step's kind.
pub fn answer_from_summary(step: &Step, value: &serde_json::Value) -> Option<Answer> {
    Some(match (step.kind, value) {
        (_, serde_json::Value::Null) => Answer::Skipped,
        (StepKind::Multi | StepKind::Languages, serde_json::Value::Array(items)) => {
            Answer::Choices(items.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect())
        }
        (StepKind::Year, serde_json::Value::Number(n)) => Answer::Year(i32::try_from(n.as_i64()?).ok()?),
        (StepKind::Date, serde_json::Value::String(s)) => Answer::Date(s.parse().ok()?),
        (StepKind::YesNo, serde_json::Value::Bool(b)) => Answer::Bool(*b),
        (StepKind::Phone, serde_json::Value::String(s)) => Answer::Phone(s.clone()),
        (StepKind::Text, serde_json::Value::Object(o)) => Answer::Text {
            text: o.get("text")?.as_str()?.to_owned(),
            language: o.get("language")?.as_str()?.to_owned(),
        },
        (_, serde_json::Value::String(s)) => Answer::Choice(s.clone()),
        _ => return None,
    })
}

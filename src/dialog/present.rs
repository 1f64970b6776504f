//! How answers read: the client's summary and the staff view show an answer the same way.

use chrono::NaiveDate;

use super::flow::{Step, StepKind};
use crate::config::{Config, Office};
use crate::domain::hours::day_id;
use crate::domain::{Answer, Languages};
use crate::text::Text;

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
            Text::List(options.iter().map(|o| Text::msg(env_step.option_label(o))).collect())
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

/// An office as a client chooses it: name, address and, when configured, opening hours.
pub fn office_text(office: &Office) -> Text {
    let mut lines = vec![Text::Plain(office.name.clone()), Text::Plain(office.address.clone())];
    if !office.hours.is_empty() {
        let day = |d| Text::msg(format!("weekday-{}", day_id(d)));
        let hours = office
            .hours
            .iter()
            .map(|h| {
                let times = Text::Plain(format!(" {}–{}", h.from.format("%H:%M"), h.to.format("%H:%M")));
                if h.first == h.last {
                    Text::Concat(vec![day(h.first), times])
                } else {
                    Text::Concat(vec![day(h.first), Text::Plain("–".into()), day(h.last), times])
                }
            })
            .collect();
        lines.push(Text::msg("office-hours").with("hours", Text::List(hours)));
    }
    Text::Lines(lines)
}

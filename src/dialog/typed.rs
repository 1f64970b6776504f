//! Typed answers: a button picked by its number or its label, a yes or no in the
//! client's language, and the readers and validation of years, dates, phone numbers and
//! free text, each failure answered with the reason.

use chrono::{Datelike, Duration, NaiveDate};

use super::action::Action;
use super::engine::Turn;
use super::flow::{Step, StepKind};
use super::input::{self, button_index, clean_text, DateError};
use super::labels::fold;
use super::present::format_date;
use super::{Button, Phase, State, Text};
use crate::domain::Answer;

impl Turn<'_, '_> {
    pub(super) fn text(&mut self, state: State, raw: &str) -> Option<State> {
        let text = clean_text(raw);
        if text.is_empty() {
            return self.reshow(state, Some(Text::msg("error-empty")));
        }
        let reply = self.current_reply(&state);
        let answers: Vec<&Button> = reply.buttons.iter().flatten().collect();
        if let Some(n) = button_index(&text) {
            if let Some(button) = n.checked_sub(1).and_then(|i| answers.get(i)) {
                return self.button(state, &button.data.clone());
            }
        }
        let folded = fold(&text);
        if !folded.is_empty() {
            let language = state.language.clone();
            let mut all = answers.into_iter().chain(&reply.nav);
            if let Some(button) = all.find(|b| self.env.labels.matches(&language, &b.label, &folded)) {
                return self.button(state, &button.data.clone());
            }
        }
        let step = match &state.phase {
            Phase::Asking { step } => self.env.flow.step(step).expect("is_current checked the step exists"),
            _ => return self.reshow(state, Some(Text::msg("error-not-an-option"))),
        };
        if matches!(step.kind, StepKind::Consent | StepKind::YesNo) {
            // A plain "yes" or "no" typed in the client's language; English "yes" too, but
            // not English "no": in Polish, Bosnian and Romanian "no" means "yeah" or "well",
            // and a declined consent erases everything.
            let word = |id: &str| self.env.labels.matches(&state.language, &Text::msg(id), &folded);
            let action = if word("yes") || folded == "yes" {
                Some(Action::Yes)
            } else if word("no") {
                Some(Action::No)
            } else {
                None
            };
            if let Some(action) = action {
                let data = format!("{}:{}", state.turn, action.encode());
                return self.button(state, &data);
            }
        }
        let today = self.today();
        let answer = match step.kind {
            StepKind::Year => {
                let (min, max) = (step.min.unwrap_or(1900), today.year());
                match input::parse_year(&text) {
                    Ok(year) if (min..=max).contains(&year) => Answer::Year(year),
                    Ok(_) => {
                        let why =
                            Text::msg("error-number-range").with("min", i64::from(min)).with("max", i64::from(max));
                        return self.reshow(state, Some(why));
                    }
                    Err(_) => {
                        let why = Text::msg("error-number-invalid").with("example", Text::Plain(self.example(step)));
                        return self.reshow(state, Some(why));
                    }
                }
            }
            StepKind::Date => {
                let (min, max) = self.date_range(step);
                match input::parse_date(&text) {
                    Ok(date) if (min..=max).contains(&date) => Answer::Date(date),
                    Ok(_) => {
                        let why = Text::msg("error-date-range")
                            .with("min", Text::Plain(format_date(min)))
                            .with("max", Text::Plain(format_date(max)));
                        return self.reshow(state, Some(why));
                    }
                    Err(DateError::NoSuchDay) => return self.reshow(state, Some(Text::msg("error-date-nonexistent"))),
                    Err(DateError::Unreadable) => {
                        let why = Text::msg("error-date-invalid").with("example", Text::Plain(self.example(step)));
                        return self.reshow(state, Some(why));
                    }
                }
            }
            StepKind::Phone => match input::parse_phone(&text) {
                Some(phone) => Answer::Phone(phone),
                None => {
                    let why = Text::msg("error-phone-invalid").with("example", Text::Plain(self.example(step)));
                    return self.reshow(state, Some(why));
                }
            },
            StepKind::Text => {
                let max = step.max_len();
                if text.chars().count() > max {
                    let why = Text::msg("error-too-long").with("max", max as i64);
                    return self.reshow(state, Some(why));
                }
                Answer::Text { text, language: state.language.clone() }
            }
            _ => return self.reshow(state, Some(Text::msg("error-not-an-option"))),
        };
        self.accept(state, step, answer)
    }

    pub(super) fn today(&self) -> NaiveDate {
        self.env.now.with_timezone(&self.env.config.organisation.time_zone).date_naive()
    }

    pub(super) fn date_range(&self, step: &Step) -> (NaiveDate, NaiveDate) {
        let today = self.today();
        let (min, max) = step.date_range_days();
        (today + Duration::days(min), today + Duration::days(max))
    }

    /// An example answer that fits the step, shown in the question and in error messages.
    pub(super) fn example(&self, step: &Step) -> String {
        match step.kind {
            StepKind::Year => (self.today().year() - 2).to_string(),
            StepKind::Date => {
                let (min, max) = self.date_range(step);
                format_date((self.today() + Duration::days(14)).clamp(min, max))
            }
            _ => "0151 2345678".into(),
        }
    }
}

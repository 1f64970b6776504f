//! Typed answers: a button picked by its number or its label, a yes or no in the
//! client's language, and the readers and validation of years, dates, phone numbers and
//! free text, each failure answered with the reason.

use chrono::{Datelike, Duration, NaiveDate};

use super::action::Action;
use super::engine::Turn;
use super::flow::{Step, StepKind};
use super::input::{self, button_index, clean_text, is_blank, DateError};
use super::labels::fold;
use super::present::format_date;
use super::{Button, Phase, State, Text};
use crate::domain::Answer;

impl Turn<'_, '_> {
    pub(super) fn text(&mut self, state: State, raw: &str) -> Option<State> {
        let text = clean_text(raw);
        if is_blank(&text) {
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
        let language = state.language.clone();
        let mut all = answers.iter().copied().chain(&reply.nav);
        if let Some(button) = all.find(|b| self.env.labels.matches(&language, &b.label, &folded)) {
            return self.button(state, &button.data.clone());
        }
        let step = match &state.phase {
            Phase::Asking { step } => Some(self.env.flow.step(step).expect("is_current checked the step exists")),
            _ => None,
        };
        let yes_no = match step {
            Some(step) => matches!(step.kind, StepKind::Consent | StepKind::YesNo),
            None => matches!(state.phase, Phase::ConfirmingRestart { .. } | Phase::ConfirmingErase { .. }),
        };
        if yes_no {
            if let Some(action) = self.yes_or_no(&language, &folded) {
                let data = format!("{}:{}", state.turn, action.encode());
                return self.button(state, &data);
            }
        }
        let mut state = state;
        if step.is_none_or(|s| s.kind != StepKind::Text) {
            self.stray_words(&mut state, &text);
        }
        let Some(step) = step else { return self.reshow(state, Some(Text::msg("error-not-an-option"))) };
        let has_buttons = !answers.is_empty();
        let answer = match self.read_typed(step, &text, &language) {
            Ok(answer) => answer,
            Err(why) if has_buttons && matches!(step.kind, StepKind::Year | StepKind::Date | StepKind::Phone) => {
                // The client typed where buttons were offered: point them out as well.
                return self.reshow(state, Some(Text::Lines(vec![why, Text::msg("error-or-choose")])));
            }
            Err(why) => return self.reshow(state, Some(why)),
        };
        self.accept(state, step, answer)
    }

    /// A plain "yes" or "no" typed in the client's language; English "yes" too, but not
    /// English "no": in Polish, Bosnian and Romanian "no" means "yeah" or "well", and a
    /// declined consent erases everything.
    fn yes_or_no(&self, language: &str, folded: &str) -> Option<Action> {
        let word = |id: &str| self.env.labels.matches(language, &Text::msg(id), folded);
        if word("yes") || folded == "yes" {
            Some(Action::Yes)
        } else if word("no") {
            Some(Action::No)
        } else {
            None
        }
    }

    /// Reads a typed answer for `step`, or says in the client's language what is wrong.
    fn read_typed(&self, step: &Step, text: &str, language: &str) -> Result<Answer, Text> {
        let today = self.today();
        match step.kind {
            StepKind::Year => {
                let (min, max) = (step.min.unwrap_or(1900), today.year());
                match input::parse_year(text) {
                    Ok(year) if (min..=max).contains(&year) => Ok(Answer::Year(year)),
                    Ok(_) => {
                        Err(Text::msg("error-number-range").with("min", i64::from(min)).with("max", i64::from(max)))
                    }
                    Err(_) => Err(Text::msg("error-number-invalid").with("example", Text::Plain(self.example(step)))),
                }
            }
            StepKind::Date => {
                let (min, max) = self.date_range(step);
                match input::parse_date(text) {
                    Ok(date) if (min..=max).contains(&date) => Ok(Answer::Date(date)),
                    Ok(_) => Err(Text::msg("error-date-range")
                        .with("min", Text::Plain(format_date(min)))
                        .with("max", Text::Plain(format_date(max)))),
                    Err(DateError::NoSuchDay) => Err(Text::msg("error-date-nonexistent")),
                    Err(DateError::Unreadable) => {
                        Err(Text::msg("error-date-invalid").with("example", Text::Plain(self.example(step))))
                    }
                }
            }
            StepKind::Phone => input::parse_phone(text)
                .map(Answer::Phone)
                .ok_or_else(|| Text::msg("error-phone-invalid").with("example", Text::Plain(self.example(step)))),
            StepKind::Text => {
                let max = step.max_len();
                if text.chars().count() > max {
                    Err(Text::msg("error-too-long").with("max", max as i64))
                } else {
                    // Kept with the language it is written in, which may not be the dialogue's.
                    let written = crate::triage::language::recorded(text, language);
                    Ok(Answer::Text { text: text.to_owned(), language: written.to_owned() })
                }
            }
            _ => Err(Text::msg("error-not-an-option")),
        }
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

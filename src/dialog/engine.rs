//! The dialogue engine: `(env, stored state, input) -> Outcome`, with no I/O.
//!
//! Every reply is built from the state alone, so the keyboard a client sees can be
//! rebuilt to read a typed button number, and a button whose turn number is not the
//! current one is recognised as stale (pressed twice, or forged) and answered with the
//! current question.

use std::collections::BTreeMap;

use chrono::{Datelike, Duration, NaiveDate};

use super::flow::{Step, StepKind};
use super::input::{self, button_index, clean_text, Command, DateError, Input};
use super::{Button, Effect, Env, Outcome, Phase, Reply, ReturnTo, State, Stored, Text};
use crate::config::Config;
use crate::domain::{Answer, Intake};
use crate::i18n::I18n;

/// Handles one input from one client. `language_hint` is the client's language as their
/// channel reports it (an IETF tag such as `de-AT`), used for a first contact.
pub fn handle(env: &Env, stored: Stored, input: Input, language_hint: Option<&str>) -> Outcome {
    let mut turn = Turn { env, replies: Vec::new(), effects: Vec::new(), chosen: None, redraw: false, language: None };
    let payload = match &input {
        Input::Command(Command::Start(payload)) => payload.clone(),
        _ => None,
    };
    let first_language = || env.i18n.negotiate(language_hint, &env.config.organisation.default_language);
    let state = match stored {
        Stored::State(state) if turn.is_current(&state) => state,
        Stored::Fresh => {
            let state = turn.start(first_language(), payload, None, None);
            return turn.finish(Some(state));
        }
        Stored::State(old) => {
            let language = if env.i18n.has(&old.language) { old.language } else { first_language() };
            let state =
                turn.start(language, payload, Some(Text::msg("error-state-reset")), Some(old.turn.wrapping_add(1)));
            return turn.finish(Some(state));
        }
        Stored::Unreadable => {
            let state = turn.start(first_language(), payload, Some(Text::msg("error-state-reset")), None);
            return turn.finish(Some(state));
        }
    };
    let state = turn.input(state, input);
    turn.finish(state)
}

/// The readable text of an answer, shared by the client's summary and the staff view.
pub fn answer_text(env_step: &Step, answer: &Answer, config: &Config, i18n: &I18n) -> Text {
    match (env_step.kind, answer) {
        (_, Answer::Skipped) => Text::msg("summary-skipped"),
        (StepKind::Office, Answer::Choice(id)) => {
            Text::Plain(config.office(id).map(|o| o.name.clone()).unwrap_or_else(|| id.clone()))
        }
        (StepKind::Language, Answer::Choice(code)) => Text::Plain(i18n.language_name(code)),
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

/// Which steps apply, given the answers so far: a step applies when its condition holds
/// on an answer to a step that itself applies.
pub fn applicable(env: &Env, answers: &BTreeMap<String, Answer>) -> Vec<bool> {
    let mut result: Vec<bool> = Vec::with_capacity(env.flow.steps.len());
    for step in &env.flow.steps {
        let applies = match &step.when {
            None => true,
            Some(cond) => {
                let target_applies =
                    env.flow.index(&cond.answer).is_some_and(|i| result.get(i).copied().unwrap_or(false));
                cond.holds(answers.get(&cond.answer).filter(|_| target_applies))
            }
        };
        result.push(applies);
    }
    result
}

/// What a pressed button asks for, decoded from its callback data.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Action {
    Option(String),
    Tick(String),
    Untick(String),
    Done,
    Skip,
    Back,
    Restart,
    Yes,
    No,
    Confirm,
    Change,
    Edit(String),
    Language(String),
}

impl Action {
    fn encode(&self) -> String {
        match self {
            Action::Option(o) => format!("o:{o}"),
            Action::Tick(o) => format!("t:{o}"),
            Action::Untick(o) => format!("u:{o}"),
            Action::Done => "d".into(),
            Action::Skip => "s".into(),
            Action::Back => "b".into(),
            Action::Restart => "r".into(),
            Action::Yes => "y".into(),
            Action::No => "n".into(),
            Action::Confirm => "c".into(),
            Action::Change => "e".into(),
            Action::Edit(step) => format!("e:{step}"),
            Action::Language(code) => format!("l:{code}"),
        }
    }

    fn decode(data: &str) -> Option<(u32, Action)> {
        let (turn, rest) = data.split_once(':')?;
        let turn = turn.parse().ok()?;
        let (code, arg) = match rest.split_once(':') {
            Some((c, a)) => (c, Some(a.to_owned())),
            None => (rest, None),
        };
        let action = match (code, arg) {
            ("o", Some(a)) => Action::Option(a),
            ("t", Some(a)) => Action::Tick(a),
            ("u", Some(a)) => Action::Untick(a),
            ("d", None) => Action::Done,
            ("s", None) => Action::Skip,
            ("b", None) => Action::Back,
            ("r", None) => Action::Restart,
            ("y", None) => Action::Yes,
            ("n", None) => Action::No,
            ("c", None) => Action::Confirm,
            ("e", None) => Action::Change,
            ("e", Some(a)) => Action::Edit(a),
            ("l", Some(a)) => Action::Language(a),
            _ => return None,
        };
        Some((turn, action))
    }
}

struct Turn<'e, 'a> {
    env: &'e Env<'a>,
    replies: Vec<Reply>,
    effects: Vec<Effect>,
    chosen: Option<Text>,
    redraw: bool,
    /// The conversation's language when no state is kept (consent declined).
    language: Option<String>,
}

impl Turn<'_, '_> {
    fn finish(self, state: Option<State>) -> Outcome {
        let language = match &state {
            Some(state) => state.language.clone(),
            None => self.language.unwrap_or_else(|| self.env.config.organisation.default_language.clone()),
        };
        Outcome {
            state,
            language,
            replies: self.replies,
            effects: self.effects,
            chosen: self.chosen,
            redraw: self.redraw,
        }
    }

    /// Whether a stored state fits the flow as it is now: same version, and every step it
    /// names still exists (a flow edited without a version bump must not panic).
    fn is_current(&self, state: &State) -> bool {
        let known = |id: &String| self.env.flow.step(id).is_some();
        state.flow_version == self.env.flow.version
            && self.env.i18n.has(&state.language)
            && match &state.phase {
                Phase::Asking { step } => known(step),
                Phase::ChoosingChange | Phase::Done { .. } => true,
            }
            && state.history.iter().all(known)
            && state.answers.keys().all(known)
            && state.prefilled.iter().all(known)
            && match &state.return_to {
                Some(ReturnTo::Step(step)) => known(step),
                _ => true,
            }
    }

    /// A new conversation. Its turn numbers continue from `after` (a restart), or start
    /// from the clock when nothing is known, so buttons left over from an earlier
    /// conversation never match a current question.
    fn start(&mut self, language: String, office: Option<String>, apology: Option<Text>, after: Option<u32>) -> State {
        let first = self.env.flow.steps[0].id().to_owned();
        let turn = after.unwrap_or_else(|| (self.env.now.timestamp().rem_euclid(1_000_000_000)) as u32);
        let mut state = State {
            flow_version: self.env.flow.version,
            language,
            phase: Phase::Asking { step: first.clone() },
            answers: BTreeMap::new(),
            history: Vec::new(),
            turn,
            selection: Vec::new(),
            return_to: None,
            prefilled: Vec::new(),
        };
        let office_step = self.env.flow.steps.iter().find(|s| s.kind == StepKind::Office);
        if let (Some(step), Some(office)) = (office_step, office.filter(|o| self.env.config.office(o).is_some())) {
            state.answers.insert(step.id().to_owned(), Answer::Choice(office));
            state.prefilled.push(step.id().to_owned());
        }
        let welcome = Text::msg("welcome").with("org", Text::Plain(self.env.config.organisation.name.clone()));
        let intro = match apology {
            Some(apology) => Text::Paragraphs(vec![apology, welcome]),
            None => welcome,
        };
        self.enter(&mut state, &first);
        self.show(&mut state, Some(intro));
        state
    }

    fn input(&mut self, mut state: State, input: Input) -> Option<State> {
        let done = matches!(state.phase, Phase::Done { .. });
        match input {
            Input::Command(Command::Start(payload)) => return Some(self.restart(&state, payload)),
            Input::Command(Command::Restart) => return Some(self.restart(&state, None)),
            Input::Command(Command::Help | Command::Unknown) => {
                self.replies.push(Reply::text(Text::msg("help")));
                self.show(&mut state, None);
            }
            Input::Command(Command::Language) => {
                let language_step = self.env.flow.steps[0].id().to_owned();
                state.return_to = Some(match &state.phase {
                    Phase::Asking { step } if *step == language_step => return self.reshow(state, None),
                    Phase::Asking { step } => state.return_to.clone().unwrap_or(ReturnTo::Step(step.clone())),
                    Phase::ChoosingChange => ReturnTo::Summary,
                    Phase::Done { reference } => ReturnTo::Done(reference.clone()),
                });
                self.enter(&mut state, &language_step);
                self.show(&mut state, None);
            }
            Input::Resume => self.show(&mut state, None),
            Input::Command(Command::Back) if !done => return self.back(state),
            Input::Unsupported(kind) if !done => {
                let why = Text::msg("error-unsupported").with("kind", Text::Plain(kind.as_str().into()));
                self.show(&mut state, Some(why));
            }
            Input::Edited if !done => self.show(&mut state, Some(Text::msg("error-edited"))),
            Input::Text(text) if !done => return self.text(state, &text),
            Input::Button(data) => return self.button(state, &data),
            Input::Command(Command::Back) | Input::Unsupported(_) | Input::Edited | Input::Text(_) => {
                self.show(&mut state, None)
            }
        }
        Some(state)
    }

    fn restart(&mut self, old: &State, office: Option<String>) -> State {
        self.effects.push(Effect::ClearDraft);
        self.start(old.language.clone(), office, None, Some(old.turn.wrapping_add(1)))
    }

    fn reshow(&mut self, mut state: State, prefix: Option<Text>) -> Option<State> {
        self.show(&mut state, prefix);
        Some(state)
    }

    /// Draws the question on screen again in place, with the same turn: its buttons stay
    /// valid, so quick taps on the same keyboard all count.
    fn redraw(&mut self, state: State) -> Option<State> {
        self.redraw = true;
        self.replies.push(self.current_reply(&state));
        Some(state)
    }

    fn stale(&mut self, state: State) -> Option<State> {
        let prefix = match state.phase {
            Phase::Done { .. } => None,
            _ => Some(Text::msg("error-stale")),
        };
        self.reshow(state, prefix)
    }

    fn button(&mut self, mut state: State, data: &str) -> Option<State> {
        let Some((turn, action)) = Action::decode(data) else { return self.stale(state) };
        if turn != state.turn || matches!(state.phase, Phase::Done { .. }) {
            return self.stale(state);
        }
        match action {
            Action::Back => return self.back(state),
            Action::Restart => return Some(self.restart(&state, None)),
            _ => {}
        }
        let step = match &state.phase {
            Phase::ChoosingChange => {
                return match action {
                    Action::Edit(id) if self.changeable(&state).iter().any(|s| s.id() == id) => {
                        self.chosen = self.env.flow.step(&id).map(|s| Text::msg(s.field_label()));
                        state.return_to = Some(ReturnTo::Summary);
                        self.enter(&mut state, &id);
                        self.reshow(state, None)
                    }
                    _ => self.stale(state),
                };
            }
            Phase::Asking { step } => self.env.flow.step(step).expect("is_current checked the step exists"),
            Phase::Done { .. } => return self.stale(state),
        };
        let option_ok = |o: &str| match step.kind {
            StepKind::Office => self.env.config.office(o).is_some(),
            _ => step.options.iter().any(|x| x == o),
        };
        let answer = match (step.kind, action) {
            (StepKind::Language, Action::Language(code)) if self.env.i18n.has(&code) => {
                self.chosen = Some(Text::Plain(self.env.i18n.language_name(&code)));
                state.language = code;
                return self.advance(state, step);
            }
            (StepKind::Consent, Action::Yes) => {
                self.chosen = Some(Text::msg("consent-yes"));
                // Kept in the state so that later navigation treats consent as given;
                // recorded once per conversation (pressing "yes" again adds nothing).
                if state.answers.insert(step.id().to_owned(), Answer::Bool(true)).is_none() {
                    self.effects.push(Effect::RecordConsent {
                        version: self.env.flow.consent_version.clone(),
                        language: state.language.clone(),
                    });
                }
                return self.advance(state, step);
            }
            (StepKind::Consent, Action::No) => {
                self.chosen = Some(Text::msg("consent-no"));
                self.language = Some(state.language.clone());
                self.decline();
                return None;
            }
            (StepKind::Single | StepKind::Year | StepKind::Office, Action::Option(o)) if option_ok(&o) => {
                Answer::Choice(o)
            }
            (StepKind::Multi, Action::Tick(o)) if option_ok(&o) => {
                if !state.selection.contains(&o) {
                    state.selection.push(o);
                }
                return self.redraw(state);
            }
            (StepKind::Multi, Action::Untick(o)) if option_ok(&o) => {
                state.selection.retain(|s| *s != o);
                return self.redraw(state);
            }
            (StepKind::Multi, Action::Done) => {
                if state.selection.is_empty() {
                    return self.reshow(state, Some(Text::msg("multi-empty")));
                }
                let chosen: Vec<String> =
                    step.options.iter().filter(|o| state.selection.contains(o)).cloned().collect();
                Answer::Choices(chosen)
            }
            (StepKind::YesNo, Action::Yes) => Answer::Bool(true),
            (StepKind::YesNo, Action::No) => Answer::Bool(false),
            (_, Action::Skip) if step.optional => Answer::Skipped,
            (StepKind::Summary, Action::Confirm) => return self.submit(state),
            (StepKind::Summary, Action::Change) => {
                self.chosen = Some(Text::msg("summary-change"));
                state.phase = Phase::ChoosingChange;
                return self.reshow(state, None);
            }
            _ => return self.stale(state),
        };
        self.chosen = Some(match &answer {
            Answer::Choices(options) => Text::List(options.iter().map(|o| Text::msg(step.option_label(o))).collect()),
            Answer::Skipped => Text::msg(step.skip_label()),
            other => answer_text(step, other, self.env.config, self.env.i18n),
        });
        self.accept(state, step, answer)
    }

    fn text(&mut self, state: State, raw: &str) -> Option<State> {
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
            if let Some(button) = all.find(|b| fold(&self.env.i18n.render(&language, &b.label)) == folded) {
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
            let word = |id: &str| folded == fold(&self.env.i18n.render(&state.language, &Text::msg(id)));
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

    fn accept(&mut self, mut state: State, step: &Step, answer: Answer) -> Option<State> {
        if step.kind == StepKind::YesNo && answer == Answer::Bool(true) {
            if let Some(info) = &step.info_if_yes {
                self.replies.push(Reply::text(Text::msg(info.clone())));
            }
        }
        self.effects.push(Effect::SaveAnswer { step: step.id().to_owned(), answer: answer.clone() });
        state.answers.insert(step.id().to_owned(), answer);
        state.prefilled.retain(|s| s != step.id());
        self.advance(state, step)
    }

    fn advance(&mut self, mut state: State, from: &Step) -> Option<State> {
        let flow = &self.env.flow;
        let applies = applicable(self.env, &state.answers);
        let from_index = flow.index(from.id()).unwrap_or(0);
        let later = |skip_answered: bool, state: &State| {
            flow.steps.iter().enumerate().skip(from_index + 1).find(|(i, s)| {
                applies[*i]
                    && (s.kind == StepKind::Summary
                        || !(state.prefilled.iter().any(|p| p == s.id())
                            || (skip_answered && state.answers.contains_key(s.id()))))
            })
        };
        match state.return_to.take() {
            Some(ReturnTo::Done(reference)) => {
                state.phase = Phase::Done { reference };
                return self.reshow(state, None);
            }
            Some(ReturnTo::Step(id)) if flow.step(&id).is_some() => {
                self.enter(&mut state, &id);
                return self.reshow(state, None);
            }
            Some(ReturnTo::Summary) => {
                let next = later(true, &state).map(|(_, s)| s.id().to_owned());
                if let Some(next) = next {
                    if flow.step(&next).is_some_and(|s| s.kind != StepKind::Summary) {
                        state.return_to = Some(ReturnTo::Summary);
                    }
                    self.enter(&mut state, &next);
                    return self.reshow(state, None);
                }
            }
            Some(ReturnTo::Step(_)) | None => {}
        }
        state.history.push(from.id().to_owned());
        let next = later(false, &state).map(|(_, s)| s.id().to_owned()).unwrap_or_else(|| from.id().to_owned());
        self.enter(&mut state, &next);
        self.reshow(state, None)
    }

    fn back(&mut self, mut state: State) -> Option<State> {
        match (&state.phase, state.return_to.take()) {
            (Phase::ChoosingChange, _) | (_, Some(ReturnTo::Summary)) => {
                let summary = self.summary_step().id().to_owned();
                self.enter(&mut state, &summary);
            }
            (_, Some(ReturnTo::Step(id))) => self.enter(&mut state, &id),
            (_, Some(ReturnTo::Done(reference))) => state.phase = Phase::Done { reference },
            (_, None) => {
                // Answers changed from the summary may have made earlier steps inapplicable.
                let applies = applicable(self.env, &state.answers);
                while let Some(previous) = state.history.pop() {
                    if self.env.flow.index(&previous).is_some_and(|i| applies[i]) {
                        self.enter(&mut state, &previous);
                        break;
                    }
                }
            }
        }
        self.reshow(state, None)
    }

    fn decline(&mut self) {
        self.effects.push(Effect::Forget);
        let offices = self
            .env
            .config
            .offices
            .iter()
            .map(|o| Text::Plain(format!("{} — {} — {}", o.name, o.address, o.phone)))
            .collect();
        self.replies.push(Reply::text(Text::msg("consent-declined").with("offices", Text::Lines(offices))));
    }

    fn submit(&mut self, mut state: State) -> Option<State> {
        let applies = applicable(self.env, &state.answers);
        let missing =
            self.env.flow.steps.iter().enumerate().find(|(i, s)| {
                applies[*i] && s.kind.takes_answer() && !s.optional && !state.answers.contains_key(s.id())
            });
        if let Some((_, step)) = missing {
            state.return_to = Some(ReturnTo::Summary);
            let id = step.id().to_owned();
            self.enter(&mut state, &id);
            return self.reshow(state, None);
        }
        self.chosen = Some(Text::msg("summary-confirm"));
        let mut answers = BTreeMap::new();
        for (i, step) in self.env.flow.steps.iter().enumerate() {
            if let (true, true, Some(answer)) = (applies[i], step.kind.takes_answer(), state.answers.get(step.id())) {
                answers.insert(step.id().to_owned(), answer.to_summary_value());
            }
        }
        let topics = self
            .env
            .flow
            .topics_step()
            .filter(|s| self.env.flow.index(s.id()).is_some_and(|i| applies[i]))
            .and_then(|s| state.answers.get(s.id()))
            .map(|a| match a {
                Answer::Choices(c) => c.clone(),
                _ => Vec::new(),
            })
            .unwrap_or_default();
        let reference = self.env.new_reference.to_owned();
        self.effects.push(Effect::SubmitIntake(Intake {
            reference: reference.clone(),
            language: state.language.clone(),
            topics,
            flow_version: self.env.flow.version,
            consent_version: self.env.flow.consent_version.clone(),
            submitted_at: self.env.now,
            answers,
        }));
        self.effects.push(Effect::ClearDraft);
        self.replies.push(Reply::text(Text::msg("done").with("reference", Text::Plain(reference.clone()))));
        // Once submitted, the answers live in the queue only.
        state.answers.clear();
        state.history.clear();
        state.selection.clear();
        state.prefilled.clear();
        state.phase = Phase::Done { reference };
        state.turn += 1;
        Some(state)
    }

    /// Makes `id` the question on screen; a multiple choice starts from the earlier answer.
    fn enter(&self, state: &mut State, id: &str) {
        state.phase = Phase::Asking { step: id.to_owned() };
        state.selection = match state.answers.get(id) {
            Some(Answer::Choices(chosen)) => chosen.clone(),
            _ => Vec::new(),
        };
    }

    /// Sends the current question (or view) again with fresh buttons, after `prefix`.
    fn show(&mut self, state: &mut State, prefix: Option<Text>) {
        state.turn += 1;
        let mut reply = self.current_reply(state);
        if let Some(prefix) = prefix {
            reply.text = Text::Paragraphs(vec![prefix, reply.text]);
        }
        self.replies.push(reply);
    }

    fn current_reply(&self, state: &State) -> Reply {
        let env = self.env;
        let button = |label: Text, action: Action| Button {
            label,
            data: format!("{}:{}", state.turn, action.encode()),
            command: None,
        };
        let back = || Button { command: Some("/back"), ..button(Text::msg("nav-back"), Action::Back) };
        let restart = || Button { command: Some("/restart"), ..button(Text::msg("nav-restart"), Action::Restart) };
        let step = match &state.phase {
            Phase::Done { reference } => {
                return Reply::text(Text::msg("after-done").with("reference", Text::Plain(reference.clone())));
            }
            Phase::ChoosingChange => {
                let buttons: Vec<Vec<Button>> = self
                    .changeable(state)
                    .into_iter()
                    .map(|s| vec![button(Text::msg(s.field_label()), Action::Edit(s.id().to_owned()))])
                    .collect();
                return Reply { text: Text::msg("ask-which-change"), buttons, nav: vec![back()] };
            }
            Phase::Asking { step } => env.flow.step(step).expect("is_current checked the step exists"),
        };
        let mut text = Text::msg(step.prompt.clone());
        let mut buttons: Vec<Vec<Button>> = Vec::new();
        let option = |o: &String| vec![button(Text::msg(step.option_label(o)), Action::Option(o.clone()))];
        match step.kind {
            StepKind::Language => {
                let current = env.i18n.language_name(&state.language);
                text = text.with("language", Text::Plain(current.clone()));
                buttons.push(vec![button(
                    Text::msg("language-keep").with("language", Text::Plain(current)),
                    Action::Language(state.language.clone()),
                )]);
                let others: Vec<Button> = env
                    .i18n
                    .languages()
                    .iter()
                    .filter(|l| l.code != state.language)
                    .map(|l| button(Text::Plain(l.name.clone()), Action::Language(l.code.clone())))
                    .collect();
                buttons.extend(others.chunks(3).map(<[Button]>::to_vec));
            }
            StepKind::Consent => {
                text = text.with("org", Text::Plain(env.config.organisation.name.clone()));
                buttons.push(vec![
                    button(Text::msg("consent-yes"), Action::Yes),
                    button(Text::msg("consent-no"), Action::No),
                ]);
            }
            StepKind::Single => buttons.extend(step.options.iter().map(option)),
            StepKind::Year => {
                text = text.with("example", Text::Plain(self.example(step)));
                buttons.extend(step.options.iter().map(option));
            }
            StepKind::Multi => {
                if !state.selection.is_empty() {
                    let chosen: Vec<Text> = step
                        .options
                        .iter()
                        .filter(|o| state.selection.contains(o))
                        .map(|o| Text::msg(step.option_label(o)))
                        .collect();
                    let count =
                        Text::msg("multi-chosen").with("count", chosen.len() as i64).with("list", Text::List(chosen));
                    text = Text::Lines(vec![text, count]);
                }
                for o in &step.options {
                    let label = Text::msg(step.option_label(o));
                    buttons.push(vec![if state.selection.contains(o) {
                        button(Text::Concat(vec![Text::Plain("✓ ".into()), label]), Action::Untick(o.clone()))
                    } else {
                        button(label, Action::Tick(o.clone()))
                    }]);
                }
                buttons.push(vec![button(Text::msg("multi-done"), Action::Done)]);
            }
            StepKind::YesNo => {
                buttons.push(vec![button(Text::msg("yes"), Action::Yes), button(Text::msg("no"), Action::No)])
            }
            StepKind::Date | StepKind::Phone => text = text.with("example", Text::Plain(self.example(step))),
            StepKind::Text => {}
            StepKind::Office => {
                buttons.extend(
                    env.config
                        .offices
                        .iter()
                        .map(|o| vec![button(Text::Plain(o.name.clone()), Action::Option(o.id.clone()))]),
                );
            }
            StepKind::Summary => {
                let mut lines = vec![text];
                lines.extend(self.changeable(state).into_iter().filter_map(|s| {
                    let value = match s.kind {
                        StepKind::Language => Text::Plain(env.i18n.language_name(&state.language)),
                        _ => answer_text(s, state.answers.get(s.id())?, env.config, env.i18n),
                    };
                    Some(Text::msg("summary-line").with("field", Text::msg(s.field_label())).with("value", value))
                }));
                text = Text::Lines(lines);
                buttons.push(vec![button(Text::msg("summary-confirm"), Action::Confirm)]);
                buttons.push(vec![button(Text::msg("summary-change"), Action::Change)]);
            }
        }
        if step.optional {
            buttons.push(vec![button(Text::msg(step.skip_label()), Action::Skip)]);
        }
        Reply { text, buttons, nav: vec![back(), restart()] }
    }

    /// Steps whose answers the summary shows and the client may change.
    fn changeable(&self, state: &State) -> Vec<&Step> {
        let applies = applicable(self.env, &state.answers);
        self.env
            .flow
            .steps
            .iter()
            .enumerate()
            .filter(|(i, s)| {
                applies[*i]
                    && match s.kind {
                        StepKind::Language => true,
                        StepKind::Consent | StepKind::Summary => false,
                        _ => state.answers.contains_key(s.id()),
                    }
            })
            .map(|(_, s)| s)
            .collect()
    }

    fn summary_step(&self) -> &Step {
        self.env.flow.steps.last().expect("a checked flow ends with its summary step")
    }

    fn today(&self) -> NaiveDate {
        self.env.now.with_timezone(&self.env.config.organisation.time_zone).date_naive()
    }

    fn date_range(&self, step: &Step) -> (NaiveDate, NaiveDate) {
        let today = self.today();
        let (min, max) = step.date_range_days();
        (today + Duration::days(min), today + Duration::days(max))
    }

    /// An example answer that fits the step, shown in the question and in error messages.
    fn example(&self, step: &Step) -> String {
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

impl StepKind {
    /// Kinds that produce an answer the intake carries.
    pub fn takes_answer(self) -> bool {
        !matches!(self, StepKind::Language | StepKind::Consent | StepKind::Summary)
    }
}

/// Case- and punctuation-blind form of a label, to recognise a typed button text.
fn fold(text: &str) -> String {
    text.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

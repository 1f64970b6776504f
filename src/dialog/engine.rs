//! The dialogue engine: `(env, stored state, input) -> Outcome`, with no I/O.
//!
//! Every reply is built from the state alone, so the keyboard a client sees can be
//! rebuilt to read a typed button number, and a button whose turn number is not the
//! current one is recognised as stale (pressed twice, or forged) and answered with the
//! current question.

use std::collections::BTreeMap;

use super::action::Action;
use super::applies::applicable;
use super::flow::{Role, Step, StepKind, DEFAULT_MAX_TEXT};
use super::input::{Command, Input};
use super::present::{answer_text, contact_line, referral_text};
use super::{Effect, Env, Outcome, Phase, Reply, ReturnTo, State, Stored, Text};
use crate::domain::{Answer, Assessment, Intake};
use crate::text::Arg;
use crate::triage::Facts;

/// A deadline this many days away or fewer (or already passed) makes an intake urgent.
const URGENT_DEADLINE_DAYS: i64 = 14;

/// Handles one input from one client. `first_language` is the shipped language that
/// best fits what the client's channel reports (negotiated by the shell): the language
/// of a first contact.
pub fn handle(env: &Env, stored: Stored, input: Input, first_language: &str) -> Outcome {
    let mut turn = Turn {
        env,
        replies: Vec::new(),
        effects: Vec::new(),
        chosen: None,
        redraw: false,
        export: false,
        language: None,
        notes: Vec::new(),
    };
    let payload = match &input {
        Input::Command(Command::Start(payload)) => payload.clone(),
        _ => None,
    };
    // An explicit language from the channel wins when the conversation starts (again).
    let explicit = match &input {
        Input::SwitchLanguage(code) if env.languages.has(code) => Some(code.clone()),
        _ => None,
    };
    let first_language = || explicit.clone().unwrap_or_else(|| first_language.to_owned());
    let state = match stored {
        Stored::State(state) if turn.is_current(&state) => state,
        Stored::Fresh => {
            let state = turn.start(first_language(), payload, None, None);
            // Nothing of a conversation, but perhaps requests sent before: ask all the same.
            if matches!(input, Input::Command(Command::Delete | Command::MyData)) {
                turn.replies.clear();
                let state = turn.input(state, input);
                return turn.finish(state);
            }
            return turn.finish(Some(state));
        }
        Stored::State(old) => {
            let language = match explicit.clone() {
                Some(code) => code,
                None if env.languages.has(&old.language) => old.language,
                None => first_language(),
            };
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

/// Who is responsible and how soon (`dialogs/triage.toml`), from the answers that apply:
/// urgent when the client's answer to the urgency question says so or their own words or
/// a near deadline did (`urgent_in_words`).
pub fn assess(
    env: &Env,
    answers: &BTreeMap<String, Answer>,
    topics: &[String],
    language: &str,
    urgent_in_words: bool,
) -> Option<Assessment> {
    let said_urgent = env
        .flow
        .role(Role::Urgent)
        .and_then(|step| answers.get(step.id()).map(|a| step.is_urgent_answer(a)))
        .unwrap_or(false);
    let today = env.now.with_timezone(&env.config.organisation.time_zone).date_naive();
    let facts = Facts { answers, urgent: said_urgent || urgent_in_words, today };
    env.triage.assess(&facts, topics, language, env.now)
}

pub(super) struct Turn<'e, 'a> {
    pub(super) env: &'e Env<'a>,
    pub(super) replies: Vec<Reply>,
    pub(super) effects: Vec<Effect>,
    pub(super) chosen: Option<Text>,
    pub(super) redraw: bool,
    pub(super) export: bool,
    /// The conversation's language when no state is kept (consent declined).
    pub(super) language: Option<String>,
    /// Shown before the next question, in the same message.
    pub(super) notes: Vec<Text>,
}

impl Turn<'_, '_> {
    pub(super) fn finish(self, state: Option<State>) -> Outcome {
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
            export: self.export,
        }
    }

    /// Whether a stored state fits the flow as it is now: same version, and every step it
    /// names still exists (a flow edited without a version bump must not panic).
    pub(super) fn is_current(&self, state: &State) -> bool {
        let known = |id: &String| self.env.flow.step(id).is_some();
        fn phase_known(phase: &Phase, known: &dyn Fn(&String) -> bool) -> bool {
            match phase {
                Phase::Asking { step } => known(step),
                Phase::ConfirmingRestart { from, .. } | Phase::ConfirmingErase { from } => phase_known(from, known),
                Phase::ChoosingChange
                | Phase::Done { .. }
                | Phase::Booking { .. }
                | Phase::Holding { .. }
                | Phase::Appointment { .. } => true,
            }
        }
        state.flow_version == self.env.flow.version
            && self.env.languages.has(&state.language)
            && phase_known(&state.phase, &known)
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
    pub(super) fn start(
        &mut self,
        language: String,
        office: Option<String>,
        apology: Option<Text>,
        after: Option<u32>,
    ) -> State {
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
            answered: None,
            offer: None,
            wish: None,
            appointment: None,
            rescheduling: None,
            format: None,
            all_languages: false,
            noted: Vec::new(),
            noted_words: Vec::new(),
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

    pub(super) fn input(&mut self, mut state: State, input: Input) -> Option<State> {
        // Any command or a switch to another language answers "delete everything?" with
        // "no". The language it is in already (a terminal started again with the same
        // --lang) leaves the question standing, as every other question is kept.
        if let Phase::ConfirmingErase { from } = &state.phase {
            let other_language = matches!(&input, Input::SwitchLanguage(code) if *code != state.language);
            if matches!(input, Input::Command(_)) || other_language {
                state.phase = (**from).clone();
            }
        }
        // Another command, or a switch of language, answers "start again?" with "no".
        if let Phase::ConfirmingRestart { from, .. } = &state.phase {
            let cancels = matches!(
                input,
                Input::Command(
                    Command::Back
                        | Command::MyData
                        | Command::Help
                        | Command::Unknown
                        | Command::Language
                        | Command::Appointment
                        | Command::Delete
                ) | Input::SwitchLanguage(_)
            );
            if cancels {
                state.phase = (**from).clone();
                if input == Input::Command(Command::Back) {
                    return self.reshow(state, None);
                }
            }
        }
        let done = matches!(state.phase, Phase::Done { .. });
        match input {
            Input::Command(Command::Start(payload)) => return self.restart(state, payload),
            Input::Command(Command::Restart) => return self.restart(state, None),
            Input::Command(Command::Appointment) => return self.appointment(state),
            Input::Command(Command::Delete) => return self.ask_erase(state),
            Input::Command(Command::MyData) => {
                // No record at all: nothing is stored yet (a first message).
                if self.env.record.is_some() {
                    self.replies.push(Reply::text(super::record::my_data(self.env, &state)));
                    self.export = true;
                } else {
                    self.replies.push(Reply::text(Text::msg("mydata-none")));
                }
                self.show(&mut state, None);
            }
            Input::Command(Command::Help | Command::Unknown) => {
                self.replies.push(Reply::text(Text::msg("help")));
                self.show(&mut state, None);
            }
            Input::Command(Command::Language) => {
                let language_step = self.env.flow.steps[0].id().to_owned();
                state.return_to = Some(match &state.phase {
                    Phase::Asking { step } if *step == language_step => return self.reshow(state, None),
                    Phase::Asking { step } => state.return_to.clone().unwrap_or(ReturnTo::Step(step.clone())),
                    Phase::ChoosingChange | Phase::ConfirmingRestart { .. } | Phase::ConfirmingErase { .. } => {
                        ReturnTo::Summary
                    }
                    Phase::Done { reference } => ReturnTo::Done(reference.clone()),
                    Phase::Booking { reference, .. } | Phase::Holding { reference, .. } => {
                        ReturnTo::Booking(reference.clone())
                    }
                    Phase::Appointment { reference, .. } => ReturnTo::Done(reference.clone()),
                });
                self.enter(&mut state, &language_step);
                self.show(&mut state, None);
            }
            Input::SwitchLanguage(code) => return self.switch_language(state, code),
            Input::Offered { reference, slot, until } => return self.offered(state, reference, slot, until),
            Input::Resume => self.show(&mut state, None),
            Input::Command(Command::Back) if !done => return self.back(state),
            Input::Unsupported(kind) if !done => {
                let why = Text::msg("error-unsupported").with("kind", Arg::Code(kind.as_str().into()));
                self.show(&mut state, Some(why));
            }
            Input::Edited if !done => self.show(&mut state, Some(Text::msg("error-edited"))),
            Input::TooLong if !done => {
                let max = match &state.phase {
                    Phase::Asking { step } => self.env.flow.step(step).map_or(DEFAULT_MAX_TEXT, Step::max_len),
                    _ => DEFAULT_MAX_TEXT,
                };
                self.show(&mut state, Some(Text::msg("error-too-long").with("max", max as i64)));
            }
            Input::Text(text) if !done => return self.text(state, &text),
            Input::Button(data) => return self.button(state, &data),
            Input::Text(text) => {
                self.stray_words(&mut state, &text);
                self.show(&mut state, None)
            }
            Input::Command(Command::Back) | Input::Unsupported(_) | Input::Edited | Input::TooLong => {
                self.show(&mut state, None)
            }
        }
        Some(state)
    }

    /// `/delete`: asks before anything is erased; "no" returns to where the client was.
    pub(super) fn ask_erase(&mut self, mut state: State) -> Option<State> {
        if !matches!(state.phase, Phase::ConfirmingErase { .. }) {
            state.phase = Phase::ConfirmingErase { from: Box::new(state.phase.clone()) };
        }
        self.reshow(state, None)
    }

    /// `/start` or the start-over button: asks first when answers would be lost.
    pub(super) fn restart(&mut self, mut state: State, office: Option<String>) -> Option<State> {
        let flow = &self.env.flow;
        let has_answers = state
            .answers
            .keys()
            .any(|id| flow.step(id).is_some_and(|s| s.kind.takes_answer()) && !state.prefilled.iter().any(|p| p == id));
        match &state.phase {
            Phase::ConfirmingRestart { from, .. } => {
                state.phase = Phase::ConfirmingRestart { office, from: from.clone() };
                self.reshow(state, None)
            }
            Phase::Asking { .. } | Phase::ChoosingChange if has_answers => {
                let from = Box::new(state.phase.clone());
                state.phase = Phase::ConfirmingRestart { office, from };
                self.reshow(state, None)
            }
            _ => {
                // A slot held for this client is given back at once, not when the hold lapses.
                if let Phase::Holding { reference, .. } = &state.phase {
                    self.effects.push(Effect::ReleaseHold { reference: reference.clone() });
                }
                Some(self.start_over(&state, office))
            }
        }
    }

    /// Throws the unfinished answers away and asks the first question again.
    pub(super) fn start_over(&mut self, old: &State, office: Option<String>) -> State {
        let mut state = self.start(old.language.clone(), office, None, Some(old.turn.wrapping_add(1)));
        // A second tap on the button that started over is told "already answered".
        state.answered = Some(old.turn);
        state
    }

    /// The channel named the client's language (`chat --lang`): switch and say so in one
    /// line, then show where the client is.
    fn switch_language(&mut self, mut state: State, code: String) -> Option<State> {
        if !self.env.languages.has(&code) || code == state.language {
            return self.reshow(state, None);
        }
        let name = Text::Plain(self.env.languages.name(&code));
        state.language = code;
        self.reshow(state, Some(Text::msg("language-switched").with("language", name)))
    }

    pub(super) fn reshow(&mut self, mut state: State, prefix: Option<Text>) -> Option<State> {
        self.show(&mut state, prefix);
        Some(state)
    }

    /// Draws the question on screen again in place, with the same turn: its buttons stay
    /// valid, so quick taps on the same keyboard all count.
    pub(super) fn redraw(&mut self, state: State) -> Option<State> {
        self.redraw = true;
        self.replies.push(self.current_reply(&state));
        Some(state)
    }

    /// A button that is not on the current question. A second tap on the question just
    /// answered is told so once; any other (an old keyboard, forged data) gets the current
    /// question again.
    pub(super) fn stale(&mut self, state: State, turn: Option<u32>) -> Option<State> {
        if turn.is_some() && turn == state.answered {
            self.replies.push(Reply::text(Text::msg("error-already-answered")));
            return Some(state);
        }
        let prefix = match state.phase {
            Phase::Done { .. } | Phase::Booking { .. } | Phase::Holding { .. } | Phase::Appointment { .. } => None,
            _ => Some(Text::msg("error-stale")),
        };
        self.reshow(state, prefix)
    }

    pub(super) fn button(&mut self, mut state: State, data: &str) -> Option<State> {
        let Some((turn, action)) = Action::decode(data) else { return self.stale(state, None) };
        if turn != state.turn || matches!(state.phase, Phase::Done { .. }) {
            return self.stale(state, Some(turn));
        }
        match action {
            Action::Back => {
                state.answered = Some(turn);
                return self.back(state);
            }
            Action::Restart => {
                state.answered = Some(turn);
                return self.restart(state, None);
            }
            Action::Switch(code) if self.env.languages.has(&code) && state.offer.as_ref() == Some(&code) => {
                state.answered = Some(turn);
                state.offer = None;
                self.chosen = Some(Text::Plain(self.env.languages.name(&code)));
                return self.switch_language(state, code);
            }
            _ => {}
        }
        let step = match &state.phase {
            Phase::ChoosingChange => {
                return match action {
                    Action::Edit(id) if self.changeable(&state).iter().any(|s| s.id() == id) => {
                        state.answered = Some(turn);
                        self.chosen = self.env.flow.step(&id).map(|s| Text::msg(s.field_label()));
                        state.return_to = Some(ReturnTo::Summary);
                        self.enter(&mut state, &id);
                        self.reshow(state, None)
                    }
                    _ => self.stale(state, Some(turn)),
                };
            }
            Phase::ConfirmingRestart { office, from } => {
                return match action {
                    Action::Yes => {
                        self.chosen = Some(Text::msg("confirm-restart-yes"));
                        let office = office.clone();
                        Some(self.start_over(&state, office))
                    }
                    Action::No => {
                        self.chosen = Some(Text::msg("confirm-restart-no"));
                        state.answered = Some(turn);
                        state.phase = (**from).clone();
                        self.reshow(state, None)
                    }
                    _ => self.stale(state, Some(turn)),
                };
            }
            Phase::ConfirmingErase { from } => {
                return match action {
                    Action::Yes => {
                        self.chosen = Some(Text::msg("delete-yes"));
                        self.effects.push(Effect::Erase);
                        self.language = Some(state.language.clone());
                        self.replies.push(Reply::text(Text::msg("delete-done")));
                        None
                    }
                    Action::No => {
                        self.chosen = Some(Text::msg("delete-no"));
                        state.answered = Some(turn);
                        state.phase = (**from).clone();
                        self.reshow(state, Some(Text::msg("delete-kept")))
                    }
                    _ => self.stale(state, Some(turn)),
                };
            }
            Phase::Asking { step } => self.env.flow.step(step).expect("is_current checked the step exists"),
            Phase::Done { .. } => return self.stale(state, Some(turn)),
            Phase::Booking { .. } | Phase::Holding { .. } | Phase::Appointment { .. } => {
                return self.booking_button(state, turn, action)
            }
        };
        let option_ok = |o: &str| match step.kind {
            StepKind::Office => self.env.config.office(o).is_some(),
            _ => step.options.iter().any(|x| x == o),
        };
        let answer = match (step.kind, action) {
            (StepKind::Language, Action::Language(code)) if self.env.languages.has(&code) => {
                self.chosen = Some(Text::Plain(self.env.languages.name(&code)));
                state.language = code;
                state.all_languages = false;
                return self.advance(state, step);
            }
            (StepKind::Language, Action::MoreLanguages) => {
                state.all_languages = true;
                return self.redraw(state);
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
            (StepKind::Multi | StepKind::Languages, Action::Tick(o)) if option_ok(&o) => {
                if !state.selection.contains(&o) {
                    state.selection.push(o);
                }
                return self.redraw(state);
            }
            (StepKind::Multi | StepKind::Languages, Action::Untick(o)) if option_ok(&o) => {
                state.selection.retain(|s| *s != o);
                return self.redraw(state);
            }
            (StepKind::Multi | StepKind::Languages, Action::Done) => {
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
                state.answered = Some(turn);
                self.chosen = Some(Text::msg("summary-change"));
                state.phase = Phase::ChoosingChange;
                return self.reshow(state, None);
            }
            _ => return self.stale(state, Some(turn)),
        };
        self.chosen = Some(match &answer {
            Answer::Choices(options) => {
                Text::List(options.iter().map(|o| step.option_text(o, self.env.languages)).collect())
            }
            Answer::Skipped => Text::msg(step.skip_label()),
            other => answer_text(step, other, self.env.config, self.env.languages),
        });
        self.accept(state, step, answer)
    }

    pub(super) fn accept(&mut self, mut state: State, step: &Step, answer: Answer) -> Option<State> {
        let value = match &answer {
            Answer::Bool(yes) => Some(if *yes { "yes" } else { "no" }),
            Answer::Choice(option) => Some(option.as_str()),
            _ => None,
        };
        if let Some(info) = value.and_then(|v| step.info.get(v)) {
            let shown = self.info(&state, info);
            self.notes.extend(shown);
        }
        // An offer to switch language stands until the next answer.
        state.offer = None;
        if let Answer::Text { text, language } = &answer {
            self.own_words(&mut state, text, language);
        }
        state.answers.insert(step.id().to_owned(), answer);
        state.prefilled.retain(|s| s != step.id());
        self.advance(state, step)
    }

    /// What makes this intake urgent: the categories found in the client's own words and
    /// in text that answered no question, and a deadline less than two weeks away.
    /// With the words behind what was found in the client's texts, for staff.
    fn urgency(&self, state: &State, applies: &[bool]) -> (Vec<String>, Vec<String>) {
        let (mut categories, mut words) = self.urgency_in_own_words(state, applies);
        add_new(&mut categories, &state.noted);
        add_new(&mut words, &state.noted_words);
        let deadline =
            self.env.flow.role(Role::Deadline).filter(|s| self.env.flow.index(s.id()).is_some_and(|i| applies[i]));
        if let Some(Answer::Date(date)) = deadline.and_then(|s| state.answers.get(s.id())) {
            let days = (*date - self.today()).num_days();
            if days <= URGENT_DEADLINE_DAYS && !categories.iter().any(|c| c == "deadline") {
                categories.push("deadline".into());
            }
        }
        (categories, words)
    }

    /// The urgency categories found in every free-text answer that applies, and the words
    /// behind them.
    fn urgency_in_own_words(&self, state: &State, applies: &[bool]) -> (Vec<String>, Vec<String>) {
        let texts =
            self.env.flow.steps.iter().enumerate().filter(|(i, _)| applies[*i]).filter_map(|(_, s)| {
                match state.answers.get(s.id()) {
                    Some(Answer::Text { text, language }) => Some((text.as_str(), language.as_str())),
                    _ => None,
                }
            });
        let (mut categories, mut words) = (Vec::new(), Vec::new());
        for (text, language) in texts {
            let finding = self.env.urgency.detect(&[state.language.as_str(), language], text);
            add_new(&mut categories, &finding.categories);
            add_new(&mut words, &finding.evidence);
        }
        (categories, words)
    }

    /// Who is responsible and how soon, from the answers to the steps that apply.
    fn assess(&self, state: &State, applies: &[bool], topics: &[String], urgent_in_words: bool) -> Option<Assessment> {
        let answers: BTreeMap<String, Answer> = self
            .env
            .flow
            .steps
            .iter()
            .enumerate()
            .filter(|(i, _)| applies[*i])
            .filter_map(|(_, s)| Some((s.id().to_owned(), state.answers.get(s.id())?.clone())))
            .collect();
        assess(self.env, &answers, topics, &state.language, urgent_in_words)
    }

    pub(super) fn decline(&mut self) {
        self.effects.push(Effect::Forget);
        let offices = self.env.config.offices.iter().map(|o| contact_line(&[&o.name, &o.address, &o.phone])).collect();
        // Nothing of this conversation is kept; a request sent earlier is, and the client
        // must not be told otherwise.
        let id = if self.env.earlier_intakes > 0 { "consent-declined-kept" } else { "consent-declined" };
        self.replies.push(Reply::text(Text::msg(id).with("offices", Text::Lines(offices))));
    }

    pub(super) fn submit(&mut self, mut state: State) -> Option<State> {
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
        let (urgency, urgency_words) = self.urgency(&state, &applies);
        let assessment = self.assess(&state, &applies, &topics, !urgency.is_empty());
        let mut wish = self.wish(&state, &applies, &topics, !urgency.is_empty());
        // Booking follows the decision: the responsible service's counsellors only, and
        // none when the rules refer the client elsewhere or nobody here counsels for that
        // service — then the referral is the answer.
        let bookable = match assessment.as_ref().map(|a| a.counselled_by()) {
            None => true,
            Some(None) => false,
            Some(Some(service)) => {
                wish.service = Some(service.to_owned());
                crate::booking::matching::anyone_serves(&self.env.config.counsellors, service)
            }
        };
        let reference = self.env.new_reference.to_owned();
        let mut done = vec![Text::msg("done").with("reference", Text::Plain(reference.clone()))];
        let places: Vec<Text> = assessment
            .iter()
            .flat_map(|a| &a.referrals)
            .filter_map(|r| self.env.triage.directory.service(&r.target))
            .map(|service| referral_text(service, self.env.languages))
            .collect();
        if !places.is_empty() {
            done.push(Text::Paragraphs([vec![Text::msg("referral-intro")], places].concat()));
        }
        self.effects.push(Effect::SubmitIntake(Box::new(Intake {
            reference: reference.clone(),
            language: state.language.clone(),
            topics,
            flow_version: self.env.flow.version,
            consent_version: self.env.flow.consent_version.clone(),
            submitted_at: self.env.now,
            urgency,
            urgency_words,
            answers,
            assessment,
        })));
        self.replies.push(Reply::text(Text::Paragraphs(done)));
        // Once submitted, the answers live in the queue only.
        state.answers.clear();
        state.history.clear();
        state.selection.clear();
        state.prefilled.clear();
        state.noted.clear();
        state.noted_words.clear();
        state.answered = Some(state.turn);
        state.appointment = None;
        if self.can_book() && bookable {
            state.wish = Some(wish);
            state.phase = Phase::Booking { reference, office: None, after: None };
            self.show(&mut state, None);
        } else {
            state.phase = Phase::Done { reference };
            state.turn += 1;
        }
        Some(state)
    }
}

/// Adds to `list` each of `more` it does not hold yet, in order.
pub(super) fn add_new(list: &mut Vec<String>, more: &[String]) {
    for item in more {
        if !list.contains(item) {
            list.push(item.clone());
        }
    }
}

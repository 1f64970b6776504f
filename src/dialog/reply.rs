//! The reply for the question on screen, built from the state alone: its text, its
//! answer buttons and the navigation buttons.

use super::action::Action;
use super::engine::Turn;
use super::flow::StepKind;
use super::present::{answer_text, office_text};
use super::{Button, Phase, Reply, State, Text};

impl Turn<'_, '_> {
    /// Sends the current question (or view) again with fresh buttons, after `prefix`.
    /// Notes gathered in this turn (emergency numbers, "we will look at it first") and an
    /// offer to switch language come first, in the same message as the question.
    pub(super) fn show(&mut self, state: &mut State, prefix: Option<Text>) {
        state.turn += 1;
        let mut reply = self.current_reply(state);
        let mut before: Vec<Text> = std::mem::take(&mut self.notes);
        before.extend(prefix);
        if let Some(code) = state.offer.clone().filter(|code| *code != state.language) {
            let name = Text::Plain(self.env.languages.name(&code));
            let said = |id: &str| Text::In {
                language: code.clone(),
                text: Box::new(Text::msg(id).with("language", name.clone())),
            };
            before.push(said("language-offer"));
            reply.nav.insert(
                0,
                Button {
                    label: said("language-offer-yes"),
                    data: format!("{}:{}", state.turn, Action::Switch(code.clone()).encode()),
                    // Where buttons cannot be pressed (the terminal), the language menu.
                    command: Some("/language"),
                },
            );
        }
        if !before.is_empty() {
            before.push(reply.text);
            reply.text = Text::Paragraphs(before);
        }
        self.replies.push(reply);
    }

    pub(super) fn current_reply(&self, state: &State) -> Reply {
        let env = self.env;
        let button = |label: Text, action: Action| Button {
            label,
            data: format!("{}:{}", state.turn, action.encode()),
            command: None,
        };
        let back = || Button { command: Some("/back"), ..button(Text::msg("nav-back"), Action::Back) };
        let restart = || Button { command: Some("/start"), ..button(Text::msg("nav-restart"), Action::Restart) };
        let step = match &state.phase {
            Phase::Done { reference } => return self.after_done(state, reference),
            Phase::Booking { office, after, .. } => return self.offer_reply(state, office, after),
            Phase::Holding { slot, .. } => return self.holding_reply(state, slot),
            Phase::Appointment { slot, .. } => return self.appointment_reply(state, slot),
            Phase::ChoosingChange => {
                let buttons: Vec<Vec<Button>> = self
                    .changeable(state)
                    .into_iter()
                    .map(|s| vec![button(Text::msg(s.field_label()), Action::Edit(s.id().to_owned()))])
                    .collect();
                return Reply {
                    text: Text::msg("ask-which-change"),
                    buttons,
                    nav: vec![back()],
                    calendar: None,
                    later: None,
                };
            }
            Phase::ConfirmingRestart { .. } => {
                // "No" first: a stray typed "1" must not delete anything.
                let buttons = vec![
                    vec![button(Text::msg("confirm-restart-no"), Action::No)],
                    vec![button(Text::msg("confirm-restart-yes"), Action::Yes)],
                ];
                return Reply {
                    text: Text::msg("confirm-restart"),
                    buttons,
                    nav: Vec::new(),
                    calendar: None,
                    later: None,
                };
            }
            Phase::ConfirmingErase { .. } => {
                // "No" first, as above.
                let buttons = vec![
                    vec![button(Text::msg("delete-no"), Action::No)],
                    vec![button(Text::msg("delete-yes"), Action::Yes)],
                ];
                return Reply {
                    text: Text::msg("delete-confirm"),
                    buttons,
                    nav: Vec::new(),
                    calendar: None,
                    later: None,
                };
            }
            Phase::Asking { step } => env.flow.step(step).expect("is_current checked the step exists"),
        };
        let mut text = Text::msg(step.prompt.clone());
        let mut buttons: Vec<Vec<Button>> = Vec::new();
        let option = |o: &String| vec![button(Text::msg(step.option_label(o)), Action::Option(o.clone()))];
        match step.kind {
            StepKind::Language => {
                let current = env.languages.name(&state.language);
                text = text.with("language", Text::Plain(current.clone()));
                buttons.push(vec![button(
                    Text::msg("language-keep").with("language", Text::Plain(current)),
                    Action::Language(state.language.clone()),
                )]);
                let (shown, more) = env.languages.picker(&state.language, state.all_languages);
                let others: Vec<Button> = shown
                    .iter()
                    .map(|l| button(Text::Plain(l.name.clone()), Action::Language(l.code.clone())))
                    .collect();
                buttons.extend(others.chunks(3).map(<[Button]>::to_vec));
                if more {
                    buttons.push(vec![button(Text::msg("language-more"), Action::MoreLanguages)]);
                }
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
            StepKind::Multi | StepKind::Languages => {
                if !state.selection.is_empty() {
                    let chosen: Vec<Text> = step
                        .options
                        .iter()
                        .filter(|o| state.selection.contains(o))
                        .map(|o| step.option_text(o, env.languages))
                        .collect();
                    let count =
                        Text::msg("multi-chosen").with("count", chosen.len() as i64).with("list", Text::List(chosen));
                    text = Text::Lines(vec![text, count]);
                }
                let options: Vec<Button> = step
                    .options
                    .iter()
                    .map(|o| {
                        let label = step.option_text(o, env.languages);
                        if state.selection.contains(o) {
                            button(Text::Concat(vec![Text::Plain("✓ ".into()), label]), Action::Untick(o.clone()))
                        } else {
                            button(label, Action::Tick(o.clone()))
                        }
                    })
                    .collect();
                // Language names are short: three to a row keeps two dozen on one screen.
                let per_row = if step.kind == StepKind::Languages { 3 } else { 1 };
                buttons.extend(options.chunks(per_row).map(<[Button]>::to_vec));
                buttons.push(vec![button(Text::msg("multi-done"), Action::Done)]);
            }
            StepKind::YesNo => {
                buttons.push(vec![button(Text::msg("yes"), Action::Yes), button(Text::msg("no"), Action::No)])
            }
            StepKind::Date | StepKind::Phone => text = text.with("example", Text::Plain(self.example(step))),
            StepKind::Text => {}
            StepKind::Office => {
                let mut paragraphs = vec![text];
                paragraphs.extend(env.config.offices.iter().map(office_text));
                text = Text::Paragraphs(paragraphs);
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
                        StepKind::Language => Text::Plain(env.languages.name(&state.language)),
                        _ => answer_text(s, state.answers.get(s.id())?, env.config, env.languages),
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
        // On the first question there is nothing to go back to and nothing to start over.
        let first = state.history.is_empty() && state.return_to.is_none();
        let nav = if first { Vec::new() } else { vec![back(), restart()] };
        Reply { text, buttons, nav, calendar: None, later: None }
    }
}

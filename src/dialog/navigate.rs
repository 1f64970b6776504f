//! Moving through the flow: which steps apply, forward to the next question, back to the
//! previous one, and out of order (a change from the summary, a language switch).

use super::applies::applicable;

use super::engine::Turn;
use super::flow::{Step, StepKind};
use super::{Phase, ReturnTo, State};
use crate::domain::Answer;

impl Turn<'_, '_> {
    pub(super) fn advance(&mut self, mut state: State, from: &Step) -> Option<State> {
        state.answered = Some(state.turn);
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
            Some(ReturnTo::Booking(reference)) => {
                state.phase = Phase::Booking { reference, office: None, after: None };
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

    pub(super) fn back(&mut self, mut state: State) -> Option<State> {
        match (&state.phase, state.return_to.take()) {
            (Phase::ChoosingChange, _) | (_, Some(ReturnTo::Summary)) => {
                let summary = self.summary_step().id().to_owned();
                self.enter(&mut state, &summary);
            }
            (_, Some(ReturnTo::Step(id))) => self.enter(&mut state, &id),
            (_, Some(ReturnTo::Done(reference))) => state.phase = Phase::Done { reference },
            (_, Some(ReturnTo::Booking(reference))) => {
                state.phase = Phase::Booking { reference, office: None, after: None }
            }
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

    /// Makes `id` the question on screen; a multiple choice starts from the earlier answer.
    /// The languages question starts with the dialogue's language ticked.
    pub(super) fn enter(&self, state: &mut State, id: &str) {
        state.phase = Phase::Asking { step: id.to_owned() };
        state.all_languages = false;
        let languages_step = self.env.flow.step(id).is_some_and(|s| s.kind == StepKind::Languages);
        state.selection = match state.answers.get(id) {
            Some(Answer::Choices(chosen)) => chosen.clone(),
            None if languages_step => {
                let offered = self.env.flow.step(id).is_some_and(|s| s.options.contains(&state.language));
                if offered {
                    vec![state.language.clone()]
                } else {
                    Vec::new()
                }
            }
            _ => Vec::new(),
        };
    }

    /// Steps whose answers the summary shows and the client may change.
    pub(super) fn changeable(&self, state: &State) -> Vec<&Step> {
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

    pub(super) fn summary_step(&self) -> &Step {
        self.env.flow.steps.last().expect("a checked flow ends with its summary step")
    }
}

//! Which steps of the flow apply, given the answers so far.

use std::collections::BTreeMap;

use super::Env;
use crate::domain::Answer;

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

//! `dialogs/triage.toml` and `dialogs/referrals.toml` held against the flow and against
//! each other: every step, option and referral target a rule names must exist, and every
//! place must name known topics. Each problem names its file and line.

use std::collections::HashSet;
use std::path::Path;

use toml::Spanned;

use crate::dialog::flow::Role;
use crate::dialog::{Flow, StepKind};
use crate::triage::rules::{line_of, Condition, SERVICES};
use crate::triage::{Directory, Rules, Triage};

/// The rules' file inside the dialogs folder.
pub const RULES_FILE: &str = "triage.toml";
/// The referral directory's file inside the dialogs folder.
pub const REFERRALS_FILE: &str = "referrals.toml";

/// Reads and checks both files; the triage is returned when both parse (even with
/// problems in them, so that `check` reports everything at once).
pub fn load(dialogs: &Path, flow: &Flow, errors: &mut Vec<String>) -> Option<Triage> {
    let rules_path = dialogs.join(RULES_FILE);
    let directory_path = dialogs.join(REFERRALS_FILE);
    let read = |path: &Path, errors: &mut Vec<String>| match std::fs::read_to_string(path) {
        Ok(text) => Some(text),
        Err(e) => {
            errors.push(format!("{}: cannot read: {e}", path.display()));
            None
        }
    };
    let rules_text = read(&rules_path, errors)?;
    let directory_text = read(&directory_path, errors)?;
    fn parsed<T>(result: Result<T, String>, path: &Path, errors: &mut Vec<String>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(e) => {
                errors.push(match e.strip_prefix("line ") {
                    Some(rest) => format!("{}:{rest}", path.display()),
                    None => format!("{}: {e}", path.display()),
                });
                None
            }
        }
    }
    let rules = parsed(Rules::parse(&rules_text), &rules_path, errors);
    let directory = parsed(Directory::parse(&directory_text), &directory_path, errors);
    let (rules, directory) = (rules?, directory?);
    let at = |path: &Path, text: &str, span: std::ops::Range<usize>| {
        format!("{}:{}", path.display(), line_of(text, span.start))
    };
    let directory_at = |span| at(&directory_path, &directory_text, span);
    let rules_at = |span| at(&rules_path, &rules_text, span);
    errors.extend(
        directory_problems(&directory, flow).into_iter().map(|(span, m)| format!("{}: {m}", directory_at(span))),
    );
    errors.extend(
        rules_problems(&rules, &directory, flow).into_iter().map(|(span, m)| format!("{}: {m}", rules_at(span))),
    );
    Some(Triage { rules, directory })
}

type Problem = (std::ops::Range<usize>, String);

fn valid_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 40 && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

fn directory_problems(directory: &Directory, flow: &Flow) -> Vec<Problem> {
    let mut problems = Vec::new();
    let topics: Vec<String> = flow.role(Role::Topics).map(|s| s.options.clone()).unwrap_or_default();
    let mut seen = HashSet::new();
    for service in &directory.services {
        let id = service.id.get_ref();
        let mut problem = |span: std::ops::Range<usize>, message: String| problems.push((span, message));
        if !seen.insert(id.as_str()) {
            problem(service.id.span(), format!("service id '{id}' is used twice"));
        }
        if id.is_empty() || !id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_') {
            problem(service.id.span(), format!("service id '{id}' must be a-z, A-Z, 0-9, '-' or '_'"));
        }
        if !valid_id(service.kind.get_ref()) {
            problem(
                service.kind.span(),
                format!(
                    "service '{id}': kind '{}' must be a-z, 0-9 and '_' (clients read referral-kind-<kind>)",
                    service.kind.get_ref()
                ),
            );
        }
        for topic in &service.topics {
            if !topics.contains(topic.get_ref()) {
                problem(
                    topic.span(),
                    format!("service '{id}': unknown topic '{}' (topics: {})", topic.get_ref(), topics.join(", ")),
                );
            }
        }
        for (field, value) in [
            ("organization.name", &service.organization.name),
            ("location.address", &service.location.address),
            ("contact.phone", &service.contact.phone),
        ] {
            if value.trim().is_empty() {
                problem(service.id.span(), format!("service '{id}': {field} is empty (clients are shown it)"));
            }
        }
    }
    problems
}

fn rules_problems(rules: &Rules, directory: &Directory, flow: &Flow) -> Vec<Problem> {
    let mut problems = Vec::new();
    if rules.rules.is_empty() {
        problems.push((0..0, "no [[rule]]: every intake needs a responsible service".to_owned()));
    }
    let mut seen = HashSet::new();
    for (index, rule) in rules.rules.iter().enumerate() {
        let id = rule.id.get_ref();
        if !valid_id(id) {
            problems.push((rule.id.span(), format!("rule id '{id}' must be 1-40 characters of a-z, 0-9 and '_'")));
        }
        if !seen.insert(id.as_str()) {
            problems.push((rule.id.span(), format!("rule id '{id}' is used twice")));
        }
        if !SERVICES.contains(&rule.service.get_ref().as_str()) {
            problems.push((
                rule.service.span(),
                format!(
                    "rule '{id}': unknown service '{}' (services: {})",
                    rule.service.get_ref(),
                    SERVICES.join(", ")
                ),
            ));
        }
        for target in &rule.refer_to {
            if directory.service(target.get_ref()).is_none() {
                problems.push((
                    target.span(),
                    format!(
                        "rule '{id}': unknown referral target '{}' (not in {})",
                        target.get_ref(),
                        super::triage::REFERRALS_FILE
                    ),
                ));
            }
        }
        if index + 1 == rules.rules.len() && !rule.when.is_empty() {
            problems.push((
                rule.id.span(),
                format!("the last rule ('{id}') must have no conditions, so that every intake is decided"),
            ));
        }
        if index + 1 < rules.rules.len() && rule.when.is_empty() {
            let message = format!("rule '{id}' has no conditions, so the rules after it are never reached");
            problems.push((rule.id.span(), message));
        }
        let mut named = HashSet::new();
        for target in &rule.refer_to {
            if !named.insert(target.get_ref()) {
                let message = format!("rule '{id}': '{}' is named twice in refer_to", target.get_ref());
                problems.push((target.span(), message));
            }
        }
        for condition in &rule.when {
            problems.extend(condition_problems(condition, flow, &rule.id, "rule"));
        }
    }
    if rules.priorities.len() >= usize::from(crate::domain::LOWEST_PRIORITY) {
        problems.push((0..0, format!("at most {} [[priority]] entries", crate::domain::LOWEST_PRIORITY - 1)));
    }
    let mut seen = HashSet::new();
    for priority in &rules.priorities {
        let id = priority.id.get_ref();
        if !valid_id(id) || id == crate::domain::NORMAL_PRIORITY {
            problems.push((
                priority.id.span(),
                format!("priority id '{id}' must be a-z, 0-9 and '_', and not 'normal' (the priority when none holds)"),
            ));
        }
        if !seen.insert(id.as_str()) {
            problems.push((priority.id.span(), format!("priority id '{id}' is used twice")));
        }
        if priority.when.is_empty() {
            problems.push((priority.id.span(), format!("priority '{id}' needs conditions")));
        }
        for condition in &priority.when {
            problems.extend(condition_problems(condition, flow, &priority.id, "priority"));
        }
    }
    problems
}

fn condition_problems(condition: &Condition, flow: &Flow, owner: &Spanned<String>, what: &str) -> Vec<Problem> {
    let owner_id = owner.get_ref();
    let mut problems = Vec::new();
    let Some(answer) = &condition.answer else {
        if condition.urgent.is_none() {
            problems.push((
                owner.span(),
                format!("{what} '{owner_id}': a condition needs answer = \"<step>\" or urgent = true"),
            ));
        }
        if !condition.any_of.is_empty() || !condition.not_any_of.is_empty() || condition.within_years.is_some() {
            problems.push((
                owner.span(),
                format!("{what} '{owner_id}': any_of, not_any_of and within_years need answer = \"<step>\""),
            ));
        }
        return problems;
    };
    let step_id = answer.get_ref();
    let Some(step) = flow.step(step_id).filter(|s| s.kind.takes_answer()) else {
        problems.push((
            answer.span(),
            format!("{what} '{owner_id}': unknown step '{step_id}' (not an answered step of the flow)"),
        ));
        return problems;
    };
    let values = step.values();
    for value in condition.any_of.iter().chain(&condition.not_any_of) {
        if !values.contains(value) {
            problems.push((
                answer.span(),
                format!(
                    "{what} '{owner_id}': '{value}' is not an option of step '{step_id}' (options: {})",
                    values.join(", ")
                ),
            ));
        }
    }
    if condition.within_years.is_some() && step.kind != StepKind::Year {
        problems.push((
            answer.span(),
            format!("{what} '{owner_id}': within_years needs a year step, and '{step_id}' is not one"),
        ));
    }
    if condition.within_years.is_some_and(|years| years < 0) {
        problems.push((answer.span(), format!("{what} '{owner_id}': within_years cannot be negative")));
    }
    if condition.within_years.is_some() && !condition.any_of.is_empty() {
        let message = format!(
            "{what} '{owner_id}': within_years and any_of never hold together on one condition (use two conditions)"
        );
        problems.push((answer.span(), message));
    }
    if condition.any_of.is_empty() && condition.not_any_of.is_empty() && condition.within_years.is_none() {
        problems.push((
            answer.span(),
            format!("{what} '{owner_id}': the condition on '{step_id}' needs any_of, not_any_of or within_years"),
        ));
    }
    problems
}

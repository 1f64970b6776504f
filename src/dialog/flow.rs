//! The intake flow as data: `dialogs/intake.toml` parsed and checked.
//!
//! The file lists steps in the order they are asked. Each step has a kind that decides
//! how answers are read and validated; choice kinds carry option ids whose labels are
//! the Fluent messages `<option_prefix>-<option>`. See `dialogs/README.md`.

use std::collections::{BTreeMap, HashSet};
use std::ops::Range;

use serde::Deserialize;

use crate::domain::Answer;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepKind {
    /// Choose the conversation language among the shipped locales.
    Language,
    /// Explain the service and ask for consent to record answers; "no" ends the conversation
    /// and erases everything stored about the client.
    Consent,
    Single,
    Multi,
    /// The languages a client can talk in at an appointment: a multiple choice of
    /// language codes (shipped or `[[spoken]]` in `locales/languages.toml`), named in
    /// themselves, with the dialogue's language ticked to begin with.
    Languages,
    YesNo,
    /// A four-digit year between `min` and the current year, or one of the options.
    Year,
    /// A calendar date within `min_days..=max_days` of today.
    Date,
    Text,
    Phone,
    /// One of the offices in `anlauf.toml`.
    Office,
    /// Show all answers; confirm (submit) or pick one to change. Must be the last step.
    Summary,
}

impl StepKind {
    /// Arguments the engine passes to this kind's prompt message.
    pub fn prompt_args(self) -> &'static [&'static str] {
        match self {
            StepKind::Language => &["language"],
            StepKind::Consent => &["org"],
            StepKind::Year | StepKind::Date | StepKind::Phone => &["example"],
            _ => &[],
        }
    }
}

impl StepKind {
    /// Kinds that produce an answer the intake carries.
    pub fn takes_answer(self) -> bool {
        !matches!(self, StepKind::Language | StepKind::Consent | StepKind::Summary)
    }
}

/// A step whose answer the code reads for a purpose of its own. Declared in the flow
/// file (`role = "urgent"`) rather than implied by a step id, and checked by `anlauf
/// check`: each role at most once, on a step of the matching kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// The client's concerns, shown to staff as the intake's topics.
    Topics,
    /// Whether something is urgent: flagged to staff in the queue and the staff notice.
    /// A `yes_no` step (yes is urgent) or a `single` step whose `urgent_options` are.
    Urgent,
    /// The date of a deadline the client names, shown to staff with the urgency.
    Deadline,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Topics, Role::Urgent, Role::Deadline];

    /// The kinds of step that can carry this role.
    pub fn kinds(self) -> &'static [StepKind] {
        match self {
            Role::Topics => &[StepKind::Multi],
            Role::Urgent => &[StepKind::YesNo, StepKind::Single],
            Role::Deadline => &[StepKind::Date],
        }
    }
}

/// Show a step only if an earlier answer has (or has not) one of some values.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    pub answer: String,
    #[serde(default)]
    pub any_of: Vec<String>,
    #[serde(default)]
    pub not_any_of: Vec<String>,
}

impl Condition {
    /// A step whose condition refers to an unanswered or skipped step is shown only
    /// for `not_any_of` conditions.
    pub fn holds(&self, answer: Option<&Answer>) -> bool {
        let answer = answer.filter(|a| **a != Answer::Skipped);
        let hit = |values: &[String]| answer.is_some_and(|a| values.iter().any(|v| a.matches(v)));
        (self.any_of.is_empty() || hit(&self.any_of)) && !hit(&self.not_any_of)
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub id: toml::Spanned<String>,
    pub kind: StepKind,
    #[serde(default)]
    pub role: Option<Role>,
    pub prompt: String,
    #[serde(default)]
    pub option_prefix: Option<String>,
    #[serde(default)]
    pub options: Vec<String>,
    #[serde(default)]
    pub when: Option<Condition>,
    #[serde(default)]
    pub optional: bool,
    #[serde(default)]
    pub skip_label: Option<String>,
    /// A message shown right after an answer, before the next question, by answer value
    /// (an option id, or `yes` / `no`).
    #[serde(default)]
    pub info: BTreeMap<String, String>,
    /// The step with the `urgent` role, when it is a `single` step: the options that make
    /// an intake urgent.
    #[serde(default)]
    pub urgent_options: Vec<String>,
    #[serde(default)]
    pub min: Option<i32>,
    #[serde(default)]
    pub min_days: Option<i64>,
    #[serde(default)]
    pub max_days: Option<i64>,
    #[serde(default)]
    pub max_len: Option<usize>,
}

impl Step {
    pub fn id(&self) -> &str {
        self.id.get_ref()
    }

    /// How an option reads on its button: a message, or for a languages step the
    /// language's own name.
    pub fn option_text(&self, option: &str, languages: &crate::domain::Languages) -> crate::text::Text {
        match self.kind {
            StepKind::Languages => crate::text::Text::Plain(languages.name(option)),
            _ => crate::text::Text::msg(self.option_label(option)),
        }
    }

    /// Whether the answer is a set of ticked options.
    pub fn is_multiple(&self) -> bool {
        matches!(self.kind, StepKind::Multi | StepKind::Languages)
    }

    pub fn option_label(&self, option: &str) -> String {
        format!("{}-{}", self.option_prefix.as_deref().unwrap_or(self.id()), option)
    }

    pub fn skip_label(&self) -> &str {
        self.skip_label.as_deref().unwrap_or("skip")
    }

    /// The client-facing name of this step's answer (in the summary and the change list).
    pub fn field_label(&self) -> String {
        format!("field-{}", self.id())
    }

    /// The values a condition or an `info` key may name: options, or yes and no.
    pub fn values(&self) -> Vec<String> {
        match self.kind {
            StepKind::YesNo => vec!["yes".into(), "no".into()],
            _ => self.options.clone(),
        }
    }

    /// Whether `answer` to this step (the one with the `urgent` role) says it is urgent.
    pub fn is_urgent_answer(&self, answer: &Answer) -> bool {
        match answer {
            Answer::Bool(yes) => *yes,
            Answer::Choice(option) => self.urgent_options.contains(option),
            _ => false,
        }
    }

    pub fn max_len(&self) -> usize {
        self.max_len.unwrap_or(DEFAULT_MAX_TEXT)
    }

    /// Accepted dates, in days from today (about ten years either way by default).
    pub fn date_range_days(&self) -> (i64, i64) {
        (self.min_days.unwrap_or(-3650), self.max_days.unwrap_or(3650))
    }
}

/// Telegram's message limit; also the default cap for free text answers.
pub const DEFAULT_MAX_TEXT: usize = 4000;
/// Room left for the turn number and action code in a Telegram callback (64 bytes):
/// `4294967295:t:` is 13 bytes, so option and step ids may have 40.
pub const MAX_OPTION_ID: usize = 40;
/// Step ids travel in callback data too (`<turn>:e:<step>`, "change this answer").
pub const MAX_STEP_ID: usize = 40;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Flow {
    pub version: u32,
    pub consent_version: String,
    /// A digest of the consent text in every language (`anlauf check` prints it): when a
    /// text changes and this does not match, `consent_version` must be given a new value.
    #[serde(default)]
    pub consent_digest: Option<String>,
    #[serde(rename = "step")]
    pub steps: Vec<Step>,
}

/// A problem in a flow file, with the line it is on when known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlowError {
    pub line: Option<usize>,
    pub message: String,
}

impl std::fmt::Display for FlowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "line {line}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

fn line_of(text: &str, span: Range<usize>) -> usize {
    text[..span.start.min(text.len())].matches('\n').count() + 1
}

impl Flow {
    /// Parses and checks the structure of a flow file. Message ids are checked against
    /// the locales separately (`crate::check`), since the flow does not know them.
    pub fn parse(text: &str) -> Result<Flow, Vec<FlowError>> {
        let flow: Flow = toml::from_str(text).map_err(|e| {
            vec![FlowError { line: e.span().map(|s| line_of(text, s)), message: e.message().to_string() }]
        })?;
        let errors = flow.structural_errors(text);
        if errors.is_empty() {
            Ok(flow)
        } else {
            Err(errors)
        }
    }

    fn structural_errors(&self, text: &str) -> Vec<FlowError> {
        let mut errors = Vec::new();
        let mut seen: HashSet<&str> = HashSet::new();
        let first = |kind: StepKind| self.steps.iter().position(|s| s.kind == kind);
        for (index, step) in self.steps.iter().enumerate() {
            let line = Some(line_of(text, step.id.span()));
            let mut err = |message: String| errors.push(FlowError { line, message });
            let id = step.id();
            if id.is_empty()
                || id.len() > MAX_STEP_ID
                || !id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
            {
                err(format!(
                    "step id '{id}' must be 1-{MAX_STEP_ID} characters of a-z, 0-9 and '_' \
                     (it travels in Telegram's 64-byte button data)"
                ));
            }
            if let Some(role) = step.role {
                if !role.kinds().contains(&step.kind) {
                    let kinds: Vec<String> = role.kinds().iter().map(|k| format!("{k:?}")).collect();
                    err(format!("step '{id}': role {role:?} needs a {} step, not {:?}", kinds.join(" or "), step.kind));
                }
                if role == Role::Urgent && step.kind == StepKind::Single && step.urgent_options.is_empty() {
                    err(format!("step '{id}': a single-choice urgent step needs urgent_options"));
                }
                if self.steps[..index].iter().any(|s| s.role == Some(role)) {
                    err(format!("step '{id}': role {role:?} is already given to an earlier step"));
                }
            }
            if !seen.insert(id) {
                err(format!("step id '{id}' is used twice"));
            }
            let needs_options = matches!(step.kind, StepKind::Single | StepKind::Multi | StepKind::Languages);
            if needs_options && step.options.is_empty() {
                err(format!("step '{id}' is a {:?} step but has no options", step.kind));
            }
            let takes_options = needs_options || step.kind == StepKind::Year;
            if !takes_options && !step.options.is_empty() {
                err(format!("step '{id}': options are not used by {:?} steps", step.kind));
            }
            let mut option_seen = HashSet::new();
            for option in &step.options {
                if !option_seen.insert(option) {
                    err(format!("step '{id}': option '{option}' is listed twice"));
                }
                if option.is_empty()
                    || option.len() > MAX_OPTION_ID
                    || !option.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
                {
                    err(format!(
                        "step '{id}': option '{option}' must be 1-{MAX_OPTION_ID} characters of a-z, 0-9, '_' or '-'"
                    ));
                }
            }
            if step.optional && matches!(step.kind, StepKind::Language | StepKind::Consent | StepKind::Summary) {
                err(format!("step '{id}': a {:?} step cannot be optional", step.kind));
            }
            let values = step.values();
            for value in step.info.keys() {
                if !values.contains(value) {
                    err(format!("step '{id}': info for '{value}', which is not an answer of this step"));
                }
            }
            if !step.urgent_options.is_empty() && step.role != Some(Role::Urgent) {
                err(format!("step '{id}': urgent_options only apply to the step with role = \"urgent\""));
            }
            for option in step.urgent_options.iter().filter(|o| !step.options.contains(o)) {
                err(format!("step '{id}': urgent option '{option}' is not an option of this step"));
            }
            let (min, max) = step.date_range_days();
            if min > max {
                err(format!("step '{id}': min_days ({min}) is after max_days ({max})"));
            }
            if step.kind == StepKind::Year && step.min.is_none() {
                err(format!("step '{id}': year steps need min (the earliest year accepted)"));
            }
            if let Some(cond) = &step.when {
                match self.steps[..index].iter().find(|s| s.id() == cond.answer) {
                    None => {
                        err(format!("step '{id}': condition refers to '{}', which is not an earlier step", cond.answer))
                    }
                    Some(target) => {
                        let valid = target.values();
                        for value in cond.any_of.iter().chain(&cond.not_any_of) {
                            if !valid.contains(value) {
                                err(format!("step '{id}': condition value '{value}' is not an option of step '{}' (options: {})", cond.answer, valid.join(", ")));
                            }
                        }
                        if cond.any_of.is_empty() && cond.not_any_of.is_empty() {
                            err(format!("step '{id}': condition needs any_of or not_any_of"));
                        }
                    }
                }
            }
        }
        let mut whole = |message: &str| errors.push(FlowError { line: None, message: message.into() });
        if first(StepKind::Language) != Some(0) {
            whole("the first step must be the language step (kind = \"language\")");
        }
        match first(StepKind::Consent) {
            None => whole("the flow needs a consent step (kind = \"consent\") before any other question"),
            Some(c) if c != 1 => {
                whole("the consent step must come right after the language step: nothing is recorded before consent")
            }
            _ => {}
        }
        if self.steps.last().map(|s| s.kind) != Some(StepKind::Summary)
            || self.steps.iter().filter(|s| s.kind == StepKind::Summary).count() != 1
        {
            whole("the flow must end with exactly one summary step (kind = \"summary\")");
        }
        for kind in [StepKind::Language, StepKind::Consent] {
            if self.steps.iter().filter(|s| s.kind == kind).count() > 1 {
                whole(&format!("only one {kind:?} step is allowed"));
            }
        }
        errors
    }

    pub fn step(&self, id: &str) -> Option<&Step> {
        self.steps.iter().find(|s| s.id() == id)
    }

    pub fn index(&self, id: &str) -> Option<usize> {
        self.steps.iter().position(|s| s.id() == id)
    }

    /// The step that carries `role`, if the flow has one.
    pub fn role(&self, role: Role) -> Option<&Step> {
        self.steps.iter().find(|s| s.role == Some(role))
    }

    /// The step whose multiple-choice answer lists the client's concerns, shown to staff
    /// as topics.
    pub fn topics_step(&self) -> Option<&Step> {
        self.role(Role::Topics)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHIPPED: &str = include_str!("../../dialogs/intake.toml");

    #[test]
    fn shipped_flow_is_valid() {
        let flow = Flow::parse(SHIPPED).unwrap();
        assert_eq!(flow.steps.first().unwrap().kind, StepKind::Language);
        assert_eq!(flow.steps.last().unwrap().kind, StepKind::Summary);
    }

    #[test]
    fn a_condition_on_a_later_step_names_the_line() {
        let text = r#"
version = 1
consent_version = "1"
[[step]]
id = "language"
kind = "language"
prompt = "ask-language"
[[step]]
id = "consent"
kind = "consent"
prompt = "consent-text"
[[step]]
id = "early"
kind = "text"
prompt = "ask-own-words"
when = { answer = "later", any_of = ["yes"] }
[[step]]
id = "later"
kind = "yes_no"
prompt = "ask-urgent"
[[step]]
id = "summary"
kind = "summary"
prompt = "summary-intro"
"#;
        let errors = Flow::parse(text).unwrap_err();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].line, Some(13));
        assert!(errors[0].message.contains("'later', which is not an earlier step"));
    }

    #[test]
    fn toml_syntax_errors_carry_the_line() {
        let errors = Flow::parse("version = 1\nconsent_version = \"x\"\n[[step]\n").unwrap_err();
        assert_eq!(errors[0].line, Some(3));
    }

    #[test]
    fn conditions_on_skipped_answers() {
        let c = Condition { answer: "a".into(), any_of: vec!["yes".into()], not_any_of: vec![] };
        assert!(c.holds(Some(&Answer::Bool(true))));
        assert!(!c.holds(Some(&Answer::Skipped)));
        assert!(!c.holds(None));
        let n = Condition { answer: "a".into(), any_of: vec![], not_any_of: vec!["german".into()] };
        assert!(n.holds(None));
        assert!(!n.holds(Some(&Answer::Choice("german".into()))));
    }
}

//! Who is responsible, and how soon: the eligibility and priority rules of
//! `dialogs/triage.toml`, applied to an intake's answers. Rules are tried in order and the
//! first whose conditions all hold decides; the last rule has no conditions, so every
//! intake is decided. Checked against the flow by `content::triage`.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use serde::Deserialize;
use toml::Spanned;

use crate::domain::{Answer, LOWEST_PRIORITY, NORMAL_PRIORITY};

/// The services a rule may decide for.
pub const SERVICES: [&str; 3] = ["mbe", "jmd", "referral"];

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rules {
    #[serde(rename = "rule", default)]
    pub rules: Vec<Rule>,
    #[serde(rename = "priority", default)]
    pub priorities: Vec<PriorityRule>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// Stable id, recorded on the intake; staff read `staff-reason-<id>`.
    pub id: Spanned<String>,
    pub service: Spanned<String>,
    #[serde(default)]
    pub when: Vec<Condition>,
    /// Places the client is told about when this rule decides (`referrals.toml` ids).
    #[serde(default)]
    pub refer_to: Vec<Spanned<String>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PriorityRule {
    /// Staff read `staff-priority-<id>`.
    pub id: Spanned<String>,
    pub when: Vec<Condition>,
}

/// One fact about the intake: an answer's value, a year of arrival within some years,
/// or whether something is urgent.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    #[serde(default)]
    pub answer: Option<Spanned<String>>,
    #[serde(default)]
    pub any_of: Vec<String>,
    #[serde(default)]
    pub not_any_of: Vec<String>,
    /// A `year` answer no more than this many years before today.
    #[serde(default)]
    pub within_years: Option<i32>,
    /// Urgent by the client's answer, their own words or a near deadline.
    #[serde(default)]
    pub urgent: Option<bool>,
}

/// What the rules are applied to.
pub struct Facts<'a> {
    /// The answers to the steps that apply.
    pub answers: &'a BTreeMap<String, Answer>,
    pub urgent: bool,
    pub today: NaiveDate,
}

impl Condition {
    pub fn holds(&self, facts: &Facts) -> bool {
        if let Some(urgent) = self.urgent {
            if facts.urgent != urgent {
                return false;
            }
        }
        let Some(step) = &self.answer else { return true };
        let answer = facts.answers.get(step.get_ref()).filter(|a| **a != Answer::Skipped);
        if let Some(years) = self.within_years {
            match answer {
                Some(Answer::Year(year)) if *year <= facts.today.year() && facts.today.year() - year <= years => {}
                _ => return false,
            }
        }
        let hit = |values: &[String]| answer.is_some_and(|a| values.iter().any(|v| a.matches(v)));
        (self.any_of.is_empty() || hit(&self.any_of)) && !hit(&self.not_any_of)
    }
}

/// What the rules decided, before referrals are picked.
#[derive(Debug, Clone)]
pub struct Decision<'r> {
    pub rule: &'r Rule,
    pub priority: u8,
    pub priority_reason: String,
}

impl Rules {
    pub fn parse(text: &str) -> Result<Rules, String> {
        toml::from_str(text).map_err(|e| match e.span() {
            Some(span) => format!("line {}: {}", line_of(text, span.start), e.message()),
            None => e.message().to_owned(),
        })
    }

    /// The first rule that holds, and the priority: 1 for the first priority rule that
    /// holds, 2 for the second, …, and [`LOWEST_PRIORITY`] when none does.
    pub fn decide(&self, facts: &Facts) -> Option<Decision<'_>> {
        let all = |conditions: &[Condition]| conditions.iter().all(|c| c.holds(facts));
        let rule = self.rules.iter().find(|r| all(&r.when))?;
        let position = self.priorities.iter().position(|p| all(&p.when));
        let (priority, priority_reason) = match position {
            Some(i) => (i + 1, self.priorities[i].id.get_ref().clone()),
            None => (usize::from(LOWEST_PRIORITY), NORMAL_PRIORITY.to_owned()),
        };
        let priority = u8::try_from(priority).unwrap_or(LOWEST_PRIORITY).min(LOWEST_PRIORITY);
        Some(Decision { rule, priority, priority_reason })
    }
}

pub fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    const RULES: &str = r#"
[[rule]]
id = "youth"
service = "jmd"
when = [{ answer = "age", any_of = ["18_26"] }]

[[rule]]
id = "recent"
service = "mbe"
when = [{ answer = "arrival", within_years = 3 }]

[[rule]]
id = "crisis"
service = "mbe"
when = [{ urgent = true }]

[[rule]]
id = "other"
service = "referral"

[[priority]]
id = "urgent"
when = [{ urgent = true }]
"#;

    fn decide(answers: &[(&str, Answer)], urgent: bool) -> (String, u8) {
        let rules = Rules::parse(RULES).unwrap();
        let answers = answers.iter().map(|(k, v)| (k.to_string(), v.clone())).collect();
        let facts = Facts { answers: &answers, urgent, today: NaiveDate::from_ymd_opt(2026, 11, 22).unwrap() };
        let decision = rules.decide(&facts).unwrap();
        (decision.rule.id.get_ref().clone(), decision.priority)
    }

    #[test]
    fn the_first_rule_that_holds_decides() {
        assert_eq!(decide(&[("age", Answer::Choice("18_26".into()))], true), ("youth".into(), 1));
        assert_eq!(decide(&[("arrival", Answer::Year(2023))], false), ("recent".into(), 9));
        assert_eq!(decide(&[("arrival", Answer::Year(2022))], false), ("other".into(), 9));
        assert_eq!(decide(&[("arrival", Answer::Choice("born_here".into()))], true), ("crisis".into(), 1));
        assert_eq!(decide(&[("arrival", Answer::Skipped)], false), ("other".into(), 9));
    }

    #[test]
    fn a_year_in_the_future_is_not_a_recent_arrival() {
        assert_eq!(decide(&[("arrival", Answer::Year(2027))], false), ("other".into(), 9));
    }

    #[test]
    fn syntax_errors_name_the_line() {
        assert!(Rules::parse("[[rule]]\nid = \"x\"\nservice = 3\n").unwrap_err().starts_with("line 3"));
    }
}

//! Triage: turning a client's answers into a decision staff can act on. Pure functions
//! over plain data (no I/O, no clock); the lexicons and rules are data in `dialogs/`.

pub mod language;
pub mod referrals;
pub mod rules;
pub mod urgency;

use chrono::{DateTime, Utc};

use crate::domain::{Assessment, Referral};
pub use referrals::Directory;
pub use rules::{Facts, Rules};

/// The rules (`triage.toml`) and the referral directory (`referrals.toml`), together.
#[derive(Debug, Clone)]
pub struct Triage {
    pub rules: Rules,
    pub directory: Directory,
}

impl Triage {
    /// No rules: nothing is decided (a flow tested on its own).
    pub fn none() -> Triage {
        Triage { rules: Rules { rules: Vec::new(), priorities: Vec::new() }, directory: Directory::default() }
    }

    /// Decides the service and the priority, and picks the places to tell the client
    /// about when the rule names some or says "elsewhere".
    pub fn assess(&self, facts: &Facts, topics: &[String], language: &str, now: DateTime<Utc>) -> Option<Assessment> {
        let decision = self.rules.decide(facts)?;
        let named: Vec<String> = decision.rule.refer_to.iter().map(|t| t.get_ref().clone()).collect();
        let topics: &[String] =
            if decision.rule.service.get_ref() == crate::domain::assessment::ELSEWHERE { topics } else { &[] };
        let referrals = self
            .directory
            .pick(&named, topics, language)
            .into_iter()
            .map(|s| Referral { target: s.id.get_ref().clone(), at: now })
            .collect();
        Some(Assessment {
            service: decision.rule.service.get_ref().clone(),
            rule: decision.rule.id.get_ref().clone(),
            priority: decision.priority,
            priority_reason: decision.priority_reason,
            referrals,
        })
    }
}

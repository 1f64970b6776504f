//! The referral directory (`dialogs/referrals.toml`), modelled on Open Referral's Human
//! Services Data Specification: a service of an organisation, at a location, in some
//! languages, for some topics, with an eligibility note for staff and a contact.
//! When the rules say "elsewhere", the client is told the places that fit their concern.

use serde::Deserialize;
use toml::Spanned;

use crate::domain::OpeningHours;

/// How many places a client is told about at most: more would bury the right one.
pub const MAX_REFERRALS: usize = 3;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Directory {
    #[serde(rename = "service", default)]
    pub services: Vec<Service>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    pub id: Spanned<String>,
    /// What kind of place it is; clients read `referral-kind-<kind>` in their language.
    pub kind: Spanned<String>,
    pub organization: Organization,
    /// Topic ids of the flow's topics step this place helps with.
    #[serde(default)]
    pub topics: Vec<Spanned<String>>,
    /// Languages spoken there (language codes; not only the shipped ones).
    #[serde(default)]
    pub languages: Vec<String>,
    /// Who may come, in the staff language: shown to staff, not to clients.
    #[serde(default)]
    pub eligibility: String,
    pub location: Location,
    pub contact: Contact,
    /// Part of the shipped demo (see `Organisation::demo` in `anlauf.toml`).
    #[serde(default)]
    pub demo: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organization {
    pub name: String,
    #[serde(default)]
    pub url: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Location {
    pub address: String,
    #[serde(default)]
    pub hours: Vec<OpeningHours>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub phone: String,
    #[serde(default)]
    pub email: Option<String>,
}

impl Directory {
    pub fn parse(text: &str) -> Result<Directory, String> {
        toml::from_str(text).map_err(|e| match e.span() {
            Some(span) => format!("line {}: {}", super::rules::line_of(text, span.start), e.message()),
            None => e.message().to_owned(),
        })
    }

    pub fn service(&self, id: &str) -> Option<&Service> {
        self.services.iter().find(|s| s.id.get_ref() == id)
    }

    /// The places to tell a client about: those the rule names, then those for the
    /// client's topics, where the client's language is spoken first; at most
    /// [`MAX_REFERRALS`], each once.
    pub fn pick<'d>(&'d self, named: &[String], topics: &[String], language: &str) -> Vec<&'d Service> {
        let mut picked: Vec<&Service> = named.iter().filter_map(|id| self.service(id)).collect();
        let for_topics = |speaks: bool| {
            self.services.iter().filter(move |s| {
                s.languages.iter().any(|l| l == language) == speaks
                    && s.topics.iter().any(|t| topics.contains(t.get_ref()))
            })
        };
        for service in for_topics(true).chain(for_topics(false)) {
            if !picked.iter().any(|p| p.id.get_ref() == service.id.get_ref()) {
                picked.push(service);
            }
        }
        picked.truncate(MAX_REFERRALS);
        picked
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DIRECTORY: &str = r#"
[[service]]
id = "debts-a"
kind = "debt_counselling"
topics = ["debts"]
languages = ["de"]
organization = { name = "A" }
location = { address = "Street 1" }
contact = { phone = "1" }

[[service]]
id = "debts-b"
kind = "debt_counselling"
topics = ["debts"]
languages = ["de", "ar"]
organization = { name = "B" }
location = { address = "Street 2", hours = ["mon-fri 09:00-12:00"] }
contact = { phone = "2" }

[[service]]
id = "jmd"
kind = "youth_migration"
organization = { name = "J" }
location = { address = "Street 3" }
contact = { phone = "3" }
"#;

    fn ids(picked: Vec<&Service>) -> Vec<&str> {
        picked.into_iter().map(|s| s.id.get_ref().as_str()).collect()
    }

    #[test]
    fn named_places_come_first_then_those_speaking_the_clients_language() {
        let directory = Directory::parse(DIRECTORY).unwrap();
        assert_eq!(ids(directory.pick(&[], &["debts".into()], "ar")), ["debts-b", "debts-a"]);
        assert_eq!(ids(directory.pick(&[], &["debts".into()], "de")), ["debts-a", "debts-b"]);
        assert_eq!(ids(directory.pick(&["jmd".into()], &["debts".into()], "ar")), ["jmd", "debts-b", "debts-a"]);
        assert!(directory.pick(&[], &["housing".into()], "ar").is_empty());
    }
}

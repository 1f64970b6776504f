//! The offices and counsellors as administrators keep them in the dashboard: the whole
//! directory as `[[office]]` and `[[counsellor]]` tables (the shape `anlauf.toml` has),
//! read from a configuration, written as TOML, and changed one entry at a time. Pure.

use serde::{Deserialize, Serialize};

use crate::config::Config;
use crate::domain::Format;
use crate::text::Text;

/// The directory: every office and every counsellor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Directory {
    #[serde(rename = "office", default)]
    pub offices: Vec<OfficeEntry>,
    #[serde(rename = "counsellor", default)]
    pub counsellors: Vec<CounsellorEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfficeEntry {
    pub id: String,
    pub name: String,
    pub address: String,
    pub phone: String,
    pub time_zone: String,
    /// Opening hours shown to clients: `mon-fri 09:00-15:00`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hours: Vec<String>,
    /// Shipped demo data, until an administrator saves the entry as their own.
    #[serde(default, skip_serializing_if = "is_false")]
    pub demo: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CounsellorEntry {
    pub id: String,
    pub name: String,
    pub languages: Vec<String>,
    /// None: every topic.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<String>,
    #[serde(default)]
    pub hours: Vec<HoursEntry>,
    /// None: every service. Kept as it is when the dashboard edits the counsellor.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub services: Vec<String>,
    /// Shipped demo data, until an administrator saves the entry as their own.
    #[serde(default, skip_serializing_if = "is_false")]
    pub demo: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HoursEntry {
    pub office: String,
    pub days: String,
    #[serde(default = "in_person", skip_serializing_if = "is_in_person")]
    pub format: String,
    #[serde(default, skip_serializing_if = "is_false")]
    pub walk_in: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slot_minutes: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub buffer_minutes: Option<u32>,
}

fn in_person() -> String {
    Format::InPerson.id().into()
}
fn is_in_person(format: &str) -> bool {
    format == Format::InPerson.id()
}
fn is_false(value: &bool) -> bool {
    !value
}

impl Directory {
    /// The offices and counsellors a configuration has (the file's, or the version in force).
    pub fn from_config(config: &Config) -> Directory {
        Directory {
            offices: config
                .offices
                .iter()
                .map(|o| OfficeEntry {
                    id: o.id.clone(),
                    name: o.name.clone(),
                    address: o.address.clone(),
                    phone: o.phone.clone(),
                    time_zone: o.time_zone.name().to_owned(),
                    hours: o.hours.iter().map(ToString::to_string).collect(),
                    demo: o.demo,
                })
                .collect(),
            counsellors: config
                .counsellors
                .iter()
                .map(|c| CounsellorEntry {
                    id: c.id.get_ref().clone(),
                    name: c.name.clone(),
                    languages: c.languages.clone(),
                    topics: c.topics.iter().map(|t| t.get_ref().clone()).collect(),
                    services: c.services.clone(),
                    demo: c.demo,
                    hours: c
                        .hours
                        .iter()
                        .map(|h| HoursEntry {
                            office: h.office.get_ref().clone(),
                            days: h.days.to_string(),
                            format: h.format.id().to_owned(),
                            walk_in: h.walk_in,
                            slot_minutes: h.slot_minutes,
                            buffer_minutes: h.buffer_minutes,
                        })
                        .collect(),
                })
                .collect(),
        }
    }

    /// The TOML text saved and read back by [`Config::with_directory`].
    pub fn to_toml(&self) -> Result<String, String> {
        toml::to_string(self).map_err(|e| e.to_string())
    }

    pub fn office(&self, id: &str) -> Option<&OfficeEntry> {
        self.offices.iter().find(|o| o.id == id)
    }

    pub fn counsellor(&self, id: &str) -> Option<&CounsellorEntry> {
        self.counsellors.iter().find(|c| c.id == id)
    }

    /// Puts `entry` in place of the office `replacing` (kept in its place), or adds it.
    pub fn put_office(&mut self, replacing: Option<&str>, entry: OfficeEntry) {
        match replacing.and_then(|id| self.offices.iter_mut().find(|o| o.id == id)) {
            Some(office) => *office = entry,
            None => self.offices.push(entry),
        }
    }

    pub fn put_counsellor(&mut self, replacing: Option<&str>, entry: CounsellorEntry) {
        match replacing.and_then(|id| self.counsellors.iter_mut().find(|c| c.id == id)) {
            Some(counsellor) => *counsellor = entry,
            None => self.counsellors.push(entry),
        }
    }

    /// Removes an office no counsellor's hours name; else the first counsellor who is there.
    pub fn remove_office(&mut self, id: &str) -> Result<(), Text> {
        if let Some(there) = self.counsellors.iter().find(|c| c.hours.iter().any(|h| h.office == id)) {
            return Err(Text::msg("web-dir-office-in-use").with("name", Text::Plain(there.name.clone())));
        }
        if self.offices.len() == 1 && self.offices[0].id == id {
            return Err(Text::msg("web-dir-last-office"));
        }
        self.offices.retain(|o| o.id != id);
        Ok(())
    }

    pub fn remove_counsellor(&mut self, id: &str) {
        self.counsellors.retain(|c| c.id != id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn the_shipped_directory_reads_back_into_the_same_configuration() {
        let config = Config::load(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/anlauf.toml"))).unwrap();
        let directory = Directory::from_config(&config);
        let again = config.with_directory(&directory.to_toml().unwrap()).unwrap();
        assert_eq!(Directory::from_config(&again), directory);
        assert_eq!(again.counsellors.len(), config.counsellors.len());
        let now = "2026-12-07T06:00:00Z".parse().unwrap();
        let until = now + chrono::Duration::days(14);
        let (zones, zones_again) = (config.zones(), again.zones());
        assert_eq!(config.calendar(&zones).slots(now, until), again.calendar(&zones_again).slots(now, until));
    }
}

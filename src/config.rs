//! `anlauf.toml`: the organisation, its offices and where the dialog and locale files live.

use std::path::{Path, PathBuf};

use chrono_tz::Tz;
use serde::Deserialize;

use crate::booking::settings::{Absence, BookingSettings, Closure, Counsellor};
use crate::booking::Calendar;
use crate::domain::OpeningHours;

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read {path}: {source}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("{path}: {message}")]
    Invalid { path: PathBuf, message: String },
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub organisation: Organisation,
    #[serde(rename = "office", default)]
    pub offices: Vec<Office>,
    #[serde(default)]
    pub paths: Paths,
    #[serde(default)]
    pub telegram: Telegram,
    #[serde(default)]
    pub booking: BookingSettings,
    #[serde(rename = "counsellor", default)]
    pub counsellors: Vec<Counsellor>,
    #[serde(rename = "absence", default)]
    pub absences: Vec<Absence>,
    #[serde(rename = "closure", default)]
    pub closures: Vec<Closure>,
    #[serde(default)]
    pub retention: Retention,
    #[serde(default)]
    pub http: Http,
    /// Local help that cannot wait for an appointment: where to sleep tonight, where food
    /// is given out, the social welfare office's emergency help. Told to clients in danger.
    #[serde(rename = "emergency", default)]
    pub emergency: Vec<Emergency>,
}

/// `[[emergency]]`: a local place for a situation that cannot wait. Without `office` it
/// serves every office; with it, the clients who chose that office.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Emergency {
    pub kind: EmergencyKind,
    #[serde(default)]
    pub office: Option<String>,
    pub name: String,
    pub address: String,
    pub phone: String,
    /// When it is open, as the client should read it ("täglich 18:00–08:00").
    #[serde(default)]
    pub hours: String,
    /// Part of the shipped demo (see [`Organisation::demo`]).
    #[serde(default)]
    pub demo: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EmergencyKind {
    /// A bed tonight: the municipality's emergency accommodation, a night shelter.
    Shelter,
    /// Food given out: a food bank (Tafel).
    Food,
    /// The social welfare office's emergency help with money.
    Welfare,
}

impl EmergencyKind {
    pub const ALL: [EmergencyKind; 3] = [EmergencyKind::Shelter, EmergencyKind::Food, EmergencyKind::Welfare];

    pub fn id(self) -> &'static str {
        match self {
            EmergencyKind::Shelter => "shelter",
            EmergencyKind::Food => "food",
            EmergencyKind::Welfare => "welfare",
        }
    }
}

/// `[retention]`: how long what a client left is kept, in days. A worker enforces it
/// (`workers.rs`); the anonymous statistics survive it.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Retention {
    /// A conversation in which the client never consented (nothing but their channel
    /// id, language and position).
    #[serde(default = "seven")]
    pub unconsented_days: u32,
    /// A dialogue with consent whose request was never sent: its answers so far.
    #[serde(default = "thirty")]
    pub unfinished_days: u32,
    /// A closed case: then erased as `/delete` erases, staff notes too.
    #[serde(default = "one_eighty")]
    pub closed_days: u32,
}

impl Default for Retention {
    fn default() -> Self {
        Retention { unconsented_days: 7, unfinished_days: 30, closed_days: 180 }
    }
}

/// `[http]`: the limits of `anlauf serve`'s HTTP listener (health check, webhook,
/// dashboard). The defaults suit a small server behind a reverse proxy.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Http {
    /// Time for a request's headers to arrive; also how long a kept-alive connection may
    /// sit idle between requests.
    pub header_timeout_seconds: u64,
    /// Time for a whole request, body and answer included (408 after it).
    pub request_timeout_seconds: u64,
    /// Connections open at once; one more is answered 503 at once.
    pub max_connections: usize,
    /// On stop, how long open requests may finish before their connections are closed.
    pub shutdown_grace_seconds: u64,
}

impl Default for Http {
    fn default() -> Self {
        Http {
            header_timeout_seconds: 15,
            request_timeout_seconds: 30,
            max_connections: 512,
            shutdown_grace_seconds: 10,
        }
    }
}

fn seven() -> u32 {
    7
}
fn one_eighty() -> u32 {
    180
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    pub name: String,
    pub default_language: String,
    #[serde(default = "default_staff_language")]
    pub staff_language: String,
    #[serde(default = "default_tz")]
    pub time_zone: Tz,
    /// The shipped fictional organisation. An organisation of one's own has no `demo`,
    /// and then no entry anywhere may be marked `demo = true` (`anlauf check`).
    #[serde(default)]
    pub demo: bool,
}

/// The demo organisation's name: one marked `demo = true` under another name is an
/// organisation of one's own that kept the mark.
pub const DEMO_NAME: &str = "Beratungsnetz Musterstadt";

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Office {
    pub id: String,
    pub name: String,
    pub address: String,
    pub phone: String,
    #[serde(default = "default_tz")]
    pub time_zone: Tz,
    /// Weekly opening hours (`"mon-fri 09:00-15:00"`), shown to clients under the name.
    #[serde(default)]
    pub hours: Vec<OpeningHours>,
    /// Part of the shipped demo (see [`Organisation::demo`]).
    #[serde(default)]
    pub demo: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Paths {
    #[serde(default = "default_dialogs")]
    pub dialogs: PathBuf,
    #[serde(default = "default_locales")]
    pub locales: PathBuf,
}

/// The Telegram channel's settings; the token itself comes from `TELOXIDE_TOKEN`,
/// never from a file that might be committed.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Telegram {
    /// Chat that receives a short notice for every submitted intake (no personal data).
    #[serde(default)]
    pub staff_chat_id: Option<i64>,
    /// Outgoing message limits (Telegram's published limits by default).
    #[serde(default = "one")]
    pub per_chat_per_second: u32,
    /// Messages a private chat may get at once before the per-second rate applies: a
    /// turn's edit and its next question go out together.
    #[serde(default = "three")]
    pub per_chat_burst: u32,
    #[serde(default = "sixty")]
    pub per_chat_per_minute: u32,
    #[serde(default = "twenty")]
    pub per_group_per_minute: u32,
    #[serde(default = "thirty")]
    pub overall_per_second: u32,
}

impl Default for Telegram {
    fn default() -> Self {
        Telegram {
            staff_chat_id: None,
            per_chat_per_second: 1,
            per_chat_burst: 3,
            per_chat_per_minute: 60,
            per_group_per_minute: 20,
            overall_per_second: 30,
        }
    }
}

fn one() -> u32 {
    1
}
fn three() -> u32 {
    3
}
fn sixty() -> u32 {
    60
}
fn twenty() -> u32 {
    20
}
fn thirty() -> u32 {
    30
}

impl Default for Paths {
    fn default() -> Self {
        Paths { dialogs: default_dialogs(), locales: default_locales() }
    }
}

fn default_staff_language() -> String {
    "de".into()
}
fn default_tz() -> Tz {
    chrono_tz::Europe::Berlin
}
fn default_dialogs() -> PathBuf {
    "dialogs".into()
}
fn default_locales() -> PathBuf {
    "locales".into()
}

/// The message that says how to find an office: optional, and once one locale has it,
/// every locale must (`anlauf check`).
pub fn directions_message(office: &str) -> String {
    format!("office-{office}-directions")
}

impl Config {
    /// Reads the file; relative paths inside it are taken relative to the file's folder,
    /// so `anlauf --config /etc/anlauf/anlauf.toml` works from any working directory.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text =
            std::fs::read_to_string(path).map_err(|source| ConfigError::Read { path: path.to_owned(), source })?;
        let mut config =
            Config::parse(&text).map_err(|message| ConfigError::Invalid { path: path.to_owned(), message })?;
        let base = path.parent().unwrap_or(Path::new("."));
        config.paths.dialogs = base.join(&config.paths.dialogs);
        config.paths.locales = base.join(&config.paths.locales);
        Ok(config)
    }

    /// This configuration with the offices and counsellors of `directory` (a TOML text of
    /// `[[office]]` and `[[counsellor]]` tables, as the dashboard saves it) in place of its
    /// own, checked as the file is; line numbers in a problem are the directory's.
    pub fn with_directory(&self, directory: &str) -> Result<Config, String> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Directory {
            #[serde(rename = "office", default)]
            offices: Vec<Office>,
            #[serde(rename = "counsellor", default)]
            counsellors: Vec<Counsellor>,
        }
        let parsed: Directory = toml::from_str(directory).map_err(|e| e.to_string())?;
        let mut config = self.clone();
        config.offices = parsed.offices;
        config.counsellors = parsed.counsellors;
        config.validate()?;
        config.validate_booking(directory)?;
        Ok(config)
    }

    pub fn parse(text: &str) -> Result<Config, String> {
        let config: Config = toml::from_str(text).map_err(|e| e.to_string())?;
        config.validate()?;
        config.validate_booking(text)?;
        Ok(config)
    }

    /// Counsellors, hours, absences and closures: each reference must name what exists,
    /// each error names its line.
    fn validate_booking(&self, text: &str) -> Result<(), String> {
        // Bytes, not characters: a span may come from another text (a directory saved from
        // the dashboard beside the file's absences) and need not fall on a character boundary.
        let line = |span: std::ops::Range<usize>| {
            text.as_bytes()[..span.start.min(text.len())].iter().filter(|&&b| b == b'\n').count() + 1
        };
        let settings = &self.booking;
        for (name, value) in [
            ("slot_minutes", settings.slot_minutes),
            ("horizon_days", settings.horizon_days),
            ("hold_minutes", settings.hold_minutes),
            ("retention.unconsented_days", self.retention.unconsented_days),
            ("retention.unfinished_days", self.retention.unfinished_days),
            ("retention.closed_days", self.retention.closed_days),
        ] {
            if value == 0 {
                let name = if name.contains('.') { name.to_owned() } else { format!("booking.{name}") };
                return Err(format!("{name} must be more than 0"));
            }
        }
        let mut seen = std::collections::HashSet::new();
        for counsellor in &self.counsellors {
            let id = counsellor.id.get_ref();
            let at = line(counsellor.id.span());
            if !seen.insert(id.as_str()) {
                return Err(format!("line {at}: counsellor id '{id}' appears twice"));
            }
            if id.is_empty()
                || id.len() > 32
                || !id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
            {
                return Err(format!(
                    "line {at}: counsellor id '{id}' must be 1-32 characters of a-z, 0-9, '-' or '_' (it travels in button data)"
                ));
            }
            if counsellor.name.trim().is_empty() {
                return Err(format!("line {at}: counsellor '{id}': name is empty (clients are told it)"));
            }
            if counsellor.languages.is_empty() {
                return Err(format!("line {at}: counsellor '{id}': languages is empty"));
            }
            let bookable: Vec<_> = counsellor.hours.iter().filter(|h| !h.walk_in).collect();
            for (i, a) in bookable.iter().enumerate() {
                if let Some(b) = bookable[i + 1..].iter().find(|b| a.days.overlaps(&b.days)) {
                    return Err(format!(
                        "line {}: counsellor '{id}': hours \"{}\" and \"{}\" overlap (one person, one place at a time)",
                        line(b.office.span()),
                        a.days,
                        b.days
                    ));
                }
            }
            for hours in &counsellor.hours {
                let office = hours.office.get_ref();
                if self.office(office).is_none() {
                    return Err(format!(
                        "line {}: counsellor '{id}': unknown office '{office}'",
                        line(hours.office.span())
                    ));
                }
                if hours.slot_minutes == Some(0) {
                    return Err(format!(
                        "line {}: counsellor '{id}': slot_minutes must be more than 0",
                        line(hours.office.span())
                    ));
                }
            }
        }
        for absence in &self.absences {
            let who = absence.counsellor.get_ref();
            let at = line(absence.counsellor.span());
            if !self.counsellors.iter().any(|c| c.id.get_ref() == who) {
                return Err(format!("line {at}: absence of unknown counsellor '{who}'"));
            }
            if absence.from > absence.to {
                return Err(format!(
                    "line {at}: absence of '{who}': from ({}) is after to ({})",
                    absence.from, absence.to
                ));
            }
        }
        for closure in &self.closures {
            let office = closure.office.get_ref();
            let at = line(closure.office.span());
            if self.office(office).is_none() {
                return Err(format!("line {at}: closure of unknown office '{office}'"));
            }
            if closure.from > closure.to {
                return Err(format!(
                    "line {at}: closure of '{office}': from ({}) is after to ({})",
                    closure.from, closure.to
                ));
            }
        }
        Ok(())
    }

    /// Each office's time zone, by id.
    pub fn zones(&self) -> std::collections::BTreeMap<String, Tz> {
        self.offices.iter().map(|o| (o.id.clone(), o.time_zone)).collect()
    }

    /// The counsellors' availability, to lay out as slots; `zones` from [`Config::zones`].
    pub fn calendar<'a>(&'a self, zones: &'a std::collections::BTreeMap<String, Tz>) -> Calendar<'a> {
        Calendar {
            settings: &self.booking,
            counsellors: &self.counsellors,
            absences: &self.absences,
            closures: &self.closures,
            zones,
        }
    }

    fn validate(&self) -> Result<(), String> {
        if self.organisation.name.trim().is_empty() {
            return Err("organisation.name is empty: clients read it in the welcome and the consent text".into());
        }
        if self.offices.is_empty() {
            return Err(
                "at least one [[office]] is needed: a client who declines consent is given its phone number".into()
            );
        }
        let mut seen = std::collections::HashSet::new();
        for office in &self.offices {
            if !seen.insert(office.id.as_str()) {
                return Err(format!("office id '{}' appears twice", office.id));
            }
            let valid_id = !office.id.is_empty()
                && office.id.len() <= 32
                && office.id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
            if !valid_id {
                return Err(format!(
                    "office id '{}' must be 1-32 characters of a-z, 0-9, '-' or '_' (it is used in links and buttons)",
                    office.id
                ));
            }
            for (field, value) in [("name", &office.name), ("address", &office.address), ("phone", &office.phone)] {
                if value.trim().is_empty() {
                    return Err(format!("office '{}': {field} is empty (clients are shown it)", office.id));
                }
            }
        }
        Ok(())
    }

    pub fn office(&self, id: &str) -> Option<&Office> {
        self.offices.iter().find(|o| o.id == id)
    }

    /// The places of `kind` for a client of `office` (or of none): that office's own,
    /// else those for every office.
    pub fn emergency(&self, kind: EmergencyKind, office: Option<&str>) -> Vec<&Emergency> {
        let of =
            |o: Option<&str>| self.emergency.iter().filter(|e| e.kind == kind && e.office.as_deref() == o).collect();
        let own: Vec<&Emergency> = office.map(|o| of(Some(o))).unwrap_or_default();
        if own.is_empty() {
            of(None)
        } else {
            own
        }
    }

    /// What is missing or wrong in the `[[emergency]]` places: each kind needs one for
    /// every office, and an office named must exist.
    pub fn emergency_problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        for kind in EmergencyKind::ALL {
            if self.emergency(kind, None).is_empty() {
                problems.push(format!(
                    "no [[emergency]] place of kind \"{}\" without `office`: clients in that situation must be told where to go",
                    kind.id()
                ));
            }
        }
        for place in &self.emergency {
            if let Some(office) = place.office.as_deref().filter(|o| self.office(o).is_none()) {
                problems.push(format!("[[emergency]] \"{}\": no office '{office}'", place.name));
            }
            for (field, value) in [("name", &place.name), ("address", &place.address), ("phone", &place.phone)] {
                if value.trim().is_empty() {
                    problems.push(format!("[[emergency]] \"{}\": {field} is empty (clients are shown it)", place.name));
                }
            }
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_config_parses() {
        let config = Config::load(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/anlauf.toml"))).unwrap();
        assert_eq!(config.offices.len(), 2);
        assert_eq!(config.organisation.time_zone, chrono_tz::Europe::Berlin);
    }

    #[test]
    fn duplicate_office_ids_are_refused() {
        let text = r#"
            [organisation]
            name = "X"
            default_language = "de"
            [[office]]
            id = "a"
            name = "A"
            address = "-"
            phone = "1"
            [[office]]
            id = "a"
            name = "B"
            address = "-"
            phone = "2"
        "#;
        assert!(Config::parse(text).unwrap_err().contains("appears twice"));
    }

    #[test]
    fn a_retention_period_of_no_days_is_refused() {
        let text = "[organisation]\nname = \"X\"\ndefault_language = \"de\"\n[[office]]\nid = \"a\"\nname = \"A\"\naddress = \"S 1\"\nphone = \"1\"\n[retention]\nclosed_days = 0\n";
        assert_eq!(Config::parse(text).unwrap_err(), "retention.closed_days must be more than 0");
        let shipped = Config::load(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/anlauf.toml"))).unwrap();
        assert_eq!(
            (shipped.retention.unconsented_days, shipped.retention.unfinished_days, shipped.retention.closed_days),
            (7, 30, 180)
        );
    }

    #[test]
    fn an_empty_organisation_name_or_office_field_is_refused() {
        let office = "[[office]]\nid = \"a\"\nname = \"A\"\naddress = \"Street 1\"\nphone = \"1\"\n";
        let text = format!("[organisation]\nname = \"  \"\ndefault_language = \"de\"\n{office}");
        assert!(Config::parse(&text).unwrap_err().contains("organisation.name is empty"));
        let text =
            format!("[organisation]\nname = \"X\"\ndefault_language = \"de\"\n{}", office.replace("Street 1", ""));
        assert!(Config::parse(&text).unwrap_err().contains("address is empty"));
    }
}

//! Who can be booked, where and when, as written in `anlauf.toml`: the counsellors with
//! their languages, topics and weekly hours per office, slot lengths, notice and horizon,
//! absences and closures. Checked by `anlauf check` (`Config::validate`).

use chrono::NaiveDate;
use serde::Deserialize;
use toml::Spanned;

use super::holidays::State;
use crate::domain::{Format, OpeningHours};

/// `[booking]`: the rules every slot follows unless a counsellor's hours say otherwise.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BookingSettings {
    /// The federal state whose public holidays close every office.
    #[serde(default = "default_state")]
    pub state: State,
    #[serde(default = "default_slot_minutes")]
    pub slot_minutes: u32,
    /// Time left free after each appointment.
    #[serde(default = "default_buffer_minutes")]
    pub buffer_minutes: u32,
    /// How long before a slot it can still be booked.
    #[serde(default = "default_notice_hours")]
    pub min_notice_hours: u32,
    /// How far ahead slots are offered.
    #[serde(default = "default_horizon_days")]
    pub horizon_days: u32,
    /// How long a chosen slot is held while the client confirms.
    #[serde(default = "default_hold_minutes")]
    pub hold_minutes: u32,
}

impl Default for BookingSettings {
    fn default() -> Self {
        BookingSettings {
            state: default_state(),
            slot_minutes: default_slot_minutes(),
            buffer_minutes: default_buffer_minutes(),
            min_notice_hours: default_notice_hours(),
            horizon_days: default_horizon_days(),
            hold_minutes: default_hold_minutes(),
        }
    }
}

fn default_state() -> State {
    State::NW
}
fn default_slot_minutes() -> u32 {
    45
}
fn default_buffer_minutes() -> u32 {
    15
}
fn default_notice_hours() -> u32 {
    24
}
fn default_horizon_days() -> u32 {
    56
}
fn default_hold_minutes() -> u32 {
    10
}

/// `[[counsellor]]`: a person who counsels, in some languages, on some topics.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Counsellor {
    pub id: Spanned<String>,
    /// The first name clients are told ("Amira").
    pub name: String,
    /// Languages they counsel in (language codes, not only the shipped ones).
    pub languages: Vec<String>,
    /// Topic ids they take; empty: every topic.
    #[serde(default)]
    pub topics: Vec<Spanned<String>>,
    #[serde(default)]
    pub hours: Vec<WeeklyHours>,
    /// The services they counsel for (`mbe`, `jmd`, as `dialogs/triage.toml` names them);
    /// empty: every service. Clients are offered only the responsible service's slots.
    #[serde(default)]
    pub services: Vec<String>,
    /// Part of the shipped demo (see `Organisation::demo`).
    #[serde(default)]
    pub demo: bool,
}

impl Counsellor {
    /// Whether they counsel for `service` (`None`: no service asked for).
    pub fn serves(&self, service: Option<&str>) -> bool {
        service.is_none_or(|s| self.services.is_empty() || self.services.iter().any(|x| x == s))
    }
}

/// `[[counsellor.hours]]`: when a counsellor is at an office, and in what form.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WeeklyHours {
    pub office: Spanned<String>,
    /// `"mon-fri 09:00-15:00"`, in the office's time zone.
    pub days: OpeningHours,
    #[serde(default = "in_person")]
    pub format: Format,
    /// A walk-in desk: no appointments, clients come by (shown, never booked).
    #[serde(default)]
    pub walk_in: bool,
    #[serde(default)]
    pub slot_minutes: Option<u32>,
    #[serde(default)]
    pub buffer_minutes: Option<u32>,
}

fn in_person() -> Format {
    Format::InPerson
}

/// `[[absence]]`: a counsellor away (holiday, sick day), both days included.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Absence {
    pub counsellor: Spanned<String>,
    #[serde(deserialize_with = "date")]
    pub from: NaiveDate,
    #[serde(deserialize_with = "date")]
    pub to: NaiveDate,
    #[serde(default)]
    pub reason: String,
}

/// `[[closure]]`: an office closed (both days included), whoever would be there.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Closure {
    pub office: Spanned<String>,
    #[serde(deserialize_with = "date")]
    pub from: NaiveDate,
    #[serde(deserialize_with = "date")]
    pub to: NaiveDate,
    #[serde(default)]
    pub reason: String,
}

/// A day written as a TOML date (`2026-12-24`) or as a string (`"2026-12-24"`).
fn date<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Day {
        Toml(toml::value::Datetime),
        Text(String),
    }
    let text = match Day::deserialize(deserializer)? {
        Day::Toml(datetime) => datetime.to_string(),
        Day::Text(text) => text,
    };
    NaiveDate::parse_from_str(&text, "%Y-%m-%d")
        .map_err(|_| serde::de::Error::custom(format!("'{text}' is not a day (write it as 2026-12-24)")))
}

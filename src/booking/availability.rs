//! Availability → slots: every counsellor's weekly hours laid out over a span of days in
//! the office's time zone, less public holidays, absences and closures, as UTC instants.
//!
//! Daylight-saving time is handled where it bites: a local start time that does not
//! exist (the spring gap) gives no slot; one that exists twice (the autumn overlap) gives
//! one slot, at its first occurrence. A slot's length is real time, so an appointment
//! across the change still lasts as long as any other.

use std::collections::{BTreeMap, HashSet};

use chrono::{DateTime, Datelike, Duration, LocalResult, NaiveDate, NaiveDateTime, Offset, TimeZone, Utc};
use chrono_tz::Tz;

use super::holidays::{holidays, State};
use super::settings::{Absence, BookingSettings, Closure, Counsellor, WeeklyHours};
use crate::domain::Slot;

/// Everything slots are made from.
pub struct Calendar<'a> {
    pub settings: &'a BookingSettings,
    pub counsellors: &'a [Counsellor],
    pub absences: &'a [Absence],
    pub closures: &'a [Closure],
    /// Each office's time zone, by office id.
    pub zones: &'a BTreeMap<String, Tz>,
}

impl Calendar<'_> {
    /// Every bookable slot starting in `from..until`, earliest first (then by counsellor).
    pub fn slots(&self, from: DateTime<Utc>, until: DateTime<Utc>) -> Vec<Slot> {
        // The public holidays of every year the span touches (a day either side), once.
        let years = (from - Duration::days(2)).year()..=(until + Duration::days(2)).year();
        let closed_days: HashSet<NaiveDate> =
            years.flat_map(|year| holidays(self.settings.state, year)).map(|(day, _)| day).collect();
        let is_holiday = |_: State, day: NaiveDate| closed_days.contains(&day);
        let mut slots = Vec::with_capacity(self.counsellors.len() * 64);
        for counsellor in self.counsellors {
            for hours in counsellor.hours.iter().filter(|h| !h.walk_in) {
                let office = hours.office.get_ref();
                let Some(tz) = self.zones.get(office).copied() else { continue };
                // Local days that can hold a slot starting in the span (a day either side
                // for offices far from UTC).
                let first = from.with_timezone(&tz).date_naive() - Duration::days(1);
                let last = until.with_timezone(&tz).date_naive() + Duration::days(1);
                for day in first.iter_days().take_while(|d| *d <= last) {
                    if !on_day(hours, day)
                        || is_holiday(self.settings.state, day)
                        || self.absent(counsellor.id.get_ref(), day)
                        || self.closed(office, day)
                    {
                        continue;
                    }
                    for start in self.starts(hours, day, tz) {
                        if start < from || start >= until {
                            continue;
                        }
                        let length = Duration::minutes(i64::from(self.length(hours)));
                        slots.push(Slot {
                            counsellor: counsellor.id.get_ref().clone(),
                            office: office.clone(),
                            start,
                            end: start + length,
                            format: hours.format,
                        });
                    }
                }
            }
        }
        slots.sort_unstable_by(|a, b| (a.start, &a.counsellor).cmp(&(b.start, &b.counsellor)));
        slots.dedup_by(|a, b| a.start == b.start && a.counsellor == b.counsellor);
        slots
    }

    fn length(&self, hours: &WeeklyHours) -> u32 {
        hours.slot_minutes.unwrap_or(self.settings.slot_minutes)
    }

    /// The start instants of a day's slots: every slot length plus buffer from the
    /// opening time, each ending by the closing time.
    fn starts(&self, hours: &WeeklyHours, day: NaiveDate, tz: Tz) -> Vec<DateTime<Utc>> {
        let length = Duration::minutes(i64::from(self.length(hours)));
        let step = length + Duration::minutes(i64::from(hours.buffer_minutes.unwrap_or(self.settings.buffer_minutes)));
        let (open, close) = (day.and_time(hours.days.from), day.and_time(hours.days.to));
        // On a day without a clock change between opening and closing (nearly every day)
        // one offset serves every slot: the time zone is asked twice, not once a slot.
        let steady = match (tz.offset_from_local_datetime(&open), tz.offset_from_local_datetime(&close)) {
            (LocalResult::Single(a), LocalResult::Single(b)) if a == b => Some(a.fix()),
            _ => None,
        };
        let mut starts = Vec::new();
        let mut local = open;
        while local + length <= close {
            let start = match steady {
                Some(offset) => Some((local - Duration::seconds(i64::from(offset.local_minus_utc()))).and_utc()),
                None => instant(tz, local),
            };
            starts.extend(start);
            local += step;
        }
        starts
    }

    fn absent(&self, counsellor: &str, day: NaiveDate) -> bool {
        self.absences.iter().any(|a| a.counsellor.get_ref() == counsellor && a.from <= day && day <= a.to)
    }

    fn closed(&self, office: &str, day: NaiveDate) -> bool {
        self.closures.iter().any(|c| c.office.get_ref() == office && c.from <= day && day <= c.to)
    }
}

/// Whether the weekly hours include this day's weekday (`fri-mon` wraps over Sunday).
fn on_day(hours: &WeeklyHours, day: NaiveDate) -> bool {
    let (first, last) = (hours.days.first.num_days_from_monday(), hours.days.last.num_days_from_monday());
    let today = day.weekday().num_days_from_monday();
    if first <= last {
        first <= today && today <= last
    } else {
        today >= first || today <= last
    }
}

/// The instant a local time names in `tz`: none in the spring gap, the first of two in
/// the autumn overlap.
pub fn instant(tz: Tz, local: NaiveDateTime) -> Option<DateTime<Utc>> {
    match tz.from_local_datetime(&local) {
        LocalResult::Single(t) => Some(t.with_timezone(&Utc)),
        LocalResult::Ambiguous(first, _) => Some(first.with_timezone(&Utc)),
        LocalResult::None => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveTime;
    use serde::Deserialize;

    #[derive(Deserialize)]
    struct Setup {
        #[serde(rename = "counsellor")]
        counsellors: Vec<Counsellor>,
        #[serde(rename = "absence", default)]
        absences: Vec<Absence>,
        #[serde(rename = "closure", default)]
        closures: Vec<Closure>,
    }

    fn setup(text: &str) -> Setup {
        toml::from_str(text).unwrap()
    }

    fn berlin() -> BTreeMap<String, Tz> {
        [("mitte".to_owned(), chrono_tz::Europe::Berlin)].into()
    }

    fn utc(text: &str) -> DateTime<Utc> {
        text.parse().unwrap()
    }

    fn local_times(slots: &[Slot]) -> Vec<String> {
        slots
            .iter()
            .map(|s| s.start.with_timezone(&chrono_tz::Europe::Berlin).format("%a %d.%m. %H:%M").to_string())
            .collect()
    }

    const WEEKDAYS: &str = r#"
[[counsellor]]
id = "amira"
name = "Amira"
languages = ["ar"]
hours = [{ office = "mitte", days = "mon-fri 09:00-11:00" }]
"#;

    fn slots_of(setup: &Setup, settings: &BookingSettings, from: &str, until: &str) -> Vec<Slot> {
        let zones = berlin();
        let calendar = Calendar {
            settings,
            counsellors: &setup.counsellors,
            absences: &setup.absences,
            closures: &setup.closures,
            zones: &zones,
        };
        calendar.slots(utc(from), utc(until))
    }

    #[test]
    fn the_weeks_of_the_clock_changes_keep_the_local_opening_hours() {
        let setup = setup(WEEKDAYS);
        let settings = BookingSettings { slot_minutes: 45, buffer_minutes: 15, ..BookingSettings::default() };
        // 2026: summer time from 29 March, winter time from 25 October; 2027: 28 March, 31 October.
        // Two weeks, five days each, two slots a day, less the holidays in NW: Good Friday
        // 2026 (3 April), Good Friday and Easter Monday 2027 (26 and 29 March), All Saints
        // 2027 (1 November).
        for (monday, offset_before, offset_after, count) in
            [("2026-03-23", 1, 2, 18), ("2026-10-19", 2, 1, 20), ("2027-03-22", 1, 2, 16), ("2027-10-25", 2, 1, 18)]
        {
            let from = format!("{monday}T00:00:00Z");
            let slots = slots_of(&setup, &settings, &from, &format!("{}T00:00:00Z", date_plus(monday, 14)));
            assert_eq!(slots.len(), count, "{monday}: {:?}", local_times(&slots));
            for slot in &slots {
                let local = slot.start.with_timezone(&chrono_tz::Europe::Berlin);
                assert!(
                    [NaiveTime::from_hms_opt(9, 0, 0).unwrap(), NaiveTime::from_hms_opt(10, 0, 0).unwrap()]
                        .contains(&local.time()),
                    "{monday}: {local}"
                );
                let week = if slot.start < utc(&format!("{}T00:00:00Z", date_plus(monday, 7))) {
                    offset_before
                } else {
                    offset_after
                };
                assert_eq!(
                    (local.naive_local() - slot.start.naive_utc()).num_hours(),
                    week,
                    "{monday}: {local} is UTC+{week}"
                );
                assert_eq!(slot.end - slot.start, Duration::minutes(45));
            }
        }
    }

    fn date_plus(day: &str, days: i64) -> String {
        (day.parse::<NaiveDate>().unwrap() + Duration::days(days)).to_string()
    }

    #[test]
    fn the_spring_gap_gives_no_slot_and_the_autumn_overlap_gives_one() {
        let setup = setup(
            r#"
[[counsellor]]
id = "night"
name = "Nachtdienst"
languages = ["de"]
hours = [{ office = "mitte", days = "sun 01:00-04:00", slot_minutes = 30, buffer_minutes = 0 }]
"#,
        );
        let settings = BookingSettings::default();
        let spring = slots_of(&setup, &settings, "2026-03-28T12:00:00Z", "2026-03-29T12:00:00Z");
        assert_eq!(
            local_times(&spring),
            ["Sun 29.03. 01:00", "Sun 29.03. 01:30", "Sun 29.03. 03:00", "Sun 29.03. 03:30"]
        );
        let autumn = slots_of(&setup, &settings, "2026-10-24T12:00:00Z", "2026-10-25T12:00:00Z");
        assert_eq!(autumn.len(), 6, "01:00 01:30 02:00 02:30 03:00 03:30, each once: {:?}", local_times(&autumn));
        let first_two = autumn[2].start;
        assert_eq!(first_two, utc("2026-10-25T00:00:00Z"), "02:00 at its first occurrence (summer time)");
    }

    #[test]
    fn holidays_absences_and_closures_give_no_slots() {
        let setup = setup(&format!(
            "{WEEKDAYS}
[[absence]]
counsellor = \"amira\"
from = 2026-12-21
to = 2026-12-22

[[closure]]
office = \"mitte\"
from = \"2026-12-23\"
to = \"2026-12-23\"
"
        ));
        let settings = BookingSettings::default();
        let week = slots_of(&setup, &settings, "2026-12-21T00:00:00Z", "2026-12-28T00:00:00Z");
        // Mon and Tue away, Wed closed, Fri is Christmas Day: only Thursday.
        assert_eq!(local_times(&week), ["Thu 24.12. 09:00", "Thu 24.12. 10:00"]);
        let easter = slots_of(&setup, &BookingSettings::default(), "2027-03-26T00:00:00Z", "2027-03-30T00:00:00Z");
        assert!(easter.is_empty(), "Good Friday and Easter Monday 2027: {:?}", local_times(&easter));
    }
}

//! Weekly opening hours of an office, as written in `anlauf.toml`: `"mon-fri 09:00-15:00"`
//! or `"sat 10:00-13:00"`, in the office's own time zone.

use std::fmt;
use std::str::FromStr;

use chrono::{NaiveTime, Weekday};
use serde::Deserialize;

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct OpeningHours {
    pub first: Weekday,
    pub last: Weekday,
    pub from: NaiveTime,
    pub to: NaiveTime,
}

impl TryFrom<String> for OpeningHours {
    type Error = String;

    fn try_from(text: String) -> Result<Self, String> {
        text.parse()
    }
}

impl FromStr for OpeningHours {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        let wrong = || format!("opening hours '{text}' must look like \"mon-fri 09:00-15:00\" or \"sat 10:00-13:00\"");
        let (days, times) = text.trim().split_once(char::is_whitespace).ok_or_else(wrong)?;
        let day = |d: &str| weekday(d.trim()).ok_or_else(wrong);
        let (first, last) = match days.split_once('-') {
            Some((a, b)) => (day(a)?, day(b)?),
            None => (day(days)?, day(days)?),
        };
        let (from, to) = times.trim().split_once('-').ok_or_else(wrong)?;
        let time = |t: &str| NaiveTime::parse_from_str(t.trim(), "%H:%M").map_err(|_| wrong());
        let (from, to) = (time(from)?, time(to)?);
        if from >= to {
            return Err(format!("opening hours '{text}': the closing time must be after the opening time"));
        }
        Ok(OpeningHours { first, last, from, to })
    }
}

impl OpeningHours {
    /// The weekdays these hours are on, Monday 0 (`fri-mon` goes round the weekend).
    pub fn weekdays(&self) -> Vec<u32> {
        let (first, last) = (self.first.num_days_from_monday(), self.last.num_days_from_monday());
        if first <= last {
            (first..=last).collect()
        } else {
            (first..7).chain(0..=last).collect()
        }
    }

    /// Whether two weekly hours share some time on some day.
    pub fn overlaps(&self, other: &OpeningHours) -> bool {
        let days = self.weekdays();
        other.weekdays().iter().any(|d| days.contains(d)) && self.from < other.to && other.from < self.to
    }
}

impl fmt::Display for OpeningHours {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.first != self.last {
            write!(f, "{}-", day_id(self.first))?;
        }
        write!(f, "{} {}-{}", day_id(self.last), self.from.format("%H:%M"), self.to.format("%H:%M"))
    }
}

/// The short English id of a weekday (`mon` … `sun`), as used in the file and in the
/// message ids of the weekday names (`weekday-mon`).
pub fn day_id(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "mon",
        Weekday::Tue => "tue",
        Weekday::Wed => "wed",
        Weekday::Thu => "thu",
        Weekday::Fri => "fri",
        Weekday::Sat => "sat",
        Weekday::Sun => "sun",
    }
}

fn weekday(text: &str) -> Option<Weekday> {
    let lower = text.to_ascii_lowercase();
    [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat, Weekday::Sun]
        .into_iter()
        .find(|d| day_id(*d) == lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_read_as_written() {
        let hours: OpeningHours = "mon-fri 09:00-15:00".parse().unwrap();
        assert_eq!((hours.first, hours.last), (Weekday::Mon, Weekday::Fri));
        assert_eq!(hours.to_string(), "mon-fri 09:00-15:00");
        let one: OpeningHours = "Sat 10:00-13:30".parse().unwrap();
        assert_eq!((one.first, one.last), (Weekday::Sat, Weekday::Sat));
        assert!("mon-fri 15:00-09:00".parse::<OpeningHours>().unwrap_err().contains("after"));
        assert!("weekdays 9-5".parse::<OpeningHours>().is_err());
        assert!("mon-fri 9:00".parse::<OpeningHours>().is_err());
    }
}

//! Anonymous statistics: how many requests a month, by topic, language, age group,
//! service, outcome and referral target; appointments kept and missed; days from the
//! request to the appointment. Counts of 1 to 4 are suppressed (with a second cell where
//! one suppressed cell could be worked out from the total), so that no cell points at a
//! person. Pure: the records come from the store, nothing here reads or writes.

use chrono::{DateTime, Utc};

use crate::content::Content;
use crate::store::{BookingRow, QueueEntry};

/// Counts below this are not shown.
pub const THRESHOLD: i64 = 5;

/// What the statistics know of one request: codes only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub topics: Vec<String>,
    pub language: String,
    pub age_group: String,
    pub service: String,
    pub outcome: String,
    pub referral: String,
    /// `kept`, `missed`, `upcoming`, or `none`.
    pub appointment: &'static str,
    /// Whole days from the request to its (first) appointment, if it has one.
    pub days_to_appointment: Option<i64>,
}

/// The dimensions, in the order they are shown.
pub const DIMENSIONS: [&str; 7] = ["topic", "language", "age_group", "service", "outcome", "referral", "appointment"];

/// One request's record, from its queue entry and bookings.
pub fn record(entry: &QueueEntry, bookings: &[BookingRow], now: DateTime<Utc>) -> Record {
    let intake = &entry.summary;
    let text = |key: &str| intake.answers.get(key).and_then(|v| v.as_str()).map(str::to_owned);
    let appointments: Vec<&BookingRow> =
        bookings.iter().filter(|b| b.status == "booked" || b.status == "no_show").collect();
    let first = appointments.iter().map(|b| b.slot.start).min();
    let appointment = if appointments.iter().any(|b| b.status == "no_show") {
        "missed"
    } else if appointments.iter().any(|b| b.slot.start <= now) {
        "kept"
    } else if appointments.is_empty() {
        "none"
    } else {
        "upcoming"
    };
    Record {
        topics: entry.topics.clone(),
        language: entry.language.clone(),
        age_group: text("age_group").unwrap_or_else(|| "unknown".into()),
        service: intake.assessment.as_ref().map_or_else(|| "none".into(), |a| a.service.clone()),
        outcome: entry.case.outcome.map_or_else(|| "open".into(), |o| o.as_str().to_owned()),
        referral: entry.case.referred_to.clone().unwrap_or_else(|| "none".into()),
        appointment,
        days_to_appointment: first.map(|start| (start - entry.created_at).num_days().max(0)),
    }
}

/// A count as shown: the number, or suppressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    Count(i64),
    Suppressed,
}

impl Shown {
    pub fn text(&self) -> String {
        match self {
            Shown::Count(n) => n.to_string(),
            Shown::Suppressed => format!("<{THRESHOLD}"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub dimension: &'static str,
    pub value: String,
    pub shown: Shown,
}

/// A month's statistics.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Month {
    pub requests: Shown,
    pub cells: Vec<Cell>,
    /// The median days from request to appointment, when at least [`THRESHOLD`] have one.
    pub median_days: Option<i64>,
}

fn values<'a>(record: &'a Record, dimension: &str) -> Vec<&'a str> {
    match dimension {
        "topic" => record.topics.iter().map(String::as_str).collect(),
        "language" => vec![&record.language],
        "age_group" => vec![&record.age_group],
        "service" => vec![&record.service],
        "outcome" => vec![&record.outcome],
        "referral" => vec![&record.referral],
        _ => vec![record.appointment],
    }
}

fn primary(n: i64) -> Shown {
    if n < THRESHOLD {
        Shown::Suppressed
    } else {
        Shown::Count(n)
    }
}

/// Counts per dimension and value, suppressed.
pub fn tabulate(records: &[Record]) -> Month {
    let mut cells = Vec::new();
    for dimension in DIMENSIONS {
        let mut counts: std::collections::BTreeMap<&str, i64> = std::collections::BTreeMap::new();
        for record in records {
            for value in values(record, dimension) {
                *counts.entry(value).or_default() += 1;
            }
        }
        let mut row: Vec<(String, i64, Shown)> =
            counts.into_iter().map(|(value, n)| (value.to_owned(), n, primary(n))).collect();
        // One suppressed cell next to a known total could be worked out: hide the
        // smallest shown one too.
        let hidden = row.iter().filter(|(_, _, s)| *s == Shown::Suppressed).count();
        if hidden == 1 {
            if let Some(smallest) =
                row.iter_mut().filter(|(_, _, s)| *s != Shown::Suppressed).min_by_key(|(_, n, _)| *n)
            {
                smallest.2 = Shown::Suppressed;
            }
        }
        cells.extend(row.into_iter().map(|(value, _, shown)| Cell { dimension, value, shown }));
    }
    let mut days: Vec<i64> = records.iter().filter_map(|r| r.days_to_appointment).collect();
    days.sort_unstable();
    let median_days = (days.len() as i64 >= THRESHOLD).then(|| days[days.len() / 2]);
    Month { requests: primary(records.len() as i64), cells, median_days }
}

/// A value's name in the staff language: the dialogue's or the staff files' own word,
/// else the statistics' word for it (`web-stats-outcome-open`), else the code.
pub fn label(content: &Content, dimension: &str, value: &str) -> String {
    let language = &content.config.organisation.staff_language;
    let flow = &content.flow;
    let step = match dimension {
        "topic" => flow.topics_step(),
        "age_group" => flow.steps.iter().find(|s| s.id() == "age_group"),
        _ => None,
    };
    let own = match dimension {
        "topic" | "age_group" => step.map(|s| s.option_label(value)),
        "language" => Some(format!("staff-lang-{value}")),
        "service" => Some(format!("staff-service-{value}")),
        "outcome" => Some(format!("staff-outcome-{value}")),
        "referral" if content.triage.directory.service(value).is_some() => {
            return super::case::place(content, value);
        }
        _ => None,
    };
    [own, Some(format!("web-stats-{dimension}-{value}"))]
        .into_iter()
        .flatten()
        .find(|id| content.i18n.has_message(language, id))
        .map_or_else(|| value.to_owned(), |id| content.i18n.render(language, &crate::text::Text::msg(id)))
}

/// The month as CSV: `month,dimension,code,label,count`, the count `<5` where suppressed.
pub fn csv(content: &Content, month: &str, stats: &Month) -> Result<String, csv::Error> {
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(["month", "dimension", "code", "label", "count"])?;
    out.write_record([month, "requests", "all", "", &stats.requests.text()])?;
    for cell in &stats.cells {
        // A spreadsheet would run a label beginning like a formula.
        let mut label = label(content, cell.dimension, &cell.value);
        if label.starts_with(['=', '+', '-', '@']) {
            label.insert(0, '\'');
        }
        out.write_record([month, cell.dimension, &cell.value, &label, &cell.shown.text()])?;
    }
    if let Some(days) = stats.median_days {
        out.write_record([month, "days_to_appointment", "median", "", &days.to_string()])?;
    }
    let bytes = out.into_inner().map_err(|e| csv::Error::from(e.into_error()))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(language: &str, outcome: &str) -> Record {
        Record {
            topics: vec!["housing".into()],
            language: language.into(),
            age_group: "27_64".into(),
            service: "mbe".into(),
            outcome: outcome.into(),
            referral: "none".into(),
            appointment: "none",
            days_to_appointment: None,
        }
    }

    #[test]
    fn small_counts_are_hidden_and_one_hidden_cell_takes_another_with_it() {
        let mut records: Vec<Record> = (0..7).map(|_| record("ar", "open")).collect();
        records.extend((0..6).map(|_| record("uk", "open")));
        records.push(record("fa", "advised"));
        let month = tabulate(&records);
        assert_eq!(month.requests, Shown::Count(14));
        let language =
            |code: &str| month.cells.iter().find(|c| c.dimension == "language" && c.value == code).unwrap().shown;
        assert_eq!(language("fa"), Shown::Suppressed, "one person");
        assert_eq!(language("uk"), Shown::Suppressed, "else 14 − 7 − 6 tells the one");
        assert_eq!(language("ar"), Shown::Count(7));
        let outcome =
            |code: &str| month.cells.iter().find(|c| c.dimension == "outcome" && c.value == code).unwrap().shown;
        assert_eq!((outcome("open"), outcome("advised")), (Shown::Suppressed, Shown::Suppressed));
        assert!(month
            .cells
            .iter()
            .all(|c| matches!(c.shown, Shown::Suppressed) || matches!(c.shown, Shown::Count(n) if n >= THRESHOLD)));
        assert_eq!(month.median_days, None, "no appointments");
    }
}

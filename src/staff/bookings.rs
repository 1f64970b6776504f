//! Appointments as staff see them: the slots per office and day (free, held, booked), and
//! the bookings of one intake with what became of them and how often the client missed
//! one. In the staff language; times in the office's time zone.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};

use crate::content::Content;
use crate::domain::hours::day_id;
use crate::domain::Slot;
use crate::store::BookingRow;
use crate::text::Text;

fn staff(content: &Content, text: &Text) -> String {
    content.i18n.render(&content.config.organisation.staff_language, text)
}

fn local_day(content: &Content, slot: &Slot) -> NaiveDate {
    let tz = content.config.office(&slot.office).map_or(content.config.organisation.time_zone, |o| o.time_zone);
    slot.start.with_timezone(&tz).date_naive()
}

/// A time as staff read it: in the office's time zone.
pub fn local_time(content: &Content, office: &str, at: DateTime<Utc>) -> String {
    let tz = content.config.office(office).map_or(content.config.organisation.time_zone, |o| o.time_zone);
    at.with_timezone(&tz).format("%d.%m.%Y %H:%M").to_string()
}

/// Free, held and booked slots per office and day, as an aligned table.
pub fn slots_table(content: &Content, free: &[Slot], taken: &[BookingRow]) -> String {
    #[derive(Default)]
    struct Day {
        free: usize,
        held: usize,
        booked: usize,
    }
    let mut days: BTreeMap<(String, NaiveDate), Day> = BTreeMap::new();
    for slot in free {
        days.entry((slot.office.clone(), local_day(content, slot))).or_default().free += 1;
    }
    for row in taken {
        let day = days.entry((row.slot.office.clone(), local_day(content, &row.slot))).or_default();
        match row.status.as_str() {
            "held" => day.held += 1,
            _ => day.booked += 1,
        }
    }
    let header: Vec<String> =
        ["staff-col-office", "staff-col-day", "staff-col-free", "staff-col-held", "staff-col-booked"]
            .iter()
            .map(|id| staff(content, &Text::msg(*id)))
            .collect();
    let rows: Vec<Vec<String>> = days
        .iter()
        .map(|((office, day), counts)| {
            let name = crate::dialog::present::office_name(&content.config, office);
            let weekday = Text::msg(format!("weekday-{}", day_id(chrono::Datelike::weekday(day))));
            vec![
                name,
                format!("{} {}", staff(content, &weekday), day.format("%d.%m.%Y")),
                counts.free.to_string(),
                counts.held.to_string(),
                counts.booked.to_string(),
            ]
        })
        .collect();
    if rows.is_empty() {
        return staff(content, &Text::msg("staff-slots-none")) + "\n";
    }
    let widths: Vec<usize> = (0..header.len())
        .map(|i| rows.iter().map(|r| r[i].chars().count()).chain([header[i].chars().count()]).max().unwrap_or(0))
        .collect();
    let line = |cells: &[String]| {
        cells
            .iter()
            .enumerate()
            .map(|(i, c)| format!("{c:<w$}", w = widths[i]))
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_owned()
            + "\n"
    };
    let mut out = line(&header);
    for row in &rows {
        out += &line(row);
    }
    out
}

/// The bookings of one intake, newest first, and how often its client did not come.
/// One booking as a line: when, with whom, where, how, its status.
pub fn booking_line(content: &Content, row: &BookingRow) -> String {
    let counsellor = super::case::counsellor_name(content, &row.slot.counsellor);
    let office = crate::dialog::present::office_name(&content.config, &row.slot.office);
    let line = Text::msg("staff-booking-line")
        .with("id", row.id)
        .with("when", Text::Plain(local_time(content, &row.slot.office, row.slot.start)))
        .with("counsellor", Text::Plain(counsellor))
        .with("office", Text::Plain(office))
        .with("format", Text::msg(format!("booking-format-{}", row.slot.format.id())))
        .with("status", Text::msg(format!("staff-booking-status-{}", row.status)));
    staff(content, &line)
}

/// "Mit Dolmetschung: Arabisch", when the booking needs an interpreter.
pub fn interpreter_line(content: &Content, row: &BookingRow) -> Option<String> {
    let language = row.interpreter.as_ref()?;
    let name = Text::msg(format!("staff-lang-{language}"));
    Some(staff(content, &Text::msg("staff-booking-interpreter").with("language", name)))
}

pub fn bookings_text(content: &Content, rows: &[BookingRow], no_shows: i64) -> String {
    let mut out = format!("{}:\n", staff(content, &Text::msg("staff-bookings")));
    for row in rows {
        out += &format!("    {}\n", booking_line(content, row));
        if let Some(interpreter) = interpreter_line(content, row) {
            out += &format!("      {interpreter}\n");
        }
    }
    if no_shows > 0 {
        out += &format!("{}\n", staff(content, &Text::msg("staff-no-shows").with("count", no_shows)));
    }
    out
}

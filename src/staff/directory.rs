//! The directory forms of the dashboard: an office's and a counsellor's fields read into
//! entries of the directory, and what is wrong with them, as staff messages. Pure:
//! saving and putting a version in force are the service's.

use serde::Deserialize;

use crate::content::directory::{CounsellorEntry, Directory, HoursEntry, OfficeEntry};
use crate::domain::{Format, OpeningHours};
use crate::text::Text;

/// The longest text a field takes (names, addresses: what a phone screen shows).
pub const FIELD_MAX: usize = 200;
/// Hours rows a counsellor form offers beyond the ones filled in.
pub const BLANK_ROWS: usize = 2;

/// What an office form sent.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct OfficeForm {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub address: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub time_zone: String,
    /// One line per opening hours.
    #[serde(default)]
    pub hours: String,
}

/// What a counsellor form sent: the fields, and the hours rows (`office_0`, `days_0`,
/// `format_0`, `slot_0`, …) and topic boxes (`topic`, repeated).
#[derive(Debug, Clone, Default)]
pub struct CounsellorForm {
    pub id: String,
    pub name: String,
    /// Language codes, separated by commas or spaces.
    pub languages: String,
    pub topics: Vec<String>,
    pub hours: Vec<HoursRow>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HoursRow {
    pub office: String,
    pub days: String,
    /// `in_person`, `phone`, `video` or `walk_in`.
    pub format: String,
    pub slot_minutes: String,
}

impl CounsellorForm {
    /// Reads the form's fields in the order they came.
    pub fn from_fields(fields: &[(String, String)]) -> CounsellorForm {
        let mut form = CounsellorForm::default();
        for (name, value) in fields {
            match name.as_str() {
                "id" => form.id = value.clone(),
                "name" => form.name = value.clone(),
                "languages" => form.languages = value.clone(),
                "topic" => form.topics.push(value.clone()),
                _ => {
                    let Some((field, index)) = name.rsplit_once('_') else { continue };
                    // A row number from the form, not a count to allocate: bounded.
                    let Some(index) = index.parse::<usize>().ok().filter(|i| *i < 64) else { continue };
                    if form.hours.len() <= index {
                        form.hours.resize(index + 1, HoursRow::default());
                    }
                    let row = &mut form.hours[index];
                    match field {
                        "office" => row.office = value.clone(),
                        "days" => row.days = value.clone(),
                        "format" => row.format = value.clone(),
                        "slot" => row.slot_minutes = value.clone(),
                        _ => {}
                    }
                }
            }
        }
        form
    }

    /// The form of a stored counsellor, with blank rows to add hours.
    pub fn of(entry: &CounsellorEntry) -> CounsellorForm {
        let mut hours: Vec<HoursRow> = entry
            .hours
            .iter()
            .map(|h| HoursRow {
                office: h.office.clone(),
                days: h.days.clone(),
                format: if h.walk_in { "walk_in".into() } else { h.format.clone() },
                slot_minutes: h.slot_minutes.map(|m| m.to_string()).unwrap_or_default(),
            })
            .collect();
        hours.extend(std::iter::repeat_n(HoursRow::default(), BLANK_ROWS));
        CounsellorForm {
            id: entry.id.clone(),
            name: entry.name.clone(),
            languages: entry.languages.join(", "),
            topics: entry.topics.clone(),
            hours,
        }
    }

    pub fn blank() -> CounsellorForm {
        CounsellorForm { hours: vec![HoursRow::default(); BLANK_ROWS + 1], ..CounsellorForm::default() }
    }
}

impl OfficeForm {
    pub fn of(entry: &OfficeEntry) -> OfficeForm {
        OfficeForm {
            id: entry.id.clone(),
            name: entry.name.clone(),
            address: entry.address.clone(),
            phone: entry.phone.clone(),
            time_zone: entry.time_zone.clone(),
            hours: entry.hours.join("\n"),
        }
    }
}

fn valid_id(id: &str) -> bool {
    // `new` is the path of the form for a new entry.
    id != "new"
        && !id.is_empty()
        && id.len() <= 32
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

/// A field's text, trimmed; a problem if it is empty or too long.
fn field(value: &str, label: &'static str, problems: &mut Vec<Text>) -> String {
    let value = value.trim();
    if value.is_empty() {
        problems.push(Text::msg("web-dir-field-empty").with("field", Text::msg(label)));
    } else if value.chars().count() > FIELD_MAX {
        problems.push(Text::msg("web-dir-field-long").with("field", Text::msg(label)).with("max", FIELD_MAX as i64));
    }
    value.to_owned()
}

/// The id of a new entry, or the stored one (ids travel in links, buttons and stored
/// bookings: they are not changed once given).
fn entry_id(directory_has: bool, editing: Option<&str>, id: &str, problems: &mut Vec<Text>) -> String {
    if let Some(id) = editing {
        return id.to_owned();
    }
    let id = id.trim().to_lowercase();
    if !valid_id(&id) {
        problems.push(Text::msg("web-dir-id-invalid"));
    } else if directory_has {
        problems.push(Text::msg("web-dir-id-taken").with("id", Text::Plain(id.clone())));
    }
    id
}

/// The office a form describes, or what is wrong with it.
pub fn office_entry(directory: &Directory, editing: Option<&str>, form: &OfficeForm) -> Result<OfficeEntry, Vec<Text>> {
    let mut problems = Vec::new();
    let wanted = form.id.trim().to_lowercase();
    let id = entry_id(directory.office(&wanted).is_some(), editing, &form.id, &mut problems);
    let name = field(&form.name, "web-dir-office-name", &mut problems);
    let address = field(&form.address, "web-dir-address", &mut problems);
    let phone = field(&form.phone, "web-dir-phone", &mut problems);
    let time_zone = form.time_zone.trim();
    let time_zone = if time_zone.is_empty() { "Europe/Berlin" } else { time_zone };
    if time_zone.parse::<chrono_tz::Tz>().is_err() {
        problems.push(Text::msg("web-dir-time-zone").with("value", Text::Plain(time_zone.to_owned())));
    }
    let mut hours = Vec::new();
    for line in form.hours.lines().map(str::trim).filter(|l| !l.is_empty()) {
        match line.parse::<OpeningHours>() {
            Ok(parsed) => hours.push(parsed.to_string()),
            Err(_) => problems.push(Text::msg("web-dir-hours-invalid").with("value", Text::Plain(line.to_owned()))),
        }
    }
    if problems.is_empty() {
        // Saved by an administrator: their own, no longer demo data.
        Ok(OfficeEntry { id, name, address, phone, time_zone: time_zone.to_owned(), hours, demo: false })
    } else {
        Err(problems)
    }
}

/// The counsellor a form describes, or what is wrong with it. `topics`: the flow's.
pub fn counsellor_entry(
    directory: &Directory,
    editing: Option<&str>,
    form: &CounsellorForm,
    topics: &[String],
    known: &crate::domain::Languages,
) -> Result<CounsellorEntry, Vec<Text>> {
    let mut problems = Vec::new();
    let wanted = form.id.trim().to_lowercase();
    let id = entry_id(directory.counsellor(&wanted).is_some(), editing, &form.id, &mut problems);
    let name = field(&form.name, "web-dir-counsellor-name", &mut problems);
    let mut languages: Vec<String> = Vec::new();
    for code in form.languages.split([',', ' ', ';']).map(str::trim).filter(|c| !c.is_empty()) {
        match known.code_of(code) {
            Ok(code) => {
                if !languages.contains(&code) {
                    languages.push(code);
                }
            }
            Err(Some(meant)) => problems.push(
                Text::msg("web-dir-language-meant")
                    .with("value", Text::Plain(code.to_owned()))
                    .with("code", Text::Plain(meant)),
            ),
            Err(None) => {
                problems.push(Text::msg("web-dir-language-invalid").with("value", Text::Plain(code.to_owned())))
            }
        }
    }
    let typed_wrong = |p: &Text| matches!(p.id(), Some("web-dir-language-invalid" | "web-dir-language-meant"));
    if languages.is_empty() && !problems.iter().any(typed_wrong) {
        problems.push(Text::msg("web-dir-languages-empty"));
    }
    let chosen: Vec<String> = topics.iter().filter(|t| form.topics.contains(t)).cloned().collect();
    let mut hours = Vec::new();
    for row in form.hours.iter().filter(|r| !r.days.trim().is_empty()) {
        let days = match row.days.trim().parse::<OpeningHours>() {
            Ok(days) => days,
            Err(_) => {
                problems
                    .push(Text::msg("web-dir-hours-invalid").with("value", Text::Plain(row.days.trim().to_owned())));
                continue;
            }
        };
        if directory.office(&row.office).is_none() {
            problems.push(Text::msg("web-dir-hours-office").with("value", Text::Plain(days.to_string())));
            continue;
        }
        let (format, walk_in) = match row.format.as_str() {
            "walk_in" => (Format::InPerson, true),
            other => (Format::parse(other).unwrap_or(Format::InPerson), false),
        };
        let slot_minutes = match row.slot_minutes.trim() {
            "" => None,
            text => match text.parse::<u32>() {
                Ok(minutes @ 5..=480) => Some(minutes),
                _ => {
                    problems.push(Text::msg("web-dir-slot-minutes").with("value", Text::Plain(text.to_owned())));
                    None
                }
            },
        };
        if let Some(earlier) =
            hours.iter().find(|h: &&(OpeningHours, HoursEntry)| !walk_in && !h.1.walk_in && h.0.overlaps(&days))
        {
            problems.push(
                Text::msg("web-dir-hours-overlap")
                    .with("first", Text::Plain(earlier.0.to_string()))
                    .with("second", Text::Plain(days.to_string())),
            );
        }
        // The form has no field for a row's own buffer (only `anlauf.toml` sets one): a
        // row kept as it was keeps it.
        let buffer_minutes = editing
            .and_then(|id| directory.counsellor(id))
            .and_then(|before| before.hours.iter().find(|h| h.office == row.office && h.days == days.to_string()))
            .and_then(|h| h.buffer_minutes);
        let entry = HoursEntry {
            office: row.office.clone(),
            days: days.to_string(),
            format: format.id().to_owned(),
            walk_in,
            slot_minutes,
            buffer_minutes,
        };
        hours.push((days, entry));
    }
    if problems.is_empty() {
        let services = editing.and_then(|id| directory.counsellor(id)).map(|c| c.services.clone()).unwrap_or_default();
        Ok(CounsellorEntry {
            id,
            name,
            languages,
            topics: chosen,
            hours: hours.into_iter().map(|(_, h)| h).collect(),
            services,
            // Saved by an administrator: their own, no longer demo data.
            demo: false,
        })
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use std::path::Path;

    fn shipped() -> Config {
        Config::load(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/anlauf.toml"))).unwrap()
    }

    fn topics() -> Vec<String> {
        ["residence", "work", "family"].map(String::from).to_vec()
    }

    fn languages() -> crate::domain::Languages {
        let language = |code: &str, english: &str| crate::domain::Language {
            code: code.into(),
            name: english.into(),
            english: english.into(),
            rtl: false,
            review: "source".into(),
            related: Vec::new(),
        };
        let shipped = [
            ("de", "German"),
            ("en", "English"),
            ("fr", "French"),
            ("ar", "Arabic"),
            ("fa", "Persian"),
            ("ckb", "Sorani"),
            ("prs", "Dari"),
        ];
        crate::domain::Languages::new(shipped.iter().map(|(c, e)| language(c, e)).collect(), Vec::new())
    }

    fn row(office: &str, days: &str, format: &str) -> HoursRow {
        HoursRow { office: office.into(), days: days.into(), format: format.into(), slot_minutes: String::new() }
    }

    #[test]
    fn a_counsellor_form_becomes_an_entry_with_hours_rows_in_order() {
        let fields: Vec<(String, String)> = [
            ("id", "Leyla"),
            ("name", " Leyla "),
            ("languages", "ar, fa ckb;ar"),
            ("topic", "work"),
            ("topic", "forged"),
            ("office_0", "nord"),
            ("days_0", "mon-tue 09:00-13:00"),
            ("format_0", "phone"),
            ("office_1", "mitte"),
            ("days_1", ""),
            ("office_2", "mitte"),
            ("days_2", "fri 10:00-12:00"),
            ("format_2", "walk_in"),
            ("slot_2", "30"),
            ("days_999999", "ignored"),
        ]
        .map(|(a, b)| (a.to_owned(), b.to_owned()))
        .to_vec();
        let form = CounsellorForm::from_fields(&fields);
        let directory = Directory::from_config(&shipped());
        let entry = counsellor_entry(&directory, None, &form, &topics(), &languages()).unwrap();
        assert_eq!(entry.id, "leyla");
        assert_eq!(entry.name, "Leyla");
        assert_eq!(entry.languages, ["ar", "fa", "ckb"]);
        assert_eq!(entry.topics, ["work"]);
        assert_eq!(entry.hours.len(), 2);
        assert_eq!((entry.hours[0].format.as_str(), entry.hours[0].walk_in), ("phone", false));
        assert_eq!((entry.hours[1].walk_in, entry.hours[1].slot_minutes), (true, Some(30)));
    }

    fn problems(result: Result<CounsellorEntry, Vec<Text>>) -> Vec<String> {
        result.unwrap_err().iter().filter_map(|t| t.id().map(str::to_owned)).collect()
    }

    #[test]
    fn a_counsellor_form_names_each_problem() {
        let directory = Directory::from_config(&shipped());
        let form = CounsellorForm {
            id: "amira".into(),
            name: " ".into(),
            languages: String::new(),
            topics: Vec::new(),
            hours: vec![
                row("mitte", "mon-wed 09:00-12:00", "in_person"),
                row("nord", "tue 11:00-14:00", "video"),
                row("atlantis", "thu 09:00-12:00", "in_person"),
                row("mitte", "someday", "in_person"),
            ],
        };
        assert_eq!(
            problems(counsellor_entry(&directory, None, &form, &topics(), &languages())),
            [
                "web-dir-id-taken",
                "web-dir-field-empty",
                "web-dir-languages-empty",
                "web-dir-hours-overlap",
                "web-dir-hours-office",
                "web-dir-hours-invalid"
            ]
        );
        let form = CounsellorForm { id: "x y".into(), name: "X".into(), languages: "de, not a code!".into(), ..form };
        let found = problems(counsellor_entry(&directory, None, &form, &topics(), &languages()));
        assert_eq!(&found[..2], ["web-dir-id-invalid", "web-dir-language-invalid"]);
        let form = CounsellorForm { id: "x".into(), languages: "de, dari, Arabisch, fa-AF".into(), ..form };
        let found = counsellor_entry(&directory, None, &form, &topics(), &languages()).unwrap_err();
        let meant: Vec<String> =
            found.iter().filter(|p| p.id() == Some("web-dir-language-meant")).map(|p| format!("{p:?}")).collect();
        assert_eq!(meant.len(), 3, "dari, Arabisch and fa-AF each get a suggestion: {found:?}");
        assert!(meant[0].contains("prs") && meant[1].contains("\"ar\"") && meant[2].contains("prs"), "{meant:?}");
    }

    #[test]
    fn a_rows_own_buffer_from_the_file_survives_an_edit_in_the_browser() {
        let mut directory = Directory::from_config(&shipped());
        directory.counsellors[0].hours[0].buffer_minutes = Some(30);
        let amira = directory.counsellors[0].clone();
        let mut form = CounsellorForm::of(&amira);
        form.name = "Amira H.".into();
        let entry = counsellor_entry(&directory, Some(&amira.id), &form, &topics(), &languages()).unwrap();
        assert_eq!(entry.hours[0].buffer_minutes, Some(30));
        assert_eq!(entry.hours[1].buffer_minutes, None);
    }

    #[test]
    fn editing_keeps_the_id_and_an_office_in_use_or_the_last_one_stays() {
        let mut directory = Directory::from_config(&shipped());
        let form = OfficeForm {
            id: "renamed".into(),
            name: "Neu".into(),
            address: "Weg 1".into(),
            phone: "1".into(),
            ..OfficeForm::default()
        };
        let entry = office_entry(&directory, Some("nord"), &form).unwrap();
        assert_eq!((entry.id.as_str(), entry.time_zone.as_str()), ("nord", "Europe/Berlin"));
        let bad = OfficeForm { time_zone: "Mars/Olympus".into(), hours: "mon-fri 9-5".into(), ..form };
        let found: Vec<_> = office_entry(&directory, None, &bad)
            .unwrap_err()
            .iter()
            .filter_map(|t| t.id().map(str::to_owned))
            .collect();
        assert_eq!(found, ["web-dir-time-zone", "web-dir-hours-invalid"]);
        assert_eq!(directory.remove_office("nord").unwrap_err().id(), Some("web-dir-office-in-use"));
        directory.counsellors.clear();
        directory.remove_office("nord").unwrap();
        assert_eq!(directory.remove_office("mitte").unwrap_err().id(), Some("web-dir-last-office"));
    }
}

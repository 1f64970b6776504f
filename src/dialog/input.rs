//! What a client can send, independent of the channel, and the tolerant readers for
//! typed answers (digits in any script, dates in the usual European forms).

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

pub use crate::text::ascii_digits;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Text(String),
    /// Callback data of a pressed button, exactly as received (it may be forged).
    Button(String),
    Command(Command),
    /// Something that is not text: a sticker, a photo, a voice note, ...
    Unsupported(MediaKind),
    /// The client edited an earlier message.
    Edited,
    /// The client came back (a terminal session reopened): show where they are.
    Resume,
    /// The channel names the client's language explicitly (`chat --lang de`): switch to
    /// it, as `/language` would, and say so. Carries a shipped language code.
    SwitchLanguage(String),
    /// A line longer than the channel reads at once: rejected whole, never in pieces.
    TooLong,
    /// The waiting list came round: this slot is held for the client's request until
    /// `until`, to book or let go.
    Offered {
        reference: String,
        slot: crate::domain::Slot,
        until: chrono::DateTime<chrono::Utc>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// `/start`, optionally with a deep-link payload (an office id).
    Start(Option<String>),
    Restart,
    Back,
    Language,
    Help,
    /// `/appointment`: the booked appointment, to keep, move or cancel.
    Appointment,
    /// `/mydata`: everything stored about the client, as a message and a file.
    MyData,
    /// `/delete`: erase everything stored about the client, once they confirm.
    Delete,
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MediaKind {
    Voice,
    Photo,
    Document,
    Sticker,
    Location,
    Contact,
    Other,
}

impl MediaKind {
    /// The selector value of the `error-unsupported` message.
    pub fn as_str(self) -> &'static str {
        match self {
            MediaKind::Voice => "voice",
            MediaKind::Photo => "photo",
            MediaKind::Document => "document",
            MediaKind::Sticker => "sticker",
            MediaKind::Location => "location",
            MediaKind::Contact => "contact",
            MediaKind::Other => "other",
        }
    }
}

/// The commands a client is offered (menu, help, footer), each with the message id of its
/// description. `/restart` and `/lang` are still understood, silently.
pub const COMMANDS: [(&str, &str); 7] = [
    ("start", "cmd-start"),
    ("back", "cmd-back"),
    ("language", "cmd-language"),
    ("appointment", "cmd-appointment"),
    ("mydata", "cmd-mydata"),
    ("delete", "cmd-delete"),
    ("help", "cmd-help"),
];

impl Input {
    /// Reads a typed line: `/command [argument]` (a `@botname` suffix is ignored) or text.
    /// A NUL character means nothing in a message and cannot be stored in PostgreSQL's
    /// JSON: it is dropped.
    pub fn from_typed(text: &str) -> Input {
        let text = &text.replace('\0', "");
        let trimmed = text.trim();
        let Some(rest) = trimmed.strip_prefix('/') else {
            return Input::Text(text.to_owned());
        };
        let (word, arg) = match rest.split_once(char::is_whitespace) {
            Some((w, a)) => (w, Some(a.trim().to_owned()).filter(|a| !a.is_empty())),
            None => (rest, None),
        };
        let word = word.split('@').next().unwrap_or_default().to_ascii_lowercase();
        Input::Command(match word.as_str() {
            "start" => Command::Start(arg),
            "restart" => Command::Restart,
            "back" => Command::Back,
            "language" | "lang" => Command::Language,
            "help" => Command::Help,
            "appointment" | "termin" => Command::Appointment,
            "mydata" => Command::MyData,
            "delete" => Command::Delete,
            _ => Command::Unknown,
        })
    }
}

/// Removes control characters (keeping line breaks) and surrounding blanks. Everything
/// else, any script or mix of scripts, is kept exactly as written.
pub fn clean_text(text: &str) -> String {
    let kept: String = text
        .chars()
        .filter_map(|c| match c {
            '\n' => Some('\n'),
            '\t' | '\r' => Some(' '),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect();
    kept.trim().to_owned()
}

/// Whether a text shows nothing: only blanks and invisible characters (zero-width
/// spaces and joiners, direction marks, soft hyphens, invisible fillers). Such a text is
/// not an answer; a text with anything visible in it is kept exactly as written, joiners
/// included (Persian needs its zero-width non-joiner).
pub fn is_blank(text: &str) -> bool {
    text.chars().all(|c| {
        c.is_whitespace()
            || matches!(c,
                '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
                | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{206F}' | '\u{2800}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}'
                | '\u{FEFF}' | '\u{FFA0}' | '\u{FFF9}'..='\u{FFFB}' | '\u{110BD}' | '\u{110CD}'
                | '\u{13430}'..='\u{1343F}' | '\u{1BCA0}'..='\u{1BCA3}' | '\u{1D173}'..='\u{1D17A}'
                | '\u{E0000}'..='\u{E007F}' | '\u{E0100}'..='\u{E01EF}')
    })
}

/// A lone small number, as typed to pick a button by its position.
pub fn button_index(text: &str) -> Option<usize> {
    let t = ascii_digits(text.trim());
    if t.is_empty() || t.len() > 2 || !t.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    t.parse().ok()
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum YearError {
    NotAYear,
}

static YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?:^|\D)(\d{4})(?:\D|$)").expect("valid regex"));

/// Finds the one four-digit number in the text ("2019", "in 2019", "٢٠١٩").
pub fn parse_year(text: &str) -> Result<i32, YearError> {
    let t = ascii_digits(text);
    let mut found = YEAR.captures_iter(&t).filter_map(|c| c[1].parse::<i32>().ok());
    match (found.next(), found.next()) {
        (Some(year), None) => Ok(year),
        _ => Err(YearError::NotAYear),
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    /// Not recognisable as a date.
    Unreadable,
    /// Looks like a date but is not one (31.02.).
    NoSuchDay,
}

static DMY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{1,2})\s*[./\-]\s*(\d{1,2})\s*[./\-]\s*(\d{4}|\d{2})\.?$").expect("valid regex"));
static YMD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(\d{4})-(\d{1,2})-(\d{1,2})$").expect("valid regex"));

/// Reads `31.12.2026`, `31/12/2026`, `31-12-26`, `2026-12-31` (day before month, as on
/// German letters).
pub fn parse_date(text: &str) -> Result<NaiveDate, DateError> {
    let t = ascii_digits(text.trim());
    let (y, m, d) = if let Some(c) = YMD.captures(&t) {
        (c[1].parse::<i32>(), c[2].parse::<u32>(), c[3].parse::<u32>())
    } else if let Some(c) = DMY.captures(&t) {
        let year = c[3].parse::<i32>().map(|y| if c[3].len() == 2 { 2000 + y } else { y });
        (year, c[2].parse::<u32>(), c[1].parse::<u32>())
    } else {
        return Err(DateError::Unreadable);
    };
    match (y, m, d) {
        (Ok(y), Ok(m), Ok(d)) => NaiveDate::from_ymd_opt(y, m, d).ok_or(DateError::NoSuchDay),
        _ => Err(DateError::Unreadable),
    }
}

/// E.164: at most 15 digits; fewer than 6 is no reachable number.
const PHONE_DIGITS: std::ops::RangeInclusive<usize> = 6..=15;
/// More groups than this is not how people write a number ("0 1 5 1 2 3 4 5 6 7 8"); the
/// French write `+33 (0)6 12 34 56 78`, eight.
const PHONE_GROUPS: usize = 8;
/// Single digits standing alone: a country code's `(0)` or `+33 6`, not more.
const PHONE_SINGLE_DIGITS: usize = 2;

/// Accepts a phone number as people write it (`+49 151 2345-678`, `0151/2345678`,
/// `+49 (0) 160 / 123 45 67`) and returns it with digits normalised and blanks
/// collapsed. Refuses what no phone number looks like: too few or too many digits,
/// separators piled up (`0---12345`), digits scattered one by one (`0.0.0.0.0.0`), one
/// digit repeated throughout.
pub fn parse_phone(text: &str) -> Option<String> {
    let t = ascii_digits(text.trim());
    let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
    if t.len() > 2 * PHONE_DIGITS.end() + 8 {
        return None;
    }
    let groups: Vec<&str> = t.split(|c: char| !c.is_ascii_digit()).filter(|g| !g.is_empty()).collect();
    let separators: Vec<String> =
        t.split(|c: char| c.is_ascii_digit()).map(|s| s.chars().filter(|c| *c != ' ').collect()).collect();
    let digits: String = groups.concat();
    if separators.len() < 2 {
        return None;
    }
    let (lead, tail) = (&separators[0], &separators[separators.len() - 1]);
    let inner = &separators[1..separators.len() - 1];
    let valid_inner = inner
        .iter()
        .filter(|s| !s.is_empty())
        .all(|s| matches!(s.as_str(), "." | "/" | "-" | "(" | ")" | ")/" | ")-" | ")."));
    let balanced = t.matches('(').count() == t.matches(')').count();
    let one_digit_repeated = digits.as_bytes().windows(2).all(|w| w[0] == w[1]);
    let valid = PHONE_DIGITS.contains(&digits.len())
        && groups.len() <= PHONE_GROUPS
        && groups.iter().filter(|g| g.len() == 1).count() <= PHONE_SINGLE_DIGITS
        && !one_digit_repeated
        && matches!(lead.as_str(), "" | "+" | "(" | "+(")
        && tail.is_empty()
        && valid_inner
        && balanced;
    valid.then_some(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_with_bot_suffix_and_payload() {
        assert_eq!(Input::from_typed("/start@anlauf_bot nord"), Input::Command(Command::Start(Some("nord".into()))));
        assert_eq!(Input::from_typed(" /BACK "), Input::Command(Command::Back));
        assert_eq!(Input::from_typed("/xyz"), Input::Command(Command::Unknown));
        assert_eq!(Input::from_typed("hello /start"), Input::Text("hello /start".into()));
        assert_eq!(Input::from_typed("a\0b"), Input::Text("ab".into()), "no NUL reaches the store");
    }

    #[test]
    fn control_characters_are_removed_but_scripts_kept() {
        assert_eq!(clean_text(" \u{7}مرحبا\u{0} Hallo\tПривет\r\n"), "مرحبا Hallo Привет");
    }

    #[test]
    fn years_in_any_digits() {
        assert_eq!(parse_year("۲۰۲۳"), Ok(2023));
        assert_eq!(parse_year("٢٠١٩"), Ok(2019));
        assert_eq!(parse_year("in 2015 I think"), Ok(2015));
        assert_eq!(parse_year("2015 or 2016"), Err(YearError::NotAYear));
        assert_eq!(parse_year("15"), Err(YearError::NotAYear));
        assert_eq!(parse_year("20155"), Err(YearError::NotAYear));
    }

    #[test]
    fn dates_in_usual_forms() {
        let d = NaiveDate::from_ymd_opt(2026, 12, 31).unwrap();
        for t in ["31.12.2026", "31/12/2026", "31-12-26", "2026-12-31", "31.12.2026.", "٣١.١٢.٢٠٢٦", " 31 . 12 . 2026 "]
        {
            assert_eq!(parse_date(t), Ok(d), "{t}");
        }
        assert_eq!(parse_date("31.02.2026"), Err(DateError::NoSuchDay));
        assert_eq!(parse_date("next week"), Err(DateError::Unreadable));
        assert_eq!(parse_date("99.99.9999"), Err(DateError::NoSuchDay));
    }

    #[test]
    fn phone_numbers() {
        assert_eq!(parse_phone(" +49  151 2345-678 ").as_deref(), Some("+49 151 2345-678"));
        assert_eq!(parse_phone("۰۱۵۱۲۳۴۵۶۷۸").as_deref(), Some("01512345678"));
        assert_eq!(parse_phone("0151/2345678").as_deref(), Some("0151/2345678"));
        assert_eq!(parse_phone("+49 (0)151 2345-678").as_deref(), Some("+49 (0)151 2345-678"));
        assert_eq!(parse_phone("(030) 1234567").as_deref(), Some("(030) 1234567"));
        assert_eq!(parse_phone("call me"), None);
        assert_eq!(parse_phone("123"), None);
        let hyphens = format!("0{}12345", "-".repeat(3000));
        assert_eq!(parse_phone(&hyphens), None);
        assert_eq!(parse_phone("0--151--2345678"), None);
        assert_eq!(parse_phone("0.0.0.0.0.0"), None);
        assert_eq!(parse_phone("0.1.2.3.4.5"), None);
        assert_eq!(parse_phone("+49 (0) 160 / 123 45 67").as_deref(), Some("+49 (0) 160 / 123 45 67"));
        assert_eq!(parse_phone("0151 2345678 call me"), None);
        for french in ["06 12 34 56 78", "+33 6 12 34 56 78", "+33 (0)6 12 34 56 78", "+49 (0)30 12 34 56 78"] {
            assert_eq!(parse_phone(french).as_deref(), Some(french));
        }
        assert_eq!(parse_phone("000000"), None);
        assert_eq!(parse_phone("+49 151 2345 6789 0123 4567"), None, "more than 15 digits");
    }
}

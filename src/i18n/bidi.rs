//! Right-to-left text that reads right in Telegram. Fluent's own isolation is off (it
//! would wrap every value in every language, also inside selector keys); instead, for
//! right-to-left languages only:
//!
//! - every inserted value (a name, an address, a reference, what the client wrote) is
//!   wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, so a Latin office name or
//!   a phone number keeps its own order and cannot reorder the sentence around it;
//! - every line whose direction a reader would take from a left-to-right character (a
//!   help line beginning with "/start", a line made only of isolated values) begins with
//!   a RIGHT-TO-LEFT MARK, since Telegram sets each line's direction by its first strong
//!   character.
//!
//! Translators write no control characters: `anlauf check` refuses them.

pub const FSI: char = '\u{2068}';
pub const PDI: char = '\u{2069}';
pub const RLM: char = '\u{200F}';

/// `value` as an isolate.
pub fn isolate(value: &str) -> String {
    format!("{FSI}{value}{PDI}")
}

/// Whether a character is a strong right-to-left one (Hebrew, Arabic, Syriac, Thaana,
/// N'Ko and their presentation forms).
fn is_rtl(c: char) -> bool {
    matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF)
}

/// The direction a line's first strong character gives, skipping isolates as the
/// Unicode bidirectional algorithm does: `Some(true)` right-to-left, `Some(false)`
/// left-to-right, `None` when it has none.
fn first_strong(line: &str) -> Option<bool> {
    let mut depth = 0usize;
    for c in line.chars() {
        match c {
            FSI | '\u{2066}' | '\u{2067}' => depth += 1,
            PDI => depth = depth.saturating_sub(1),
            RLM | '\u{061C}' => return Some(true),
            '\u{200E}' => return Some(false),
            _ if depth > 0 => {}
            _ if is_rtl(c) => return Some(true),
            _ if c.is_alphabetic() => return Some(false),
            _ => {}
        }
    }
    None
}

/// A right-to-left text with a RIGHT-TO-LEFT MARK at the start of every non-empty line
/// that would otherwise be laid out left to right.
pub fn mark_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if !line.is_empty() && first_strong(line) != Some(true) {
            out.push(RLM);
        }
        out.push_str(line);
    }
    out
}

/// The direction-control characters a translation must not contain.
pub fn is_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_that_would_run_left_to_right_get_a_mark() {
        let help = "أطرح عليك بعض الأسئلة.\n/start — البدء من البداية\n\n/help — عرض هذه المساعدة";
        let marked = mark_lines(help);
        let lines: Vec<&str> = marked.split('\n').collect();
        assert_eq!(lines[0], "أطرح عليك بعض الأسئلة.", "an Arabic line is left as it is");
        assert!(lines[1].starts_with(RLM) && lines[3].starts_with(RLM), "{marked:?}");
        assert_eq!(lines[2], "", "an empty line stays empty");
    }

    #[test]
    fn isolated_values_do_not_decide_a_lines_direction() {
        let office = format!("{} — {}", isolate("Migrationsberatung Mitte"), isolate("030 1234"));
        assert_eq!(first_strong(&office), None);
        assert!(mark_lines(&office).starts_with(RLM));
        let reference = format!("رقم طلبك {}", isolate("K7QM"));
        assert_eq!(mark_lines(&reference), reference, "the Arabic word decides");
        assert_eq!(first_strong(&format!("{} مرحبا", isolate("Anna"))), Some(true));
    }

    #[test]
    fn marking_twice_changes_nothing() {
        let once = mark_lines("/start — البدء\n110");
        assert_eq!(mark_lines(&once), once);
    }
}

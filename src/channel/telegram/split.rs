//! Long texts split for Telegram's message limit.

/// Splits text into parts of at most `limit` UTF-16 units (Telegram's measure), at line
/// breaks where possible, then at spaces, then anywhere between characters.
pub fn split_text(text: &str, limit: usize) -> Vec<String> {
    let units = |s: &str| s.encode_utf16().count();
    let mut parts = Vec::new();
    let mut rest = text.trim_end();
    while units(rest) > limit {
        let mut cut = 0;
        let mut count = 0;
        for (i, c) in rest.char_indices() {
            count += c.len_utf16();
            if count > limit {
                break;
            }
            cut = i + c.len_utf8();
        }
        let head = &rest[..cut];
        let at = head.rfind('\n').or_else(|| head.rfind(' ')).filter(|&i| i > 0).unwrap_or(cut);
        parts.push(rest[..at].trim_end().to_owned());
        rest = rest[at..].trim_start();
    }
    if !rest.is_empty() || parts.is_empty() {
        parts.push(rest.to_owned());
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_text_is_split_at_line_breaks_within_the_limit() {
        let text = format!("{}\n{}\n{}", "a".repeat(30), "b".repeat(30), "c".repeat(30));
        let parts = split_text(&text, 65);
        assert_eq!(parts, vec![format!("{}\n{}", "a".repeat(30), "b".repeat(30)), "c".repeat(30)]);
    }

    #[test]
    fn one_long_line_is_split_between_characters_counting_utf16() {
        let text = "😀".repeat(3000);
        let parts = split_text(&text, 4000);
        assert_eq!(parts.len(), 2);
        assert!(parts.iter().all(|p| p.encode_utf16().count() <= 4000));
        assert_eq!(parts.concat(), text);
    }
}

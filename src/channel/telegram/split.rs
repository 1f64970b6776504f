//! Long texts split for Telegram's message limit.

/// Telegram's limit per message, in UTF-16 units.
pub(super) const TELEGRAM_LIMIT: usize = 4096;
/// Where long texts are split: a margin below the limit.
pub(super) const MESSAGE_LIMIT: usize = 4000;

/// Splits text into parts of at most `limit` UTF-16 units (Telegram's measure): at a
/// blank line where possible, then at a line break, then at a space, then anywhere
/// between characters. A break is only taken in the second half of a part, so no part is
/// a scrap ("In your words:" alone before a long answer), and never right after a line
/// that ends in a colon, which would part a label from its value.
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
        let at = break_point(head, cut / 2).unwrap_or(cut);
        parts.push(rest[..at].trim_end().to_owned());
        rest = rest[at..].trim_start();
    }
    if !rest.is_empty() || parts.is_empty() {
        parts.push(rest.to_owned());
    }
    parts
}

/// The best place to end a part within `head`, not before byte `min`.
fn break_point(head: &str, min: usize) -> Option<usize> {
    let label_before = |at: usize| head[..at].trim_end().ends_with(':');
    for separator in ["\n\n", "\n", " "] {
        let mut end = head.len();
        while let Some(at) = head[..end].rfind(separator) {
            if at < min || at == 0 {
                break;
            }
            if !label_before(at) {
                return Some(at);
            }
            end = at;
        }
    }
    None
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
    fn a_label_is_never_left_alone_before_a_long_value() {
        let summary = format!("Please check:\nAge: 27 to 64\nIn your words: {}\nContact: chat", "x".repeat(4000));
        let parts = split_text(&summary, 4000);
        assert_eq!(parts.len(), 2, "{parts:?}");
        assert!(parts[0].contains("In your words: xxx"), "the label stays with its value");
        assert!(parts.iter().all(|p| p.encode_utf16().count() <= 4000));
        let words = "word ".repeat(900);
        let summary = format!("Please check:\nIn your words:\n{words}\nContact: chat");
        let parts = split_text(&summary, 4000);
        assert!(
            parts.iter().all(|p| !p.trim_end().ends_with(':')),
            "{:?}",
            parts.iter().map(|p| &p[p.len() - 20..]).collect::<Vec<_>>()
        );
    }

    #[test]
    fn paragraphs_are_kept_whole_where_they_fit() {
        let text = format!("{}\n\n{}\n{}", "a".repeat(2500), "b".repeat(1000), "c".repeat(1000));
        let parts = split_text(&text, 4000);
        assert_eq!(parts, vec!["a".repeat(2500), format!("{}\n{}", "b".repeat(1000), "c".repeat(1000))]);
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

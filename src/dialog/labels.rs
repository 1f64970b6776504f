//! The button labels as the client reads them, rendered once per language when the
//! content is loaded and handed to the engine, so that it recognises a typed label
//! ("Housing", "نعم") without rendering Fluent itself.

use std::collections::HashMap;

use crate::text::Text;

#[derive(Debug, Clone, Default)]
pub struct Labels {
    /// language → message id → folded rendering.
    folded: HashMap<String, HashMap<String, String>>,
}

impl Labels {
    /// Records how message `id` (one without variables) reads in `language`.
    pub fn insert(&mut self, language: &str, id: &str, rendered: &str) {
        self.folded.entry(language.to_owned()).or_default().insert(id.to_owned(), fold(rendered));
    }

    /// The folded form of a label in `language`; `None` for a message with variables or
    /// one not recorded, which then matches nothing typed.
    pub fn folded(&self, language: &str, text: &Text) -> Option<String> {
        match text {
            Text::Plain(s) | Text::Verbatim(s) => Some(fold(s)),
            Text::Msg { id, args } if args.is_empty() => self.folded.get(language)?.get(id).cloned(),
            Text::Msg { .. } => None,
            Text::In { language, text } => self.folded(language, text),
            Text::Lines(parts) | Text::Paragraphs(parts) | Text::List(parts) | Text::Concat(parts) => {
                parts.iter().map(|p| self.folded(language, p)).collect::<Option<Vec<_>>>().map(|v| v.concat())
            }
        }
    }

    /// Whether a typed text reads as the label `text` in `language`.
    pub fn matches(&self, language: &str, text: &Text, folded_input: &str) -> bool {
        !folded_input.is_empty() && self.folded(language, text).is_some_and(|label| label == folded_input)
    }
}

/// Case- and punctuation-blind form of a label, to recognise a typed button text.
pub fn fold(text: &str) -> String {
    text.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_match_whatever_the_case_and_punctuation() {
        let mut labels = Labels::default();
        labels.insert("en", "summary-confirm", "✓ Everything is right — send");
        let typed = fold("everything is right, send!");
        assert!(labels.matches("en", &Text::msg("summary-confirm"), &typed));
        assert!(!labels.matches("de", &Text::msg("summary-confirm"), &typed));
        let ticked = Text::Concat(vec![Text::Plain("✓ ".into()), Text::msg("summary-confirm")]);
        assert!(labels.matches("en", &ticked, &typed));
        assert!(!labels.matches("en", &Text::msg("summary-confirm").with("x", 1), &typed));
    }
}

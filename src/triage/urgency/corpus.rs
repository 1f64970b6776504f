//! The urgency corpora: messages with what they are, one per line (`<label><TAB><text>`),
//! in `dialogs/urgency/train/<language>.tsv` (what the model learns from) and
//! `dialogs/urgency/eval/<language>.tsv` (written by other hands, never learnt from: what
//! the figures in docs/development.md are measured on). And the tally of a detector against
//! them.

use std::collections::BTreeMap;

use super::CATEGORIES;

/// The kinds of ordinary message, the hard ones named so their false alarms can be told
/// apart: `plain` everyday requests; `past` a danger that is over; `other` someone else's
/// danger, not now; `topic` talking about a subject (a film, a lesson); `course` a date
/// that is no legal deadline; `idiom` ("starving for"); `negated` ("nobody threatens me").
pub const KINDS: [&str; 7] = ["plain", "past", "other", "topic", "course", "idiom", "negated"];

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Label {
    /// Urgent, with its categories, the most important first.
    Urgent(Vec<String>),
    /// Ordinary, of a kind of [`KINDS`].
    Ordinary(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Labelled {
    pub line: usize,
    pub label: Label,
    pub text: String,
}

impl Label {
    fn parse(label: &str) -> Result<Label, String> {
        if let Some(kind) = label.strip_prefix("ordinary/") {
            return if KINDS.contains(&kind) {
                Ok(Label::Ordinary(kind.to_owned()))
            } else {
                Err(format!("unknown kind '{kind}' (known: {})", KINDS.join(", ")))
            };
        }
        let categories: Vec<String> = label.split('+').map(|c| c.trim().to_owned()).collect();
        match categories.iter().find(|c| !CATEGORIES.contains(&c.as_str())) {
            Some(unknown) => {
                Err(format!("unknown label '{unknown}' (a category: {}; or ordinary/<kind>)", CATEGORIES.join(", ")))
            }
            None => Ok(Label::Urgent(categories)),
        }
    }

    pub fn is_urgent(&self) -> bool {
        matches!(self, Label::Urgent(_))
    }
}

/// Reads a corpus file; every line that is not a message, a comment or blank is named.
pub fn parse(text: &str) -> Result<Vec<Labelled>, Vec<String>> {
    let mut messages = Vec::new();
    let mut errors = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        if raw.trim().is_empty() || raw.starts_with('#') {
            continue;
        }
        let Some((label, message)) = raw.split_once('\t') else {
            errors.push(format!("line {line}: expected <label><TAB><message>"));
            continue;
        };
        match Label::parse(label.trim()) {
            Ok(label) if !message.trim().is_empty() => {
                messages.push(Labelled { line, label, text: message.trim().to_owned() })
            }
            Ok(_) => errors.push(format!("line {line}: no message after the label")),
            Err(e) => errors.push(format!("line {line}: {e}")),
        }
    }
    if errors.is_empty() {
        Ok(messages)
    } else {
        Err(errors)
    }
}

/// Counts of hits out of a total.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Count {
    pub hits: usize,
    pub total: usize,
}

impl Count {
    fn add(&mut self, hit: bool) {
        self.total += 1;
        self.hits += hit as usize;
    }

    pub fn share(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.hits as f64 / self.total as f64
        }
    }

    fn cell(&self) -> String {
        if self.total == 0 {
            "—".into()
        } else {
            format!("{:.1}% ({}/{})", self.share() * 100.0, self.hits, self.total)
        }
    }
}

/// How a detector did on a corpus: recall on the urgent messages (and whether it named
/// their first category), false alarms on the ordinary ones, per language, category and
/// kind.
#[derive(Debug, Clone, Default)]
pub struct Tally {
    pub recall: Count,
    pub false_alarms: Count,
    pub named: Count,
    pub languages: BTreeMap<String, (Count, Count)>,
    pub categories: BTreeMap<String, Count>,
    pub kinds: BTreeMap<String, Count>,
    /// The messages decided wrongly: language, line, label, text, what was found.
    pub wrong: Vec<String>,
}

impl Tally {
    /// Adds one message of `language` and what the detector found in it.
    pub fn add(&mut self, language: &str, message: &Labelled, urgent: bool, categories: Option<&[String]>) {
        let entry = self.languages.entry(language.to_owned()).or_default();
        match &message.label {
            Label::Urgent(wanted) => {
                self.recall.add(urgent);
                entry.0.add(urgent);
                self.categories.entry(wanted[0].clone()).or_default().add(urgent);
                if let Some(categories) = categories {
                    self.named.add(urgent && categories.contains(&wanted[0]));
                }
            }
            Label::Ordinary(kind) => {
                self.false_alarms.add(urgent);
                entry.1.add(urgent);
                self.kinds.entry(kind.clone()).or_default().add(urgent);
            }
        }
        if urgent != message.label.is_urgent() {
            let label = match &message.label {
                Label::Urgent(c) => c.join("+"),
                Label::Ordinary(kind) => format!("ordinary/{kind}"),
            };
            let found = categories.map(|c| format!(" → {c:?}")).unwrap_or_default();
            self.wrong.push(format!("{language}:{} {label}{found}: {}", message.line, message.text));
        }
    }

    /// The figures as a table, for the terminal and docs/development.md.
    pub fn table(&self) -> String {
        let mut out = String::new();
        out += &format!("overall: recall {}, false alarms {}", self.recall.cell(), self.false_alarms.cell());
        if self.named.total > 0 {
            out += &format!(", first category named {}", self.named.cell());
        }
        out += "\n\n";
        out += &format!("{:<6} {:>18} {:>18}\n", "lang", "recall", "false alarms");
        for (language, (recall, alarms)) in &self.languages {
            out += &format!("{language:<6} {:>18} {:>18}\n", recall.cell(), alarms.cell());
        }
        out += &format!("\n{:<14} {:>18}\n", "category", "recall");
        for category in CATEGORIES {
            if let Some(count) = self.categories.get(category) {
                out += &format!("{category:<14} {:>18}\n", count.cell());
            }
        }
        out += &format!("\n{:<14} {:>18}\n", "ordinary kind", "false alarms");
        for kind in KINDS {
            if let Some(count) = self.kinds.get(kind) {
                out += &format!("{kind:<14} {:>18}\n", count.cell());
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_corpus_reads_labels_and_names_bad_lines() {
        let text = "# comment\nviolence+homelessness\tEr schlägt mich\n\nordinary/past\tIch war obdachlos\n";
        let messages = parse(text).unwrap();
        assert_eq!(messages[0].label, Label::Urgent(vec!["violence".into(), "homelessness".into()]));
        assert_eq!((messages[1].line, &messages[1].label), (4, &Label::Ordinary("past".into())));
        let errors = parse("flood\tx\nordinary/sad\ty\nno tab\nviolence\t \n").unwrap_err();
        assert_eq!(errors.len(), 4, "{errors:?}");
        assert!(errors[0].starts_with("line 1: unknown label 'flood'"), "{errors:?}");
    }

    #[test]
    fn a_tally_counts_per_language_category_and_kind() {
        let messages = parse("violence\ta\nordinary/idiom\tb\nsuicide\tc\n").unwrap();
        let mut tally = Tally::default();
        tally.add("de", &messages[0], true, Some(&["violence".into()]));
        tally.add("de", &messages[1], true, Some(&["hunger".into()]));
        tally.add("en", &messages[2], false, Some(&[]));
        assert_eq!(tally.recall, Count { hits: 1, total: 2 });
        assert_eq!(tally.false_alarms, Count { hits: 1, total: 1 });
        assert_eq!(tally.kinds["idiom"], Count { hits: 1, total: 1 });
        assert_eq!(tally.wrong.len(), 2);
        assert!(tally.table().contains("recall 50.0% (1/2)"), "{}", tally.table());
    }
}

//! The urgency lexicons: per-language regular expressions (`dialogs/urgency/<language>.toml`),
//! matched against a normalised form of the text. A category matches when one of its
//! patterns does and none of its `not` patterns does ("my permit expires next year" is no
//! deadline). They find the explicit cases and say which words did; the model
//! ([`super::model`]) weighs them with the rest of the message.
//!
//! Normalisation: lower case; Arabic-script diacritics removed and letter variants unified
//! (أ إ آ → ا, ى → ي, ة → ه, ك → ک, ي → ی in Persian-style text is left to the patterns);
//! Arabic-Indic and Persian digits read as ASCII. Patterns are written against that form.

use std::collections::BTreeMap;

use regex::{Regex, RegexBuilder};
use serde::Deserialize;

use super::{Finding, CATEGORIES};
use crate::text::ascii_digits;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct LexiconFile {
    /// Match against the text with its accents taken off (Vietnamese "bị trục xuất",
    /// "bi truc xuat" and every wrong tone mark alike): patterns are written without them.
    #[serde(default)]
    fold_accents: bool,
    #[serde(default)]
    categories: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    not: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Clone)]
struct Category {
    id: String,
    /// All of a category's patterns as one alternation: one compiled automaton per
    /// category rather than hundreds, which keeps memory small.
    patterns: Option<Regex>,
    not: Option<Regex>,
}

/// Reads a lexicon file: TOML, known categories, vetoes only for categories it has.
fn read(text: &str) -> Result<LexiconFile, String> {
    let file: LexiconFile = toml::from_str(text).map_err(|e| {
        let line = e.span().map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1);
        match line {
            Some(line) => format!("line {line}: {}", e.message()),
            None => e.message().to_owned(),
        }
    })?;
    if let Some(id) = file.categories.keys().find(|id| !CATEGORIES.contains(&id.as_str())) {
        return Err(format!("unknown category '{id}' (known: {})", CATEGORIES.join(", ")));
    }
    if let Some(id) = file.not.keys().find(|id| !file.categories.contains_key(*id)) {
        return Err(format!("'not' patterns for '{id}', which has no patterns"));
    }
    Ok(file)
}

/// One regex matching any of `patterns`; a pattern that does not compile is named.
fn one_of(patterns: &[String]) -> Result<Option<Regex>, String> {
    // The text is lower-cased before matching (`normalise`) and the patterns are written
    // in lower case (`check` refuses others), so no case-insensitive automaton: a much
    // smaller and faster one.
    let build = |pattern: &str| RegexBuilder::new(pattern).size_limit(1 << 24).build();
    if patterns.is_empty() {
        return Ok(None);
    }
    let joined = patterns.iter().map(|p| format!("(?:{p})")).collect::<Vec<_>>().join("|");
    match build(&joined) {
        Ok(regex) => Ok(Some(regex)),
        Err(joined_error) => {
            for pattern in patterns {
                build(pattern).map_err(|e| format!("pattern '{pattern}': {e}"))?;
            }
            Err(format!("the patterns together: {joined_error}"))
        }
    }
}

/// One language's lexicon, compiled.
#[derive(Debug, Clone)]
pub struct Lexicon {
    categories: Vec<Category>,
    fold_accents: bool,
}

impl Lexicon {
    /// Parses and compiles a lexicon file; errors name the line (or the pattern).
    pub fn parse(text: &str) -> Result<Lexicon, String> {
        let file = read(text)?;
        let mut categories = Vec::new();
        for (id, patterns) in &file.categories {
            let not = file.not.get(id).map(Vec::as_slice).unwrap_or_default();
            categories.push(Category { id: id.clone(), patterns: one_of(patterns)?, not: one_of(not)? });
        }
        Ok(Lexicon { categories, fold_accents: file.fold_accents })
    }

    /// Checks a lexicon file without compiling it (compiled automata take memory):
    /// its structure, its categories and the syntax of every pattern.
    pub fn check(text: &str) -> Result<(), String> {
        let file = read(text)?;
        for pattern in file.categories.values().chain(file.not.values()).flatten() {
            let hir = regex_syntax::ParserBuilder::new()
                .build()
                .parse(pattern)
                .map_err(|e| format!("pattern '{pattern}': {e}"))?;
            if has_upper_case(&hir) {
                return Err(format!("pattern '{pattern}': write it in lower case (texts are matched in lower case)"));
            }
        }
        Ok(())
    }

    /// The categories this lexicon finds in `text`, each with the words that matched.
    pub fn matches(&self, text: &str) -> Vec<Match> {
        let text = if self.fold_accents { fold_accents(&normalise(text)) } else { normalise(text) };
        self.categories
            .iter()
            .filter_map(|c| {
                let found = c.patterns.as_ref()?.find(&text)?;
                // The veto is read only where a pattern matched: most texts match none.
                if c.not.as_ref().is_some_and(|p| p.is_match(&text)) {
                    return None;
                }
                Some(Match { category: c.id.clone(), words: found.as_str().trim().to_owned() })
            })
            .collect()
    }

    /// What this lexicon alone finds in `text`.
    pub fn detect(&self, text: &str) -> Finding {
        Finding::of(self.matches(text).into_iter().map(|m| m.category))
    }
}

/// A category a lexicon found, with the words (normalised) that its pattern matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    pub category: String,
    pub words: String,
}

/// The lexicons of the shipped languages that have one, each compiled when a text in its
/// language first needs it: a service whose clients write three languages holds three.
#[derive(Debug, Clone, Default)]
pub struct Lexicons(std::collections::HashMap<String, Lazy>);

#[derive(Debug, Clone)]
struct Lazy {
    source: String,
    compiled: std::sync::OnceLock<Lexicon>,
}

impl Lexicons {
    /// Checks each language's lexicon source (`content` reads the files); every problem
    /// is returned with the language it is in.
    pub fn from_sources(sources: Vec<(String, String)>) -> Result<Lexicons, Vec<(String, String)>> {
        let mut lexicons = std::collections::HashMap::new();
        let mut errors = Vec::new();
        for (code, source) in sources {
            match Lexicon::check(&source) {
                Ok(()) => {
                    lexicons.insert(code, Lazy { source, compiled: std::sync::OnceLock::new() });
                }
                Err(error) => errors.push((code, error)),
            }
        }
        if errors.is_empty() {
            Ok(Lexicons(lexicons))
        } else {
            Err(errors)
        }
    }

    pub fn get(&self, code: &str) -> Option<&Lexicon> {
        let lazy = self.0.get(code)?;
        Some(lazy.compiled.get_or_init(|| {
            Lexicon::parse(&lazy.source).unwrap_or_else(|error| {
                // Checked at start; only a pattern too large to compile gets here.
                tracing::error!(language = code, %error, "urgency lexicon not usable");
                Lexicon { categories: Vec::new(), fold_accents: false }
            })
        }))
    }

    /// Whether reading a text with the lexicon of `code` needs no compiling first (it is
    /// compiled, or there is none).
    pub fn is_compiled(&self, code: &str) -> bool {
        self.0.get(code).is_none_or(|lazy| lazy.compiled.get().is_some())
    }

    /// Compiles every lexicon now rather than at its first text.
    pub fn compile_all(&self) {
        for code in self.0.keys() {
            self.get(code);
        }
    }

    /// What the lexicons of these languages (the dialogue's and the one the text is
    /// written in) find in `text`: each category once, in [`CATEGORIES`] order.
    pub fn matches(&self, languages: &[&str], text: &str) -> Vec<Match> {
        let mut found: Vec<Match> = Vec::new();
        let mut seen: Vec<&str> = Vec::new();
        for code in languages {
            if seen.contains(code) {
                continue;
            }
            seen.push(code);
            for m in self.get(code).map(|l| l.matches(text)).unwrap_or_default() {
                if !found.iter().any(|f| f.category == m.category) {
                    found.push(m);
                }
            }
        }
        found.sort_by_key(|m| CATEGORIES.iter().position(|k| *k == m.category));
        found
    }
}

/// Whether a pattern has an upper-case letter in a literal: it would never match.
fn has_upper_case(hir: &regex_syntax::hir::Hir) -> bool {
    use regex_syntax::hir::HirKind;
    match hir.kind() {
        HirKind::Literal(literal) => String::from_utf8_lossy(&literal.0).chars().any(char::is_uppercase),
        HirKind::Repetition(repetition) => has_upper_case(&repetition.sub),
        HirKind::Capture(capture) => has_upper_case(&capture.sub),
        HirKind::Concat(parts) | HirKind::Alternation(parts) => parts.iter().any(has_upper_case),
        HirKind::Empty | HirKind::Class(_) | HirKind::Look(_) => false,
    }
}

/// `text` without accents: decomposed, combining marks dropped, đ as d.
pub fn fold_accents(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    text.nfd()
        .filter(|c| !matches!(c, '\u{0300}'..='\u{036F}'))
        .map(|c| match c {
            'đ' | 'Đ' => 'd',
            other => other,
        })
        .collect()
}

/// The form of a text the patterns are written against.
pub fn normalise(text: &str) -> String {
    ascii_digits(text)
        .chars()
        .filter(|c| !matches!(c, '\u{064B}'..='\u{0652}' | '\u{0670}' | '\u{0640}'))
        .map(|c| match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' => 'ي',
            'ة' => 'ه',
            'ك' => 'ک',
            _ => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const LEXICON: &str = r#"
[categories]
violence = ['\bschl[aä]gt\b', 'bedroht']
deadline = ['frist', 'l[aä]uft\s+ab']

[not]
deadline = ['n[aä]chste[sn]?\s+jahr']
"#;

    #[test]
    fn a_folding_lexicon_matches_with_any_accents_or_none() {
        let lexicon = Lexicon::parse("fold_accents = true\n[categories]\ndeportation = ['truc\\s+xuat']\n").unwrap();
        for text in ["Tôi bị trục xuất", "toi bi truc xuat", "TRỤC XUẤT", "tru\u{0323}c xua\u{0302}\u{0301}t"]
        {
            assert!(lexicon.detect(text).urgent, "{text}");
        }
        assert_eq!(fold_accents("Đi đâu"), "di dau");
    }

    #[test]
    fn categories_match_and_vetoes_hold() {
        let lexicon = Lexicon::parse(LEXICON).unwrap();
        let found = lexicon.detect("Mein Mann SCHLÄGT mich");
        assert_eq!(found, Finding::of(["violence".to_owned()]));
        assert!(found.danger());
        assert!(lexicon.detect("Die Frist ist am Montag").urgent);
        assert!(!lexicon.detect("Meine Aufenthaltserlaubnis läuft nächstes Jahr ab").urgent);
        assert!(!lexicon.detect("Ich suche eine Wohnung").urgent);
    }

    #[test]
    fn a_lexicon_is_checked_without_being_compiled() {
        assert!(Lexicon::check(LEXICON).is_ok());
        assert!(Lexicon::check("[categories]\nviolence = ['(']").unwrap_err().contains("pattern '('"));
        assert!(Lexicon::check("[categories]\nflood = ['x']").unwrap_err().contains("unknown category"));
        assert!(Lexicon::check("[categories]\nviolence = ['\\bSchlägt']").unwrap_err().contains("lower case"));
        assert!(Lexicon::check("[categories]\nviolence = ['\\Sschlägt\\W']").is_ok(), "escapes are not letters");
    }

    #[test]
    fn a_lexicon_is_compiled_once_when_first_needed() {
        let lexicons = Lexicons::from_sources(vec![("de".into(), LEXICON.to_owned())]).unwrap();
        assert!(!lexicons.is_compiled("de"));
        assert!(lexicons.is_compiled("xx"), "no lexicon: nothing to compile");
        assert_eq!(lexicons.matches(&["de"], "er schlägt mich").len(), 1);
        assert!(lexicons.is_compiled("de"));
    }

    #[test]
    fn a_bad_lexicon_is_named() {
        assert!(Lexicon::parse("[categories]\nflood = ['x']").unwrap_err().contains("unknown category 'flood'"));
        assert!(Lexicon::parse("[categories]\nviolence = ['(']").unwrap_err().contains("pattern '('"));
        assert!(Lexicon::parse("[categories]\nviolence = [\n").unwrap_err().starts_with("line "));
    }

    #[test]
    fn arabic_is_read_without_diacritics_and_with_one_alef() {
        assert_eq!(normalise("أَنا"), "انا");
        assert_eq!(normalise("٢٠٢٦"), "2026");
    }
}

//! Fluent bundles for every shipped language, language negotiation, and rendering of
//! the engine's [`Text`] values into strings.
//!
//! Fluent's automatic isolation is off; right-to-left messages get their values isolated
//! and their lines marked here, by the rules of [`bidi`].

pub mod bidi;
pub mod catalog;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::Deserialize;
use unic_langid::LanguageIdentifier;

use crate::domain::language::Spoken;
use crate::domain::{Language, Languages};
use crate::text::{Arg, Text};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LanguagesFile {
    language: Vec<Language>,
    #[serde(default)]
    spoken: Vec<Spoken>,
}

/// A problem in a locale file, with its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleError {
    pub file: PathBuf,
    pub line: Option<usize>,
    pub message: String,
}

impl std::fmt::Display for LocaleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}", self.file.display(), self.message),
            None => write!(f, "{}: {}", self.file.display(), self.message),
        }
    }
}

/// The source of one locale: its files' text, kept for `anlauf check`.
pub struct Source {
    pub language: String,
    pub file: PathBuf,
    pub text: String,
}

pub struct I18n {
    languages: Languages,
    bundles: HashMap<String, FluentBundle<FluentResource>>,
    sources: Vec<Source>,
}

/// Used when a message is missing in the client's language (never expected: `check`
/// refuses such a tree), so the client still reads something.
const FALLBACK: &str = "en";

/// The locale whose plural rules (and number forms) a language follows: its own, except
/// for languages the CLDR data we have lacks (Dari follows Persian).
pub fn plural_locale(code: &str) -> &str {
    match code {
        "prs" => "fa",
        other => other,
    }
}

impl I18n {
    /// Loads `languages.toml` and every `<code>/*.ftl` below `dir`. Syntax errors are
    /// returned with file and line; completeness is checked by `crate::check`.
    pub fn load(dir: &Path) -> Result<I18n, Vec<LocaleError>> {
        let list_path = dir.join("languages.toml");
        let err = |file: &Path, line, message: String| LocaleError { file: file.to_owned(), line, message };
        let list_text = std::fs::read_to_string(&list_path).map_err(|e| vec![err(&list_path, None, e.to_string())])?;
        let list: LanguagesFile = toml::from_str(&list_text).map_err(|e| {
            vec![err(&list_path, e.span().map(|s| line_at(&list_text, s.start)), e.message().to_owned())]
        })?;
        let mut errors = Vec::new();
        let mut bundles = HashMap::new();
        let mut sources = Vec::new();
        for language in &list.language {
            let folder = dir.join(&language.code);
            let langid: LanguageIdentifier = match plural_locale(&language.code).parse() {
                Ok(id) => id,
                Err(_) => {
                    errors.push(err(&list_path, None, format!("'{}' is not a language code", language.code)));
                    continue;
                }
            };
            let mut files: Vec<PathBuf> = match std::fs::read_dir(&folder) {
                Ok(entries) => entries
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
                    .collect(),
                Err(e) => {
                    errors.push(err(
                        &folder,
                        None,
                        format!("locale folder for '{}' cannot be read: {e}", language.code),
                    ));
                    continue;
                }
            };
            files.sort();
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            bundle.set_use_isolating(false);
            for file in files {
                let text = match std::fs::read_to_string(&file) {
                    Ok(t) => t,
                    Err(e) => {
                        errors.push(err(&file, None, e.to_string()));
                        continue;
                    }
                };
                let resource = match FluentResource::try_new(text.clone()) {
                    Ok(r) => r,
                    Err((r, parse_errors)) => {
                        for e in parse_errors {
                            errors.push(err(
                                &file,
                                Some(line_at(&text, e.pos.start)),
                                format!("syntax error: {}", e.kind),
                            ));
                        }
                        r
                    }
                };
                if let Err(dups) = bundle.add_resource(resource) {
                    for d in dups {
                        errors.push(err(&file, None, format!("{d}")));
                    }
                }
                sources.push(Source { language: language.code.clone(), file, text });
            }
            bundles.insert(language.code.clone(), bundle);
        }
        if errors.is_empty() {
            Ok(I18n { languages: Languages::new(list.language, list.spoken), bundles, sources })
        } else {
            Err(errors)
        }
    }

    pub fn languages(&self) -> &Languages {
        &self.languages
    }

    pub fn sources(&self) -> &[Source] {
        &self.sources
    }

    /// Whether `language` has the message `id` (without falling back to another language).
    pub fn has_message(&self, language: &str, id: &str) -> bool {
        self.bundles.get(language).is_some_and(|b| b.has_message(id))
    }

    pub fn has(&self, code: &str) -> bool {
        self.bundles.contains_key(code)
    }

    pub fn language_name(&self, code: &str) -> String {
        self.languages.name(code)
    }

    pub fn is_rtl(&self, code: &str) -> bool {
        self.languages.is_rtl(code)
    }

    /// Picks the shipped language that best fits a client's language tag (`de-AT` → `de`),
    /// or `default` when none fits.
    pub fn negotiate(&self, requested: Option<&str>, default: &str) -> String {
        requested.and_then(|tag| self.best_match(tag)).unwrap_or_else(|| default.to_owned())
    }

    /// The shipped language that fits a language tag (`de-AT` → `de`), if any does.
    pub fn best_match(&self, tag: &str) -> Option<String> {
        let requested = tag.trim().parse::<LanguageIdentifier>().ok()?;
        let available: Vec<LanguageIdentifier> =
            self.languages.list().iter().filter_map(|l| l.code.parse().ok()).collect();
        let matched = fluent_langneg::negotiate_languages(
            &[requested],
            &available,
            None,
            fluent_langneg::NegotiationStrategy::Lookup,
        );
        matched.first().map(|l| l.to_string())
    }

    /// Renders for a client; a missing message or argument is logged (by id only) and
    /// rendered as well as possible rather than failing the conversation.
    pub fn render(&self, language: &str, text: &Text) -> String {
        let mut problems = Vec::new();
        let out = self.render_whole(language, text, &mut problems);
        for problem in problems {
            tracing::error!(language, problem, "message could not be rendered cleanly");
        }
        out
    }

    /// Renders and reports every problem: used by tests and `anlauf check`.
    pub fn render_strict(&self, language: &str, text: &Text) -> Result<String, Vec<String>> {
        let mut problems = Vec::new();
        let out = self.render_whole(language, text, &mut problems);
        if problems.is_empty() {
            Ok(out)
        } else {
            Err(problems)
        }
    }

    /// A whole text as the client gets it: right-to-left ones with their lines marked.
    fn render_whole(&self, language: &str, text: &Text, problems: &mut Vec<String>) -> String {
        let out = self.render_into(language, text, problems);
        if self.is_rtl(language) {
            bidi::mark_lines(&out)
        } else {
            out
        }
    }

    /// A value inserted into a right-to-left message: each piece of it that is not a
    /// message of its own isolated (every office of a list, every part of a line).
    fn isolated(&self, language: &str, text: &Text, problems: &mut Vec<String>) -> String {
        let join = |parts: &[Text], sep: &str, problems: &mut Vec<String>| {
            parts.iter().map(|p| self.isolated(language, p, problems)).collect::<Vec<_>>().join(sep)
        };
        match text {
            Text::Plain(_) | Text::Verbatim(_) => bidi::isolate(&self.render_into(language, text, problems)),
            Text::Lines(parts) => join(parts, "\n", problems),
            Text::Paragraphs(parts) => join(parts, "\n\n", problems),
            Text::List(parts) => join(parts, "؛ ", problems),
            Text::Concat(parts) => join(parts, "", problems),
            Text::Msg { .. } | Text::In { .. } => self.render_into(language, text, problems),
        }
    }

    fn render_into(&self, language: &str, text: &Text, problems: &mut Vec<String>) -> String {
        let join = |parts: &[Text], sep: &str, problems: &mut Vec<String>| {
            parts.iter().map(|p| self.render_into(language, p, problems)).collect::<Vec<_>>().join(sep)
        };
        match text {
            Text::Plain(s) | Text::Verbatim(s) => s.clone(),
            Text::Lines(parts) => join(parts, "\n", problems),
            Text::Paragraphs(parts) => join(parts, "\n\n", problems),
            // Labels may contain commas themselves, so lists are joined with semicolons.
            Text::List(parts) => join(parts, if self.is_rtl(language) { "؛ " } else { "; " }, problems),
            Text::Concat(parts) => join(parts, "", problems),
            Text::Msg { id, args } => self.message(language, id, args, problems),
            Text::In { language, text } => self.render_into(language, text, problems),
        }
    }

    fn message(
        &self,
        language: &str,
        id: &str,
        args: &[(std::borrow::Cow<'static, str>, Arg)],
        problems: &mut Vec<String>,
    ) -> String {
        let found = [language, FALLBACK].into_iter().find_map(|code| {
            let bundle = self.bundles.get(code)?;
            let pattern = bundle.get_message(id)?.value()?;
            Some((bundle, pattern))
        });
        let Some((bundle, pattern)) = found else {
            problems.push(format!("message '{id}' is missing"));
            return id.to_owned();
        };
        let rtl = self.is_rtl(language);
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            let value = match value {
                Arg::Num(n) => FluentValue::from(*n),
                Arg::Code(code) => FluentValue::from(code.as_str()),
                Arg::Text(t) if rtl => FluentValue::from(self.isolated(language, t, problems)),
                Arg::Text(t) => FluentValue::from(self.render_into(language, t, problems)),
            };
            fluent_args.set(name.clone(), value);
        }
        let mut errors = Vec::new();
        let out = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        problems.extend(errors.into_iter().map(|e| format!("message '{id}': {e}")));
        out.into_owned()
    }
}

/// Line number (from 1) of a byte offset.
pub fn line_at(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())].iter().filter(|b| **b == b'\n').count() + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> I18n {
        I18n::load(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/locales"))).unwrap()
    }

    #[test]
    fn negotiation_picks_the_base_language_or_the_default() {
        let i18n = shipped();
        assert_eq!(i18n.negotiate(Some("de-AT"), "de"), "de");
        assert_eq!(i18n.negotiate(Some("uk"), "de"), "uk");
        assert_eq!(i18n.negotiate(Some("pt-BR"), "de"), "de");
        assert_eq!(i18n.negotiate(Some("not a tag!"), "en"), "en");
        assert_eq!(i18n.negotiate(None, "en"), "en");
    }

    #[test]
    fn plural_forms_follow_the_language() {
        let i18n = shipped();
        let msg = |n: i64| Text::msg("error-too-long").with("max", n);
        assert!(i18n.render_strict("ru", &msg(4000)).unwrap().contains("4000 символов"));
        assert!(i18n.render_strict("ru", &msg(21)).unwrap().contains("21 символ"));
        assert!(i18n.render_strict("en", &msg(1)).unwrap().ends_with("1 character."));
    }

    #[test]
    fn values_in_right_to_left_messages_are_isolated() {
        let i18n = shipped();
        let done = Text::msg("done").with("reference", Text::Plain("K7QM-2XPD".into()));
        assert!(i18n.render_strict("ar", &done).unwrap().contains("\u{2068}K7QM-2XPD\u{2069}"));
        let en = i18n.render_strict("en", &done).unwrap();
        assert!(en.contains("K7QM-2XPD") && !en.contains('\u{2068}'));
    }

    #[test]
    fn a_missing_argument_is_reported() {
        let i18n = shipped();
        assert!(i18n.render_strict("de", &Text::msg("done")).is_err());
        assert!(i18n.render_strict("de", &Text::msg("no-such-message")).is_err());
    }
}

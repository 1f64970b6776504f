//! The shipped languages as plain data (read from `locales/languages.toml` by `i18n`):
//! what the engine needs to offer, name and recognise a language.

use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Language {
    pub code: String,
    /// The language's name in itself, as shown on the language buttons.
    pub name: String,
    pub english: String,
    #[serde(default)]
    pub rtl: bool,
    pub review: String,
    /// Languages its speakers often also read or prefer (Dari for Persian, Arabic for
    /// Tigrinya): offered first on the language question.
    #[serde(default)]
    pub related: Vec<String>,
}

/// A language clients may speak at an appointment that the bot does not ship
/// (Tigrinya, Dari, Sorani, …): named, never used for the dialogue.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Spoken {
    pub code: String,
    /// The language's name in itself.
    pub name: String,
    pub english: String,
}

/// Languages offered on the first screen of the language question besides the current
/// one: three rows of three buttons with it, on a phone without scrolling.
pub const PICKER_FIRST: usize = 8;

/// The shipped languages, in the order `languages.toml` lists them, and the other
/// languages clients may speak.
#[derive(Debug, Clone, Default)]
pub struct Languages {
    shipped: Vec<Language>,
    spoken: Vec<Spoken>,
}

impl Languages {
    pub fn new(shipped: Vec<Language>, spoken: Vec<Spoken>) -> Languages {
        Languages { shipped, spoken }
    }

    pub fn list(&self) -> &[Language] {
        &self.shipped
    }

    /// The languages offered besides `current` at the language question, and whether a
    /// "more languages" button opens the rest. The likely ones first: those related to
    /// the current language, then the list's order (most asked for first), up to
    /// [`PICKER_FIRST`]; with `all`, every language.
    pub fn picker(&self, current: &str, all: bool) -> (Vec<&Language>, bool) {
        let others = self.shipped.iter().filter(|l| l.code != current);
        if all || self.shipped.len() <= PICKER_FIRST + 2 {
            return (others.collect(), false);
        }
        let related = self.get(current).map(|l| l.related.as_slice()).unwrap_or_default();
        let mut shown: Vec<&Language> =
            related.iter().filter_map(|code| self.get(code)).filter(|l| l.code != current).collect();
        for language in others {
            if shown.len() >= PICKER_FIRST {
                break;
            }
            if !shown.iter().any(|l| l.code == language.code) {
                shown.push(language);
            }
        }
        shown.truncate(PICKER_FIRST.max(related.len()));
        (shown, true)
    }

    /// The languages the bot does not ship but names (for appointments).
    pub fn spoken(&self) -> &[Spoken] {
        &self.spoken
    }

    /// The known code a counsellor's language as typed stands for, or the code it
    /// probably means (`dari` → `prs`, `arabic` → `ar`, `fa-AF` → `prs`, `de-AT` → `de`)
    /// as the error: `Err(None)` when nothing fits.
    pub fn code_of(&self, typed: &str) -> Result<String, Option<String>> {
        let typed = typed.trim();
        if self.knows(typed) {
            return Ok(typed.to_owned());
        }
        let lower = typed.to_lowercase().replace('_', "-");
        /// Names and tags people type for a code (German and English, and the tags that
        /// name Dari and Sorani by script or region).
        const ALIASES: &[(&str, &str)] = &[
            ("fa-af", "prs"),
            ("farsi", "fa"),
            ("persisch", "fa"),
            ("dari", "prs"),
            ("sorani", "ckb"),
            ("ku-arab", "ckb"),
            ("kurmanji", "ku"),
            ("kurmandschi", "ku"),
            ("paschtu", "ps"),
            ("pashto", "ps"),
            ("tigrinja", "ti"),
        ];
        let alias = ALIASES.iter().find(|(name, _)| *name == lower).map(|(_, code)| (*code).to_owned());
        let names = self
            .shipped
            .iter()
            .map(|l| (&l.code, &l.english, &l.name))
            .chain(self.spoken.iter().map(|s| (&s.code, &s.english, &s.name)));
        let mut by_name = None;
        for (code, english, own) in names {
            let english = english.to_lowercase();
            let same_start = lower.chars().count() >= 4 && english.chars().take(4).eq(lower.chars().take(4));
            if *code == lower || english == lower || own.to_lowercase() == lower || same_start {
                by_name = Some(code.clone());
                break;
            }
        }
        let primary = lower.split('-').next().filter(|p| self.knows(p)).map(str::to_owned);
        Err(alias.or(by_name).or(primary).filter(|code| self.knows(code)))
    }

    /// Whether `code` is shipped or named as spoken.
    pub fn knows(&self, code: &str) -> bool {
        self.has(code) || self.spoken.iter().any(|s| s.code == code)
    }

    pub fn get(&self, code: &str) -> Option<&Language> {
        self.shipped.iter().find(|l| l.code == code)
    }

    pub fn has(&self, code: &str) -> bool {
        self.get(code).is_some()
    }

    /// The language's name in itself; the code when it is neither shipped nor spoken.
    pub fn name(&self, code: &str) -> String {
        let spoken = || self.spoken.iter().find(|s| s.code == code).map(|s| s.name.clone());
        self.get(code).map(|l| l.name.clone()).or_else(spoken).unwrap_or_else(|| code.to_owned())
    }

    pub fn is_rtl(&self, code: &str) -> bool {
        self.get(code).is_some_and(|l| l.rtl)
    }
}

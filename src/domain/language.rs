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
}

/// The shipped languages, in the order `languages.toml` lists them.
#[derive(Debug, Clone, Default)]
pub struct Languages(Vec<Language>);

impl Languages {
    pub fn new(list: Vec<Language>) -> Languages {
        Languages(list)
    }

    pub fn list(&self) -> &[Language] {
        &self.0
    }

    pub fn get(&self, code: &str) -> Option<&Language> {
        self.0.iter().find(|l| l.code == code)
    }

    pub fn has(&self, code: &str) -> bool {
        self.get(code).is_some()
    }

    /// The language's name in itself; the code when it is not shipped.
    pub fn name(&self, code: &str) -> String {
        self.get(code).map(|l| l.name.clone()).unwrap_or_else(|| code.to_owned())
    }

    pub fn is_rtl(&self, code: &str) -> bool {
        self.get(code).is_some_and(|l| l.rtl)
    }
}

//! Every locale held against the message catalogue and the flow: missing and unknown
//! messages, variables the code does not pass, incomplete plural categories. Each
//! problem names its file and line and says what is wrong.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use fluent_syntax::ast;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

use crate::config::Config;
use crate::dialog::Flow;
use crate::i18n::catalog::{self, Catalogue};
use crate::i18n::{line_at, I18n};
use crate::triage::Triage;

/// The ways to the offices as the locales describe them: an office described in some
/// languages and not in others (clients of those get it in the organisation's language,
/// with a note), and descriptions of offices `anlauf.toml` does not have (left over).
pub fn directions_warnings(config: &Config, i18n: &I18n) -> Vec<String> {
    let mut warnings = Vec::new();
    let languages = i18n.languages().list();
    for office in &config.offices {
        let id = crate::config::directions_message(&office.id);
        let missing: Vec<&str> =
            languages.iter().filter(|l| !i18n.has_message(&l.code, &id)).map(|l| l.code.as_str()).collect();
        if !missing.is_empty() && missing.len() < languages.len() {
            warnings.push(format!(
                "office '{}': the way there ({id}) is not written in {}: clients writing those get it in {} with a note",
                office.id,
                missing.join(", "),
                config.organisation.default_language
            ));
        }
    }
    let offices: BTreeSet<String> = config.offices.iter().map(|o| crate::config::directions_message(&o.id)).collect();
    let mut left: BTreeSet<String> = BTreeSet::new();
    for source in i18n.sources() {
        for line in source.text.lines() {
            let Some((id, _)) = line.split_once(" =") else { continue };
            if id.starts_with("office-") && id.ends_with("-directions") && !offices.contains(id) {
                left.insert(format!("{}: '{id}'", source.file.display()));
            }
        }
    }
    if !left.is_empty() {
        warnings.push(format!(
            "the way to offices anlauf.toml does not have (left over; remove them when convenient): {}",
            left.into_iter().collect::<Vec<_>>().join(", ")
        ));
    }
    warnings
}

/// Missing and unknown messages, variables the code does not pass, and incomplete plural
/// categories, for every locale.
/// `triage` is `None` when its files could not be read: the messages that follow from
/// them are then neither required nor reported as unused (one error, not dozens).
pub fn locale_problems(config: &Config, flow: &Flow, triage: Option<&Triage>, i18n: &I18n) -> Vec<String> {
    let mut errors = Vec::new();
    let none = Triage::none();
    let client = catalog::client_messages(flow, triage.unwrap_or(&none));
    // How to find an office is the organisation's to write in the languages it can:
    // what is missing is a warning ([`directions_warnings`]), never an error.
    let is_directions = |id: &str| id.starts_with("office-") && id.ends_with("-directions");
    // Staff name every language a client may speak: the shipped ones and the others.
    let languages = i18n.languages();
    let codes: Vec<String> = languages
        .list()
        .iter()
        .map(|l| l.code.clone())
        .chain(languages.spoken().iter().map(|s| s.code.clone()))
        .collect();
    let staff = catalog::staff_messages(flow, triage.unwrap_or(&none), &codes);
    let from_triage = |id: &str| {
        triage.is_none() && ["referral-kind-", "staff-reason-", "staff-priority-"].iter().any(|p| id.starts_with(p))
    };
    let staff_optional = catalog::staff_optional(flow);
    let digest = consent_digest(i18n);
    if flow.consent_digest.as_deref() != Some(digest.as_str()) {
        errors.push(format!(
            "{}: the consent text is new or changed in some language: give `consent_version` a new value (every \
             consent record keeps the version the client agreed to), then set consent_digest = \"{digest}\"",
            config.paths.dialogs.join("intake.toml").display()
        ));
    }
    let source = usages(i18n, FALLBACK_SOURCE);
    for language in i18n.languages().list() {
        let is_staff = language.code == config.organisation.staff_language;
        let mut expected: Catalogue = client.clone();
        if is_staff {
            expected.extend(staff.clone());
        }
        let files: Vec<_> = i18n.sources().iter().filter(|s| s.language == language.code).collect();
        let main_file =
            files.first().map(|s| s.file.clone()).unwrap_or_else(|| config.paths.locales.join(&language.code));
        let categories = match plural_categories(&language.code) {
            Ok(c) => c,
            Err(e) => {
                errors.push(format!("{}: {e}", main_file.display()));
                BTreeSet::new()
            }
        };
        let mut found: BTreeMap<String, PathBuf> = BTreeMap::new();
        for file in &files {
            for (i, line) in file.text.lines().enumerate() {
                if line.chars().any(crate::i18n::bidi::is_control) {
                    errors.push(format!(
                        "{}:{}: a direction-control character (the application isolates values itself: delete it)",
                        file.file.display(),
                        i + 1
                    ));
                }
            }
        }
        for source_file in &files {
            let resource = match fluent_syntax::parser::parse(source_file.text.as_str()) {
                Ok(r) => r,
                Err((r, _)) => r, // syntax errors were reported when loading
            };
            for entry in &resource.body {
                let ast::Entry::Message(message) = entry else { continue };
                let id = message.id.name;
                let line = message_line(&source_file.text, id);
                let at = format!("{}:{line}", source_file.file.display());
                found.insert(id.to_owned(), source_file.file.clone());
                let optional = if is_staff { staff_optional.get(id) } else { None };
                let Some(allowed) = expected.get(id).or(optional) else {
                    if from_triage(id) || is_directions(id) {
                        continue;
                    }
                    let hint = if !is_staff && staff.contains_key(id) {
                        " (staff messages belong in the staff language only)"
                    } else {
                        ""
                    };
                    errors.push(format!("{at}: message '{id}' is not used by the code or the flow{hint}"));
                    continue;
                };
                let usage = Usage::of(message);
                let dropped = source.get(id).into_iter().flatten().filter(|v| !usage.variables.contains(*v));
                if language.code != FALLBACK_SOURCE {
                    for variable in dropped {
                        errors.push(format!(
                            "{at}: message '{id}' leaves out ${variable}, which the English uses: the client would miss it"
                        ));
                    }
                }
                for variable in &usage.variables {
                    if !allowed.contains(variable) {
                        let passed = if allowed.is_empty() { "none".to_owned() } else { allowed.join(", ") };
                        errors.push(format!(
                            "{at}: message '{id}' uses ${variable}, which the code does not pass (it passes: {passed})"
                        ));
                    }
                }
                for keys in &usage.plural_selects {
                    let missing: Vec<&str> = categories.iter().filter(|c| !keys.contains(**c)).copied().collect();
                    if !missing.is_empty() {
                        errors.push(format!(
                            "{at}: message '{id}' has a plural choice without the categories {} that {} needs",
                            missing.join(", "),
                            language.english
                        ));
                    }
                }
            }
        }
        for id in expected.keys().filter(|id| !found.contains_key(*id)) {
            let file = if id.starts_with("web-") {
                config.paths.locales.join(&language.code).join("dashboard.ftl")
            } else if staff.contains_key(id) {
                config.paths.locales.join(&language.code).join("staff.ftl")
            } else {
                main_file.clone()
            };
            errors.push(format!("{}: message '{id}' is missing", file.display()));
        }
    }
    errors
}

/// A digest (SHA-256, hex) of the consent text in every shipped language, as rendered.
pub fn consent_digest(i18n: &I18n) -> String {
    use sha2::{Digest, Sha256};
    let mut codes: Vec<&str> = i18n.languages().list().iter().map(|l| l.code.as_str()).collect();
    codes.sort_unstable();
    let mut hash = Sha256::new();
    for code in codes {
        let text = crate::text::Text::msg("consent-text").with("org", crate::text::Text::Plain("{org}".into()));
        hash.update(code.as_bytes());
        hash.update(b"\n");
        hash.update(i18n.render(code, &text).as_bytes());
        hash.update(b"\n");
    }
    hash.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// The language every other locale is translated from.
const FALLBACK_SOURCE: &str = "en";

/// The variables each message of a language's files uses, by message id.
fn usages(i18n: &I18n, code: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for source in i18n.sources().iter().filter(|s| s.language == code) {
        let resource = match fluent_syntax::parser::parse(source.text.as_str()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        for entry in &resource.body {
            let ast::Entry::Message(message) = entry else { continue };
            out.insert(message.id.name.to_owned(), Usage::of(message).variables);
        }
    }
    out
}

/// Categories newer CLDR releases added that the plural-rules crate's data predates
/// (French `many`, CLDR 38: "1 000 000 de caractères").
/// (Spanish `many`, CLDR 42: "1 000 000 de caracteres").
const CLDR_SUPPLEMENT: &[(&str, &[&str])] = &[("fr", &["many"]), ("es", &["many"])];

/// The CLDR plural categories a language uses for whole numbers, plus `other`.
pub fn plural_categories(code: &str) -> Result<BTreeSet<&'static str>, String> {
    let langid: LanguageIdentifier =
        crate::i18n::plural_locale(code).parse().map_err(|_| format!("'{code}' is not a language code"))?;
    let rules = PluralRules::create(langid, PluralRuleType::CARDINAL)
        .map_err(|_| format!("no CLDR plural rules known for '{code}'"))?;
    let samples = (0u64..=1100).chain((2..=9).map(|e| 10u64.pow(e))).chain([1_000_001, 2_000_000]);
    let mut categories: BTreeSet<&'static str> =
        samples.filter_map(|n| rules.select(n).ok()).map(category_name).collect();
    categories.insert("other");
    for (language, extra) in CLDR_SUPPLEMENT {
        if *language == code {
            categories.extend(extra.iter().copied());
        }
    }
    Ok(categories)
}

fn category_name(c: PluralCategory) -> &'static str {
    match c {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

const PLURAL_NAMES: [&str; 5] = ["zero", "one", "two", "few", "many"];

fn message_line(text: &str, id: &str) -> usize {
    let needle = format!("\n{id} =");
    if text.starts_with(&format!("{id} =")) {
        return 1;
    }
    text.find(&needle).map(|at| line_at(text, at + 1)).unwrap_or(1)
}

/// The variables a message uses, and the variant keys of each select that chooses by
/// plural category.
#[derive(Default)]
struct Usage {
    variables: BTreeSet<String>,
    plural_selects: Vec<BTreeSet<String>>,
}

impl Usage {
    /// What a message uses, in its value and its attributes.
    fn of(message: &ast::Message<&str>) -> Usage {
        let mut usage = Usage::default();
        if let Some(value) = &message.value {
            usage.pattern(value);
        }
        for attribute in &message.attributes {
            usage.pattern(&attribute.value);
        }
        usage
    }

    fn pattern(&mut self, pattern: &ast::Pattern<&str>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                self.expression(expression);
            }
        }
    }

    fn expression(&mut self, expression: &ast::Expression<&str>) {
        match expression {
            ast::Expression::Inline(inline) => self.inline(inline),
            ast::Expression::Select { selector, variants } => {
                self.inline(selector);
                let keys: BTreeSet<String> = variants
                    .iter()
                    .filter_map(|v| match &v.key {
                        ast::VariantKey::Identifier { name } => Some(name.to_string()),
                        ast::VariantKey::NumberLiteral { .. } => None,
                    })
                    .collect();
                if keys.iter().any(|k| PLURAL_NAMES.contains(&k.as_str())) {
                    self.plural_selects.push(keys);
                }
                for variant in variants {
                    self.pattern(&variant.value);
                }
            }
        }
    }

    fn inline(&mut self, inline: &ast::InlineExpression<&str>) {
        match inline {
            ast::InlineExpression::VariableReference { id } => {
                self.variables.insert(id.name.to_owned());
            }
            ast::InlineExpression::Placeable { expression } => self.expression(expression),
            ast::InlineExpression::FunctionReference { arguments, .. } => self.arguments(arguments),
            ast::InlineExpression::TermReference { arguments: Some(arguments), .. } => self.arguments(arguments),
            _ => {}
        }
    }

    fn arguments(&mut self, arguments: &ast::CallArguments<&str>) {
        for positional in &arguments.positional {
            self.inline(positional);
        }
        for named in &arguments.named {
            self.inline(&named.value);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plural_categories_come_from_cldr() {
        let set = |code| plural_categories(code).unwrap().into_iter().collect::<Vec<_>>();
        assert_eq!(set("ar"), ["few", "many", "one", "other", "two", "zero"]);
        assert_eq!(set("ru"), ["few", "many", "one", "other"]);
        assert_eq!(set("de"), ["one", "other"]);
        assert_eq!(set("fr"), ["many", "one", "other"]);
        for code in ["so", "ku", "ps", "ka", "bs", "ro", "pl", "uk", "fa", "tr"] {
            assert!(plural_categories(code).is_ok(), "{code}");
        }
    }
}

//! The loaded content: configuration, intake flow and messages, read once at start and
//! held against each other. `anlauf check` and the service load it the same way, so a
//! tree the service accepts is exactly a tree `check` passes.

pub mod directory;
pub mod live;
pub mod locales;
pub mod triage;
pub mod urgency;

use std::path::Path;
use std::sync::Arc;

use anyhow::Context;
use chrono::{DateTime, Utc};

use crate::config::Config;
use crate::dialog::{Env, Flow, Labels};
use crate::i18n::{catalog, I18n};
use crate::triage::urgency::Detector;
use crate::triage::Triage;

/// The name of the flow file inside the dialogs folder.
pub const FLOW_FILE: &str = "intake.toml";

///
/// The parts that never change while the service runs are shared (`Arc`), so a content
/// with other offices and counsellors ([`Content::with_directory`]) costs little.
pub struct Content {
    pub config: Config,
    pub flow: Arc<Flow>,
    pub i18n: Arc<I18n>,
    /// Button labels rendered for the engine's matching of typed answers.
    pub labels: Arc<Labels>,
    /// The urgency lexicons and model, run on every typed text.
    pub urgency: Arc<Detector>,
    /// Eligibility and priority rules, and the referral directory.
    pub triage: Arc<Triage>,
    /// Each office's time zone, for laying out the counsellors' slots.
    pub zones: std::collections::BTreeMap<String, chrono_tz::Tz>,
    /// Per office whose way there is described (`office-<id>-directions`): in which
    /// languages, and what to give clients of the others.
    pub directions: std::collections::BTreeMap<String, crate::dialog::Directions>,
}

/// What `check` found: every problem, naming file and line, and the content when it
/// could be loaded (even with problems in it).
pub struct Report {
    pub errors: Vec<String>,
    /// What works but should be looked at (ways to offices not written in every language).
    pub warnings: Vec<String>,
    pub content: Option<Content>,
}

impl Content {
    /// Loads and checks everything; any problem is reported the way `anlauf check`
    /// reports it, naming file and line.
    pub fn load(config_path: &Path) -> anyhow::Result<Content> {
        let report = check(config_path);
        if !report.errors.is_empty() {
            anyhow::bail!("the configuration has problems (run `anlauf check`):\n{}", report.errors.join("\n"));
        }
        report.content.context("checked content is complete")
    }

    pub fn from_parts(config: Config, flow: Flow, i18n: I18n, urgency: Detector, triage: Triage) -> Content {
        let mut labels = Labels::default();
        let plain: Vec<String> = catalog::client_messages(&flow, &triage)
            .into_iter()
            .filter(|(_, args)| args.is_empty())
            .map(|(id, _)| id)
            .collect();
        for language in i18n.languages().list() {
            for id in &plain {
                if let Ok(rendered) = i18n.render_strict(&language.code, &crate::text::Text::msg(id.clone())) {
                    labels.insert(&language.code, id, &rendered);
                }
            }
        }
        Content::assemble(config, Arc::new(flow), Arc::new(i18n), Arc::new(labels), Arc::new(urgency), Arc::new(triage))
    }

    fn assemble(
        config: Config,
        flow: Arc<Flow>,
        i18n: Arc<I18n>,
        labels: Arc<Labels>,
        urgency: Arc<Detector>,
        triage: Arc<Triage>,
    ) -> Content {
        let zones = config.zones();
        let directions = config
            .offices
            .iter()
            .filter_map(|office| {
                let id = crate::config::directions_message(&office.id);
                let languages: std::collections::BTreeSet<String> = i18n
                    .languages()
                    .list()
                    .iter()
                    .filter(|l| i18n.has_message(&l.code, &id))
                    .map(|l| l.code.clone())
                    .collect();
                let fallback = [config.organisation.default_language.as_str(), "en"]
                    .into_iter()
                    .find(|code| languages.contains(*code))
                    .and_then(|code| {
                        Some((code.to_owned(), i18n.render_strict(code, &crate::text::Text::msg(id.clone())).ok()?))
                    });
                (!languages.is_empty()).then(|| (office.id.clone(), crate::dialog::Directions { languages, fallback }))
            })
            .collect();
        Content { config, flow, i18n, labels, urgency, triage, zones, directions }
    }

    /// This content with the offices and counsellors of a directory saved from the
    /// dashboard (`[[office]]` and `[[counsellor]]` tables, as [`crate::config::Config::with_directory`]
    /// reads them), checked as `anlauf check` checks the file; the problem if it does not fit.
    pub fn with_directory(&self, directory: &str) -> Result<Content, String> {
        let config = self.config.with_directory(directory)?;
        let known: Vec<String> = self.flow.topics_step().map(|s| s.options.clone()).unwrap_or_default();
        for counsellor in &config.counsellors {
            if let Some(topic) = counsellor.topics.iter().find(|t| !known.contains(t.get_ref())) {
                return Err(format!("counsellor '{}': unknown topic '{}'", counsellor.id.get_ref(), topic.get_ref()));
            }
        }
        Ok(self.with_config(config))
    }

    /// This content with another configuration (flow, messages and rules shared).
    pub fn with_config(&self, config: Config) -> Content {
        Content::assemble(
            config,
            self.flow.clone(),
            self.i18n.clone(),
            self.labels.clone(),
            self.urgency.clone(),
            self.triage.clone(),
        )
    }

    /// What the engine may read, for one turn at `now`, of a client who submitted
    /// `earlier_intakes` before.
    pub fn env<'a>(&'a self, now: DateTime<Utc>, new_reference: &'a str, earlier_intakes: u32) -> Env<'a> {
        Env {
            flow: &self.flow,
            languages: self.i18n.languages(),
            labels: &self.labels,
            urgency: &self.urgency,
            triage: &self.triage,
            config: &self.config,
            now,
            new_reference,
            earlier_intakes,
            slots: None,
            appointments: &[],
            appointments_known: false,
            directions: &self.directions,
            record: None,
        }
    }

    /// The shipped language that best fits a channel's language tag, or the
    /// organisation's default.
    pub fn negotiate(&self, tag: Option<&str>) -> String {
        self.i18n.negotiate(tag, &self.config.organisation.default_language)
    }
}

/// Loads the configuration, the flow and every locale and holds them against each other.
pub fn check(config_path: &Path) -> Report {
    let mut errors = Vec::new();
    let config = match Config::load(config_path) {
        Ok(c) => c,
        Err(e) => return Report { errors: vec![e.to_string()], warnings: Vec::new(), content: None },
    };
    let flow_path = config.paths.dialogs.join(FLOW_FILE);
    let flow = match std::fs::read_to_string(&flow_path) {
        Err(e) => {
            errors.push(format!("{}: cannot read: {e}", flow_path.display()));
            None
        }
        Ok(text) => match Flow::parse(&text) {
            Ok(flow) => Some(flow),
            Err(flow_errors) => {
                errors.extend(flow_errors.iter().map(|e| match e.line {
                    Some(line) => format!("{}:{line}: {}", flow_path.display(), e.message),
                    None => format!("{}: {}", flow_path.display(), e.message),
                }));
                None
            }
        },
    };
    let i18n = match I18n::load(&config.paths.locales) {
        Ok(i18n) => Some(i18n),
        Err(locale_errors) => {
            errors.extend(locale_errors.iter().map(ToString::to_string));
            None
        }
    };
    let (Some(flow), Some(i18n)) = (flow, i18n) else {
        return Report { errors, warnings: Vec::new(), content: None };
    };
    let mut known_languages = true;
    for (what, code) in [
        ("default_language", &config.organisation.default_language),
        ("staff_language", &config.organisation.staff_language),
    ] {
        if !i18n.has(code) {
            let shipped: Vec<&str> = i18n.languages().list().iter().map(|l| l.code.as_str()).collect();
            errors.push(format!(
                "{}: organisation.{what} '{code}' is not a shipped language (shipped: {})",
                config_path.display(),
                shipped.join(", ")
            ));
            known_languages = false;
        }
    }
    for step in flow.steps.iter().filter(|s| s.kind == crate::dialog::StepKind::Languages) {
        for code in step.options.iter().filter(|c| !i18n.languages().knows(c)) {
            errors.push(format!(
                "{}: step '{}': language '{code}' is neither shipped nor listed as [[spoken]] in {}",
                config.paths.dialogs.join(FLOW_FILE).display(),
                step.id(),
                config.paths.locales.join("languages.toml").display()
            ));
        }
    }
    errors.extend(counsellor_topics(config_path, &config, &flow));
    for counsellor in &config.counsellors {
        for typed in &counsellor.languages {
            if let Err(meant) = i18n.languages().code_of(typed) {
                errors.push(format!(
                    "{}: counsellor '{}': '{typed}' is not a language code anlauf knows{}; \
                     shipped and [[spoken]] codes in {}",
                    config_path.display(),
                    counsellor.id.get_ref(),
                    meant
                        .map(|code| format!(" (did you mean '{code}', {}?)", i18n.languages().name(&code)))
                        .unwrap_or_default(),
                    config.paths.locales.join("languages.toml").display()
                ));
            }
        }
    }
    errors.extend(config.emergency_problems().into_iter().map(|p| format!("{}: {p}", config_path.display())));
    for counsellor in &config.counsellors {
        let counselled = crate::triage::rules::SERVICES.iter().filter(|s| **s != crate::domain::assessment::ELSEWHERE);
        let known: Vec<&str> = counselled.copied().collect();
        if let Some(unknown) = counsellor.services.iter().find(|s| !known.contains(&s.as_str())) {
            errors.push(format!(
                "{}: counsellor '{}': unknown service '{unknown}' (services counselled here: {})",
                config_path.display(),
                counsellor.id.get_ref(),
                known.join(", ")
            ));
        }
    }
    let triage = triage::load(&config.paths.dialogs, &flow, &mut errors);
    // Without a known staff language every staff message would be reported missing:
    // one clear error instead of dozens that follow from it.
    if known_languages {
        errors.extend(locales::locale_problems(&config, &flow, triage.as_ref(), &i18n));
    }
    let triage = triage.unwrap_or_else(Triage::none);
    errors.extend(demo_problems(config_path, &config, &triage));
    let codes: Vec<String> = i18n.languages().list().iter().map(|l| l.code.clone()).collect();
    let detector = urgency::load(&config.paths.dialogs.join("urgency"), &codes).unwrap_or_else(|problems| {
        errors.extend(problems);
        Detector::default()
    });
    let warnings = locales::directions_warnings(&config, &i18n);
    Report { errors, warnings, content: Some(Content::from_parts(config, flow, i18n, detector, triage)) }
}

/// Demo data next to an organisation of one's own: every entry still marked
/// `demo = true` would send real clients to fictional places.
fn demo_problems(config_path: &Path, config: &Config, triage: &Triage) -> Vec<String> {
    let organisation = &config.organisation;
    let file = config_path.display();
    if organisation.demo {
        if organisation.name == crate::config::DEMO_NAME {
            return Vec::new();
        }
        return vec![format!(
            "{file}: [organisation] '{}' is marked demo = true: an organisation of your own has no demo line \
             (remove it, then replace every entry still marked demo = true)",
            organisation.name
        )];
    }
    let mut problems = Vec::new();
    let mut demo = |what: &str, id: &str, place: String| {
        problems.push(format!(
            "{place}: {what} '{id}' is demo data (demo = true) next to your organisation '{}': \
             replace it with your own or remove it",
            organisation.name
        ));
    };
    for office in config.offices.iter().filter(|o| o.demo) {
        demo("[[office]]", &office.id, file.to_string());
    }
    for counsellor in config.counsellors.iter().filter(|c| c.demo) {
        demo("[[counsellor]]", counsellor.id.get_ref(), file.to_string());
    }
    for place in config.emergency.iter().filter(|e| e.demo) {
        demo("[[emergency]]", &place.name, file.to_string());
    }
    let referrals = config.paths.dialogs.join(triage::REFERRALS_FILE);
    for service in triage.directory.services.iter().filter(|s| s.demo) {
        demo("referral [[service]]", service.id.get_ref(), referrals.display().to_string());
    }
    problems
}

/// Topics a counsellor takes that the flow does not have, with the line in `anlauf.toml`.
fn counsellor_topics(config_path: &Path, config: &Config, flow: &Flow) -> Vec<String> {
    let known: Vec<String> = flow.topics_step().map(|s| s.options.clone()).unwrap_or_default();
    let text = std::fs::read_to_string(config_path).unwrap_or_default();
    let mut errors = Vec::new();
    for counsellor in &config.counsellors {
        for topic in counsellor.topics.iter().filter(|t| !known.contains(t.get_ref())) {
            errors.push(format!(
                "{}:{}: counsellor '{}': unknown topic '{}' (topics: {})",
                config_path.display(),
                crate::triage::rules::line_of(&text, topic.span().start),
                counsellor.id.get_ref(),
                topic.get_ref(),
                known.join(", ")
            ));
        }
    }
    errors
}

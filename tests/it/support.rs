//! Shared set-up: the shipped content, a fresh SQLite-backed service, and a client that
//! talks to the pure engine directly.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use anlauf::content::Content;
use anlauf::dialog::{engine, Input, Outcome, Stored};
use anlauf::service::Service;
use chrono::{DateTime, Utc};
use tempfile::TempDir;

pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

pub fn config_path() -> PathBuf {
    root().join("anlauf.toml")
}

pub fn content() -> Arc<Content> {
    static CONTENT: OnceLock<Arc<Content>> = OnceLock::new();
    CONTENT.get_or_init(|| Arc::new(Content::load(&config_path()).expect("shipped content is valid"))).clone()
}

pub fn at(text: &str) -> DateTime<Utc> {
    text.parse().expect("a UTC timestamp")
}

pub struct Db {
    /// Kept so the folder lives as long as the database.
    pub _dir: TempDir,
    pub url: String,
}

pub fn fresh_db() -> Db {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite://{}", dir.path().join("anlauf.db").display());
    Db { _dir: dir, url }
}

pub async fn service(db: &Db) -> Service {
    let store = anlauf::store::connect(&db.url).await.expect("sqlite store opens");
    Service::new(content(), store)
}

pub async fn sqlite_pool(db: &Db) -> sqlx::SqlitePool {
    sqlx::SqlitePool::connect(&db.url).await.expect("second connection to the test database")
}

/// A client talking to the pure engine, keeping the state the way the store would.
pub struct EngineClient {
    /// The shipped content, or a synthetic flow with the shipped messages.
    pub content: Arc<Content>,
    /// Whether every reply must render cleanly (the shipped flow names only shipped messages).
    pub strict: bool,
    pub state: Stored,
    pub language_hint: Option<String>,
    pub now: DateTime<Utc>,
    pub last: Option<Outcome>,
    pub reference: String,
}

impl EngineClient {
    pub fn new(language_hint: Option<&str>) -> EngineClient {
        EngineClient::with_content(content(), true, language_hint)
    }

    /// A client of a synthetic flow, given as the text of a flow file, with the shipped
    /// configuration and messages: navigation tests that do not change with the wording
    /// or order of the shipped questions.
    pub fn synthetic(flow: &str, language_hint: Option<&str>) -> EngineClient {
        let flow = anlauf::dialog::Flow::parse(flow).unwrap_or_else(|e| panic!("synthetic flow: {e:?}"));
        let shipped = content();
        let i18n = anlauf::i18n::I18n::load(&shipped.config.paths.locales).expect("shipped locales");
        let content = Content::from_parts(
            shipped.config.clone(),
            flow,
            i18n,
            shipped.lexicons.clone(),
            anlauf::triage::Triage::none(),
        );
        EngineClient::with_content(Arc::new(content), false, language_hint)
    }

    fn with_content(content: Arc<Content>, strict: bool, language_hint: Option<&str>) -> EngineClient {
        EngineClient {
            content,
            strict,
            state: Stored::Fresh,
            language_hint: language_hint.map(str::to_owned),
            now: at("2026-11-22T09:30:00Z"),
            last: None,
            reference: "TEST-0001".into(),
        }
    }

    pub fn send(&mut self, input: Input) -> Outcome {
        let content = self.content.clone();
        let env = content.env(self.now, &self.reference, 0);
        let state = std::mem::replace(&mut self.state, Stored::Fresh);
        let outcome = engine::handle(&env, state, input, &content.negotiate(self.language_hint.as_deref()));
        // Every reply must render cleanly in the conversation's language.
        for reply in &outcome.replies {
            if self.strict {
                content.i18n.render_strict(&outcome.language, &reply.text).unwrap_or_else(|e| panic!("{e:?}"));
            }
            for button in reply.buttons.iter().flatten().chain(&reply.nav) {
                if self.strict {
                    content.i18n.render_strict(&outcome.language, &button.label).unwrap_or_else(|e| panic!("{e:?}"));
                }
                assert!(button.data.len() <= 64, "callback data over Telegram's limit: {}", button.data);
            }
        }
        self.state = match &outcome.state {
            Some(state) => Stored::State(state.clone()),
            None => Stored::Fresh,
        };
        self.last = Some(outcome.clone());
        outcome
    }

    pub fn text(&mut self, text: &str) -> Outcome {
        self.send(Input::from_typed(text))
    }

    /// Presses the button with this action (`o:housing`, `y`, `d`) on the last reply.
    pub fn press(&mut self, action: &str) -> Outcome {
        let data =
            self.button_data(action).unwrap_or_else(|| panic!("no button '{action}' on screen: {:?}", self.last));
        self.send(Input::Button(data))
    }

    pub fn button_data(&self, action: &str) -> Option<String> {
        let last = self.last.as_ref()?;
        last.replies
            .iter()
            .flat_map(|r| r.buttons.iter().flatten().chain(&r.nav))
            .find(|b| b.data.split_once(':').is_some_and(|(_, a)| a == action))
            .map(|b| b.data.clone())
    }

    /// The text of the last outcome's replies in their language.
    pub fn screen(&self) -> String {
        let content = &self.content;
        let Some(last) = &self.last else { return String::new() };
        last.replies.iter().map(|r| content.i18n.render(&last.language, &r.text)).collect::<Vec<_>>().join("\n---\n")
    }
}

/// Renders a message in a language, for comparing with what a client saw.
pub fn say(language: &str, text: &anlauf::text::Text) -> String {
    content().i18n.render_strict(language, text).expect("message renders")
}

/// Where an engine client's conversation stands.
pub fn phase(client: &EngineClient) -> anlauf::dialog::Phase {
    match &client.state {
        Stored::State(s) => s.phase.clone(),
        other => panic!("no state: {other:?}"),
    }
}

pub fn asking(step: &str) -> anlauf::dialog::Phase {
    anlauf::dialog::Phase::Asking { step: step.into() }
}

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
    /// Kept so the folder lives as long as the database (SQLite).
    pub _dir: Option<TempDir>,
    pub url: String,
    /// The PostgreSQL schema of this test, dropped with it.
    schema: Option<String>,
}

/// A SQLite database file at `path` (its folder kept by the caller).
pub fn sqlite_at(path: &Path) -> Db {
    Db { _dir: None, url: format!("sqlite://{}", path.display()), schema: None }
}

/// A fresh SQLite database for one test, made as an administrator makes one
/// (`anlauf migrate`): the commands on stored data refuse a file that is not there.
pub fn fresh_db() -> Db {
    let db = new_db();
    let made = std::process::Command::new(env!("CARGO_BIN_EXE_anlauf"))
        .args(["migrate", "--database-url", &db.url])
        .output()
        .expect("anlauf migrate");
    assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
    db
}

/// Where a fresh SQLite database for one test would be, not made yet.
pub fn new_db() -> Db {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite://{}", dir.path().join("anlauf.db").display());
    Db { _dir: Some(dir), url, schema: None }
}

/// The PostgreSQL server the tests use: ANLAUF_TEST_POSTGRES_URL, or the local one.
pub fn postgres_url() -> String {
    std::env::var("ANLAUF_TEST_POSTGRES_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into())
}

/// A fresh PostgreSQL database for one test: a schema of its own on the test server,
/// dropped when the test ends. `None` (with a note) when no server answers, except in
/// CI (`CI=true`), where that fails the test.
pub async fn fresh_postgres() -> Option<Db> {
    let admin = match admin_pool().await {
        Ok(pool) => pool,
        Err(error) if std::env::var("CI").as_deref() != Ok("true") => {
            eprintln!(
                "NOTE: PostgreSQL not reachable at {} ({error}); the PostgreSQL test did not run",
                postgres_url()
            );
            return None;
        }
        Err(error) => panic!("PostgreSQL at {}: {error}", postgres_url()),
    };
    let schema = format!("anlauf_t_{:016x}", rand::random::<u64>());
    sqlx::query(&format!("CREATE SCHEMA {schema}")).execute(&admin).await.expect("test schema");
    admin.close().await;
    let base = postgres_url();
    let separator = if base.contains('?') { '&' } else { '?' };
    let url = format!("{base}{separator}options=-c%20search_path%3D{schema}");
    Some(Db { _dir: None, url, schema: Some(schema) })
}

async fn admin_pool() -> Result<sqlx::PgPool, sqlx::Error> {
    sqlx::postgres::PgPoolOptions::new()
        .max_connections(1)
        .acquire_timeout(std::time::Duration::from_secs(5))
        .connect(&postgres_url())
        .await
}

impl Drop for Db {
    fn drop(&mut self) {
        let Some(schema) = self.schema.take() else { return };
        // Drop is not async: a thread of its own with a runtime of its own.
        let dropped = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().ok()?;
            runtime.block_on(async {
                let admin = admin_pool().await.ok()?;
                sqlx::query(&format!("DROP SCHEMA IF EXISTS {schema} CASCADE")).execute(&admin).await.ok()?;
                admin.close().await;
                Some(())
            })
        });
        let _ = dropped.join();
    }
}

impl Db {
    pub fn is_postgres(&self) -> bool {
        self.schema.is_some()
    }

    /// A second connection to the test database, to look at what is stored.
    pub async fn probe(&self) -> Probe {
        if self.is_postgres() {
            Probe::Postgres(sqlx::PgPool::connect(&self.url).await.expect("second connection to the test database"))
        } else {
            Probe::Sqlite(sqlite_pool(self).await)
        }
    }

    /// A number the test database answers (`SELECT count(*) …`), on either backend.
    pub async fn number(&self, sql: &str) -> i64 {
        let probe = self.probe().await;
        let n = probe.number(sql).await;
        probe.close().await;
        n
    }

    /// Runs a statement on the test database, on either backend: the database's own
    /// words if it refuses.
    pub async fn try_execute(&self, sql: &str) -> Result<u64, String> {
        let probe = self.probe().await;
        let done = probe.try_execute(sql).await;
        probe.close().await;
        done
    }

    /// The rows of a query whose columns are all text (cast JSON with `CAST(… AS TEXT)`).
    pub async fn texts(&self, sql: &str) -> Vec<Vec<String>> {
        let probe = self.probe().await;
        let rows = probe.texts(sql).await;
        probe.close().await;
        rows
    }

    /// The first column of a query's rows, as text.
    pub async fn column(&self, sql: &str) -> Vec<String> {
        self.texts(sql).await.into_iter().map(|mut row| row.swap_remove(0)).collect()
    }
}

/// A connection to the test database of either backend. Statements are written once
/// for both: `$1` binds the one time parameter of [`Probe::number_at`].
#[derive(Clone)]
pub enum Probe {
    Sqlite(sqlx::SqlitePool),
    Postgres(sqlx::PgPool),
}

impl Probe {
    pub async fn number(&self, sql: &str) -> i64 {
        match self {
            Probe::Sqlite(pool) => sqlx::query_scalar(sql).fetch_one(pool).await.expect(sql),
            Probe::Postgres(pool) => sqlx::query_scalar(sql).fetch_one(pool).await.expect(sql),
        }
    }

    /// A number, or `None` while the database cannot answer (a test looking while the
    /// bot writes).
    pub async fn try_number(&self, sql: &str) -> Option<i64> {
        match self {
            Probe::Sqlite(pool) => sqlx::query_scalar(sql).fetch_one(pool).await.ok(),
            Probe::Postgres(pool) => sqlx::query_scalar(sql).fetch_one(pool).await.ok(),
        }
    }

    /// [`Probe::try_number`] with `$1` bound to a time.
    pub async fn number_at(&self, sql: &str, at: DateTime<Utc>) -> Option<i64> {
        match self {
            Probe::Sqlite(pool) => sqlx::query_scalar(sql).bind(at).fetch_one(pool).await.ok(),
            Probe::Postgres(pool) => sqlx::query_scalar(sql).bind(at).fetch_one(pool).await.ok(),
        }
    }

    pub async fn try_execute(&self, sql: &str) -> Result<u64, String> {
        let done = match self {
            Probe::Sqlite(pool) => sqlx::query(sql).execute(pool).await.map(|r| r.rows_affected()),
            Probe::Postgres(pool) => sqlx::query(sql).execute(pool).await.map(|r| r.rows_affected()),
        };
        done.map_err(|e| e.to_string())
    }

    pub async fn texts(&self, sql: &str) -> Vec<Vec<String>> {
        use sqlx::Row;
        fn all<R: Row>(rows: Vec<R>) -> Vec<Vec<String>>
        where
            usize: sqlx::ColumnIndex<R>,
            for<'r> String: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
        {
            rows.iter().map(|row| (0..row.len()).map(|i| row.get::<String, _>(i)).collect()).collect()
        }
        match self {
            Probe::Sqlite(pool) => all(sqlx::query(sql).fetch_all(pool).await.expect(sql)),
            Probe::Postgres(pool) => all(sqlx::query(sql).fetch_all(pool).await.expect(sql)),
        }
    }

    pub async fn close(&self) {
        match self {
            Probe::Sqlite(pool) => pool.close().await,
            Probe::Postgres(pool) => pool.close().await,
        }
    }
}

/// Tests that every store must pass: each runs once on SQLite and once on PostgreSQL
/// (`<name>::sqlite`, `<name>::postgres`). An `async fn` runs on a runtime with two
/// workers; a plain `fn` (a test of the executable) runs on the test's thread.
#[macro_export]
macro_rules! contract {
    () => {};
    ($(#[$meta:meta])* fn $name:ident($db:ident: Db) $body:block $($rest:tt)*) => {
        $(#[$meta])*
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            fn run($db: $crate::support::Db) $body

            #[test]
            fn sqlite() {
                run($crate::support::fresh_db())
            }

            #[test]
            fn postgres() {
                let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
                if let Some(db) = runtime.block_on($crate::support::fresh_postgres()) {
                    run(db)
                }
            }
        }
        $crate::contract! { $($rest)* }
    };
    ($(#[$meta:meta])* async fn $name:ident($db:ident: Db) $body:block $($rest:tt)*) => {
        $crate::contract! { @async $(#[$meta])* async fn $name($db: Db) $body }
        $crate::contract! { $($rest)* }
    };
    (@async $( $(#[$meta:meta])* async fn $name:ident($db:ident: Db) $body:block )*) => {
        $(
            $(#[$meta])*
            mod $name {
                #[allow(unused_imports)]
                use super::*;

                async fn run($db: $crate::support::Db) $body

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn sqlite() {
                    run($crate::support::fresh_db()).await
                }

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn postgres() {
                    if let Some(db) = $crate::support::fresh_postgres().await {
                        run(db).await
                    }
                }
            }
        )*
    };
}

pub async fn service(db: &Db) -> Service {
    let store = anlauf::store::connect(&db.url).await.expect("the store opens");
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
            (*shipped.urgency).clone(),
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

    /// Picks a language at the language question, opening "more languages" first when
    /// it is not among the likely ones shown.
    pub fn choose_language(&mut self, code: &str) -> Outcome {
        let action = format!("l:{code}");
        if self.button_data(&action).is_none() {
            self.press("v");
        }
        self.press(&action)
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

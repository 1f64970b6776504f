//! The staff dashboard over HTTP: `anlauf serve` in-process, a client that keeps its
//! cookies like a browser, accounts made with `anlauf staff add` (the real executable).

use std::collections::HashMap;
use std::process::Command;

use anlauf::serve::{Options, Receive};
use anlauf::service::Service;
use reqwest::header::{CACHE_CONTROL, COOKIE, LOCATION, SET_COOKIE};
use reqwest::redirect::Policy;
use tokio::sync::watch;

use crate::support::{self, Db};

/// The dashboard of a fresh `anlauf serve` (no Telegram token) on the test database.
pub(crate) struct Dashboard {
    pub(crate) base: String,
    stop: watch::Sender<bool>,
    task: tokio::task::JoinHandle<anyhow::Result<()>>,
}

impl Dashboard {
    pub(crate) async fn start(db: &Db) -> Dashboard {
        let store = anlauf::store::connect(&db.url).await.unwrap();
        let service = Service::new(support::content(), store);
        let options = Options {
            token: None,
            api_url: None,
            receive: Receive::Polling,
            feed_secret: None,
            web: Default::default(),
        };
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let (stop, stopped) = watch::channel(false);
        let task = tokio::spawn(anlauf::serve::run(service, options, listener, stopped));
        Dashboard { base, stop, task }
    }

    pub(crate) async fn stop(self) {
        self.stop.send(true).unwrap();
        self.task.await.unwrap().unwrap();
    }
}

#[test]
fn an_account_cannot_take_a_name_the_history_uses_for_others_or_one_taken() {
    let db = support::fresh_db();
    staff_add(&db, "Amira Haddad", "amira@beratung.example", "admin");
    for (name, email) in
        [("System", "s@beratung.example"), ("client", "c@beratung.example"), ("Amira Haddad", "a2@beratung.example")]
    {
        let out = Command::new(env!("CARGO_BIN_EXE_anlauf"))
            .arg("--config")
            .arg(support::config_path())
            .args(["staff", "add", "--name", name, "--email", email, "--role", "counsellor"])
            .env("ANLAUF_DATABASE_URL", &db.url)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(3), "{name}: {}", String::from_utf8_lossy(&out.stdout));
    }
}

/// An account made with `anlauf staff add`: its one-time password.
pub(crate) fn staff_add(db: &Db, name: &str, email: &str, role: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_anlauf"))
        .arg("--config")
        .arg(support::config_path())
        .args(["staff", "add", "--name", name, "--email", email, "--role", role])
        .env("ANLAUF_DATABASE_URL", &db.url)
        .output()
        .unwrap();
    let printed = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(out.status.success(), "{printed}{}", String::from_utf8_lossy(&out.stderr));
    assert!(printed.starts_with(&format!("Zugang für {name}")), "{printed}");
    printed.lines().last().unwrap().to_owned()
}

/// A browser: keeps cookies, follows no redirects by itself.
pub(crate) struct Browser {
    base: String,
    http: reqwest::Client,
    cookies: HashMap<String, String>,
}

pub(crate) struct Page {
    pub(crate) status: u16,
    pub(crate) location: Option<String>,
    cache: Option<String>,
    pub(crate) body: String,
}

impl Page {
    /// The value of the first hidden `csrf` field.
    pub(crate) fn csrf(&self) -> String {
        let at = self.body.find("name=\"csrf\" value=\"").expect("a form with a CSRF token") + 19;
        self.body[at..].split('"').next().unwrap().to_owned()
    }
}

impl Browser {
    pub(crate) fn new(dashboard: &Dashboard) -> Browser {
        Browser::at(&dashboard.base)
    }

    /// A browser for the dashboard at `base` (`http://127.0.0.1:port`).
    pub(crate) fn at(base: &str) -> Browser {
        let http = reqwest::Client::builder().redirect(Policy::none()).build().unwrap();
        Browser { base: base.to_owned(), http, cookies: HashMap::new() }
    }

    async fn send(&mut self, request: reqwest::RequestBuilder) -> Page {
        let cookies: Vec<String> = self.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect();
        let request = if cookies.is_empty() { request } else { request.header(COOKIE, cookies.join("; ")) };
        let response = request.send().await.unwrap();
        for set in response.headers().get_all(SET_COOKIE) {
            let set = set.to_str().unwrap();
            assert!(set.contains("HttpOnly") && set.contains("SameSite=Strict"), "{set}");
            let (pair, _) = set.split_once(';').unwrap();
            let (name, value) = pair.split_once('=').unwrap();
            if value.is_empty() {
                self.cookies.remove(name);
            } else {
                self.cookies.insert(name.to_owned(), value.to_owned());
            }
        }
        let header =
            |name| response.headers().get(name).map(|v: &reqwest::header::HeaderValue| v.to_str().unwrap().to_owned());
        let (location, cache) = (header(LOCATION), header(CACHE_CONTROL));
        Page { status: response.status().as_u16(), location, cache, body: response.text().await.unwrap() }
    }

    pub(crate) async fn get(&mut self, path: &str) -> Page {
        let request = self.http.get(format!("{}{path}", self.base));
        self.send(request).await
    }

    pub(crate) async fn post(&mut self, path: &str, form: &[(&str, &str)]) -> Page {
        let request = self.http.post(format!("{}{path}", self.base)).form(form);
        self.send(request).await
    }

    /// Signs in through the form; the answer to the form.
    pub(crate) async fn sign_in(&mut self, email: &str, password: &str) -> Page {
        let form = self.get("/login").await;
        let csrf = form.csrf();
        self.post("/login", &[("email", email), ("password", password), ("csrf", &csrf), ("next", "/queue")]).await
    }

    /// Signs in with a one-time password and sets `new`.
    pub(crate) async fn first_sign_in(&mut self, email: &str, once: &str, new: &str) {
        let answer = self.sign_in(email, once).await;
        assert_eq!((answer.status, answer.location.as_deref()), (303, Some("/password")));
        let form = self.get("/password").await;
        assert!(form.body.contains("Einmalpasswort"), "{}", form.body);
        let csrf = form.csrf();
        let changed =
            self.post("/password", &[("csrf", &csrf), ("current", once), ("new", new), ("repeat", new)]).await;
        assert_eq!((changed.status, changed.location.as_deref()), (303, Some("/queue")), "{}", changed.body);
    }
}

pub(crate) const NEW_PASSWORD: &str = "lange-genug-und-eigen";

crate::contract! {
    async fn every_page_and_action_without_a_session_goes_to_the_sign_in(db: Db) {
        let dashboard = Dashboard::start(&db).await;
        let mut browser = Browser::new(&dashboard);
        for path in ["/", "/queue", "/queue?status=new", "/cases/1", "/password", "/admin/staff", "/admin/audit", "/admin/directory", "/admin/counsellors/amira"] {
            let page = browser.get(path).await;
            assert_eq!(page.status, 303, "{path}");
            let expected = format!("/login?next={}", form_urlencoded::byte_serialize(path.as_bytes()).collect::<String>());
            assert_eq!(page.location.as_deref(), Some(expected.as_str()), "{path}");
        }
        for path in ["/logout", "/cases/1/claim", "/cases/1/note", "/admin/staff", "/admin/staff/1/reset", "/password"] {
            let page = browser.post(path, &[("csrf", "x")]).await;
            assert_eq!((page.status, page.location.as_deref()), (303, Some("/login?next=%2Fqueue")), "{path}");
        }
        // After signing in, only a path of this site: a tab a browser drops makes none.
        for (next, to) in [("/cases/1", "/cases/1"), ("/\t/evil.example", "/queue"), ("//evil.example", "/queue"), ("https://evil.example", "/queue")] {
            let login = browser.get(&format!("/login?next={}", form_urlencoded::byte_serialize(next.as_bytes()).collect::<String>())).await;
            assert!(login.body.contains(&format!("name=\"next\" value=\"{to}\"")), "{next:?} goes to {to}");
        }
        // A forged cookie is no session.
        browser.cookies.insert(anlauf::web::auth::COOKIE.into(), "0".repeat(64));
        assert_eq!(browser.get("/queue").await.status, 303);
        let login = browser.get("/login").await;
        assert_eq!(login.status, 200);
        assert!(login.body.contains("<html lang=\"de\">") && login.body.contains("Anmelden"), "{}", login.body);
        dashboard.stop().await;
    }
}

crate::contract! {
    async fn the_sixth_wrong_password_within_a_minute_is_throttled(db: Db) {
        let password = staff_add(&db, "Jonas Berg", "jonas@beratung.example", "counsellor");
        let dashboard = Dashboard::start(&db).await;
        let mut browser = Browser::new(&dashboard);
        for attempt in 1..=5 {
            let page = browser.sign_in("jonas@beratung.example", "falsch").await;
            assert_eq!(page.status, 401, "attempt {attempt}");
            assert!(page.body.contains("E-Mail oder Passwort stimmt nicht."), "{}", page.body);
        }
        let sixth = browser.sign_in("Jonas@Beratung.example", &password).await;
        assert_eq!(sixth.status, 429, "even the right password waits");
        assert!(sixth.body.contains("Bitte warten Sie eine Minute"), "{}", sixth.body);
        assert!(!browser.cookies.contains_key(anlauf::web::auth::COOKIE));
        // Another login is not held up by it.
        let unknown = browser.sign_in("niemand@beratung.example", "falsch").await;
        assert_eq!(unknown.status, 401, "an unknown login reads like a wrong password");
        // Attempts at the same moment count each other: of ten, five are looked at.
        let other = staff_add(&db, "Nino Beridze", "nino@beratung.example", "counsellor");
        let mut attempts = tokio::task::JoinSet::new();
        for _ in 0..10 {
            let mut browser = Browser::new(&dashboard);
            attempts.spawn(async move { browser.sign_in("nino@beratung.example", "falsch").await.status });
        }
        let mut statuses = Vec::new();
        while let Some(status) = attempts.join_next().await {
            statuses.push(status.unwrap());
        }
        statuses.sort_unstable();
        assert_eq!(statuses, [401, 401, 401, 401, 401, 429, 429, 429, 429, 429], "throttled together");
        assert_eq!(browser.sign_in("nino@beratung.example", &other).await.status, 429);
        // Only failures count: a right password takes its attempt back.
        let third = staff_add(&db, "Lena Vogt", "lena@beratung.example", "counsellor");
        for _ in 0..6 {
            let mut fresh = Browser::new(&dashboard);
            let page = fresh.sign_in("lena@beratung.example", &third).await;
            assert_eq!((page.status, page.location.as_deref()), (303, Some("/password")));
        }
        dashboard.stop().await;
    }
}

crate::contract! {
    async fn a_form_without_the_sessions_csrf_token_is_refused_and_changes_nothing(db: Db) {
        crate::cli::with_one_intake(&db);
        let once = staff_add(&db, "Amira Haddad", "amira@beratung.example", "counsellor");
        let dashboard = Dashboard::start(&db).await;
        let mut browser = Browser::new(&dashboard);
        browser.first_sign_in("amira@beratung.example", &once, NEW_PASSWORD).await;
        for csrf in [None, Some("0".repeat(64))] {
            let mut form = vec![("note", "Rückruf")];
            if let Some(csrf) = &csrf {
                form.push(("csrf", csrf));
            }
            let refused = browser.post("/cases/1/note", &form).await;
            assert_eq!(refused.status, 403, "{csrf:?}");
            assert!(refused.body.contains("Das Formular war veraltet"), "{}", refused.body);
        }
        assert_eq!(db.number("SELECT count(*) FROM case_history WHERE action = 'note'").await, 0);
        // The sign-in form has its own token: a login posted from elsewhere is refused.
        let mut stranger = Browser::new(&dashboard);
        let forged = stranger
            .post("/login", &[("email", "amira@beratung.example"), ("password", NEW_PASSWORD), ("csrf", "x")])
            .await;
        assert_eq!(forged.status, 403);
        assert!(!stranger.cookies.contains_key(anlauf::web::auth::COOKIE));
        dashboard.stop().await;
    }
}

crate::contract! {
    async fn a_counsellor_gets_403_on_admin_pages_and_an_admin_adds_staff(db: Db) {
        let counsellor = staff_add(&db, "Jonas Berg", "jonas@beratung.example", "counsellor");
        let admin = staff_add(&db, "Petra Lang", "petra@beratung.example", "admin");
        let dashboard = Dashboard::start(&db).await;
        let mut jonas = Browser::new(&dashboard);
        jonas.first_sign_in("jonas@beratung.example", &counsellor, NEW_PASSWORD).await;
        for path in ["/admin/staff", "/admin/audit"] {
            let page = jonas.get(path).await;
            assert_eq!(page.status, 403, "{path}");
            assert!(page.body.contains("der Verwaltung vorbehalten"), "{}", page.body);
        }
        let queue = jonas.get("/queue").await;
        assert!(!queue.body.contains("/admin/staff"), "no admin links for a counsellor");
        let csrf = queue.csrf();
        let refused = jonas.post("/admin/staff", &[("csrf", &csrf), ("name", "X"), ("email", "x@y.example"), ("role", "admin")]).await;
        assert_eq!(refused.status, 403);

        let mut petra = Browser::new(&dashboard);
        petra.first_sign_in("petra@beratung.example", &admin, "ein-anderes-passwort").await;
        let staff = petra.get("/admin/staff").await;
        assert_eq!(staff.status, 200);
        assert!(staff.body.contains("jonas@beratung.example") && staff.body.contains("Beratung"), "{}", staff.body);
        let csrf = staff.csrf();
        let added = petra
            .post("/admin/staff", &[("csrf", &csrf), ("name", "Nino Beridze"), ("email", "nino@beratung.example"), ("role", "counsellor"), ("counsellor", "nino")])
            .await;
        assert_eq!(added.status, 200, "{}", added.body);
        let at = added.body.find("id=\"one-time-password\">").expect("the one-time password, shown once") + 23;
        let once = added.body[at..].split('<').next().unwrap().to_owned();
        let mut nino = Browser::new(&dashboard);
        nino.first_sign_in("nino@beratung.example", &once, "nino-eigenes-passwort").await;
        let audit = petra.get("/admin/audit").await;
        for expected in ["Zugang angelegt", "nino@beratung.example", "Passwort geändert", "angemeldet"] {
            assert!(audit.body.contains(expected), "{expected} in the audit log");
        }
        dashboard.stop().await;
    }
}

crate::contract! {
    async fn after_logging_out_no_page_comes_from_a_cache_and_the_old_cookie_opens_nothing(db: Db) {
        crate::cli::with_one_intake(&db);
        let once = staff_add(&db, "Amira Haddad", "amira@beratung.example", "counsellor");
        let dashboard = Dashboard::start(&db).await;
        let mut browser = Browser::new(&dashboard);
        browser.first_sign_in("amira@beratung.example", &once, NEW_PASSWORD).await;
        for path in ["/queue", "/cases/1", "/password"] {
            let page = browser.get(path).await;
            assert_eq!(page.status, 200, "{path}: {}", page.body);
            assert_eq!(page.cache.as_deref(), Some("no-store"), "{path}");
        }
        let old = browser.cookies.get(anlauf::web::auth::COOKIE).cloned().unwrap();
        let csrf = browser.get("/queue").await.csrf();
        let out = browser.post("/logout", &[("csrf", &csrf)]).await;
        assert_eq!((out.status, out.location.as_deref()), (303, Some("/login")));
        assert!(!browser.cookies.contains_key(anlauf::web::auth::COOKIE), "the cookie is cleared");
        browser.cookies.insert(anlauf::web::auth::COOKIE.into(), old);
        let again = browser.get("/cases/1").await;
        assert_eq!((again.status, again.location.as_deref()), (303, Some("/login?next=%2Fcases%2F1")));
        assert_eq!(again.cache.as_deref(), Some("no-store"));
        dashboard.stop().await;
    }
}

crate::contract! {
    async fn an_urgent_arabic_intake_tops_the_queue_and_is_worked_on_in_the_browser(db: Db) {
        crate::cli::with_one_intake(&db);
        let (typed, _) = crate::terminal::deadline();
        let words = "عندي رسالة من مكتب الأجانب، Termin am Montag";
        let script = ["1", "1", "1", "12", "17", "3", "2019", "3", "1", "1", &typed, words, "2", "0151 2345678", "1", "26", "1"];
        crate::terminal::chat(&db, "ar", "amal", &script);
        let reference = db.column("SELECT reference FROM intakes WHERE language = 'ar'").await.remove(0);
        let once = staff_add(&db, "Amira Haddad", "amira@beratung.example", "admin");
        let dashboard = Dashboard::start(&db).await;
        let mut browser = Browser::new(&dashboard);
        browser.first_sign_in("amira@beratung.example", &once, NEW_PASSWORD).await;

        let queue = browser.get("/queue").await;
        let first = queue.body.find("data-reference=").expect("a case in the queue");
        assert!(queue.body[first..].starts_with(&format!("data-reference=\"{reference}\"")), "urgent first");
        assert!(queue.body.contains("class=\"case urgent alarm\""), "a new urgent case stands out");
        assert!(queue.body.contains("http-equiv=\"refresh\""), "it refreshes itself at the same address");
        assert!(queue.body.contains("neu <b>2</b>"), "counts per status: {}", queue.body);
        let filtered = browser.get("/queue?language=de").await;
        assert!(!filtered.body.contains(&reference) && filtered.body.contains("data-reference="), "the filter holds");
        assert!(filtered.body.contains("<option value=\"de\" selected>"), "and is shown");

        let case = browser.get(&format!("/cases/{reference}")).await;
        assert_eq!(case.status, 200);
        assert!(case.body.contains(&format!("lang=\"ar\" dir=\"rtl\">{words}</blockquote>")), "verbatim, right to left");
        let csrf = case.csrf();
        let claim = browser.post(&format!("/cases/{reference}/claim"), &[("csrf", &csrf)]).await;
        assert_eq!((claim.status, claim.location.clone()), (303, Some(format!("/cases/{reference}"))));
        let mine = browser.get("/queue?mine=1").await;
        assert!(mine.body.contains(&format!("data-reference=\"{reference}\"")), "claimed: mine");
        assert_eq!(mine.body.matches("data-reference=").count(), 1, "and only that one");
        let note = browser.post(&format!("/cases/{reference}/note"), &[("csrf", &csrf), ("note", "Rückruf <b>morgen</b>")]).await;
        assert_eq!(note.status, 303);
        let target = support::content().triage.directory.services[0].id.get_ref().clone();
        let refer = browser.post(&format!("/cases/{reference}/refer"), &[("csrf", &csrf), ("target", &target)]).await;
        assert_eq!(refer.status, 303);
        let forged = browser.post(&format!("/cases/{reference}/refer"), &[("csrf", &csrf), ("target", "nowhere")]).await;
        assert_eq!(forged.status, 409);
        assert!(forged.body.contains("Bitte wählen Sie eine Stelle aus der Liste."));
        let shown = browser.get(&format!("/cases/{reference}")).await;
        assert!(shown.body.contains("Rückruf &#60;b&#62;morgen&#60;/b&#62;") || shown.body.contains("Rückruf &lt;b&gt;morgen&lt;/b&gt;"), "a note is text, not markup: {}", shown.body);
        assert!(shown.body.contains("weitervermittelt"), "{}", shown.body);
        assert_eq!(db.number("SELECT count(*) FROM case_history WHERE actor = 'Amira Haddad'").await, 3);
        assert_eq!(db.column("SELECT status FROM intakes WHERE language = 'ar'").await, ["referred"]);

        let audit = browser.get(&format!("/admin/audit?subject={reference}")).await;
        for action in ["angesehen", "übernommen", "Notiz", "weitergeleitet"] {
            assert!(audit.body.contains(&format!("<td>{action}</td>")), "{action} in the audit log");
        }
        assert!(!audit.body.contains("morgen") && !audit.body.contains(words), "no words in the audit log");

        let metrics = reqwest::get(format!("{}/metrics", dashboard.base)).await.unwrap().text().await.unwrap();
        assert!(metrics.contains("anlauf_intakes_submitted_total 2\n"), "{metrics}");
        assert!(metrics.contains("anlauf_queue_cases{status=\"referred\"} 1\n"), "{metrics}");
        assert!(!metrics.contains(&reference), "no case in the metrics");
        dashboard.stop().await;
    }
}

crate::contract! {
    async fn the_statistics_csv_of_a_month_matches_hand_counts_and_has_no_cell_under_five(db: Db) {
        use anlauf::domain::{CaseAction, Outcome};
        let store: std::sync::Arc<dyn anlauf::store::Store> = anlauf::store::connect(&db.url).await.unwrap();
        let target = support::content().triage.directory.services[0].id.get_ref().clone();
        // November 2026: 12 Arabic (housing, 27–64, MBE; 7 closed "advised"), 6 Ukrainian
        // (school, under 18, JMD; all referred), 2 Persian (work, 18–26, MBE). One in
        // October and one in December (in Berlin time) that do not count.
        let mut intakes = Vec::new();
        let mut add = |n: usize, language: &str, topic: &str, age: &str, service: &str, day: &str| {
            let mut intake = crate::queue::intake(n, language, topic, None, 5);
            intake.answers.insert("age_group".into(), serde_json::json!(age));
            if let Some(assessment) = intake.assessment.as_mut() {
                assessment.service = service.into();
            }
            intake.submitted_at = support::at(day) + chrono::Duration::minutes(n as i64);
            intakes.push(intake);
        };
        for n in 0..12 {
            add(n, "ar", "housing", "27_64", "mbe", "2026-11-03T09:00:00Z");
        }
        for n in 12..18 {
            add(n, "uk", "school", "under_18", "jmd", "2026-11-17T09:00:00Z");
        }
        for n in 18..20 {
            add(n, "fa", "work", "18_26", "mbe", "2026-11-29T22:00:00Z");
        }
        add(20, "ar", "housing", "27_64", "mbe", "2026-10-31T22:30:00Z");
        add(21, "ar", "housing", "27_64", "mbe", "2026-11-30T23:30:00Z");
        let references: Vec<String> = intakes.iter().map(|i| i.reference.clone()).collect();
        crate::queue::submit(&store, intakes).await;
        let now = chrono::Utc::now();
        for reference in &references[0..7] {
            let key = anlauf::store::IntakeKey::Reference(reference.clone());
            store.act(&key, "Amira", &CaseAction::Close(Outcome::Advised), now).await.unwrap();
        }
        for reference in &references[12..18] {
            let key = anlauf::store::IntakeKey::Reference(reference.clone());
            store.act(&key, "Amira", &CaseAction::Refer(target.clone()), now).await.unwrap();
        }

        let once = staff_add(&db, "Amira Haddad", "amira@beratung.example", "counsellor");
        let dashboard = Dashboard::start(&db).await;
        let mut browser = Browser::new(&dashboard);
        browser.first_sign_in("amira@beratung.example", &once, NEW_PASSWORD).await;
        let page = browser.get("/stats?month=2026-11").await;
        assert_eq!(page.status, 200, "{}", page.body);
        assert!(page.body.contains("<span id=\"requests\">20</span>"), "{}", page.body);
        let csv = browser.get("/stats.csv?month=2026-11").await;
        assert_eq!(csv.status, 200);
        let mut reader = csv::Reader::from_reader(csv.body.as_bytes());
        let cells: std::collections::BTreeMap<(String, String), String> = reader
            .records()
            .map(|r| r.unwrap())
            .map(|r| ((r[1].to_owned(), r[2].to_owned()), r[4].to_owned()))
            .collect();
        let cell = |dimension: &str, code: &str| cells.get(&(dimension.to_owned(), code.to_owned())).cloned();
        let expected = [
            (("requests", "all"), "20"),
            (("topic", "housing"), "12"),
            (("topic", "school"), "<5"),
            (("topic", "work"), "<5"),
            (("language", "ar"), "12"),
            (("language", "uk"), "<5"),
            (("language", "fa"), "<5"),
            (("age_group", "27_64"), "12"),
            (("age_group", "under_18"), "<5"),
            (("age_group", "18_26"), "<5"),
            (("service", "mbe"), "14"),
            (("service", "jmd"), "6"),
            (("outcome", "advised"), "7"),
            (("outcome", "open"), "13"),
            (("referral", "none"), "14"),
            (("referral", target.as_str()), "6"),
            (("appointment", "none"), "20"),
        ];
        for ((dimension, code), count) in expected {
            assert_eq!(cell(dimension, code).as_deref(), Some(count), "{dimension} {code}:\n{}", csv.body);
        }
        assert_eq!(cells.len(), expected.len(), "nothing else:\n{}", csv.body);
        for ((dimension, code), count) in &cells {
            match count.parse::<i64>() {
                Ok(n) => assert!(n >= 5, "{dimension} {code}: {n} is under 5"),
                Err(_) => assert_eq!(count, "<5"),
            }
        }
        assert!(!csv.body.contains(&references[0]), "no reference in the statistics");
        dashboard.stop().await;
    }
}

crate::contract! {
    async fn an_absence_and_extra_hours_from_the_week_view_reach_the_free_slots_at_once(db: Db) {
        use chrono::{Datelike, Duration};
        let admin = staff_add(&db, "Petra Lang", "petra@beratung.example", "admin");
        let counsellor = staff_add(&db, "Jonas Berg", "jonas@beratung.example", "counsellor");
        let dashboard = Dashboard::start(&db).await;
        let service = support::service(&db).await;
        let tz = support::content().config.organisation.time_zone;
        let now = chrono::Utc::now();
        let free = service.free_slots(now, None).await.unwrap();
        let nino = free.iter().find(|s| s.counsellor == "nino").expect("Nino has free slots").clone();
        let day = nino.start.with_timezone(&tz).date_naive();
        let on_day = |slots: &[anlauf::domain::Slot], who: &str, day: chrono::NaiveDate| {
            slots.iter().filter(|s| s.counsellor == who && s.start.with_timezone(&tz).date_naive() == day).count()
        };
        assert!(on_day(&free, "nino", day) > 0);

        let mut petra = Browser::new(&dashboard);
        petra.first_sign_in("petra@beratung.example", &admin, "ein-anderes-passwort").await;
        // Olga counsels by video only: her free slots say so.
        let olga = free.iter().find(|s| s.counsellor == "olga").expect("Olga has free slots");
        let olga_day = olga.start.with_timezone(&tz).date_naive();
        let olga_week = petra.get(&format!("/slots?counsellor=olga&week={olga_day}")).await;
        assert!(olga_week.body.contains("frei · Integrationszentrum Musterstadt-Nord · Videoanruf"), "{}", olga_week.body);
        let week = petra.get(&format!("/slots?counsellor=nino&week={day}")).await;
        assert_eq!(week.status, 200, "{}", week.body);
        assert!(week.body.contains("slot slot-free"), "free slots shown: {}", week.body);
        let csrf = week.csrf();
        let day_text = day.to_string();
        let absence = [("csrf", csrf.as_str()), ("kind", "absence"), ("counsellor", "nino"), ("from_day", &day_text), ("to_day", &day_text), ("reason", "Fortbildung")];
        let added = petra.post("/slots", &absence).await;
        assert_eq!(added.status, 303, "{}", added.body);
        let free = service.free_slots(now, None).await.unwrap();
        assert_eq!(on_day(&free, "nino", day), 0, "no slots of Nino that day for the dialogue's matching");
        let week = petra.get(&format!("/slots?counsellor=nino&week={day}")).await;
        assert!(week.body.contains("abwesend Fortbildung"), "{}", week.body);

        // Extra hours on a Sunday two weeks ahead, when nobody works.
        let mut sunday = (now + Duration::days(14)).with_timezone(&tz).date_naive();
        while sunday.weekday() != chrono::Weekday::Sun {
            sunday += Duration::days(1);
        }
        assert_eq!(on_day(&free, "amira", sunday), 0);
        let sunday_text = sunday.to_string();
        let extra = [("csrf", csrf.as_str()), ("kind", "extra"), ("counsellor", "amira"), ("office", "mitte"), ("from_day", &sunday_text), ("from_time", "14:00"), ("to_time", "16:00")];
        assert_eq!(petra.post("/slots", &extra).await.status, 303);
        let free = service.free_slots(now, None).await.unwrap();
        let starts: Vec<String> = free
            .iter()
            .filter(|s| s.counsellor == "amira" && s.start.with_timezone(&tz).date_naive() == sunday)
            .map(|s| s.start.with_timezone(&tz).format("%H:%M").to_string())
            .collect();
        assert_eq!(starts, ["14:00", "15:00"], "45-minute slots, 15 minutes apart, ending by 16:00");
        let backwards = [("csrf", csrf.as_str()), ("kind", "extra"), ("counsellor", "amira"), ("office", "mitte"), ("from_day", &sunday_text), ("from_time", "16:00"), ("to_time", "14:00")];
        let refused = petra.post("/slots", &backwards).await;
        assert_eq!(refused.status, 422);
        assert!(refused.body.contains("Das Ende liegt vor dem Anfang."));

        // A week far away in either direction is this week; a change there is refused.
        let far = petra.get("/slots?counsellor=nino&week=%2B262142-12-31").await;
        assert_eq!(far.status, 200);
        let far_absence = [("csrf", csrf.as_str()), ("kind", "absence"), ("counsellor", "nino"), ("from_day", "+262142-12-31")];
        let refused = petra.post("/slots", &far_absence).await;
        assert_eq!(refused.status, 422);
        assert!(refused.body.contains("höchstens fünf Jahre"), "{}", refused.body);

        // A counsellor without a calendar of their own changes nobody's week.
        let mut jonas = Browser::new(&dashboard);
        jonas.first_sign_in("jonas@beratung.example", &counsellor, NEW_PASSWORD).await;
        let page = jonas.get(&format!("/slots?counsellor=nino&week={day}")).await;
        assert!(!page.body.contains("id=\"add-absence\""), "no forms for someone else's week");
        let csrf_jonas = page.csrf();
        let attempt = [("csrf", csrf_jonas.as_str()), ("kind", "absence"), ("counsellor", "nino"), ("from_day", &day_text)];
        assert_eq!(jonas.post("/slots", &attempt).await.status, 403);

        // Taken back, the day's slots return.
        let id = db.number("SELECT id FROM calendar_changes WHERE kind = 'absence'").await.to_string();
        let wrong = petra.post(&format!("/slots/{id}/remove"), &[("csrf", &csrf), ("counsellor", "amira"), ("week", &day_text)]).await;
        assert_eq!(wrong.status, 404, "a change is taken back only in its own counsellor's week");
        let taken_back = petra.post(&format!("/slots/{id}/remove"), &[("csrf", &csrf), ("counsellor", "nino"), ("week", &day_text)]).await;
        assert_eq!(taken_back.status, 303);
        let free = service.free_slots(now, None).await.unwrap();
        assert!(on_day(&free, "nino", day) > 0);
        dashboard.stop().await;
    }
}

crate::contract! {
    async fn staff_cancel_an_appointment_and_mark_a_missed_one_on_the_case_page(db: Db) {
        use crate::booking::Booker;
        let service = support::service(&db).await;
        // One appointment a month ago, one to come.
        let past = Booker::book_the_first_offer(&service, "past", support::at("2026-11-02T08:00:00Z")).await;
        let future = Booker::book_the_first_offer(&service, "future", chrono::Utc::now()).await;
        let once = staff_add(&db, "Amira Haddad", "amira@beratung.example", "counsellor");
        let dashboard = Dashboard::start(&db).await;
        let mut browser = Browser::new(&dashboard);
        browser.first_sign_in("amira@beratung.example", &once, NEW_PASSWORD).await;

        let case = browser.get(&format!("/cases/{future}")).await;
        let id = service.store.bookings_of(&future).await.unwrap()[0].id.to_string();
        assert!(case.body.contains(&format!("id=\"cancel-booking-{id}\"")), "{}", case.body);
        assert!(!case.body.contains(&format!("id=\"no-show-{id}\"")), "not begun: it cannot be missed yet");
        let csrf = case.csrf();
        let early = browser.post(&format!("/cases/{future}/no-show"), &[("csrf", &csrf), ("booking", &id)]).await;
        assert_eq!(early.status, 409);
        assert!(early.body.contains("noch nicht begonnen"), "{}", early.body);
        assert!(case.body.contains(&format!("id=\"cancel-confirm-{id}\"")), "a box to confirm: {}", case.body);
        assert!(case.body.contains("<a class=\"brand\" href=\"/queue\">Beratungsnetz Musterstadt</a>"), "the organisation");
        let history = |body: &str| body.split("Verlauf").nth(1).unwrap_or_default().to_owned();
        assert!(!history(&case.body).contains("Termin gebucht → Termin gebucht"), "said once: {}", case.body);
        let one_click = browser.post(&format!("/cases/{future}/cancel-booking"), &[("csrf", &csrf), ("booking", &id)]).await;
        assert_eq!(one_click.status, 409, "one click cancels nothing");
        assert!(one_click.body.contains("Bitte bestätigen Sie die Absage"), "{}", one_click.body);
        assert_eq!(service.store.bookings_of(&future).await.unwrap()[0].status, "booked");
        let page = browser.get(&format!("/cases/{future}")).await;
        let at = page.body.find("name=\"form\" value=\"").unwrap() + 19;
        let key = page.body[at..].split('"').next().unwrap().to_owned();
        let confirmed = [("csrf", csrf.as_str()), ("form", key.as_str()), ("booking", id.as_str()), ("confirm", "yes")];
        let cancelled = browser.post(&format!("/cases/{future}/cancel-booking"), &confirmed).await;
        assert_eq!((cancelled.status, cancelled.location.clone()), (303, Some(format!("/cases/{future}?done=cancelled"))));
        // The same form sent again (a timeout, a double click) is told it was done.
        let resent = browser.post(&format!("/cases/{future}/cancel-booking"), &confirmed).await;
        assert_eq!((resent.status, resent.location), (303, Some(format!("/cases/{future}?done=again"))));
        assert_eq!(service.store.bookings_of(&future).await.unwrap()[0].status, "cancelled");
        let told = browser.get(cancelled.location.as_deref().unwrap()).await;
        assert!(told.body.contains("Der Termin ist abgesagt."), "a word that it is done: {}", told.body);
        assert!(history(&told.body).contains("Amira Haddad: Termin abgesagt"), "who did it: {}", told.body);
        let stale = [("csrf", csrf.as_str()), ("booking", id.as_str()), ("confirm", "yes")];
        let again = browser.post(&format!("/cases/{future}/cancel-booking"), &stale).await;
        assert_eq!(again.status, 409, "a stale button pressed twice");

        let past_id = service.store.bookings_of(&past).await.unwrap()[0].id.to_string();
        // Another case's booking cannot be reached through this one.
        let forged = browser.post(&format!("/cases/{future}/no-show"), &[("csrf", &csrf), ("booking", &past_id)]).await;
        assert_eq!(forged.status, 409);
        let missed = browser.post(&format!("/cases/{past}/no-show"), &[("csrf", &csrf), ("booking", &past_id)]).await;
        assert_eq!(missed.status, 303);
        let shown = browser.get(&format!("/cases/{past}")).await;
        assert!(shown.body.contains("nicht erschienen") && shown.body.contains("Nicht erschienen: einmal"), "{}", shown.body);
        dashboard.stop().await;
    }
}

crate::contract! {
    async fn staff_book_and_move_an_appointment_for_a_telegram_client_who_is_told_in_their_language(db: Db) {
        use crate::fake_telegram::{FakeTelegram, TgUser};
        use crate::telegram::{press, send, unescape, HOUSING_TO_OWN_WORDS, HOUSING_TO_SUBMITTED, HOUSING_WORDS};
        let fake = FakeTelegram::start().await;
        let bot = crate::telegram::start(&fake, &db, anlauf::serve::Receive::Polling).await;
        let client = TgUser::new(9201, "uk");
        send(&fake, client.text("/start")).await;
        press(&fake, &client, "l:uk").await;
        for action in HOUSING_TO_OWN_WORDS {
            press(&fake, &client, action).await;
        }
        send(&fake, client.text(HOUSING_WORDS)).await;
        for action in HOUSING_TO_SUBMITTED {
            press(&fake, &client, action).await;
        }
        let reference = db.column("SELECT reference FROM intakes").await.remove(0);
        let once = staff_add(&db, "Amira Haddad", "amira@beratung.example", "counsellor");
        let mut browser = Browser::at(&format!("http://{}", bot.address));
        browser.first_sign_in("amira@beratung.example", &once, NEW_PASSWORD).await;

        let case = browser.get(&format!("/cases/{reference}")).await;
        let keys: Vec<String> = case
            .body
            .split("<select name=\"slot\" id=\"slot\">")
            .nth(1)
            .expect("fitting slots to book")
            .split("</select>")
            .next()
            .unwrap()
            .split("<option value=\"")
            .skip(1)
            .map(|o| o.split('"').next().unwrap().to_owned())
            .collect();
        assert!(keys.len() >= 2, "{keys:?}");
        let csrf = case.csrf();
        let forged = browser.post(&format!("/cases/{reference}/book"), &[("csrf", &csrf), ("slot", "nobody@1")]).await;
        assert_eq!(forged.status, 409);
        assert!(forged.body.contains("nicht mehr frei"));
        let sent_before = fake.sent_to(client.id).len();
        let booked = browser.post(&format!("/cases/{reference}/book"), &[("csrf", &csrf), ("slot", &keys[0])]).await;
        assert_eq!(booked.status, 303, "{}", booked.body);
        let says = crate::support::say("uk", &anlauf::text::Text::msg("staff-says")
            .with("org", anlauf::text::Text::Plain(support::content().config.organisation.name.clone()))
            .with("reference", anlauf::text::Text::Plain(reference.clone())));
        fake.wait("the client told of the booking", |calls| {
            calls.iter().filter(|c| c.method == "sendMessage" && c.chat() == Some(client.id)).count() > sent_before
        })
        .await;
        let told = unescape(fake.sent_to(client.id).last().unwrap().text());
        assert!(told.starts_with(&says), "in Ukrainian, from the service: {told}");
        let status = "SELECT status FROM bookings ORDER BY id";
        assert_eq!(db.column(status).await, ["booked"]);
        let reminders = "SELECT count(*) FROM channel_outbox WHERE topic LIKE 'reminder:%' AND sent_at IS NULL";
        let first_reminders = db.number(reminders).await;
        assert!(first_reminders >= 1, "reminders held back");
        assert_eq!(db.column("SELECT status FROM intakes").await, ["booked"]);
        assert_eq!(db.number("SELECT count(*) FROM case_history WHERE actor = 'Amira Haddad' AND action = 'booked'").await, 1);

        // Moving it: the old one goes with its reminders, the client is told it moved.
        let case = browser.get(&format!("/cases/{reference}")).await;
        assert!(case.body.contains("id=\"book\">Verlegen"), "the same form moves it now");
        let sent_before = fake.sent_to(client.id).len();
        let moved = browser.post(&format!("/cases/{reference}/book"), &[("csrf", &csrf), ("slot", &keys[1])]).await;
        assert_eq!(moved.status, 303, "{}", moved.body);
        fake.wait("the client told of the move", |calls| {
            calls.iter().filter(|c| c.method == "sendMessage" && c.chat() == Some(client.id)).count() > sent_before
        })
        .await;
        let told = unescape(fake.sent_to(client.id).last().unwrap().text());
        let moved_line = crate::support::say("uk", &anlauf::text::Text::msg("template-appointment-moved")
            .with("when", anlauf::text::Text::Plain(String::new()))
            .with("counsellor", anlauf::text::Text::Plain(String::new()))
            .with("office", anlauf::text::Text::Plain(String::new()))
            .with("address", anlauf::text::Text::Plain(String::new())));
        let opening = moved_line.split('.').next().unwrap();
        assert!(told.contains(opening), "{told}");
        assert_eq!(db.column(status).await, ["cancelled", "booked"]);
        let topics = db.column("SELECT DISTINCT topic FROM channel_outbox WHERE topic LIKE 'reminder:%' AND sent_at IS NULL").await;
        assert_eq!(topics.len(), 1, "only the new appointment's reminders: {topics:?}");
        bot.stop().await;
    }
}

crate::contract! {
    async fn a_colleagues_claim_on_a_booked_case_holds_in_the_dashboard(db: Db) {
        crate::cli::with_one_booked_intake(&db);
        let reference = db.column("SELECT reference FROM intakes").await.remove(0);
        let amira_once = staff_add(&db, "Amira Haddad", "amira@beratung.example", "counsellor");
        let jonas_once = staff_add(&db, "Jonas Weber", "jonas@beratung.example", "admin");
        let dashboard = Dashboard::start(&db).await;
        let mut amira = Browser::new(&dashboard);
        amira.first_sign_in("amira@beratung.example", &amira_once, NEW_PASSWORD).await;
        let mut jonas = Browser::new(&dashboard);
        jonas.first_sign_in("jonas@beratung.example", &jonas_once, NEW_PASSWORD).await;

        let case = amira.get(&format!("/cases/{reference}")).await;
        let claim = amira.post(&format!("/cases/{reference}/claim"), &[("csrf", &case.csrf())]).await;
        assert_eq!(claim.status, 303);
        let state = "SELECT status || ' ' || holder FROM intakes";
        assert_eq!(db.column(state).await, ["booked Amira Haddad"]);

        let csrf = jonas.get(&format!("/cases/{reference}")).await.csrf();
        let target = support::content().triage.directory.services[0].id.get_ref().clone();
        for (action, field, value) in [
            ("claim", "", ""),
            ("release", "", ""),
            ("assign", "counsellor", "nino"),
            ("refer", "target", target.as_str()),
            ("close", "outcome", "advised"),
        ] {
            let refused = jonas.post(&format!("/cases/{reference}/{action}"), &[("csrf", &csrf), (field, value)]).await;
            assert_eq!(refused.status, 409, "{action}");
            let why = if action == "release" { "Sie haben diese Anfrage nicht übernommen" } else { "Amira Haddad hat diese Anfrage bis" };
            assert!(refused.body.contains(why), "{action}: {}", refused.body);
        }
        assert_eq!(db.column(state).await, ["booked Amira Haddad"], "nothing changed");
        assert_eq!(db.number("SELECT count(*) FROM case_history WHERE actor = 'Jonas Weber'").await, 0);
        dashboard.stop().await;
    }
}

crate::contract! {
    async fn a_password_typed_into_the_login_field_is_not_kept_and_failures_expire_by_time(db: Db) {
        let dashboard = Dashboard::start(&db).await;
        let mut browser = Browser::new(&dashboard);
        let typed = "Mein-Geheimes-Passwort-7";
        assert_eq!(browser.sign_in(typed, "").await.status, 401);
        let kept = db.column("SELECT login_key FROM login_failures").await;
        assert_eq!(kept.len(), 1, "the failure counts");
        assert!(kept[0].len() == 64 && kept[0].bytes().all(|b| b.is_ascii_hexdigit()), "{}", kept[0]);
        assert!(!kept[0].contains("geheim") && !kept[0].contains(&anlauf::secret::digest(&typed.to_lowercase())));
        // A minute on, nobody has signed in since: the failure goes all the same.
        let store = anlauf::store::connect(&db.url).await.unwrap();
        let later = chrono::Utc::now() + anlauf::web::auth::THROTTLE_WINDOW + chrono::TimeDelta::seconds(1);
        assert_eq!(store.login_failures_prune(later - anlauf::web::auth::THROTTLE_WINDOW).await.unwrap(), 1);
        assert!(db.column("SELECT login_key FROM login_failures").await.is_empty());
        dashboard.stop().await;
    }
}

/// The database gone from under a running dashboard: every page and action says so in
/// the staff language (503), signed in or not, and nothing else is shown.
#[tokio::test(flavor = "multi_thread")]
async fn a_database_that_does_not_answer_gives_staff_one_clear_page() {
    let db = support::fresh_db();
    let once = staff_add(&db, "Amira Haddad", "amira@beratung.example", "counsellor");
    let dashboard = Dashboard::start(&db).await;
    let mut browser = Browser::new(&dashboard);
    browser.first_sign_in("amira@beratung.example", &once, NEW_PASSWORD).await;
    let queue = browser.get("/queue").await;
    assert_eq!(queue.status, 200);
    let csrf = queue.csrf();
    std::fs::remove_file(db.url.trim_start_matches("sqlite://")).unwrap();
    let said = support::say("de", &anlauf::text::Text::msg("web-database-down"));
    for page in [
        browser.get("/queue").await,
        browser.get("/cases/1").await,
        browser.post("/cases/1/claim", &[("csrf", csrf.as_str())]).await,
        Browser::new(&dashboard).sign_in("amira@beratung.example", NEW_PASSWORD).await,
    ] {
        assert_eq!(page.status, 503, "{}", page.body);
        assert!(page.body.contains(&said), "{}", page.body);
    }
    dashboard.stop().await;
}

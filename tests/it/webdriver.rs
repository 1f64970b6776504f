//! A small W3C WebDriver client for the browser test: ChromeDriver started by the test,
//! Debian's Chromium headless, driven over ChromeDriver's JSON protocol with the HTTP
//! client the tests use anyway. Only what the tests need: open a page, find, click,
//! type, read text and CSS, take a screenshot.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::{json, Value};

/// The key W3C WebDriver names an element by.
const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

fn installed(name: &str, fallback: &str) -> Option<PathBuf> {
    let from_env = std::env::var_os(name.to_uppercase()).map(PathBuf::from);
    from_env.or_else(|| Some(PathBuf::from(fallback))).filter(|p| p.exists())
}

pub struct Driver {
    http: reqwest::Client,
    session: String,
    process: Child,
    _profile: tempfile::TempDir,
}

pub struct Element<'a> {
    driver: &'a Driver,
    id: String,
}

impl Driver {
    /// A headless Chromium, or `None` (with a note) where none is installed, except in
    /// CI, where that fails the test.
    pub async fn start() -> Option<Driver> {
        let (Some(chromedriver), Some(chromium)) =
            (installed("chromedriver", "/usr/bin/chromedriver"), installed("chromium", "/usr/bin/chromium"))
        else {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "chromium and chromium-driver are needed (apt-get install chromium chromium-driver)"
            );
            eprintln!("NOTE: chromium or chromedriver not installed; the browser test did not run");
            return None;
        };
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let process = Command::new(chromedriver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let profile = tempfile::tempdir().unwrap();
        let http = reqwest::Client::new();
        let base = format!("http://127.0.0.1:{port}");
        // The flags keep Chromium off the network, which is closed here.
        let args = [
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--window-size=1280,900",
            "--lang=de",
        ]
        .iter()
        .map(|a| a.to_string())
        .chain([format!("--user-data-dir={}", profile.path().display())])
        .collect::<Vec<_>>();
        let capabilities = json!({ "capabilities": { "alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": { "binary": chromium, "args": args }
        } } });
        let mut answer = None;
        for _ in 0..100 {
            match http.post(format!("{base}/session")).json(&capabilities).send().await {
                Ok(response) => {
                    answer = Some(response.json::<Value>().await.unwrap());
                    break;
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        }
        let answer = answer.expect("chromedriver answers");
        let session =
            answer["value"]["sessionId"].as_str().unwrap_or_else(|| panic!("no session: {answer}")).to_owned();
        Some(Driver { http, session: format!("{base}/session/{session}"), process, _profile: profile })
    }

    async fn call(&self, method: reqwest::Method, path: &str, body: Option<Value>) -> Value {
        let request = self.http.request(method, format!("{}{path}", self.session));
        let request = match body {
            Some(body) => request.json(&body),
            None => request,
        };
        let answer: Value = request.send().await.unwrap().json().await.unwrap();
        if answer["value"].get("error").is_some() {
            panic!("WebDriver {path}: {}", answer["value"]);
        }
        answer["value"].clone()
    }

    pub async fn go(&self, url: &str) {
        self.call(reqwest::Method::POST, "/url", Some(json!({ "url": url }))).await;
    }

    pub async fn url(&self) -> String {
        self.call(reqwest::Method::GET, "/url", None).await.as_str().unwrap_or_default().to_owned()
    }

    /// The id of the element `css` names, if the page has one now.
    async fn try_find(&self, css: &str) -> Option<String> {
        let request = self.http.post(format!("{}/element", self.session));
        let answer: Value =
            request.json(&json!({ "using": "css selector", "value": css })).send().await.ok()?.json().await.ok()?;
        answer["value"][ELEMENT].as_str().map(str::to_owned)
    }

    /// The element `css` names, waiting up to 10 s for it to appear.
    pub async fn find(&self, css: &str) -> Element<'_> {
        for _ in 0..100 {
            if let Some(id) = self.try_find(css).await {
                return Element { driver: self, id };
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let source = self.call(reqwest::Method::GET, "/source", None).await;
        panic!("no element {css} on {}:\n{}", self.url().await, source.as_str().unwrap_or_default());
    }

    /// Waits up to 10 s until the element `css` names contains `needle` (a form's answer
    /// is a new page: the old one may still be shown right after the click).
    pub async fn wait_for_text(&self, css: &str, needle: &str) {
        let mut seen = String::new();
        for _ in 0..100 {
            // The element may go stale as the next page replaces it: then look again.
            if let Some(id) = self.try_find(css).await {
                let answer = self.http.get(format!("{}/element/{id}/text", self.session)).send().await;
                let text = match answer {
                    Ok(answer) => answer.json::<Value>().await.ok(),
                    Err(_) => None,
                };
                seen = text.and_then(|t| t["value"].as_str().map(str::to_owned)).unwrap_or_default();
                if seen.contains(needle) {
                    return;
                }
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("{css} never showed {needle:?}; last seen: {seen:?}");
    }

    /// Writes a PNG of the window to `path`.
    pub async fn screenshot(&self, path: &Path) {
        use base64::Engine;
        let data = self.call(reqwest::Method::GET, "/screenshot", None).await;
        let png = base64::engine::general_purpose::STANDARD.decode(data.as_str().unwrap()).unwrap();
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, png).unwrap();
    }

    /// Ends the session (Chromium closes), then ChromeDriver.
    pub async fn quit(self) {
        let _ = self.http.delete(&self.session).send().await;
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

impl Element<'_> {
    fn path(&self, what: &str) -> String {
        format!("/element/{}{what}", self.id)
    }

    pub async fn click(&self) {
        self.driver.call(reqwest::Method::POST, &self.path("/click"), Some(json!({}))).await;
    }

    pub async fn type_text(&self, text: &str) {
        self.driver.call(reqwest::Method::POST, &self.path("/value"), Some(json!({ "text": text }))).await;
    }

    pub async fn text(&self) -> String {
        self.driver.call(reqwest::Method::GET, &self.path("/text"), None).await.as_str().unwrap_or_default().to_owned()
    }

    /// A computed style (`direction`, `color`).
    pub async fn css(&self, property: &str) -> String {
        let value = self.driver.call(reqwest::Method::GET, &self.path(&format!("/css/{property}")), None).await;
        value.as_str().unwrap_or_default().to_owned()
    }

    pub async fn attribute(&self, name: &str) -> Option<String> {
        let value = self.driver.call(reqwest::Method::GET, &self.path(&format!("/attribute/{name}")), None).await;
        value.as_str().map(str::to_owned)
    }
}

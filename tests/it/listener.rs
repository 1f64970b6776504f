//! The HTTP listener of the real `anlauf serve` against clients that do not play along:
//! headers that never finish, connections left open, more connections than it allows,
//! and a stop while such a client hangs on. Limits are set short in `[http]` of a test
//! configuration; no test waits for the clock, each waits for what the server does.

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::serve::{serve_with, Served};
use crate::support::{self, Db};

/// The shipped configuration with `[http]` replaced by `http`, written under `name`.
fn config_with_http(name: &str, http: &str) -> std::path::PathBuf {
    let root = support::root();
    let shipped = std::fs::read_to_string(support::config_path()).unwrap();
    let start = shipped.find("[http]\n").expect("the shipped configuration has [http]");
    let end = shipped[start + 1..].find("\n[").map_or(shipped.len(), |i| start + 2 + i);
    let changed = format!("{}[http]\n{http}\n{}", &shipped[..start], &shipped[end..])
        .replace("dialogs = \"dialogs\"", &format!("dialogs = {:?}", root.join("dialogs")))
        .replace("locales = \"locales\"", &format!("locales = {:?}", root.join("locales")));
    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("anlauf-http-{name}.toml"));
    let aside = path.with_extension(format!("{}.tmp", std::process::id()));
    std::fs::write(&aside, changed).unwrap();
    std::fs::rename(&aside, &path).unwrap();
    path
}

async fn started(db: &Db, name: &str, http: &str) -> (Served, String) {
    let served = serve_with(&config_with_http(name, http), db, &[]);
    served.wait_for("listening").await;
    let log = served.log();
    let line = log.lines().find(|l| l.contains("listening")).unwrap();
    let address = line.rsplit("address=").next().unwrap().trim().to_owned();
    (served, address)
}

/// Everything the server says on `stream` until it closes it (a guard of a minute stands
/// for "never").
async fn until_closed(stream: &mut TcpStream) -> String {
    let mut said = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(60), stream.read_to_end(&mut said)).await;
    assert!(read.is_ok(), "the server kept the connection open: {}", String::from_utf8_lossy(&said));
    String::from_utf8_lossy(&said).into_owned()
}

async fn healthz(address: &str) -> reqwest::StatusCode {
    reqwest::get(format!("http://{address}/healthz")).await.unwrap().status()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_connection_that_trickles_its_headers_or_sits_idle_is_closed_after_the_header_timeout() {
    let db = support::fresh_db();
    let http =
        "header_timeout_seconds = 1\nrequest_timeout_seconds = 30\nmax_connections = 64\nshutdown_grace_seconds = 10";
    let (served, address) = started(&db, "header", http).await;
    let mut half = TcpStream::connect(&address).await.unwrap();
    half.write_all(b"GET /healthz HTTP/1.1\r\nHost: anlauf\r\nX-Slow: ").await.unwrap();
    let said = until_closed(&mut half).await;
    assert!(!said.contains("200 OK"), "no answer to half a request: {said}");

    // Kept alive after an answer, then left idle: closed too.
    let mut idle = TcpStream::connect(&address).await.unwrap();
    idle.write_all(b"GET /healthz HTTP/1.1\r\nHost: anlauf\r\n\r\n").await.unwrap();
    let said = until_closed(&mut idle).await;
    assert!(said.starts_with("HTTP/1.1 200 OK"), "{said}");
    assert_eq!(healthz(&address).await, 200, "the listener serves on");
    let (status, _) = served.stop().await;
    assert!(status.success());
}

#[tokio::test(flavor = "multi_thread")]
async fn a_request_whose_body_trickles_gets_408_after_the_request_timeout() {
    let db = support::fresh_db();
    let http =
        "header_timeout_seconds = 3600\nrequest_timeout_seconds = 1\nmax_connections = 64\nshutdown_grace_seconds = 10";
    let (served, address) = started(&db, "request", http).await;
    let mut slow = TcpStream::connect(&address).await.unwrap();
    let head = "POST /login HTTP/1.1\r\nHost: anlauf\r\nContent-Type: application/x-www-form-urlencoded\r\n\
                Content-Length: 200\r\n\r\nemail=a";
    slow.write_all(head.as_bytes()).await.unwrap();
    let said = until_closed(&mut slow).await;
    assert!(said.starts_with("HTTP/1.1 408 Request Timeout"), "{said}");
    let (status, _) = served.stop().await;
    assert!(status.success());
}

#[tokio::test(flavor = "multi_thread")]
async fn a_half_sent_request_does_not_hold_up_a_stop_beyond_the_grace_period() {
    let db = support::fresh_db();
    // Headers may take an hour: only the grace period can end this connection.
    let http = "header_timeout_seconds = 3600\nrequest_timeout_seconds = 3600\nmax_connections = 64\nshutdown_grace_seconds = 1";
    let (served, address) = started(&db, "grace", http).await;
    let mut half = TcpStream::connect(&address).await.unwrap();
    half.write_all(b"POST /login HTTP/1.1\r\nHost: anlauf\r\nContent-Le").await.unwrap();
    assert_eq!(healthz(&address).await, 200);
    let stopping = tokio::spawn(served.stop());
    let (status, log) = tokio::time::timeout(Duration::from_secs(60), stopping)
        .await
        .expect("serve is still running with a half-sent request open")
        .unwrap();
    assert!(status.success(), "{log}");
    assert!(log.contains("stopped"), "{log}");
    until_closed(&mut half).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_connection_over_the_cap_is_answered_503_at_once_and_the_cap_frees_when_one_closes() {
    let db = support::fresh_db();
    let http =
        "header_timeout_seconds = 3600\nrequest_timeout_seconds = 30\nmax_connections = 2\nshutdown_grace_seconds = 1";
    let (served, address) = started(&db, "cap", http).await;
    let mut first = TcpStream::connect(&address).await.unwrap();
    first.write_all(b"GET /healthz HTTP/1.1\r\nHost: anlauf\r\n").await.unwrap();
    let mut second = TcpStream::connect(&address).await.unwrap();
    second.write_all(b"GET /healthz HTTP/1.1\r\nHost: anlauf\r\n").await.unwrap();
    let mut third = TcpStream::connect(&address).await.unwrap();
    let said = until_closed(&mut third).await;
    assert!(said.starts_with("HTTP/1.1 503 Service Unavailable"), "{said}");
    assert!(said.contains("Retry-After: 5"), "{said}");
    // One finishes its request: its place is free again (the server may need a moment
    // to see it go, so ask until it answers).
    first.write_all(b"Connection: close\r\n\r\n").await.unwrap();
    assert!(until_closed(&mut first).await.starts_with("HTTP/1.1 200 OK"));
    let mut answered = None;
    for _ in 0..200 {
        match reqwest::get(format!("http://{address}/healthz")).await {
            Ok(response) if response.status() == 200 => {
                answered = Some(response.status());
                break;
            }
            _ => tokio::task::yield_now().await,
        }
    }
    assert_eq!(answered, Some(reqwest::StatusCode::OK));
    drop(second);
    let (status, _) = served.stop().await;
    assert!(status.success());
}

#[tokio::test(flavor = "multi_thread")]
async fn a_flood_of_sign_ins_for_unknown_logins_is_turned_away_and_a_colleague_still_gets_in() {
    use crate::dashboard::{staff_add, Browser};
    let db = support::fresh_db();
    let once = staff_add(&db, "Amira Haddad", "amira@beratung.example", "counsellor");
    let http =
        "header_timeout_seconds = 15\nrequest_timeout_seconds = 30\nmax_connections = 512\nshutdown_grace_seconds = 10";
    let (served, address) = started(&db, "flood", http).await;
    let base = format!("http://{address}");
    let mut ready = Vec::new();
    for n in 0..200 {
        let mut browser = Browser::at(&base);
        let csrf = browser.get("/login").await.csrf();
        ready.push((n, browser, csrf));
    }
    // All at once: more than the hashing places (two hashing, sixteen waiting).
    let mut flood = tokio::task::JoinSet::new();
    for (n, mut browser, csrf) in ready {
        flood.spawn(async move {
            let login = format!("unbekannt-{n}@example.org");
            browser.post("/login", &[("email", &login), ("password", "falsch"), ("csrf", &csrf)]).await
        });
    }
    let (mut looked_at, mut turned_away) = (0, 0);
    while let Some(page) = flood.join_next().await {
        let page = page.unwrap();
        match page.status {
            401 => looked_at += 1,
            503 => {
                assert!(page.body.contains("Gerade melden sich sehr viele an"), "{}", page.body);
                turned_away += 1;
            }
            other => panic!("{other}: {}", page.body),
        }
    }
    assert!(turned_away > 0 && looked_at > 0, "{looked_at} looked at, {turned_away} turned away");
    let counted = db.number("SELECT count(*) FROM login_failures").await;
    assert_eq!(counted, looked_at, "a turned-away attempt writes nothing");
    let mut amira = Browser::at(&base);
    let signed = amira.sign_in("amira@beratung.example", &once).await;
    assert_eq!((signed.status, signed.location.as_deref()), (303, Some("/password")), "{}", signed.body);
    let (status, _) = served.stop().await;
    assert!(status.success());
}

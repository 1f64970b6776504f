//! `cargo bench --bench signin_flood -- [SECONDS] [PARALLEL]`: the real `anlauf serve`
//! (bench build) under a flood of sign-ins for unknown logins — by default 40 at a time
//! for 90 s, as the attack that once grew the process from 23 MB to 612 MB — while a
//! colleague signs in every few seconds. Prints the process's resident memory before,
//! during and after, how the flood's attempts were answered, and how long the colleague
//! waited. A measurement, not a test: nothing here fails on a figure.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

const EMAIL: &str = "bench@beratung.example";

fn main() {
    let mut args = std::env::args().skip(1).filter(|a| !a.starts_with("--"));
    let seconds: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(90);
    let parallel: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(40);
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("a runtime");
    runtime.block_on(run(seconds, parallel));
}

/// Resident memory of `pid` in MB, from /proc.
fn rss_mb(pid: u32) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let kb: f64 = status
        .lines()
        .find(|l| l.starts_with("VmRSS:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0.0);
    kb / 1024.0
}

struct Server {
    child: std::process::Child,
    base: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn anlauf(dir: &std::path::Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_anlauf"));
    command
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("ANLAUF_DATABASE_URL", format!("sqlite://{}", dir.join("bench.db").display()))
        .env_remove("TELOXIDE_TOKEN")
        .env("RUST_LOG", "info");
    command
}

fn start(dir: &std::path::Path) -> (Server, String) {
    let added = anlauf(dir)
        .args(["staff", "add", "--name", "Bench Berater", "--email", EMAIL, "--role", "counsellor"])
        .output()
        .expect("anlauf staff add");
    assert!(added.status.success(), "{}", String::from_utf8_lossy(&added.stderr));
    let once = String::from_utf8_lossy(&added.stdout).lines().last().unwrap_or_default().to_owned();
    let mut child = anlauf(dir)
        .args(["serve", "--listen", "127.0.0.1:0"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("anlauf serve");
    let mut lines = BufReader::new(child.stderr.take().expect("stderr")).lines();
    let address = loop {
        let line = lines.next().expect("serve said nothing").expect("a log line");
        if let Some(address) = line.split("listening address=").nth(1) {
            break address.trim().to_owned();
        }
    };
    // Keep reading the log so that serve never blocks on a full pipe.
    std::thread::spawn(move || for _ in lines {});
    (Server { child, base: format!("http://{address}") }, once)
}

/// The sign-in form's CSRF token and its cookie.
async fn form(http: &reqwest::Client, base: &str) -> Option<(String, String)> {
    let response = http.get(format!("{base}/login")).send().await.ok()?;
    let cookie = response.headers().get("set-cookie")?.to_str().ok()?.split(';').next()?.to_owned();
    let body = response.text().await.ok()?;
    let at = body.find("name=\"csrf\" value=\"")? + 19;
    Some((body[at..].split('"').next()?.to_owned(), cookie))
}

async fn sign_in(http: &reqwest::Client, base: &str, email: &str, password: &str) -> Option<u16> {
    let (csrf, cookie) = form(http, base).await?;
    let response = http
        .post(format!("{base}/login"))
        .header("cookie", cookie)
        .form(&[("email", email), ("password", password), ("csrf", &csrf)])
        .send()
        .await
        .ok()?;
    Some(response.status().as_u16())
}

/// How long the colleague waits to get in: retried after a 503 as a browser user would.
async fn colleague(http: &reqwest::Client, base: &str, password: &str) -> (Duration, u32) {
    let started = Instant::now();
    let mut tries = 0;
    loop {
        tries += 1;
        match sign_in(http, base, EMAIL, password).await {
            Some(303) => return (started.elapsed(), tries),
            _ if tries >= 50 => return (started.elapsed(), tries),
            _ => tokio::time::sleep(Duration::from_millis(200)).await,
        }
    }
}

async fn run(seconds: u64, parallel: usize) {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let (server, once) = start(dir.path());
    let pid = server.child.id();
    let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().expect("a client");
    // The first sign-in with the one-time password goes to /password; later ones too, as
    // the password is never changed here: a 303 is "signed in".
    let (first, _) = colleague(&http, &server.base, &once).await;
    let before = rss_mb(pid);
    println!("sign-in flood: {parallel} at a time for {seconds} s against {}", server.base);
    println!("  before:  RSS {before:.1} MB, a colleague's sign-in {:.0} ms", first.as_secs_f64() * 1000.0);

    let stop = Arc::new(AtomicBool::new(false));
    let counts: Arc<[AtomicU64; 4]> = Arc::new(Default::default());
    let mut flood = tokio::task::JoinSet::new();
    for worker in 0..parallel {
        let (http, base, stop, counts) = (http.clone(), server.base.clone(), stop.clone(), counts.clone());
        flood.spawn(async move {
            let mut n = 0u64;
            while !stop.load(Ordering::Relaxed) {
                n += 1;
                let login = format!("unbekannt-{worker}-{n}@example.org");
                let slot = match sign_in(&http, &base, &login, "falsch").await {
                    Some(401) => 0,
                    Some(503) => 1,
                    Some(429) => 2,
                    _ => 3,
                };
                counts[slot].fetch_add(1, Ordering::Relaxed);
            }
        });
    }
    let started = Instant::now();
    let (mut peak, mut waits) = (before, Vec::new());
    while started.elapsed() < Duration::from_secs(seconds) {
        tokio::time::sleep(Duration::from_secs(5)).await;
        peak = peak.max(rss_mb(pid));
        let (waited, tries) = colleague(&http, &server.base, &once).await;
        waits.push((waited, tries));
    }
    stop.store(true, Ordering::Relaxed);
    while flood.join_next().await.is_some() {}
    let during = rss_mb(pid);
    tokio::time::sleep(Duration::from_secs(2)).await;
    let (after_wait, _) = colleague(&http, &server.base, &once).await;
    let after = rss_mb(pid);
    waits.sort();
    let median = waits.get(waits.len() / 2).map_or(Duration::ZERO, |w| w.0);
    let worst = waits.last().copied().unwrap_or((Duration::ZERO, 0));
    let [looked, busy, throttled, other] = [0, 1, 2, 3].map(|i| counts[i].load(Ordering::Relaxed));
    println!(
        "  flood:   {} attempts: {looked} answered 401 (looked at), {busy} answered 503 (turned away at once), \
         {throttled} 429, {other} other",
        looked + busy + throttled + other
    );
    println!(
        "  during:  RSS peak {peak:.1} MB; a colleague got in after {:.0} ms median, {:.0} ms worst ({} tries)",
        median.as_secs_f64() * 1000.0,
        worst.0.as_secs_f64() * 1000.0,
        worst.1
    );
    println!(
        "  after:   RSS {after:.1} MB (at the flood's end {during:.1} MB), a colleague's sign-in {:.0} ms",
        after_wait.as_secs_f64() * 1000.0
    );
    drop(server);
}

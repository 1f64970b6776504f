//! `cargo bench --bench delivery -- [options]`: the real `anlauf` executable (release
//! build) against a fake Telegram Bot API on 127.0.0.1, driven by simulated clients doing
//! the intake dialogue (issue 12, section 5). Each scenario starts its own bot with a fresh
//! SQLite database in a temporary directory and stops it with SIGTERM.
//!
//! - `rate`: clients doing whole intakes at a fixed total of 200 updates/s (open loop);
//! - `saturation`: the same clients as fast as the bot answers (closed loop);
//! - `burst`: 1,000 clients' `/start` at once against a fake enforcing Telegram's limits;
//! - `dialogues`: 10,000 clients open a dialogue and stay; then the bot's memory.
//!
//! Modules: `fake_api` (the fake Bot API), `client` (simulated clients, pacing), `bot` (the
//! bot process), `measure` (/proc, percentiles), `report` (table, JSON), `scenarios`.

mod bot;
mod client;
mod fake_api;
mod measure;
mod report;
mod scenarios;

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, SystemTime};

use clap::Parser;

use bot::BotLimits;
use scenarios::{Env, Sizes, ALL};

#[derive(Parser, Debug)]
#[command(
    name = "delivery",
    about = "The anlauf bot (release build) against a fake Telegram Bot API on 127.0.0.1",
    after_help = "Scenarios: rate (200 updates/s, raised limits), saturation (closed loop, raised limits), \
                  burst (/start from every client at once, Telegram's limits enforced), dialogues (open \
                  dialogues, then RSS). With --json the readable report goes to stderr and stdout gets one \
                  JSON line per scenario."
)]
struct Args {
    /// A scenario to run (repeatable): rate, saturation, burst, dialogues. Default: all.
    #[arg(long = "scenario", value_name = "NAME", value_parser = clap::builder::PossibleValuesParser::new(ALL))]
    scenarios: Vec<String>,
    /// Simulated clients (default: rate 200, saturation 200, burst 1000, dialogues 10000).
    #[arg(long, value_name = "N")]
    clients: Option<usize>,
    /// Measured seconds of rate and saturation (after a 1 s warm-up).
    #[arg(long, value_name = "S", default_value_t = 10.0)]
    seconds: f64,
    /// Deadline in seconds of burst (default 120) and dialogues (default 600).
    #[arg(long, value_name = "S")]
    deadline: Option<f64>,
    /// The bot's [telegram] limits in every scenario, instead of each scenario's own
    /// (raised, or real for burst): e.g. to see the fake's flood control answer 429.
    #[arg(long, value_name = "LIMITS", value_parser = clap::builder::PossibleValuesParser::new(["raised", "real"]))]
    bot_limits: Option<String>,
    /// The anlauf executable (default: target/release/anlauf, built if missing).
    #[arg(long, value_name = "PATH")]
    binary: Option<PathBuf>,
    /// The checkout whose anlauf.toml, dialogs/ and locales/ the bot runs with (default:
    /// this one): with `--binary`, to measure an earlier commit's build with its own content.
    #[arg(long, value_name = "DIR")]
    repo: Option<PathBuf>,
    /// One JSON line per scenario on stdout (the readable report goes to stderr).
    #[arg(long)]
    json: bool,
    /// Do not pin the bot and the benchmark to separate cores.
    #[arg(long)]
    no_pin: bool,
    /// Passed by `cargo bench`; ignored.
    #[arg(long, hide = true)]
    bench: bool,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let repo = args.repo.clone().unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    let binary = match find_binary(&repo, args.binary.as_deref()) {
        Ok(binary) => binary,
        Err(error) => {
            eprintln!("delivery: {error:#}");
            return ExitCode::FAILURE;
        }
    };
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let taskset = Command::new("taskset")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    let pin = !args.no_pin && taskset && cores >= 2;
    // The bot gets core 1; the benchmark (fake API and clients) keeps to core 0.
    let driver_pinned = pin
        && Command::new("taskset")
            .args(["-a", "-p", "-c", "0", &std::process::id().to_string()])
            .stdout(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
    let env = Env { binary, repo, bot_core: pin.then_some(1), ticks_per_second: measure::clock_ticks() };
    let bot_limits = args.bot_limits.as_deref().map(|l| if l == "real" { BotLimits::Real } else { BotLimits::Raised });
    let sizes = Sizes { clients: args.clients, seconds: args.seconds, deadline: args.deadline, bot_limits };
    let names: Vec<String> =
        if args.scenarios.is_empty() { ALL.iter().map(|s| s.to_string()).collect() } else { args.scenarios.clone() };

    let human = |text: &str| {
        if args.json {
            eprint!("{text}");
        } else {
            print!("{text}");
            let _ = std::io::stdout().flush();
        }
    };
    human(&header(&env, cores, taskset, driver_pinned, &args));

    let runtime = if driver_pinned {
        tokio::runtime::Builder::new_current_thread().enable_all().build()
    } else {
        tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()
    };
    let runtime = match runtime {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("delivery: no Tokio runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    let mut reports = Vec::new();
    for name in &names {
        eprintln!("delivery: running {name} …");
        let limit = overall_limit(name, &sizes);
        let report = runtime.block_on(async {
            match tokio::time::timeout(limit, scenarios::run(name, &env, &sizes)).await {
                Ok(report) => report,
                Err(_) => {
                    // Dropping the scenario stops its bot (SIGKILL) and removes its directory.
                    let mut report = report::Report::new("timeout", name.clone());
                    report.fail(format!("the scenario did not end within {} s and was stopped", limit.as_secs()));
                    report
                }
            }
        });
        human(&report.text());
        if args.json {
            println!("{}", report.json_line());
        }
        reports.push(report);
    }
    human(&report::targets_table(&reports));
    if reports.iter().any(|r| r.failed.is_some()) {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// The bound on a whole scenario, beyond every wait inside it.
fn overall_limit(name: &str, sizes: &Sizes) -> Duration {
    let inner = match name {
        "rate" | "saturation" => sizes.seconds.max(0.5) + 1.0 + 10.0 + 2.0,
        "burst" => sizes.deadline.unwrap_or(120.0),
        _ => sizes.deadline.unwrap_or(600.0) + 3.0,
    };
    // Start-up (30 s at most), stopping (10 s at most) and some slack.
    Duration::from_secs_f64(inner + 30.0 + 10.0 + 30.0)
}

fn header(env: &Env, cores: usize, taskset: bool, driver_pinned: bool, args: &Args) -> String {
    let modified = std::fs::metadata(&env.binary).and_then(|m| m.modified()).ok();
    let age = modified
        .and_then(|m| SystemTime::now().duration_since(m).ok())
        .map_or(String::new(), |d| format!(", built {} min ago", d.as_secs() / 60));
    let mut out = String::from("anlauf delivery benchmark (issue 12)\n");
    out.push_str(&format!("  bot:        {}{age}\n", env.binary.display()));
    if args.binary.is_none() {
        if let (Some(built), Some(source)) = (modified, newest(&env.repo.join("src"))) {
            if source > built {
                out.push_str("  warning:    src/ has changed since this binary was built (cargo build --release)\n");
            }
        }
    }
    let pinning = match (env.bot_core, driver_pinned) {
        (Some(core), true) => format!("bot pinned to core {core}, benchmark to core 0 (taskset)"),
        (Some(core), false) => format!("bot pinned to core {core} (taskset); benchmark not pinned"),
        (None, _) if args.no_pin => "not pinned (--no-pin)".into(),
        (None, _) if !taskset => "not pinned (no taskset)".into(),
        (None, _) => format!("not pinned ({cores} core)"),
    };
    out.push_str(&format!("  machine:    {cores} cores; {pinning}; CLK_TCK {}\n", env.ticks_per_second));
    out.push_str("  store:      SQLite (a fresh file per scenario)\n");
    out.push_str("  traffic:    127.0.0.1 only; a fresh bot process per scenario, stopped with SIGTERM\n");
    out
}

/// Latest modification time of any file under `dir`.
fn newest(dir: &Path) -> Option<SystemTime> {
    let mut latest = None;
    for entry in std::fs::read_dir(dir).ok()?.flatten() {
        let path = entry.path();
        let time = if path.is_dir() { newest(&path) } else { entry.metadata().and_then(|m| m.modified()).ok() };
        latest = latest.max(time);
    }
    latest
}

/// The executable to run: `--binary`, or target/release/anlauf (built if missing).
fn find_binary(repo: &Path, given: Option<&Path>) -> anyhow::Result<PathBuf> {
    if let Some(path) = given {
        anyhow::ensure!(path.is_file(), "--binary {}: no such file", path.display());
        return Ok(path.canonicalize()?);
    }
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| repo.join("target"), PathBuf::from);
    let target = if target.is_absolute() { target } else { repo.join(target) };
    let binary = target.join("release").join("anlauf");
    if !binary.is_file() {
        eprintln!("delivery: {} is missing; running cargo build --release --bin anlauf", binary.display());
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let status = Command::new(cargo)
            .args(["build", "--release", "--bin", "anlauf"])
            .current_dir(repo)
            .stdout(Stdio::inherit())
            .status()?;
        anyhow::ensure!(status.success(), "cargo build --release failed ({status})");
        anyhow::ensure!(binary.is_file(), "{} still missing after the build", binary.display());
    }
    Ok(binary)
}

//! The scenarios: each starts its own fake Bot API and its own bot (fresh temporary
//! directory and SQLite database), drives it, measures, stops the bot with SIGTERM and
//! reports. Every wait is bounded: a scenario ends by itself even if the bot hangs,
//! crashes or loses messages.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use tokio::task::JoinSet;
use tokio::time::Instant;

use crate::bot::{BotLimits, BotProcess, STOP_GRACE};
use crate::client::{self, Client, ClientStats, Goal, Pacer, Plan};
use crate::fake_api::{FakeApi, Limits, Sample};
use crate::measure::{self, Latency};
use crate::report::{ms, ms_value, per_second, round, thousands, Report};

/// The four scenarios, in the order they run.
pub const ALL: [&str; 4] = ["rate", "saturation", "burst", "dialogues"];

/// What every scenario needs to know.
pub struct Env {
    pub binary: PathBuf,
    pub repo: PathBuf,
    /// Core the bot is pinned to with `taskset`; `None`: not pinned.
    pub bot_core: Option<usize>,
    pub ticks_per_second: u64,
}

/// Options from the command line that scenarios share.
#[derive(Debug, Clone)]
pub struct Sizes {
    pub clients: Option<usize>,
    pub seconds: f64,
    pub deadline: Option<f64>,
    /// `--bot-limits`: the bot's `[telegram]` limits instead of the scenario's own.
    pub bot_limits: Option<BotLimits>,
}

/// How long the bot may take to start polling.
const READY_TIMEOUT: Duration = Duration::from_secs(30);
/// Not measured at the start of `rate` and `saturation`: clients start, caches fill.
const WARMUP: Duration = Duration::from_secs(1);
/// After the measured window, how long answers to updates handed out in it are awaited.
const GRACE: Duration = Duration::from_secs(10);
/// Clients waiting and the bot sending nothing this long: the scenario ends.
const STALL: Duration = Duration::from_secs(30);
/// The fixed total rate of `rate`.
const RATE: f64 = 200.0;

pub async fn run(name: &str, env: &Env, sizes: &Sizes) -> Report {
    match name {
        "rate" => load(env, sizes, Some(RATE)).await,
        "saturation" => load(env, sizes, None).await,
        "burst" => burst(env, sizes).await,
        "dialogues" => dialogues(env, sizes).await,
        other => {
            let mut report = Report::new("unknown", other.to_owned());
            report.fail(format!("no scenario named {other:?} (known: {})", ALL.join(", ")));
            report
        }
    }
}

/// A fake Bot API and a bot polling it, ready.
struct Setup {
    fake: Arc<FakeApi>,
    inboxes: Vec<tokio::sync::mpsc::UnboundedReceiver<crate::fake_api::BotMessage>>,
    bot: BotProcess,
}

async fn setup(
    env: &Env,
    report: &mut Report,
    clients: usize,
    flood: Option<Limits>,
    limits: BotLimits,
) -> Option<Setup> {
    let (fake, inboxes) = match FakeApi::start(clients, flood).await {
        Ok(started) => started,
        Err(error) => {
            report.fail(format!("the fake Bot API did not start: {error:#}"));
            return None;
        }
    };
    let mut bot = match BotProcess::start(&env.binary, &env.repo, &fake.url, limits, env.bot_core) {
        Ok(bot) => bot,
        Err(error) => {
            report.fail(format!("{error:#}"));
            return None;
        }
    };
    match bot.ready(&fake, READY_TIMEOUT).await {
        Ok(after) => report.row("bot ready after", ms(after), "ready_ms", ms_value(after)),
        Err(error) => {
            report.fail(format!("{error:#}"));
            if bot.stop().await.after.is_none() {
                report
                    .note(format!("the bot did not exit within {} s of SIGTERM and was killed", STOP_GRACE.as_secs()));
            }
            return None;
        }
    }
    Some(Setup { fake: Arc::new(fake), inboxes, bot })
}

/// The scenario's own bot limits, unless `--bot-limits` says otherwise.
fn bot_limits(report: &mut Report, sizes: &Sizes, own: BotLimits) -> BotLimits {
    match sizes.bot_limits {
        Some(given) if given != own => {
            report.note(format!(
                "--bot-limits: the bot ran with {} limits instead of {}; the targets assume the latter",
                given.describe(),
                own.describe()
            ));
            given
        }
        _ => own,
    }
}

/// The rows every scenario starts with.
fn describe(report: &mut Report, env: &Env, clients: usize, limits: BotLimits, fake: &str) {
    report.row("clients", thousands(clients as u64), "clients", clients);
    report.row("bot limits ([telegram])", limits.describe(), "bot_limits", format!("{limits:?}").to_lowercase());
    report.line("fake Bot API", fake);
    let pinned = match env.bot_core {
        Some(core) => format!("pinned to core {core} (taskset)"),
        None => "not pinned".into(),
    };
    report.row("bot process", pinned, "bot_core", env.bot_core);
}

/// Stops the bot, then adds what it logged, how it stopped and what it asked the fake.
async fn finish(report: &mut Report, setup: &mut Setup) {
    let stopped = setup.bot.stop().await;
    match stopped.after {
        Some(after) => {
            let status = stopped.status.map_or("?".into(), |s| s.to_string());
            report.row("stop (SIGTERM → exit)", format!("{} ({status})", ms(after)), "stop_ms", ms_value(after));
        }
        None => {
            report.row(
                "stop (SIGTERM → exit)",
                format!("did NOT exit within {} s: killed", STOP_GRACE.as_secs()),
                "stop_ms",
                serde_json::Value::Null,
            );
            report.note(format!("the bot did not exit within {} s of SIGTERM", STOP_GRACE.as_secs()));
        }
    }
    let requests = setup.fake.requests();
    let listed: Vec<String> = requests.by_method.iter().map(|(m, n)| format!("{m} {}", thousands(*n))).collect();
    report.line("requests to the fake", listed.join(", "));
    report.field(
        "requests",
        serde_json::Value::Object(
            requests.by_method.iter().map(|(m, n)| (m.clone(), serde_json::Value::from(*n))).collect(),
        ),
    );
    if !requests.unknown.is_empty() {
        report.note(format!("the bot called methods the fake does not serve: {}", requests.unknown.join(", ")));
    }
    if requests.malformed > 0 {
        report.note(format!("{} request bodies the fake could not read (answered 400)", requests.malformed));
    }
    let log = setup.bot.log_summary();
    report.row(
        "bot log",
        format!("{} lines, {} warnings, {} errors", thousands(log.lines as u64), log.warnings, log.errors),
        "log",
        serde_json::json!({ "lines": log.lines, "warnings": log.warnings, "errors": log.errors }),
    );
    for line in log.first {
        report.note(format!("bot log: {line}"));
    }
}

/// How clients ended.
struct Joined {
    stats: Vec<ClientStats>,
    /// Clients still running at the end, stopped.
    aborted: usize,
    /// Why the wait ended early: the bot exited, or sent nothing for [`STALL`].
    cut_short: Option<String>,
}

/// Waits for every client to end, at most until `deadline`; stops waiting early when the
/// bot has exited or has sent nothing for [`STALL`]. Clients still running are stopped.
async fn join(mut clients: JoinSet<ClientStats>, deadline: Instant, bot: &mut BotProcess, fake: &FakeApi) -> Joined {
    let mut stats = Vec::with_capacity(clients.len());
    let mut cut_short = None;
    let mut seen = fake.messages();
    let mut last_change = Instant::now();
    loop {
        let check = (Instant::now() + Duration::from_millis(500)).min(deadline);
        match tokio::time::timeout_at(check, clients.join_next()).await {
            Ok(Some(Ok(client))) => stats.push(client),
            Ok(Some(Err(_))) => {}
            Ok(None) => break,
            Err(_) if Instant::now() >= deadline => break,
            Err(_) => {
                if !bot.running() {
                    cut_short = Some("the bot exited while clients were waiting".into());
                    break;
                }
                let now = fake.messages();
                if now != seen {
                    seen = now;
                    last_change = Instant::now();
                } else if last_change.elapsed() >= STALL {
                    cut_short = Some(format!("the bot sent nothing for {} s while clients waited", STALL.as_secs()));
                    break;
                }
            }
        }
    }
    let aborted = clients.len();
    clients.abort_all();
    Joined { stats, aborted, cut_short }
}

fn sum(stats: &[ClientStats], f: impl Fn(&ClientStats) -> u64) -> u64 {
    stats.iter().map(f).sum()
}

/// `rate` (open loop at `rate` updates/s in total) or `saturation` (closed loop, `None`):
/// clients doing whole intakes, raised limits.
async fn load(env: &Env, sizes: &Sizes, rate: Option<f64>) -> Report {
    let (name, title) = match rate {
        Some(r) => ("rate", format!("whole intakes at a fixed total of {r} updates/s (open loop)")),
        None => ("saturation", "whole intakes, every client as fast as the bot answers (closed loop)".to_owned()),
    };
    let mut report = Report::new(name, title);
    let clients = sizes.clients.unwrap_or(200).max(1);
    let window = Duration::from_secs_f64(sizes.seconds.max(0.5));
    let limits = bot_limits(&mut report, sizes, BotLimits::Raised);
    describe(&mut report, env, clients, limits, "fast, no limits");
    let Some(mut setup) = setup(env, &mut report, clients, None, limits).await else { return report };
    let pid = setup.bot.pid;

    let start = Instant::now();
    let from = start + WARMUP;
    let to = from + window;
    let hard = to + GRACE;
    let stop = Arc::new(AtomicBool::new(false));
    let (pacer, pacing) = match rate {
        Some(rate) => {
            let (pacer, task) = Pacer::spawn(rate, start, to);
            (Some(pacer), Some(task))
        }
        None => (None, None),
    };
    let plan = Plan {
        goal: Goal::Intakes,
        stop: stop.clone(),
        deadline: hard,
        answer_timeout: Duration::from_secs(10),
        pacer,
    };
    let mut set = JoinSet::new();
    for (slot, inbox) in std::mem::take(&mut setup.inboxes).into_iter().enumerate() {
        set.spawn(Client::new(slot, inbox, setup.fake.clone()).run(plan.clone()));
    }
    drop(plan);
    tokio::time::sleep_until(from).await;
    let cpu_from = measure::cpu(pid);
    let driver_from = measure::cpu(std::process::id());
    tokio::time::sleep_until(to).await;
    let cpu_to = measure::cpu(pid);
    let driver_to = measure::cpu(std::process::id());
    stop.store(true, Ordering::Relaxed);
    let joined = join(set, hard + Duration::from_secs(2), &mut setup.bot, &setup.fake).await;
    let (stats, aborted) = (joined.stats, joined.aborted);
    if let Some(why) = joined.cut_short {
        report.note(why);
    }
    let pacer_stats = match pacing {
        Some(task) => task.await.ok(),
        None => None,
    };
    let memory = measure::memory(pid);
    let running = setup.bot.running();

    let (from_std, to_std) = (from.into_std(), to.into_std());
    let in_window = |samples: Vec<Sample>| -> Vec<Sample> {
        samples.into_iter().filter(|s| s.handed >= from_std && s.handed < to_std).collect()
    };
    let samples = in_window(setup.fake.samples());
    let question_samples = in_window(setup.fake.question_samples());
    let latencies: Vec<Duration> = samples.iter().map(|s| s.latency).collect();
    let queued = Latency::of(samples.iter().map(|s| s.queued).collect());
    let questions = Latency::of(question_samples.iter().map(|s| s.queued + s.latency).collect());
    let given_up = samples.iter().filter(|s| s.given_up).count();
    let unanswered = setup.fake.unanswered(from_std, to_std) + given_up;
    let never_fetched = setup.fake.never_fetched();
    let latency = Latency::of(latencies);
    let seconds = window.as_secs_f64();
    let throughput = (latency.count - given_up) as f64 / seconds;

    report.row(
        "measured window",
        format!("{seconds:.1} s after a {} s warm-up", WARMUP.as_secs()),
        "window_s",
        seconds,
    );
    if let Some(p) = pacer_stats {
        report.row(
            "pacing",
            format!(
                "{} slots offered, {} sent, {} found every client waiting for the bot",
                thousands(p.slots),
                thousands(p.released),
                thousands(p.idle)
            ),
            "pacing",
            serde_json::json!({ "slots": p.slots, "sent": p.released, "idle": p.idle }),
        );
    }
    let answered = latency.count - given_up;
    report.row(
        "updates answered",
        format!("{} (handed out in the window and answered), {unanswered} unanswered", thousands(answered as u64)),
        "updates",
        answered,
    );
    report.field("unanswered", unanswered);
    report.row("updates/s", per_second(throughput), "updates_per_s", round(throughput, 1));
    report.row(
        "update → reply p50 / p99 / max",
        format!("{} / {} / {}", ms(latency.p50), ms(latency.p99), ms(latency.max)),
        "latency_ms",
        serde_json::json!({
            "p50": ms_value(latency.p50), "p99": ms_value(latency.p99),
            "max": ms_value(latency.max), "mean": ms_value(latency.mean),
        }),
    );
    report.row(
        "queued until fetched p50 / p99 / max",
        format!("{} / {} / {}", ms(queued.p50), ms(queued.p99), ms(queued.max)),
        "queued_ms",
        serde_json::json!({ "p50": ms_value(queued.p50), "p99": ms_value(queued.p99), "max": ms_value(queued.max) }),
    );
    report.row(
        "sent → next question p50 / p99 / max",
        format!(
            "{} / {} / {} (over {})",
            ms(questions.p50),
            ms(questions.p99),
            ms(questions.max),
            thousands(questions.count as u64)
        ),
        "question_latency_ms",
        serde_json::json!({
            "p50": ms_value(questions.p50), "p99": ms_value(questions.p99),
            "max": ms_value(questions.max), "count": questions.count,
        }),
    );
    cpu_rows(&mut report, env, cpu_from, cpu_to, driver_from, driver_to);
    memory_rows(&mut report, memory, running);
    report.row(
        "intakes completed",
        format!(
            "{} (whole run; {} updates sent in all)",
            thousands(sum(&stats, |s| s.intakes)),
            thousands(sum(&stats, |s| s.updates))
        ),
        "intakes",
        sum(&stats, |s| s.intakes),
    );
    if sum(&stats, |s| s.intakes) == 0 {
        report.note("no intake completed: one takes 14 updates, each waiting for the bot's answer (and its slot)");
    }
    let timeouts = sum(&stats, |s| s.timeouts);
    let restarts = sum(&stats, |s| s.restarts);
    report.row(
        "client timeouts / restarts",
        format!("{timeouts} / {restarts}"),
        "client_problems",
        serde_json::json!({ "timeouts": timeouts, "restarts": restarts, "aborted": aborted }),
    );
    if timeouts > 0 {
        report.note(format!("{timeouts} times a client waited 10 s without an answer and started over with /start"));
    }
    if given_up > 0 {
        report.note(format!(
            "{given_up} updates handed out in the window got no reply before their client gave up: they count \
             in the percentiles with the time waited (a lower bound) and in \"unanswered\""
        ));
    }
    if never_fetched > 0 {
        report.note(format!(
            "{never_fetched} times a client sent an update while its previous one had not been fetched yet \
             (after a give-up, it took a late answer to an earlier update for the answer)"
        ));
    }
    if aborted > 0 {
        report.note(format!("{aborted} clients were still waiting at the end and were stopped"));
    }
    if !running {
        report.fail("the bot process ended during the run");
    }
    finish(&mut report, &mut setup).await;
    report.note(format!(
        "latency: from the moment getUpdates handed an update out to the first sendMessage or \
         editMessageText for that chat, over the {} updates handed out in the window",
        thousands(latency.count as u64)
    ));
    report.note(
        "queued: from the client's update entering the fake's queue to getUpdates handing it out \
         (the bot fetches the next batch only when it asks); next question: from the client's \
         update entering the queue to the message it acts on (the next question with its buttons, \
         or the end of the intake): the wait a client sees",
    );
    match rate {
        Some(_) => report.target("p99 update→reply at 200 updates/s, raised limits", "≤ 5 ms", ms(latency.p99), {
            latency.count > 0 && latency.p99 <= Duration::from_millis(5)
        }),
        None => report.target(
            "saturation, raised limits",
            "≥ 4,000 updates/s",
            per_second(throughput),
            throughput >= 4000.0,
        ),
    }
    report
}

fn cpu_rows(
    report: &mut Report,
    env: &Env,
    from: Option<measure::CpuSample>,
    to: Option<measure::CpuSample>,
    driver_from: Option<measure::CpuSample>,
    driver_to: Option<measure::CpuSample>,
) {
    match (from, to) {
        (Some(a), Some(b)) => {
            let cores = measure::cores(a, b, env.ticks_per_second);
            report.row("bot CPU", format!("{cores:.2} core"), "bot_cpu_cores", round(cores, 3));
        }
        _ => report.row("bot CPU", "not readable (/proc)", "bot_cpu_cores", serde_json::Value::Null),
    }
    if let (Some(a), Some(b)) = (driver_from, driver_to) {
        let cores = measure::cores(a, b, env.ticks_per_second);
        report.row("benchmark's own CPU", format!("{cores:.2} core"), "driver_cpu_cores", round(cores, 3));
        if cores > 0.8 {
            report.note(format!(
                "the benchmark itself (fake Bot API and clients) kept {cores:.2} core busy: the figures may be \
                 limited by it rather than by the bot"
            ));
        }
    }
}

fn memory_rows(report: &mut Report, memory: Option<measure::Memory>, running: bool) {
    match memory {
        Some(m) => {
            report.row("bot peak RSS (VmHWM)", format!("{:.1} MB", m.peak_mb), "peak_rss_mb", round(m.peak_mb, 1));
            report.row("bot RSS now (VmRSS)", format!("{:.1} MB", m.rss_mb), "rss_mb", round(m.rss_mb, 1));
        }
        None if !running => report.line("bot RSS", "not readable: the bot had exited"),
        None => report.line("bot RSS", "not readable (/proc)"),
    }
}

/// `burst`: many clients send `/start` at the same moment against a fake that enforces
/// Telegram's limits; the bot runs with its default (Telegram's) limits.
async fn burst(env: &Env, sizes: &Sizes) -> Report {
    let limits = Limits::TELEGRAM;
    let mut report =
        Report::new("burst", "every client sends /start at the same moment; the fake enforces Telegram's limits");
    let clients = sizes.clients.unwrap_or(1000).max(1);
    let deadline = Duration::from_secs_f64(sizes.deadline.unwrap_or(120.0));
    let enforced = format!(
        "enforces {} messages/s overall (sliding second), {}/s per chat with a burst of {} \
         (sendMessage + editMessageText); HTTP 429 with retry_after beyond",
        limits.overall_per_second, limits.per_chat_per_second, limits.per_chat_burst
    );
    let bot = bot_limits(&mut report, sizes, BotLimits::Real);
    describe(&mut report, env, clients, bot, &enforced);
    let Some(mut setup) = setup(env, &mut report, clients, Some(limits), bot).await else { return report };
    let pid = setup.bot.pid;
    // Nobody reads the clients' screens here: what counts is each client's first message.
    setup.inboxes.clear();

    let cpu_from = measure::cpu(pid);
    let driver_from = measure::cpu(std::process::id());
    let sent = std::time::Instant::now();
    setup.fake.push_many((0..clients).map(|slot| (slot, client::text_update(slot, 1, "/start"))));
    let until = sent + deadline;
    let mut welcomed = 0;
    while std::time::Instant::now() < until {
        welcomed = setup.fake.first_messages().iter().filter(|m| m.is_some()).count();
        if welcomed == clients || !setup.bot.running() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let elapsed = sent.elapsed();
    let cpu_to = measure::cpu(pid);
    let driver_to = measure::cpu(std::process::id());
    let memory = measure::memory(pid);
    let running = setup.bot.running();
    let firsts = setup.fake.first_messages();
    let lost = firsts.iter().filter(|m| m.is_none()).count();
    let welcome = Latency::of(firsts.iter().flatten().map(|t| t.duration_since(sent)).collect());
    let flood = setup.fake.flood().unwrap_or_default();

    let sustained = match (flood.first_accepted, flood.last_accepted) {
        (Some(first), Some(last)) if flood.accepted > 1 && last > first => {
            (flood.accepted - 1) as f64 / last.duration_since(first).as_secs_f64()
        }
        _ => 0.0,
    };
    let not_honoured = flood.not_honoured_per_chat + flood.not_honoured_overall;
    report.row(
        "welcomes received",
        format!("{} of {} within {} s", thousands(welcomed as u64), thousands(clients as u64), deadline.as_secs()),
        "welcomed",
        welcomed,
    );
    report.row("messages lost", thousands(lost as u64), "lost", lost);
    report.row(
        "total time",
        format!("{:.1} s (burst sent → last welcome, or the deadline)", elapsed.as_secs_f64()),
        "total_s",
        round(elapsed.as_secs_f64(), 2),
    );
    report.row(
        "messages/s sustained",
        format!("{} ({} accepted, first to last)", per_second(sustained), thousands(flood.accepted)),
        "messages_per_s",
        round(sustained, 2),
    );
    report.field("accepted", flood.accepted);
    report.row(
        "most accepted in one second",
        format!("{} (limit {})", flood.max_in_one_second, limits.overall_per_second),
        "max_in_one_second",
        flood.max_in_one_second,
    );
    report.row(
        "429s sent",
        format!(
            "{} ({} per-chat limit, {} overall limit)",
            thousands(flood.refused_per_chat + flood.refused_overall + not_honoured),
            thousands(flood.refused_per_chat),
            thousands(flood.refused_overall)
        ),
        "http_429",
        serde_json::json!({
            "total": flood.refused_per_chat + flood.refused_overall + not_honoured,
            "per_chat": flood.refused_per_chat, "overall": flood.refused_overall,
        }),
    );
    report.row(
        "429s not honoured",
        format!(
            "{} (requests before retry_after elapsed: {} after a per-chat 429, {} after an overall one)",
            thousands(not_honoured),
            flood.not_honoured_per_chat,
            flood.not_honoured_overall
        ),
        "not_honoured",
        serde_json::json!({
            "total": not_honoured, "per_chat": flood.not_honoured_per_chat, "overall": flood.not_honoured_overall,
        }),
    );
    report.row(
        "send → welcome p50 / p99 / max",
        format!("{} / {} / {}", ms(welcome.p50), ms(welcome.p99), ms(welcome.max)),
        "welcome_ms",
        serde_json::json!({ "p50": ms_value(welcome.p50), "p99": ms_value(welcome.p99), "max": ms_value(welcome.max) }),
    );
    cpu_rows(&mut report, env, cpu_from, cpu_to, driver_from, driver_to);
    memory_rows(&mut report, memory, running);
    if !running {
        report.fail("the bot process ended during the burst");
    }
    finish(&mut report, &mut setup).await;
    report.note(
        "a 429 not honoured: a request for a chat that arrived before the retry_after the fake \
         gave that chat had elapsed (it gets another 429); the 429s sent include those",
    );
    report.target("burst, real limits: messages/s sustained", "≥ 28.5/s", per_second(sustained), sustained >= 28.5);
    report.target("burst, real limits: messages lost", "0", thousands(lost as u64), lost == 0);
    report.target("burst, real limits: 429s not honoured", "0", thousands(not_honoured), not_honoured == 0);
    report
}

/// `dialogues`: many clients open a dialogue (`/start`, keep the language, consent) and
/// stay there; then the bot's memory.
async fn dialogues(env: &Env, sizes: &Sizes) -> Report {
    let mut report =
        Report::new("dialogues", "every client opens a dialogue (/start, language, consent) and stays there");
    let clients = sizes.clients.unwrap_or(10_000).max(1);
    let deadline = Duration::from_secs_f64(sizes.deadline.unwrap_or(600.0));
    let limits = bot_limits(&mut report, sizes, BotLimits::Raised);
    describe(&mut report, env, clients, limits, "fast, no limits");
    let Some(mut setup) = setup(env, &mut report, clients, None, limits).await else { return report };
    let pid = setup.bot.pid;
    let before = measure::memory(pid);

    let start = Instant::now();
    let hard = start + deadline;
    let plan = Plan {
        goal: Goal::OpenDialogue,
        stop: Arc::new(AtomicBool::new(false)),
        deadline: hard,
        // A backlog of thousands of updates is expected here: wait as long as the deadline.
        answer_timeout: deadline,
        pacer: None,
    };
    let cpu_from = measure::cpu(pid);
    let driver_from = measure::cpu(std::process::id());
    let mut set = JoinSet::new();
    for (slot, inbox) in std::mem::take(&mut setup.inboxes).into_iter().enumerate() {
        set.spawn(Client::new(slot, inbox, setup.fake.clone()).run(plan.clone()));
    }
    drop(plan);
    let joined = join(set, hard + Duration::from_secs(2), &mut setup.bot, &setup.fake).await;
    let (stats, aborted) = (joined.stats, joined.aborted);
    if let Some(why) = joined.cut_short {
        report.note(why);
    }
    let elapsed = start.elapsed();
    let cpu_to = measure::cpu(pid);
    let driver_to = measure::cpu(std::process::id());
    // Let the bot settle (finish writes, free buffers) before reading its memory.
    tokio::time::sleep(Duration::from_secs(1)).await;
    let memory = measure::memory(pid);
    let running = setup.bot.running();
    let opened = stats.iter().filter(|s| s.opened).count();
    let updates = sum(&stats, |s| s.updates);
    let latency = Latency::of(setup.fake.samples().into_iter().map(|s| s.latency).collect());

    report.row(
        "dialogues open",
        format!("{} of {} (in {:.1} s)", thousands(opened as u64), thousands(clients as u64), elapsed.as_secs_f64()),
        "opened",
        opened,
    );
    report.field("open_s", round(elapsed.as_secs_f64(), 2));
    report.row(
        "updates",
        format!("{} ({} while opening)", thousands(updates), per_second(updates as f64 / elapsed.as_secs_f64())),
        "updates",
        updates,
    );
    report.row(
        "update → reply p50 / p99 / max",
        format!("{} / {} / {} (with a backlog)", ms(latency.p50), ms(latency.p99), ms(latency.max)),
        "latency_ms",
        serde_json::json!({ "p50": ms_value(latency.p50), "p99": ms_value(latency.p99), "max": ms_value(latency.max) }),
    );
    if let Some(b) = before {
        report.row("bot RSS before (VmRSS)", format!("{:.1} MB", b.rss_mb), "rss_before_mb", round(b.rss_mb, 1));
    }
    cpu_rows(&mut report, env, cpu_from, cpu_to, driver_from, driver_to);
    memory_rows(&mut report, memory, running);
    let timeouts = sum(&stats, |s| s.timeouts);
    let restarts = sum(&stats, |s| s.restarts);
    if opened < clients {
        report.note(format!(
            "{} clients did not get their dialogue open within {} s ({timeouts} timeouts, {restarts} restarts, {aborted} stopped)",
            clients - opened,
            deadline.as_secs()
        ));
    }
    if !running {
        report.fail("the bot process ended during the run");
    }
    finish(&mut report, &mut setup).await;
    let rss = memory.map(|m| m.rss_mb);
    report.target(
        &format!("{} open dialogues: RSS (VmRSS)", thousands(clients as u64)),
        "≤ 64 MB",
        rss.map_or("?".into(), |r| format!("{r:.1} MB")),
        opened == clients && rss.is_some_and(|r| r <= 64.0),
    );
    report
}

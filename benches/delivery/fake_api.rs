//! The fake Telegram Bot API the bot talks to (axum on 127.0.0.1:0), lean for speed:
//! typed request bodies, hand-built JSON answers, no call log. It
//! - serves the methods the bot uses (`getMe`, `getWebhookInfo`, `deleteWebhook`,
//!   `setMyCommands`, `getUpdates` long polling with offset, limit and timeout,
//!   `sendMessage`, `editMessageText`, `editMessageReplyMarkup`, `answerCallbackQuery`);
//! - times every update from the moment `getUpdates` hands it out to the first
//!   `sendMessage` or `editMessageText` for its chat (the update→reply latency);
//! - passes what the bot puts on a client's screen to that simulated client;
//! - optionally enforces Telegram's flood limits and answers 429 beyond them, noting every
//!   request that arrives before the `retry_after` it was given.

use std::collections::{HashMap, VecDeque};
use std::fmt::Write as _;
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::Router;
use serde::Deserialize;
use tokio::sync::{mpsc, Notify};
use tokio::task::JoinHandle;

pub const TOKEN: &str = "7000000:BENCH";
pub const BOT_ID: i64 = 7_000_000;
/// Chat (and user) id of simulated client 0; client `i` is `FIRST_CHAT + i`.
pub const FIRST_CHAT: i64 = 500_000_000;
/// Telegram hands out at most this many updates per `getUpdates`.
const MAX_BATCH: usize = 100;
/// Longest long poll the fake holds, whatever the bot asks for.
const MAX_POLL: Duration = Duration::from_secs(50);

/// Telegram's flood limits as the fake enforces them.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// sendMessage + editMessageText in any sliding second, all chats together.
    pub overall_per_second: usize,
    /// Per chat: a token bucket refilled at this many messages per second …
    pub per_chat_per_second: f64,
    /// … holding at most this many (the burst).
    pub per_chat_burst: f64,
}

impl Limits {
    pub const TELEGRAM: Limits = Limits { overall_per_second: 30, per_chat_per_second: 1.0, per_chat_burst: 3.0 };
}

/// What the bot put on a client's screen.
#[derive(Debug)]
pub struct BotMessage {
    /// An edit of an earlier message (rather than a new one).
    pub edit: bool,
    pub message_id: i64,
    pub text: String,
    /// Callback data of the inline keyboard, row by row; `None` without a keyboard.
    pub keyboard: Option<Vec<Vec<String>>>,
}

/// One timed update: when `getUpdates` handed it out, how long it had waited in the queue
/// for that, and how long the reply then took.
#[derive(Debug, Clone, Copy)]
pub struct Sample {
    pub handed: Instant,
    /// Queued (the client had sent it) → handed out by `getUpdates`.
    pub queued: Duration,
    /// Handed out → the reply; for an update given up on, → the moment it was given up
    /// (a lower bound).
    pub latency: Duration,
    /// The client gave up waiting and sent something else: no reply had come.
    pub given_up: bool,
}

/// Requests per method, as the bot made them.
#[derive(Debug, Default, Clone)]
pub struct Requests {
    pub by_method: Vec<(String, u64)>,
    /// Calls to methods the fake does not know (answered 404).
    pub unknown: Vec<String>,
    /// Bodies the fake could not read (answered 400).
    pub malformed: u64,
}

/// Flood-control figures of a run with enforced limits.
#[derive(Debug, Default, Clone)]
pub struct FloodStats {
    pub accepted: u64,
    pub first_accepted: Option<Instant>,
    pub last_accepted: Option<Instant>,
    pub refused_per_chat: u64,
    pub refused_overall: u64,
    /// Requests for a chat that came before the `retry_after` given to that chat elapsed,
    /// by the kind of limit that chat had hit.
    pub not_honoured_per_chat: u64,
    pub not_honoured_overall: u64,
    /// Most messages accepted in any sliding second (checked by the fake itself).
    pub max_in_one_second: usize,
}

const METHODS: [&str; 10] = [
    "getupdates",
    "sendmessage",
    "editmessagetext",
    "editmessagereplymarkup",
    "answercallbackquery",
    "getme",
    "getwebhookinfo",
    "deletewebhook",
    "setmycommands",
    "other",
];

#[derive(Default)]
struct SlotState {
    /// An update pushed for this chat and not yet answered.
    awaiting: bool,
    /// When that update was queued, and when `getUpdates` first handed it out.
    pushed: Option<Instant>,
    handed: Option<Instant>,
    /// The client has not yet seen the answer it acts on (the next question).
    question_pending: bool,
    /// First accepted `sendMessage` to this chat.
    first_message: Option<Instant>,
}

struct Queued {
    id: i64,
    slot: Option<usize>,
    json: String,
    handed: bool,
}

struct ChatFlood {
    tokens: f64,
    at: Instant,
    banned_until: Option<Instant>,
    banned_overall: bool,
}

struct Flood {
    limits: Limits,
    window: VecDeque<Instant>,
    chats: HashMap<i64, ChatFlood>,
    stats: FloodStats,
}

enum Verdict {
    Accept,
    Refuse(u64),
}

impl Flood {
    fn check(&mut self, chat: i64, now: Instant) -> Verdict {
        let limits = self.limits;
        let entry = self.chats.entry(chat).or_insert(ChatFlood {
            tokens: limits.per_chat_burst,
            at: now,
            banned_until: None,
            banned_overall: false,
        });
        if let Some(until) = entry.banned_until.filter(|u| *u > now) {
            if entry.banned_overall {
                self.stats.not_honoured_overall += 1;
            } else {
                self.stats.not_honoured_per_chat += 1;
            }
            return Verdict::Refuse(whole_seconds(until - now));
        }
        entry.tokens =
            (entry.tokens + limits.per_chat_per_second * (now - entry.at).as_secs_f64()).min(limits.per_chat_burst);
        entry.at = now;
        if entry.tokens < 1.0 {
            let wait = Duration::from_secs_f64((1.0 - entry.tokens) / limits.per_chat_per_second);
            let seconds = whole_seconds(wait);
            entry.banned_until = Some(now + Duration::from_secs(seconds));
            entry.banned_overall = false;
            self.stats.refused_per_chat += 1;
            return Verdict::Refuse(seconds);
        }
        while self.window.front().is_some_and(|t| now.duration_since(*t) >= Duration::from_secs(1)) {
            self.window.pop_front();
        }
        if self.window.len() >= limits.overall_per_second {
            let oldest = *self.window.front().expect("the window is full");
            let seconds = whole_seconds(oldest + Duration::from_secs(1) - now);
            entry.banned_until = Some(now + Duration::from_secs(seconds));
            entry.banned_overall = true;
            self.stats.refused_overall += 1;
            return Verdict::Refuse(seconds);
        }
        entry.tokens -= 1.0;
        self.window.push_back(now);
        self.stats.max_in_one_second = self.stats.max_in_one_second.max(self.window.len());
        self.stats.accepted += 1;
        self.stats.first_accepted.get_or_insert(now);
        self.stats.last_accepted = Some(now);
        Verdict::Accept
    }
}

/// `retry_after` as Telegram gives it: whole seconds, at least one.
fn whole_seconds(wait: Duration) -> u64 {
    (wait.as_secs_f64().ceil() as u64).max(1)
}

struct Inner {
    path_prefix: String,
    slots: Vec<Mutex<SlotState>>,
    routes: Vec<mpsc::UnboundedSender<BotMessage>>,
    queue: Mutex<VecDeque<Queued>>,
    next_update: AtomicI64,
    next_message: AtomicI64,
    arrived: Notify,
    polled: AtomicBool,
    counts: [AtomicU64; METHODS.len()],
    unknown: Mutex<Vec<String>>,
    malformed: AtomicU64,
    /// Updates followed by another from their client before the bot had fetched them.
    never_fetched: AtomicU64,
    samples: Mutex<Vec<Sample>>,
    question_samples: Mutex<Vec<Sample>>,
    flood: Option<Mutex<Flood>>,
}

/// The running fake; stopped when dropped.
pub struct FakeApi {
    pub url: String,
    inner: Arc<Inner>,
    server: JoinHandle<()>,
}

impl Drop for FakeApi {
    fn drop(&mut self) {
        self.server.abort();
    }
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl FakeApi {
    /// Starts the fake for `clients` simulated clients; what the bot sends to client `i`
    /// arrives on the `i`-th receiver. With `limits`, flood control is enforced.
    pub async fn start(
        clients: usize,
        limits: Option<Limits>,
    ) -> anyhow::Result<(FakeApi, Vec<mpsc::UnboundedReceiver<BotMessage>>)> {
        let (routes, receivers): (Vec<_>, Vec<_>) = (0..clients).map(|_| mpsc::unbounded_channel()).unzip();
        let inner = Arc::new(Inner {
            path_prefix: format!("bot{TOKEN}"),
            slots: (0..clients).map(|_| Mutex::default()).collect(),
            routes,
            queue: Mutex::new(VecDeque::new()),
            next_update: AtomicI64::new(1),
            next_message: AtomicI64::new(1),
            arrived: Notify::new(),
            polled: AtomicBool::new(false),
            counts: Default::default(),
            unknown: Mutex::default(),
            malformed: AtomicU64::new(0),
            never_fetched: AtomicU64::new(0),
            samples: Mutex::new(Vec::with_capacity(64 * 1024)),
            question_samples: Mutex::new(Vec::with_capacity(64 * 1024)),
            flood: limits.map(|limits| {
                Mutex::new(Flood {
                    limits,
                    window: VecDeque::new(),
                    chats: HashMap::new(),
                    stats: FloodStats::default(),
                })
            }),
        });
        let router = Router::new().route("/{bot}/{method}", post(api)).with_state(inner.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let url = format!("http://{}", listener.local_addr()?);
        let server = tokio::spawn(async move {
            if let Err(error) = axum::serve(listener, router).await {
                eprintln!("fake Bot API stopped: {error}");
            }
        });
        Ok((FakeApi { url, inner, server }, receivers))
    }

    /// Whether the bot has started long polling.
    pub fn polled(&self) -> bool {
        self.inner.polled.load(Ordering::Relaxed)
    }

    /// Queues an update from client `slot`; `body` is the update without its id
    /// (`"message":{…}` or `"callback_query":{…}`).
    pub fn push(&self, slot: usize, body: &str) {
        self.push_many(std::iter::once((slot, body.to_owned())));
    }

    /// Queues several updates at once (one wake-up of the waiting long poll).
    pub fn push_many(&self, updates: impl IntoIterator<Item = (usize, String)>) {
        {
            let mut queue = lock(&self.inner.queue);
            let now = Instant::now();
            for (slot, body) in updates {
                let id = self.inner.next_update.fetch_add(1, Ordering::Relaxed);
                if let Some(state) = self.inner.slots.get(slot) {
                    let mut state = lock(state);
                    // The client gave up on its last update: that wait counts, as a lower
                    // bound. (A late reply to it that arrives after the new update is handed
                    // out would be taken for the new one's: only after a give-up.)
                    if let (Some(handed), Some(pushed)) = (state.handed, state.pushed) {
                        let given_up = |latency| Sample {
                            handed,
                            queued: handed.saturating_duration_since(pushed),
                            latency,
                            given_up: true,
                        };
                        if state.awaiting {
                            lock(&self.inner.samples).push(given_up(now - handed));
                        }
                        if state.question_pending {
                            lock(&self.inner.question_samples).push(given_up(now - handed));
                        }
                    } else if state.awaiting {
                        self.inner.never_fetched.fetch_add(1, Ordering::Relaxed);
                    }
                    state.awaiting = true;
                    state.question_pending = true;
                    state.pushed = Some(now);
                    state.handed = None;
                }
                queue.push_back(Queued {
                    id,
                    slot: Some(slot),
                    json: format!("{{\"update_id\":{id},{body}}}"),
                    handed: false,
                });
            }
        }
        self.inner.arrived.notify_waiters();
    }

    /// Every timed update so far: handed out → first reply.
    pub fn samples(&self) -> Vec<Sample> {
        lock(&self.inner.samples).clone()
    }

    /// Every update so far timed to the answer the client acts on (the next question, or
    /// the end of the intake): handed out → [`FakeApi::question_seen`].
    pub fn question_samples(&self) -> Vec<Sample> {
        lock(&self.inner.question_samples).clone()
    }

    /// Client `slot` got the answer it acts on.
    pub fn question_seen(&self, slot: usize) {
        let now = Instant::now();
        if let Some(state) = self.inner.slots.get(slot) {
            let mut state = lock(state);
            if let (true, Some(handed)) = (state.question_pending, state.handed) {
                state.question_pending = false;
                let queued = state.pushed.map_or(Duration::ZERO, |p| handed.saturating_duration_since(p));
                lock(&self.inner.question_samples).push(Sample {
                    handed,
                    queued,
                    latency: now - handed,
                    given_up: false,
                });
            }
        }
    }

    /// Updates handed out in `[from, to)` and still unanswered.
    pub fn unanswered(&self, from: Instant, to: Instant) -> usize {
        self.inner
            .slots
            .iter()
            .filter(|s| {
                let s = lock(s);
                s.awaiting && s.handed.is_some_and(|h| h >= from && h < to)
            })
            .count()
    }

    /// When each client got its first message accepted (`None`: never).
    pub fn first_messages(&self) -> Vec<Option<Instant>> {
        self.inner.slots.iter().map(|s| lock(s).first_message).collect()
    }

    /// Updates followed by another from their client before the bot had fetched them.
    pub fn never_fetched(&self) -> u64 {
        self.inner.never_fetched.load(Ordering::Relaxed)
    }

    /// `sendMessage` and `editMessageText` calls so far (a sign of life).
    pub fn messages(&self) -> u64 {
        self.inner.counts[1].load(Ordering::Relaxed) + self.inner.counts[2].load(Ordering::Relaxed)
    }

    pub fn requests(&self) -> Requests {
        let by_method = METHODS
            .iter()
            .zip(&self.inner.counts)
            .map(|(m, c)| (display_name(m).to_owned(), c.load(Ordering::Relaxed)))
            .filter(|(_, c)| *c > 0)
            .collect();
        Requests {
            by_method,
            unknown: lock(&self.inner.unknown).clone(),
            malformed: self.inner.malformed.load(Ordering::Relaxed),
        }
    }

    pub fn flood(&self) -> Option<FloodStats> {
        self.inner.flood.as_ref().map(|f| lock(f).stats.clone())
    }
}

fn display_name(lower: &str) -> &str {
    match lower {
        "getupdates" => "getUpdates",
        "sendmessage" => "sendMessage",
        "editmessagetext" => "editMessageText",
        "editmessagereplymarkup" => "editMessageReplyMarkup",
        "answercallbackquery" => "answerCallbackQuery",
        "getme" => "getMe",
        "getwebhookinfo" => "getWebhookInfo",
        "deletewebhook" => "deleteWebhook",
        "setmycommands" => "setMyCommands",
        other => other,
    }
}

#[derive(Deserialize)]
struct PollParams {
    offset: Option<i64>,
    limit: Option<usize>,
    timeout: Option<u64>,
}

#[derive(Deserialize)]
struct MessageParams {
    chat_id: i64,
    message_id: Option<i64>,
    text: Option<String>,
    reply_markup: Option<Markup>,
}

#[derive(Deserialize)]
struct Markup {
    #[serde(default)]
    inline_keyboard: Vec<Vec<Button>>,
}

#[derive(Deserialize)]
struct Button {
    callback_data: Option<String>,
}

fn json_response(status: StatusCode, body: String) -> Response {
    (status, [(header::CONTENT_TYPE, "application/json")], body).into_response()
}

fn ok(result: &str) -> Response {
    json_response(StatusCode::OK, format!("{{\"ok\":true,\"result\":{result}}}"))
}

fn error(status: StatusCode, description: &str) -> Response {
    let body = serde_json::json!({ "ok": false, "error_code": status.as_u16(), "description": description });
    json_response(status, body.to_string())
}

async fn api(State(inner): State<Arc<Inner>>, Path((bot, method)): Path<(String, String)>, body: Bytes) -> Response {
    if bot != inner.path_prefix {
        return error(StatusCode::UNAUTHORIZED, "Unauthorized");
    }
    let method = method.to_ascii_lowercase();
    let index = METHODS.iter().position(|m| *m == method).unwrap_or(METHODS.len() - 1);
    inner.counts[index].fetch_add(1, Ordering::Relaxed);
    match method.as_str() {
        "getupdates" => get_updates(&inner, &body).await,
        "sendmessage" | "editmessagetext" | "editmessagereplymarkup" => message(&inner, &method, &body),
        "answercallbackquery" | "setmycommands" | "deletewebhook" => ok("true"),
        "getme" => ok(&format!(
            "{{\"id\":{BOT_ID},\"is_bot\":true,\"first_name\":\"anlauf\",\"username\":\"anlauf_bench_bot\",\
             \"can_join_groups\":false,\"can_read_all_group_messages\":false,\"supports_inline_queries\":false,\
             \"has_main_web_app\":false}}"
        )),
        "getwebhookinfo" => ok("{\"url\":\"\",\"has_custom_certificate\":false,\"pending_update_count\":0}"),
        _ => {
            let mut unknown = lock(&inner.unknown);
            if !unknown.contains(&method) {
                unknown.push(method);
            }
            error(StatusCode::NOT_FOUND, "Not Found: method not found")
        }
    }
}

async fn get_updates(inner: &Inner, body: &[u8]) -> Response {
    let params: PollParams = match serde_json::from_slice(body) {
        Ok(p) => p,
        Err(_) if body.is_empty() => PollParams { offset: None, limit: None, timeout: None },
        Err(e) => {
            inner.malformed.fetch_add(1, Ordering::Relaxed);
            return error(StatusCode::BAD_REQUEST, &format!("Bad Request: {e}"));
        }
    };
    inner.polled.store(true, Ordering::Relaxed);
    let offset = params.offset.unwrap_or(0);
    let limit = params.limit.unwrap_or(MAX_BATCH).clamp(1, MAX_BATCH);
    let deadline = tokio::time::Instant::now() + Duration::from_secs(params.timeout.unwrap_or(0)).min(MAX_POLL);
    loop {
        let notified = inner.arrived.notified();
        {
            let mut queue = lock(&inner.queue);
            while queue.front().is_some_and(|q| q.id < offset) {
                queue.pop_front();
            }
            if !queue.is_empty() {
                let now = Instant::now();
                let mut out = String::with_capacity(512 * queue.len().min(limit));
                out.push_str("{\"ok\":true,\"result\":[");
                for (i, update) in queue.iter_mut().take(limit).enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    out.push_str(&update.json);
                    if !update.handed {
                        update.handed = true;
                        if let Some(slot) = update.slot.and_then(|s| inner.slots.get(s)) {
                            let mut slot = lock(slot);
                            if slot.awaiting && slot.handed.is_none() {
                                slot.handed = Some(now);
                            }
                        }
                    }
                }
                out.push_str("]}");
                return json_response(StatusCode::OK, out);
            }
        }
        if tokio::time::timeout_at(deadline, notified).await.is_err() {
            return ok("[]");
        }
    }
}

fn message(inner: &Inner, method: &str, body: &[u8]) -> Response {
    let params: MessageParams = match serde_json::from_slice(body) {
        Ok(p) => p,
        Err(e) => {
            inner.malformed.fetch_add(1, Ordering::Relaxed);
            return error(StatusCode::BAD_REQUEST, &format!("Bad Request: {e}"));
        }
    };
    let now = Instant::now();
    let counted = method != "editmessagereplymarkup";
    if counted {
        if let Some(flood) = &inner.flood {
            if let Verdict::Refuse(seconds) = lock(flood).check(params.chat_id, now) {
                let body = format!(
                    "{{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after {seconds}\",\
                     \"parameters\":{{\"retry_after\":{seconds}}}}}"
                );
                return json_response(StatusCode::TOO_MANY_REQUESTS, body);
            }
        }
    }
    let edit = method != "sendmessage";
    let message_id = match params.message_id {
        Some(id) if edit => id,
        _ => inner.next_message.fetch_add(1, Ordering::Relaxed),
    };
    let slot = usize::try_from(params.chat_id - FIRST_CHAT).ok().filter(|s| *s < inner.slots.len());
    if let Some(slot) = slot {
        if counted {
            let mut state = lock(&inner.slots[slot]);
            if !edit && state.first_message.is_none() {
                state.first_message = Some(now);
            }
            if state.awaiting {
                if let Some(handed) = state.handed {
                    state.awaiting = false;
                    let queued = state.pushed.map_or(Duration::ZERO, |p| handed.saturating_duration_since(p));
                    lock(&inner.samples).push(Sample { handed, queued, latency: now - handed, given_up: false });
                }
            }
        }
        if method != "editmessagereplymarkup" {
            let keyboard = params.reply_markup.as_ref().map(|m| {
                m.inline_keyboard
                    .iter()
                    .map(|row| row.iter().filter_map(|b| b.callback_data.clone()).collect())
                    .collect()
            });
            // A client that has finished drops its receiver; nothing to deliver then.
            let _ = inner.routes[slot].send(BotMessage {
                edit,
                message_id,
                text: params.text.clone().unwrap_or_default(),
                keyboard,
            });
        }
    }
    let date = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let mut result = String::with_capacity(256);
    let _ = write!(
        result,
        "{{\"message_id\":{message_id},\"date\":{date},\"chat\":{{\"id\":{},\"type\":\"private\",\"first_name\":\"Bench\"}},\
         \"from\":{{\"id\":{BOT_ID},\"is_bot\":true,\"first_name\":\"anlauf\",\"username\":\"anlauf_bench_bot\"}},\"text\":{}}}",
        params.chat_id,
        serde_json::to_string(params.text.as_deref().unwrap_or("…")).unwrap_or_else(|_| "\"…\"".into()),
    );
    ok(&result)
}

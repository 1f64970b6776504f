//! A simulated Telegram user in a private chat (language `de`): it reacts to what the bot
//! puts on its screen, pressing a button of the last keyboard it got or typing text where a
//! question has no answer buttons, one update at a time (it waits for the bot's answer
//! before its next action), through the whole intake:
//! `/start` → language (keep) → consent yes → tick a topic, done → age → arrival →
//! residence → integration course → urgent no → own words (typed) → contact by chat →
//! office → confirm the summary; the message without buttons that follows is the end.
//!
//! Callback data is `<turn>:<action>` (src/dialog/action.rs): `l:<lang>`, `y`, `n`,
//! `t:<option>`, `u:<option>`, `d`, `o:<option>`, `s`, `c`, `e`, `e:<step>`, `b`, `r`.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use tokio::sync::{mpsc, oneshot};
use tokio::time::Instant;

use crate::fake_api::{BotMessage, FakeApi, BOT_ID, FIRST_CHAT};

/// What the client types where a question asks for its own words.
const OWN_WORDS: &str = "Ich habe eine Frage zu meiner Aufenthaltserlaubnis und brauche einen Termin.";
/// More updates than an intake needs: the client starts over (a loop in the dialogue).
const MAX_STEPS_PER_INTAKE: u32 = 40;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Goal {
    /// Whole intakes, one after another, until told to stop.
    Intakes,
    /// `/start`, keep the language, consent: stop once the first real question is asked.
    OpenDialogue,
}

/// What one client did.
#[derive(Debug, Default, Clone, Copy)]
pub struct ClientStats {
    pub updates: u64,
    pub intakes: u64,
    /// Waits for an answer that ran out (the client started over with `/start`).
    pub timeouts: u64,
    /// Starts over for other reasons: a keyboard it could not read, a dialogue in a loop.
    pub restarts: u64,
    /// For [`Goal::OpenDialogue`]: reached the first question after consent.
    pub opened: bool,
}

/// Open-loop pacing: a client asks for a slot and sends when the pacer gives it one.
#[derive(Clone)]
pub struct Pacer {
    ready: mpsc::UnboundedSender<oneshot::Sender<()>>,
}

/// What the pacer did.
#[derive(Debug, Default, Clone, Copy)]
pub struct PacerStats {
    pub slots: u64,
    pub released: u64,
    /// Slots in which every client was still waiting for the bot: nothing was sent.
    pub idle: u64,
}

impl Pacer {
    /// Hands out `rate` slots per second from `start` until `end`, each to the client that
    /// has waited longest; a slot that finds no client ready is counted and lost.
    pub fn spawn(rate: f64, start: Instant, end: Instant) -> (Pacer, tokio::task::JoinHandle<PacerStats>) {
        let (ready, mut waiting) = mpsc::unbounded_channel::<oneshot::Sender<()>>();
        let period = Duration::from_secs_f64(1.0 / rate);
        let task = tokio::spawn(async move {
            let mut stats = PacerStats::default();
            let mut at = start;
            while at < end {
                tokio::time::sleep_until(at).await;
                stats.slots += 1;
                loop {
                    match waiting.try_recv() {
                        Ok(client) => {
                            if client.send(()).is_ok() {
                                stats.released += 1;
                                break;
                            }
                        }
                        Err(_) => {
                            stats.idle += 1;
                            break;
                        }
                    }
                }
                at += period;
            }
            stats
        });
        (Pacer { ready }, task)
    }

    /// Waits for a slot; false when none comes before `deadline` (or the pacer ended).
    async fn slot(&self, deadline: Instant) -> bool {
        let (tx, rx) = oneshot::channel();
        if self.ready.send(tx).is_err() {
            return false;
        }
        matches!(tokio::time::timeout_at(deadline, rx).await, Ok(Ok(())))
    }
}

/// How a client runs.
#[derive(Clone)]
pub struct Plan {
    pub goal: Goal,
    /// No new update after this is set (outstanding answers are still awaited).
    pub stop: Arc<AtomicBool>,
    /// Nothing at all after this.
    pub deadline: Instant,
    /// Longest wait for one answer before starting over.
    pub answer_timeout: Duration,
    pub pacer: Option<Pacer>,
}

pub struct Client {
    slot: usize,
    inbox: mpsc::UnboundedReceiver<BotMessage>,
    fake: Arc<FakeApi>,
    next_message: i64,
    next_query: u64,
}

enum Next {
    Type(&'static str),
    Press { message_id: i64, text: String, data: String },
}

/// Where the client is in the current intake.
#[derive(Default)]
struct Progress {
    consented: bool,
    confirmed: bool,
    typed: u32,
    steps: u32,
}

enum Answer {
    Question(BotMessage),
    Done,
    TimedOut,
    Closed,
}

impl Client {
    pub fn new(slot: usize, inbox: mpsc::UnboundedReceiver<BotMessage>, fake: Arc<FakeApi>) -> Client {
        Client { slot, inbox, fake, next_message: 1, next_query: 1 }
    }

    pub async fn run(mut self, plan: Plan) -> ClientStats {
        let mut stats = ClientStats::default();
        let mut next = Next::Type("/start");
        let mut progress = Progress::default();
        loop {
            if plan.stop.load(Ordering::Relaxed) || Instant::now() >= plan.deadline {
                break;
            }
            if let Some(pacer) = &plan.pacer {
                if !pacer.slot(plan.deadline).await || plan.stop.load(Ordering::Relaxed) {
                    break;
                }
            }
            // Late answers to an update given up on must not be taken for the next one.
            while self.inbox.try_recv().is_ok() {}
            let update = self.update(&next);
            self.fake.push(self.slot, &update);
            stats.updates += 1;
            progress.steps += 1;
            if matches!(next, Next::Press { ref data, .. } if action(data) == "c") {
                progress.confirmed = true;
            }
            let until = plan.deadline.min(Instant::now() + plan.answer_timeout);
            let answer = self.answer(until, progress.confirmed).await;
            if matches!(answer, Answer::Question(_) | Answer::Done) {
                self.fake.question_seen(self.slot);
            }
            match answer {
                Answer::Closed => break,
                Answer::TimedOut => {
                    if Instant::now() >= plan.deadline {
                        break;
                    }
                    stats.timeouts += 1;
                    next = Next::Type("/start");
                    progress = Progress::default();
                }
                Answer::Done => {
                    stats.intakes += 1;
                    next = Next::Type("/start");
                    progress = Progress::default();
                }
                Answer::Question(message) => {
                    if plan.goal == Goal::OpenDialogue && progress.consented && !is_language(&message) {
                        stats.opened = true;
                        break;
                    }
                    match decide(&message, &mut progress) {
                        Some(n) if progress.steps < MAX_STEPS_PER_INTAKE => next = n,
                        _ => {
                            stats.restarts += 1;
                            next = Next::Type("/start");
                            progress = Progress::default();
                        }
                    }
                }
            }
        }
        stats
    }

    /// Waits for the bot's answer: a message with buttons (the next question), or, after
    /// the summary was confirmed, a new message without buttons (the end).
    async fn answer(&mut self, until: Instant, confirmed: bool) -> Answer {
        loop {
            match tokio::time::timeout_at(until, self.inbox.recv()).await {
                Err(_) => return Answer::TimedOut,
                Ok(None) => return Answer::Closed,
                Ok(Some(message)) => {
                    if message.keyboard.as_ref().is_some_and(|k| k.iter().any(|row| !row.is_empty())) {
                        return Answer::Question(message);
                    }
                    if confirmed && !message.edit {
                        return Answer::Done;
                    }
                }
            }
        }
    }

    /// The update (without its id) for the next action.
    fn update(&mut self, next: &Next) -> String {
        match next {
            Next::Type(text) => {
                self.next_message += 1;
                text_update(self.slot, self.next_message - 1, text)
            }
            Next::Press { message_id, text, data } => {
                self.next_query += 1;
                press_update(self.slot, self.next_query - 1, *message_id, text, data)
            }
        }
    }
}

fn unix_now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

fn user(chat: i64) -> String {
    format!("{{\"id\":{chat},\"is_bot\":false,\"first_name\":\"Bench\",\"language_code\":\"de\"}}")
}

fn private_chat(chat: i64) -> String {
    format!("{{\"id\":{chat},\"type\":\"private\",\"first_name\":\"Bench\"}}")
}

/// A text message (a command gets its `bot_command` entity) from client `slot`, as an
/// update without its id.
pub fn text_update(slot: usize, message_id: i64, text: &str) -> String {
    let chat = FIRST_CHAT + slot as i64;
    let entities = if text.starts_with('/') {
        let length = text.split_whitespace().next().unwrap_or(text).encode_utf16().count();
        format!(",\"entities\":[{{\"type\":\"bot_command\",\"offset\":0,\"length\":{length}}}]")
    } else {
        String::new()
    };
    format!(
        "\"message\":{{\"message_id\":{message_id},\"date\":{},\"chat\":{},\"from\":{},\"text\":{}{entities}}}",
        unix_now(),
        private_chat(chat),
        user(chat),
        json_string(text)
    )
}

/// Client `slot` pressing the button `data` on the bot's message `message_id`.
fn press_update(slot: usize, query: u64, message_id: i64, text: &str, data: &str) -> String {
    let chat = FIRST_CHAT + slot as i64;
    format!(
        "\"callback_query\":{{\"id\":\"{chat}-{query}\",\"from\":{},\"chat_instance\":\"bench-{chat}\",\"data\":{},\
         \"message\":{{\"message_id\":{message_id},\"date\":{},\"chat\":{},\
         \"from\":{{\"id\":{BOT_ID},\"is_bot\":true,\"first_name\":\"anlauf\",\"username\":\"anlauf_bench_bot\"}},\
         \"text\":{}}}}}",
        user(chat),
        json_string(data),
        unix_now(),
        private_chat(chat),
        json_string(&unescape(text)),
    )
}

fn json_string(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".into())
}

/// The plain text Telegram shows for a message the bot sent in HTML.
fn unescape(html: &str) -> String {
    html.replace("<b>", "")
        .replace("</b>", "")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The action of callback data: `12:o:mitte` → `o:mitte`.
fn action(data: &str) -> &str {
    data.split_once(':').map_or(data, |(_, a)| a)
}

fn is_language(message: &BotMessage) -> bool {
    buttons(message).any(|d| action(d).starts_with("l:"))
}

fn buttons(message: &BotMessage) -> impl Iterator<Item = &String> {
    message.keyboard.iter().flatten().flatten()
}

/// The button (or text) this question needs; `None` when the keyboard makes no sense.
fn decide(message: &BotMessage, progress: &mut Progress) -> Option<Next> {
    let press =
        |data: &String| Next::Press { message_id: message.message_id, text: message.text.clone(), data: data.clone() };
    let find = |wanted: &dyn Fn(&str) -> bool| buttons(message).find(|d| wanted(action(d)));
    let rows = message.keyboard.as_deref().unwrap_or_default();
    // Language: keep German (the first button), whatever the client had before.
    if is_language(message) {
        *progress = Progress { steps: progress.steps, ..Progress::default() };
        return find(&|a| a == "l:de").or_else(|| find(&|a| a.starts_with("l:"))).map(press);
    }
    if let Some(confirm) = find(&|a| a == "c") {
        return Some(press(confirm));
    }
    // Several answers: tick one, then done.
    if find(&|a| a.starts_with("t:") || a.starts_with("u:")).is_some() {
        return if find(&|a| a.starts_with("u:")).is_some() {
            find(&|a| a == "d").map(press)
        } else {
            find(&|a| a.starts_with("t:")).map(press)
        };
    }
    let yes = find(&|a| a == "y");
    let no = find(&|a| a == "n");
    if let (Some(yes), Some(no)) = (yes, no) {
        let same_row = rows.iter().any(|row| row.contains(yes) && row.contains(no));
        if !same_row {
            // "Start over?" (asked when answers would be lost): yes, start afresh.
            return Some(press(yes));
        }
        // The first yes/no of an intake is the consent.
        return Some(if progress.consented {
            press(no)
        } else {
            progress.consented = true;
            press(yes)
        });
    }
    // "Is something urgent?" (and the integration course): no.
    if let Some(no) = find(&|a| a == "o:no") {
        return Some(press(no));
    }
    if let Some(option) = find(&|a| a.starts_with("o:")) {
        return Some(press(option));
    }
    // "Which answer to change?": go back to the summary.
    if find(&|a| a.starts_with("e:")).is_some() {
        return find(&|a| a == "b").map(press);
    }
    // Only skip and navigation: the question wants typed text (the client's own words).
    let answers = buttons(message).filter(|d| !matches!(action(d), "s" | "b" | "r")).count();
    if answers == 0 {
        progress.typed += 1;
        return if progress.typed <= 1 { Some(Next::Type(OWN_WORDS)) } else { find(&|a| a == "s").map(press) };
    }
    buttons(message).find(|d| !matches!(action(d), "b" | "r")).map(press)
}

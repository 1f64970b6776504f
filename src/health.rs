//! What `/healthz` reports: the service is up, the database answers, and whether
//! Telegram answered the last time the bot asked it something. A load balancer or an administrator sees a bot that
//! cannot reach Telegram (a network problem, a revoked token) instead of a false "ok".

use std::sync::atomic::{AtomicU8, Ordering};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Telegram {
    /// No token: the bot is not running.
    Off,
    /// Not asked yet.
    Starting,
    Reachable,
    Unreachable,
}

#[derive(Debug)]
pub struct Health {
    telegram: AtomicU8,
    /// Updates arrive by webhook: an instance a load balancer takes out of rotation would
    /// never get the updates whose replies show that Telegram is back, so Telegram's
    /// reachability is reported but does not make the instance unhealthy.
    webhook: bool,
    /// It runs the shipped demo organisation (fictional offices and places): said in
    /// every report, so that nobody mistakes it for a real service.
    demo: bool,
}

impl Health {
    pub fn new(telegram: Telegram, webhook: bool) -> Health {
        Health { telegram: AtomicU8::new(telegram as u8), webhook, demo: false }
    }

    /// The same, running the shipped demo organisation.
    pub fn demo(self, demo: bool) -> Health {
        Health { demo, ..self }
    }

    pub fn telegram(&self) -> Telegram {
        match self.telegram.load(Ordering::Relaxed) {
            0 => Telegram::Off,
            1 => Telegram::Starting,
            2 => Telegram::Reachable,
            _ => Telegram::Unreachable,
        }
    }

    /// Records how the last request to Telegram went.
    pub fn telegram_answered(&self, answered: bool) {
        let state = if answered { Telegram::Reachable } else { Telegram::Unreachable };
        self.telegram.store(state as u8, Ordering::Relaxed);
    }

    /// The HTTP status and the body of `/healthz`, given whether the database just
    /// answered: 503 while the database, or (polling) Telegram, cannot be reached.
    pub fn report(&self, database: bool) -> (u16, serde_json::Value) {
        let (status, telegram) = match self.telegram() {
            Telegram::Off => (200, "off"),
            Telegram::Starting => (200, "starting"),
            Telegram::Reachable => (200, "reachable"),
            Telegram::Unreachable if self.webhook => (200, "unreachable"),
            Telegram::Unreachable => (503, "unreachable"),
        };
        let status = if database { status } else { 503 };
        let overall = if self.telegram() == Telegram::Unreachable || !database { "degraded" } else { "ok" };
        let database = if database { "reachable" } else { "unreachable" };
        let mut body = serde_json::json!({ "status": overall, "database": database, "telegram": telegram });
        if self.demo {
            body["demo"] = serde_json::Value::Bool(true);
        }
        (status, body)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn health_follows_the_last_answer() {
        let health = Health::new(Telegram::Starting, false);
        assert_eq!(health.report(true).0, 200);
        health.telegram_answered(false);
        let down = serde_json::json!({ "status": "degraded", "database": "reachable", "telegram": "unreachable" });
        assert_eq!(health.report(true), (503, down.clone()));
        health.telegram_answered(true);
        assert_eq!(health.report(true).1["telegram"], "reachable");
        assert_eq!(health.report(false).0, 503, "without the database nothing works");
        assert_eq!(health.report(false).1["database"], "unreachable");
        assert_eq!(Health::new(Telegram::Off, false).report(true).1["telegram"], "off");
        let demo = Health::new(Telegram::Off, false).demo(true).report(true);
        assert_eq!(demo.1["demo"], true, "the demo organisation says so");
        let webhook = Health::new(Telegram::Unreachable, true);
        assert_eq!(webhook.report(true), (200, down));
    }
}

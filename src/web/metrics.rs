//! `/metrics` in Prometheus' text format: totals from the database (the same on every
//! instance), no personal data. Open like `/healthz`: put it behind the proxy's access
//! rules if the numbers themselves are not for everyone.

use std::fmt::Write;

use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};

use super::Web;
use crate::store::Counts;

pub async fn metrics(State(web): State<Web>) -> Response {
    match web.service.store.counts(chrono::Utc::now()).await {
        Ok(counts) => {
            ([(header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")], exposition(&counts)).into_response()
        }
        Err(error) => {
            tracing::warn!(%error, "metrics: the database did not answer");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n").into_response()
        }
    }
}

/// The counts in the exposition format, one family after another.
pub fn exposition(counts: &Counts) -> String {
    let mut out = String::new();
    let mut family = |name: &str, kind: &str, help: &str, samples: &[(Option<(&str, &str)>, i64)]| {
        let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} {kind}");
        for (label, value) in samples {
            match label {
                Some((key, label)) => {
                    let _ = writeln!(out, "{name}{{{key}=\"{}\"}} {value}", label.replace(['"', '\\', '\n'], "_"));
                }
                None => {
                    let _ = writeln!(out, "{name} {value}");
                }
            }
        }
    };
    family("anlauf_updates_handled_total", "counter", "Channel updates processed.", &[(None, counts.updates_handled)]);
    family(
        "anlauf_updates_pending",
        "gauge",
        "Channel updates stored and not processed yet.",
        &[(None, counts.updates_pending)],
    );
    family(
        "anlauf_updates_parked",
        "gauge",
        "Channel updates set aside because handling them failed for good (anlauf updates list).",
        &[(None, counts.updates_parked)],
    );
    family("anlauf_intakes_submitted_total", "counter", "Intakes submitted.", &[(None, counts.intakes)]);
    let bookings: Vec<_> = counts.bookings.iter().map(|(s, n)| (Some(("status", s.as_str())), *n)).collect();
    family("anlauf_bookings", "gauge", "Bookings by status.", &bookings);
    let cases: Vec<_> = counts.cases.iter().map(|(s, n)| (Some(("status", s.as_str())), *n)).collect();
    family("anlauf_queue_cases", "gauge", "Cases in the queue by status.", &cases);
    family(
        "anlauf_outbox_backlog",
        "gauge",
        "Messages due to be sent and not sent yet.",
        &[(None, counts.outbox_backlog)],
    );
    if let Some(failures) = counts.checkpoint_failures {
        family(
            "anlauf_sqlite_checkpoint_failures_total",
            "counter",
            "Checkpoints of the SQLite write-ahead log that failed in this process.",
            &[(None, failures)],
        );
    }
    if let Some(bytes) = counts.wal_bytes {
        family("anlauf_sqlite_wal_bytes", "gauge", "Size of the SQLite write-ahead log.", &[(None, bytes)]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_exposition_has_one_sample_per_status() {
        let counts = Counts {
            updates_handled: 12,
            updates_pending: 0,
            updates_parked: 2,
            intakes: 3,
            bookings: vec![("booked".into(), 2)],
            cases: vec![("claimed".into(), 1), ("new".into(), 2)],
            outbox_backlog: 0,
            checkpoint_failures: Some(3),
            wal_bytes: Some(4096),
        };
        let text = exposition(&counts);
        assert!(text.contains("anlauf_sqlite_checkpoint_failures_total 3\n"), "{text}");
        assert!(text.contains("anlauf_updates_parked 2\n"), "{text}");
        assert!(text.contains("anlauf_sqlite_wal_bytes 4096\n"), "{text}");
        let postgres = exposition(&Counts { checkpoint_failures: None, wal_bytes: None, ..counts.clone() });
        assert!(!postgres.contains("sqlite"), "{postgres}");
        assert!(text.contains("# TYPE anlauf_updates_handled_total counter\nanlauf_updates_handled_total 12\n"));
        assert!(text.contains("anlauf_queue_cases{status=\"new\"} 2\n"));
        assert!(text.contains("anlauf_queue_cases{status=\"claimed\"} 1\n"));
        assert!(text.contains("anlauf_bookings{status=\"booked\"} 2\n"));
    }
}

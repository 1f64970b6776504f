//! The counsellors' calendar feeds on the HTTP listener: `GET
//! /calendar/<counsellor>/<token>.ics`, the token from `booking::feed` under the
//! deployment's `ANLAUF_FEED_SECRET`. Each event carries the reference and the topics in
//! the staff language, never a name or the client's words.

use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use chrono::{Duration, Utc};

use crate::booking::{feed, ics};
use crate::service::Service;
use crate::text::Text;

/// How far back a feed shows appointments (for the week's look back).
const PAST_DAYS: i64 = 30;

#[derive(Clone)]
struct Feeds {
    service: Service,
    secret: String,
}

/// The feed routes, for a deployment with a feed secret.
pub fn router(service: Service, secret: String) -> Router {
    Router::new().route("/calendar/{counsellor}/{file}", get(calendar)).with_state(Feeds { service, secret })
}

async fn calendar(State(feeds): State<Feeds>, Path((counsellor, file)): Path<(String, String)>) -> Response {
    let content = &feeds.service.content();
    let token = file.strip_suffix(".ics").unwrap_or_default();
    let known = content.config.counsellors.iter().find(|c| c.id.get_ref() == &counsellor);
    let Some(person) = known.filter(|_| feed::verify(&feeds.secret, &counsellor, token)) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let now = Utc::now();
    let until = now + Duration::days(i64::from(content.config.booking.horizon_days));
    let rows =
        match feeds.service.store.counsellor_calendar(&counsellor, now - Duration::days(PAST_DAYS), until, now).await {
            Ok(rows) => rows,
            Err(error) => {
                tracing::error!(%error, hint = error.hint(), "calendar feed not read");
                return StatusCode::SERVICE_UNAVAILABLE.into_response();
            }
        };
    let staff = |text: &Text| content.i18n.render(&content.config.organisation.staff_language, text);
    let topics_step = content.flow.topics_step();
    let entries: Vec<ics::FeedEntry> = rows
        .iter()
        .map(|(row, topics)| {
            let topics: Vec<Text> = topics
                .iter()
                .map(|t| {
                    let label = topics_step.map(|s| s.option_label(t)).unwrap_or_else(|| t.clone());
                    Text::msg(label)
                })
                .collect();
            let title = Text::msg("staff-feed-event")
                .with("reference", Text::Plain(row.reference.clone()))
                .with("topics", Text::List(topics))
                .with("status", Text::msg(format!("staff-booking-status-{}", row.status)));
            ics::FeedEntry { reference: &row.reference, slot: &row.slot, title: staff(&title) }
        })
        .collect();
    let name = staff(&Text::msg("staff-feed-name").with("counsellor", Text::Plain(person.name.clone())));
    ([(header::CONTENT_TYPE, "text/calendar; charset=utf-8")], ics::feed(&name, &entries, now)).into_response()
}

//! Anonymous statistics for a month, on a page and as CSV: counts only, small counts
//! suppressed (see `staff::stats`), nothing about a person.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Extension;
use chrono::{Datelike, NaiveDate, TimeZone, Utc};
use serde::Deserialize;

use super::auth::Signed;
use super::page::{self, Frame, Tr};
use super::Web;
use crate::staff::stats::{self, Month, DIMENSIONS};
use crate::text::Text;

#[derive(Deserialize)]
pub struct MonthQuery {
    month: Option<String>,
}

/// The month asked for (`2026-11`), or this month in the organisation's time zone.
fn month(web: &Web, query: &MonthQuery) -> Option<NaiveDate> {
    let tz = web.service.content().config.organisation.time_zone;
    match query.month.as_deref().map(str::trim).filter(|m| !m.is_empty()) {
        Some(text) => NaiveDate::parse_from_str(&format!("{text}-01"), "%Y-%m-%d")
            .ok()
            .filter(|d| (2000..=2200).contains(&d.year())),
        None => {
            let today = Utc::now().with_timezone(&tz).date_naive();
            NaiveDate::from_ymd_opt(today.year(), today.month(), 1)
        }
    }
}

/// The month's statistics, computed from what the store holds.
async fn compute(web: &Web, first: NaiveDate) -> Result<Month, crate::store::StoreError> {
    let tz = web.service.content().config.organisation.time_zone;
    let next = first.checked_add_months(chrono::Months::new(1)).unwrap_or(first);
    let start = |day: NaiveDate| {
        let midnight = day.and_hms_opt(0, 0, 0).unwrap_or_default();
        tz.from_local_datetime(&midnight).earliest().map_or_else(|| midnight.and_utc(), |t| t.with_timezone(&Utc))
    };
    let now = Utc::now();
    let store = &web.service.store;
    let entries = store.received(start(first), start(next), now).await?;
    let mut records = Vec::with_capacity(entries.len());
    for entry in &entries {
        let bookings = store.bookings_of(&entry.reference).await?;
        records.push(stats::record(entry, &bookings, now));
    }
    Ok(stats::tabulate(&records))
}

pub struct Dimension {
    pub title: String,
    pub rows: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "stats.html")]
struct StatsPage<'a> {
    tr: Tr<'a>,
    frame: Option<Frame>,
    month: String,
    requests: String,
    dimensions: Vec<Dimension>,
    median_days: Option<i64>,
    threshold: i64,
}

fn bad_month(web: &Web, signed: &Signed) -> Response {
    page::problem(web, Some(signed), StatusCode::BAD_REQUEST, &Text::msg("web-stats-bad-month"))
}

fn unavailable(web: &Web, signed: &Signed, error: &crate::store::StoreError) -> Response {
    page::database_down(web, Some(signed), "statistics", error)
}

/// The month asked for and its statistics, or the page that says why not.
async fn asked(web: &Web, signed: &Signed, query: &MonthQuery) -> Result<(NaiveDate, Month), Response> {
    let Some(first) = month(web, query) else { return Err(bad_month(web, signed)) };
    match compute(web, first).await {
        Ok(stats) => Ok((first, stats)),
        Err(error) => Err(unavailable(web, signed, &error)),
    }
}

pub async fn page(
    State(web): State<Web>,
    Extension(signed): Extension<Signed>,
    Query(query): Query<MonthQuery>,
) -> Response {
    let (first, month_stats) = match asked(&web, &signed, &query).await {
        Ok(asked) => asked,
        Err(refused) => return refused,
    };
    let content = &web.service.content();
    let tr = Tr::new(content);
    let dimensions = DIMENSIONS
        .iter()
        .map(|dimension| Dimension {
            title: tr.t(&format!("web-stats-dimension-{dimension}")),
            rows: month_stats
                .cells
                .iter()
                .filter(|c| c.dimension == *dimension)
                .map(|c| (stats::label(content, dimension, &c.value), c.shown.text()))
                .collect(),
        })
        .collect();
    let page = StatsPage {
        tr,
        frame: Some(Frame::new(&signed, "stats")),
        month: first.format("%Y-%m").to_string(),
        requests: month_stats.requests.text(),
        dimensions,
        median_days: month_stats.median_days,
        threshold: stats::THRESHOLD,
    };
    page::html(StatusCode::OK, page)
}

pub async fn csv(
    State(web): State<Web>,
    Extension(signed): Extension<Signed>,
    Query(query): Query<MonthQuery>,
) -> Response {
    let (first, month_stats) = match asked(&web, &signed, &query).await {
        Ok(asked) => asked,
        Err(refused) => return refused,
    };
    let month = first.format("%Y-%m").to_string();
    let body = match stats::csv(&web.service.content(), &month, &month_stats) {
        Ok(body) => body,
        Err(error) => {
            tracing::error!(%error, "statistics could not be written as CSV");
            return page::problem(&web, Some(&signed), StatusCode::INTERNAL_SERVER_ERROR, &Text::msg("web-failed"));
        }
    };
    super::auth::audited(&web, &signed.audit("stats_export", None, Some(month.clone()))).await;
    let mut response = ([(header::CONTENT_TYPE, "text/csv; charset=utf-8")], body).into_response();
    let disposition = format!("attachment; filename=\"anlauf-statistik-{month}.csv\"");
    if let Ok(value) = HeaderValue::from_str(&disposition) {
        response.headers_mut().insert(header::CONTENT_DISPOSITION, value);
    }
    response
}

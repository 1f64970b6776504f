//! The queue: urgent cases first, then by priority and age; filters that stay in the
//! address (so the page's own refresh keeps them); counts per status.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::Extension;
use chrono::Utc;
use serde::Deserialize;

use super::auth::Signed;
use super::page::{self, Frame, Tr};
use super::Web;
use crate::domain::CaseStatus;
use crate::staff::{is_urgent, queue_row, QueueRow};
use crate::store::{Mine, QueueFilter};
use crate::text::Text;

/// Cases shown at most on one page.
const LIMIT: i64 = 500;
/// How often the page reloads itself, in seconds.
const REFRESH: u32 = 60;

pub async fn home() -> Response {
    page::redirect("/queue")
}

/// The filters as the address gives them; empty values mean "any".
#[derive(Debug, Default, Deserialize)]
pub struct Filters {
    status: Option<String>,
    topic: Option<String>,
    language: Option<String>,
    office: Option<String>,
    service: Option<String>,
    mine: Option<String>,
}

fn given(value: &Option<String>) -> Option<String> {
    value.as_ref().map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
}

/// One choice of a filter's list.
pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

fn choices(items: impl IntoIterator<Item = (String, String)>, current: &Option<String>) -> Vec<Choice> {
    items
        .into_iter()
        .map(|(value, label)| Choice { selected: current.as_deref() == Some(value.as_str()), value, label })
        .collect()
}

/// A status with its count, a link that filters by it.
pub struct StatusCount {
    pub id: String,
    pub label: String,
    pub count: i64,
    pub selected: bool,
}

pub struct Row {
    pub cells: QueueRow,
    pub urgent: bool,
    /// Urgent and nobody has taken it yet: it must stand out.
    pub alarm: bool,
}

#[derive(Template)]
#[template(path = "queue.html")]
struct QueuePage<'a> {
    tr: Tr<'a>,
    frame: Option<Frame>,
    refresh: u32,
    statuses: Vec<StatusCount>,
    status: Vec<Choice>,
    topics: Vec<Choice>,
    languages: Vec<Choice>,
    offices: Vec<Choice>,
    services: Vec<Choice>,
    mine: bool,
    rows: Vec<Row>,
    total: i64,
}

pub async fn page(
    State(web): State<Web>,
    Extension(signed): Extension<Signed>,
    Query(filters): Query<Filters>,
) -> Response {
    let content = &web.service.content();
    let tr = Tr::new(content);
    let status = given(&filters.status);
    let parsed = status.as_deref().map(CaseStatus::parse);
    if let Some(None) = parsed {
        let message = Text::msg("web-filter-unknown");
        return page::problem(&web, Some(&signed), StatusCode::BAD_REQUEST, &message);
    }
    let mine = given(&filters.mine).is_some();
    let filter = QueueFilter {
        status: parsed.flatten(),
        office: given(&filters.office),
        language: given(&filters.language),
        topic: given(&filters.topic),
        service: given(&filters.service),
        assignee: None,
        mine: mine.then(|| Mine { name: signed.account.name.clone(), counsellor: signed.account.counsellor.clone() }),
    };
    let now = Utc::now();
    let store = &web.service.store;
    let (entries, counts) = match (store.queue(&filter, now, LIMIT).await, store.counts(now).await) {
        (Ok(entries), Ok(counts)) => (entries, counts),
        (Err(error), _) | (_, Err(error)) => return page::database_down(&web, Some(&signed), "the queue", &error),
    };
    let mut rows: Vec<Row> = entries
        .iter()
        .map(|e| {
            let urgent = is_urgent(&content.flow, &e.summary);
            Row { cells: queue_row(content, e), urgent, alarm: urgent && e.case.status == CaseStatus::New }
        })
        .collect();
    // Urgent first; the store's order (priority, then oldest) within each.
    rows.sort_by_key(|r| !r.urgent);
    let statuses = CaseStatus::ALL
        .iter()
        .map(|s| StatusCount {
            id: s.as_str().to_owned(),
            label: tr.t(&format!("staff-status-{}", s.as_str())),
            count: counts.cases.iter().find(|(id, _)| id == s.as_str()).map_or(0, |(_, n)| *n),
            selected: filter.status == Some(*s),
        })
        .collect();
    let total = counts.cases.iter().map(|(_, n)| n).sum();
    let status_choices =
        CaseStatus::ALL.iter().map(|s| (s.as_str().to_owned(), tr.t(&format!("staff-status-{}", s.as_str()))));
    let topic_step = content.flow.topics_step();
    let topics = topic_step
        .map(|step| step.options.iter().map(|o| (o.clone(), tr.t(&step.option_label(o)))).collect::<Vec<_>>())
        .unwrap_or_default();
    let languages =
        content.i18n.languages().list().iter().map(|l| (l.code.clone(), tr.t(&format!("staff-lang-{}", l.code))));
    let offices = content.config.offices.iter().map(|o| (o.id.clone(), o.name.clone()));
    let services = crate::triage::rules::SERVICES.iter().map(|s| (s.to_string(), tr.t(&format!("staff-service-{s}"))));
    let page = QueuePage {
        tr,
        frame: Some(Frame::new(&signed, "queue")),
        refresh: REFRESH,
        statuses,
        status: choices(status_choices, &status),
        topics: choices(topics, &filter.topic),
        languages: choices(languages, &filter.language),
        offices: choices(offices, &filter.office),
        services: choices(services, &filter.service),
        mine,
        rows,
        total,
    };
    page::html(StatusCode::OK, page)
}

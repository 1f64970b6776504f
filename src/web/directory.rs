//! Offices and counsellors, as administrators keep them in the browser: the directory,
//! a form for each office and each counsellor (languages, topics, weekly hours), and the
//! directory as TOML to put back into `anlauf.toml`. Every save is a new version, checked
//! as `anlauf check` checks the file, audited in the same transaction, and in force at
//! once: matching, the week plan and the waiting list use it from the next request on.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Form};
use chrono::Utc;
use serde::Deserialize;

use super::admin::{forbidden, unavailable};
use super::auth::Signed;
use super::page::{self, Frame, Tr};
use super::Web;
use crate::content::directory::{CounsellorEntry, Directory, OfficeEntry};
use crate::content::Content;
use crate::dialog::present::hours_list;
use crate::domain::{Format, OpeningHours};
use crate::service::directory::Refused;
use crate::staff::directory::{counsellor_entry, office_entry, CounsellorForm, HoursRow, OfficeForm};
use crate::staff::stats::label;
use crate::text::Text;

/// How far ahead removing an office or a counsellor looks for booked appointments.
const BOOKED_AHEAD_DAYS: i64 = 5 * 366;
/// The path segment of a new entry (never an id: [`crate::staff::directory`] refuses it).
const NEW: &str = "new";

pub struct OfficeRow {
    id: String,
    name: String,
    address: String,
    phone: String,
    hours: String,
}

pub struct CounsellorRow {
    id: String,
    name: String,
    languages: String,
    topics: String,
    hours: Vec<String>,
}

#[derive(Template)]
#[template(path = "directory.html")]
struct DirectoryPage<'a> {
    tr: Tr<'a>,
    frame: Option<Frame>,
    notice: Option<String>,
    offices: Vec<OfficeRow>,
    counsellors: Vec<CounsellorRow>,
}

#[derive(Deserialize)]
pub struct Notice {
    done: Option<String>,
}

fn languages_text(content: &Content, codes: &[String]) -> String {
    codes.iter().map(|code| label(content, "language", code)).collect::<Vec<_>>().join(", ")
}

fn hours_line(content: &Content, tr: &Tr, office: &str, days: &str, format: &str, walk_in: bool) -> String {
    let office = content.config.office(office).map_or(office, |o| o.name.as_str());
    let days = days.parse::<OpeningHours>().map_or_else(|_| days.to_owned(), |d| tr.text(&hours_list([&d])));
    format!("{office}: {days} ({})", tr.t(&format_message(if walk_in { "walk_in" } else { format })))
}

fn format_message(format: &str) -> String {
    match format {
        "walk_in" => "web-dir-format-walk_in".into(),
        other => format!("booking-format-{other}"),
    }
}

pub async fn page(
    State(web): State<Web>,
    Extension(signed): Extension<Signed>,
    Query(notice): Query<Notice>,
) -> Response {
    if let Some(refused) = forbidden(&web, &signed) {
        return refused;
    }
    let content = web.service.content();
    let tr = Tr::new(&content);
    let directory = Directory::from_config(&content.config);
    let offices = directory
        .offices
        .iter()
        .map(|o| {
            let hours: Vec<OpeningHours> = o.hours.iter().filter_map(|h| h.parse().ok()).collect();
            OfficeRow {
                id: o.id.clone(),
                name: o.name.clone(),
                address: o.address.clone(),
                phone: o.phone.clone(),
                hours: if hours.is_empty() { "—".into() } else { tr.text(&hours_list(&hours)) },
            }
        })
        .collect();
    let counsellors = directory
        .counsellors
        .iter()
        .map(|c| CounsellorRow {
            id: c.id.clone(),
            name: c.name.clone(),
            languages: languages_text(&content, &c.languages),
            topics: if c.topics.is_empty() {
                tr.t("web-dir-every-topic")
            } else {
                c.topics.iter().map(|t| label(&content, "topic", t)).collect::<Vec<_>>().join(", ")
            },
            hours: c
                .hours
                .iter()
                .map(|h| hours_line(&content, &tr, &h.office, &h.days, &h.format, h.walk_in))
                .collect(),
        })
        .collect();
    let notice = match notice.done.as_deref() {
        Some("saved") => Some(tr.t("web-dir-saved")),
        Some("removed") => Some(tr.t("web-dir-removed")),
        _ => None,
    };
    let frame = Some(Frame::new(&signed, "directory"));
    page::html(StatusCode::OK, DirectoryPage { tr, frame, notice, offices, counsellors })
}

/// The directory in force as `[[office]]` and `[[counsellor]]` tables, to keep with the
/// configuration or put back into `anlauf.toml`.
pub async fn export(State(web): State<Web>, Extension(signed): Extension<Signed>) -> Response {
    if let Some(refused) = forbidden(&web, &signed) {
        return refused;
    }
    let content = web.service.content();
    let body = match Directory::from_config(&content.config).to_toml() {
        Ok(body) => body,
        Err(error) => {
            tracing::error!(%error, "the directory could not be written as TOML");
            return page::problem(
                &web,
                Some(&signed),
                StatusCode::INTERNAL_SERVER_ERROR,
                &Text::msg("web-dir-export-failed"),
            );
        }
    };
    super::auth::audited(&web, &signed.audit("directory_export", None, None)).await;
    page::guarded(
        (
            [
                (header::CONTENT_TYPE, "application/toml; charset=utf-8"),
                (header::CONTENT_DISPOSITION, "attachment; filename=\"directory.toml\""),
            ],
            body,
        )
            .into_response(),
    )
}

#[derive(Template)]
#[template(path = "office.html")]
struct OfficePage<'a> {
    tr: Tr<'a>,
    frame: Option<Frame>,
    title: String,
    target: String,
    editing: bool,
    form: OfficeForm,
    problems: Vec<String>,
}

fn office_form(
    web: &Web,
    signed: &Signed,
    status: StatusCode,
    target: &str,
    form: OfficeForm,
    problems: &[Text],
) -> Response {
    let content = web.service.content();
    let tr = Tr::new(&content);
    let editing = target != NEW;
    let title = if editing { tr.t1("web-dir-edit-office", "name", &form.name) } else { tr.t("web-dir-add-office") };
    let page = OfficePage {
        tr,
        frame: Some(Frame::new(signed, "directory")),
        title,
        target: target.to_owned(),
        editing,
        form,
        problems: problems.iter().map(|p| tr.text(p)).collect(),
    };
    page::html(status, page)
}

fn not_found(web: &Web, signed: &Signed) -> Response {
    page::problem(web, Some(signed), StatusCode::NOT_FOUND, &Text::msg("web-dir-unknown"))
}

pub async fn office_page(
    State(web): State<Web>,
    Extension(signed): Extension<Signed>,
    Path(id): Path<String>,
) -> Response {
    if let Some(refused) = forbidden(&web, &signed) {
        return refused;
    }
    let directory = Directory::from_config(&web.service.content().config);
    let form = match (id.as_str(), directory.office(&id)) {
        (NEW, _) => OfficeForm { time_zone: "Europe/Berlin".into(), ..OfficeForm::default() },
        (_, Some(office)) => OfficeForm::of(office),
        (_, None) => return not_found(&web, &signed),
    };
    office_form(&web, &signed, StatusCode::OK, &id, form, &[])
}

pub async fn office_save(
    State(web): State<Web>,
    Extension(signed): Extension<Signed>,
    Path(id): Path<String>,
    Form(form): Form<OfficeForm>,
) -> Response {
    if let Some(refused) = forbidden(&web, &signed) {
        return refused;
    }
    let snapshot = web.service.live.snapshot();
    let mut directory = Directory::from_config(&snapshot.content.config);
    let editing = (id != NEW).then_some(id.as_str());
    if editing.is_some_and(|id| directory.office(id).is_none()) {
        return not_found(&web, &signed);
    }
    let entry: OfficeEntry = match office_entry(&directory, editing, &form) {
        Ok(entry) => entry,
        Err(problems) => return office_form(&web, &signed, StatusCode::UNPROCESSABLE_ENTITY, &id, form, &problems),
    };
    let subject = entry.id.clone();
    directory.put_office(editing, entry);
    let what = if editing.is_some() { "changed" } else { "added" };
    let change = Change { expected: snapshot.version, action: "directory_office", subject: &subject, what };
    save(&web, &signed, &directory, change, "saved", |status, problem| {
        office_form(&web, &signed, status, &id, form, &[problem])
    })
    .await
}

pub async fn office_remove(
    State(web): State<Web>,
    Extension(signed): Extension<Signed>,
    Path(id): Path<String>,
) -> Response {
    if let Some(refused) = forbidden(&web, &signed) {
        return refused;
    }
    let snapshot = web.service.live.snapshot();
    let mut directory = Directory::from_config(&snapshot.content.config);
    let Some(office) = directory.office(&id).cloned() else { return not_found(&web, &signed) };
    let told = |status, problem: Text| office_form(&web, &signed, status, &id, OfficeForm::of(&office), &[problem]);
    match booked_ahead(&web, &signed, |slot| slot.office == id).await {
        Ok(0) => {}
        Ok(count) => return told(StatusCode::CONFLICT, Text::msg("web-dir-office-booked").with("count", count)),
        Err(response) => return response,
    }
    if let Err(problem) = directory.remove_office(&id) {
        return told(StatusCode::CONFLICT, problem);
    }
    let change = Change { expected: snapshot.version, action: "directory_office", subject: &id, what: "removed" };
    save(&web, &signed, &directory, change, "removed", told).await
}

#[derive(Template)]
#[template(path = "counsellor.html")]
struct CounsellorPage<'a> {
    tr: Tr<'a>,
    frame: Option<Frame>,
    title: String,
    target: String,
    editing: bool,
    form: CounsellorForm,
    rows: Vec<HoursRow>,
    problems: Vec<String>,
    /// (topic id, label, checked)
    topics: Vec<(String, String, bool)>,
    offices: Vec<(String, String)>,
    formats: Vec<(String, String)>,
    /// The shipped languages, with their codes, as a hint.
    shipped: String,
    default_minutes: u32,
}

fn flow_topics(content: &Content) -> Vec<String> {
    content.flow.topics_step().map(|s| s.options.clone()).unwrap_or_default()
}

fn counsellor_form(
    web: &Web,
    signed: &Signed,
    status: StatusCode,
    target: &str,
    form: CounsellorForm,
    problems: &[Text],
) -> Response {
    let content = web.service.content();
    let tr = Tr::new(&content);
    let editing = target != NEW;
    let title =
        if editing { tr.t1("web-dir-edit-counsellor", "name", &form.name) } else { tr.t("web-dir-add-counsellor") };
    let topics = flow_topics(&content)
        .into_iter()
        .map(|t| {
            let checked = form.topics.contains(&t);
            (label(&content, "topic", &t), t, checked)
        })
        .map(|(label, id, checked)| (id, label, checked))
        .collect();
    let mut rows = form.hours.clone();
    // Always room for one more row of hours.
    if rows.iter().all(|r| !r.days.trim().is_empty()) {
        rows.push(HoursRow::default());
    }
    let formats = Format::ALL
        .iter()
        .map(|f| f.id())
        .chain(["walk_in"])
        .map(|f| (f.to_owned(), tr.t(&format_message(f))))
        .collect();
    let shipped = content
        .i18n
        .languages()
        .list()
        .iter()
        .map(|l| format!("{} ({})", l.code, label(&content, "language", &l.code)))
        .collect::<Vec<_>>()
        .join(", ");
    let page = CounsellorPage {
        tr,
        frame: Some(Frame::new(signed, "directory")),
        title,
        target: target.to_owned(),
        editing,
        rows,
        problems: problems.iter().map(|p| tr.text(p)).collect(),
        topics,
        offices: content.config.offices.iter().map(|o| (o.id.clone(), o.name.clone())).collect(),
        formats,
        shipped,
        default_minutes: content.config.booking.slot_minutes,
        form,
    };
    page::html(status, page)
}

pub async fn counsellor_page(
    State(web): State<Web>,
    Extension(signed): Extension<Signed>,
    Path(id): Path<String>,
) -> Response {
    if let Some(refused) = forbidden(&web, &signed) {
        return refused;
    }
    let directory = Directory::from_config(&web.service.content().config);
    let form = match (id.as_str(), directory.counsellor(&id)) {
        (NEW, _) => CounsellorForm::blank(),
        (_, Some(counsellor)) => CounsellorForm::of(counsellor),
        (_, None) => return not_found(&web, &signed),
    };
    counsellor_form(&web, &signed, StatusCode::OK, &id, form, &[])
}

pub async fn counsellor_save(
    State(web): State<Web>,
    Extension(signed): Extension<Signed>,
    Path(id): Path<String>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    if let Some(refused) = forbidden(&web, &signed) {
        return refused;
    }
    let form = CounsellorForm::from_fields(&fields);
    let snapshot = web.service.live.snapshot();
    let mut directory = Directory::from_config(&snapshot.content.config);
    let editing = (id != NEW).then_some(id.as_str());
    if editing.is_some_and(|id| directory.counsellor(id).is_none()) {
        return not_found(&web, &signed);
    }
    let topics = flow_topics(&snapshot.content);
    let known = snapshot.content.i18n.languages();
    let entry: CounsellorEntry = match counsellor_entry(&directory, editing, &form, &topics, known) {
        Ok(entry) => entry,
        Err(problems) => return counsellor_form(&web, &signed, StatusCode::UNPROCESSABLE_ENTITY, &id, form, &problems),
    };
    let subject = entry.id.clone();
    directory.put_counsellor(editing, entry);
    let what = if editing.is_some() { "changed" } else { "added" };
    let change = Change { expected: snapshot.version, action: "directory_counsellor", subject: &subject, what };
    save(&web, &signed, &directory, change, "saved", |status, problem| {
        counsellor_form(&web, &signed, status, &id, form, &[problem])
    })
    .await
}

pub async fn counsellor_remove(
    State(web): State<Web>,
    Extension(signed): Extension<Signed>,
    Path(id): Path<String>,
) -> Response {
    if let Some(refused) = forbidden(&web, &signed) {
        return refused;
    }
    let snapshot = web.service.live.snapshot();
    let mut directory = Directory::from_config(&snapshot.content.config);
    let Some(counsellor) = directory.counsellor(&id).cloned() else { return not_found(&web, &signed) };
    let told = |status, problem: Text| {
        counsellor_form(&web, &signed, status, &id, CounsellorForm::of(&counsellor), &[problem])
    };
    match booked_ahead(&web, &signed, |slot| slot.counsellor == id).await {
        Ok(0) => {}
        Ok(count) => return told(StatusCode::CONFLICT, Text::msg("web-dir-counsellor-booked").with("count", count)),
        Err(response) => return response,
    }
    if snapshot.content.config.absences.iter().any(|a| a.counsellor.get_ref() == &id) {
        return told(StatusCode::CONFLICT, Text::msg("web-dir-counsellor-absences"));
    }
    directory.remove_counsellor(&id);
    let change = Change { expected: snapshot.version, action: "directory_counsellor", subject: &id, what: "removed" };
    save(&web, &signed, &directory, change, "removed", told).await
}

/// Booked appointments from now on whose slot `matches`; a page if the store is down.
async fn booked_ahead(
    web: &Web,
    signed: &Signed,
    matches: impl Fn(&crate::domain::Slot) -> bool,
) -> Result<i64, Response> {
    let now = Utc::now();
    match web.service.store.calendar(now, now + chrono::Duration::days(BOOKED_AHEAD_DAYS), now).await {
        Ok(rows) => Ok(rows.iter().filter(|r| r.status == "booked" && matches(&r.slot)).count() as i64),
        Err(error) => Err(page::database_down(web, Some(signed), "booked appointments", &error)),
    }
}

/// One change to the directory: made to version `expected`, audited as `action` on
/// `subject` (`added`, `changed` or `removed`).
struct Change<'a> {
    expected: i64,
    action: &'a str,
    subject: &'a str,
    what: &'a str,
}

/// Saves the directory and goes back to it saying `done`; what is wrong is said on the
/// form (`told`): it does not fit, or someone else saved first.
async fn save(
    web: &Web,
    signed: &Signed,
    directory: &Directory,
    change: Change<'_>,
    done: &str,
    told: impl FnOnce(StatusCode, Text) -> Response,
) -> Response {
    let audit = signed.audit(change.action, Some(change.subject), Some(change.what.to_owned()));
    match web.service.save_directory(change.expected, directory, &audit).await {
        Ok(_) => page::redirect(&format!("/admin/directory?done={done}")),
        Err(Refused::Invalid(problem)) => told(StatusCode::UNPROCESSABLE_ENTITY, problem),
        Err(Refused::Conflict) => told(StatusCode::CONFLICT, Text::msg("web-dir-conflict")),
        Err(Refused::Store(error)) => unavailable(web, signed, &error),
    }
}

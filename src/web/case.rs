//! One case: the German summary (the client's own words verbatim, in their direction),
//! where it stands, its bookings and history; and the work on it (claim, release, note,
//! assign, refer, close). Every view and every change goes into the audit log.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::{Extension, Form};
use chrono::{Duration, Utc};
use serde::Deserialize;

use super::auth::Signed;
use super::page::{self, Frame, Tr};
use super::Web;
use crate::domain::{CaseAction, CaseStatus, Outcome, NOTE_LIMIT};
use crate::staff::{self, SummaryLine};
use crate::store::{IntakeKey, QueueEntry, StoreError};
use crate::text::Text;

/// How long a claim from the dashboard lasts unless renewed, in minutes.
const CLAIM_MINUTES: i64 = 60;

/// The client's own words as the page shows them.
pub struct Verbatim {
    pub label: String,
    pub marker: String,
    pub text: String,
    pub language: String,
    pub rtl: bool,
}

/// An answer line: a fact, or the client's own words.
pub enum Answer {
    Fact { label: String, value: String },
    Words(Verbatim),
}

pub struct Option_ {
    pub value: String,
    pub label: String,
}

/// A message staff sent the client, as the case shows it.
pub struct Sent {
    pub at: String,
    pub author: String,
    pub what: String,
    pub text: String,
    pub language: String,
    pub rtl: bool,
}

#[derive(Template)]
#[template(path = "case.html")]
struct CasePage<'a> {
    tr: Tr<'a>,
    frame: Option<Frame>,
    reference: String,
    title: String,
    head: Vec<(String, String)>,
    answers: Vec<Answer>,
    bookings: Vec<super::bookings::BookingView>,
    offers: Vec<super::bookings::Offered>,
    /// The client has a booked appointment ahead: booking moves it.
    moving: bool,
    no_shows: i64,
    history: Vec<String>,
    held_by_me: bool,
    open: bool,
    counsellors: Vec<Option_>,
    referrals: Vec<Option_>,
    outcomes: Vec<Option_>,
    note_limit: i64,
    templates: Vec<Option_>,
    sent: Vec<Sent>,
    /// The client's language, named in the staff language (free text is written in it).
    client_language: String,
    free_limit: i64,
    error: Option<String>,
    /// What the last action did, said once after it (`?done=`).
    done: Option<String>,
}

/// What `?done=` on a case page may say: a message id of the staff locale.
const DONE: [&str; 4] = ["web-done-cancelled", "web-done-no-show", "web-done-booked", "web-done-again"];

#[derive(Debug, Default, Deserialize)]
pub struct PageQuery {
    done: Option<String>,
}

async fn render(web: &Web, signed: &Signed, entry: &QueueEntry, status: StatusCode, error: Option<String>) -> Response {
    render_with(web, signed, entry, status, error, None).await
}

async fn render_with(
    web: &Web,
    signed: &Signed,
    entry: &QueueEntry,
    status: StatusCode,
    error: Option<String>,
    done: Option<&str>,
) -> Response {
    let content = &web.service.content();
    let store = &web.service.store;
    let tr = Tr::new(content);
    let (history, bookings, no_shows, sent) = match (
        store.history(entry.id).await,
        store.bookings_of(&entry.reference).await,
        store.no_shows(&entry.reference).await,
        store.case_messages(entry.id).await,
    ) {
        (Ok(h), Ok(b), Ok(n), Ok(m)) => (h, b, n, m),
        (Err(error), ..) | (_, Err(error), ..) | (_, _, Err(error), _) | (.., Err(error)) => {
            return unavailable(web, signed, &error)
        }
    };
    let tz = content.config.organisation.time_zone;
    let sent = sent
        .into_iter()
        .map(|m| Sent {
            at: m.at.with_timezone(&tz).format("%d.%m.%Y %H:%M").to_string(),
            author: m.author,
            what: match &m.template {
                Some(id) => tr.t(&format!("web-template-{id}")),
                None => tr.t("web-message-free"),
            },
            rtl: content.i18n.is_rtl(&m.language),
            language: m.language,
            text: m.text,
        })
        .collect();
    // Who looked at which case, and when: every page that shows it is in the audit log
    // (also one shown again after a refused action).
    if let Err(error) = store.audit(&signed.audit("view", Some(&entry.reference), None)).await {
        return unavailable(web, signed, &error);
    }
    let summary = staff::summary(content, entry);
    let fact = |line: SummaryLine| match line {
        SummaryLine::Fact { label, value } => Answer::Fact { label, value },
        SummaryLine::Verbatim { label, marker, text, language } => {
            Answer::Words(Verbatim { rtl: content.i18n.is_rtl(&language), label, marker, text, language })
        }
    };
    let head = summary
        .head
        .into_iter()
        .map(|line| match line {
            SummaryLine::Fact { label, value } => (label, value),
            SummaryLine::Verbatim { label, text, .. } => (label, text),
        })
        .collect();
    let lines = |text: String| text.lines().map(str::to_owned).filter(|l| !l.trim().is_empty()).collect::<Vec<_>>();
    let moving = bookings.iter().any(|b| b.status == "booked" && b.slot.start > chrono::Utc::now());
    let bookings = super::bookings::views(web, &bookings);
    let offers = if entry.case.status == CaseStatus::Closed {
        Vec::new()
    } else {
        match super::bookings::offers(web, entry).await {
            Ok(offers) => offers,
            Err(error) => return unavailable(web, signed, &error),
        }
    };
    let counsellors =
        content.config.counsellors.iter().map(|c| Option_ { value: c.id.get_ref().clone(), label: c.name.clone() });
    let referrals = content
        .triage
        .directory
        .services
        .iter()
        .map(|s| Option_ { value: s.id.get_ref().clone(), label: staff::case::place(content, s.id.get_ref()) });
    let outcomes = Outcome::ALL
        .iter()
        .map(|o| Option_ { value: o.as_str().to_owned(), label: tr.t(&format!("staff-outcome-{}", o.as_str())) });
    let page = CasePage {
        tr,
        frame: Some(Frame::new(signed, "queue")),
        reference: entry.reference.clone(),
        title: summary.title,
        head,
        answers: summary.answers.into_iter().map(fact).collect(),
        bookings,
        offers,
        moving,
        no_shows,
        history: lines(staff::case::history_text(content, &history)).into_iter().skip(1).collect(),
        held_by_me: entry.case.held_by(Utc::now()) == Some(signed.account.name.as_str()),
        open: entry.case.status != CaseStatus::Closed,
        counsellors: counsellors.collect(),
        referrals: referrals.collect(),
        outcomes: outcomes.collect(),
        note_limit: NOTE_LIMIT as i64,
        templates: super::messages::TEMPLATES
            .iter()
            .map(|id| Option_ { value: (*id).to_owned(), label: tr.t(&format!("web-template-{id}")) })
            .collect(),
        sent,
        client_language: tr.t(&format!("staff-lang-{}", entry.summary.language)),
        free_limit: super::messages::FREE_LIMIT as i64,
        error,
        done: done.filter(|id| DONE.contains(id)).map(|id| tr.t(id)),
    };
    page::html(status, page)
}

fn unavailable(web: &Web, signed: &Signed, error: &StoreError) -> Response {
    page::database_down(web, Some(signed), "a case", error)
}

fn not_found(web: &Web, signed: &Signed, reference: &str) -> Response {
    let message = Text::msg("staff-not-found").with("key", Text::Plain(reference.to_owned()));
    page::problem(web, Some(signed), StatusCode::NOT_FOUND, &message)
}

pub async fn page(
    State(web): State<Web>,
    Extension(signed): Extension<Signed>,
    Path(reference): Path<String>,
    Query(query): Query<PageQuery>,
) -> Response {
    let store = &web.service.store;
    let entry = match store.intake(&IntakeKey::parse(&reference), Utc::now()).await {
        Ok(Some(entry)) => entry,
        Ok(None) => return not_found(&web, &signed, &reference),
        Err(error) => return unavailable(&web, &signed, &error),
    };
    let done = query.done.map(|d| format!("web-done-{d}"));
    render_with(&web, &signed, &entry, StatusCode::OK, None, done.as_deref()).await
}

#[derive(Debug, Default, Deserialize)]
pub struct ActionForm {
    note: Option<String>,
    counsellor: Option<String>,
    target: Option<String>,
    outcome: Option<String>,
    /// The booking a booking action is about.
    booking: Option<i64>,
    /// `yes`: the cancellation of an appointment is confirmed.
    confirm: Option<String>,
    /// The slot to book (its key).
    slot: Option<String>,
    /// A message to the client: a template's id, or `free` with `text`.
    template: Option<String>,
    text: Option<String>,
    /// The page's form key ([`page::Frame::form_key`]).
    form: Option<String>,
}

/// The action a form asks for, or why it cannot be done (in the staff language).
fn action(web: &Web, name: &str, form: ActionForm) -> Result<CaseAction, Text> {
    let content = &web.service.content();
    let chosen = |value: Option<String>| value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty());
    match name {
        "claim" => Ok(CaseAction::Claim { until: Utc::now() + Duration::minutes(CLAIM_MINUTES) }),
        "release" => Ok(CaseAction::Release),
        "note" => chosen(form.note).map(CaseAction::Note).ok_or_else(|| Text::msg("web-note-empty")),
        "assign" => {
            let id = chosen(form.counsellor).unwrap_or_default();
            if content.config.counsellors.iter().any(|c| c.id.get_ref() == &id) {
                Ok(CaseAction::Assign(id))
            } else {
                Err(Text::msg("web-choose-counsellor"))
            }
        }
        "refer" => {
            let id = chosen(form.target).unwrap_or_default();
            if content.triage.directory.services.iter().any(|s| s.id.get_ref() == &id) {
                Ok(CaseAction::Refer(id))
            } else {
                Err(Text::msg("web-choose-referral"))
            }
        }
        "close" => chosen(form.outcome)
            .and_then(|o| Outcome::parse(&o))
            .map(CaseAction::Close)
            .ok_or_else(|| Text::msg("web-choose-outcome")),
        _ => Err(Text::msg("web-unknown-action")),
    }
}

pub async fn act(
    State(web): State<Web>,
    Extension(signed): Extension<Signed>,
    Path((reference, name)): Path<(String, String)>,
    Form(form): Form<ActionForm>,
) -> Response {
    let content = &web.service.content();
    let store = &web.service.store;
    let key = IntakeKey::parse(&reference);
    let now = Utc::now();
    let entry = match store.intake(&key, now).await {
        Ok(Some(entry)) => entry,
        Ok(None) => return not_found(&web, &signed, &reference),
        Err(error) => return unavailable(&web, &signed, &error),
    };
    // This form of this page: sent again, it changes nothing.
    let form_key = form.form.as_deref().filter(|k| !k.is_empty()).map(|k| format!("{k}/{name}"));
    let again = || page::redirect(&format!("/cases/{}?done=again", entry.reference));
    // A form sent again is answered as done before anything is checked: the state its
    // first sending left (a booking cancelled, a slot taken) would refuse it.
    if let Some(key) = &form_key {
        match store.form_sent(key).await {
            Ok(true) => return again(),
            Ok(false) => {}
            Err(error) => return unavailable(&web, &signed, &error),
        }
    }
    let refused = |error: String| async {
        let entry = entry.clone();
        render(&web, &signed, &entry, StatusCode::CONFLICT, Some(error)).await
    };
    if name == "cancel-booking" && form.confirm.as_deref() != Some("yes") {
        // One click must not cancel a client's appointment: the box says "yes, cancel".
        return refused(Tr::new(content).t("web-booking-cancel-confirm-missing")).await;
    }
    if name == "cancel-booking" || name == "no-show" || name == "book" {
        let said = match name.as_str() {
            "cancel-booking" => "cancelled",
            "no-show" => "no-show",
            _ => "booked",
        };
        let form_key = form_key.as_deref();
        let done = match name.as_str() {
            "no-show" => super::bookings::no_show(&web, &signed, &entry, form.booking, form_key).await,
            "book" => {
                let slot = form.slot.as_deref().unwrap_or_default();
                super::bookings::book(&web, &signed, &entry, slot, form_key).await
            }
            _ => super::bookings::cancel(&web, &signed, &entry, form.booking, form_key).await,
        };
        return match done {
            Ok(()) => page::redirect(&format!("/cases/{}?done={said}", entry.reference)),
            Err(super::bookings::NotDone::Refused(why)) => refused(Tr::new(content).text(&why)).await,
            Err(super::bookings::NotDone::Store(StoreError::AlreadyDone)) => again(),
            Err(super::bookings::NotDone::Store(error)) => unavailable(&web, &signed, &error),
        };
    }
    if name == "message" {
        let template = form.template.unwrap_or_default();
        let text = form.text.unwrap_or_default();
        return match super::messages::send(&web, &signed, &entry, &template, &text, form_key.as_deref()).await {
            Ok(()) => page::redirect(&format!("/cases/{}#messages", entry.reference)),
            Err(super::messages::NotSent::Refused(why)) => refused(Tr::new(content).text(&why)).await,
            Err(super::messages::NotSent::Store(StoreError::AlreadyDone)) => again(),
            Err(super::messages::NotSent::Store(error)) => unavailable(&web, &signed, &error),
        };
    }
    let action = match action(&web, &name, form) {
        Ok(action) => action,
        Err(why) => return refused(Tr::new(content).text(&why)).await,
    };
    match web.service.staff_act(&signed.account.name, &key, &action, form_key.as_deref(), now).await {
        Ok(changed) => page::redirect(&format!("/cases/{}", changed.reference)),
        Err(StoreError::AlreadyDone) => again(),
        Err(StoreError::Refused(refusal)) => refused(staff::case::refusal_text(content, &refusal)).await,
        Err(StoreError::NotFound) => not_found(&web, &signed, &reference),
        Err(error) => unavailable(&web, &signed, &error),
    }
}

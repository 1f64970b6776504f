//! A counsellor's week: their hours laid out as slots (free, held, booked), absences and
//! extra hours; and the forms to add an absence or extra hours, or take one back. Every
//! change reaches the dialogue's matching at once (free slots are read per turn) and
//! rings the waiting list. Administrators change anyone's week; a counsellor their own.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::{Extension, Form};
use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

use crate::domain::Slot;
use serde::Deserialize;

use super::auth::Signed;
use super::page::{self, Frame, Tr};
use super::Web;
use crate::domain::{CalendarChange, ChangeKind};
use crate::store::{Role, StoreError};
use crate::text::Text;

/// How far from today a week may be shown or changed, in days.
const REACH: i64 = 5 * 366;

/// A day as typed (`2026-12-07`), if it is within [`REACH`] of `today`.
fn day_near(text: &str, today: NaiveDate) -> Option<NaiveDate> {
    let day = NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()?;
    ((day - today).num_days().abs() <= REACH).then_some(day)
}

#[derive(Debug, Default, Deserialize)]
pub struct WeekQuery {
    week: Option<String>,
    counsellor: Option<String>,
}

/// Local midnight of `day` as an instant.
fn midnight(tz: Tz, day: NaiveDate) -> DateTime<Utc> {
    let local = day.and_time(NaiveTime::MIN);
    tz.from_local_datetime(&local).earliest().map_or_else(|| local.and_utc(), |t| t.with_timezone(&Utc))
}

fn at(tz: Tz, day: NaiveDate, time: NaiveTime) -> Option<DateTime<Utc>> {
    tz.from_local_datetime(&day.and_time(time)).earliest().map(|t| t.with_timezone(&Utc))
}

pub struct Entry {
    pub time: String,
    /// `free`, `held`, `booked`, `conflict` (booked where the calendar has no room), `extra`, `absent`.
    pub kind: &'static str,
    pub text: String,
    pub link: Option<String>,
    /// A change that can be taken back.
    pub change: Option<i64>,
}

pub struct Day {
    pub title: String,
    pub entries: Vec<Entry>,
}

#[derive(Template)]
#[template(path = "slots.html")]
struct WeekPage<'a> {
    tr: Tr<'a>,
    frame: Option<Frame>,
    counsellor: String,
    counsellor_name: String,
    counsellors: Vec<(String, String, bool)>,
    offices: Vec<(String, String)>,
    week: String,
    previous: String,
    next: String,
    days: Vec<Day>,
    may_change: bool,
    error: Option<String>,
    /// Booked appointments of the week in an absence or outside the hours.
    conflicts: i64,
}

fn may_change(signed: &Signed, counsellor: &str) -> bool {
    signed.account.role == Role::Admin || signed.account.counsellor.as_deref() == Some(counsellor)
}

fn unavailable(web: &Web, signed: &Signed, error: &StoreError) -> Response {
    page::database_down(web, Some(signed), "the calendar", error)
}

async fn week_page(
    web: &Web,
    signed: &Signed,
    query: &WeekQuery,
    status: StatusCode,
    error: Option<String>,
) -> Response {
    let content = &web.service.content();
    let config = &content.config;
    let tr = Tr::new(content);
    let tz = config.organisation.time_zone;
    let today = Utc::now().with_timezone(&tz).date_naive();
    let day = query.week.as_deref().and_then(|w| day_near(w, today)).unwrap_or(today);
    let monday = day - Duration::days(i64::from(day.weekday().num_days_from_monday()));
    let chosen = query.counsellor.clone().filter(|c| config.counsellors.iter().any(|k| k.id.get_ref() == c));
    let counsellor = chosen
        .or_else(|| signed.account.counsellor.clone())
        .or_else(|| config.counsellors.first().map(|c| c.id.get_ref().clone()))
        .unwrap_or_default();
    let (from, until) = (midnight(tz, monday), midnight(tz, monday + Duration::days(7)));
    let store = &web.service.store;
    let now = Utc::now();
    let (changes, bookings) = match (
        store.calendar_changes(from, until).await,
        store.counsellor_calendar(&counsellor, from, until, now).await,
    ) {
        (Ok(c), Ok(b)) => (c, b),
        (Err(error), _) | (_, Err(error)) => return unavailable(web, signed, &error),
    };
    let changes: Vec<CalendarChange> = changes.into_iter().filter(|c| c.counsellor == counsellor).collect();
    let regular: Vec<_> = config.calendar(&content.zones).slots(from, until);
    let slots =
        crate::domain::calendar::apply(regular, &changes, config.booking.slot_minutes, config.booking.buffer_minutes);
    let time = |t: DateTime<Utc>| t.with_timezone(&tz).format("%H:%M").to_string();
    let office_name = |id: &str| crate::dialog::present::office_name(config, id);
    let mut days = Vec::new();
    let mut conflicts = 0i64;
    for offset in 0..7 {
        let date = monday + Duration::days(offset);
        let (start, end) = (midnight(tz, date), midnight(tz, date + Duration::days(1)));
        let mut entries: Vec<(DateTime<Utc>, Entry)> = Vec::new();
        for change in changes.iter().filter(|c| c.from < end && c.until > start) {
            let (kind, text) = match change.kind {
                ChangeKind::Absence => ("absent", tr.t1("web-slots-absent", "reason", &change.reason)),
                ChangeKind::Extra => (
                    "extra",
                    tr.t1("web-slots-extra", "office", &office_name(change.office.as_deref().unwrap_or_default())),
                ),
            };
            let shown = format!("{}–{}", time(change.from.max(start)), time(change.until.min(end)));
            entries.push((change.from, Entry { time: shown, kind, text, link: None, change: Some(change.id) }));
        }
        for (row, _) in bookings.iter().filter(|(b, _)| b.slot.start >= start && b.slot.start < end) {
            let mut kind = if row.status == "held" { "held" } else { "booked" };
            let mut text = format!("{} · {}", row.reference, office_name(&row.slot.office));
            // An appointment the calendar no longer has room for (an absence added over
            // it, hours changed since): staff move or cancel it, the client is told then.
            let absent = changes
                .iter()
                .any(|c| c.kind == ChangeKind::Absence && c.from < row.slot.end && c.until > row.slot.start);
            let in_hours =
                slots.iter().any(|s| s.counsellor == counsellor && s.start < row.slot.end && s.end > row.slot.start);
            if row.status == "booked" && (absent || !in_hours) {
                kind = "conflict";
                conflicts += 1;
                text += &format!(" · {}", tr.t(if absent { "web-slots-in-absence" } else { "web-slots-out-of-hours" }));
            }
            if let Some(interpreter) = &row.interpreter {
                text += &format!(
                    " · {}",
                    tr.t1("web-slots-interpreter", "language", &tr.t(&format!("staff-lang-{interpreter}")))
                );
            }
            let link = Some(format!("/cases/{}", row.reference));
            entries.push((row.slot.start, Entry { time: time(row.slot.start), kind, text, link, change: None }));
        }
        let taken: Vec<&Slot> = bookings.iter().map(|(b, _)| &b.slot).collect();
        for slot in free_to_come(&slots, &counsellor, &taken, (start, end), now) {
            let mut text = format!("{} · {}", tr.t("web-slots-free"), office_name(&slot.office));
            if slot.format != crate::domain::Format::InPerson {
                text += &format!(" · {}", tr.t(&format!("booking-format-{}", slot.format.id())));
            }
            entries.push((slot.start, Entry { time: time(slot.start), kind: "free", text, link: None, change: None }));
        }
        entries.sort_by_key(|(at, _)| *at);
        let weekday = tr.t(&format!("weekday-{}", crate::domain::hours::day_id(date.weekday())));
        days.push(Day {
            title: format!("{weekday} {}", date.format("%d.%m.")),
            entries: entries.into_iter().map(|(_, e)| e).collect(),
        });
    }
    let counsellor_name = crate::staff::case::counsellor_name(content, &counsellor);
    let page = WeekPage {
        tr,
        frame: Some(Frame::new(signed, "slots")),
        counsellors: config
            .counsellors
            .iter()
            .map(|c| (c.id.get_ref().clone(), c.name.clone(), *c.id.get_ref() == counsellor))
            .collect(),
        offices: config.offices.iter().map(|o| (o.id.clone(), o.name.clone())).collect(),
        may_change: may_change(signed, &counsellor),
        counsellor,
        counsellor_name,
        week: monday.format("%Y-%m-%d").to_string(),
        previous: (monday - Duration::days(7)).format("%Y-%m-%d").to_string(),
        next: (monday + Duration::days(7)).format("%Y-%m-%d").to_string(),
        days,
        error,
        conflicts,
    };
    page::html(status, page)
}

pub async fn page(
    State(web): State<Web>,
    Extension(signed): Extension<Signed>,
    Query(query): Query<WeekQuery>,
) -> Response {
    week_page(&web, &signed, &query, StatusCode::OK, None).await
}

#[derive(Debug, Deserialize)]
pub struct ChangeForm {
    kind: String,
    counsellor: String,
    office: Option<String>,
    /// The first day (`2026-12-07`).
    from_day: String,
    /// The last day of an absence; for extra hours the same day as `from_day`.
    to_day: Option<String>,
    /// Extra hours: `14:00`.
    from_time: Option<String>,
    to_time: Option<String>,
    reason: Option<String>,
}

/// The change a form describes, or what is wrong with it.
fn change(web: &Web, signed: &Signed, form: &ChangeForm) -> Result<CalendarChange, Text> {
    let config = &web.service.content().config;
    let tz = config.organisation.time_zone;
    if !config.counsellors.iter().any(|c| *c.id.get_ref() == form.counsellor) {
        return Err(Text::msg("web-choose-counsellor"));
    }
    let today = Utc::now().with_timezone(&tz).date_naive();
    let day = |text: &str| day_near(text, today).ok_or_else(|| Text::msg("web-slots-bad-date"));
    let time = |text: &Option<String>| {
        NaiveTime::parse_from_str(text.as_deref().unwrap_or_default().trim(), "%H:%M")
            .map_err(|_| Text::msg("web-slots-bad-time"))
    };
    let first = day(&form.from_day)?;
    let reason: String = form.reason.as_deref().unwrap_or_default().trim().chars().take(200).collect();
    let (kind, office, from, until) = match ChangeKind::parse(&form.kind) {
        Some(ChangeKind::Absence) => {
            let last = match form.to_day.as_deref().filter(|d| !d.trim().is_empty()) {
                Some(text) => day(text)?,
                None => first,
            };
            if last < first {
                return Err(Text::msg("web-slots-backwards"));
            }
            (ChangeKind::Absence, None, midnight(tz, first), midnight(tz, last + Duration::days(1)))
        }
        Some(ChangeKind::Extra) => {
            let office = form
                .office
                .clone()
                .filter(|o| config.office(o).is_some())
                .ok_or_else(|| Text::msg("web-slots-choose-office"))?;
            let office_tz = config.office(&office).map_or(tz, |o| o.time_zone);
            let from = at(office_tz, first, time(&form.from_time)?).ok_or_else(|| Text::msg("web-slots-bad-time"))?;
            let until = at(office_tz, first, time(&form.to_time)?).ok_or_else(|| Text::msg("web-slots-bad-time"))?;
            if until <= from {
                return Err(Text::msg("web-slots-backwards"));
            }
            (ChangeKind::Extra, Some(office), from, until)
        }
        None => return Err(Text::msg("web-unknown-action")),
    };
    Ok(CalendarChange {
        id: 0,
        kind,
        counsellor: form.counsellor.clone(),
        office,
        from,
        until,
        reason,
        author: signed.account.name.clone(),
    })
}

pub async fn add(
    State(web): State<Web>,
    Extension(signed): Extension<Signed>,
    Form(form): Form<ChangeForm>,
) -> Response {
    let query = WeekQuery { week: Some(form.from_day.clone()), counsellor: Some(form.counsellor.clone()) };
    if !may_change(&signed, &form.counsellor) {
        return page::problem(&web, Some(&signed), StatusCode::FORBIDDEN, &Text::msg("web-slots-not-yours"));
    }
    let change = match change(&web, &signed, &form) {
        Ok(change) => change,
        Err(why) => {
            let message = Tr::new(&web.service.content()).text(&why);
            return week_page(&web, &signed, &query, StatusCode::UNPROCESSABLE_ENTITY, Some(message)).await;
        }
    };
    let store = &web.service.store;
    match store.calendar_add(&change, Utc::now()).await {
        Ok(_) => {
            let detail = Some(format!("{} {}", change.kind.as_str(), change.counsellor));
            super::auth::audited(&web, &signed.audit("calendar_add", None, detail)).await;
            web.service.calendar_news.notify_one();
            page::redirect(&format!("/slots?week={}&counsellor={}", form.from_day.trim(), change.counsellor))
        }
        Err(error) => unavailable(&web, &signed, &error),
    }
}

#[derive(Debug, Deserialize)]
pub struct RemoveForm {
    counsellor: String,
    week: String,
}

pub async fn remove(
    State(web): State<Web>,
    Extension(signed): Extension<Signed>,
    Path(id): Path<i64>,
    Form(form): Form<RemoveForm>,
) -> Response {
    if !may_change(&signed, &form.counsellor) {
        return page::problem(&web, Some(&signed), StatusCode::FORBIDDEN, &Text::msg("web-slots-not-yours"));
    }
    let store = &web.service.store;
    // Only a change of that counsellor: the form cannot take back someone else's.
    match store.calendar_remove(id, &form.counsellor, Utc::now()).await {
        Ok(true) => {
            super::auth::audited(&web, &signed.audit("calendar_remove", None, Some(form.counsellor.clone()))).await;
            web.service.calendar_news.notify_one();
            page::redirect(&format!("/slots?week={}&counsellor={}", form.week, form.counsellor))
        }
        Ok(false) => page::problem(&web, Some(&signed), StatusCode::NOT_FOUND, &Text::msg("web-slots-unknown-change")),
        Err(error) => unavailable(&web, &signed, &error),
    }
}

/// A counsellor's slots that begin in `(from, until)`, not before `now` (a slot whose time
/// has begun cannot be booked any more), and overlap no booking: the week plan's "free".
fn free_to_come<'a>(
    slots: &'a [Slot],
    counsellor: &str,
    taken: &[&Slot],
    (from, until): (DateTime<Utc>, DateTime<Utc>),
    now: DateTime<Utc>,
) -> impl Iterator<Item = &'a Slot> + 'a {
    let taken: Vec<(DateTime<Utc>, DateTime<Utc>)> = taken.iter().map(|b| (b.start, b.end)).collect();
    let counsellor = counsellor.to_owned();
    slots.iter().filter(move |s| {
        s.counsellor == counsellor
            && s.start >= from.max(now)
            && s.start < until
            && !taken.iter().any(|(start, end)| *start < s.end && *end > s.start)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Format;

    #[test]
    fn slots_that_have_begun_or_are_booked_are_not_free() {
        let at = |h: u32| -> DateTime<Utc> { format!("2026-12-08T{h:02}:00:00Z").parse().unwrap() };
        let slot = |h: u32, who: &str| Slot {
            counsellor: who.into(),
            office: "mitte".into(),
            start: at(h),
            end: at(h + 1),
            format: Format::InPerson,
        };
        let slots = [slot(8, "amira"), slot(9, "amira"), slot(10, "amira"), slot(11, "amira"), slot(10, "jonas")];
        let booked = slot(11, "amira");
        let free: Vec<u32> =
            free_to_come(&slots, "amira", &[&booked], (at(0), at(23)), at(9) + chrono::Duration::minutes(30))
                .map(|s| s.start.format("%H").to_string().parse().unwrap())
                .collect();
        assert_eq!(free, [10], "8 and 9 have begun at 9:30, 11 is booked, 10 is Jonas's too but Amira's is free");
    }
}

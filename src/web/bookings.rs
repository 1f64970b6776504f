//! A case's appointments on its page: book one for the client or move theirs (slots
//! that fit their languages, topics and office, as the dialogue offers them; the client
//! is told in their language, with reminders), cancel one (the client is told, its
//! reminders taken back, the slot free for the waiting list) or mark one that has begun
//! as missed.

use chrono::Utc;

use super::auth::Signed;
use super::Web;
use crate::booking::{offer, Wanted};
use crate::domain::{reminder_topic, slot_key, Channel, Hold, Outgoing, Slot};
use crate::service::BookingError;
use crate::store::{BookingRow, Done, QueueEntry, StoreError};
use crate::text::Text;

/// A booking as the case page shows it.
pub struct BookingView {
    pub id: i64,
    pub line: String,
    pub interpreter: Option<String>,
    /// Booked (not held, cancelled or missed): it can be cancelled.
    pub booked: bool,
    /// Booked and begun: it can be marked as missed.
    pub begun: bool,
}

pub fn views(web: &Web, rows: &[BookingRow]) -> Vec<BookingView> {
    let content = &web.service.content();
    let now = Utc::now();
    rows.iter()
        .map(|row| BookingView {
            id: row.id,
            line: crate::staff::bookings::booking_line(content, row),
            interpreter: crate::staff::bookings::interpreter_line(content, row),
            booked: row.status == "booked",
            begun: row.status == "booked" && row.slot.start <= now,
        })
        .collect()
}

pub enum NotDone {
    Refused(Text),
    Store(StoreError),
}

impl From<StoreError> for NotDone {
    fn from(error: StoreError) -> NotDone {
        NotDone::Store(error)
    }
}

/// What a booking action's refusal says, in the staff language.
fn refused(error: BookingError) -> NotDone {
    match error {
        BookingError::NotBooked => NotDone::Refused(Text::msg("web-booking-not-booked")),
        BookingError::NotBegun(_) => NotDone::Refused(Text::msg("web-booking-not-begun")),
        BookingError::Store(error) => NotDone::Store(error),
    }
}

/// Cancels a booked appointment of this case.
pub async fn cancel(
    web: &Web,
    signed: &Signed,
    entry: &QueueEntry,
    id: Option<i64>,
    form: Option<&str>,
) -> Result<(), NotDone> {
    let content = web.service.content();
    let notice = |client, language| crate::channel::telegram::cancellation_notice(&content, client, language);
    let actor = &signed.account.name;
    web.service.staff_cancel(actor, &entry.reference, id, &notice, form, Utc::now()).await.map_err(refused)?;
    Ok(())
}

/// Marks a booked appointment that has begun as missed.
pub async fn no_show(
    web: &Web,
    signed: &Signed,
    entry: &QueueEntry,
    id: Option<i64>,
    form: Option<&str>,
) -> Result<(), NotDone> {
    let actor = &signed.account.name;
    web.service.staff_no_show(actor, &entry.reference, id, form, Utc::now()).await.map_err(refused)?;
    Ok(())
}

/// Slots staff may book for the client, at most this many.
const OFFERED: usize = 12;

/// A free slot that fits the case, to book: its key and how it reads.
pub struct Offered {
    pub key: String,
    pub label: String,
}

/// The languages the client can talk in at an appointment (their answer, else the
/// language of the request).
fn languages(entry: &QueueEntry) -> Vec<String> {
    let answered = entry.summary.answers.get("appointment_languages").and_then(|v| v.as_array());
    let listed: Vec<String> =
        answered.map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect()).unwrap_or_default();
    if listed.is_empty() {
        vec![entry.summary.language.clone()]
    } else {
        listed
    }
}

/// The free slots that fit the case, earliest first, and whether they need an
/// interpreter.
async fn fitting(web: &Web, entry: &QueueEntry) -> Result<(Vec<Slot>, bool), StoreError> {
    let free = web.service.free_slots(Utc::now(), Some(&entry.reference)).await?;
    let languages = languages(entry);
    // A case the rules referred elsewhere may still be booked by staff, with anyone.
    let service = entry.summary.assessment.as_ref().and_then(|a| a.counselled_by());
    let wanted = Wanted { languages: &languages, topics: &entry.topics, office: entry.office.as_deref(), service };
    let offered = offer(&web.service.content().config.counsellors, &free, &wanted);
    Ok((offered.slots.into_iter().cloned().collect(), offered.interpreter))
}

pub async fn offers(web: &Web, entry: &QueueEntry) -> Result<Vec<Offered>, StoreError> {
    let content = &web.service.content();
    let (slots, interpreter) = fitting(web, entry).await?;
    let staff = &content.config.organisation.staff_language;
    Ok(slots
        .iter()
        .take(OFFERED)
        .map(|slot| {
            let when = content.i18n.render(staff, &crate::dialog::present::slot_when(&content.config, slot));
            let who = crate::staff::case::counsellor_name(content, &slot.counsellor);
            let office = crate::dialog::present::office_name(&content.config, &slot.office);
            let mut label = format!("{when} · {who} · {office}");
            if interpreter {
                label += &format!(" · {}", content.i18n.render(staff, &Text::msg("web-booking-with-interpreter")));
            }
            Offered { key: slot_key(slot), label }
        })
        .collect())
}

/// Books the slot `key` for the client (moving their booked appointment, if any).
pub async fn book(
    web: &Web,
    signed: &Signed,
    entry: &QueueEntry,
    key: &str,
    form: Option<&str>,
) -> Result<(), NotDone> {
    let content = &web.service.content();
    let store = &web.service.store;
    let now = Utc::now();
    let (slots, interpreter) = fitting(web, entry).await?;
    // Only a slot that is free and fits: a stale page or forged key is told so.
    let Some(slot) = slots.into_iter().find(|s| slot_key(s) == key) else {
        return Err(NotDone::Refused(Text::msg("web-booking-slot-gone")));
    };
    let rows = store.bookings_of(&entry.reference).await?;
    let moved = rows.iter().find(|r| r.status == "booked" && r.slot.start > now).map(|r| r.slot.clone());
    let languages = languages(entry);
    let hold = Hold {
        reference: entry.reference.clone(),
        slot: slot.clone(),
        until: now,
        interpreter: interpreter.then(|| languages.first().cloned()).flatten(),
        languages,
    };
    let (channel, outbox) = match store.client_of(&entry.reference).await? {
        Some((Channel::Telegram, user)) => {
            (Channel::Telegram, told(content, entry, &user, &slot, moved.is_some(), now))
        }
        _ => (Channel::Terminal, Vec::new()),
    };
    let action = if moved.is_some() { "booking_move" } else { "booking_add" };
    let audit = signed.audit(action, Some(&entry.reference), Some(slot_key(&slot)));
    let done = Done::new(&audit, form);
    match store.staff_book(&hold, moved.as_ref(), (channel, &outbox), &signed.account.name, &done, now).await {
        Ok(()) => {}
        Err(StoreError::SlotTaken) => return Err(NotDone::Refused(Text::msg("web-booking-slot-gone"))),
        Err(error) => return Err(error.into()),
    }
    web.service.outbox_news.notify_one();
    if moved.is_some() {
        web.service.calendar_news.notify_one();
    }
    Ok(())
}

/// What the client is sent: the appointment (or that it moved), then its reminders,
/// held back, in the language of their request.
fn told(
    content: &crate::content::Content,
    entry: &QueueEntry,
    user: &str,
    slot: &Slot,
    moved: bool,
    now: chrono::DateTime<Utc>,
) -> Vec<Outgoing> {
    let language = &entry.summary.language;
    let config = &content.config;
    let body = if moved {
        super::messages::moved_text(content, slot)
    } else {
        crate::dialog::present::slot_described(config, "appointment-show", slot)
    };
    let header = super::messages::staff_says(content, &entry.reference);
    let text = content.i18n.render(language, &Text::Paragraphs(vec![header, body]));
    let mut outbox: Vec<Outgoing> = crate::channel::telegram::notice(user, text).into_iter().collect();
    let reminder =
        content.i18n.render(language, &crate::dialog::present::slot_described(config, "booking-reminder", slot));
    for at in crate::dialog::reminder_times(slot, now) {
        if let Some(message) = crate::channel::telegram::notice(user, reminder.clone()) {
            outbox.push(Outgoing {
                not_before: Some(at),
                topic: Some(reminder_topic(&entry.reference, slot)),
                ..message
            });
        }
    }
    outbox
}

//! Messages to the client through the bot: a few translated templates, or free text
//! for staff who write the client's language, always under a line that says who writes
//! and about which request. Staff never see or type the client's Telegram id: the case
//! knows where its client writes from.

use super::auth::Signed;
use super::Web;
use crate::domain::Channel;
use crate::store::{CaseMessage, Done, QueueEntry, StoreError};
use crate::text::Text;

/// The templates, by id: each is `template-<id>` in every client locale and
/// `web-template-<id>` in the staff language.
pub const TEMPLATES: [&str; 3] = ["bring-documents", "call-us", "appointment-moved"];
/// Free text is kept short enough for one Telegram message.
pub const FREE_LIMIT: usize = 2000;

/// Why a message could not be sent, in the staff language's words.
pub enum NotSent {
    Refused(Text),
    Store(StoreError),
}

impl From<StoreError> for NotSent {
    fn from(error: StoreError) -> NotSent {
        NotSent::Store(error)
    }
}

/// The body of a template for this case, in no language yet.
async fn template(web: &Web, entry: &QueueEntry, id: &str) -> Result<Text, NotSent> {
    let content = &web.service.content();
    let config = &content.config;
    match id {
        "bring-documents" => Ok(Text::msg("template-bring-documents")),
        "call-us" => {
            let office = entry.office.as_deref().and_then(|o| config.office(o)).or(config.offices.first());
            let Some(office) = office else { return Err(NotSent::Refused(Text::msg("web-message-no-office"))) };
            Ok(Text::msg("template-call-us")
                .with("office", Text::Plain(office.name.clone()))
                .with("phone", Text::Plain(office.phone.clone()))
                .with("reference", Text::Plain(entry.reference.clone())))
        }
        "appointment-moved" => {
            let bookings = web.service.store.bookings_of(&entry.reference).await?;
            let Some(booked) = bookings.iter().rev().find(|b| b.status == "booked") else {
                return Err(NotSent::Refused(Text::msg("web-message-no-booking")));
            };
            Ok(moved_text(content, &booked.slot))
        }
        _ => Err(NotSent::Refused(Text::msg("web-message-choose"))),
    }
}

/// "Your appointment has moved": the new time, with whom, where.
pub fn moved_text(content: &crate::content::Content, slot: &crate::domain::Slot) -> Text {
    let config = &content.config;
    let office = config.office(&slot.office);
    Text::msg("template-appointment-moved")
        .with("when", crate::dialog::present::slot_when(config, slot))
        .with("counsellor", Text::Plain(crate::staff::case::counsellor_name(content, &slot.counsellor)))
        .with("office", Text::Plain(crate::dialog::present::office_name(config, &slot.office)))
        .with("address", Text::Plain(office.map(|o| o.address.clone()).unwrap_or_default()))
}

/// The line above every message from staff: who writes, about which request.
pub fn staff_says(content: &crate::content::Content, reference: &str) -> Text {
    Text::msg("staff-says")
        .with("org", Text::Plain(content.config.organisation.name.clone()))
        .with("reference", Text::Plain(reference.to_owned()))
}

/// Sends a template (`template` is one of [`TEMPLATES`]) or, with `template` "free",
/// the staff member's own text, in the client's language.
pub async fn send(
    web: &Web,
    signed: &Signed,
    entry: &QueueEntry,
    template_id: &str,
    free: &str,
    form_key: Option<&str>,
) -> Result<(), NotSent> {
    let content = &web.service.content();
    let store = &web.service.store;
    let (body, template_used) = if template_id == "free" {
        let text: String = free.trim().chars().filter(|c| *c != '\0').collect();
        if text.is_empty() {
            return Err(NotSent::Refused(Text::msg("web-message-empty")));
        }
        if text.chars().count() > FREE_LIMIT {
            return Err(NotSent::Refused(Text::msg("web-message-too-long").with("count", FREE_LIMIT as i64)));
        }
        (Text::Verbatim(text), None)
    } else {
        (template(web, entry, template_id).await?, Some(template_id.to_owned()))
    };
    let user = match store.client_of(&entry.reference).await? {
        Some((Channel::Telegram, user)) => user,
        Some(_) => return Err(NotSent::Refused(Text::msg("web-message-no-channel"))),
        None => return Err(NotSent::Refused(Text::msg("web-message-gone"))),
    };
    let language = entry.summary.language.clone();
    let header = staff_says(content, &entry.reference);
    let text = content.i18n.render(&language, &Text::Paragraphs(vec![header, body]));
    let Some(outgoing) = crate::channel::telegram::notice(&user, text.clone()) else {
        return Err(NotSent::Refused(Text::msg("web-message-no-channel")));
    };
    let detail = Some(template_used.clone().unwrap_or_else(|| "free".to_owned()));
    let audit = signed.audit("message", Some(&entry.reference), detail);
    let message =
        CaseMessage { at: audit.at, author: signed.account.name.clone(), template: template_used, language, text };
    store.message_client(entry.id, &message, Channel::Telegram, &outgoing, &Done::new(&audit, form_key)).await?;
    web.service.outbox_news.notify_one();
    Ok(())
}

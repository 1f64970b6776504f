//! The shell's part in booking: the free slots a turn is handed, offers to the waiting
//! list, and the calendar file of a booking rendered in the client's language.

use std::collections::HashMap;

use chrono::{DateTime, Duration, Utc};

use super::{RenderedFile, Service};
use crate::booking::{ics, offer, Wanted};
use crate::content::Content;
use crate::dialog::{Booked, Phase, State, StepKind, Stored};
use crate::domain::{slot_key, Channel, Hold, Slot, WaitlistOffer};
use crate::store::{InboxEvent, NewEvent, StoreError, TakenSlot};
use crate::text::Text;

/// How long a slot offered from the waiting list is held for the client to accept.
const OFFER_HOURS: i64 = 24;

impl Service {
    /// Free slots from the notice period to the horizon: the counsellors' availability
    /// less what is booked or held by others (`own`: the client's own hold counts free).
    pub async fn free_slots(&self, now: DateTime<Utc>, own: Option<&str>) -> Result<Vec<Slot>, StoreError> {
        let content = self.content();
        let config = &content.config;
        let from = now + Duration::hours(i64::from(config.booking.min_notice_hours));
        let until = now + Duration::days(i64::from(config.booking.horizon_days));
        let taken = self.store.taken(from, until, now, own).await?;
        let mut busy: HashMap<&str, Vec<&TakenSlot>> = HashMap::new();
        for t in &taken {
            busy.entry(t.counsellor.as_str()).or_default().push(t);
        }
        let slots = config.calendar(&content.zones).slots(from, until);
        // Absences and extra hours staff entered in the dashboard.
        let changes = self.store.calendar_changes(from, until).await?;
        let mut slots =
            crate::domain::calendar::apply(slots, &changes, config.booking.slot_minutes, config.booking.buffer_minutes);
        // A slot is gone when anything of its counsellor overlaps it, not only a booking
        // that starts when it does (hours or lengths changed after booking).
        slots.retain(|s| {
            busy.get(s.counsellor.as_str())
                .is_none_or(|times| times.iter().all(|t| t.end <= s.start || t.start >= s.end))
        });
        // The client's own hold stays theirs to confirm, even inside the notice period
        // (a slot offered from the waiting list shortly before it starts).
        if let Some(own) = own {
            for row in self.store.bookings_of(own).await? {
                let holds = row.status == "held" && row.held_until.is_some_and(|u| u >= now) && row.slot.start > now;
                if holds && !slots.contains(&row.slot) {
                    slots.push(row.slot);
                }
            }
            slots.sort_by(|a, b| (a.start, &a.counsellor).cmp(&(b.start, &b.counsellor)));
        }
        Ok(slots)
    }

    /// Offers freed slots to the waiting clients of `channel`, first come first: each
    /// gets the earliest fitting slot not passed over before, held for a while; returns
    /// the inbox events that bring the offers to their dialogues.
    pub async fn offer_waiting(&self, channel: Channel, now: DateTime<Utc>) -> Result<Vec<InboxEvent>, StoreError> {
        let waiting = self.store.waiting(now).await?;
        if waiting.is_empty() {
            return Ok(Vec::new());
        }
        let mut free = self.free_slots(now, None).await?;
        let content = self.content();
        let counsellors = &content.config.counsellors;
        let mut events = Vec::new();
        for entry in &waiting {
            let Some((entry_channel, user)) = &entry.channel else { continue };
            if *entry_channel != channel {
                continue;
            }
            // Only the responsible service's counsellors: the case says which.
            let case = self.store.intake(&crate::store::IntakeKey::Reference(entry.reference.clone()), now).await?;
            let service = case.as_ref().and_then(|c| c.summary.assessment.as_ref()).and_then(|a| a.counselled_by());
            let wanted =
                Wanted { languages: &entry.languages, topics: &entry.topics, office: entry.office.as_deref(), service };
            let offered = offer(counsellors, &free, &wanted);
            if offered.interpreter && !entry.interpreter_ok {
                continue;
            }
            let Some(slot) = offered.slots.iter().find(|s| !entry.passed.contains(&slot_key(s))).map(|s| (*s).clone())
            else {
                continue;
            };
            let until = (now + Duration::hours(OFFER_HOURS)).min(slot.start - Duration::hours(2));
            let hold = Hold {
                reference: entry.reference.clone(),
                slot: slot.clone(),
                until,
                interpreter: offered.interpreter.then(|| entry.languages.first().cloned()).flatten(),
                languages: entry.languages.clone(),
            };
            let offer = WaitlistOffer { reference: entry.reference.clone(), slot: slot.clone(), until };
            let event = NewEvent {
                event_id: format!("waitlist-{}-{}", entry.id, slot_key(&slot)),
                chat: Some(user.clone()),
                payload: offer.to_payload(),
            };
            match self.store.offer_waiting(entry, &hold, &event, now).await {
                Ok(Some(event)) => events.push(event),
                Ok(None) | Err(StoreError::SlotTaken) => {}
                // One entry's trouble must not hold up those after it.
                Err(error) => tracing::warn!(%error, waiting = entry.id, "slot not offered to a waiting client"),
            }
            free.retain(|s| *s != slot);
        }
        Ok(events)
    }
}

/// The intake a conversation may book for, when it may book in this turn: at the summary
/// (submitting offers appointments; no intake yet), or while appointments are offered or
/// a slot is held (that intake's own hold counts as free).
pub(super) fn booking_reference<'s>(state: &'s Stored, flow: &crate::dialog::Flow) -> Option<Option<&'s str>> {
    let Stored::State(state) = state else { return None };
    match &state.phase {
        Phase::Asking { step } if flow.step(step).is_some_and(|s| s.kind == StepKind::Summary) => Some(None),
        Phase::Booking { reference, .. } | Phase::Holding { reference, .. } | Phase::Appointment { reference, .. } => {
            Some(Some(reference))
        }
        _ => None,
    }
}

/// The reference of the request a finished conversation sent, if any.
pub(super) fn submitted(state: &Stored) -> Option<&str> {
    match state {
        Stored::State(State { phase: Phase::Done { reference }, .. }) => Some(reference),
        _ => None,
    }
}

impl Service {
    /// The calendar file of a booking, titled and described in the client's language.
    pub(super) fn calendar_file(
        &self,
        content: &Content,
        language: &str,
        booked: &Booked,
        now: DateTime<Utc>,
    ) -> RenderedFile {
        let (i18n, config) = (&content.i18n, &content.config);
        let org = Text::Plain(config.organisation.name.clone());
        let title = i18n.render(language, &Text::msg("booking-event").with("org", org));
        let location = config
            .office(&booked.slot.office)
            .map_or_else(|| booked.slot.office.clone(), |o| format!("{}, {}", o.name, o.address));
        let format = i18n.render(language, &Text::msg(format!("booking-format-{}", booked.slot.format.id())));
        let description = format!("{} ({format}) — {}", booked.counsellor, booked.reference);
        let invitation = ics::Invitation {
            reference: &booked.reference,
            slot: &booked.slot,
            title: &title,
            location: &location,
            description: &description,
            now,
        };
        RenderedFile { name: ics::file_name(&booked.reference), content: ics::calendar(&invitation) }
    }
}

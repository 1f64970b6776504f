//! `/appointment`: the client's booked appointment, to keep, move or cancel; and the
//! reminders a booking sends, held back in the outbox until a day and two hours before.

use chrono::{DateTime, Duration, Utc};

use super::action::Action;
use super::engine::Turn;
use super::{Button, Later, Phase, Reply, State, Text, Wish};
use crate::domain::{reminder_topic, Effect, Slot};

/// Reminders go out this long before the appointment.
const REMINDERS: [i64; 2] = [24 * 60, 2 * 60];

/// When a booking's reminders go out (those still ahead of `now`); each says
/// `booking-reminder` about the slot.
pub fn reminder_times(slot: &Slot, now: DateTime<Utc>) -> Vec<DateTime<Utc>> {
    REMINDERS.iter().map(|m| slot.start - Duration::minutes(*m)).filter(|at| *at > now).collect()
}

impl Turn<'_, '_> {
    /// `/appointment`: the upcoming appointment, or appointments on offer for the
    /// request just sent, or "no appointment yet".
    pub(super) fn appointment(&mut self, mut state: State) -> Option<State> {
        if let Some(booked) = self.env.appointments.first() {
            if state.wish.is_none() {
                state.wish = Some(Wish {
                    languages: booked.languages.clone(),
                    topics: Vec::new(),
                    office: Some(booked.slot.office.clone()),
                    urgent: false,
                    service: None,
                });
            }
            state.phase = Phase::Appointment { reference: booked.reference.clone(), slot: booked.slot.clone() };
            return self.reshow(state, None);
        }
        let submitted = match &state.phase {
            Phase::Done { reference } | Phase::Booking { reference, .. } | Phase::Holding { reference, .. } => {
                Some(reference.clone())
            }
            _ => None,
        };
        match submitted {
            Some(reference) if state.wish.is_some() && self.env.slots.is_some() => {
                state.phase = Phase::Booking { reference, office: None, after: None };
                self.reshow(state, None)
            }
            _ => {
                self.replies.push(Reply::text(Text::msg("appointment-none")));
                Some(state)
            }
        }
    }

    pub(super) fn appointment_reply(&self, state: &State, slot: &Slot) -> Reply {
        let button = |label: &str, action: Action| Button {
            label: Text::msg(label),
            data: format!("{}:{}", state.turn, action.encode()),
            command: None,
        };
        Reply {
            buttons: vec![
                vec![button("appointment-reschedule", Action::Reschedule)],
                vec![button("appointment-cancel", Action::Cancel)],
                vec![button("appointment-keep", Action::Keep)],
            ],
            ..Reply::text(self.described("appointment-show", slot))
        }
    }

    /// A button on the shown appointment.
    pub(super) fn appointment_button(
        &mut self,
        mut state: State,
        turn: u32,
        reference: String,
        slot: Slot,
        action: Action,
    ) -> Option<State> {
        state.answered = Some(turn);
        match action {
            Action::Keep => {
                self.chosen = Some(Text::msg("appointment-keep"));
                state.rescheduling = None;
                state.phase = Phase::Done { reference };
                self.reshow(state, None)
            }
            Action::Cancel => {
                self.chosen = Some(Text::msg("appointment-cancel"));
                self.effects.push(Effect::CancelBooking { reference: reference.clone(), slot: Box::new(slot) });
                self.replies.push(Reply::text(Text::msg("appointment-cancelled")));
                state.appointment = None;
                state.phase = Phase::Done { reference };
                state.turn += 1;
                Some(state)
            }
            Action::Reschedule => {
                self.chosen = Some(Text::msg("appointment-reschedule"));
                state.rescheduling = Some(slot.clone());
                state.phase = Phase::Booking { reference, office: Some(slot.office), after: None };
                self.reshow(state, None)
            }
            _ => self.stale(state, Some(turn)),
        }
    }

    /// A slot from the waiting list, held until `until`: confirm to book it, or choose
    /// another time. Whatever the client was doing, the offer comes first.
    pub(super) fn offered(
        &mut self,
        mut state: State,
        reference: String,
        slot: Slot,
        until: DateTime<Utc>,
    ) -> Option<State> {
        state.phase = Phase::Holding { reference, slot: slot.clone() };
        state.rescheduling = None;
        state.turn += 1;
        let office = self.env.config.office(&slot.office);
        let tz = office.map_or(self.env.config.organisation.time_zone, |o| o.time_zone);
        let local = until.with_timezone(&tz);
        let weekday = Text::msg(format!("weekday-{}", crate::domain::hours::day_id(chrono::Datelike::weekday(&local))));
        let deadline = Text::Concat(vec![weekday, Text::Plain(local.format(" %d.%m.%Y %H:%M").to_string())]);
        let mut reply = self.holding_reply(&state, &slot);
        reply.text = self.described("waitlist-offer", &slot).with("until", deadline);
        self.replies.push(reply);
        Some(state)
    }

    /// The reminders of a booking: sent later, taken back if it is cancelled.
    pub(super) fn reminders(&mut self, reference: &str, slot: &Slot) {
        for at in reminder_times(slot, self.env.now) {
            self.replies.push(Reply {
                later: Some(Later { at, topic: reminder_topic(reference, slot) }),
                ..Reply::text(self.described("booking-reminder", slot))
            });
        }
    }
}

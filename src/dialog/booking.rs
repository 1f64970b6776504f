//! After submitting: free appointments that fit the client, a few at a time, one office
//! at a time; a chosen slot held while they confirm; the booking. The engine stays pure:
//! the shell hands it the free slots ([`Env::slots`]), and a slot lost to a race comes
//! back as a store error that runs the turn again, when the slot is no longer free.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Utc};

use super::action::Action;
use super::engine::Turn;
use super::flow::{Role, StepKind};
use super::present::hours_list;
use super::{Booked, Button, Env, Phase, Reply, State, Text, Wish};
use crate::booking::{offer, Wanted};
use crate::domain::{Answer, Effect, Format, Hold, Slot};

/// Slots shown at once: enough to choose from, few enough to read on a phone.
const PAGE: usize = 3;
/// An urgent client whose earliest slot is further away than this is promised a call.
const URGENT_WITHIN_DAYS: i64 = 3;

/// The slots on screen and what else there is.
struct Page<'s> {
    office: Option<String>,
    slots: Vec<&'s Slot>,
    more: bool,
    other_offices: bool,
    interpreter: bool,
    earliest: Option<DateTime<Utc>>,
    /// The forms of appointment on offer, to choose among when there are several.
    formats: Vec<Format>,
}

impl<'a> Turn<'_, 'a> {
    /// What an appointment must fit, from the answers that apply.
    pub(super) fn wish(&self, state: &State, applies: &[bool], topics: &[String], urgent_in_words: bool) -> Wish {
        let flow = &self.env.flow;
        let applying = |kind: StepKind| {
            flow.steps
                .iter()
                .enumerate()
                .find(|(i, s)| applies[*i] && s.kind == kind)
                .and_then(|(_, s)| state.answers.get(s.id()))
        };
        let languages = match applying(StepKind::Languages) {
            Some(Answer::Choices(codes)) if !codes.is_empty() => codes.clone(),
            _ => vec![state.language.clone()],
        };
        let office = match applying(StepKind::Office) {
            Some(Answer::Choice(office)) => Some(office.clone()),
            _ => None,
        };
        let said_urgent = flow
            .role(Role::Urgent)
            .and_then(|step| state.answers.get(step.id()).map(|a| step.is_urgent_answer(a)))
            .unwrap_or(false);
        Wish { languages, topics: topics.to_vec(), office, urgent: said_urgent || urgent_in_words, service: None }
    }

    /// Whether appointments can be offered: counsellors are configured and the shell
    /// handed in the free slots.
    pub(super) fn can_book(&self) -> bool {
        self.env.slots.is_some() && !self.env.config.counsellors.is_empty()
    }

    fn page(&self, state: &State, office: &Option<String>, after: &Option<DateTime<Utc>>) -> Page<'a> {
        let env: &Env<'a> = self.env;
        let free: &'a [Slot] = env.slots.unwrap_or_default();
        let empty = Wish { languages: Vec::new(), topics: Vec::new(), office: None, urgent: false, service: None };
        let wish = state.wish.as_ref().unwrap_or(&empty);
        let wanted =
            Wanted { languages: &wish.languages, topics: &wish.topics, office: None, service: wish.service.as_deref() };
        let mut offered = offer(&env.config.counsellors, free, &wanted);
        let formats: Vec<Format> =
            Format::ALL.into_iter().filter(|f| offered.slots.iter().any(|s| s.format == *f)).collect();
        if let Some(format) = state.format.filter(|f| formats.contains(f)) {
            offered.slots.retain(|s| s.format == format);
        }
        // Offices with a fitting slot: for an urgent client the one with the earliest slot
        // first, otherwise the chosen office first, then in the configuration's order.
        let mut offices: Vec<&str> = Vec::new();
        let mut by_office: BTreeMap<&str, Vec<&'a Slot>> = BTreeMap::new();
        for slot in &offered.slots {
            by_office.entry(slot.office.as_str()).or_default().push(slot);
        }
        if wish.urgent {
            for slot in &offered.slots {
                if !offices.contains(&slot.office.as_str()) {
                    offices.push(&slot.office);
                }
            }
        } else {
            let chosen = wish.office.as_deref().filter(|o| by_office.contains_key(o));
            offices.extend(chosen);
            for o in &self.env.config.offices {
                if by_office.contains_key(o.id.as_str()) && Some(o.id.as_str()) != chosen {
                    offices.push(&o.id);
                }
            }
        }
        let shown = office.as_deref().filter(|o| by_office.contains_key(o)).or(offices.first().copied());
        let at_office: Vec<&'a Slot> = shown.and_then(|o| by_office.get(o)).cloned().unwrap_or_default();
        let later: Vec<&'a Slot> = at_office.into_iter().filter(|s| after.is_none_or(|a| s.start > a)).collect();
        Page {
            office: shown.map(str::to_owned),
            more: later.len() > PAGE,
            slots: later.into_iter().take(PAGE).collect(),
            other_offices: offices.len() > 1,
            interpreter: offered.interpreter,
            earliest: offered.slots.first().map(|s| s.start),
            formats,
        }
    }

    pub(super) fn offer_reply(&self, state: &State, office: &Option<String>, after: &Option<DateTime<Utc>>) -> Reply {
        let page = self.page(state, office, after);
        let button = |label: Text, action: Action| Button {
            label,
            data: format!("{}:{}", state.turn, action.encode()),
            command: None,
        };
        let skip = vec![button(Text::msg("booking-skip"), Action::NoAppointment)];
        let wait = vec![button(Text::msg("waitlist-join"), Action::Wait)];
        let Some(office) = page.office.as_deref().and_then(|o| self.env.config.office(o)) else {
            return Reply { buttons: vec![wait, skip], ..Reply::text(Text::msg("booking-none")) };
        };
        let mut paragraphs = Vec::new();
        if let Some(wish) = state.wish.as_ref().filter(|_| page.interpreter) {
            let names = wish.languages.iter().map(|c| Text::Plain(self.env.languages.name(c))).collect();
            paragraphs.push(Text::msg("booking-interpreter").with("languages", Text::List(names)));
        }
        let urgent = state.wish.as_ref().is_some_and(|w| w.urgent);
        let far = page.earliest.is_some_and(|e| e - self.env.now > Duration::days(URGENT_WITHIN_DAYS));
        if urgent && far {
            paragraphs.push(Text::msg("booking-urgent"));
        }
        paragraphs.push(
            Text::msg("booking-offer")
                .with("office", Text::Plain(office.name.clone()))
                .with("address", Text::Plain(office.address.clone())),
        );
        paragraphs.extend(self.walk_ins(state));
        let mut buttons: Vec<Vec<Button>> = page
            .slots
            .iter()
            .map(|slot| {
                let label = Text::msg("booking-slot")
                    .with("when", self.when(slot))
                    .with("counsellor", Text::Plain(self.counsellor_name(&slot.counsellor)))
                    .with("format", Text::msg(format!("booking-format-{}", slot.format.id())));
                vec![button(label, Action::Pick(slot.counsellor.clone(), slot.start.timestamp()))]
            })
            .collect();
        if page.more {
            buttons.push(vec![button(Text::msg("booking-later"), Action::Later)]);
        }
        if page.other_offices {
            buttons.push(vec![button(Text::msg("booking-other-office"), Action::OtherOffice)]);
        }
        // In person, by phone or video: the client may ask for one form only.
        if page.formats.len() > 1 {
            let chosen = state.format.filter(|f| page.formats.contains(f));
            let row: Vec<Button> = page
                .formats
                .iter()
                .filter(|f| Some(**f) != chosen)
                .map(|f| {
                    let label =
                        Text::Concat(vec![Text::Plain("• ".into()), Text::msg(format!("booking-format-{}", f.id()))]);
                    button(label, Action::Format(f.id().to_owned()))
                })
                .collect();
            buttons.push(row);
        }
        // Without a counsellor who speaks their language, waiting for one is a choice too.
        if page.interpreter {
            buttons.push(wait);
        }
        buttons.push(skip);
        Reply { buttons, ..Reply::text(Text::Paragraphs(paragraphs)) }
    }

    pub(super) fn holding_reply(&self, state: &State, slot: &Slot) -> Reply {
        let button = |label: Text, action: Action| Button {
            label,
            data: format!("{}:{}", state.turn, action.encode()),
            command: None,
        };
        let text =
            self.described("booking-hold", slot).with("minutes", i64::from(self.env.config.booking.hold_minutes));
        Reply {
            buttons: vec![
                vec![button(Text::msg("booking-confirm"), Action::Confirm)],
                vec![button(Text::msg("booking-other"), Action::Change)],
            ],
            ..Reply::text(text)
        }
    }

    pub(super) fn after_done(&self, state: &State, reference: &str) -> Reply {
        // The appointment as the store has it (staff may have cancelled it), when handed in.
        let booked = match self.env.appointments.iter().find(|a| a.reference == reference) {
            Some(appointment) => Some(&appointment.slot),
            None if self.env.appointments_known => None,
            None => state.appointment.as_ref(),
        };
        let reference = Text::Plain(reference.to_owned());
        match booked {
            Some(slot) => Reply::text(
                Text::msg("after-booked")
                    .with("when", self.when(slot))
                    .with("counsellor", Text::Plain(self.counsellor_name(&slot.counsellor)))
                    .with("office", Text::Plain(self.office_name(&slot.office)))
                    .with("reference", reference),
            ),
            None => Reply::text(Text::msg("after-done").with("reference", reference)),
        }
    }

    /// A button pressed while appointments are offered or a slot is held.
    pub(super) fn booking_button(&mut self, mut state: State, turn: u32, action: Action) -> Option<State> {
        let phase = state.phase.clone();
        match (phase, action) {
            (Phase::Booking { reference, office, after }, Action::Pick(counsellor, start)) => {
                let page = self.page(&state, &office, &after);
                // Only a slot that fits the client (a forged button skips no check).
                let empty =
                    Wish { languages: Vec::new(), topics: Vec::new(), office: None, urgent: false, service: None };
                let wish = state.wish.as_ref().unwrap_or(&empty);
                let wanted = Wanted {
                    languages: &wish.languages,
                    topics: &wish.topics,
                    office: None,
                    service: wish.service.as_deref(),
                };
                let fitting = offer(&self.env.config.counsellors, self.env.slots.unwrap_or_default(), &wanted);
                let fits = |s: &&&Slot| s.counsellor == counsellor && s.start.timestamp() == start;
                let wanted_slot = fitting.slots.iter().find(fits).map(|s| (*s).clone());
                let Some(slot) = wanted_slot else {
                    // Taken since it was offered.
                    return self.reshow(state, Some(Text::msg("booking-taken")));
                };
                let interpreter =
                    page.interpreter.then(|| state.wish.as_ref().and_then(|w| w.languages.first().cloned())).flatten();
                state.answered = Some(turn);
                self.chosen = Some(self.when(&slot));
                self.effects.push(Effect::HoldSlot(Box::new(self.hold(&state, &reference, &slot, interpreter))));
                state.phase = Phase::Holding { reference, slot };
                self.reshow(state, None)
            }
            (Phase::Booking { reference, office, after }, Action::Later) => {
                let page = self.page(&state, &office, &after);
                let after = page.slots.last().map(|s| s.start).or(after);
                let office = page.office;
                state.answered = Some(turn);
                self.chosen = Some(Text::msg("booking-later"));
                state.phase = Phase::Booking { reference, office, after };
                self.reshow(state, None)
            }
            (Phase::Booking { reference, .. }, Action::Format(id)) => match Format::parse(&id) {
                Some(format) => {
                    state.answered = Some(turn);
                    self.chosen = Some(Text::msg(format!("booking-format-{}", format.id())));
                    state.format = Some(format);
                    state.phase = Phase::Booking { reference, office: None, after: None };
                    self.reshow(state, None)
                }
                None => self.stale(state, Some(turn)),
            },
            (Phase::Booking { reference, office, after }, Action::OtherOffice) => {
                state.answered = Some(turn);
                self.chosen = Some(Text::msg("booking-other-office"));
                let next = self.next_office(&state, &office, &after);
                state.phase = Phase::Booking { reference, office: next, after: None };
                self.reshow(state, None)
            }
            (Phase::Booking { reference, office, after }, Action::Wait) => {
                // Choosing to wait where slots with an interpreter were on offer is waiting
                // for a counsellor who speaks the client's language.
                let interpreter_ok = self.page(&state, &office, &after).slots.is_empty();
                state.answered = Some(turn);
                state.rescheduling = None;
                self.chosen = Some(Text::msg("waitlist-join"));
                let wish = state.wish.clone().unwrap_or(Wish {
                    languages: vec![state.language.clone()],
                    topics: Vec::new(),
                    office: None,
                    urgent: false,
                    service: None,
                });
                self.effects.push(Effect::JoinWaitlist {
                    reference: reference.clone(),
                    languages: wish.languages,
                    topics: wish.topics,
                    office: wish.office,
                    interpreter_ok,
                });
                self.replies.push(Reply::text(Text::msg("waitlist-joined")));
                state.phase = Phase::Done { reference };
                state.turn += 1;
                Some(state)
            }
            (Phase::Booking { reference, .. }, Action::NoAppointment) => {
                state.answered = Some(turn);
                state.rescheduling = None;
                self.chosen = Some(Text::msg("booking-skip"));
                self.replies.push(Reply::text(Text::msg("booking-skipped")));
                state.phase = Phase::Done { reference };
                state.turn += 1;
                Some(state)
            }
            (Phase::Holding { reference, slot }, Action::Confirm) => {
                let still_free = self.env.slots.unwrap_or_default().contains(&slot);
                if !still_free {
                    state.phase = Phase::Booking { reference, office: Some(slot.office.clone()), after: None };
                    return self.reshow(state, Some(Text::msg("booking-taken")));
                }
                state.answered = Some(turn);
                self.chosen = Some(Text::msg("booking-confirm"));
                let interpreter = self.interpreter_for(&state);
                // A moved appointment: the old one goes, with its reminders, as the new one is booked.
                if let Some(old) = state.rescheduling.take() {
                    self.effects.push(Effect::CancelBooking { reference: reference.clone(), slot: Box::new(old) });
                }
                self.effects.push(Effect::Book(Box::new(self.hold(&state, &reference, &slot, interpreter.clone()))));
                let mut text = vec![self.described("booking-done", &slot)];
                text.extend(self.directions(&slot, &state.language));
                if let Some(language) = interpreter {
                    let name = Text::Plain(self.env.languages.name(&language));
                    text.push(Text::msg("booking-with-interpreter").with("language", name));
                }
                let counsellor = self.counsellor_name(&slot.counsellor);
                self.replies.push(Reply {
                    calendar: Some(Booked { reference: reference.clone(), slot: slot.clone(), counsellor }),
                    ..Reply::text(Text::Paragraphs(text))
                });
                self.reminders(&reference, &slot);
                state.appointment = Some(slot);
                state.phase = Phase::Done { reference };
                state.turn += 1;
                Some(state)
            }
            (Phase::Holding { reference, slot }, Action::Change) => {
                state.answered = Some(turn);
                self.chosen = Some(Text::msg("booking-other"));
                self.effects.push(Effect::ReleaseHold { reference: reference.clone() });
                state.phase = Phase::Booking { reference, office: Some(slot.office), after: None };
                self.reshow(state, None)
            }
            (Phase::Appointment { reference, slot }, action) => {
                self.appointment_button(state, turn, reference, slot, action)
            }
            _ => self.stale(state, Some(turn)),
        }
    }

    /// Walk-in desks where someone speaks one of the client's languages: "you can also
    /// come without an appointment", per office.
    fn walk_ins(&self, state: &State) -> Vec<Text> {
        let Some(wish) = &state.wish else { return Vec::new() };
        let mut by_office: BTreeMap<&str, Vec<&crate::domain::OpeningHours>> = BTreeMap::new();
        for counsellor in
            self.env.config.counsellors.iter().filter(|c| c.languages.iter().any(|l| wish.languages.contains(l)))
        {
            for hours in counsellor.hours.iter().filter(|h| h.walk_in) {
                let entry = by_office.entry(hours.office.get_ref().as_str()).or_default();
                if !entry.contains(&&hours.days) {
                    entry.push(&hours.days);
                }
            }
        }
        by_office
            .into_iter()
            .filter_map(|(id, hours)| {
                let office = self.env.config.office(id)?;
                Some(
                    Text::msg("booking-walk-in")
                        .with("office", Text::Plain(office.name.clone()))
                        .with("address", Text::Plain(office.address.clone()))
                        .with("hours", hours_list(hours)),
                )
            })
            .collect()
    }

    /// How to find the office of an appointment in person, where that is described: in
    /// the client's language, or, where nobody wrote it in theirs, in the organisation's
    /// language with a note that it is.
    fn directions(&self, slot: &Slot, language: &str) -> Option<Text> {
        if slot.format != crate::domain::Format::InPerson {
            return None;
        }
        let directions = self.env.directions.get(&slot.office)?;
        if directions.languages.contains(language) {
            return Some(Text::msg(crate::config::directions_message(&slot.office)));
        }
        let (other, text) = directions.fallback.as_ref()?;
        Some(
            Text::msg("office-directions-elsewhere")
                .with("language", Text::Plain(self.env.languages.name(other)))
                .with("text", Text::Plain(text.clone())),
        )
    }

    /// The interpreter asked for when no counsellor speaks the client's languages.
    fn interpreter_for(&self, state: &State) -> Option<String> {
        let wish = state.wish.as_ref()?;
        let wanted =
            Wanted { languages: &wish.languages, topics: &wish.topics, office: None, service: wish.service.as_deref() };
        let offered = offer(&self.env.config.counsellors, self.env.slots.unwrap_or_default(), &wanted);
        offered.interpreter.then(|| wish.languages.first().cloned()).flatten()
    }

    fn hold(&self, state: &State, reference: &str, slot: &Slot, interpreter: Option<String>) -> Hold {
        let minutes = i64::from(self.env.config.booking.hold_minutes);
        Hold {
            reference: reference.to_owned(),
            slot: slot.clone(),
            until: self.env.now + Duration::minutes(minutes),
            interpreter,
            languages: state.wish.as_ref().map(|w| w.languages.clone()).unwrap_or_default(),
        }
    }

    /// The office after the one on screen that has fitting slots (round the list).
    fn next_office(&self, state: &State, office: &Option<String>, after: &Option<DateTime<Utc>>) -> Option<String> {
        let current = self.page(state, office, after).office;
        let offices = &self.env.config.offices;
        let start = offices.iter().position(|o| Some(&o.id) == current.as_ref()).map_or(0, |i| i + 1);
        (0..offices.len()).map(|k| &offices[(start + k) % offices.len()]).find_map(|o| {
            let candidate = Some(o.id.clone());
            let page = self.page(state, &candidate, &None);
            (page.office == candidate && candidate != current).then_some(candidate).flatten()
        })
    }

    /// "Mo 07.12.2026 10:00", in the office's time zone.
    fn when(&self, slot: &Slot) -> Text {
        super::present::slot_when(self.env.config, slot)
    }

    /// A message naming the slot in full: when, with whom, where, in what form.
    pub(super) fn described(&self, id: &str, slot: &Slot) -> Text {
        super::present::slot_described(self.env.config, id, slot)
    }

    fn counsellor_name(&self, id: &str) -> String {
        super::present::counsellor_name(self.env.config, id)
    }

    fn office_name(&self, id: &str) -> String {
        super::present::office_name(self.env.config, id)
    }
}

//! Reading what a client types for danger, and the help that cannot wait: every typed
//! text (the own-words answer, a sentence typed where a date or a button was expected, a
//! message after the intake was sent) goes through the urgency detector, and each
//! situation found gets its own first help in the same reply — the crisis line for
//! thoughts of suicide, the police and the violence helpline, the ambulance and the doctor
//! on call, the place to sleep tonight, where food is given out — then "no legal advice,
//! staff will contact you first".

use super::engine::Turn;
use super::flow::Role;
use super::{State, Text};
use crate::config::EmergencyKind;
use crate::domain::Answer;
use crate::triage::urgency::{self, Finding};

/// All the emergency numbers at once, for "violence, threats or a health crisis" chosen
/// at the urgency question (which of them is not known), with the footer.
const ALL_NUMBERS: &str = "urgent-help";
/// "We will look at your request first": urgent, but no emergency.
const URGENT_FIRST: &str = "urgent-first";
/// "This chat gives no legal advice; staff will contact you first", after the help.
const FOOTER: &str = "urgent-help-footer";
/// Each situation's own help, most pressing first: the category and its message.
const HELP: [(&str, &str); 5] = [
    ("suicide", "urgent-help-suicide"),
    ("violence", "urgent-help-violence"),
    ("illness", "urgent-help-illness"),
    ("homelessness", "urgent-help-homelessness"),
    ("hunger", "urgent-help-hunger"),
];
/// Situations whose help is a phone number that [`ALL_NUMBERS`] already gives.
const NUMBERS: [&str; 3] = ["suicide", "violence", "illness"];
/// Words from which text that answers no question counts as a sentence.
const STRAY_SENTENCE_WORDS: usize = 4;

impl Turn<'_, '_> {
    /// The text an answer's `info` message shows: a situation's help comes with its local
    /// places and the footer.
    pub(super) fn info(&self, state: &State, id: &str) -> Vec<Text> {
        match HELP.iter().find(|(_, message)| *message == id) {
            Some(_) => vec![self.help_text(state, id), Text::msg(FOOTER)],
            None => vec![Text::msg(id)],
        }
    }

    /// A situation's help message with the local places it names.
    fn help_text(&self, state: &State, id: &str) -> Text {
        let places = |kind| Text::Lines(self.places(state, kind));
        match id {
            "urgent-help-homelessness" => Text::msg(id).with("place", places(EmergencyKind::Shelter)),
            "urgent-help-hunger" => {
                Text::msg(id).with("food", places(EmergencyKind::Food)).with("welfare", places(EmergencyKind::Welfare))
            }
            _ => Text::msg(id),
        }
    }

    /// The places of `kind` for this client's office (or every office's), one line each.
    fn places(&self, state: &State, kind: EmergencyKind) -> Vec<Text> {
        let office = self.env.flow.steps.iter().find(|s| s.kind == super::StepKind::Office).and_then(|s| {
            match state.answers.get(s.id()) {
                Some(Answer::Choice(office)) => Some(office.as_str()),
                _ => None,
            }
        });
        self.env
            .config
            .emergency(kind, office)
            .into_iter()
            .map(|place| super::present::contact_line(&[&place.name, &place.address, &place.phone, &place.hours]))
            .collect()
    }

    /// The help for the situations found, leaving out what the client was just shown.
    fn tell(&mut self, state: &State, finding: &Finding, shown: Option<&str>, said_urgent: bool) {
        let already = |category: &str, message: &str| {
            shown == Some(message) || (shown == Some(ALL_NUMBERS) && NUMBERS.contains(&category))
        };
        let help: Vec<Text> = HELP
            .iter()
            .filter(|(category, message)| {
                finding.categories.iter().any(|c| c == category) && !already(category, message)
            })
            .map(|(_, message)| self.help_text(state, message))
            .collect();
        if !help.is_empty() {
            self.notes.extend(help);
            self.notes.push(Text::msg(FOOTER));
        } else if finding.urgent && !said_urgent && !finding.danger() {
            self.notes.push(Text::msg(URGENT_FIRST));
        }
    }

    /// The own-words answer: read by the detector for the dialogue's language and the one
    /// it is written in. Each situation found gets its help, whatever the client answered
    /// to the urgency question (but not twice); other urgent situations are told they are
    /// looked at first. A shipped language other than the dialogue's is offered.
    pub(super) fn own_words(&mut self, state: &mut State, text: &str, language: &str) {
        let finding = self.env.urgency.detect(&[state.language.as_str(), language], text);
        let told = self.env.flow.role(Role::Urgent).and_then(|step| {
            let answer = state.answers.get(step.id())?;
            let value = match answer {
                Answer::Bool(yes) => if *yes { "yes" } else { "no" }.to_owned(),
                Answer::Choice(option) => option.clone(),
                _ => return None,
            };
            Some((step.is_urgent_answer(answer), step.info.get(&value).cloned()))
        });
        let (said_urgent, shown) = told.unwrap_or((false, None));
        self.tell(state, &finding, shown.as_deref(), said_urgent);
        if language != state.language && self.env.languages.has(language) {
            state.offer = Some(language.to_owned());
        }
    }

    /// Text that answers no question (a sentence typed at the date question, a message
    /// after the intake was sent) is read all the same: danger gets its help in this
    /// reply, before the question again; other urgent situations, said in a sentence rather
    /// than a word or two ("next week" at the date question), are told they are looked at
    /// first; staff see what was found with the intake.
    pub(super) fn stray_words(&mut self, state: &mut State, text: &str) {
        let finding = self.env.urgency.detect(&urgency::languages(&state.language, text), text);
        let sentence = text.split_whitespace().count() >= STRAY_SENTENCE_WORDS;
        let act = finding.danger() || (finding.urgent && sentence);
        if !act {
            return;
        }
        super::engine::add_new(&mut state.noted, &finding.categories);
        super::engine::add_new(&mut state.noted_words, &finding.evidence);
        self.tell(state, &finding, None, false);
    }
}

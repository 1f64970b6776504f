//! `anlauf queue …`: staff read and work the queue from a terminal. Each command answers
//! with what to print and an exit code, so that the binary only prints.

use chrono::Utc;

use crate::cli::{Filter, ListFormat, QueueCommand, ShowFormat};
use crate::content::Content;
use crate::domain::{CaseAction, CaseStatus, Outcome};
use crate::service::Service;
use crate::store::{IntakeKey, QueueEntry, QueueFilter, StoreError};
use crate::text::Text;

/// Exit code when the case named does not exist.
pub const EXIT_NOT_FOUND: u8 = 2;
/// Exit code when the case's state or the input does not allow the action.
pub const EXIT_REFUSED: u8 = 3;

/// What a command prints, and how it ends.
#[derive(Debug, Default)]
pub struct Printed {
    pub out: String,
    pub err: String,
    pub code: u8,
}

impl Printed {
    pub(crate) fn out(text: String) -> Printed {
        Printed { out: text, ..Printed::default() }
    }

    pub(crate) fn fail(code: u8, text: String) -> Printed {
        Printed { err: text + "\n", code, ..Printed::default() }
    }
}

fn staff(content: &Content, text: &Text) -> String {
    content.i18n.render(&content.config.organisation.staff_language, text)
}

/// The filter as typed, checked: an unknown status is refused with the known ones.
pub fn filter(typed: &Filter) -> Result<QueueFilter, String> {
    let status = match &typed.status {
        None => None,
        Some(text) => Some(CaseStatus::parse(text.trim()).ok_or_else(|| {
            let known: Vec<&str> = CaseStatus::ALL.iter().map(|s| s.as_str()).collect();
            format!("unknown status '{text}' (known: {})", known.join(", "))
        })?),
    };
    Ok(QueueFilter {
        status,
        office: typed.office.clone(),
        language: typed.language.clone(),
        topic: typed.topic.clone(),
        service: typed.service.clone(),
        assignee: typed.assignee.clone(),
        mine: None,
    })
}

pub async fn run(service: &Service, command: QueueCommand) -> anyhow::Result<Printed> {
    let content = &service.content();
    let store = &service.store;
    let now = Utc::now();
    let action = match command {
        QueueCommand::List { format, limit, filter: typed, .. } => {
            let filter = match filter(&typed) {
                Ok(filter) => filter,
                Err(error) => return Ok(Printed::fail(EXIT_REFUSED, error)),
            };
            let entries = store.queue(&filter, now, limit).await?;
            return Ok(Printed::out(match format {
                ListFormat::Table => super::queue_table(content, &entries),
                ListFormat::Json => {
                    let list: Vec<_> = entries.iter().map(|e| super::json::intake(content, e)).collect();
                    serde_json::to_string_pretty(&list)? + "\n"
                }
            }));
        }
        QueueCommand::Show { id, format, .. } => return show(service, &id, format).await,
        QueueCommand::Claim { id: None, minutes, filter: typed, staff: who, .. } => {
            let filter = match filter(&typed) {
                Ok(filter) => filter,
                Err(error) => return Ok(Printed::fail(EXIT_REFUSED, error)),
            };
            let until = now + chrono::Duration::minutes(i64::from(minutes.max(1)));
            return Ok(match service.staff_claim_next(&who.name, &filter, now, until).await? {
                Some(entry) => Printed::out(claimed(content, &entry)),
                None => Printed::out(staff(content, &Text::msg("staff-claim-none")) + "\n"),
            });
        }
        QueueCommand::Claim { id: Some(id), minutes, staff: who, .. } => {
            let until = now + chrono::Duration::minutes(i64::from(minutes.max(1)));
            (id, who, CaseAction::Claim { until })
        }
        QueueCommand::Release { id, staff: who, .. } => (id, who, CaseAction::Release),
        QueueCommand::Note { id, text, staff: who, .. } => (id, who, CaseAction::Note(text)),
        QueueCommand::Assign { id, counsellor, staff: who, .. } => {
            let known: Vec<&str> = content.config.counsellors.iter().map(|c| c.id.get_ref().as_str()).collect();
            if !known.contains(&counsellor.as_str()) {
                return Ok(unknown(content, "staff-unknown-counsellor", &counsellor, &known));
            }
            (id, who, CaseAction::Assign(counsellor))
        }
        QueueCommand::Refer { id, to, staff: who, .. } => {
            let known: Vec<&str> = content.triage.directory.services.iter().map(|s| s.id.get_ref().as_str()).collect();
            if !known.contains(&to.as_str()) {
                return Ok(unknown(content, "staff-unknown-referral", &to, &known));
            }
            (id, who, CaseAction::Refer(to))
        }
        QueueCommand::Close { id, outcome, staff: who, .. } => match Outcome::parse(outcome.trim()) {
            Some(code) => (id, who, CaseAction::Close(code)),
            None => {
                let known: Vec<&str> = Outcome::ALL.iter().map(|o| o.as_str()).collect();
                return Ok(unknown(content, "staff-unknown-outcome", &outcome, &known));
            }
        },
    };
    let (id, who, action) = action;
    match service.staff_act(&who.name, &IntakeKey::parse(&id), &action, None, now).await {
        Ok(entry) if matches!(action, CaseAction::Claim { .. }) => Ok(Printed::out(claimed(content, &entry))),
        Ok(entry) => {
            let done = Text::msg("staff-case-done")
                .with("id", Text::Plain(entry.id.to_string()))
                .with("reference", Text::Plain(entry.reference.clone()))
                .with("status", Text::msg(format!("staff-status-{}", entry.case.status.as_str())));
            Ok(Printed::out(staff(content, &done) + "\n"))
        }
        Err(StoreError::NotFound) => Ok(not_found(content, &id)),
        Err(StoreError::Refused(refusal)) => {
            Ok(Printed::fail(EXIT_REFUSED, super::case::refusal_text(content, &refusal)))
        }
        Err(error) => Err(error.into()),
    }
}

async fn show(service: &Service, id: &str, format: ShowFormat) -> anyhow::Result<Printed> {
    let content = &service.content();
    let Some(entry) = service.store.intake(&IntakeKey::parse(id), Utc::now()).await? else {
        return Ok(not_found(content, id));
    };
    Ok(Printed::out(match format {
        ShowFormat::Text => {
            let mut text = super::intake_text(content, &entry);
            let bookings = service.store.bookings_of(&entry.reference).await?;
            if !bookings.is_empty() {
                let no_shows = service.store.no_shows(&entry.reference).await?;
                text += "\n";
                text += &super::bookings::bookings_text(content, &bookings, no_shows);
            }
            let history = service.store.history(entry.id).await?;
            if !history.is_empty() {
                text += "\n";
                text += &super::case::history_text(content, &history);
            }
            text
        }
        ShowFormat::Json => serde_json::to_string_pretty(&super::json::intake(content, &entry))? + "\n",
    }))
}

fn claimed(content: &Content, entry: &QueueEntry) -> String {
    let until = entry.case.claimed_until.map(|t| super::local_time(t, content.config.organisation.time_zone));
    let text = Text::msg("staff-claimed")
        .with("id", Text::Plain(entry.id.to_string()))
        .with("reference", Text::Plain(entry.reference.clone()))
        .with("until", Text::Plain(until.unwrap_or_else(|| "—".into())));
    staff(content, &text) + "\n"
}

pub(crate) fn unknown(content: &Content, id: &str, name: &str, known: &[&str]) -> Printed {
    let text = Text::msg(id.to_owned())
        .with("name", Text::Plain(name.to_owned()))
        .with("known", Text::Plain(known.join(", ")));
    Printed::fail(EXIT_REFUSED, staff(content, &text))
}

fn not_found(content: &Content, id: &str) -> Printed {
    let text = Text::msg("staff-not-found").with("key", Text::Plain(id.to_owned()));
    Printed::fail(EXIT_NOT_FOUND, staff(content, &text))
}

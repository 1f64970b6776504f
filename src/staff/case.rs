//! Case work as staff read it: where a case stands, its history, and why an action was
//! refused, in the staff language.

use crate::content::Content;
use crate::domain::{HistoryEntry, Refusal, NOTE_LIMIT};
use crate::store::QueueEntry;
use crate::text::Text;

fn staff(content: &Content, text: &Text) -> String {
    content.i18n.render(&content.config.organisation.staff_language, text)
}

fn msg(content: &Content, id: &str) -> String {
    staff(content, &Text::msg(id))
}

fn local(content: &Content, at: chrono::DateTime<chrono::Utc>) -> String {
    super::local_time(at, content.config.organisation.time_zone)
}

/// Who has the case, for the queue table: the assignee, else the holder.
pub fn holder(entry: &QueueEntry) -> String {
    entry.case.assignee.clone().or_else(|| entry.case.holder.clone()).unwrap_or_else(|| "—".into())
}

/// The status lines of a case summary: (label, value).
pub fn state_facts(content: &Content, entry: &QueueEntry) -> Vec<(String, String)> {
    let case = &entry.case;
    let mut status = msg(content, &format!("staff-status-{}", case.status.as_str()));
    if let (false, Some(until)) = (case.status.is_finished(), case.claimed_until) {
        let until = staff(content, &Text::msg("staff-claimed-until").with("until", Text::Plain(local(content, until))));
        status = format!("{status} ({until})");
    }
    let mut facts = vec![(msg(content, "staff-status"), status)];
    if let Some(holder) = &case.holder {
        facts.push((msg(content, "staff-holder"), holder.clone()));
    }
    if let Some(assignee) = &case.assignee {
        facts.push((msg(content, "staff-assignee"), counsellor_name(content, assignee)));
    }
    if let Some(target) = &case.referred_to {
        facts.push((msg(content, "staff-referred-to"), place(content, target)));
    }
    if let Some(outcome) = case.outcome {
        facts.push((msg(content, "staff-outcome"), msg(content, &format!("staff-outcome-{}", outcome.as_str()))));
    }
    facts
}

/// A counsellor's name, or the id as given when the configuration has none.
pub fn counsellor_name(content: &Content, id: &str) -> String {
    crate::dialog::present::counsellor_name(&content.config, id)
}

/// A directory entry as "Name (phone)", or the id when the directory has none.
pub fn place(content: &Content, target: &str) -> String {
    content
        .triage
        .directory
        .service(target)
        .map_or_else(|| target.to_owned(), |s| format!("{} ({})", s.organization.name, s.contact.phone))
}

/// The status lines of a case summary, as text.
pub fn state_text(content: &Content, entry: &QueueEntry) -> String {
    state_facts(content, entry).iter().map(|(label, value)| format!("{label}: {value}\n")).collect()
}

/// A case's history, one line per entry, oldest first; notes in full below their line.
pub fn history_text(content: &Content, history: &[HistoryEntry]) -> String {
    if history.is_empty() {
        return String::new();
    }
    let mut out = format!("{}\n", msg(content, "staff-history"));
    for entry in history {
        let actor = match entry.actor.as_str() {
            "client" | "system" | "staff" => msg(content, &format!("staff-actor-{}", entry.actor)),
            name => name.to_owned(),
        };
        let action = msg(content, &format!("staff-action-{}", entry.action));
        let status = msg(content, &format!("staff-status-{}", entry.status));
        // "Termin gebucht → Termin gebucht" says it once.
        let id = if action == status { "staff-history-line-same" } else { "staff-history-line" };
        let line = Text::msg(id)
            .with("when", Text::Plain(local(content, entry.at)))
            .with("actor", Text::Plain(actor))
            .with("action", Text::Plain(action))
            .with("status", Text::Plain(status));
        out += &format!("  {}\n", staff(content, &line));
        match (entry.action.as_str(), &entry.detail) {
            ("note", Some(note)) => {
                for line in note.lines() {
                    out += &format!("      {line}\n");
                }
            }
            ("assign" | "refer" | "lapse", Some(detail)) => out += &format!("      {detail}\n"),
            ("close", Some(code)) => out += &format!("      {}\n", msg(content, &format!("staff-outcome-{code}"))),
            _ => {}
        }
    }
    out
}

/// Why an action was refused, for the person who tried it.
pub fn refusal_text(content: &Content, refusal: &Refusal) -> String {
    let text = match refusal {
        Refusal::HeldBy { holder, until: Some(until) } => Text::msg("staff-refused-held-until")
            .with("holder", Text::Plain(holder.clone()))
            .with("until", Text::Plain(local(content, *until))),
        Refusal::HeldBy { holder, until: None } => {
            Text::msg("staff-refused-held").with("holder", Text::Plain(holder.clone()))
        }
        Refusal::Finished(status) => {
            Text::msg("staff-refused-finished").with("status", Text::msg(format!("staff-status-{}", status.as_str())))
        }
        Refusal::NotClaimed => Text::msg("staff-refused-not-claimed"),
        Refusal::EmptyNote => Text::msg("staff-refused-empty-note"),
        Refusal::LongNote => Text::msg("staff-refused-long-note").with("limit", Text::Plain(NOTE_LIMIT.to_string())),
    };
    staff(content, &text)
}

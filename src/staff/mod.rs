//! What staff see: the queue and one intake, in the staff language (German by default).
//! Field labels and coded answers are translated; the client's own words stay exactly
//! as written, marked with their language.

pub mod accounts;
pub mod bookings;
pub mod case;
pub mod directory;
pub mod feed;
pub mod json;
pub mod stats;
pub mod work;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde_json::Value;

use crate::content::Content;
use crate::dialog::flow::Role;
use crate::dialog::present::{answer_text, format_date};
use crate::dialog::{Flow, StepKind};
use crate::domain::{Answer, Assessment, Intake};
use crate::store::QueueEntry;
use crate::text::Text;

pub use crate::dialog::present::answer_from_summary;

fn local_time(at: DateTime<Utc>, tz: Tz) -> String {
    at.with_timezone(&tz).format("%d.%m.%Y %H:%M").to_string()
}

struct View<'a> {
    content: &'a Content,
    language: &'a str,
}

impl View<'_> {
    fn new(content: &Content) -> View<'_> {
        View { content, language: &content.config.organisation.staff_language }
    }

    fn t(&self, text: &Text) -> String {
        self.content.i18n.render(self.language, text)
    }

    fn msg(&self, id: &str) -> String {
        self.t(&Text::msg(id))
    }

    /// The staff wording of an option label if the staff language has one.
    fn option(&self, client_label: &str) -> String {
        let staff = crate::i18n::catalog::staff_option_label(client_label);
        self.msg(if self.content.i18n.has_message(self.language, &staff) { &staff } else { client_label })
    }

    /// The service responsible, or "—" for intakes from before triage.
    fn service(&self, intake: &Intake) -> String {
        intake.assessment.as_ref().map_or_else(|| "—".into(), |a| self.msg(&format!("staff-service-{}", a.service)))
    }

    fn priority(&self, intake: &Intake) -> String {
        match &intake.assessment {
            Some(a) => format!("{} ({})", a.priority, self.msg(&format!("staff-priority-{}", a.priority_reason))),
            None => "—".into(),
        }
    }

    /// The rule's reason in the staff language, with the answers it names filled in:
    /// "27+, eingereist 2025".
    fn reason(&self, flow: &Flow, intake: &Intake, assessment: &Assessment) -> String {
        let mut text = Text::msg(format!("staff-reason-{}", assessment.rule));
        for step in crate::i18n::catalog::reason_steps(flow) {
            let value = intake.answers.get(step.id()).and_then(|v| answer_from_summary(step, v));
            let shown = match value {
                Some(Answer::Choice(option)) if step.options.contains(&option) => {
                    self.option(&step.option_label(&option))
                }
                Some(answer) => {
                    self.t(&answer_text(step, &answer, &self.content.config, self.content.i18n.languages()))
                }
                None => "—".into(),
            };
            text = text.with(step.id().to_owned(), Text::Plain(shown));
        }
        self.t(&text)
    }

    fn language_name(&self, code: &str) -> String {
        self.msg(&format!("staff-lang-{code}"))
    }

    fn topics(&self, entry: &QueueEntry) -> String {
        let Some(step) = self.content.flow.topics_step() else { return entry.topics.join(", ") };
        entry.topics.iter().map(|t| self.option(&step.option_label(t))).collect::<Vec<_>>().join("; ")
    }

    fn urgent(&self, entry: &QueueEntry) -> String {
        if !is_urgent(&self.content.flow, &entry.summary) {
            return String::new();
        }
        match deadline(&self.content.flow, &entry.summary) {
            Some(date) => date.parse().map(format_date).unwrap_or_else(|_| date.to_owned()),
            None => self.msg("yes"),
        }
    }
}

/// Whether the client said something is urgent (the step with the `urgent` role), or
/// their own words or a near deadline did.
pub fn is_urgent(flow: &Flow, intake: &Intake) -> bool {
    let said = flow.role(Role::Urgent).and_then(|step| {
        let value = intake.answers.get(step.id())?;
        // Intakes from before the urgency question had options stored a plain yes/no.
        if let Value::Bool(yes) = value {
            return Some(*yes);
        }
        Some(step.is_urgent_answer(&answer_from_summary(step, value)?))
    });
    said.unwrap_or(false) || !intake.urgency.is_empty()
}

/// The deadline the client named (the step with the `deadline` role), as stored.
fn deadline<'a>(flow: &Flow, intake: &'a Intake) -> Option<&'a str> {
    flow.role(Role::Deadline).and_then(|step| intake.answers.get(step.id())).and_then(Value::as_str)
}

/// Why the rules chose the service, in the staff language ("27–64, eingereist 2025").
pub fn reason_text(content: &Content, intake: &Intake) -> Option<String> {
    let assessment = intake.assessment.as_ref()?;
    Some(View::new(content).reason(&content.flow, intake, assessment))
}

/// One case in the queue, each cell in the staff language.
#[derive(Debug, Clone)]
pub struct QueueRow {
    pub id: i64,
    pub reference: String,
    pub received: String,
    pub language: String,
    pub language_name: String,
    pub priority: String,
    /// Empty unless urgent: "ja", or the deadline.
    pub urgent: String,
    pub service: String,
    pub status: String,
    pub holder: String,
    pub topics: String,
}

pub fn queue_row(content: &Content, entry: &QueueEntry) -> QueueRow {
    let view = View::new(content);
    QueueRow {
        id: entry.id,
        reference: entry.reference.clone(),
        received: local_time(entry.created_at, content.config.organisation.time_zone),
        language: entry.language.clone(),
        language_name: view.language_name(&entry.language),
        priority: entry.summary.assessment.as_ref().map_or_else(|| "—".into(), |a| a.priority.to_string()),
        urgent: view.urgent(entry),
        service: view.service(&entry.summary),
        status: view.msg(&format!("staff-status-{}", entry.case.status.as_str())),
        holder: case::holder(entry),
        topics: view.topics(entry),
    }
}

/// The queue as an aligned text table.
pub fn queue_table(content: &Content, entries: &[QueueEntry]) -> String {
    let view = View::new(content);
    if entries.is_empty() {
        return view.msg("staff-queue-empty") + "\n";
    }
    let header: Vec<String> = [
        "staff-col-id",
        "staff-col-reference",
        "staff-col-received",
        "staff-col-language",
        "staff-col-priority",
        "staff-col-urgent",
        "staff-col-service",
        "staff-col-status",
        "staff-col-holder",
        "staff-col-topics",
    ]
    .iter()
    .map(|id| view.msg(id))
    .collect();
    let rows: Vec<Vec<String>> = entries
        .iter()
        .map(|e| {
            let row = queue_row(content, e);
            vec![
                row.id.to_string(),
                row.reference,
                row.received,
                row.language,
                row.priority,
                row.urgent,
                row.service,
                row.status,
                row.holder,
                row.topics,
            ]
        })
        .collect();
    let widths: Vec<usize> = (0..header.len())
        .map(|i| rows.iter().map(|r| r[i].chars().count()).chain([header[i].chars().count()]).max().unwrap_or(0))
        .collect();
    let line = |cells: &[String]| {
        let padded: Vec<String> = cells
            .iter()
            .enumerate()
            .map(|(i, c)| if i + 1 == cells.len() { c.clone() } else { format!("{c:<w$}", w = widths[i]) })
            .collect();
        padded.join("  ").trim_end().to_owned() + "\n"
    };
    let mut out = line(&header);
    for row in &rows {
        out += &line(row);
    }
    out
}

/// One line of a case summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SummaryLine {
    /// "Label: value".
    Fact { label: String, value: String },
    /// The client's own words, exactly as written, marked with their language.
    Verbatim { label: String, marker: String, text: String, language: String },
}

impl SummaryLine {
    fn fact(label: String, value: impl Into<String>) -> SummaryLine {
        SummaryLine::Fact { label, value: value.into() }
    }
}

/// One intake as staff read it, in the staff language: the title, where the case
/// stands and what triage found, then the client's answers.
#[derive(Debug, Clone)]
pub struct Summary {
    pub title: String,
    pub head: Vec<SummaryLine>,
    pub answers: Vec<SummaryLine>,
}

pub fn summary(content: &Content, entry: &QueueEntry) -> Summary {
    let view = View::new(content);
    let tz = content.config.organisation.time_zone;
    let intake = &entry.summary;
    let title = view.t(&Text::msg("staff-title").with("reference", Text::Plain(entry.reference.clone())));
    let mut head =
        vec![SummaryLine::fact(view.msg("staff-received"), format!("{} ({tz})", local_time(entry.created_at, tz)))];
    head.extend(case::state_facts(content, entry).into_iter().map(|(label, value)| SummaryLine::fact(label, value)));
    head.push(SummaryLine::fact(
        view.msg("staff-language"),
        format!("{} ({})", view.language_name(&intake.language), intake.language),
    ));
    let consent =
        view.t(&Text::msg("staff-consent-value").with("version", Text::Plain(intake.consent_version.clone())));
    head.push(SummaryLine::fact(view.msg("staff-consent"), consent));
    if !intake.urgency.is_empty() {
        let found: Vec<String> = intake.urgency.iter().map(|c| view.msg(&format!("staff-urgency-{c}"))).collect();
        head.push(SummaryLine::fact(view.msg("staff-urgency"), found.join("; ")));
        if !intake.urgency_words.is_empty() {
            let words: Vec<String> = intake.urgency_words.iter().map(|w| format!("„{w}“")).collect();
            head.push(SummaryLine::fact(view.msg("staff-urgency-words"), words.join(", ")));
        }
    }
    if let Some(assessment) = &intake.assessment {
        head.push(SummaryLine::fact(view.msg("staff-service"), view.service(intake)));
        head.push(SummaryLine::fact(view.msg("staff-reason"), view.reason(&content.flow, intake, assessment)));
        head.push(SummaryLine::fact(view.msg("staff-priority"), view.priority(intake)));
        for referral in &assessment.referrals {
            let place = case::place(content, &referral.target);
            head.push(SummaryLine::fact(
                view.msg("staff-referred"),
                format!("{place}, {}", local_time(referral.at, tz)),
            ));
        }
    }
    let mut answers = Vec::new();
    let mut shown = std::collections::BTreeSet::new();
    for step in content.flow.steps.iter().filter(|s| s.kind.takes_answer()) {
        let Some(value) = intake.answers.get(step.id()) else { continue };
        shown.insert(step.id());
        let label = view.msg(&format!("staff-{}", step.field_label()));
        let line = match answer_from_summary(step, value) {
            Some(Answer::Text { text, language }) => {
                let marker =
                    view.t(&Text::msg("staff-verbatim").with("language", Text::Plain(view.language_name(&language))));
                SummaryLine::Verbatim { label, marker, text, language }
            }
            Some(Answer::Choice(option)) if !step.options.is_empty() && step.options.contains(&option) => {
                SummaryLine::fact(label, view.option(&step.option_label(&option)))
            }
            Some(Answer::Choices(codes)) if step.kind == StepKind::Languages => {
                let names: Vec<String> = codes.iter().map(|c| view.language_name(c)).collect();
                SummaryLine::fact(label, names.join("; "))
            }
            Some(Answer::Choices(options)) => {
                let labels: Vec<String> = options.iter().map(|o| view.option(&step.option_label(o))).collect();
                SummaryLine::fact(label, labels.join("; "))
            }
            Some(answer) => {
                SummaryLine::fact(label, view.t(&answer_text(step, &answer, &content.config, content.i18n.languages())))
            }
            None => SummaryLine::fact(label, value.to_string()),
        };
        answers.push(line);
    }
    // Answers to steps the current flow no longer has: shown as stored, never dropped.
    for (key, value) in intake.answers.iter().filter(|(k, _)| !shown.contains(k.as_str())) {
        answers.push(SummaryLine::fact(key.clone(), value.to_string()));
    }
    Summary { title, head, answers }
}

/// One intake as a German text summary.
pub fn intake_text(content: &Content, entry: &QueueEntry) -> String {
    let summary = summary(content, entry);
    let mut out = format!("{}  (#{})\n", summary.title, entry.id);
    let write = |out: &mut String, line: &SummaryLine| match line {
        SummaryLine::Fact { label, value } => *out += &format!("{label}: {value}\n"),
        SummaryLine::Verbatim { label, marker, text, .. } => {
            *out += &format!("{label} ({marker}):\n");
            for line in text.lines() {
                *out += &format!("    {line}\n");
            }
        }
    };
    for line in &summary.head {
        write(&mut out, line);
    }
    out += "\n";
    for line in &summary.answers {
        write(&mut out, line);
    }
    out
}

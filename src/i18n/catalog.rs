//! Every message id the code uses, with the variables it passes. `anlauf check` and the
//! tests hold the locale files against this list: a missing id, an unknown id, or a
//! variable the code does not pass is an error.

use std::collections::BTreeMap;

use crate::dialog::{Flow, StepKind};
use crate::domain::NORMAL_PRIORITY;
use crate::triage::rules::SERVICES;
use crate::triage::Triage;

/// Client-facing messages used by the engine and the channels (besides those named in
/// the flow file). Each must exist in every shipped locale.
pub const CLIENT: &[(&str, &[&str])] = &[
    ("welcome", &["org"]),
    ("staff-says", &["org", "reference"]),
    ("template-bring-documents", &[]),
    ("template-call-us", &["office", "phone", "reference"]),
    ("template-appointment-moved", &["when", "counsellor", "office", "address"]),
    ("language-keep", &["language"]),
    ("language-switched", &["language"]),
    ("language-unknown", &["tag"]),
    ("language-offer", &["language"]),
    ("language-offer-yes", &["language"]),
    ("urgent-help", &[]),
    ("urgent-first", &[]),
    ("referral-intro", &[]),
    ("referral-entry", &["kind", "name"]),
    ("referral-phone", &["phone"]),
    ("referral-languages", &["languages"]),
    ("consent-yes", &[]),
    ("consent-no", &[]),
    ("consent-declined", &["offices"]),
    ("consent-declined-kept", &["offices"]),
    ("multi-done", &[]),
    ("multi-chosen", &["count", "list"]),
    ("multi-empty", &[]),
    ("yes", &[]),
    ("no", &[]),
    ("skip", &[]),
    ("summary-line", &["field", "value"]),
    ("summary-skipped", &[]),
    ("summary-confirm", &[]),
    ("summary-change", &[]),
    ("ask-which-change", &[]),
    ("done", &["reference"]),
    ("after-done", &["reference"]),
    ("after-booked", &["when", "counsellor", "office", "reference"]),
    ("booking-offer", &["office", "address"]),
    ("booking-interpreter", &["languages"]),
    ("booking-urgent", &[]),
    ("booking-none", &[]),
    ("booking-slot", &["when", "counsellor", "format"]),
    ("booking-later", &[]),
    ("booking-walk-in", &["office", "address", "hours"]),
    ("booking-other-office", &[]),
    ("booking-skip", &[]),
    ("booking-skipped", &[]),
    ("booking-format-in_person", &[]),
    ("booking-format-phone", &[]),
    ("booking-format-video", &[]),
    ("booking-hold", &["when", "counsellor", "office", "address", "format", "minutes"]),
    ("booking-confirm", &[]),
    ("booking-other", &[]),
    ("booking-taken", &[]),
    ("booking-done", &["when", "counsellor", "office", "address", "format"]),
    ("booking-with-interpreter", &["language"]),
    ("booking-event", &["org"]),
    ("booking-reminder", &["when", "counsellor", "office", "address", "format"]),
    ("appointment-none", &[]),
    ("appointment-show", &["when", "counsellor", "office", "address", "format"]),
    ("appointment-cancel", &[]),
    ("appointment-reschedule", &[]),
    ("appointment-keep", &[]),
    ("appointment-cancelled", &[]),
    ("waitlist-join", &[]),
    ("waitlist-joined", &[]),
    ("waitlist-offer", &["when", "counsellor", "office", "address", "format", "until"]),
    ("nav-back", &[]),
    ("nav-restart", &[]),
    ("confirm-restart", &[]),
    ("confirm-restart-yes", &[]),
    ("confirm-restart-no", &[]),
    ("office-hours", &["hours"]),
    ("weekday-mon", &[]),
    ("weekday-tue", &[]),
    ("weekday-wed", &[]),
    ("weekday-thu", &[]),
    ("weekday-fri", &[]),
    ("weekday-sat", &[]),
    ("weekday-sun", &[]),
    ("help", &[]),
    ("cmd-start", &[]),
    ("cmd-help", &[]),
    ("cmd-language", &[]),
    ("cmd-back", &[]),
    ("cmd-appointment", &[]),
    ("terminal-hint", &[]),
    ("error-not-an-option", &[]),
    ("error-empty", &[]),
    ("error-too-long", &["max"]),
    ("error-number-invalid", &["example"]),
    ("error-number-range", &["min", "max"]),
    ("error-date-invalid", &["example"]),
    ("error-date-nonexistent", &[]),
    ("error-date-range", &["min", "max"]),
    ("error-phone-invalid", &["example"]),
    ("error-stale", &[]),
    ("error-already-answered", &[]),
    ("error-or-choose", &[]),
    ("error-unsupported", &["kind"]),
    ("error-edited", &[]),
    ("error-private-only", &[]),
    ("error-state-reset", &[]),
    ("error-temporary", &[]),
];

/// Staff-facing messages: needed in the staff language only (`staff_language` in
/// `anlauf.toml`), in `locales/<staff language>/staff.ftl`.
pub const STAFF: &[(&str, &[&str])] = &[
    ("staff-title", &["reference"]),
    ("staff-received", &[]),
    ("staff-status", &[]),
    ("staff-status-new", &[]),
    ("staff-language", &[]),
    ("staff-consent", &[]),
    ("staff-consent-value", &["version"]),
    ("staff-verbatim", &["language"]),
    ("staff-col-id", &[]),
    ("staff-col-reference", &[]),
    ("staff-col-received", &[]),
    ("staff-col-language", &[]),
    ("staff-col-topics", &[]),
    ("staff-col-urgent", &[]),
    ("staff-col-status", &[]),
    ("staff-queue-empty", &[]),
    ("staff-not-found", &["key"]),
    ("staff-alert", &["reference", "language", "topics", "urgent"]),
    ("staff-urgency", &[]),
    ("staff-alert-urgency", &["categories"]),
    ("staff-alert-said", &["situation"]),
    ("staff-urgency-deportation", &[]),
    ("staff-urgency-deadline", &[]),
    ("staff-urgency-violence", &[]),
    ("staff-urgency-homelessness", &[]),
    ("staff-urgency-hunger", &[]),
    ("staff-urgency-illness", &[]),
    ("staff-urgency-suicide", &[]),
    ("staff-service", &[]),
    ("staff-reason", &[]),
    ("staff-priority", &[]),
    ("staff-referred", &[]),
    ("staff-col-priority", &[]),
    ("staff-col-service", &[]),
    ("staff-col-office", &[]),
    ("staff-col-day", &[]),
    ("staff-col-free", &[]),
    ("staff-col-held", &[]),
    ("staff-col-booked", &[]),
    ("staff-slots-none", &[]),
    ("staff-bookings", &[]),
    ("staff-booking-line", &["id", "when", "counsellor", "office", "format", "status"]),
    ("staff-booking-status-held", &[]),
    ("staff-booking-status-booked", &[]),
    ("staff-booking-status-cancelled", &[]),
    ("staff-booking-status-expired", &[]),
    ("staff-booking-status-released", &[]),
    ("staff-booking-status-no_show", &[]),
    ("staff-booking-interpreter", &["language"]),
    ("staff-no-shows", &["count"]),
    ("staff-booking-none", &["key"]),
    ("staff-booking-cancelled", &[]),
    ("staff-booking-no-show", &[]),
    ("staff-booking-not-yet", &["when"]),
    ("staff-feed-event", &["reference", "topics", "status"]),
    ("staff-feed-name", &["counsellor"]),
    ("staff-booking-not-booked", &["key"]),
    ("staff-status-claimed", &[]),
    ("staff-status-in_progress", &[]),
    ("staff-status-referred", &[]),
    ("staff-status-booked", &[]),
    ("staff-status-closed", &[]),
    ("staff-col-holder", &[]),
    ("staff-holder", &[]),
    ("staff-claimed-until", &["until"]),
    ("staff-assignee", &[]),
    ("staff-referred-to", &[]),
    ("staff-outcome", &[]),
    ("staff-outcome-advised", &[]),
    ("staff-outcome-supported", &[]),
    ("staff-outcome-not_responsible", &[]),
    ("staff-outcome-no_contact", &[]),
    ("staff-outcome-withdrawn", &[]),
    ("staff-outcome-duplicate", &[]),
    ("staff-history", &[]),
    ("staff-history-line", &["when", "actor", "action", "status"]),
    ("staff-actor-client", &[]),
    ("staff-actor-system", &[]),
    ("staff-actor-staff", &[]),
    ("staff-action-claim", &[]),
    ("staff-action-release", &[]),
    ("staff-action-lapse", &[]),
    ("staff-action-note", &[]),
    ("staff-action-assign", &[]),
    ("staff-action-refer", &[]),
    ("staff-action-close", &[]),
    ("staff-action-booked", &[]),
    ("staff-action-unbooked", &[]),
    ("staff-claimed", &["id", "reference", "until"]),
    ("staff-claim-none", &[]),
    ("staff-case-done", &["id", "reference", "status"]),
    ("staff-refused-held", &["holder"]),
    ("staff-refused-held-until", &["holder", "until"]),
    ("staff-refused-finished", &["status"]),
    ("staff-refused-not-claimed", &[]),
    ("staff-refused-empty-note", &[]),
    ("staff-refused-long-note", &["limit"]),
    ("staff-unknown-counsellor", &["name", "known"]),
    ("staff-account-added", &["name", "email", "role"]),
    ("staff-account-reset", &["email"]),
    ("staff-account-exists", &["email"]),
    ("staff-account-unknown", &["email"]),
    ("staff-account-invalid", &[]),
    ("staff-account-none", &[]),
    ("staff-account-disabled", &[]),
    ("staff-unknown-referral", &["name", "known"]),
    ("staff-unknown-outcome", &["name", "known"]),
];

/// Message ids with the variables the code passes to each.
pub type Catalogue = BTreeMap<String, Vec<String>>;

/// All client-facing ids with their variables: the fixed ones and those the flow names.
pub fn client_messages(flow: &Flow, triage: &Triage) -> Catalogue {
    let mut all: Catalogue =
        CLIENT.iter().map(|(id, args)| (id.to_string(), args.iter().map(|a| a.to_string()).collect())).collect();
    for step in &flow.steps {
        all.insert(step.prompt.clone(), step.kind.prompt_args().iter().map(|a| a.to_string()).collect());
        // A languages step's options are named by the languages themselves.
        for option in step.options.iter().filter(|_| step.kind != StepKind::Languages) {
            all.insert(step.option_label(option), Vec::new());
        }
        if step.kind != StepKind::Consent && step.kind != StepKind::Summary {
            all.insert(step.field_label(), Vec::new());
        }
        if step.optional {
            all.insert(step.skip_label().to_owned(), Vec::new());
        }
        for info in step.info.values() {
            all.insert(info.clone(), Vec::new());
        }
    }
    for service in &triage.directory.services {
        all.insert(format!("referral-kind-{}", service.kind.get_ref()), Vec::new());
    }
    all
}

/// The variables a reason message may use: the ids of the answered steps
/// ("27+, eingereist { $arrival }").
pub fn reason_args(flow: &Flow) -> Vec<String> {
    reason_steps(flow).map(|s| s.id().to_owned()).collect()
}

/// The steps whose answers a reason may show: never the client's own words or phone
/// number, which stay in the case file.
pub fn reason_steps(flow: &Flow) -> impl Iterator<Item = &crate::dialog::Step> {
    flow.steps.iter().filter(|s| s.kind.takes_answer() && !matches!(s.kind, StepKind::Text | StepKind::Phone))
}

/// Staff wording for an answer option, where the client's wording does not suit a case
/// file ("Yes, I have to" becomes "verpflichtet"). Optional: without it the client's
/// label in the staff language is used.
pub fn staff_option_label(client_label: &str) -> String {
    format!("staff-{client_label}")
}

/// The optional staff wordings that may exist (see [`staff_option_label`]).
pub fn staff_optional(flow: &Flow) -> Catalogue {
    flow.steps
        .iter()
        .filter(|step| step.kind != StepKind::Languages)
        .flat_map(|step| step.options.iter().map(|o| (staff_option_label(&step.option_label(o)), Vec::new())))
        .collect()
}

/// The staff dashboard's messages (`dashboard.ftl` in the staff language).
pub const DASHBOARD: &[(&str, &[&str])] = &[
    ("web-product", &[]),
    ("web-nav-queue", &[]),
    ("web-nav-staff", &[]),
    ("web-nav-audit", &[]),
    ("web-nav-password", &[]),
    ("web-logout", &[]),
    ("web-back-to-queue", &[]),
    ("web-login-title", &[]),
    ("web-email", &[]),
    ("web-password", &[]),
    ("web-login", &[]),
    ("web-login-wrong", &[]),
    ("web-login-throttled", &[]),
    ("web-login-expired", &[]),
    ("web-password-title", &[]),
    ("web-password-must-change", &[]),
    ("web-password-current", &[]),
    ("web-password-new", &[]),
    ("web-password-repeat", &[]),
    ("web-password-save", &[]),
    ("web-password-wrong", &[]),
    ("web-password-short", &["count"]),
    ("web-password-mismatch", &[]),
    ("web-password-same", &[]),
    ("web-queue-title", &[]),
    ("web-status-counts", &[]),
    ("web-all", &[]),
    ("web-any", &[]),
    ("web-office", &[]),
    ("web-mine", &[]),
    ("web-filter", &[]),
    ("web-urgent", &[]),
    ("web-filter-unknown", &[]),
    ("web-answers", &[]),
    ("web-bookings", &[]),
    ("web-history-empty", &[]),
    ("web-actions", &[]),
    ("web-claim", &[]),
    ("web-claim-again", &[]),
    ("web-release", &[]),
    ("web-note", &[]),
    ("web-note-add", &[]),
    ("web-note-empty", &[]),
    ("web-assign-to", &[]),
    ("web-assign", &[]),
    ("web-refer-to", &[]),
    ("web-refer", &[]),
    ("web-outcome", &[]),
    ("web-close", &[]),
    ("web-choose-counsellor", &[]),
    ("web-choose-referral", &[]),
    ("web-choose-outcome", &[]),
    ("web-unknown-action", &[]),
    ("web-messages", &[]),
    ("web-message-none", &[]),
    ("web-message-send-template", &[]),
    ("web-message-send", &[]),
    ("web-message-free", &[]),
    ("web-message-free-in", &["language"]),
    ("web-message-empty", &[]),
    ("web-message-too-long", &["count"]),
    ("web-message-choose", &[]),
    ("web-message-no-office", &[]),
    ("web-message-no-booking", &[]),
    ("web-message-no-channel", &[]),
    ("web-message-gone", &[]),
    ("web-template-bring-documents", &[]),
    ("web-template-call-us", &[]),
    ("web-template-appointment-moved", &[]),
    ("web-audit-message", &[]),
    ("web-nav-slots", &[]),
    ("web-slots-title", &[]),
    ("web-slots-week-of", &["name"]),
    ("web-slots-week", &[]),
    ("web-slots-previous", &[]),
    ("web-slots-next", &[]),
    ("web-slots-free", &[]),
    ("web-slots-absent", &["reason"]),
    ("web-slots-extra", &["office"]),
    ("web-slots-interpreter", &["language"]),
    ("web-slots-remove", &[]),
    ("web-slots-add-absence", &[]),
    ("web-slots-add-extra", &[]),
    ("web-slots-from-day", &[]),
    ("web-slots-to-day", &[]),
    ("web-slots-day", &[]),
    ("web-slots-from-time", &[]),
    ("web-slots-to-time", &[]),
    ("web-slots-reason", &[]),
    ("web-slots-bad-date", &[]),
    ("web-slots-bad-time", &[]),
    ("web-slots-backwards", &[]),
    ("web-slots-choose-office", &[]),
    ("web-slots-not-yours", &[]),
    ("web-slots-unknown-change", &[]),
    ("web-audit-calendar_add", &[]),
    ("web-audit-calendar_remove", &[]),
    ("web-nav-stats", &[]),
    ("web-stats-title", &[]),
    ("web-stats-month", &[]),
    ("web-stats-csv", &[]),
    ("web-stats-requests", &[]),
    ("web-stats-bad-month", &[]),
    ("web-stats-suppressed", &["count"]),
    ("web-stats-median-days", &["count"]),
    ("web-stats-dimension-topic", &[]),
    ("web-stats-dimension-language", &[]),
    ("web-stats-dimension-age_group", &[]),
    ("web-stats-dimension-service", &[]),
    ("web-stats-dimension-outcome", &[]),
    ("web-stats-dimension-referral", &[]),
    ("web-stats-dimension-appointment", &[]),
    ("web-stats-appointment-kept", &[]),
    ("web-stats-appointment-missed", &[]),
    ("web-stats-appointment-upcoming", &[]),
    ("web-stats-appointment-none", &[]),
    ("web-stats-referral-none", &[]),
    ("web-stats-outcome-open", &[]),
    ("web-stats-service-none", &[]),
    ("web-stats-age_group-unknown", &[]),
    ("web-audit-stats_export", &[]),
    ("web-booking-book", &[]),
    ("web-booking-do-book", &[]),
    ("web-booking-move-to", &[]),
    ("web-booking-move", &[]),
    ("web-booking-with-interpreter", &[]),
    ("web-booking-slot-gone", &[]),
    ("web-audit-booking_add", &[]),
    ("web-audit-booking_move", &[]),
    ("web-booking-cancel", &[]),
    ("web-booking-no-show", &[]),
    ("web-booking-not-booked", &[]),
    ("web-booking-not-begun", &[]),
    ("web-audit-booking_cancel", &[]),
    ("web-audit-booking_no_show", &[]),
    ("web-staff-title", &[]),
    ("web-name", &[]),
    ("web-role", &[]),
    ("web-role-counsellor", &[]),
    ("web-role-admin", &[]),
    ("web-counsellor", &[]),
    ("web-staff-add", &[]),
    ("web-staff-reset", &[]),
    ("web-staff-disable", &[]),
    ("web-staff-enable", &[]),
    ("web-staff-issued", &["name"]),
    ("web-staff-exists", &[]),
    ("web-staff-invalid", &[]),
    ("web-staff-unknown", &[]),
    ("web-staff-not-yourself", &[]),
    ("web-admin-only", &[]),
    ("web-audit-title", &[]),
    ("web-audit-at", &[]),
    ("web-audit-actor", &[]),
    ("web-audit-action", &[]),
    ("web-audit-subject", &[]),
    ("web-audit-detail", &[]),
    ("web-audit-view", &[]),
    ("web-audit-claim", &[]),
    ("web-audit-release", &[]),
    ("web-audit-note", &[]),
    ("web-audit-assign", &[]),
    ("web-audit-refer", &[]),
    ("web-audit-close", &[]),
    ("web-audit-sign_in", &[]),
    ("web-audit-sign_in_failed", &[]),
    ("web-audit-sign_out", &[]),
    ("web-audit-password_change", &[]),
    ("web-audit-account_add", &[]),
    ("web-audit-account_reset", &[]),
    ("web-audit-account_disable", &[]),
    ("web-audit-account_enable", &[]),
    ("web-database-down", &[]),
    ("web-csrf", &[]),
    ("web-form-too-big", &[]),
    ("web-failed", &[]),
    ("web-status-400", &[]),
    ("web-status-403", &[]),
    ("web-status-404", &[]),
    ("web-status-409", &[]),
    ("web-status-413", &[]),
    ("web-status-500", &[]),
    ("web-status-503", &[]),
];

/// All staff-facing ids: the fixed ones, a field label per answered step, and the name
/// of every shipped language.
pub fn staff_messages(flow: &Flow, triage: &Triage, language_codes: &[String]) -> Catalogue {
    let mut all: Catalogue = STAFF
        .iter()
        .chain(DASHBOARD)
        .map(|(id, args)| (id.to_string(), args.iter().map(|a| a.to_string()).collect()))
        .collect();
    for step in flow.steps.iter().filter(|s| s.kind.takes_answer()) {
        all.insert(format!("staff-{}", step.field_label()), Vec::new());
    }
    // A rule's reason may name any answer by its step id: "27+, eingereist { $arrival }".
    let answers = reason_args(flow);
    for rule in &triage.rules.rules {
        all.insert(format!("staff-reason-{}", rule.id.get_ref()), answers.clone());
    }
    for service in SERVICES {
        all.insert(format!("staff-service-{service}"), Vec::new());
    }
    for priority in triage.rules.priorities.iter().map(|p| p.id.get_ref().as_str()).chain([NORMAL_PRIORITY]) {
        all.insert(format!("staff-priority-{priority}"), Vec::new());
    }
    for code in language_codes {
        all.insert(format!("staff-lang-{code}"), Vec::new());
    }
    all
}

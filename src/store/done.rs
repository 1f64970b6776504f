//! What a staff action leaves besides its change, written in the change's own
//! transaction: the audit line, and the key of the form that asked for it.

use super::AuditEntry;

/// The audit line of a staff action and its form's key, written with the change or not at
/// all: an action whose audit line cannot be written changes nothing, and a form sent
/// twice (a double click, a resubmission after a timeout) changes nothing the second
/// time ([`super::StoreError::AlreadyDone`]).
#[derive(Debug, Clone, Copy, Default)]
pub struct Done<'a> {
    pub audit: Option<&'a AuditEntry>,
    /// The form's key (a hidden field, new at every page); `None`: not from a form.
    pub form: Option<&'a str>,
}

impl<'a> Done<'a> {
    pub fn new(audit: &'a AuditEntry, form: Option<&'a str>) -> Done<'a> {
        Done { audit: Some(audit), form: form.filter(|key| !key.is_empty()) }
    }
}

//! Triage: turning a client's answers into a decision staff can act on. Pure functions
//! over plain data (no I/O, no clock); the lexicons and rules are data in `dialogs/`.

pub mod language;
pub mod urgency;

//! Channels turn what a client sends into [`crate::dialog::Input`] and draw the
//! service's replies. They hold no conversation state of their own.

pub mod telegram;
pub mod terminal;

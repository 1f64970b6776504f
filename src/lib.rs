//! anlauf: the first place a newcomer turns to. A multilingual first-contact dialogue
//! (Telegram, terminal) that hands structured intake summaries to a staff queue.
//!
//! The way a message travels: a channel turns it into a [`dialog::Input`], the pure
//! [`dialog::engine`] answers with an [`dialog::Outcome`], and the [`service`] shell
//! stores state and effects in one transaction and renders the replies ([`i18n`]).

pub mod booking;
pub mod channel;
pub mod cli;
pub mod config;
pub mod content;
pub mod dialog;
pub mod domain;
pub mod health;
pub mod i18n;
pub mod listener;
pub mod secret;
pub mod serve;
pub mod service;
pub mod staff;
pub mod store;
pub mod text;
pub mod triage;
pub mod web;
pub mod workers;

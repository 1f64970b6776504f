//! The one integration-test binary: every story runs against the shipped content, real
//! SQLite files, and the real `anlauf` executable where the terminal is concerned.

mod fake_telegram;
mod support;

mod backup;
mod bad_input;
mod booking;
mod browser;
mod check;
mod cli;
mod dashboard;
mod delivery;
mod directory;
mod engine;
mod examples;
mod faults;
mod house;
mod instances;
mod languages;
mod listener;
mod locales;
mod navigation;
mod parked;
mod postgres_store;
mod privacy;
mod property;
mod queue;
mod retention;
mod schema;
mod serve;
mod staff_forms;
mod store;
mod telegram;
mod telegram_hostile;
mod terminal;
mod triage;
mod urgency;
mod webdriver;

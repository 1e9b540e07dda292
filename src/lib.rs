//! kinerja: performance management of Indonesian civil servants in the terminal.
//!
//! Layers, dependencies pointing inwards: `domain` (pure rules) <- `store` (sled) <- `app`
//! (state, actions, services; meanings as values) <- `i18n` (every user-visible string) <-
//! `ui` (ratatui) and `cli` (clap). `tests/architecture.rs` holds the rule.

pub mod app;
pub mod cli;
pub mod domain;
pub mod i18n;
pub mod store;
pub mod ui;

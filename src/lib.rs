//! kinerja: performance management of Indonesian civil servants in the terminal.
//!
//! Layers, dependencies pointing inwards: `domain` (pure rules) <- `store` (sled) <- `app`
//! (state, actions, services) <- `ui` (ratatui) and `cli` (clap). `i18n` holds every UI string.

pub mod app;
pub mod cli;
pub mod domain;
pub mod i18n;
pub mod store;
pub mod ui;

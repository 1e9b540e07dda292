//! Application layer: state, actions, the one update path, and services over the store.
//! Grouped by feature; see docs/ARCHITECTURE.md.

pub mod admin;
pub mod agenda;
pub mod audit;
pub mod employees;
pub mod feedback;
pub mod gate;
pub mod history;
pub mod keymap;
pub mod kit;
pub mod plans;
pub mod reviews;
pub mod services;
pub mod settings;
pub mod shell;
pub mod transfer;

pub use services::commands::{Command, CommandError, Outcome, Services, TransferCommand};
pub use services::register::Register;
pub use shell::runtime::App;

//! Application layer: state, actions, the one update path, and services over the store.

pub mod commands;
pub mod export;
pub mod import;
pub mod register;

pub use commands::{Command, CommandError, Outcome, Services};
pub use register::Register;

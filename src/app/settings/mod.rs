//! Pengaturan kantor in the app: the admin's command that changes the office settings (on the
//! one command path, audited) and the settings popup of the SKP tab.

pub mod command;
mod execute;
pub mod form;
pub mod update;

pub use command::{Command, Done, Note};

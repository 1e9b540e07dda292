//! Application layer: state, actions, the one update path, and services over the store.
//! Grouped by feature; see docs/ARCHITECTURE.md.

pub mod audit;
pub mod employees;
pub mod gate;
pub mod keymap;
pub mod kit;
pub mod services;
pub mod shell;
pub mod transfer;

// Old paths, kept while callers move to the feature folders.
pub use audit::view as audit_view;
pub use employees::{
    deactivate_form, form as employee_form, list as employee_list, reset_form, unit_form,
};
pub use gate::form as signin;
pub use keymap::action;
pub use kit::{key, picker, scroll};
pub use services::{auth, commands, permissions, register};
pub use shell::{runtime, state, update};
pub use transfer::{export, import};

pub use commands::{Command, CommandError, Outcome, Services};
pub use register::Register;
pub use runtime::App;

//! Application layer: state, actions, the one update path, and services over the store.

pub mod action;
pub mod audit_view;
pub mod auth;
pub mod commands;
pub mod deactivate_form;
pub mod employee_form;
pub mod employee_list;
pub mod export;
pub mod gate;
pub mod import;
pub mod key;
pub mod keymap;
pub mod permissions;
pub mod picker;
pub mod register;
pub mod reset_form;
pub mod runtime;
pub mod scroll;
pub mod signin;
pub mod state;
pub mod unit_form;
pub mod update;

pub use commands::{Command, CommandError, Outcome, Services};
pub use register::Register;
pub use runtime::App;

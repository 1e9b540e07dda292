//! Popups and reusable pieces.

pub mod confirm;
pub mod deactivate;
pub mod employee_form;
pub mod field;
pub mod help;
pub mod picker;
pub mod unit_form;

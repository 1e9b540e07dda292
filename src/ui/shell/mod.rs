//! The frame around the screens: title, tabs, status and hint lines, popups, help.

pub mod confirm;
pub mod frame;
pub mod help;
pub mod layout;
pub mod picker;
pub mod placeholder;

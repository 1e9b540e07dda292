//! The terminal and its stand-ins: raw mode and panic hook, crossterm input, the log file,
//! headless scripts.

pub mod input;
pub mod log;
pub mod script;
pub mod terminal;

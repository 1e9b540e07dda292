//! Every user-visible string, Indonesian (default) and English, one file per area.
//! Each text is an exhaustive `match` on [`Lang`], so a missing translation does not compile.

pub mod acting;
pub mod admin_accounts;
pub mod admin_acting;
pub mod admin_keys;
pub mod agenda;
pub mod audit;
pub mod common;
pub mod employees;
pub mod errors;
pub mod feedback;
pub mod feedback_screen;
pub mod follow_up;
pub mod gate;
pub mod history;
pub mod notice;
pub mod period;
pub mod plans;
pub mod review_screen;
pub mod reviews;
pub mod serve;
pub mod settings;
pub mod term;
pub mod transfer;

pub use crate::app::kit::lang::Lang;

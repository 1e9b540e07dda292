//! The audit screen.

pub mod view;

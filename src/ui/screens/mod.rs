//! One module per screen.

pub mod employees;
pub mod placeholder;

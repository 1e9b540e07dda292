//! One module per screen.

pub mod employees;
pub mod gate;
pub mod placeholder;

//! One module per screen.

pub mod audit;
pub mod employees;
pub mod gate;
pub mod placeholder;

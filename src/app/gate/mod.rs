//! The sign-in screens: first admin, sign-in, password change.

pub mod form;
pub mod keys;
pub mod update;

pub use update::*;

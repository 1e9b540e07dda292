//! What the screens and the command line ask of the store: commands, permissions, accounts,
//! the register in memory.

pub mod auth;
pub mod commands;
pub(crate) mod loading;
pub mod passwords;
pub mod permissions;
pub mod public_keys;
pub mod register;
pub mod shared;

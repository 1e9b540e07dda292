//! Penilaian (issue 8): the evaluation commands on the command path (`Command::Reviews`) and
//! the read side the Penilaian tab and the command line share (`query`). The rules are the
//! domain's (`domain::review`); this module gathers their inputs from the register and the
//! store, checks who may act, and saves one review year (or unit grade) per command with its
//! audit entry.

pub mod command;
pub mod execute;
pub mod query;

pub use command::{Command, Done, Refusal, ReviewInput, Step};

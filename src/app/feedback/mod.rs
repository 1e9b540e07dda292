//! Dialog kinerja (issue 9): the commands on sessions, follow-ups and quick notes (`command`,
//! `execute`, on the one command path as `Command::Feedback`) and the read side shared by the
//! screens and the command line (`query`: the agenda, an employee's feedback, the period's
//! feedback for the scoring form). No screens here: the tabs build on these.

pub mod command;
pub mod execute;
pub mod query;

pub use command::{Act, Command, Done, Note, Refusal, Step};

/// Tab 4's screens and forms (fsess).
pub mod tab;

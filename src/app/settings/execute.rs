//! The settings command on the command path: the whole set is checked by the domain, compared
//! with the settings in force, and written with one audit entry (then flushed).

use super::command::{Command, Done};
use crate::app::services::commands::{CommandError, Outcome, Services};
use crate::domain::{AuditAction, OfficeSettings};
use crate::store::{Change, Record, StoreError};

impl Services {
    pub(crate) fn run_settings(&mut self, cmd: Command) -> Result<Outcome, CommandError> {
        match cmd {
            Command::Save { settings, reason } => {
                let errors = settings.check();
                if !errors.is_empty() {
                    return Err(CommandError::Settings(errors));
                }
                let now = self.office_settings()?;
                let changed = now.changed(&settings);
                if changed.is_empty() {
                    return Ok(Outcome::Settings(Done::Unchanged));
                }
                let record = Change {
                    record: Record::Settings(settings),
                    action: AuditAction::Update,
                    reason: reason.trim().to_string(),
                };
                self.store
                    .commit(&self.actor, self.now_ms(), vec![record])?;
                Ok(Outcome::Settings(Done::Saved(changed)))
            }
        }
    }

    /// The office settings in force: the stored ones, else the embedded defaults.
    pub fn office_settings(&self) -> Result<OfficeSettings, StoreError> {
        self.store.office_settings()
    }
}

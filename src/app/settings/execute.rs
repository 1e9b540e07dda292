//! The settings command on the command path: the whole set is checked by the domain, compared
//! with the settings in force, and written with one audit entry (then flushed).
//!
//! A year without a Period record follows the settings in force. When segments or deadlines
//! change, the years that already hold plans but were never opened get their Period as the old
//! settings made it, in the same commit: realisations recorded per quarter must not turn into
//! months, nor last year's plans become overdue, because the office changed its settings.

use super::command::{Command, Done};
use crate::app::services::commands::{CommandError, Outcome, Services};
use crate::domain::plan::Period;
use crate::domain::ruledata::SettingKey;
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
                let reason = reason.trim().to_string();
                let mut changes = self.periods_to_keep(&now, &changed, &reason)?;
                changes.push(Change {
                    record: Record::Settings(settings),
                    action: AuditAction::Update,
                    reason,
                });
                self.store.commit(&self.actor, self.now_ms(), changes)?;
                Ok(Outcome::Settings(Done::Saved(changed)))
            }
        }
    }

    /// The Period records of the years with plans but no Period, as `old` settings make them,
    /// when the change touches what a period takes from the settings.
    fn periods_to_keep(
        &self,
        old: &OfficeSettings,
        changed: &[SettingKey],
        reason: &str,
    ) -> Result<Vec<Change>, StoreError> {
        let shapes_periods = changed.iter().any(|k| {
            matches!(
                k,
                SettingKey::Segmentation
                    | SettingKey::PlanDeadline
                    | SettingKey::AnnualEvaluationDeadline
            )
        });
        if !shapes_periods {
            return Ok(Vec::new());
        }
        let mut out = Vec::new();
        for year in self.store.plan_years()? {
            if self.store.period(year)?.is_some() {
                continue;
            }
            // A year the old settings cannot make (out of range) has no period to keep.
            if let Ok(period) = Period::new(year, old) {
                out.push(Change {
                    record: Record::Period(period),
                    action: AuditAction::Create,
                    reason: reason.to_string(),
                });
            }
        }
        Ok(out)
    }

    /// The office settings in force: the stored ones, else the embedded defaults.
    pub fn office_settings(&self) -> Result<OfficeSettings, StoreError> {
        self.store.office_settings()
    }
}

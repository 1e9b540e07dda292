//! The settings command and what comes back from it, as values.

use crate::domain::ruledata::{SettingError, SettingKey};
use crate::domain::OfficeSettings;

/// A change of the office settings. Admins and the local operator only.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Store `settings` as the office's (checked whole); `reason` goes to the audit trail.
    Save {
        settings: OfficeSettings,
        reason: String,
    },
}

/// What a settings command did.
#[derive(Clone, Debug, PartialEq)]
pub enum Done {
    /// Stored; the settings that changed, in list order.
    Saved(Vec<SettingKey>),
    /// Nothing differed from the settings in force: nothing written, nothing audited.
    Unchanged,
}

/// The status line's settings messages.
#[derive(Clone, Debug, PartialEq)]
pub enum Note {
    Done(Done),
    Refused(Vec<SettingError>),
}

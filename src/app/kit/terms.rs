//! Words the app searches in but does not own. `i18n` provides them; the terminal and the
//! script install them (`App::with_terms`), so that the audit filter finds `dinonaktifkan` and
//! `deactivated` alike while the app itself imports no text.

use super::lang::Lang;
use crate::domain::{AuditAction, InactiveReason};

pub trait Terms: Sync {
    fn audit_action(&self, lang: Lang, action: AuditAction) -> &'static str;
    fn reason(&self, lang: Lang, reason: InactiveReason) -> &'static str;
    /// The words an acting assignment is found by (`plt plh ...`), every language at once.
    fn acting_words(&self) -> &'static str {
        ""
    }
    /// The words a change of the office settings is found by, every language at once.
    fn settings_words(&self) -> &'static str {
        ""
    }
    /// A plan state in words (`ditolak`, `rejected`), so that the filter finds plan entries
    /// by the state they left or reached.
    fn plan_state(&self, _lang: Lang, _state: &crate::domain::plan::PlanState) -> &'static str {
        ""
    }
    /// The words an evaluation entry is found by (`penilaian ...`), every language at once.
    fn review_words(&self) -> &'static str {
        ""
    }
    /// The words a unit-grade entry is found by, every language at once.
    fn unit_grade_words(&self) -> &'static str {
        ""
    }
    /// The words a feedback entry (dialog kinerja) is found by, every language at once.
    fn feedback_words(&self) -> &'static str {
        ""
    }
}

/// Without installed words (tests of the app alone): reasons by their file codes, actions
/// not searchable.
pub struct Codes;

impl Terms for Codes {
    fn audit_action(&self, _: Lang, _: AuditAction) -> &'static str {
        ""
    }

    fn reason(&self, _: Lang, reason: InactiveReason) -> &'static str {
        reason.code()
    }
}

//! The Penilaian tab's popups: the scoring form, and the reason asked before reopening a
//! signed evaluation.

use tui_input::Input;

use super::form::ScoringForm;
use super::text::ReviewText;
use super::Context;
use crate::app::kit::form::{field, Fields, Form};
use crate::domain::review::ReviewKind;
use crate::domain::EmployeeId;

/// Alasan membuka kembali: one text field, required.
#[derive(Clone, Debug)]
pub struct ReasonForm {
    pub employee: EmployeeId,
    pub year: i32,
    pub kind: ReviewKind,
    pub reason: Input,
    pub error: Option<ReviewText>,
}

impl ReasonForm {
    pub fn new(employee: EmployeeId, year: i32, kind: ReviewKind) -> ReasonForm {
        ReasonForm {
            employee,
            year,
            kind,
            reason: Input::default(),
            error: None,
        }
    }
}

impl Form for ReasonForm {
    fn is_dirty(&self) -> bool {
        !self.reason.value().is_empty()
    }

    fn has_errors(&self) -> bool {
        self.error.is_some()
    }

    fn draft_id(&self) -> Option<String> {
        Some(format!("review-reopen/{}/{}", self.employee.0, self.year))
    }

    fn draft_fields(&self) -> Fields {
        vec![("reason".to_string(), self.reason.value().to_string())]
    }

    fn restore(&mut self, fields: &[(String, String)]) {
        if let Some(r) = field(fields, "reason") {
            self.reason = Input::new(r.to_string());
        }
    }
}

#[derive(Clone, Debug)]
pub enum Popup {
    Scoring(Box<ScoringForm>),
    Reason(ReasonForm),
    Entry(super::entry::EntryForm),
}

impl Popup {
    pub fn form(&self) -> &dyn Form {
        match self {
            Popup::Scoring(f) => f.as_ref(),
            Popup::Reason(f) => f,
            Popup::Entry(f) => f,
        }
    }

    pub fn form_mut(&mut self) -> &mut dyn Form {
        match self {
            Popup::Scoring(f) => f.as_mut(),
            Popup::Reason(f) => f,
            Popup::Entry(f) => f,
        }
    }

    /// The scoring form stays open after a draft is saved; the reason closes when the
    /// evaluation is reopened.
    pub fn closes_on_saved(&self) -> bool {
        match self {
            Popup::Scoring(_) => false,
            Popup::Reason(_) | Popup::Entry(_) => true,
        }
    }

    /// The key table: the scoring form has its own (ratings, signing, scrolling); the reason
    /// is a plain form.
    pub fn context(&self) -> Option<Context> {
        match self {
            Popup::Scoring(f) if f.read_only() => Some(Context::Signed),
            Popup::Scoring(_) => Some(Context::Form),
            Popup::Reason(_) | Popup::Entry(_) => None,
        }
    }
}

//! The employees screen's popups: the employee, unit, deactivation and password-reset forms,
//! and where their pickers' choices go.

use super::deactivate_form::DeactivateForm;
use super::form::EmployeeForm;
use super::reset_form::ResetForm;
use super::unit_form::UnitForm;
use crate::app::kit::form::{Fields, Form};

#[derive(Clone, Debug)]
pub enum Popup {
    Employee(Box<EmployeeForm>),
    Unit(Box<UnitForm>),
    Deactivate(Box<DeactivateForm>),
    ResetPassword(Box<ResetForm>),
}

impl Popup {
    pub fn form(&self) -> &dyn Form {
        match self {
            Popup::Employee(f) => f.as_ref(),
            Popup::Unit(f) => f.as_ref(),
            Popup::Deactivate(f) => f.as_ref(),
            Popup::ResetPassword(f) => f.as_ref(),
        }
    }

    pub fn form_mut(&mut self) -> &mut dyn Form {
        match self {
            Popup::Employee(f) => f.as_mut(),
            Popup::Unit(f) => f.as_mut(),
            Popup::Deactivate(f) => f.as_mut(),
            Popup::ResetPassword(f) => f.as_mut(),
        }
    }

    /// Whether a command's success closes it (a password reset closes on its own answer).
    pub fn closes_on_saved(&self) -> bool {
        match self {
            Popup::Employee(_) | Popup::Unit(_) | Popup::Deactivate(_) => true,
            Popup::ResetPassword(_) => false,
        }
    }
}

/// Where a picker opened from one of these forms puts the choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PickTarget {
    FormUnit,
    FormSupervisor,
    FormGrade,
    FormPositionKind,
    DeactivateReason,
    DeactivateReassign,
    UnitParent,
    UnitHead,
}

impl Form for EmployeeForm {
    fn is_dirty(&self) -> bool {
        EmployeeForm::is_dirty(self)
    }

    fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }

    fn draft_id(&self) -> Option<String> {
        Some(match self.editing {
            Some(id) => format!("employee/{}", id.0),
            None => "employee/new".to_string(),
        })
    }

    fn draft_fields(&self) -> Fields {
        EmployeeForm::draft_fields(self)
    }

    fn restore(&mut self, fields: &[(String, String)]) {
        EmployeeForm::restore(self, fields);
    }
}

impl Form for UnitForm {
    fn is_dirty(&self) -> bool {
        UnitForm::is_dirty(self)
    }

    fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }

    fn draft_id(&self) -> Option<String> {
        Some(match self.editing {
            Some(id) => format!("unit/{}", id.0),
            None => "unit/new".to_string(),
        })
    }

    fn draft_fields(&self) -> Fields {
        UnitForm::draft_fields(self)
    }

    fn restore(&mut self, fields: &[(String, String)]) {
        UnitForm::restore(self, fields);
    }
}

impl Form for DeactivateForm {
    fn is_dirty(&self) -> bool {
        DeactivateForm::is_dirty(self)
    }

    fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }
}

/// Two password fields: nothing worth a question on Esc; its error is not a field error.
impl Form for ResetForm {}

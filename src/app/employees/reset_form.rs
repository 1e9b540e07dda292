//! The admin's password reset for one employee's account: a new password, typed twice.

use tui_input::Input;

use crate::app::employees::form::edit_input;
use crate::app::gate::form::GateError;
use crate::app::kit::key::Key;
use crate::domain::EmployeeId;

#[derive(Clone)]
pub struct ResetForm {
    pub employee: EmployeeId,
    pub password: Input,
    pub repeat: Input,
    /// 0: the password, 1: the repeat.
    pub focus: usize,
    pub error: Option<GateError>,
}

impl ResetForm {
    pub fn new(employee: EmployeeId) -> ResetForm {
        ResetForm {
            employee,
            password: Input::default(),
            repeat: Input::default(),
            focus: 0,
            error: None,
        }
    }

    pub fn type_key(&mut self, key: Key) {
        let input = if self.focus == 0 {
            &mut self.password
        } else {
            &mut self.repeat
        };
        if edit_input(input, key) {
            self.error = None;
        }
    }

    pub fn toggle_focus(&mut self) {
        self.focus = 1 - self.focus.min(1);
    }

    /// The new password when both fields agree; otherwise an error and both cleared.
    pub fn validate(&mut self) -> Option<String> {
        if self.password.value().is_empty() || self.repeat.value().is_empty() {
            self.error = Some(GateError::Required);
            return None;
        }
        if self.password.value() != self.repeat.value() {
            self.error = Some(GateError::Differ);
            self.password = Input::default();
            self.repeat = Input::default();
            self.focus = 0;
            return None;
        }
        Some(self.password.value().to_string())
    }
}

/// The new password stays out of debug output.
impl std::fmt::Debug for ResetForm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ResetForm")
            .field("employee", &self.employee)
            .field("focus", &self.focus)
            .finish_non_exhaustive()
    }
}

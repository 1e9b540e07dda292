//! The deactivation form: reason, date, note, and where active direct reports go.

use chrono::NaiveDate;
use tui_input::Input;

use crate::app::employees::form::{edit_input, format_date, parse_date, FormError};
use crate::app::kit::key::Key;
use crate::domain::{EmployeeId, InactiveReason};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeactivateField {
    Reason,
    Since,
    Note,
    ReassignTo,
}

#[derive(Clone, Debug)]
pub struct DeactivateForm {
    pub employee: EmployeeId,
    pub reason: InactiveReason,
    pub since: Input,
    pub note: Input,
    /// Active direct reports that must move.
    pub subordinates: usize,
    /// Units this person heads: their head changes too (to the new supervisor, or none).
    pub headed_units: Vec<String>,
    pub reassign_to: Option<EmployeeId>,
    pub focus: usize,
    pub errors: Vec<(DeactivateField, FormError)>,
    /// The date the form opened with, to know whether it was changed.
    initial_since: String,
    today: NaiveDate,
}

impl DeactivateForm {
    pub fn new(employee: EmployeeId, subordinates: usize, today: NaiveDate) -> DeactivateForm {
        DeactivateForm {
            employee,
            reason: InactiveReason::Retired,
            since: Input::new(format_date(Some(today))),
            initial_since: format_date(Some(today)),
            today,
            note: Input::default(),
            subordinates,
            headed_units: Vec::new(),
            reassign_to: None,
            focus: 0,
            errors: Vec::new(),
        }
    }

    pub fn fields(&self) -> Vec<DeactivateField> {
        let mut v = vec![
            DeactivateField::Reason,
            DeactivateField::Since,
            DeactivateField::Note,
        ];
        if self.subordinates > 0 {
            v.push(DeactivateField::ReassignTo);
        }
        v
    }

    pub fn focused(&self) -> DeactivateField {
        let f = self.fields();
        f[self.focus.min(f.len() - 1)]
    }

    pub fn focus_next(&mut self) {
        self.focus = (self.focus + 1) % self.fields().len();
    }

    /// Next field, staying on the last one (after a pick).
    pub fn advance(&mut self) {
        self.focus = (self.focus + 1).min(self.fields().len() - 1);
    }

    pub fn focus_prev(&mut self) {
        let n = self.fields().len();
        self.focus = (self.focus + n - 1) % n;
    }

    pub fn cycle(&mut self, step: isize) {
        match self.focused() {
            DeactivateField::Reason => {
                let all = InactiveReason::ALL;
                let i = all.iter().position(|r| *r == self.reason).unwrap_or(0) as isize;
                self.reason = all[(i + step).rem_euclid(all.len() as isize) as usize];
            }
            DeactivateField::Since => {
                let key = Key::plain(if step < 0 {
                    crate::app::kit::key::KeyCode::Left
                } else {
                    crate::app::kit::key::KeyCode::Right
                });
                edit_input(&mut self.since, key);
            }
            DeactivateField::Note => {
                let key = Key::plain(if step < 0 {
                    crate::app::kit::key::KeyCode::Left
                } else {
                    crate::app::kit::key::KeyCode::Right
                });
                edit_input(&mut self.note, key);
            }
            DeactivateField::ReassignTo => {}
        }
    }

    pub fn type_key(&mut self, key: Key) {
        let field = self.focused();
        let used = match field {
            DeactivateField::Since => edit_input(&mut self.since, key),
            DeactivateField::Note => edit_input(&mut self.note, key),
            DeactivateField::Reason if key.typed_char() == Some(' ') => {
                self.cycle(1);
                true
            }
            _ => false,
        };
        if used {
            self.errors.retain(|(f, _)| *f != field);
        }
    }

    /// When the reports go to one of themselves (promoted): that person and whom they will
    /// report to (the leaving head's own supervisor), as `Command::DeactivateEmployee` does.
    pub fn promotion(
        &self,
        dir: &dyn crate::domain::Directory,
    ) -> Option<(EmployeeId, Option<EmployeeId>)> {
        let to = self.reassign_to?;
        (dir.employee(to)?.supervisor == Some(self.employee))
            .then(|| (to, dir.employee(self.employee).and_then(|e| e.supervisor)))
    }

    pub fn is_dirty(&self) -> bool {
        !self.note.value().is_empty()
            || self.reassign_to.is_some()
            || self.reason != InactiveReason::Retired
            || self.since.value() != self.initial_since
    }

    pub fn error(&self, field: DeactivateField) -> Option<&FormError> {
        self.errors
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, e)| e)
    }

    /// Checks the form; the date may be empty (unknown).
    pub fn validate(&mut self) -> Option<Option<NaiveDate>> {
        self.errors.clear();
        let v = self.since.value().trim();
        let since = match parse_date(v, self.today) {
            _ if v.is_empty() => None,
            Ok(d) => Some(d),
            Err(e) => {
                self.errors
                    .push((DeactivateField::Since, FormError::Date(e)));
                None
            }
        };
        if since.is_some_and(|d| d > self.today) {
            self.errors
                .push((DeactivateField::Since, FormError::FutureDate));
        }
        if self.subordinates > 0 && self.reassign_to.is_none() {
            self.errors
                .push((DeactivateField::ReassignTo, FormError::Required));
        }
        if let Some((f, _)) = self.errors.first() {
            let f = *f;
            self.focus = self.fields().iter().position(|x| *x == f).unwrap_or(0);
            return None;
        }
        Some(since)
    }
}

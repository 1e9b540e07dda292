//! The admin screen's forms: a new account, a new one-time password, a new acting assignment
//! and ending one early. They check only what is typed (empty, the same twice, a date); the
//! rules are the command path's, and its refusals come back to the fields (`refused`).
//! Passwords never go into drafts nor `Debug` output.

use chrono::NaiveDate;
use tui_input::Input;

use super::command::{Command, Refusal};
use crate::app::gate::form::Secret;
use crate::app::kit::form::Form;
use crate::app::kit::input::{edit_input, format_date, parse_date};
use crate::app::kit::key::Key;
use crate::domain::access::ActingError;
use crate::domain::dates::DateError;
use crate::domain::{AccountId, ActingAssignment, EmployeeId, Role};

/// What is wrong with a field, as a value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldError {
    Required,
    /// The password and its repeat differ (both are cleared).
    Differ,
    Date(DateError),
    Account(Refusal),
    Acting(ActingError),
}

fn error_of<F: PartialEq + Copy>(errors: &[(F, FieldError)], field: F) -> Option<&FieldError> {
    errors.iter().find(|(f, _)| *f == field).map(|(_, e)| e)
}

fn focus_step(focus: &mut usize, n: usize, step: isize) {
    *focus = (*focus as isize + step).rem_euclid(n as isize) as usize;
}

// ---- a new account ----------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AccountField {
    Employee,
    Username,
    Role,
    Password,
    Repeat,
}

impl AccountField {
    pub const ALL: [AccountField; 5] = [
        AccountField::Employee,
        AccountField::Username,
        AccountField::Role,
        AccountField::Password,
        AccountField::Repeat,
    ];
}

#[derive(Clone)]
pub struct AccountForm {
    pub employee: Option<EmployeeId>,
    pub username: Input,
    pub role: Role,
    pub password: Input,
    pub repeat: Input,
    pub focus: usize,
    pub errors: Vec<(AccountField, FieldError)>,
    /// A refusal that belongs to no field (not allowed, ...).
    pub general: Option<FieldError>,
}

impl AccountForm {
    pub fn new() -> AccountForm {
        AccountForm {
            employee: None,
            username: Input::default(),
            role: Role::Appraiser,
            password: Input::default(),
            repeat: Input::default(),
            focus: 0,
            errors: Vec::new(),
            general: None,
        }
    }

    pub fn focused(&self) -> AccountField {
        AccountField::ALL[self.focus.min(AccountField::ALL.len() - 1)]
    }

    pub fn focus_by(&mut self, step: isize) {
        focus_step(&mut self.focus, AccountField::ALL.len(), step);
    }

    pub fn error(&self, field: AccountField) -> Option<&FieldError> {
        error_of(&self.errors, field)
    }

    pub fn toggle_role(&mut self) {
        self.role = match self.role {
            Role::Admin => Role::Appraiser,
            Role::Appraiser => Role::Admin,
        };
        self.errors.retain(|(f, _)| *f != AccountField::Role);
    }

    pub fn set_employee(&mut self, employee: Option<EmployeeId>) {
        self.employee = employee;
        self.errors.retain(|(f, _)| *f != AccountField::Employee);
    }

    pub fn type_key(&mut self, key: Key) {
        let field = self.focused();
        let used = match field {
            AccountField::Username => edit_input(&mut self.username, key),
            AccountField::Password => edit_input(&mut self.password, key),
            AccountField::Repeat => edit_input(&mut self.repeat, key),
            AccountField::Role if key.typed_char() == Some(' ') => {
                self.toggle_role();
                true
            }
            AccountField::Role | AccountField::Employee => false,
        };
        if used {
            self.errors.retain(|(f, _)| *f != field);
            self.general = None;
        }
    }

    /// The command when everything needed is typed; otherwise the errors at their fields.
    pub fn validate(&mut self) -> Option<Command> {
        self.errors.clear();
        self.general = None;
        if self.employee.is_none() {
            self.errors
                .push((AccountField::Employee, FieldError::Required));
        }
        if self.username.value().trim().is_empty() {
            self.errors
                .push((AccountField::Username, FieldError::Required));
        }
        if self.password.value().is_empty() {
            self.errors
                .push((AccountField::Password, FieldError::Required));
        } else if self.password.value() != self.repeat.value() {
            self.password = Input::default();
            self.repeat = Input::default();
            self.errors.push((AccountField::Repeat, FieldError::Differ));
        }
        if let Some((f, _)) = self.errors.first() {
            let f = *f;
            self.focus = AccountField::ALL.iter().position(|x| *x == f).unwrap_or(0);
            return None;
        }
        Some(Command::Create {
            employee: self.employee?,
            username: self.username.value().trim().to_string(),
            role: self.role,
            password: Secret(self.password.value().to_string()),
        })
    }

    /// The services' refusal, at the field it is about; the typed values stay.
    pub fn refused(&mut self, r: Refusal) {
        let field = match r {
            Refusal::PasswordTooShort { .. } => Some(AccountField::Password),
            Refusal::UsernameTaken | Refusal::UsernameInvalid => Some(AccountField::Username),
            Refusal::UnknownEmployee
            | Refusal::EmployeeInactive
            | Refusal::EmployeeHasAccount
            | Refusal::AppraiserNeedsEmployee => Some(AccountField::Employee),
            Refusal::UnknownAccount
            | Refusal::NotAllowed
            | Refusal::LastAdmin
            | Refusal::Key(_)
            | Refusal::KeyDuplicate { .. }
            | Refusal::KeyTooMany { .. }
            | Refusal::KeyUnknown { .. } => None,
        };
        match field {
            Some(f) => {
                self.errors.push((f, FieldError::Account(r)));
                self.focus = AccountField::ALL.iter().position(|x| *x == f).unwrap_or(0);
            }
            None => self.general = Some(FieldError::Account(r)),
        }
    }
}

impl Default for AccountForm {
    fn default() -> AccountForm {
        AccountForm::new()
    }
}

impl std::fmt::Debug for AccountForm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AccountForm")
            .field("employee", &self.employee)
            .field("username", &self.username.value())
            .field("role", &self.role)
            .field("focus", &self.focus)
            .field("errors", &self.errors)
            .finish_non_exhaustive()
    }
}

impl Form for AccountForm {
    fn is_dirty(&self) -> bool {
        self.employee.is_some()
            || !self.username.value().is_empty()
            || !self.password.value().is_empty()
            || !self.repeat.value().is_empty()
            || self.role != Role::Appraiser
    }

    fn has_errors(&self) -> bool {
        !self.errors.is_empty() || self.general.is_some()
    }
}

// ---- a new one-time password --------------------------------------------------------------

#[derive(Clone)]
pub struct PasswordForm {
    pub account: AccountId,
    pub username: String,
    pub password: Input,
    pub repeat: Input,
    /// 0: the password, 1: the repeat.
    pub focus: usize,
    pub error: Option<FieldError>,
}

impl PasswordForm {
    pub fn new(account: AccountId, username: String) -> PasswordForm {
        PasswordForm {
            account,
            username,
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

    pub fn focus_by(&mut self, step: isize) {
        focus_step(&mut self.focus, 2, step);
    }

    pub fn validate(&mut self) -> Option<Command> {
        if self.password.value().is_empty() {
            self.error = Some(FieldError::Required);
            self.focus = 0;
            return None;
        }
        if self.password.value() != self.repeat.value() {
            self.error = Some(FieldError::Differ);
            self.password = Input::default();
            self.repeat = Input::default();
            self.focus = 0;
            return None;
        }
        self.error = None;
        Some(Command::Reset {
            account: self.account,
            password: Secret(self.password.value().to_string()),
        })
    }

    pub fn refused(&mut self, r: Refusal) {
        self.error = Some(FieldError::Account(r));
    }
}

impl std::fmt::Debug for PasswordForm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PasswordForm")
            .field("account", &self.account)
            .field("focus", &self.focus)
            .finish_non_exhaustive()
    }
}

impl Form for PasswordForm {
    fn has_errors(&self) -> bool {
        self.error.is_some()
    }
}

// ---- a new acting assignment ----------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ActingField {
    Acting,
    For,
    From,
    To,
    Reason,
}

impl ActingField {
    pub const ALL: [ActingField; 5] = [
        ActingField::Acting,
        ActingField::For,
        ActingField::From,
        ActingField::To,
        ActingField::Reason,
    ];
}

#[derive(Clone, Debug)]
pub struct ActingForm {
    pub acting: Option<EmployeeId>,
    pub for_supervisor: Option<EmployeeId>,
    pub from: Input,
    pub to: Input,
    /// The reason or decree, for the audit trail.
    pub reason: Input,
    pub focus: usize,
    pub errors: Vec<(ActingField, FieldError)>,
    pub today: NaiveDate,
}

impl ActingForm {
    pub fn new(today: NaiveDate) -> ActingForm {
        ActingForm {
            acting: None,
            for_supervisor: None,
            from: Input::new(format_date(Some(today))),
            to: Input::default(),
            reason: Input::default(),
            focus: 0,
            errors: Vec::new(),
            today,
        }
    }

    pub fn focused(&self) -> ActingField {
        ActingField::ALL[self.focus.min(ActingField::ALL.len() - 1)]
    }

    pub fn focus_by(&mut self, step: isize) {
        focus_step(&mut self.focus, ActingField::ALL.len(), step);
    }

    pub fn error(&self, field: ActingField) -> Option<&FieldError> {
        error_of(&self.errors, field)
    }

    pub fn set_person(&mut self, field: ActingField, who: Option<EmployeeId>) {
        match field {
            ActingField::Acting => self.acting = who,
            ActingField::For => self.for_supervisor = who,
            _ => return,
        }
        self.errors.retain(|(f, _)| *f != field);
    }

    pub fn type_key(&mut self, key: Key) {
        let field = self.focused();
        let used = match field {
            ActingField::From => edit_input(&mut self.from, key),
            ActingField::To => edit_input(&mut self.to, key),
            ActingField::Reason => edit_input(&mut self.reason, key),
            ActingField::Acting | ActingField::For => false,
        };
        if used {
            self.errors.retain(|(f, _)| *f != field);
        }
    }

    fn date(&mut self, field: ActingField) -> Option<NaiveDate> {
        let input = match field {
            ActingField::From => &self.from,
            _ => &self.to,
        };
        let v = input.value().trim().to_string();
        if v.is_empty() {
            self.errors.push((field, FieldError::Required));
            return None;
        }
        match parse_date(&v, self.today) {
            Ok(d) => Some(d),
            Err(e) => {
                self.errors.push((field, FieldError::Date(e)));
                None
            }
        }
    }

    /// The assignment and reason when every field is filled and the dates read.
    pub fn validate(&mut self) -> Option<(ActingAssignment, String)> {
        self.errors.clear();
        if self.acting.is_none() {
            self.errors
                .push((ActingField::Acting, FieldError::Required));
        }
        if self.for_supervisor.is_none() {
            self.errors.push((ActingField::For, FieldError::Required));
        }
        let from = self.date(ActingField::From);
        let to = self.date(ActingField::To);
        if let Some((f, _)) = self.errors.first() {
            let f = *f;
            self.focus = ActingField::ALL.iter().position(|x| *x == f).unwrap_or(0);
            return None;
        }
        Some((
            ActingAssignment {
                id: 0,
                acting: self.acting?,
                for_supervisor: self.for_supervisor?,
                from: from?,
                to: to?,
                revision: 0,
            },
            self.reason.value().trim().to_string(),
        ))
    }

    /// The domain's refusals, each at its field; the typed values stay.
    pub fn refused(&mut self, errors: &[ActingError]) {
        self.errors.clear();
        for e in errors {
            let field = match e {
                ActingError::UnknownActing
                | ActingError::ActingInactive
                | ActingError::SamePerson => ActingField::Acting,
                ActingError::UnknownSupervisor
                | ActingError::SupervisorInactive
                | ActingError::SupervisesNobody
                | ActingError::Overlaps { .. } => ActingField::For,
                ActingError::FromAfterTo { .. } => ActingField::To,
                ActingError::OutOfRange(d) => {
                    if parse_date(self.from.value(), self.today).ok() == Some(*d) {
                        ActingField::From
                    } else {
                        ActingField::To
                    }
                }
            };
            self.errors.push((field, FieldError::Acting(e.clone())));
        }
        if let Some((f, _)) = self.errors.first() {
            let f = *f;
            self.focus = ActingField::ALL.iter().position(|x| *x == f).unwrap_or(0);
        }
    }
}

impl Form for ActingForm {
    fn is_dirty(&self) -> bool {
        self.acting.is_some()
            || self.for_supervisor.is_some()
            || !self.to.value().is_empty()
            || !self.reason.value().is_empty()
            || self.from.value() != format_date(Some(self.today))
    }

    fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }
}

// ---- ending an acting assignment early --------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EndField {
    On,
    Reason,
}

#[derive(Clone, Debug)]
pub struct EndForm {
    pub assignment: ActingAssignment,
    /// The last day it holds.
    pub on: Input,
    pub reason: Input,
    pub focus: usize,
    pub errors: Vec<(EndField, FieldError)>,
    pub today: NaiveDate,
}

impl EndForm {
    pub fn new(assignment: ActingAssignment, today: NaiveDate) -> EndForm {
        EndForm {
            assignment,
            on: Input::new(format_date(Some(today))),
            reason: Input::default(),
            focus: 0,
            errors: Vec::new(),
            today,
        }
    }

    pub fn focused(&self) -> EndField {
        if self.focus == 0 {
            EndField::On
        } else {
            EndField::Reason
        }
    }

    pub fn focus_by(&mut self, step: isize) {
        focus_step(&mut self.focus, 2, step);
    }

    pub fn error(&self, field: EndField) -> Option<&FieldError> {
        error_of(&self.errors, field)
    }

    pub fn type_key(&mut self, key: Key) {
        let field = self.focused();
        let used = match field {
            EndField::On => edit_input(&mut self.on, key),
            EndField::Reason => edit_input(&mut self.reason, key),
        };
        if used {
            self.errors.retain(|(f, _)| *f != field);
        }
    }

    /// The assignment ending on the typed day, and the reason.
    pub fn validate(&mut self) -> Option<(ActingAssignment, String)> {
        self.errors.clear();
        let v = self.on.value().trim().to_string();
        let on = if v.is_empty() {
            Err(FieldError::Required)
        } else {
            parse_date(&v, self.today).map_err(FieldError::Date)
        };
        match on {
            Ok(on) => Some((
                ActingAssignment {
                    to: on,
                    ..self.assignment.clone()
                },
                self.reason.value().trim().to_string(),
            )),
            Err(e) => {
                self.errors.push((EndField::On, e));
                self.focus = 0;
                None
            }
        }
    }

    /// The domain's refusals: all about the day (it ends before it began, out of range) or,
    /// for the others, shown at the day too, since nothing else here can change.
    pub fn refused(&mut self, errors: &[ActingError]) {
        self.errors = errors
            .iter()
            .map(|e| (EndField::On, FieldError::Acting(e.clone())))
            .collect();
        self.focus = 0;
    }
}

impl Form for EndForm {
    fn is_dirty(&self) -> bool {
        !self.reason.value().is_empty() || self.on.value() != format_date(Some(self.today))
    }

    fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::kit::key::Key;

    fn typed(input: &mut AccountForm, field: AccountField, text: &str) {
        input.focus = AccountField::ALL.iter().position(|f| *f == field).unwrap();
        for c in text.chars() {
            input.type_key(Key::ch(c));
        }
    }

    #[test]
    fn an_account_form_asks_for_what_is_missing_and_clears_differing_passwords() {
        let mut f = AccountForm::new();
        assert_eq!(f.validate(), None);
        assert_eq!(f.error(AccountField::Employee), Some(&FieldError::Required));
        assert_eq!(f.error(AccountField::Username), Some(&FieldError::Required));
        f.set_employee(Some(EmployeeId(3)));
        typed(&mut f, AccountField::Username, "daniel");
        typed(&mut f, AccountField::Password, "satu-satu");
        typed(&mut f, AccountField::Repeat, "dua-dua");
        assert_eq!(f.validate(), None);
        assert_eq!(f.error(AccountField::Repeat), Some(&FieldError::Differ));
        assert_eq!((f.password.value(), f.repeat.value()), ("", ""));
        assert_eq!(f.username.value(), "daniel");
        typed(&mut f, AccountField::Password, "sandi-awal");
        typed(&mut f, AccountField::Repeat, "sandi-awal");
        assert_eq!(
            f.validate(),
            Some(Command::Create {
                employee: EmployeeId(3),
                username: "daniel".into(),
                role: Role::Appraiser,
                password: Secret("sandi-awal".into()),
            })
        );
        // The services' refusal lands at its field; the typed values stay.
        f.refused(Refusal::UsernameTaken);
        assert_eq!(
            f.error(AccountField::Username),
            Some(&FieldError::Account(Refusal::UsernameTaken))
        );
        assert_eq!(f.focused(), AccountField::Username);
        assert_eq!(f.password.value(), "sandi-awal");
        f.refused(Refusal::LastAdmin);
        assert_eq!(f.general, Some(FieldError::Account(Refusal::LastAdmin)));
    }

    #[test]
    fn acting_refusals_go_to_their_fields() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        let mut f = ActingForm::new(today);
        let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
        f.refused(&[
            ActingError::SamePerson,
            ActingError::SupervisesNobody,
            ActingError::FromAfterTo {
                from: d(2026, 12, 1),
                to: d(2026, 11, 1),
            },
            ActingError::OutOfRange(today),
        ]);
        assert_eq!(
            f.errors.iter().map(|(k, _)| *k).collect::<Vec<_>>(),
            vec![
                ActingField::Acting,
                ActingField::For,
                ActingField::To,
                ActingField::From
            ]
        );
        assert_eq!(f.focused(), ActingField::Acting);
    }
}

//! The sign-in gate: first admin on an empty database, sign-in, and the forced or chosen
//! password change. Passwords live only in these inputs and are cleared after each try.

use tui_input::Input;

use crate::app::employees::form::edit_input;
use crate::app::kit::key::Key;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GateMode {
    /// No account yet: create the first admin.
    FirstAdmin,
    SignIn,
    /// Choose a new password (forced after a reset, or asked for with the key).
    ChangePassword {
        forced: bool,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GateField {
    /// User name (first admin) or user name / NIP (sign-in).
    Login,
    /// NIP of the first admin's employee record (optional).
    Nip,
    Current,
    Password,
    Repeat,
}

/// What went wrong, as a value the UI translates.
#[derive(Clone, Debug)]
pub enum GateError {
    BadCredentials,
    Locked {
        until_ms: i64,
    },
    Required,
    TooShort {
        min: usize,
    },
    Differ,
    WrongPassword,
    SamePassword,
    UsernameInvalid,
    UnknownEmployee,
    /// The person has no account to reset.
    NoAccount,
    /// The signed-in person may not do this.
    Forbidden,
    Store(std::sync::Arc<crate::store::StoreError>),
}

/// A password on its way to the services: never shown by `Debug`.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(pub String);

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("***")
    }
}

#[derive(Clone)]
pub struct SignInForm {
    pub mode: GateMode,
    pub login: Input,
    pub nip: Input,
    pub current: Input,
    pub password: Input,
    pub repeat: Input,
    pub focus: usize,
    pub error: Option<GateError>,
    /// Wrong current passwords typed on the password-change screen.
    pub wrong_current: u32,
}

impl SignInForm {
    pub fn new(mode: GateMode) -> SignInForm {
        SignInForm {
            mode,
            login: Input::default(),
            nip: Input::default(),
            current: Input::default(),
            password: Input::default(),
            repeat: Input::default(),
            focus: 0,
            error: None,
            wrong_current: 0,
        }
    }

    pub fn fields(&self) -> &'static [GateField] {
        match self.mode {
            GateMode::FirstAdmin => &[
                GateField::Login,
                GateField::Nip,
                GateField::Password,
                GateField::Repeat,
            ],
            GateMode::SignIn => &[GateField::Login, GateField::Password],
            GateMode::ChangePassword { .. } => {
                &[GateField::Current, GateField::Password, GateField::Repeat]
            }
        }
    }

    pub fn focused(&self) -> GateField {
        let f = self.fields();
        f[self.focus.min(f.len() - 1)]
    }

    pub fn is_last(&self) -> bool {
        self.focus + 1 >= self.fields().len()
    }

    pub fn focus_next(&mut self) {
        self.focus = (self.focus + 1) % self.fields().len();
    }

    pub fn focus_prev(&mut self) {
        let n = self.fields().len();
        self.focus = (self.focus + n - 1) % n;
    }

    pub fn input(&self, f: GateField) -> &Input {
        match f {
            GateField::Login => &self.login,
            GateField::Nip => &self.nip,
            GateField::Current => &self.current,
            GateField::Password => &self.password,
            GateField::Repeat => &self.repeat,
        }
    }

    pub fn is_secret(f: GateField) -> bool {
        matches!(
            f,
            GateField::Current | GateField::Password | GateField::Repeat
        )
    }

    pub fn type_key(&mut self, key: Key) {
        let input = match self.focused() {
            GateField::Login => &mut self.login,
            GateField::Nip => &mut self.nip,
            GateField::Current => &mut self.current,
            GateField::Password => &mut self.password,
            GateField::Repeat => &mut self.repeat,
        };
        if edit_input(input, key) {
            self.error = None;
        }
    }

    /// Forgets every password typed, e.g. after a failed try.
    pub fn clear_secrets(&mut self) {
        self.current = Input::default();
        self.password = Input::default();
        self.repeat = Input::default();
    }

    /// Checks what can be checked here; the service checks the rest.
    pub fn validate(&mut self) -> bool {
        let required: &[GateField] = match self.mode {
            GateMode::FirstAdmin => &[GateField::Login, GateField::Password, GateField::Repeat],
            GateMode::SignIn => &[GateField::Login, GateField::Password],
            GateMode::ChangePassword { .. } => {
                &[GateField::Current, GateField::Password, GateField::Repeat]
            }
        };
        if let Some(missing) = required.iter().find(|f| self.input(**f).value().is_empty()) {
            self.focus = self.fields().iter().position(|f| f == missing).unwrap_or(0);
            self.error = Some(GateError::Required);
            return false;
        }
        if self.mode != GateMode::SignIn && self.password.value() != self.repeat.value() {
            self.error = Some(GateError::Differ);
            self.password = Input::default();
            self.repeat = Input::default();
            self.focus = self
                .fields()
                .iter()
                .position(|f| *f == GateField::Password)
                .unwrap_or(0);
            return false;
        }
        true
    }
}

/// Only the shape of the form: what was typed (passwords above all) stays out of debug output.
impl std::fmt::Debug for SignInForm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SignInForm")
            .field("mode", &self.mode)
            .field("focus", &self.focus)
            .field("error", &self.error)
            .finish_non_exhaustive()
    }
}

//! The sign-in screens' keys and answers. The gate knows nothing of the shell: it says what
//! should happen ([`Step`]) and the shell does it.

use super::form::{GateError, GateField, GateMode, SignInForm};
use crate::app::keymap::action::Action;

/// What the gate asks the services to do.
#[derive(Clone, PartialEq, Eq)]
pub enum GateRequest {
    SignIn {
        login: String,
        password: String,
    },
    FirstAdmin {
        username: String,
        nip: String,
        password: String,
    },
    ChangePassword {
        current: String,
        new: String,
    },
}

/// Passwords never show in logs or debug output.
impl std::fmt::Debug for GateRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            GateRequest::SignIn { login, .. } => write!(f, "SignIn({login})"),
            GateRequest::FirstAdmin { username, .. } => write!(f, "FirstAdmin({username})"),
            GateRequest::ChangePassword { .. } => f.write_str("ChangePassword"),
        }
    }
}

/// What a key on the sign-in screen asks the shell to do.
#[derive(Debug)]
pub enum Step {
    Nothing,
    Quit,
    Help,
    /// Leave the (unforced) password change.
    Close,
    Submit(GateRequest),
}

pub fn on_key(form: &mut SignInForm, action: Action) -> Step {
    match action {
        Action::Quit => return Step::Quit,
        Action::ToggleHelp => return Step::Help,
        Action::FocusNext => form.focus_next(),
        Action::FocusPrev => form.focus_prev(),
        Action::Text(key) => form.type_key(key),
        Action::Back if form.mode == (GateMode::ChangePassword { forced: false }) => {
            return Step::Close;
        }
        Action::Open if !form.is_last() => form.focus_next(),
        Action::Open | Action::Save if form.validate() => return Step::Submit(request(form)),
        _ => {}
    }
    Step::Nothing
}

fn request(form: &SignInForm) -> GateRequest {
    match form.mode {
        GateMode::SignIn => GateRequest::SignIn {
            login: form.login.value().trim().to_string(),
            password: form.password.value().to_string(),
        },
        GateMode::FirstAdmin => GateRequest::FirstAdmin {
            username: form.login.value().trim().to_string(),
            nip: form.nip.value().trim().to_string(),
            password: form.password.value().to_string(),
        },
        GateMode::ChangePassword { .. } => GateRequest::ChangePassword {
            current: form.current.value().to_string(),
            new: form.password.value().to_string(),
        },
    }
}

/// Wrong current passwords on the password-change screen before the session ends: someone at
/// a terminal left signed in must not be able to guess the password without limit.
pub const MAX_WRONG_CURRENT: u32 = 5;

/// Whether this refusal is one wrong current password too many.
pub fn ends_session(form: &SignInForm, e: &GateError) -> bool {
    matches!(form.mode, GateMode::ChangePassword { .. })
        && (matches!(e, GateError::Locked { .. })
            || matches!(e, GateError::WrongPassword) && form.wrong_current + 1 >= MAX_WRONG_CURRENT)
}

/// Shows a refusal: counts a wrong current password, forgets every password typed and puts
/// the focus where the error is.
pub fn refused(form: &mut SignInForm, e: GateError) {
    if matches!(e, GateError::WrongPassword) {
        form.wrong_current += 1;
    }
    // A refused new password keeps the current one, which was right.
    let keeps_current = matches!(
        e,
        GateError::TooShort { .. } | GateError::Differ | GateError::SamePassword
    );
    let current = form.current.clone();
    form.clear_secrets();
    let position =
        |form: &SignInForm, want: GateField| form.fields().iter().position(|f| *f == want);
    let secret_field = form
        .fields()
        .iter()
        .position(|f| SignInForm::is_secret(*f))
        .unwrap_or(0);
    form.focus = match e {
        GateError::UsernameInvalid => 0,
        GateError::UnknownEmployee => 1,
        _ => secret_field,
    };
    if keeps_current {
        form.current = current;
        form.focus = position(form, GateField::Password).unwrap_or(form.focus);
    }
    form.error = Some(e);
}

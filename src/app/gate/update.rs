//! The sign-in gate in the update path: keys on the sign-in screens, and their results.

use crate::app::action::Action;
use crate::app::auth::Session;
use crate::app::kit::notice::Notice;
use crate::app::register::Register;
use crate::app::signin::{GateError, GateMode, SignInForm};
use crate::app::state::AppState;
use crate::app::update::Effect;

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

pub fn on_gate(state: &mut AppState, action: Action) -> Vec<Effect> {
    let Some(form) = state.gate.as_mut() else {
        return Vec::new();
    };
    match action {
        Action::Quit => state.quit = true,
        Action::ToggleHelp => state.popups.push(crate::app::state::Popup::Help),
        Action::FocusNext => form.focus_next(),
        Action::FocusPrev => form.focus_prev(),
        Action::Text(key) => form.type_key(key),
        Action::Back if form.mode == (GateMode::ChangePassword { forced: false }) => {
            state.gate = None;
        }
        Action::Open if !form.is_last() => form.focus_next(),
        Action::Open | Action::Save if form.validate() => {
            let request = request(form);
            return vec![Effect::Gate(request)];
        }
        _ => {}
    }
    Vec::new()
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

/// The answer of the services to a gate request.
/// Wrong current passwords on the password-change screen before the session ends: someone at
/// a terminal left signed in must not be able to guess the password without limit.
pub const MAX_WRONG_CURRENT: u32 = 5;

pub fn done(
    state: &mut AppState,
    reg: &Register,
    result: Result<Session, GateError>,
) -> Vec<Effect> {
    match result {
        Ok(session) => {
            let was_signed_in = state.session.is_some();
            let forced = session.account.must_change_password;
            state
                .list
                .set_viewer(reg, Some(session.viewer.clone()), state.today);
            let name = session.account.username.clone();
            state.session = Some(session);
            state.gate = forced.then(|| SignInForm::new(GateMode::ChangePassword { forced: true }));
            if !forced {
                state.info(if was_signed_in {
                    Notice::PasswordChanged
                } else {
                    Notice::Welcome { user: name }
                });
            }
        }
        Err(GateError::WrongPassword)
            if state
                .gate
                .as_ref()
                .is_some_and(|f| f.wrong_current + 1 >= MAX_WRONG_CURRENT) =>
        {
            sign_out(state, reg);
            state.error(Notice::SignedOutWrongPassword);
            return vec![Effect::SignOut];
        }
        Err(e) => {
            if let Some(form) = state.gate.as_mut() {
                if matches!(e, GateError::WrongPassword) {
                    form.wrong_current += 1;
                }
                form.clear_secrets();
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
                form.error = Some(e);
            }
        }
    }
    Vec::new()
}

/// Leaves the session: back to the sign-in screen, nothing of the last user kept on screen.
pub fn sign_out(state: &mut AppState, reg: &Register) {
    state.session = None;
    state.popups.clear();
    state.status = None;
    state.list.filter = tui_input::Input::default();
    state.list.filtering = false;
    state.list.pane = Some(crate::app::employee_list::Pane::List);
    // Nothing the last user had on screen survives: the next one starts on the list.
    state.audit = Default::default();
    state.screen = crate::app::state::Screen::Employees;
    // Until the next sign-in the list shows nobody.
    state
        .list
        .set_viewer(reg, Some(crate::domain::Viewer::nobody()), state.today);
    state.gate = Some(SignInForm::new(GateMode::SignIn));
}

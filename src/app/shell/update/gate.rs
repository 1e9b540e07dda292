//! The shell's side of the sign-in screens: it carries out what the gate asks, and sets up
//! or ends the session.

use super::*;
use crate::app::gate::form::{GateError, GateMode, SignInForm};
use crate::app::gate::{self, Step};
use crate::app::services::auth::Session;

pub(super) fn on_gate(state: &mut AppState, action: Action) -> Vec<Effect> {
    let Some(form) = state.gate.as_mut() else {
        return Vec::new();
    };
    match gate::on_key(form, action) {
        Step::Nothing => {}
        Step::Quit => state.quit = true,
        Step::Help => state.popups.push(Popup::Help),
        Step::Close => state.gate = None,
        Step::Submit(request) => return vec![Effect::Gate(request)],
    }
    Vec::new()
}

/// The answer of the services to a gate request.
pub(super) fn done(
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
            // A supervisor starts on the agenda: what is due today.
            let viewer = state.session.as_ref().map(|s| s.viewer.clone());
            if !was_signed_in
                && viewer.is_some_and(|v| {
                    crate::app::agenda::update::is_supervisor(reg, &v, state.today)
                })
            {
                state.screen = Screen::Agenda;
                return crate::app::agenda::update::enter(state);
            }
        }
        Err(e)
            if state
                .gate
                .as_ref()
                .is_some_and(|f| gate::ends_session(f, &e)) =>
        {
            sign_out(state, reg);
            state.error(Notice::SignedOutWrongPassword);
            return vec![Effect::SignOut { forced: true }];
        }
        Err(e) => {
            if let Some(form) = state.gate.as_mut() {
                gate::refused(form, e);
            }
        }
    }
    Vec::new()
}

/// Leaves the session: back to the sign-in screen, nothing of the last user kept on screen.
pub(super) fn sign_out(state: &mut AppState, reg: &Register) {
    state.session = None;
    state.popups.clear();
    state.status = None;
    state.list.filter = tui_input::Input::default();
    state.list.filtering = false;
    state.list.pane = Some(Pane::List);
    // Nothing the last user had on screen survives: the next one starts on the list.
    state.audit = Default::default();
    state.plans = Default::default();
    state.reviews = Default::default();
    state.history = Default::default();
    state.agenda = Default::default();
    state.screen = Screen::Employees;
    // Until the next sign-in the list shows nobody.
    state
        .list
        .set_viewer(reg, Some(crate::domain::Viewer::nobody()), state.today);
    state.gate = Some(SignInForm::new(GateMode::SignIn));
}

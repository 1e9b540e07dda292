//! Keys every screen shares where no text is typed: quit, help, switching screens, the
//! password change and sign-out.

use super::*;
use crate::app::gate::form::{GateMode, SignInForm};

pub(super) fn on_global(state: &mut AppState, reg: &Register, action: Action) -> Vec<Effect> {
    match action {
        Action::Quit => quit(state),
        Action::ToggleHelp => state.popups.push(Popup::Help),
        Action::ChangePassword if state.session.is_some() => {
            state.gate = Some(SignInForm::new(GateMode::ChangePassword { forced: false }));
        }
        Action::QuickNote => return crate::app::feedback::tab::update::quick_note(state, reg),
        Action::OfficeSettings if state.can_manage_register() => {
            return vec![Effect::LoadSettings];
        }
        Action::SignOut if state.session.is_some() => {
            gate::sign_out(state, reg);
            return vec![Effect::SignOut { forced: false }];
        }
        Action::NextScreen | Action::PrevScreen | Action::Screen(_) => {
            let n = Screen::ALL.len();
            let cur = Screen::ALL
                .iter()
                .position(|s| *s == state.screen)
                .unwrap_or(0);
            let next = match action {
                Action::NextScreen => (cur + 1) % n,
                Action::PrevScreen => (cur + n - 1) % n,
                Action::Screen(i) => usize::from(i).min(n - 1),
                _ => cur,
            };
            state.screen = Screen::ALL[next];
            if state.screen == Screen::Audit {
                return vec![Effect::LoadAudit];
            }
            if state.screen == Screen::Plans {
                return plans::update::enter(state);
            }
            if state.screen == Screen::Reviews {
                return reviews::update::enter(state);
            }
            if state.screen == Screen::History {
                return crate::app::history::update::enter(state, reg);
            }
            if state.screen == Screen::Agenda {
                return crate::app::agenda::update::enter(state);
            }
            if state.screen == Screen::Sessions {
                return crate::app::feedback::tab::update::enter(state);
            }
        }
        _ => {}
    }
    Vec::new()
}

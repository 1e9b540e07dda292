//! The one update path: `update(state, register, msg)` changes state and returns effects for
//! the runtime to carry out (a command against the store). It never touches the store itself.

use crate::app::action::Action;
use crate::app::commands::{Command, CommandError, Outcome};
use crate::app::deactivate_form::{DeactivateField, DeactivateForm};
use crate::app::employee_form::{EmployeeForm, FieldId, FormError, Shape};
use crate::app::employee_list::{Pane, Row};
use crate::app::keymap::Context;
use crate::app::kit::notice::Notice;
use crate::app::kit::text::T;
use crate::app::picker::{PickItem, PickTarget, Picked, Picker};
use crate::app::register::Register;
use crate::app::state::{detail_people, AppState, Confirm, OnYes, Popup, Screen};
use crate::app::unit_form::{UnitField, UnitForm};
use crate::domain::{Directory, EmployeeId, Grade, InactiveReason, PositionKind, UnitId};

mod done;
mod form;
mod picker;
mod screen;

use done::done;
use form::on_form;
use picker::on_picker;
use screen::on_screen;

/// Inputs to `update`.
#[derive(Debug)]
pub enum Msg {
    Action(Action),
    /// Rows available to the list and to a picker at the current terminal size.
    Viewport {
        list_rows: usize,
        picker_rows: usize,
    },
    /// The result of an effect the runtime ran.
    Done(Result<Outcome, CommandError>),
    /// The result of a sign-in, first admin or password change.
    GateDone(Result<crate::app::auth::Session, crate::app::signin::GateError>),
    /// The audit trail, read for the audit screen.
    AuditLoaded(Result<Vec<crate::domain::AuditEntry>, crate::store::StoreError>),
    /// Which employees have an account, read after a sign-in.
    AccountsLoaded(Vec<(EmployeeId, String)>),
    /// The result of an admin's password reset: the account's user name.
    ResetDone(Result<String, crate::app::signin::GateError>),
}

#[derive(Debug, PartialEq)]
pub enum Effect {
    Run(Command),
    Gate(crate::app::gate::GateRequest),
    SignOut,
    LoadAudit,
    ResetPassword {
        employee: EmployeeId,
        new: crate::app::signin::Secret,
    },
}

pub fn update(state: &mut AppState, reg: &Register, msg: Msg) -> Vec<Effect> {
    match msg {
        Msg::Viewport {
            list_rows,
            picker_rows,
        } => {
            state.list.set_viewport(list_rows);
            state.audit.set_viewport(list_rows);
            state.picker_rows = picker_rows;
            for p in &mut state.popups {
                if let Popup::Picker(p) = p {
                    p.set_viewport(picker_rows);
                }
            }
            Vec::new()
        }
        Msg::Done(result) => {
            done(state, reg, result);
            Vec::new()
        }
        Msg::GateDone(result) => crate::app::gate::done(state, reg, result),
        Msg::AuditLoaded(Ok(trail)) => {
            let viewer = state.session.as_ref().map(|s| s.viewer.clone());
            let user = state.session.as_ref().map(|s| s.account.username.clone());
            state.audit.load(
                reg,
                trail,
                viewer.as_ref(),
                user.as_deref(),
                state.today,
                state.terms,
            );
            Vec::new()
        }
        Msg::AccountsLoaded(list) => {
            state.accounts = Some(list.into_iter().collect());
            Vec::new()
        }
        Msg::ResetDone(Ok(user)) => {
            if matches!(state.popups.last(), Some(Popup::ResetPassword(_))) {
                state.popups.pop();
            }
            state.info(Notice::PasswordReset { user });
            Vec::new()
        }
        Msg::ResetDone(Err(e)) => {
            if let Some(Popup::ResetPassword(f)) = state.popups.last_mut() {
                f.error = Some(e);
            }
            Vec::new()
        }
        Msg::AuditLoaded(Err(e)) => {
            state.error(Notice::Store(std::sync::Arc::new(e)));
            Vec::new()
        }
        Msg::Action(action) => on_action(state, reg, action),
    }
}

fn on_action(state: &mut AppState, reg: &Register, action: Action) -> Vec<Effect> {
    match state.context() {
        Context::Help => {
            if action == Action::ToggleHelp {
                state.popups.pop();
            }
            Vec::new()
        }
        Context::Confirm => on_confirm(state, action),
        Context::Gate => crate::app::gate::on_gate(state, action),
        Context::AuditFilter => {
            match action {
                Action::Text(key)
                    if crate::app::employee_form::edit_input(&mut state.audit.filter, key) =>
                {
                    state.audit.refilter();
                }
                Action::Open => state.audit.filtering = false,
                Action::Back => {
                    state.audit.filter = tui_input::Input::default();
                    state.audit.filtering = false;
                    state.audit.refilter();
                }
                Action::Quit => quit(state),
                _ => {}
            }
            Vec::new()
        }
        Context::Audit => {
            let page = state.audit.scroll.viewport.max(1) as isize;
            match action {
                Action::Up => state.audit.move_by(-1),
                Action::Down => state.audit.move_by(1),
                Action::PageUp => state.audit.move_by(-page),
                Action::PageDown => state.audit.move_by(page),
                Action::Top => state.audit.move_by(isize::MIN / 2),
                Action::Bottom => state.audit.move_by(isize::MAX / 2),
                Action::Filter => state.audit.filtering = true,
                Action::Reload => return vec![Effect::LoadAudit],
                Action::Back if !state.audit.filter.value().is_empty() => {
                    state.audit.filter = tui_input::Input::default();
                    state.audit.refilter();
                }
                _ => return on_screen(state, reg, action),
            }
            Vec::new()
        }
        Context::Picker => {
            on_picker(state, action);
            Vec::new()
        }
        Context::Form => on_form(state, reg, action),
        Context::FilterInput => {
            match action {
                Action::Text(key)
                    if crate::app::employee_form::edit_input(&mut state.list.filter, key) =>
                {
                    state.list.refilter(reg);
                }
                Action::Open => state.list.filtering = false,
                Action::Back => {
                    state.list.filter = tui_input::Input::default();
                    state.list.filtering = false;
                    state.list.refilter(reg);
                }
                Action::Quit => quit(state),
                _ => {}
            }
            Vec::new()
        }
        Context::List | Context::Detail | Context::Placeholder | Context::Global => {
            on_screen(state, reg, action)
        }
    }
}

fn quit(state: &mut AppState) {
    if state.has_unsaved_input() {
        state.popups.push(Popup::Confirm(Confirm {
            question: T::ConfirmQuitDirty,
            subject: None,
            on_yes: OnYes::Quit,
        }));
    } else {
        state.quit = true;
    }
}

fn on_confirm(state: &mut AppState, action: Action) -> Vec<Effect> {
    let Some(Popup::Confirm(c)) = state.popups.last().cloned() else {
        return Vec::new();
    };
    match action {
        Action::Yes => {
            state.popups.pop();
            match c.on_yes {
                OnYes::Quit => state.quit = true,
                OnYes::Discard => {
                    state.popups.pop();
                    state.status = None;
                }
                OnYes::Reactivate(id) => return vec![Effect::Run(Command::ReactivateEmployee(id))],
            }
        }
        Action::No => {
            state.popups.pop();
        }
        _ => {}
    }
    Vec::new()
}

fn top_form_has_errors(state: &AppState) -> bool {
    match state.popups.last() {
        Some(Popup::EmployeeForm(f)) => !f.errors.is_empty(),
        Some(Popup::Deactivate(f)) => !f.errors.is_empty(),
        Some(Popup::UnitForm(f)) => !f.errors.is_empty(),
        _ => false,
    }
}

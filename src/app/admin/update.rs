//! Keys of the admin screen and its forms -> state and commands; the answers of the command
//! path back to the screen. No rule is checked here: the commands carry them.

use std::collections::HashSet;

use super::command::{Command as AccountCommand, Done, Refusal};
use super::forms::{AccountField, ActingField, ActingForm, EndForm, PasswordForm};
use super::keys_window::{KeyForm, KeysWindow};
use super::view::{AdminView, Loaded, Part};
use super::{Action as A, PickTarget, Popup as AP};
use crate::app::keymap::action::Action;
use crate::app::kit::notice::Notice;
use crate::app::kit::picker::{PickItem, Picker};
use crate::app::kit::text::T;
use crate::app::services::commands::Command;
use crate::app::services::register::Register;
use crate::app::shell::state::{AppState, Confirm, OnYes, PickTarget as ShellTarget, Popup};
use crate::app::shell::update::Effect;
use crate::domain::access::ActingError;
use crate::domain::{Directory, EmployeeId};

/// `A` on the employees list: the screen opens and its lists are read.
pub fn open(state: &mut AppState) -> Vec<Effect> {
    if !state.can_manage_register() {
        state.error(Notice::Text(T::NotAdmin));
        return Vec::new();
    }
    state.popups.push(Popup::Admin(AP::Screen(Box::default())));
    vec![Effect::LoadAdmin]
}

fn view_mut(state: &mut AppState) -> Option<&mut AdminView> {
    state.popups.iter_mut().find_map(|p| match p {
        Popup::Admin(AP::Screen(v)) => Some(v.as_mut()),
        _ => None,
    })
}

pub fn view(state: &AppState) -> Option<&AdminView> {
    state.popups.iter().find_map(|p| match p {
        Popup::Admin(AP::Screen(v)) => Some(v.as_ref()),
        _ => None,
    })
}

/// What the runtime read for the screen; a keys window keeps its cursor on a key.
pub fn loaded(state: &mut AppState, loaded: Loaded) {
    let Some(v) = view_mut(state) else {
        return;
    };
    v.apply(loaded);
    let counts: std::collections::HashMap<_, usize> =
        v.accounts.iter().map(|a| (a.id, a.keys.len())).collect();
    for p in state.popups.iter_mut() {
        if let Popup::Admin(AP::Keys(w)) = p {
            w.clamp(counts.get(&w.account).copied().unwrap_or(0));
        }
    }
}

/// Keys in the keys window of one account.
fn on_keys_window(state: &mut AppState, action: Action) -> Vec<Effect> {
    let page = state.picker_rows.max(1) as isize;
    let Some(Popup::Admin(AP::Keys(w))) = state.popups.last() else {
        return Vec::new();
    };
    let (account, username) = (w.account, w.username.clone());
    let keys = view(state)
        .map(|v| v.keys_of(account).to_vec())
        .unwrap_or_default();
    let Some(Popup::Admin(AP::Keys(w))) = state.popups.last_mut() else {
        return Vec::new();
    };
    match action {
        Action::Up => w.move_by(-1, keys.len()),
        Action::Down => w.move_by(1, keys.len()),
        Action::PageUp => w.move_by(-page, keys.len()),
        Action::PageDown => w.move_by(page, keys.len()),
        Action::Top => w.selected = 0,
        Action::Bottom => w.selected = keys.len().saturating_sub(1),
        Action::Back => {
            state.popups.pop();
            state.status = None;
        }
        Action::ToggleHelp => state.popups.push(Popup::Help),
        Action::Quit => state.quit = !state.has_unsaved_input(),
        Action::Admin(A::New) => {
            state.status = None;
            state
                .popups
                .push(Popup::Admin(AP::KeyAdd(Box::new(KeyForm::new(
                    account, username,
                )))));
        }
        Action::Admin(A::RemoveKey) => match keys.get(w.selected) {
            Some(key) => {
                let command = Command::Accounts(AccountCommand::RemoveKey {
                    account,
                    which: key.fingerprint.clone(),
                });
                let subject = if key.comment.is_empty() {
                    format!("{username}: {}", key.fingerprint)
                } else {
                    format!("{username}: {} ({})", key.fingerprint, key.comment)
                };
                state.popups.push(Popup::Confirm(Confirm {
                    question: T::ConfirmRemoveKey,
                    subject: Some(subject),
                    on_yes: OnYes::Run(Box::new(command)),
                }));
            }
            None => state.error(Notice::Text(T::NothingSelected)),
        },
        _ => {}
    }
    Vec::new()
}

/// Keys on the lists (and in the keys window above them).
pub fn on_key(state: &mut AppState, reg: &Register, action: Action) -> Vec<Effect> {
    if matches!(state.popups.last(), Some(Popup::Admin(AP::Keys(_)))) {
        return on_keys_window(state, action);
    }
    let today = state.today;
    let page = state.picker_rows.max(1) as isize;
    let Some(v) = view_mut(state) else {
        return Vec::new();
    };
    match action {
        Action::Up => v.move_by(-1),
        Action::Down => v.move_by(1),
        Action::PageUp => v.move_by(-page),
        Action::PageDown => v.move_by(page),
        Action::Top => v.top(),
        Action::Bottom => v.bottom(),
        Action::Admin(A::SwitchPart) => v.switch(),
        Action::Back => {
            state.popups.pop();
            state.status = None;
        }
        Action::ToggleHelp => state.popups.push(Popup::Help),
        Action::Quit => state.quit = !state.has_unsaved_input(),
        Action::Admin(A::New) => {
            let popup = match v.part {
                Part::Accounts => AP::Account(Box::default()),
                Part::Acting => AP::Acting(Box::new(ActingForm::new(today))),
            };
            state.status = None;
            state.popups.push(Popup::Admin(popup));
        }
        Action::Admin(A::ResetPassword) => match (v.part, v.selected_account()) {
            (Part::Accounts, Some(a)) => {
                let form = PasswordForm::new(a.id, a.username.clone());
                state
                    .popups
                    .push(Popup::Admin(AP::Password(Box::new(form))));
            }
            _ => state.error(Notice::Text(T::NothingSelected)),
        },
        Action::Admin(verb @ (A::Disable | A::Enable)) => match (v.part, v.selected_account()) {
            (Part::Accounts, Some(a)) => {
                let disabled = verb == A::Disable;
                let command = Command::Accounts(AccountCommand::SetDisabled {
                    account: a.id,
                    disabled,
                });
                let subject = Some(person_line(reg, &a.username, a.employee));
                state.popups.push(Popup::Confirm(Confirm {
                    question: if disabled {
                        T::ConfirmDisableAccount
                    } else {
                        T::ConfirmEnableAccount
                    },
                    subject,
                    on_yes: OnYes::Run(Box::new(command)),
                }));
            }
            _ => state.error(Notice::Text(T::NothingSelected)),
        },
        Action::Admin(A::Keys) => match (v.part, v.selected_account()) {
            (Part::Accounts, Some(a)) => {
                let window = KeysWindow::new(a.id, a.username.clone());
                state.status = None;
                state.popups.push(Popup::Admin(AP::Keys(Box::new(window))));
            }
            _ => state.error(Notice::Text(T::NothingSelected)),
        },
        Action::Admin(A::End) => match (v.part, v.selected_acting()) {
            (Part::Acting, Some(row)) => {
                let form = EndForm::new(row.assignment.clone(), today);
                state.popups.push(Popup::Admin(AP::End(Box::new(form))));
            }
            _ => state.error(Notice::Text(T::NothingSelected)),
        },
        _ => {}
    }
    Vec::new()
}

/// "user name — NAME (NIP)" for a question.
fn person_line(reg: &Register, username: &str, employee: Option<EmployeeId>) -> String {
    match employee.and_then(|id| reg.employee(id)) {
        Some(e) => format!("{username} — {} ({})", e.full_name(), e.nip.grouped()),
        None => username.to_string(),
    }
}

/// Active employees, optionally leaving some out, for a picker.
fn people(reg: &Register, leave_out: &HashSet<EmployeeId>) -> Vec<PickItem> {
    reg.employees()
        .iter()
        .filter(|e| e.is_active() && !leave_out.contains(&e.id))
        .map(|e| {
            PickItem::new(
                e.id.0,
                e.full_name(),
                format!("{} · {}", e.nip.grouped(), e.position),
                &format!("{} {}", e.nip.as_str(), reg.unit_name(e.unit)),
            )
        })
        .collect()
}

/// Keys in one of the admin forms (Esc, help and quit are the shell's).
pub fn on_form(state: &mut AppState, reg: &Register, action: Action) -> Vec<Effect> {
    let with_account: HashSet<EmployeeId> = view(state)
        .map(|v| v.accounts.iter().filter_map(|a| a.employee).collect())
        .unwrap_or_default();
    let mut picker: Option<Picker<PickTarget>> = None;
    let mut confirm: Option<Confirm> = None;
    let mut effects = Vec::new();
    let mut invalid = false;
    let Some(Popup::Admin(popup)) = state.popups.last_mut() else {
        return Vec::new();
    };
    match popup {
        AP::Screen(_) | AP::Keys(_) => {}
        AP::KeyAdd(f) => match action {
            Action::Text(key) => f.type_key(key),
            Action::Open | Action::Save => match f.validate() {
                Some(cmd) => effects.push(Effect::Run(Command::Accounts(cmd))),
                None => invalid = true,
            },
            _ => {}
        },
        AP::Account(f) => match action {
            Action::FocusNext => f.focus_by(1),
            Action::FocusPrev => f.focus_by(-1),
            Action::ChoicePrev | Action::ChoiceNext if f.focused() == AccountField::Role => {
                f.toggle_role()
            }
            Action::Open if f.focused() == AccountField::Employee => {
                picker = Some(Picker::new(
                    T::PickAccountEmployee,
                    PickTarget::AccountEmployee,
                    people(reg, &with_account),
                    f.employee.map(|e| e.0),
                    false,
                ));
            }
            Action::Open if f.focused() == AccountField::Role => f.toggle_role(),
            Action::Open => f.focus_by(1),
            Action::Text(key) => f.type_key(key),
            Action::Save => match f.validate() {
                Some(cmd) => effects.push(Effect::Run(Command::Accounts(cmd))),
                None => invalid = true,
            },
            _ => {}
        },
        AP::Password(f) => match action {
            Action::FocusNext => f.focus_by(1),
            Action::FocusPrev => f.focus_by(-1),
            Action::Open if f.focus == 0 => f.focus_by(1),
            Action::Open | Action::Save => match f.validate() {
                Some(cmd) => effects.push(Effect::Run(Command::Accounts(cmd))),
                None => invalid = true,
            },
            Action::Text(key) => f.type_key(key),
            _ => {}
        },
        AP::Acting(f) => match action {
            Action::FocusNext => f.focus_by(1),
            Action::FocusPrev => f.focus_by(-1),
            Action::Open if matches!(f.focused(), ActingField::Acting | ActingField::For) => {
                let (title, target, current) = if f.focused() == ActingField::Acting {
                    (T::PickActingPerson, PickTarget::ActingPerson, f.acting)
                } else {
                    (T::PickActingFor, PickTarget::ActingFor, f.for_supervisor)
                };
                picker = Some(Picker::new(
                    title,
                    target,
                    people(reg, &HashSet::new()),
                    current.map(|e| e.0),
                    false,
                ));
            }
            Action::Open => f.focus_by(1),
            Action::ChoicePrev | Action::ChoiceNext => {
                let code = if action == Action::ChoiceNext {
                    crate::app::kit::key::KeyCode::Right
                } else {
                    crate::app::kit::key::KeyCode::Left
                };
                f.type_key(crate::app::kit::key::Key::plain(code));
            }
            Action::Text(key) => f.type_key(key),
            Action::Save => match f.validate() {
                Some((acting, reason)) => {
                    effects.push(Effect::Run(Command::SaveActing { acting, reason }))
                }
                None => invalid = true,
            },
            _ => {}
        },
        AP::End(f) => match action {
            Action::FocusNext | Action::Open => f.focus_by(1),
            Action::FocusPrev => f.focus_by(-1),
            Action::ChoicePrev | Action::ChoiceNext => {
                let code = if action == Action::ChoiceNext {
                    crate::app::kit::key::KeyCode::Right
                } else {
                    crate::app::kit::key::KeyCode::Left
                };
                f.type_key(crate::app::kit::key::Key::plain(code));
            }
            Action::Text(key) => f.type_key(key),
            // Ending early asks first.
            Action::Save => match f.validate() {
                Some((acting, reason)) => {
                    confirm = Some(Confirm {
                        question: T::ConfirmEndActing,
                        subject: Some(crate::app::kit::input::format_date(Some(acting.to))),
                        on_yes: OnYes::Run(Box::new(Command::SaveActing { acting, reason })),
                    })
                }
                None => invalid = true,
            },
            _ => {}
        },
    }
    if invalid {
        state.error(Notice::FormHasErrors(None));
    } else if state.status.as_ref().is_some_and(|s| s.error) && !state.top_form_has_errors() {
        state.status = None;
    }
    if let Some(c) = confirm {
        state.popups.push(Popup::Confirm(c));
    }
    if let Some(p) = picker {
        let mut p = p.map_target(ShellTarget::Admin);
        p.set_viewport(state.picker_rows);
        state.popups.push(Popup::Picker(Box::new(p)));
    }
    effects
}

/// A picker of an admin form closed with `item`.
pub fn picked(popup: &mut AP, target: PickTarget, item: Option<u64>) {
    let who = item.map(EmployeeId);
    match (popup, target) {
        (AP::Account(f), PickTarget::AccountEmployee) => {
            f.set_employee(who);
            f.focus_by(1);
        }
        (AP::Acting(f), PickTarget::ActingPerson) => {
            f.set_person(ActingField::Acting, who);
            f.focus_by(1);
        }
        (AP::Acting(f), PickTarget::ActingFor) => {
            f.set_person(ActingField::For, who);
            f.focus_by(1);
        }
        _ => {}
    }
}

/// Whether the admin screen is open (its lists are read again after every change).
pub fn is_open(state: &AppState) -> bool {
    view(state).is_some()
}

/// An account command went through: its form closes, the lists are read again.
pub fn saved(state: &mut AppState, done: Done) -> Vec<Effect> {
    if matches!(state.popups.last(), Some(Popup::Admin(p)) if p.closes_on_saved()) {
        state.popups.pop();
    }
    state.info(Notice::Account(done));
    vec![Effect::LoadAdmin]
}

/// An account command was refused: the form says it at its field (typed values stay), the
/// status line in words (a disable refused from the list has only the status line).
pub fn refused(state: &mut AppState, r: Refusal) -> Vec<Effect> {
    match state.popups.last_mut() {
        Some(Popup::Admin(AP::Account(f))) => f.refused(r.clone()),
        Some(Popup::Admin(AP::Password(f))) => f.refused(r.clone()),
        Some(Popup::Admin(AP::KeyAdd(f))) => f.refused(r.clone()),
        _ => {}
    }
    state.error(Notice::AccountRefused(r));
    Vec::new()
}

/// An acting assignment refused while an admin form is on top: each reason at its field.
pub fn acting_refused(state: &mut AppState, errors: &[ActingError]) {
    match state.popups.last_mut() {
        Some(Popup::Admin(AP::Acting(f))) => f.refused(errors),
        Some(Popup::Admin(AP::End(f))) => f.refused(errors),
        _ => {}
    }
}

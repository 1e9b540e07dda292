//! The one update path: `update(state, register, msg)` changes state and returns effects for
//! the runtime to carry out (a command against the store). It never touches the store itself.

use super::action::Action;
use super::commands::{Command, CommandError, Outcome};
use super::deactivate_form::{DeactivateField, DeactivateForm};
use super::employee_form::{EmployeeForm, FieldId, FormError, Shape};
use super::employee_list::{Pane, Row};
use super::keymap::Context;
use super::picker::{PickItem, PickTarget, Picked, Picker};
use super::register::Register;
use super::state::{detail_people, AppState, Confirm, OnYes, Popup, Screen};
use super::unit_form::{UnitField, UnitForm};
use crate::domain::{Directory, EmployeeId, Grade, InactiveReason, PositionKind, UnitId};
use crate::i18n::messages as msg;
use crate::i18n::ui::{t, T};

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
    GateDone(Result<super::auth::Session, super::signin::GateError>),
    /// The audit trail, read for the audit screen.
    AuditLoaded(Result<Vec<crate::domain::AuditEntry>, crate::store::StoreError>),
    /// The result of an admin's password reset: the account's user name.
    ResetDone(Result<String, super::signin::GateError>),
}

#[derive(Debug, PartialEq)]
pub enum Effect {
    Run(Command),
    Gate(super::gate::GateRequest),
    SignOut,
    LoadAudit,
    ResetPassword { employee: EmployeeId, new: String },
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
        Msg::GateDone(result) => {
            super::gate::done(state, reg, result);
            Vec::new()
        }
        Msg::AuditLoaded(Ok(trail)) => {
            let viewer = state.session.as_ref().map(|s| s.viewer.clone());
            let user = state.session.as_ref().map(|s| s.account.username.clone());
            state
                .audit
                .load(reg, trail, viewer.as_ref(), user.as_deref(), state.today);
            Vec::new()
        }
        Msg::ResetDone(Ok(user)) => {
            if matches!(state.popups.last(), Some(Popup::ResetPassword(_))) {
                state.popups.pop();
            }
            state.info(msg::password_reset(state.lang, &user));
            Vec::new()
        }
        Msg::ResetDone(Err(e)) => {
            if let Some(Popup::ResetPassword(f)) = state.popups.last_mut() {
                f.error = Some(e);
            }
            Vec::new()
        }
        Msg::AuditLoaded(Err(e)) => {
            state.error(crate::i18n::store::error(state.lang, &e));
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
        Context::Gate => super::gate::on_gate(state, action),
        Context::AuditFilter => {
            match action {
                Action::Text(key)
                    if super::employee_form::edit_input(&mut state.audit.filter, key) =>
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
                    if super::employee_form::edit_input(&mut state.list.filter, key) =>
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
            question: t(state.lang, T::ConfirmQuitDirty).to_string(),
            on_yes: OnYes::Quit,
        }));
    } else {
        state.quit = true;
    }
}

fn on_screen(state: &mut AppState, reg: &Register, action: Action) -> Vec<Effect> {
    let page = state.list.viewport.max(1) as isize;
    let detail = state.list.pane == Some(Pane::Detail);
    match action {
        Action::Quit => quit(state),
        Action::ToggleHelp => state.popups.push(Popup::Help),
        Action::ChangePassword if state.session.is_some() => {
            state.gate = Some(super::signin::SignInForm::new(
                super::signin::GateMode::ChangePassword { forced: false },
            ));
        }
        Action::SignOut if state.session.is_some() => {
            super::gate::sign_out(state, reg);
            return vec![Effect::SignOut];
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
        }
        _ if state.screen != Screen::Employees => {}
        Action::Up if detail => {
            state.list.detail_selected = state.list.detail_selected.saturating_sub(1)
        }
        Action::Down if detail => {
            let n = state
                .list
                .selected_employee(reg)
                .map_or(0, |id| detail_people(reg, &state.list, id).len());
            state.list.detail_selected = (state.list.detail_selected + 1).min(n.saturating_sub(1));
        }
        Action::Open if detail => {
            let target = state.list.selected_employee(reg).and_then(|id| {
                detail_people(reg, &state.list, id)
                    .get(state.list.detail_selected)
                    .copied()
            });
            if let Some(target) = target {
                state.list.select_employee(reg, target);
                state.list.pane = Some(Pane::List);
                state.list.detail_selected = 0;
            }
        }
        Action::Back if detail => state.list.pane = Some(Pane::List),
        Action::Up => state.list.move_by(-1),
        Action::Down => state.list.move_by(1),
        Action::PageUp => state.list.move_by(-page),
        Action::PageDown => state.list.move_by(page),
        Action::Top => state.list.top(),
        Action::Bottom => state.list.bottom(),
        Action::Open | Action::FocusNext | Action::FocusPrev
            if state.list.selected_employee(reg).is_some() =>
        {
            state.list.pane = Some(Pane::Detail);
            state.list.detail_selected = 0;
        }
        Action::Filter => state.list.filtering = true,
        Action::SortNext => state.list.sort_next(reg),
        Action::SortReverse => state.list.sort_reverse(reg),
        Action::ToggleTree => state.list.toggle_tree(reg),
        Action::Back if !state.list.query().is_empty() => {
            state.list.filter = tui_input::Input::default();
            state.list.refilter(reg);
        }
        // The register is HR's: a supervisor gets told so instead of a form they cannot save.
        Action::New
        | Action::NewUnit
        | Action::Deactivate
        | Action::Reactivate
        | Action::ResetPassword
            if !state.can_manage_register() =>
        {
            state.error(t(state.lang, T::NotAdmin));
        }
        Action::Edit
            if !state.can_manage_register()
                && matches!(state.list.selected_row(), Some(Row::Unit { .. })) =>
        {
            state.error(t(state.lang, T::NotAdmin));
        }
        Action::New => {
            let (unit, sup) = match state.list.selected_row() {
                Some(Row::Unit { id, .. }) => (Some(id), reg.unit(id).and_then(|u| u.head)),
                _ => match state
                    .list
                    .selected_employee(reg)
                    .and_then(|id| reg.employee(id))
                {
                    Some(e) => (Some(e.unit), e.supervisor),
                    None => (None, None),
                },
            };
            // With a single unit there is nothing to choose.
            let unit = unit.or_else(|| match reg.units() {
                [only] if only.active => Some(only.id),
                _ => None,
            });
            state
                .popups
                .push(Popup::EmployeeForm(Box::new(EmployeeForm::new(unit, sup))));
        }
        Action::ResetPassword => match state.list.selected_employee(reg) {
            Some(id) => state.popups.push(Popup::ResetPassword(Box::new(
                super::reset_form::ResetForm::new(id),
            ))),
            None => state.error(t(state.lang, T::NothingSelected)),
        },
        Action::NewUnit => {
            let parent = match state.list.selected_row() {
                Some(Row::Unit { id, .. }) => Some(id),
                _ => state
                    .list
                    .selected_employee(reg)
                    .and_then(|id| reg.employee(id))
                    .map(|e| e.unit),
            };
            state
                .popups
                .push(Popup::UnitForm(Box::new(UnitForm::new(parent))));
        }
        Action::Edit if matches!(state.list.selected_row(), Some(Row::Unit { .. })) => {
            if let Some(u) = match state.list.selected_row() {
                Some(Row::Unit { id, .. }) => reg.unit(id),
                _ => None,
            } {
                state
                    .popups
                    .push(Popup::UnitForm(Box::new(UnitForm::edit(u))));
            }
        }
        Action::Edit => match state
            .list
            .selected_employee(reg)
            .and_then(|id| reg.employee(id))
        {
            Some(e) if state.can_manage_register() => state
                .popups
                .push(Popup::EmployeeForm(Box::new(EmployeeForm::edit(e)))),
            Some(e) if state.may_change(reg, e.id) => {
                let mut form = EmployeeForm::edit(e);
                form.restricted = true;
                form.focus_field(FieldId::FrontTitle);
                state.popups.push(Popup::EmployeeForm(Box::new(form)));
            }
            Some(_) => state.error(t(state.lang, T::NotYourReport)),
            None => state.error(t(state.lang, T::NothingSelected)),
        },
        Action::Deactivate => match state
            .list
            .selected_employee(reg)
            .and_then(|id| reg.employee(id))
        {
            Some(e) if !e.is_active() => state.error(t(state.lang, T::AlreadyInactive)),
            Some(e) => {
                let subs = reg.active_subordinates(e.id).len();
                state
                    .popups
                    .push(Popup::Deactivate(Box::new(DeactivateForm::new(
                        e.id,
                        subs,
                        state.today,
                    ))));
            }
            None => state.error(t(state.lang, T::NothingSelected)),
        },
        Action::Reactivate => match state
            .list
            .selected_employee(reg)
            .and_then(|id| reg.employee(id))
        {
            Some(e) if e.is_active() => state.error(t(state.lang, T::AlreadyActive)),
            Some(e) => state.popups.push(Popup::Confirm(Confirm {
                question: format!("{} {}", t(state.lang, T::ConfirmReactivate), e.full_name()),
                on_yes: OnYes::Reactivate(e.id),
            })),
            None => state.error(t(state.lang, T::NothingSelected)),
        },
        _ => {}
    }
    Vec::new()
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

fn on_form(state: &mut AppState, reg: &Register, action: Action) -> Vec<Effect> {
    let lang = state.lang;
    match action {
        Action::Quit => {
            quit(state);
            return Vec::new();
        }
        Action::ToggleHelp => {
            state.popups.push(Popup::Help);
            return Vec::new();
        }
        Action::Back => {
            let dirty = match state.popups.last() {
                Some(Popup::EmployeeForm(f)) => f.is_dirty(),
                Some(Popup::Deactivate(f)) => f.is_dirty(),
                Some(Popup::UnitForm(f)) => f.is_dirty(),
                _ => false,
            };
            if dirty {
                state.popups.push(Popup::Confirm(Confirm {
                    question: t(lang, T::ConfirmDiscard).to_string(),
                    on_yes: OnYes::Discard,
                }));
            } else {
                state.popups.pop();
                state.status = None;
            }
            return Vec::new();
        }
        _ => {}
    }
    let mut picker = None;
    let mut effects = Vec::new();
    let mut form_error = false;
    match state.popups.last_mut() {
        Some(Popup::EmployeeForm(form)) => match action {
            Action::FocusNext => form.focus_next(),
            Action::FocusPrev => form.focus_prev(),
            Action::ChoicePrev => form.cycle(-1),
            Action::ChoiceNext => form.cycle(1),
            Action::Text(key) => {
                form.type_key(key);
            }
            Action::Open => match form.focused().shape() {
                _ if form.is_locked(form.focused()) => form.focus_next(),
                Shape::Text => form.focus_next(),
                _ => picker = Some(form_picker(reg, form)),
            },
            Action::Save => match form.to_employee(reg) {
                Some(e) => effects.push(Effect::Run(Command::SaveEmployee(e))),
                None => form_error = true,
            },
            _ => {}
        },
        Some(Popup::ResetPassword(form)) => match action {
            Action::FocusNext | Action::FocusPrev => form.toggle_focus(),
            Action::Text(key) => form.type_key(key),
            Action::Open if form.focus == 0 => form.toggle_focus(),
            Action::Open | Action::Save => {
                if let Some(new) = form.validate() {
                    effects.push(Effect::ResetPassword {
                        employee: form.employee,
                        new,
                    });
                }
            }
            _ => {}
        },
        Some(Popup::UnitForm(form)) => match action {
            Action::FocusNext | Action::ChoiceNext => form.focus_next(),
            Action::FocusPrev | Action::ChoicePrev => form.focus_prev(),
            Action::Text(key) => form.type_key(key),
            Action::Open => match form.focused() {
                UnitField::Name => form.focus_next(),
                UnitField::Parent => {
                    let items = reg
                        .units()
                        .iter()
                        .filter(|u| u.active && Some(u.id) != form.editing)
                        .map(|u| PickItem::new(u.id.0, u.name.clone(), reg.unit_path(u.id), ""))
                        .collect();
                    picker = Some(Picker::new(
                        T::PickParentUnit,
                        PickTarget::UnitParent,
                        items,
                        form.parent.map(|u| u.0),
                        true,
                    ));
                }
                UnitField::Head => {
                    picker = Some(Picker::new(
                        T::PickHead,
                        PickTarget::UnitHead,
                        employee_items(reg, None),
                        form.head.map(|h| h.0),
                        true,
                    ));
                }
            },
            Action::Save => match form.to_unit() {
                Some(u) => effects.push(Effect::Run(Command::SaveUnit(u))),
                None => form_error = true,
            },
            _ => {}
        },
        Some(Popup::Deactivate(form)) => match action {
            Action::FocusNext => form.focus_next(),
            Action::FocusPrev => form.focus_prev(),
            Action::ChoicePrev => form.cycle(-1),
            Action::ChoiceNext => form.cycle(1),
            Action::Text(key) => form.type_key(key),
            Action::Open => match form.focused() {
                DeactivateField::Reason => {
                    let items = InactiveReason::ALL
                        .iter()
                        .enumerate()
                        .map(|(i, r)| {
                            PickItem::new(
                                i as u64,
                                reason_label(lang, *r).to_string(),
                                String::new(),
                                r.code(),
                            )
                        })
                        .collect();
                    let cur = InactiveReason::ALL.iter().position(|r| *r == form.reason);
                    picker = Some(Picker::new(
                        T::PickReason,
                        PickTarget::DeactivateReason,
                        items,
                        cur.map(|c| c as u64),
                        false,
                    ));
                }
                DeactivateField::ReassignTo => {
                    picker = Some(Picker::new(
                        T::PickReassign,
                        PickTarget::DeactivateReassign,
                        employee_items(reg, Some(form.employee)),
                        form.reassign_to.map(|id| id.0),
                        false,
                    ));
                }
                _ => form.focus_next(),
            },
            Action::Save => match form.validate() {
                Some(since) => effects.push(Effect::Run(Command::DeactivateEmployee {
                    id: form.employee,
                    reason: form.reason,
                    since,
                    note: form.note.value().trim().to_string(),
                    reassign_to: form.reassign_to,
                })),
                None => form_error = true,
            },
            _ => {}
        },
        _ => {}
    }
    if form_error {
        state.error(t(lang, T::FormHasErrors));
    } else if state.status.as_ref().is_some_and(|s| s.error) && !top_form_has_errors(state) {
        state.status = None;
    }
    if let Some(mut p) = picker {
        p.set_viewport(state.picker_rows);
        state.popups.push(Popup::Picker(Box::new(p)));
    }
    effects
}

fn top_form_has_errors(state: &AppState) -> bool {
    match state.popups.last() {
        Some(Popup::EmployeeForm(f)) => !f.errors.is_empty(),
        Some(Popup::Deactivate(f)) => !f.errors.is_empty(),
        Some(Popup::UnitForm(f)) => !f.errors.is_empty(),
        _ => false,
    }
}

pub fn reason_label(lang: crate::i18n::Lang, r: InactiveReason) -> &'static str {
    crate::i18n::ui::reason(lang, r)
}

/// Active employees as picker items. With `below_of`, that person and everyone under them
/// are left out: choosing one of them as a supervisor would close a loop.
fn employee_items(reg: &Register, below_of: Option<EmployeeId>) -> Vec<PickItem> {
    let excluded = below_of.map(|id| reg.subtree(id)).unwrap_or_default();
    reg.employees()
        .iter()
        .filter(|e| e.is_active() && !excluded.contains(&e.id))
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

fn form_picker(reg: &Register, form: &EmployeeForm) -> Picker {
    match form.focused() {
        FieldId::Unit => {
            let items = reg
                .units()
                .iter()
                .filter(|u| u.active)
                .map(|u| PickItem::new(u.id.0, u.name.clone(), reg.unit_path(u.id), ""))
                .collect();
            Picker::new(
                T::PickUnit,
                PickTarget::FormUnit,
                items,
                form.unit.map(|u| u.0),
                false,
            )
        }
        FieldId::Supervisor => Picker::new(
            T::PickSupervisor,
            PickTarget::FormSupervisor,
            employee_items(reg, form.editing),
            form.supervisor.map(|s| s.0),
            true,
        ),
        FieldId::Grade | FieldId::Kind => {
            let all = Grade::all(form.kind);
            let items = all
                .iter()
                .enumerate()
                .map(|(i, g)| PickItem::new(i as u64, g.label(), String::new(), ""))
                .collect();
            let cur = all.iter().position(|g| *g == form.grade).map(|i| i as u64);
            Picker::new(T::PickGrade, PickTarget::FormGrade, items, cur, false)
        }
        _ => {
            let all = PositionKind::all();
            let items = all
                .iter()
                .enumerate()
                .map(|(i, k)| PickItem::new(i as u64, k.label(), String::new(), ""))
                .collect();
            let cur = all
                .iter()
                .position(|k| *k == form.position_kind)
                .map(|i| i as u64);
            Picker::new(
                T::PickPositionKind,
                PickTarget::FormPositionKind,
                items,
                cur,
                false,
            )
        }
    }
}

fn on_picker(state: &mut AppState, action: Action) {
    let Some(Popup::Picker(p)) = state.popups.last_mut() else {
        return;
    };
    let page = p.scroll.viewport.max(1) as isize;
    let picked = match action {
        Action::Text(key) => {
            p.type_key(key);
            None
        }
        Action::Up => {
            p.move_by(-1);
            None
        }
        Action::Down => {
            p.move_by(1);
            None
        }
        Action::PageUp => {
            p.move_by(-page);
            None
        }
        Action::PageDown => {
            p.move_by(page);
            None
        }
        Action::Open => p.current().map(|i| Picked::Item(i.id)),
        Action::Clear if p.allow_none => Some(Picked::Nothing),
        Action::Back => {
            state.popups.pop();
            return;
        }
        Action::ToggleHelp => {
            state.popups.push(Popup::Help);
            return;
        }
        _ => None,
    };
    let Some(picked) = picked else { return };
    let target = p.target;
    state.popups.pop();
    let item = match picked {
        Picked::Item(id) => Some(id),
        Picked::Nothing => None,
    };
    match state.popups.last_mut() {
        Some(Popup::EmployeeForm(form)) => {
            match target {
                PickTarget::FormUnit => form.set_unit(item.map(UnitId)),
                PickTarget::FormSupervisor => form.set_supervisor(item.map(EmployeeId)),
                PickTarget::FormGrade => {
                    if let Some(g) =
                        item.and_then(|i| Grade::all(form.kind).get(i as usize).copied())
                    {
                        form.set_grade(g);
                    }
                }
                PickTarget::FormPositionKind => {
                    if let Some(k) = item.and_then(|i| PositionKind::all().get(i as usize).copied())
                    {
                        form.set_position_kind(k);
                    }
                }
                _ => {}
            }
            form.advance();
        }
        Some(Popup::UnitForm(form)) => {
            match target {
                PickTarget::UnitParent => form.set_parent(item.map(UnitId)),
                PickTarget::UnitHead => form.set_head(item.map(EmployeeId)),
                _ => {}
            }
            form.advance();
        }
        Some(Popup::Deactivate(form)) => {
            match target {
                PickTarget::DeactivateReason => {
                    if let Some(r) = item.and_then(|i| InactiveReason::ALL.get(i as usize).copied())
                    {
                        form.reason = r;
                    }
                }
                PickTarget::DeactivateReassign => {
                    form.reassign_to = item.map(EmployeeId);
                    form.errors
                        .retain(|(f, _)| *f != DeactivateField::ReassignTo);
                }
                _ => {}
            }
            form.advance();
        }
        _ => {}
    }
    if state.status.as_ref().is_some_and(|s| s.error) && !top_form_has_errors(state) {
        state.status = None;
    }
}

fn done(state: &mut AppState, reg: &Register, result: Result<Outcome, CommandError>) {
    let lang = state.lang;
    let name = |id: EmployeeId| reg.employee(id).map(|e| e.full_name()).unwrap_or_default();
    match result {
        Ok(outcome) => {
            // A save closes the form it came from; the register has the new values already.
            if matches!(
                state.popups.last(),
                Some(Popup::EmployeeForm(_) | Popup::Deactivate(_) | Popup::UnitForm(_))
            ) {
                state.popups.pop();
            }
            state.list.rebuild(reg);
            let text = match outcome {
                Outcome::EmployeeSaved { id, created } => {
                    state.list.select_employee(reg, id);
                    msg::saved(lang, &name(id), created)
                }
                Outcome::EmployeeDeactivated { id, moved } => {
                    state.list.select_employee(reg, id);
                    msg::deactivated(lang, &name(id), moved)
                }
                Outcome::EmployeeReactivated(id) => {
                    state.list.select_employee(reg, id);
                    msg::reactivated(lang, &name(id))
                }
                Outcome::UnitSaved { id, .. } => msg::unit_saved(lang, reg.unit_name(id)),
                Outcome::BatchApplied { units, employees } => {
                    msg::batch_applied(lang, units, employees)
                }
                // Not sent by the app (kinerja plt add): said in the command line's words.
                Outcome::ActingSaved { id, created } => {
                    crate::i18n::cli::acting_saved_short(lang, id, created)
                }
            };
            state.info(text);
        }
        Err(CommandError::Invalid { errors, .. }) => {
            let first = errors
                .first()
                .map(|fe| msg::rule_error(lang, &fe.error, reg))
                .unwrap_or_default();
            match state.popups.last_mut() {
                Some(Popup::EmployeeForm(form)) => {
                    form.set_rule_errors(errors);
                    if let Some((f, _)) = form.errors.first().cloned() {
                        form.focus_field(f);
                    }
                }
                // A refused deactivation is about where the reports go.
                Some(Popup::Deactivate(form)) => {
                    if let Some(fe) = errors.into_iter().next() {
                        form.errors =
                            vec![(DeactivateField::ReassignTo, FormError::Rule(fe.error))];
                    }
                }
                _ => {}
            }
            state.error(format!("{} {first}", t(lang, T::FormHasErrors)));
        }
        Err(CommandError::InvalidUnit(errors)) => {
            let first = errors
                .first()
                .map(|e| msg::rule_error(lang, e, reg))
                .unwrap_or_default();
            if let Some(Popup::UnitForm(form)) = state.popups.last_mut() {
                form.set_rule_errors(&errors);
            }
            state.error(format!("{} {first}", t(lang, T::FormHasErrors)));
        }
        Err(CommandError::InvalidActing(errors)) => {
            state.error(crate::i18n::cli::acting_errors(lang, &errors))
        }
        Err(CommandError::NotFound) => state.error(msg::not_found(lang)),
        Err(CommandError::Forbidden) => state.error(msg::forbidden(lang)),
        Err(CommandError::Store(e)) => state.error(crate::i18n::store::error(lang, &e)),
    }
}

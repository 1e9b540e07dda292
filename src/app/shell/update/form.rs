//! Keys in the forms (employee, unit, deactivation, password reset) and the pickers they open.

use super::*;

pub(super) fn on_form(state: &mut AppState, reg: &Register, action: Action) -> Vec<Effect> {
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
                    question: T::ConfirmDiscard,
                    subject: None,
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
                // Two choices only: Enter flips them, like ← and →.
                _ if form.focused() == FieldId::Kind => form.cycle(1),
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
                        new: crate::app::signin::Secret(new),
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
                                state.terms.reason(lang, *r).to_string(),
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
        state.error(Notice::FormHasErrors(None));
    } else if state.status.as_ref().is_some_and(|s| s.error) && !top_form_has_errors(state) {
        state.status = None;
    }
    if let Some(mut p) = picker {
        p.set_viewport(state.picker_rows);
        state.popups.push(Popup::Picker(Box::new(p)));
    }
    effects
}

/// Active employees as picker items. With `below_of`, that person and everyone under them
/// are left out: choosing one of them as a supervisor would close a loop.
pub(super) fn employee_items(reg: &Register, below_of: Option<EmployeeId>) -> Vec<PickItem> {
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

pub(super) fn form_picker(reg: &Register, form: &EmployeeForm) -> Picker {
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

//! Keys in a picker, and where the chosen value goes.

use super::*;

pub(super) fn on_picker(state: &mut AppState, action: Action) {
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

//! Keys on the employees list, the detail pane and the other screens.

use super::*;

pub(super) fn on_screen(state: &mut AppState, reg: &Register, action: Action) -> Vec<Effect> {
    let page = state.list.viewport.max(1) as isize;
    let detail = state.list.pane == Some(Pane::Detail);
    match action {
        Action::Quit => quit(state),
        Action::ToggleHelp => state.popups.push(Popup::Help),
        Action::ChangePassword if state.session.is_some() => {
            state.gate = Some(crate::app::signin::SignInForm::new(
                crate::app::signin::GateMode::ChangePassword { forced: false },
            ));
        }
        Action::SignOut if state.session.is_some() => {
            crate::app::gate::sign_out(state, reg);
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
            state.error(Notice::Text(T::NotAdmin));
        }
        Action::Edit
            if !state.can_manage_register()
                && matches!(state.list.selected_row(), Some(Row::Unit { .. })) =>
        {
            state.error(Notice::Text(T::NotAdmin));
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
            // Say it before any typing: this person has no account to reset.
            Some(id)
                if state
                    .accounts
                    .as_ref()
                    .is_some_and(|a| !a.contains_key(&id)) =>
            {
                state.error(Notice::Text(T::NoAccountYet))
            }
            Some(id) => state.popups.push(Popup::ResetPassword(Box::new(
                crate::app::reset_form::ResetForm::new(id),
            ))),
            None => state.error(Notice::Text(T::NothingSelected)),
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
                form.focus_field(FieldId::Phone);
                state.popups.push(Popup::EmployeeForm(Box::new(form)));
            }
            Some(_) => state.error(Notice::Text(T::NotYourReport)),
            None => state.error(Notice::Text(T::NothingSelected)),
        },
        Action::Deactivate => match state
            .list
            .selected_employee(reg)
            .and_then(|id| reg.employee(id))
        {
            Some(e) if !e.is_active() => state.error(Notice::Text(T::AlreadyInactive)),
            // Locking oneself out of the register by mistake is not a one-key action.
            Some(e)
                if state
                    .session
                    .as_ref()
                    .is_some_and(|s| s.viewer.employee == Some(e.id)) =>
            {
                state.error(Notice::Text(T::CannotDeactivateSelf))
            }
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
            None => state.error(Notice::Text(T::NothingSelected)),
        },
        Action::Reactivate => match state
            .list
            .selected_employee(reg)
            .and_then(|id| reg.employee(id))
        {
            Some(e) if e.is_active() => state.error(Notice::Text(T::AlreadyActive)),
            Some(e) => state.popups.push(Popup::Confirm(Confirm {
                question: T::ConfirmReactivate,
                subject: Some(e.full_name()),
                on_yes: OnYes::Reactivate(e.id),
            })),
            None => state.error(Notice::Text(T::NothingSelected)),
        },
        _ => {}
    }
    Vec::new()
}

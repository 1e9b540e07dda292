//! The employees screen in the update path: its keys, its forms and pickers, and what the
//! register's command results do to it. The shell hands over what belongs here.

use super::deactivate_form::{DeactivateField, DeactivateForm};
use super::form::{EmployeeForm, FieldId, FormError, Shape};
use super::list::{Pane, Row};
use super::reset_form::ResetForm;
use super::unit_form::{UnitField, UnitForm};
use super::{detail_people, Action as E, Context, PickTarget, Popup as EP};
use crate::app::gate::form::Secret;
use crate::app::keymap::action::Action;
use crate::app::kit::lang::Lang;
use crate::app::kit::notice::Notice;
use crate::app::kit::picker::{PickItem, Picker};
use crate::app::kit::terms::Terms;
use crate::app::kit::text::T;
use crate::app::services::commands::{Command, CommandError, Outcome};
use crate::app::services::register::Register;
use crate::app::shell::state::{AppState, Confirm, OnYes, Popup};
use crate::app::shell::update::{Effect, FormStep};
use crate::domain::{Directory, EmployeeId, Grade, InactiveReason, PositionKind, UnitId};

/// Keys on the list, the detail pane and the filter line; `None` leaves the key to the shell
/// (quit, help, screens, sign-out).
pub fn on_key(
    state: &mut AppState,
    reg: &Register,
    ctx: Context,
    action: Action,
) -> Option<Vec<Effect>> {
    if ctx == Context::Filter {
        match action {
            Action::Text(key)
                if crate::app::kit::input::edit_input(&mut state.list.filter, key) =>
            {
                state.list.refilter(reg);
            }
            Action::Open => state.list.filtering = false,
            Action::Back => {
                state.list.filter = tui_input::Input::default();
                state.list.filtering = false;
                state.list.refilter(reg);
            }
            Action::Quit => return None,
            _ => {}
        }
        return Some(Vec::new());
    }
    let page = state.list.viewport.max(1) as isize;
    let detail = ctx == Context::Detail;
    match action {
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
        Action::Employees(E::SortNext) => state.list.sort_next(reg),
        Action::Employees(E::SortReverse) => state.list.sort_reverse(reg),
        Action::Employees(E::ToggleTree) => state.list.toggle_tree(reg),
        Action::Employees(E::FoldUnit) if state.list.tree => {
            state.list.fold_unit(reg, Some(true));
        }
        Action::Employees(E::UnfoldUnit) if state.list.tree => {
            state.list.fold_unit(reg, Some(false));
        }
        // Enter on a unit line folds it too (it has no detail to open).
        Action::Employees(E::ToggleUnit) | Action::Open
            if state.list.tree && matches!(state.list.selected_row(), Some(Row::Unit { .. })) =>
        {
            state.list.fold_unit(reg, None);
        }
        Action::Employees(E::FoldUnit | E::UnfoldUnit | E::ToggleUnit) => {}
        Action::Employees(E::Admin) => return Some(crate::app::admin::update::open(state)),
        Action::Back if !state.list.query().is_empty() => {
            state.list.filter = tui_input::Input::default();
            state.list.refilter(reg);
        }
        // The register is HR's: a supervisor gets told so instead of a form they cannot save.
        Action::Employees(E::New)
        | Action::Employees(E::NewUnit)
        | Action::Employees(E::Deactivate)
        | Action::Employees(E::Reactivate)
        | Action::Employees(E::ResetPassword)
            if !state.can_manage_register() =>
        {
            state.error(Notice::Text(T::NotAdmin));
        }
        Action::Employees(E::Edit)
            if !state.can_manage_register()
                && matches!(state.list.selected_row(), Some(Row::Unit { .. })) =>
        {
            state.error(Notice::Text(T::NotAdmin));
        }
        Action::Employees(E::New) => {
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
                .push(Popup::Employees(EP::Employee(Box::new(EmployeeForm::new(
                    unit, sup,
                )))));
        }
        Action::Employees(E::ResetPassword) => match state.list.selected_employee(reg) {
            // Say it before any typing: this person has no account to reset.
            Some(id)
                if state
                    .accounts
                    .as_ref()
                    .is_some_and(|a| !a.contains_key(&id)) =>
            {
                state.error(Notice::Text(T::NoAccountYet))
            }
            Some(id) => state
                .popups
                .push(Popup::Employees(EP::ResetPassword(Box::new(
                    ResetForm::new(id),
                )))),
            None => state.error(Notice::Text(T::NothingSelected)),
        },
        Action::Employees(E::NewUnit) => {
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
                .push(Popup::Employees(EP::Unit(Box::new(UnitForm::new(parent)))));
        }
        Action::Employees(E::Edit)
            if matches!(state.list.selected_row(), Some(Row::Unit { .. })) =>
        {
            if let Some(u) = match state.list.selected_row() {
                Some(Row::Unit { id, .. }) => reg.unit(id),
                _ => None,
            } {
                state
                    .popups
                    .push(Popup::Employees(EP::Unit(Box::new(UnitForm::edit(u)))));
            }
        }
        Action::Employees(E::Edit) => match state
            .list
            .selected_employee(reg)
            .and_then(|id| reg.employee(id))
        {
            Some(e) if state.can_manage_register() => state.popups.push(Popup::Employees(
                EP::Employee(Box::new(EmployeeForm::edit(e))),
            )),
            Some(e) if state.may_change(reg, e.id) => {
                let mut form = EmployeeForm::edit(e);
                form.restricted = true;
                form.focus_field(FieldId::Phone);
                state
                    .popups
                    .push(Popup::Employees(EP::Employee(Box::new(form))));
            }
            Some(_) => state.error(Notice::Text(T::NotYourReport)),
            None => state.error(Notice::Text(T::NothingSelected)),
        },
        Action::Employees(E::Deactivate) => match state
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
                let mut form = DeactivateForm::new(e.id, subs, state.today);
                form.headed_units = reg
                    .units()
                    .iter()
                    .filter(|u| u.head == Some(e.id))
                    .map(|u| u.name.clone())
                    .collect();
                state
                    .popups
                    .push(Popup::Employees(EP::Deactivate(Box::new(form))));
            }
            None => state.error(Notice::Text(T::NothingSelected)),
        },
        Action::Employees(E::Reactivate) => match state
            .list
            .selected_employee(reg)
            .and_then(|id| reg.employee(id))
        {
            Some(e) if e.is_active() => state.error(Notice::Text(T::AlreadyActive)),
            Some(e) => state.popups.push(Popup::Confirm(Confirm {
                question: T::ConfirmReactivate,
                subject: Some(e.full_name()),
                on_yes: OnYes::Run(Box::new(Command::ReactivateEmployee(e.id))),
            })),
            None => state.error(Notice::Text(T::NothingSelected)),
        },
        _ => return None,
    }
    Some(Vec::new())
}

/// Keys in one of this screen's forms (Esc, quit and help are the shell's).
pub fn on_form(
    popup: &mut EP,
    reg: &Register,
    action: Action,
    lang: Lang,
    terms: &dyn Terms,
    today: chrono::NaiveDate,
) -> FormStep<PickTarget> {
    let mut step = FormStep::default();
    match popup {
        EP::Employee(form) => match action {
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
                _ => step.picker = Some(form_picker(reg, form)),
            },
            Action::Save => match form.to_employee(reg, today) {
                Some(e) => step.effects.push(Effect::Run(Command::SaveEmployee(e))),
                None => step.invalid = true,
            },
            _ => {}
        },
        EP::ResetPassword(form) => match action {
            Action::FocusNext | Action::FocusPrev => form.toggle_focus(),
            Action::Text(key) => form.type_key(key),
            Action::Open if form.focus == 0 => form.toggle_focus(),
            Action::Open | Action::Save => {
                if let Some(new) = form.validate() {
                    step.effects.push(Effect::ResetPassword {
                        employee: form.employee,
                        new: Secret(new),
                    });
                }
            }
            _ => {}
        },
        EP::Unit(form) => match action {
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
                    step.picker = Some(Picker::new(
                        T::PickParentUnit,
                        PickTarget::UnitParent,
                        items,
                        form.parent.map(|u| u.0),
                        true,
                    ));
                }
                UnitField::Head => {
                    step.picker = Some(Picker::new(
                        T::PickHead,
                        PickTarget::UnitHead,
                        employee_items(reg, None),
                        form.head.map(|h| h.0),
                        true,
                    ));
                }
            },
            Action::Save => match form.to_unit() {
                Some(u) => step.effects.push(Effect::Run(Command::SaveUnit(u))),
                None => step.invalid = true,
            },
            _ => {}
        },
        EP::Deactivate(form) => match action {
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
                                terms.reason(lang, *r).to_string(),
                                String::new(),
                                r.code(),
                            )
                        })
                        .collect();
                    let cur = InactiveReason::ALL.iter().position(|r| *r == form.reason);
                    step.picker = Some(Picker::new(
                        T::PickReason,
                        PickTarget::DeactivateReason,
                        items,
                        cur.map(|c| c as u64),
                        false,
                    ));
                }
                DeactivateField::ReassignTo => {
                    step.picker = Some(Picker::new(
                        T::PickReassign,
                        PickTarget::DeactivateReassign,
                        reassign_items(reg, form.employee),
                        form.reassign_to.map(|id| id.0),
                        false,
                    ));
                }
                _ => form.focus_next(),
            },
            Action::Save => match form.validate() {
                Some(since) => step.effects.push(Effect::Run(Command::DeactivateEmployee {
                    id: form.employee,
                    reason: form.reason,
                    since,
                    note: form.note.value().trim().to_string(),
                    reassign_to: form.reassign_to,
                })),
                None => step.invalid = true,
            },
            _ => {}
        },
    }
    step
}

/// A picker opened from one of this screen's forms closed with `item` (`None`: nobody).
pub fn picked(popup: &mut EP, target: PickTarget, item: Option<u64>) {
    match popup {
        EP::Employee(form) => {
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
        EP::Unit(form) => {
            match target {
                PickTarget::UnitParent => form.set_parent(item.map(UnitId)),
                PickTarget::UnitHead => form.set_head(item.map(EmployeeId)),
                _ => {}
            }
            form.advance();
        }
        EP::Deactivate(form) => {
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
        EP::ResetPassword(_) => {}
    }
}

/// A command of this screen went through: the list follows, the status line says what.
pub fn saved(state: &mut AppState, reg: &Register, outcome: Outcome) -> Notice {
    let name = |id: EmployeeId| reg.employee(id).map(|e| e.full_name()).unwrap_or_default();
    state.list.rebuild(reg);
    match outcome {
        // The SKP tab answers its own outcomes (`plans::update::saved`).
        Outcome::Plan(d) => Notice::Plan(crate::app::plans::command::Note::Done(d)),
        Outcome::Settings(d) => Notice::Settings(crate::app::settings::Note::Done(d)),
        Outcome::Account(d) => Notice::Account(d),
        Outcome::Review(d) => Notice::Review(crate::app::reviews::command::Note::Done(d)),
        Outcome::Feedback(d) => Notice::Feedback(crate::app::feedback::Note::Done(d)),
        Outcome::EmployeeSaved { id, created } => {
            state.list.select_employee(reg, id);
            Notice::EmployeeSaved {
                name: name(id),
                created,
            }
        }
        Outcome::EmployeeDeactivated { id, moved, units } => {
            state.list.select_employee(reg, id);
            Notice::EmployeeDeactivated {
                name: name(id),
                moved,
                units,
            }
        }
        Outcome::EmployeeReactivated(id) => {
            state.list.select_employee(reg, id);
            Notice::EmployeeReactivated { name: name(id) }
        }
        Outcome::UnitSaved { id, .. } => Notice::UnitSaved {
            name: reg.unit_name(id).to_string(),
        },
        Outcome::BatchApplied { units, employees } => Notice::BatchApplied { units, employees },
        // Not sent by the app (kinerja plt add): worded like the command line's.
        Outcome::ActingSaved { id, created } => Notice::ActingSaved { id, created },
        // Not sent by the app either (kinerja periode).
        Outcome::PeriodSaved { year, created } => Notice::PeriodSaved { year, created },
        // Not sent by this screen (kinerja import skp|realisasi).
        Outcome::PlansImported { plans } => Notice::PlansImported { plans },
        // Not sent by this screen either (kinerja import penilaian, demo).
        Outcome::ReviewsImported { years } => Notice::ReviewsImported { years },
    }
}

/// A refused command shows its broken rules at the fields of the form it came from.
pub fn refused(popup: &mut EP, error: CommandError) {
    match (popup, error) {
        (EP::Employee(form), CommandError::Invalid { errors, .. }) => {
            form.set_rule_errors(errors);
            if let Some((f, _)) = form.errors.first().cloned() {
                form.focus_field(f);
            }
        }
        // A refused deactivation is about where the reports go.
        (EP::Deactivate(form), CommandError::Invalid { errors, .. }) => {
            if let Some(fe) = errors.into_iter().next() {
                form.errors = vec![(DeactivateField::ReassignTo, FormError::Rule(fe.error))];
            }
        }
        (EP::Unit(form), CommandError::InvalidUnit(errors)) => form.set_rule_errors(&errors),
        _ => {}
    }
}

/// Active employees as picker items. With `below_of`, that person and everyone under them
/// are left out: choosing one of them as a supervisor would close a loop.
/// Who may take the reports of `head`: anyone active outside the line below them, or one of
/// the direct reports themselves (promoted: the command puts them under the head's own
/// supervisor). Deeper reports are left out: the line would become a cycle.
fn reassign_items(reg: &Register, head: EmployeeId) -> Vec<PickItem> {
    let mut items = employee_items(reg, Some(head));
    let direct: Vec<PickItem> = employee_items(reg, None)
        .into_iter()
        .filter(|i| {
            reg.employee(EmployeeId(i.id))
                .is_some_and(|e| e.supervisor == Some(head))
        })
        .collect();
    items.splice(0..0, direct);
    items
}

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

fn form_picker(reg: &Register, form: &EmployeeForm) -> Picker<PickTarget> {
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
            .when_empty(T::NoUnitsYet)
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

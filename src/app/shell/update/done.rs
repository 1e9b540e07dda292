//! What the answer of the services to a command does to the state.

use super::*;

pub(super) fn done(state: &mut AppState, reg: &Register, result: Result<Outcome, CommandError>) {
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
            let notice = match outcome {
                Outcome::EmployeeSaved { id, created } => {
                    state.list.select_employee(reg, id);
                    Notice::EmployeeSaved {
                        name: name(id),
                        created,
                    }
                }
                Outcome::EmployeeDeactivated { id, moved } => {
                    state.list.select_employee(reg, id);
                    Notice::EmployeeDeactivated {
                        name: name(id),
                        moved,
                    }
                }
                Outcome::EmployeeReactivated(id) => {
                    state.list.select_employee(reg, id);
                    Notice::EmployeeReactivated { name: name(id) }
                }
                Outcome::UnitSaved { id, .. } => Notice::UnitSaved {
                    name: reg.unit_name(id).to_string(),
                },
                Outcome::BatchApplied { units, employees } => {
                    Notice::BatchApplied { units, employees }
                }
                // Not sent by the app (kinerja plt add): worded like the command line's.
                Outcome::ActingSaved { id, created } => Notice::ActingSaved { id, created },
            };
            state.info(notice);
        }
        Err(CommandError::Invalid { errors, .. }) => {
            let first = errors.first().map(|fe| fe.error.clone());
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
            // With a form open the fields say what is wrong; without one (reactivation) the
            // rule alone says it.
            if top_form_has_errors(state) {
                state.error(Notice::FormHasErrors(first));
            } else {
                state.error(Notice::Refused(first));
            }
        }
        Err(CommandError::InvalidUnit(errors)) => {
            let first = errors.first().cloned();
            if let Some(Popup::UnitForm(form)) = state.popups.last_mut() {
                form.set_rule_errors(&errors);
            }
            state.error(Notice::FormHasErrors(first));
        }
        Err(CommandError::InvalidActing(errors)) => state.error(Notice::ActingRefused(errors)),
        Err(CommandError::NotFound) => state.error(Notice::NotFound),
        Err(CommandError::Forbidden) => state.error(Notice::Forbidden),
        Err(CommandError::Store(e)) => state.error(Notice::Store(std::sync::Arc::new(e))),
    }
}

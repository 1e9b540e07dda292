//! What the answer of the services to a command does to the state.

use super::*;

pub(super) fn done(state: &mut AppState, reg: &Register, result: Result<Outcome, CommandError>) {
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
            // With a form open the fields say what is wrong; without one (reactivation) the
            // rule alone says it.
            if top_form_has_errors(state) {
                state.error(format!("{} {first}", t(lang, T::FormHasErrors)));
            } else {
                state.error(msg::refused(lang, &first));
            }
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

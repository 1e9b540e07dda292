//! What the answer of the services to a command does to the state.

use super::*;

pub(super) fn done(
    state: &mut AppState,
    reg: &Register,
    result: Result<Outcome, CommandError>,
) -> Vec<Effect> {
    match result {
        Ok(Outcome::Plan(d)) => {
            if state.popups.last().is_some_and(Popup::closes_on_saved) {
                state.popups.pop();
            }
            return plans::update::saved(state, d);
        }
        Err(CommandError::Plan(r)) => return plans::update::refused(state, r),
        // The Penilaian tab answers with its status line (its screen may refine this).
        Ok(Outcome::Review(d)) => return reviews::update::saved(state, d),
        Err(CommandError::Review(r)) => return reviews::update::refused(state, r),
        // Dialog kinerja: the status line says why (its screens may refine this).
        Ok(Outcome::Feedback(d)) => return crate::app::feedback::tab::update::saved(state, d),
        Err(CommandError::Feedback(r)) => {
            return crate::app::feedback::tab::update::refused(state, r)
        }
        Ok(Outcome::Account(d)) => return crate::app::admin::update::saved(state, d),
        Err(CommandError::Account(r)) => return crate::app::admin::update::refused(state, r),
        Ok(outcome) => {
            // A save closes the form it came from; the register has the new values already.
            if state.popups.last().is_some_and(Popup::closes_on_saved) {
                state.popups.pop();
            }
            let notice = employees::update::saved(state, reg, outcome);
            state.info(notice);
            // The admin screen's lists follow an acting assignment saved from it.
            if crate::app::admin::update::is_open(state) {
                return vec![Effect::LoadAdmin];
            }
        }
        Err(error @ (CommandError::Invalid { .. } | CommandError::InvalidUnit(_))) => {
            let first = match &error {
                CommandError::Invalid { errors, .. } => errors.first().map(|fe| fe.error.clone()),
                CommandError::InvalidUnit(errors) => errors.first().cloned(),
                _ => None,
            };
            let unit = matches!(error, CommandError::InvalidUnit(_));
            match state.popups.last_mut() {
                Some(Popup::Employees(p)) => employees::update::refused(p, error),
                Some(
                    Popup::Help
                    | Popup::Confirm(_)
                    | Popup::Picker(_)
                    | Popup::Plans(_)
                    | Popup::Reviews(_)
                    | Popup::Feedback(_)
                    | Popup::Settings(_)
                    | Popup::Admin(_),
                )
                | None => {}
            }
            // With a form open the fields say what is wrong; without one (reactivation) the
            // rule alone says it.
            if unit || state.top_form_has_errors() {
                state.error(Notice::FormHasErrors(first));
            } else {
                state.error(Notice::Refused(first));
            }
        }
        Err(CommandError::Settings(errors)) => {
            if let Some(Popup::Settings(f)) = state.popups.last_mut() {
                f.refused(errors.clone());
            }
            state.error(Notice::Settings(crate::app::settings::Note::Refused(
                errors,
            )))
        }
        Err(CommandError::InvalidActing(errors)) => {
            crate::app::admin::update::acting_refused(state, &errors);
            state.error(Notice::ActingRefused(errors))
        }
        Err(CommandError::InvalidPeriod(e)) => state.error(Notice::PeriodRefused(e)),
        Err(CommandError::NotFound) => state.error(Notice::NotFound),
        Err(CommandError::Forbidden) => state.error(Notice::Forbidden),
        Err(CommandError::Store(e)) => state.error(Notice::Store(std::sync::Arc::new(e))),
    }
    Vec::new()
}

//! Keys in a form popup: Esc, quit and help the same for every form; the rest goes to the
//! feature the form belongs to, which may open a picker or ask for a command.

use super::*;
use crate::app::shell::state::PickTarget;

pub(super) fn on_form(state: &mut AppState, reg: &Register, action: Action) -> Vec<Effect> {
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
            let dirty = state
                .popups
                .last()
                .and_then(Popup::form)
                .is_some_and(|f| f.is_dirty());
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
    if matches!(state.popups.last(), Some(Popup::Admin(_))) {
        return crate::app::admin::update::on_form(state, reg, action);
    }
    let (lang, terms, today) = (state.lang, state.terms, state.today);
    let mut confirm = None;
    let step = match state.popups.last_mut() {
        Some(Popup::Employees(p)) => {
            let step = employees::update::on_form(p, reg, action, lang, terms, today);
            FormStep {
                effects: step.effects,
                picker: step.picker.map(|p| p.map_target(PickTarget::Employees)),
                invalid: step.invalid,
            }
        }
        Some(Popup::Plans(p)) => {
            let step = plans::update::on_form(p, &state.plans, action);
            FormStep {
                effects: step.effects,
                picker: step.picker.map(|p| p.map_target(PickTarget::Plans)),
                invalid: step.invalid,
            }
        }
        Some(Popup::Reviews(p)) => {
            let step = reviews::update::on_form(p, action);
            FormStep {
                effects: step.effects,
                picker: None,
                invalid: step.invalid,
            }
        }
        Some(Popup::Settings(f)) => {
            let step = crate::app::settings::update::on_form(f, action);
            confirm = step.confirm;
            FormStep {
                invalid: step.invalid,
                ..FormStep::default()
            }
        }
        Some(
            Popup::Help
            | Popup::Confirm(_)
            | Popup::Picker(_)
            | Popup::Feedback(_)
            | Popup::Admin(_),
        )
        | None => FormStep::default(),
    };
    if let Some(cmd) = confirm {
        state.popups.push(Popup::Confirm(Confirm {
            question: T::ConfirmSaveSettings,
            subject: None,
            on_yes: OnYes::Run(Box::new(Command::Settings(cmd))),
        }));
    }
    if step.invalid {
        state.error(Notice::FormHasErrors(None));
    } else if state.status.as_ref().is_some_and(|s| s.error) && !state.top_form_has_errors() {
        state.status = None;
    }
    if let Some(mut p) = step.picker {
        p.set_viewport(state.picker_rows);
        state.popups.push(Popup::Picker(Box::new(p)));
    }
    step.effects
}

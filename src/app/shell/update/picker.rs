//! Keys in a picker; the choice goes to the feature whose form opened it.

use super::*;
use crate::app::kit::picker::Picked;
use crate::app::shell::state::PickTarget;

pub(super) fn on_picker(state: &mut AppState, action: Action) -> Vec<Effect> {
    let Some(Popup::Picker(p)) = state.popups.last_mut() else {
        return Vec::new();
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
            return Vec::new();
        }
        Action::ToggleHelp => {
            state.popups.push(Popup::Help);
            return Vec::new();
        }
        _ => None,
    };
    let Some(picked) = picked else {
        return Vec::new();
    };
    let target = p.target;
    state.popups.pop();
    let item = match picked {
        Picked::Item(id) => Some(id),
        Picked::Nothing => None,
    };
    // One arm per feature whose forms (or screens) open pickers.
    let mut effects = Vec::new();
    match (state.popups.last_mut(), target) {
        (_, PickTarget::Feedback(target)) => {
            effects = crate::app::feedback::tab::update::picked(state, target, item);
        }
        (_, PickTarget::Reviews(target)) => {
            effects = reviews::update::picked(state, target, item);
        }
        (Some(Popup::Employees(p)), PickTarget::Employees(target)) => {
            employees::update::picked(p, target, item);
        }
        (Some(Popup::Admin(p)), PickTarget::Admin(target)) => {
            crate::app::admin::update::picked(p, target, item);
        }
        (Some(Popup::Plans(p)), PickTarget::Plans(target)) => {
            plans::update::picked(p, &state.plans, target, item);
        }
        _ => {}
    }
    if state.status.as_ref().is_some_and(|s| s.error) && !state.top_form_has_errors() {
        state.status = None;
    }
    effects
}

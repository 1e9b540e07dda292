//! Keys in the settings form: move, type, save (which asks to confirm first).

use super::form::SettingsForm;
use crate::app::keymap::action::Action;

/// What a key in the form asks of the shell.
#[derive(Debug, Default, PartialEq)]
pub struct Step {
    /// The checked command, to run after a yes.
    pub confirm: Option<super::Command>,
    /// Errors are at the fields: the status line says so.
    pub invalid: bool,
}

pub fn on_form(f: &mut SettingsForm, action: Action) -> Step {
    let mut step = Step::default();
    match action {
        Action::FocusNext | Action::Open => f.move_focus(true),
        Action::FocusPrev => f.move_focus(false),
        Action::ChoicePrev | Action::ChoiceNext => {
            let code = if action == Action::ChoiceNext {
                crate::app::kit::key::KeyCode::Right
            } else {
                crate::app::kit::key::KeyCode::Left
            };
            crate::app::kit::input::edit_input(
                f.focused_input(),
                crate::app::kit::key::Key::plain(code),
            );
        }
        Action::Text(key) => {
            crate::app::kit::input::edit_input(f.focused_input(), key);
        }
        Action::Save => match f.save() {
            Some(cmd) => step.confirm = Some(cmd),
            None => step.invalid = true,
        },
        _ => {}
    }
    step
}

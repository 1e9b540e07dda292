//! The audit screen in the update path.

use super::{Action as A, Context};
use crate::app::keymap::action::Action;
use crate::app::shell::state::AppState;
use crate::app::shell::update::Effect;

/// Keys on the trail and its filter line; `None` leaves the key to the shell.
pub fn on_key(state: &mut AppState, ctx: Context, action: Action) -> Option<Vec<Effect>> {
    let audit = &mut state.audit;
    match ctx {
        Context::Filter => match action {
            Action::Text(key) if crate::app::kit::input::edit_input(&mut audit.filter, key) => {
                audit.refilter();
            }
            Action::Open => audit.filtering = false,
            Action::Back => {
                audit.filter = tui_input::Input::default();
                audit.filtering = false;
                audit.refilter();
            }
            Action::Quit => return None,
            _ => {}
        },
        Context::Trail => {
            let page = audit.scroll.viewport.max(1) as isize;
            match action {
                Action::Up => audit.move_by(-1),
                Action::Down => audit.move_by(1),
                Action::PageUp => audit.move_by(-page),
                Action::PageDown => audit.move_by(page),
                Action::Top => audit.move_by(isize::MIN / 2),
                Action::Bottom => audit.move_by(isize::MAX / 2),
                Action::Filter => audit.filtering = true,
                Action::Audit(A::Reload) => return Some(vec![Effect::LoadAudit]),
                Action::Audit(A::DetailDown) => audit.scroll_detail(1),
                Action::Audit(A::DetailUp) => audit.scroll_detail(-1),
                Action::Back if !audit.filter.value().is_empty() => {
                    audit.filter = tui_input::Input::default();
                    audit.refilter();
                }
                _ => return None,
            }
        }
    }
    // Scrolling near the end or a filter reads older entries.
    Some(match audit.wants_more() {
        Some(_) => vec![Effect::LoadAuditMore],
        None => Vec::new(),
    })
}

//! The audit screen's key tables: the trail and its filter line.

use super::{Action as A, Context};
use crate::app::keymap::action::Action;
use crate::app::keymap::{b, k, Binding, FILTER_LINE, MOVE};
use crate::app::kit::key::{Key, KeyCode as C};
use crate::app::kit::text::T;

const TRAIL: &[Binding] = &[
    MOVE[0],
    MOVE[1],
    MOVE[2],
    MOVE[3],
    b(&[k(C::PageUp)], Action::PageUp, T::KeyPageUp),
    b(&[k(C::PageDown)], Action::PageDown, T::KeyPageDown),
    b(&[Key::ch('/')], Action::Filter, T::KeyAuditFilter),
    b(&[Key::ch('r')], Action::Audit(A::Reload), T::KeyReload),
    b(
        &[Key::ch('J')],
        Action::Audit(A::DetailDown),
        T::KeyAuditDetailDown,
    ),
    b(
        &[Key::ch('K')],
        Action::Audit(A::DetailUp),
        T::KeyAuditDetailUp,
    ),
    b(&[k(C::Esc)], Action::Back, T::KeyClearFilter),
];

pub fn bindings(ctx: Context) -> &'static [Binding] {
    match ctx {
        Context::Trail => TRAIL,
        // The audit filter line works like the employee filter line.
        Context::Filter => FILTER_LINE,
    }
}

pub fn uses_global(ctx: Context) -> bool {
    !takes_text(ctx)
}

pub fn takes_text(ctx: Context) -> bool {
    match ctx {
        Context::Filter => true,
        Context::Trail => false,
    }
}

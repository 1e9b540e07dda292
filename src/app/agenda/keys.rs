//! The agenda's key table.

use super::{Action as A, AgendaText as X, Context};
use crate::app::keymap::action::Action;
use crate::app::keymap::{b, k, Binding, MOVE};
use crate::app::kit::key::{Key, KeyCode as C};
use crate::app::kit::text::T;

const LIST: &[Binding] = &[
    MOVE[0],
    MOVE[1],
    MOVE[2],
    MOVE[3],
    b(&[k(C::PageUp)], Action::PageUp, T::KeyPageUp),
    b(&[k(C::PageDown)], Action::PageDown, T::KeyPageDown),
    b(&[k(C::Enter)], Action::Open, T::Agenda(X::KeyJump)),
    b(&[Key::ch('r')], Action::Agenda(A::Reload), T::KeyReload),
    crate::app::history::keys::OPEN_HISTORY,
    crate::app::feedback::tab::keys::QUICK_NOTE,
];

pub fn bindings(ctx: Context) -> &'static [Binding] {
    match ctx {
        Context::List => LIST,
    }
}

pub fn uses_global(_ctx: Context) -> bool {
    true
}

pub fn takes_text(_ctx: Context) -> bool {
    false
}

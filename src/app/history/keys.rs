//! The Riwayat tab's key tables: the timeline and its search line.

use super::{Action as H, Context, HistoryText as X};
use crate::app::keymap::action::Action;
use crate::app::keymap::{b, k, Binding, FILTER_LINE, MOVE};
use crate::app::kit::key::{Key, KeyCode as C};
use crate::app::kit::text::T;

const TIMELINE: &[Binding] = &[
    MOVE[0],
    MOVE[1],
    MOVE[2],
    MOVE[3],
    b(&[k(C::PageUp)], Action::PageUp, T::KeyPageUp),
    b(&[k(C::PageDown)], Action::PageDown, T::KeyPageDown),
    b(&[k(C::Enter)], Action::Open, T::History(X::KeyOpen)),
    b(
        &[Key::ch('p'), Key::ch('<')],
        Action::History(H::PrevPerson),
        T::History(X::KeyPrevPerson),
    ),
    b(
        &[Key::ch('n'), Key::ch('>')],
        Action::History(H::NextPerson),
        T::History(X::KeyNextPerson),
    ),
    b(
        &[Key::ch('{')],
        Action::History(H::OlderYear),
        T::History(X::KeyOlderYear),
    ),
    b(
        &[Key::ch('}')],
        Action::History(H::NewerYear),
        T::History(X::KeyNewerYear),
    ),
    b(
        &[Key::ch('f')],
        Action::History(H::NextKind),
        T::History(X::KeyKind),
    ),
    b(&[Key::ch('/')], Action::Filter, T::History(X::KeySearch)),
    b(&[Key::ch('r')], Action::History(H::Reload), T::KeyReload),
    b(&[k(C::Esc)], Action::Back, T::KeyClearFilter),
    crate::app::feedback::tab::keys::QUICK_NOTE,
];

/// `H` on a list of people: that person's history (employees, SKP overview, Penilaian grid).
pub const OPEN_HISTORY: Binding = b(
    &[Key::ch('H')],
    Action::OpenHistory,
    T::History(X::KeyHistory),
);

pub fn bindings(ctx: Context) -> &'static [Binding] {
    match ctx {
        Context::Timeline => TIMELINE,
        Context::Search => FILTER_LINE,
    }
}

pub fn uses_global(ctx: Context) -> bool {
    !takes_text(ctx)
}

pub fn takes_text(ctx: Context) -> bool {
    ctx == Context::Search
}

//! The sign-in screens' key table.

use crate::app::keymap::action::Action;
use crate::app::keymap::{b, k, Binding};
use crate::app::kit::key::{Key, KeyCode as C};
use crate::app::kit::text::T;

pub const BINDINGS: &[Binding] = &[
    b(&[k(C::Tab), k(C::Down)], Action::FocusNext, T::KeyNextField),
    b(
        &[k(C::BackTab), k(C::Up)],
        Action::FocusPrev,
        T::KeyPrevField,
    ),
    b(&[k(C::Enter)], Action::Open, T::KeyGateEnter),
    b(&[Key::ctrl('s')], Action::Save, T::KeyGateSubmit),
    b(&[k(C::Esc)], Action::Back, T::KeyGateCancel),
    b(&[Key::ctrl('c')], Action::Quit, T::KeyQuit),
    b(&[k(C::F(1))], Action::ToggleHelp, T::KeyHelp),
];

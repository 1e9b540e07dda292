//! The admin screen's key table (its forms use the shared form table).

use super::{Action as A, Context};
use crate::app::keymap::action::Action;
use crate::app::keymap::{b, k, Binding, MOVE};
use crate::app::kit::key::{Key, KeyCode as C};
use crate::app::kit::text::T;

const LISTS: &[Binding] = &[
    MOVE[0],
    MOVE[1],
    MOVE[2],
    MOVE[3],
    b(&[k(C::PageUp)], Action::PageUp, T::KeyPageUp),
    b(&[k(C::PageDown)], Action::PageDown, T::KeyPageDown),
    b(
        &[k(C::Tab), k(C::BackTab)],
        Action::Admin(A::SwitchPart),
        T::KeyAdminSwitch,
    ),
    b(&[Key::ch('n')], Action::Admin(A::New), T::KeyAdminNew),
    b(
        &[Key::ch('r')],
        Action::Admin(A::ResetPassword),
        T::KeyAdminReset,
    ),
    b(
        &[Key::ch('d')],
        Action::Admin(A::Disable),
        T::KeyAdminDisable,
    ),
    b(&[Key::ch('a')], Action::Admin(A::Enable), T::KeyAdminEnable),
    b(&[Key::ch('x')], Action::Admin(A::End), T::KeyAdminEnd),
    b(
        &[Key::ch('s'), k(C::Enter)],
        Action::Admin(A::Keys),
        T::KeyAdminKeys,
    ),
    b(&[k(C::Esc)], Action::Back, T::KeyAdminClose),
    b(&[Key::ch('?'), k(C::F(1))], Action::ToggleHelp, T::KeyHelp),
    b(&[Key::ctrl('c')], Action::Quit, T::KeyQuit),
];

/// The keys window of one account.
const KEYS: &[Binding] = &[
    MOVE[0],
    MOVE[1],
    MOVE[2],
    MOVE[3],
    b(&[Key::ch('n')], Action::Admin(A::New), T::KeyAdminAddKey),
    b(
        &[Key::ch('x'), k(C::Delete)],
        Action::Admin(A::RemoveKey),
        T::KeyAdminRemoveKey,
    ),
    b(&[k(C::Esc)], Action::Back, T::KeyAdminClose),
    b(&[Key::ch('?'), k(C::F(1))], Action::ToggleHelp, T::KeyHelp),
    b(&[Key::ctrl('c')], Action::Quit, T::KeyQuit),
];

pub fn bindings(ctx: Context) -> &'static [Binding] {
    match ctx {
        Context::Lists => LISTS,
        Context::Keys => KEYS,
    }
}

/// The screen is a layer over the tabs: the global keys (tabs, sign-out) wait below it.
pub fn uses_global(ctx: Context) -> bool {
    match ctx {
        Context::Lists | Context::Keys => false,
    }
}

pub fn takes_text(ctx: Context) -> bool {
    match ctx {
        Context::Lists | Context::Keys => false,
    }
}

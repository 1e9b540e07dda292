//! The employees screen's key tables: the list (or tree), the detail pane, the filter line.

use super::{Action as E, Context};
use crate::app::keymap::action::Action;
use crate::app::keymap::{admin, b, k, supervisor, Binding, FILTER_LINE, MOVE};
use crate::app::kit::key::{Key, KeyCode as C};
use crate::app::kit::text::T;

const LIST: &[Binding] = &[
    MOVE[0],
    MOVE[1],
    MOVE[2],
    MOVE[3],
    b(&[k(C::PageUp)], Action::PageUp, T::KeyPageUp),
    b(&[k(C::PageDown)], Action::PageDown, T::KeyPageDown),
    b(&[k(C::Enter)], Action::Open, T::KeyOpenDetail),
    b(
        &[k(C::Tab), k(C::BackTab)],
        Action::FocusNext,
        T::KeyFocusPane,
    ),
    b(&[Key::ch('/')], Action::Filter, T::KeyFilter),
    b(
        &[Key::ch('s')],
        Action::Employees(E::SortNext),
        T::KeySortNext,
    ),
    b(
        &[Key::ch('S')],
        Action::Employees(E::SortReverse),
        T::KeySortReverse,
    ),
    b(
        &[Key::ch('t')],
        Action::Employees(E::ToggleTree),
        T::KeyToggleTree,
    ),
    b(
        &[k(C::Left)],
        Action::Employees(E::FoldUnit),
        T::KeyFoldUnit,
    ),
    b(
        &[k(C::Right)],
        Action::Employees(E::UnfoldUnit),
        T::KeyUnfoldUnit,
    ),
    b(
        &[Key::ch(' ')],
        Action::Employees(E::ToggleUnit),
        T::KeyToggleUnit,
    ),
    admin(
        &[Key::ch('A')],
        Action::Employees(E::Admin),
        T::KeyAdminScreen,
    ),
    admin(
        &[Key::ch('n')],
        Action::Employees(E::New),
        T::KeyNewEmployee,
    ),
    admin(
        &[Key::ch('u')],
        Action::Employees(E::NewUnit),
        T::KeyNewUnit,
    ),
    // One key, two helps: a supervisor's `e` only changes a report's phone and e-mail.
    admin(
        &[Key::ch('e')],
        Action::Employees(E::Edit),
        T::KeyEditEmployee,
    ),
    supervisor(
        &[Key::ch('e')],
        Action::Employees(E::Edit),
        T::KeyEditContact,
    ),
    admin(
        &[Key::ch('d')],
        Action::Employees(E::Deactivate),
        T::KeyDeactivate,
    ),
    admin(
        &[Key::ch('a')],
        Action::Employees(E::Reactivate),
        T::KeyReactivate,
    ),
    admin(
        &[Key::ch('R')],
        Action::Employees(E::ResetPassword),
        T::KeyResetPassword,
    ),
    b(&[k(C::Esc)], Action::Back, T::KeyClearFilter),
    crate::app::history::keys::OPEN_HISTORY,
    crate::app::feedback::tab::keys::QUICK_NOTE,
];

const DETAIL: &[Binding] = &[
    MOVE[0],
    MOVE[1],
    b(&[k(C::Enter)], Action::Open, T::KeyJumpToPerson),
    // One key, two helps: a supervisor's `e` only changes a report's phone and e-mail.
    admin(
        &[Key::ch('e')],
        Action::Employees(E::Edit),
        T::KeyEditEmployee,
    ),
    supervisor(
        &[Key::ch('e')],
        Action::Employees(E::Edit),
        T::KeyEditContact,
    ),
    b(
        &[k(C::Tab), k(C::BackTab), k(C::Esc)],
        Action::Back,
        T::KeyBackToList,
    ),
];

pub fn bindings(ctx: Context) -> &'static [Binding] {
    match ctx {
        Context::List => LIST,
        Context::Detail => DETAIL,
        Context::Filter => FILTER_LINE,
    }
}

/// Single-key global bindings apply where no text is typed.
pub fn uses_global(ctx: Context) -> bool {
    !takes_text(ctx)
}

pub fn takes_text(ctx: Context) -> bool {
    match ctx {
        Context::Filter => true,
        Context::List | Context::Detail => false,
    }
}

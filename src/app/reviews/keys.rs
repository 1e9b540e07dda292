//! The Penilaian tab's key tables: the grid, the scoring form, a signed evaluation.

use super::{Action as R, Context};
use crate::app::keymap::action::Action;
use crate::app::keymap::{admin, b, k, Binding, MOVE};
use crate::app::kit::key::{Key, KeyCode as C};
use crate::app::kit::text::T;
use crate::app::reviews::ReviewText as X;
use crate::domain::appraisal::Rating;

const ABOVE: Action = Action::Reviews(R::Rate(Some(Rating::AboveExpectation)));
const AS_EXPECTED: Action = Action::Reviews(R::Rate(Some(Rating::AsExpected)));
const BELOW: Action = Action::Reviews(R::Rate(Some(Rating::BelowExpectation)));

const GRID: &[Binding] = &[
    MOVE[0],
    MOVE[1],
    MOVE[2],
    MOVE[3],
    b(&[k(C::PageUp)], Action::PageUp, T::KeyPageUp),
    b(&[k(C::PageDown)], Action::PageDown, T::KeyPageDown),
    b(
        &[k(C::Left), k(C::Right), Key::ch('h'), Key::ch('l')],
        Action::Reviews(R::Column),
        T::Reviews(X::KeyColumn),
    ),
    b(&[Key::ch('a')], ABOVE, T::Reviews(X::KeyRateAbove)),
    b(
        &[Key::ch('s')],
        AS_EXPECTED,
        T::Reviews(X::KeyRateAsExpected),
    ),
    b(&[Key::ch('b')], BELOW, T::Reviews(X::KeyRateBelow)),
    b(
        &[Key::ch('x'), k(C::Delete)],
        Action::Reviews(R::Rate(None)),
        T::Reviews(X::KeyClearRating),
    ),
    b(&[k(C::Enter)], Action::Open, T::Reviews(X::KeyOpen)),
    b(
        &[Key::ch('<')],
        Action::Reviews(R::PrevPeriod),
        T::Reviews(X::KeyPrevPeriod),
    ),
    b(
        &[Key::ch('>')],
        Action::Reviews(R::NextPeriod),
        T::Reviews(X::KeyNextPeriod),
    ),
    b(
        &[Key::ch('{')],
        Action::Reviews(R::PrevYear),
        T::Reviews(X::KeyPrevYear),
    ),
    b(
        &[Key::ch('}')],
        Action::Reviews(R::NextYear),
        T::Reviews(X::KeyNextYear),
    ),
    b(&[Key::ch('r')], Action::Reviews(R::Reload), T::KeyReload),
    b(
        &[Key::ch('u')],
        Action::Reviews(R::UnitGrade),
        T::Reviews(X::KeyUnitGrade),
    ),
    b(
        &[Key::ch('U')],
        Action::Reviews(R::NextPanelUnit),
        T::Reviews(X::KeyNextPanelUnit),
    ),
    b(
        &[Key::ch('t')],
        Action::Reviews(R::Receipt),
        T::Reviews(X::KeyReceipt),
    ),
    b(
        &[Key::ch('K')],
        Action::Reviews(R::Object),
        T::Reviews(X::KeyObject),
    ),
    b(
        &[Key::ch('D')],
        Action::Reviews(R::Decide),
        T::Reviews(X::KeyDecide),
    ),
    admin(
        &[Key::ch('p')],
        Action::Reviews(R::ChooseSupervisor),
        T::Reviews(X::KeyChooseSupervisor),
    ),
    crate::app::history::keys::OPEN_HISTORY,
    crate::app::feedback::tab::keys::QUICK_NOTE,
];

const FORM: &[Binding] = &[
    b(&[k(C::Tab), k(C::Down)], Action::FocusNext, T::KeyNextField),
    b(
        &[k(C::BackTab), k(C::Up)],
        Action::FocusPrev,
        T::KeyPrevField,
    ),
    b(
        &[k(C::Left)],
        Action::ChoicePrev,
        T::Reviews(X::KeySetRating),
    ),
    b(
        &[k(C::Right)],
        Action::ChoiceNext,
        T::Reviews(X::KeySetRating),
    ),
    b(&[k(C::Enter)], Action::FocusNext, T::KeyNextField),
    b(&[k(C::PageUp)], Action::PageUp, T::Reviews(X::KeyScroll)),
    b(
        &[k(C::PageDown)],
        Action::PageDown,
        T::Reviews(X::KeyScroll),
    ),
    b(&[Key::ctrl('s')], Action::Save, T::Reviews(X::KeySaveDraft)),
    b(
        &[Key::ctrl('t')],
        Action::Reviews(R::Sign),
        T::Reviews(X::KeySign),
    ),
    b(&[k(C::Esc)], Action::Back, T::KeyCancelForm),
    b(&[Key::ctrl('c')], Action::Quit, T::KeyQuit),
    b(&[k(C::F(1))], Action::ToggleHelp, T::KeyHelp),
];

const SIGNED: &[Binding] = &[
    b(
        &[k(C::Up), Key::ch('k')],
        Action::Up,
        T::Reviews(X::KeyScroll),
    ),
    b(
        &[k(C::Down), Key::ch('j')],
        Action::Down,
        T::Reviews(X::KeyScroll),
    ),
    b(&[k(C::PageUp)], Action::PageUp, T::KeyPageUp),
    b(&[k(C::PageDown)], Action::PageDown, T::KeyPageDown),
    b(
        &[Key::ch('o')],
        Action::Reviews(R::Reopen),
        T::Reviews(X::KeyReopen),
    ),
    b(&[k(C::Esc)], Action::Back, T::Reviews(X::KeyBack)),
];

pub fn bindings(ctx: Context) -> &'static [Binding] {
    match ctx {
        Context::Grid => GRID,
        Context::Form => FORM,
        Context::Signed => SIGNED,
    }
}

/// Single-key global bindings apply where no text is typed.
pub fn uses_global(ctx: Context) -> bool {
    !takes_text(ctx)
}

pub fn takes_text(ctx: Context) -> bool {
    ctx == Context::Form
}

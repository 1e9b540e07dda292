//! The SKP tab's key tables: the overview, the plan, the cascade.

use super::{Action as P, Context};
use crate::app::keymap::action::Action;
use crate::app::keymap::{b, k, Binding, FILTER_LINE, MOVE};
use crate::app::kit::key::{Key, KeyCode as C};
use crate::app::kit::text::T;
use crate::app::plans::PlanText as X;

const OVERVIEW: &[Binding] = &[
    MOVE[0],
    MOVE[1],
    MOVE[2],
    MOVE[3],
    b(&[k(C::PageUp)], Action::PageUp, T::KeyPageUp),
    b(&[k(C::PageDown)], Action::PageDown, T::KeyPageDown),
    b(&[k(C::Enter)], Action::Open, T::Plans(X::KeyOpenPlan)),
    b(
        &[Key::ch('<')],
        Action::Plans(P::PrevYear),
        T::Plans(X::KeyPrevYear),
    ),
    b(
        &[Key::ch('>')],
        Action::Plans(P::NextYear),
        T::Plans(X::KeyNextYear),
    ),
    b(
        &[Key::ch('c')],
        Action::Plans(P::Cascade),
        T::Plans(X::KeyCascade),
    ),
    b(
        &[Key::ch('r')],
        Action::Plans(P::Reload),
        T::Plans(X::KeyReload),
    ),
    b(&[Key::ch('/')], Action::Filter, T::KeyFilter),
    b(&[k(C::Esc)], Action::Back, T::KeyClearFilter),
    crate::app::history::keys::OPEN_HISTORY,
    crate::app::feedback::tab::keys::QUICK_NOTE,
];

const PLAN: &[Binding] = &[
    MOVE[0],
    MOVE[1],
    MOVE[2],
    MOVE[3],
    b(&[k(C::Esc)], Action::Back, T::Plans(X::KeyBack)),
    b(
        &[Key::ch('n')],
        Action::Plans(P::CreateDraft),
        T::Plans(X::KeyCreateDraft),
    ),
    b(
        &[Key::ch('m')],
        Action::Plans(P::Assign),
        T::Plans(X::KeyAssign),
    ),
    b(
        &[Key::ch('l')],
        Action::Plans(P::CopyLastYear),
        T::Plans(X::KeyCopyLastYear),
    ),
    b(
        &[Key::ch('a')],
        Action::Plans(P::AddResult),
        T::Plans(X::KeyAddResult),
    ),
    b(
        &[Key::ch('i')],
        Action::Plans(P::AddIndicator),
        T::Plans(X::KeyAddIndicator),
    ),
    b(
        &[Key::ch('e'), k(C::Enter)],
        Action::Plans(P::Edit),
        T::Plans(X::KeyEdit),
    ),
    b(
        &[Key::ch('d'), k(C::Delete)],
        Action::Plans(P::Delete),
        T::Plans(X::KeyDelete),
    ),
    b(
        &[Key::ch('b')],
        Action::Plans(P::Expectations),
        T::Plans(X::KeyExpectations),
    ),
    b(
        &[Key::ch('p')],
        Action::Plans(P::SwitchApproach),
        T::Plans(X::KeySwitchApproach),
    ),
    b(
        &[Key::ch('s')],
        Action::Plans(P::Submit),
        T::Plans(X::KeySubmit),
    ),
    b(
        &[Key::ch('v')],
        Action::Plans(P::Approve),
        T::Plans(X::KeyApprove),
    ),
    b(
        &[Key::ch('x')],
        Action::Plans(P::Reject),
        T::Plans(X::KeyReject),
    ),
    b(
        &[Key::ch('o')],
        Action::Plans(P::Reopen),
        T::Plans(X::KeyReopen),
    ),
    b(
        &[Key::ch('<')],
        Action::Plans(P::PrevSegment),
        T::Plans(X::KeyPrevSegment),
    ),
    b(
        &[Key::ch('>')],
        Action::Plans(P::NextSegment),
        T::Plans(X::KeyNextSegment),
    ),
    b(
        &[Key::ch('r')],
        Action::Plans(P::Realize),
        T::Plans(X::KeyRealize),
    ),
];

const CASCADE: &[Binding] = &[
    MOVE[0],
    MOVE[1],
    MOVE[2],
    MOVE[3],
    b(&[k(C::Esc)], Action::Back, T::Plans(X::KeyBack)),
    b(
        &[Key::ch('<')],
        Action::Plans(P::PrevYear),
        T::Plans(X::KeyPrevYear),
    ),
    b(
        &[Key::ch('>')],
        Action::Plans(P::NextYear),
        T::Plans(X::KeyNextYear),
    ),
];

pub fn bindings(ctx: Context) -> &'static [Binding] {
    match ctx {
        Context::Overview => OVERVIEW,
        Context::Plan => PLAN,
        Context::Cascade => CASCADE,
        Context::Filter => FILTER_LINE,
    }
}

/// Single-key global bindings apply where no text is typed.
pub fn uses_global(ctx: Context) -> bool {
    !takes_text(ctx)
}

pub fn takes_text(ctx: Context) -> bool {
    ctx == Context::Filter
}

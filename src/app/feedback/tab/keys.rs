//! The Dialog Kinerja tab's key tables: the list, the entries, the session editor, the small
//! forms. The quick note key `w` is also bound on the lists of tabs 1-3 (`QUICK_NOTE`).

use super::{Action as F, Context, SessionText as X};
use crate::app::keymap::action::Action;
use crate::app::keymap::{admin, b, k, Binding, MOVE};
use crate::app::kit::key::{Key, KeyCode as C};
use crate::app::kit::text::T;

/// A quick note about the person under the cursor: one key from any list of people.
pub const QUICK_NOTE: Binding = b(&[Key::ch('w')], Action::QuickNote, T::KeyQuickNote);

const LIST: &[Binding] = &[
    MOVE[0],
    MOVE[1],
    MOVE[2],
    MOVE[3],
    b(
        &[k(C::Tab), k(C::Enter), k(C::Right), Key::ch('l')],
        Action::Feedback(F::Pane),
        T::Sessions(X::KeyToEntries),
    ),
    b(
        &[Key::ch('n')],
        Action::Feedback(F::NewSession),
        T::Sessions(X::KeyNewSession),
    ),
    QUICK_NOTE,
    crate::app::history::keys::OPEN_HISTORY,
    b(
        &[Key::ch('{')],
        Action::Feedback(F::PrevYear),
        T::Sessions(X::KeyPrevYear),
    ),
    b(
        &[Key::ch('}')],
        Action::Feedback(F::NextYear),
        T::Sessions(X::KeyNextYear),
    ),
    b(&[Key::ch('r')], Action::Feedback(F::Reload), T::KeyReload),
    admin(
        &[Key::ch('p')],
        Action::Feedback(F::ChooseSupervisor),
        T::Sessions(X::KeyChooseSupervisor),
    ),
];

const ENTRIES: &[Binding] = &[
    MOVE[0],
    MOVE[1],
    MOVE[2],
    MOVE[3],
    b(
        &[k(C::Tab), k(C::Esc), k(C::Left), Key::ch('h')],
        Action::Feedback(F::Pane),
        T::Sessions(X::KeyToList),
    ),
    b(&[k(C::Enter)], Action::Open, T::Sessions(X::KeyOpenSession)),
    b(
        &[Key::ch('n')],
        Action::Feedback(F::NewSession),
        T::Sessions(X::KeyNewSession),
    ),
    QUICK_NOTE,
    crate::app::history::keys::OPEN_HISTORY,
    b(
        &[Key::ch('v')],
        Action::Feedback(F::ReviewFollowUp),
        T::Sessions(X::KeyReview),
    ),
    b(
        &[Key::ch('a')],
        Action::Feedback(F::Acknowledge),
        T::Sessions(X::KeyAcknowledge),
    ),
    b(
        &[Key::ch('x'), k(C::Delete)],
        Action::Feedback(F::Delete),
        T::Sessions(X::KeyDelete),
    ),
    b(
        &[Key::ch('{')],
        Action::Feedback(F::PrevYear),
        T::Sessions(X::KeyPrevYear),
    ),
    b(
        &[Key::ch('}')],
        Action::Feedback(F::NextYear),
        T::Sessions(X::KeyNextYear),
    ),
    b(&[Key::ch('r')], Action::Feedback(F::Reload), T::KeyReload),
];

const EDITOR: &[Binding] = &[
    b(&[k(C::Tab)], Action::FocusNext, T::KeyNextField),
    b(&[k(C::BackTab)], Action::FocusPrev, T::KeyPrevField),
    b(
        &[Key::ctrl('s')],
        Action::Save,
        T::Sessions(X::KeySaveSession),
    ),
    b(&[k(C::Enter)], Action::Open, T::Sessions(X::KeyEditorEnter)),
    b(
        &[Key::ch(' ')],
        Action::Feedback(F::Toggle),
        T::Sessions(X::KeyEditorSpace),
    ),
    b(
        &[k(C::Left)],
        Action::ChoicePrev,
        T::Sessions(X::KeyEditorArrows),
    ),
    b(
        &[k(C::Right)],
        Action::ChoiceNext,
        T::Sessions(X::KeyEditorArrows),
    ),
    b(
        &[k(C::Delete)],
        Action::Clear,
        T::Sessions(X::KeyEditorDelete),
    ),
    b(
        &[Key::ctrl('z')],
        Action::Feedback(F::Undo),
        T::Sessions(X::KeyUndo),
    ),
    b(
        &[Key::ctrl('y')],
        Action::Feedback(F::Redo),
        T::Sessions(X::KeyRedo),
    ),
    b(&[k(C::Esc)], Action::Back, T::KeyCancelForm),
    b(&[Key::ctrl('c')], Action::Quit, T::KeyQuit),
    b(&[k(C::F(1))], Action::ToggleHelp, T::KeyHelp),
];

const SUB_FORM: &[Binding] = &[
    b(&[k(C::Tab), k(C::Down)], Action::FocusNext, T::KeyNextField),
    b(
        &[k(C::BackTab), k(C::Up)],
        Action::FocusPrev,
        T::KeyPrevField,
    ),
    b(
        &[k(C::Enter)],
        Action::Open,
        T::Sessions(X::KeySubFormEnter),
    ),
    b(&[k(C::Left)], Action::ChoicePrev, T::KeyChoicePrev),
    b(&[k(C::Right)], Action::ChoiceNext, T::KeyChoiceNext),
    b(&[Key::ctrl('s')], Action::Save, T::KeySave),
    b(&[k(C::Esc)], Action::Back, T::KeyCancelForm),
    b(&[Key::ctrl('c')], Action::Quit, T::KeyQuit),
    b(&[k(C::F(1))], Action::ToggleHelp, T::KeyHelp),
];

pub fn bindings(ctx: Context) -> &'static [Binding] {
    match ctx {
        Context::List => LIST,
        Context::Entries => ENTRIES,
        Context::Editor => EDITOR,
        Context::SubForm => SUB_FORM,
    }
}

/// Single-key global bindings apply where no text is typed.
pub fn uses_global(ctx: Context) -> bool {
    !takes_text(ctx)
}

pub fn takes_text(ctx: Context) -> bool {
    matches!(ctx, Context::Editor | Context::SubForm)
}

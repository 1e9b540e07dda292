//! The key map: one table per context, key -> action -> help text. The same table drives
//! dispatch and the `?` help overlay, so the help cannot lie.

pub mod action;

use crate::app::key::{Key, KeyCode};
use crate::app::kit::text::T;
use action::Action;

/// Where the keyboard focus is; picks the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Context {
    /// Keys that work wherever no text field has the focus.
    Global,
    List,
    Detail,
    FilterInput,
    Form,
    Picker,
    Confirm,
    Help,
    /// The sign-in / first admin / password change screen.
    Gate,
    Audit,
    AuditFilter,
    Placeholder,
}

#[derive(Clone, Copy)]
pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    pub help: T,
}

const fn k(c: KeyCode) -> Key {
    Key::plain(c)
}

const fn b(keys: &'static [Key], action: Action, help: T) -> Binding {
    Binding { keys, action, help }
}

use KeyCode as C;

const GLOBAL: &[Binding] = &[
    b(&[Key::ch('?'), k(C::F(1))], Action::ToggleHelp, T::KeyHelp),
    b(&[Key::ch('q'), Key::ctrl('c')], Action::Quit, T::KeyQuit),
    b(&[Key::ch(']')], Action::NextScreen, T::KeyNextScreen),
    b(&[Key::ch('[')], Action::PrevScreen, T::KeyPrevScreen),
    b(&[Key::ch('1')], Action::Screen(0), T::KeyScreens),
    b(&[Key::ch('2')], Action::Screen(1), T::KeyScreens),
    b(&[Key::ch('3')], Action::Screen(2), T::KeyScreens),
    b(&[Key::ch('4')], Action::Screen(3), T::KeyScreens),
    b(&[Key::ch('5')], Action::Screen(4), T::KeyScreens),
    b(&[Key::ch('6')], Action::Screen(5), T::KeyScreens),
    b(
        &[Key::ch('P')],
        Action::ChangePassword,
        T::KeyChangePassword,
    ),
    b(&[Key::ch('L')], Action::SignOut, T::KeySignOut),
];

const MOVE: [Binding; 4] = [
    b(&[k(C::Up), Key::ch('k')], Action::Up, T::KeyUp),
    b(&[k(C::Down), Key::ch('j')], Action::Down, T::KeyDown),
    b(&[Key::ch('g'), k(C::Home)], Action::Top, T::KeyTop),
    b(&[Key::ch('G'), k(C::End)], Action::Bottom, T::KeyBottom),
];

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
    b(&[Key::ch('s')], Action::SortNext, T::KeySortNext),
    b(&[Key::ch('S')], Action::SortReverse, T::KeySortReverse),
    b(&[Key::ch('t')], Action::ToggleTree, T::KeyToggleTree),
    b(&[Key::ch('n')], Action::New, T::KeyNewEmployee),
    b(&[Key::ch('u')], Action::NewUnit, T::KeyNewUnit),
    b(&[Key::ch('e')], Action::Edit, T::KeyEditEmployee),
    b(&[Key::ch('d')], Action::Deactivate, T::KeyDeactivate),
    b(&[Key::ch('a')], Action::Reactivate, T::KeyReactivate),
    b(&[Key::ch('R')], Action::ResetPassword, T::KeyResetPassword),
    b(&[k(C::Esc)], Action::Back, T::KeyClearFilter),
];

const DETAIL: &[Binding] = &[
    MOVE[0],
    MOVE[1],
    b(&[k(C::Enter)], Action::Open, T::KeyJumpToPerson),
    b(&[Key::ch('e')], Action::Edit, T::KeyEditEmployee),
    b(
        &[k(C::Tab), k(C::BackTab), k(C::Esc)],
        Action::Back,
        T::KeyBackToList,
    ),
];

const FILTER_INPUT: &[Binding] = &[
    b(
        &[k(C::Enter), k(C::Down), k(C::Tab)],
        Action::Open,
        T::KeyFilterDone,
    ),
    b(&[k(C::Esc)], Action::Back, T::KeyFilterClear),
    b(&[Key::ctrl('c')], Action::Quit, T::KeyQuit),
];

const FORM: &[Binding] = &[
    b(&[k(C::Tab), k(C::Down)], Action::FocusNext, T::KeyNextField),
    b(
        &[k(C::BackTab), k(C::Up)],
        Action::FocusPrev,
        T::KeyPrevField,
    ),
    b(&[k(C::Enter)], Action::Open, T::KeyFormEnter),
    b(&[k(C::Left)], Action::ChoicePrev, T::KeyChoicePrev),
    b(&[k(C::Right)], Action::ChoiceNext, T::KeyChoiceNext),
    b(&[Key::ctrl('s')], Action::Save, T::KeySave),
    b(&[k(C::Esc)], Action::Back, T::KeyCancelForm),
    b(&[Key::ctrl('c')], Action::Quit, T::KeyQuit),
    b(&[k(C::F(1))], Action::ToggleHelp, T::KeyHelp),
];

const PICKER: &[Binding] = &[
    b(&[k(C::Up)], Action::Up, T::KeyUp),
    b(&[k(C::Down)], Action::Down, T::KeyDown),
    b(&[k(C::PageUp)], Action::PageUp, T::KeyPageUp),
    b(&[k(C::PageDown)], Action::PageDown, T::KeyPageDown),
    b(&[k(C::Enter)], Action::Open, T::KeyPick),
    b(&[Key::ctrl('d')], Action::Clear, T::KeyPickNone),
    b(&[k(C::Esc)], Action::Back, T::KeyCancel),
    b(&[k(C::F(1))], Action::ToggleHelp, T::KeyHelp),
];

const CONFIRM: &[Binding] = &[
    b(&[Key::ch('y'), Key::ch('Y')], Action::Yes, T::KeyYes),
    b(
        &[Key::ch('n'), Key::ch('N'), k(C::Esc)],
        Action::No,
        T::KeyNo,
    ),
];

const HELP: &[Binding] = &[b(
    &[k(C::Esc), Key::ch('?'), Key::ch('q'), k(C::F(1))],
    Action::ToggleHelp,
    T::KeyCloseHelp,
)];

const PLACEHOLDER: &[Binding] = &[];

const AUDIT: &[Binding] = &[
    MOVE[0],
    MOVE[1],
    MOVE[2],
    MOVE[3],
    b(&[k(C::PageUp)], Action::PageUp, T::KeyPageUp),
    b(&[k(C::PageDown)], Action::PageDown, T::KeyPageDown),
    b(&[Key::ch('/')], Action::Filter, T::KeyAuditFilter),
    b(&[Key::ch('r')], Action::Reload, T::KeyReload),
    b(&[k(C::Esc)], Action::Back, T::KeyClearFilter),
];

const GATE: &[Binding] = &[
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

pub fn bindings(ctx: Context) -> &'static [Binding] {
    match ctx {
        Context::Global => GLOBAL,
        Context::List => LIST,
        Context::Detail => DETAIL,
        // The audit filter line works like the employee filter line.
        Context::FilterInput | Context::AuditFilter => FILTER_INPUT,
        Context::Form => FORM,
        Context::Picker => PICKER,
        Context::Confirm => CONFIRM,
        Context::Help => HELP,
        Context::Placeholder => PLACEHOLDER,
        Context::Gate => GATE,
        Context::Audit => AUDIT,
    }
}

/// Actions only an admin may take (the register, accounts): left out of a supervisor's help.
pub fn admin_only(action: Action) -> bool {
    matches!(
        action,
        Action::New
            | Action::NewUnit
            | Action::Deactivate
            | Action::Reactivate
            | Action::ResetPassword
    )
}

/// Whether the global single-key bindings apply in this context (not while typing).
pub fn uses_global(ctx: Context) -> bool {
    matches!(
        ctx,
        Context::List | Context::Detail | Context::Placeholder | Context::Audit
    )
}

/// Whether unbound keys are text for a field in this context.
pub fn takes_text(ctx: Context) -> bool {
    matches!(
        ctx,
        Context::FilterInput
            | Context::Form
            | Context::Picker
            | Context::Gate
            | Context::AuditFilter
    )
}

/// Reads a key in a context: the context's table first, then the global one, then text.
pub fn lookup(ctx: Context, key: Key) -> Option<Action> {
    let find = |table: &[Binding]| {
        table
            .iter()
            .find(|b| b.keys.contains(&key))
            .map(|b| b.action)
    };
    if let Some(a) = find(bindings(ctx)) {
        return Some(a);
    }
    if uses_global(ctx) {
        if let Some(a) = find(GLOBAL) {
            return Some(a);
        }
    }
    if takes_text(ctx) {
        return Some(Action::Text(key));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn q_quits_in_lists_but_types_in_fields() {
        assert_eq!(lookup(Context::List, Key::ch('q')), Some(Action::Quit));
        assert_eq!(
            lookup(Context::Form, Key::ch('q')),
            Some(Action::Text(Key::ch('q')))
        );
        assert_eq!(
            lookup(Context::FilterInput, Key::ch('j')),
            Some(Action::Text(Key::ch('j')))
        );
        assert_eq!(lookup(Context::Form, Key::ctrl('s')), Some(Action::Save));
        assert_eq!(lookup(Context::Form, Key::ctrl('c')), Some(Action::Quit));
    }

    #[test]
    fn no_key_is_bound_twice_in_one_context() {
        for ctx in [
            Context::List,
            Context::Detail,
            Context::FilterInput,
            Context::Form,
            Context::Picker,
            Context::Confirm,
            Context::Help,
        ] {
            let mut seen = Vec::new();
            let tables: Vec<&[Binding]> = if uses_global(ctx) {
                vec![bindings(ctx), GLOBAL]
            } else {
                vec![bindings(ctx)]
            };
            for table in tables {
                for b in table {
                    for key in b.keys {
                        // A context may deliberately shadow a global key; within one table no repeats.
                        assert!(!seen.contains(&(key, table.as_ptr())), "{ctx:?} {key}");
                        seen.push((key, table.as_ptr()));
                    }
                }
            }
        }
    }
}

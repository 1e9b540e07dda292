//! The key map: one table per context, key -> action -> help text. The same table drives
//! dispatch and the `?` help overlay, so the help cannot lie.

pub mod action;

use crate::app::feedback::tab as feedback;
use crate::app::kit::key::{Key, KeyCode};
use crate::app::kit::text::T;
use crate::app::{agenda, audit, employees, history, plans, reviews};
use action::Action;

/// Where the keyboard focus is; picks the table. Shared places are plain variants, a
/// feature's own places sit in its sub-enum.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Context {
    /// Keys that work wherever no text field has the focus.
    Global,
    Form,
    Picker,
    Confirm,
    Help,
    /// A screen of a later issue.
    Placeholder,
    /// The sign-in / first admin / password change screen.
    Gate,
    Employees(employees::Context),
    Audit(audit::Context),
    Plans(plans::Context),
    Reviews(reviews::Context),
    History(history::Context),
    Agenda(agenda::Context),
    Feedback(feedback::Context),
    /// The admin screen (accounts, Plt/Plh).
    Admin(crate::app::admin::Context),
}

impl Context {
    /// Every context, the one list the help and the key map tests go through.
    pub fn all() -> Vec<Context> {
        // Adding a variant stops this match from compiling until the list below has it too.
        let _listed = |c: Context| match c {
            Context::Global
            | Context::Form
            | Context::Picker
            | Context::Confirm
            | Context::Help
            | Context::Placeholder
            | Context::Gate
            | Context::Employees(_)
            | Context::Audit(_)
            | Context::Plans(_)
            | Context::Reviews(_)
            | Context::History(_)
            | Context::Agenda(_)
            | Context::Feedback(_)
            | Context::Admin(_) => {}
        };
        let mut all = vec![
            Context::Global,
            Context::Form,
            Context::Picker,
            Context::Confirm,
            Context::Help,
            Context::Placeholder,
            Context::Gate,
        ];
        all.extend(employees::Context::ALL.map(Context::Employees));
        all.extend(audit::Context::ALL.map(Context::Audit));
        all.extend(plans::Context::ALL.map(Context::Plans));
        all.extend(reviews::Context::ALL.map(Context::Reviews));
        all.extend(history::Context::ALL.map(Context::History));
        all.extend(agenda::Context::ALL.map(Context::Agenda));
        all.extend(feedback::Context::ALL.map(Context::Feedback));
        all.extend(crate::app::admin::Context::ALL.map(Context::Admin));
        all
    }
}

/// Who may use a key: a supervisor's help leaves out the HR office's keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Right {
    Anyone,
    /// Admins (and the local operator): the register and accounts.
    ManageRegister,
    /// Everyone but admins: a supervisor's narrower version of an admin key.
    NotManageRegister,
}

impl Right {
    /// Whether a user who may (`admin`) or may not manage the register holds this right.
    pub fn held(self, admin: bool) -> bool {
        match self {
            Right::Anyone => true,
            Right::ManageRegister => admin,
            Right::NotManageRegister => !admin,
        }
    }
}

#[derive(Clone, Copy)]
pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    pub help: T,
    pub right: Right,
}

pub(crate) const fn k(c: KeyCode) -> Key {
    Key::plain(c)
}

/// A binding anyone may use.
pub(crate) const fn b(keys: &'static [Key], action: Action, help: T) -> Binding {
    Binding {
        keys,
        action,
        help,
        right: Right::Anyone,
    }
}

/// A binding for admins only.
/// A key whose help differs for supervisors (same action, narrower effect).
pub(crate) const fn supervisor(keys: &'static [Key], action: Action, help: T) -> Binding {
    Binding {
        keys,
        action,
        help,
        right: Right::NotManageRegister,
    }
}

pub(crate) const fn admin(keys: &'static [Key], action: Action, help: T) -> Binding {
    Binding {
        keys,
        action,
        help,
        right: Right::ManageRegister,
    }
}

use KeyCode as C;

const GLOBAL: &[Binding] = &[
    b(&[Key::ch('?'), k(C::F(1))], Action::ToggleHelp, T::KeyHelp),
    b(&[Key::ch('q'), Key::ctrl('c')], Action::Quit, T::KeyQuit),
    b(&[Key::ch(']')], Action::NextScreen, T::KeyNextScreen),
    b(&[Key::ch('[')], Action::PrevScreen, T::KeyPrevScreen),
    b(&[Key::ch('0')], Action::Screen(0), T::KeyScreens),
    b(&[Key::ch('1')], Action::Screen(1), T::KeyScreens),
    b(&[Key::ch('2')], Action::Screen(2), T::KeyScreens),
    b(&[Key::ch('3')], Action::Screen(3), T::KeyScreens),
    b(&[Key::ch('4')], Action::Screen(4), T::KeyScreens),
    b(&[Key::ch('5')], Action::Screen(5), T::KeyScreens),
    b(&[Key::ch('6')], Action::Screen(6), T::KeyScreens),
    b(
        &[Key::ch('P')],
        Action::ChangePassword,
        T::KeyChangePassword,
    ),
    b(&[Key::ch('L')], Action::SignOut, T::KeySignOut),
    admin(
        &[Key::ch('O')],
        Action::OfficeSettings,
        T::KeyOfficeSettings,
    ),
];

/// Moving in a list, shared by the lists of every screen.
pub(crate) const MOVE: [Binding; 4] = [
    b(&[k(C::Up), Key::ch('k')], Action::Up, T::KeyUp),
    b(&[k(C::Down), Key::ch('j')], Action::Down, T::KeyDown),
    b(&[Key::ch('g'), k(C::Home)], Action::Top, T::KeyTop),
    b(&[Key::ch('G'), k(C::End)], Action::Bottom, T::KeyBottom),
];

/// A filter line: typing filters, Enter keeps the filter, Esc clears it.
pub(crate) const FILTER_LINE: &[Binding] = &[
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
    b(&[Key::ch('n'), Key::ch('N')], Action::No, T::KeyNo),
    // A no, except for a draft: there it means "not now" (the draft is kept).
    b(&[k(C::Esc)], Action::Back, T::KeyNotNow),
];

const HELP: &[Binding] = &[b(
    &[k(C::Esc), Key::ch('?'), Key::ch('q'), k(C::F(1))],
    Action::ToggleHelp,
    T::KeyCloseHelp,
)];

pub fn bindings(ctx: Context) -> &'static [Binding] {
    match ctx {
        Context::Global => GLOBAL,
        Context::Form => FORM,
        Context::Picker => PICKER,
        Context::Confirm => CONFIRM,
        Context::Help => HELP,
        Context::Placeholder => &[],
        Context::Gate => crate::app::gate::keys::BINDINGS,
        Context::Employees(c) => employees::keys::bindings(c),
        Context::Audit(c) => audit::keys::bindings(c),
        Context::Plans(c) => plans::keys::bindings(c),
        Context::Reviews(c) => reviews::keys::bindings(c),
        Context::History(c) => history::keys::bindings(c),
        Context::Agenda(c) => agenda::keys::bindings(c),
        Context::Feedback(c) => feedback::keys::bindings(c),
        Context::Admin(c) => crate::app::admin::keys::bindings(c),
    }
}

/// Whether the global single-key bindings apply in this context (not while typing).
pub fn uses_global(ctx: Context) -> bool {
    match ctx {
        Context::Placeholder => true,
        Context::Employees(c) => employees::keys::uses_global(c),
        Context::Audit(c) => audit::keys::uses_global(c),
        Context::Plans(c) => plans::keys::uses_global(c),
        Context::Reviews(c) => reviews::keys::uses_global(c),
        Context::History(c) => history::keys::uses_global(c),
        Context::Agenda(c) => agenda::keys::uses_global(c),
        Context::Feedback(c) => feedback::keys::uses_global(c),
        Context::Admin(c) => crate::app::admin::keys::uses_global(c),
        Context::Global
        | Context::Form
        | Context::Picker
        | Context::Confirm
        | Context::Help
        | Context::Gate => false,
    }
}

/// Whether unbound keys are text for a field in this context.
pub fn takes_text(ctx: Context) -> bool {
    match ctx {
        Context::Form | Context::Picker | Context::Gate => true,
        Context::Employees(c) => employees::keys::takes_text(c),
        Context::Audit(c) => audit::keys::takes_text(c),
        Context::Plans(c) => plans::keys::takes_text(c),
        Context::Reviews(c) => reviews::keys::takes_text(c),
        Context::History(c) => history::keys::takes_text(c),
        Context::Agenda(c) => agenda::keys::takes_text(c),
        Context::Feedback(c) => feedback::keys::takes_text(c),
        Context::Admin(c) => crate::app::admin::keys::takes_text(c),
        Context::Global | Context::Confirm | Context::Help | Context::Placeholder => false,
    }
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

    const LIST: Context = Context::Employees(employees::Context::List);
    const FILTER: Context = Context::Employees(employees::Context::Filter);

    #[test]
    fn q_quits_in_lists_but_types_in_fields() {
        assert_eq!(lookup(LIST, Key::ch('q')), Some(Action::Quit));
        assert_eq!(
            lookup(Context::Form, Key::ch('q')),
            Some(Action::Text(Key::ch('q')))
        );
        assert_eq!(
            lookup(FILTER, Key::ch('j')),
            Some(Action::Text(Key::ch('j')))
        );
        assert_eq!(lookup(Context::Form, Key::ctrl('s')), Some(Action::Save));
        assert_eq!(lookup(Context::Form, Key::ctrl('c')), Some(Action::Quit));
    }

    /// Within one table no key repeats, except as one action with a help per role; a context
    /// may deliberately shadow a global key.
    #[test]
    fn no_key_is_bound_twice_in_one_context() {
        let all = Context::all();
        assert!(all.len() >= 12, "{all:?}");
        for ctx in all {
            let mut tables = vec![bindings(ctx)];
            if uses_global(ctx) {
                tables.push(GLOBAL);
            }
            for table in tables {
                let mut seen: Vec<(Key, Action, Right)> = Vec::new();
                for b in table {
                    for key in b.keys {
                        // A key may repeat only as the same action for users no one is both of.
                        for (k, action, right) in seen.iter().filter(|(k, ..)| k == key) {
                            let overlap = [true, false]
                                .iter()
                                .any(|admin| right.held(*admin) && b.right.held(*admin));
                            assert!(*action == b.action && !overlap, "{ctx:?}: {k} bound twice");
                        }
                        seen.push((*key, b.action, b.right));
                    }
                }
            }
        }
    }

    #[test]
    fn the_list_of_contexts_has_each_one_once() {
        let all = Context::all();
        for (i, c) in all.iter().enumerate() {
            assert!(!all[i + 1..].contains(c), "{c:?} listed twice");
        }
        assert!(all.contains(&Context::Audit(audit::Context::Filter)));
        assert!(all.contains(&Context::Employees(employees::Context::Detail)));
    }

    #[test]
    fn the_register_keys_need_the_right_to_manage_it() {
        let needs = |a: Action| {
            bindings(LIST)
                .iter()
                .find(|b| b.action == a)
                .map(|b| b.right)
        };
        let e = |a| Action::Employees(a);
        assert_eq!(
            needs(e(employees::Action::New)),
            Some(Right::ManageRegister)
        );
        assert_eq!(
            needs(e(employees::Action::NewUnit)),
            Some(Right::ManageRegister)
        );
        assert_eq!(
            needs(e(employees::Action::Deactivate)),
            Some(Right::ManageRegister)
        );
        assert_eq!(
            needs(e(employees::Action::Reactivate)),
            Some(Right::ManageRegister)
        );
        assert_eq!(
            needs(e(employees::Action::ResetPassword)),
            Some(Right::ManageRegister)
        );
        // A supervisor corrects a report's phone and e-mail.
        assert_eq!(
            needs(e(employees::Action::Edit)),
            Some(Right::ManageRegister)
        );
        let edit_helps: Vec<(T, Right)> = bindings(LIST)
            .iter()
            .filter(|b| b.action == e(employees::Action::Edit))
            .map(|b| (b.help, b.right))
            .collect();
        assert_eq!(
            edit_helps,
            vec![
                (T::KeyEditEmployee, Right::ManageRegister),
                (T::KeyEditContact, Right::NotManageRegister)
            ]
        );
        assert_eq!(needs(Action::Filter), Some(Right::Anyone));
    }
}

//! Actions: what a key press means once the key map has read it. `update` is the only
//! place that turns an action into a state change.

use crate::app::key::Key;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Quit,
    Back,
    ToggleHelp,
    NextScreen,
    PrevScreen,
    Screen(u8),
    Up,
    Down,
    Top,
    Bottom,
    PageUp,
    PageDown,
    Open,
    FocusNext,
    FocusPrev,
    Filter,
    SortNext,
    SortReverse,
    ToggleTree,
    New,
    NewUnit,
    Edit,
    Deactivate,
    Reactivate,
    Save,
    Clear,
    ChoicePrev,
    ChoiceNext,
    Yes,
    ChangePassword,
    Reload,
    ResetPassword,
    SignOut,
    No,
    /// A key typed into the focused text field.
    Text(Key),
}

//! Actions: what a key press means once the key map has read it. `update` is the only
//! place that turns an action into a state change. Keys every screen shares are plain
//! variants; a feature's own actions sit in its sub-enum, so its match stays local.

use crate::app::kit::key::Key;
use crate::app::{agenda, audit, employees, history, plans, reviews};

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
    Save,
    Clear,
    ChoicePrev,
    ChoiceNext,
    Yes,
    No,
    ChangePassword,
    SignOut,
    /// Open the office settings (admins).
    OfficeSettings,
    /// A key typed into the focused text field.
    Text(Key),
    Employees(employees::Action),
    Audit(audit::Action),
    Plans(plans::Action),
    Reviews(reviews::Action),
    History(history::Action),
    Agenda(agenda::Action),
    /// The history (tab 5) of the person under the cursor of a list of people.
    OpenHistory,
    /// Dialog Kinerja (tab 4).
    Feedback(crate::app::feedback::tab::Action),
    /// A quick note about the person under the cursor (any list of people).
    QuickNote,
    /// The admin screen's own keys.
    Admin(crate::app::admin::Action),
}

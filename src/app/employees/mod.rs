//! The employees screen (*daftar pegawai*): the list and tree, the detail pane, and its
//! forms. Its state is `AppState::list`; its popups, contexts and actions are below.

pub mod deactivate_form;
pub mod follow_up;
pub mod form;
mod form_draft;
pub mod keys;
pub mod list;
pub mod popup;
pub mod reset_form;
pub mod unit_form;
pub mod update;

pub use popup::{PickTarget, Popup};

use crate::app::services::register::Register;
use crate::domain::{Directory, EmployeeId};
use list::{EmployeeList, Pane};

/// Where the focus is on the employees screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Context {
    List,
    Detail,
    /// Typing into the filter line.
    Filter,
}

impl Context {
    pub const ALL: [Context; 3] = [Context::List, Context::Detail, Context::Filter];

    pub fn of(list: &EmployeeList) -> Context {
        if list.filtering {
            Context::Filter
        } else if list.pane == Some(Pane::Detail) {
            Context::Detail
        } else {
            Context::List
        }
    }
}

/// What a key means on the employees screen, beyond moving and filtering.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    SortNext,
    SortReverse,
    ToggleTree,
    /// The tree: fold, unfold or toggle the unit under the cursor.
    FoldUnit,
    UnfoldUnit,
    ToggleUnit,
    /// The admin screen: accounts and acting assignments.
    Admin,
    New,
    NewUnit,
    Edit,
    Deactivate,
    Reactivate,
    ResetPassword,
}

/// The people shown in the detail pane to jump to: the supervisor, then direct reports,
/// each only if the viewer may see them.
pub fn detail_people(reg: &Register, list: &EmployeeList, id: EmployeeId) -> Vec<EmployeeId> {
    let mut people = Vec::new();
    if let Some(sup) = reg.employee(id).and_then(|e| e.supervisor) {
        people.push(sup);
    }
    let mut subs: Vec<EmployeeId> = reg.subordinates(id).to_vec();
    subs.sort_by_key(|s| {
        reg.employee(*s)
            .map(|e| (!e.is_active(), e.name.name.to_lowercase()))
    });
    // One's own supervisor is part of one's own record; reports are filtered like the list.
    subs.retain(|p| list.may_see(reg, *p));
    people.extend(subs);
    people
}

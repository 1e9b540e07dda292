//! The employees screen: the list and tree, the detail pane, and its forms.

pub mod deactivate_form;
pub mod form;
pub mod list;
pub mod reset_form;
pub mod unit_form;

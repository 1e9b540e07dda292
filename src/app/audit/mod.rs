//! The audit screen (*jejak audit*): the trail the viewer may see, filtered. Its state is
//! `AppState::audit`.

pub mod keys;
pub mod plan;
pub mod review;
pub mod update;
pub mod view;

/// Where the focus is on the audit screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Context {
    Trail,
    /// Typing into the filter line.
    Filter,
}

impl Context {
    pub const ALL: [Context; 2] = [Context::Trail, Context::Filter];

    pub fn of(view: &view::AuditView) -> Context {
        if view.filtering {
            Context::Filter
        } else {
            Context::Trail
        }
    }
}

/// What a key means on the audit screen, beyond moving and filtering.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Read the trail again.
    Reload,
    /// Scroll the detail pane (a plan entry may hold more changes than it shows).
    DetailDown,
    DetailUp,
}

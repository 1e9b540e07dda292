//! The SKP screens (tab 2): the progress overview of the viewer's team, one plan with its
//! RHKs, indicators, core values and annex, and the cascade (matriks peran hasil). Its state
//! is `AppState::plans`; loads go through `Effect::LoadPlans`, changes through
//! `Command::Plans`.

pub mod command;
pub mod execute;
pub mod forms;
pub mod keys;
pub mod load;
pub mod popup;
pub mod text;
pub mod update;
pub mod view;

pub use command::Command;
pub use popup::{PickTarget, Popup};
pub use text::PlanText;

/// Where the focus is on the SKP tab.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Context {
    /// Progres SKP: the team's plans of the year.
    Overview,
    /// One plan (SKP).
    Plan,
    /// Matriks peran hasil.
    Cascade,
    /// Typing into the overview's filter line (name or NIP).
    Filter,
}

impl Context {
    pub const ALL: [Context; 4] = [
        Context::Overview,
        Context::Plan,
        Context::Cascade,
        Context::Filter,
    ];

    pub fn of(view: &view::PlansView) -> Context {
        match view.mode {
            view::Mode::Overview if view.filtering => Context::Filter,
            view::Mode::Overview => Context::Overview,
            view::Mode::Plan => Context::Plan,
            view::Mode::Cascade => Context::Cascade,
        }
    }
}

/// What a key means on the SKP tab, beyond moving.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    PrevYear,
    NextYear,
    Cascade,
    Reload,
    CreateDraft,
    AddResult,
    AddIndicator,
    Edit,
    Delete,
    Submit,
    Approve,
    Reject,
    Reopen,
    PrevSegment,
    NextSegment,
    Realize,
    Expectations,
    CopyLastYear,
    Assign,
    /// Kuantitatif <-> kualitatif.
    SwitchApproach,
}

//! The Penilaian tab (tab 3, issue 8): the team grid of an appraiser's reports for one period
//! with the unit's distribution check beside it, and the scoring form of one evaluation. Its
//! state is `AppState::reviews`; loads go through `Effect::LoadReviews`, changes through
//! `Command::Reviews`. The commands (`command`, `execute`) and the read side the tab and the
//! command line share (`query`) gather the domain's rules with the register and the store.

pub mod command;
pub mod entry;
pub mod execute;
pub mod form;
pub mod grid;
pub mod keys;
pub mod load;
pub mod popup;
pub mod query;
pub mod text;
pub mod update;

pub use command::{Command, Done, Refusal, ReviewInput, Step};
pub use popup::Popup;
pub use text::ReviewText;

/// Where the focus is on the Penilaian tab.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Context {
    /// The team grid (or an employee's own evaluations).
    Grid,
    /// The scoring form of an evaluation that may be changed.
    Form,
    /// A signed evaluation, read-only.
    Signed,
}

impl Context {
    pub const ALL: [Context; 3] = [Context::Grid, Context::Form, Context::Signed];
}

/// What a key means on the Penilaian tab, beyond moving.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    PrevYear,
    NextYear,
    /// The previous periodic segment (Tahunan comes after the last one).
    PrevPeriod,
    NextPeriod,
    /// The focused rating becomes this one (`None`: cleared).
    Rate(Option<crate::domain::appraisal::Rating>),
    /// Rating hasil kerja <-> rating perilaku kerja.
    Column,
    Reload,
    Sign,
    Reopen,
    /// An admin chooses the supervisor whose reports the grid shows.
    ChooseSupervisor,
    /// The panel's unit grade for the year (head one level up, or an admin with the decree).
    UnitGrade,
    /// The day the focused row's signed evaluation was received.
    Receipt,
    /// Keberatan against the focused row's signed evaluation.
    Object,
    /// The decision on the focused row's objection (the appraiser's superior).
    Decide,
    /// The panel shows the next unit the rows work in.
    NextPanelUnit,
}

/// Where a picker's choice goes on the Penilaian tab.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PickTarget {
    /// The supervisor an admin looks at.
    Supervisor,
}

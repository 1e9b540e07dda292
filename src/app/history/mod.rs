//! Riwayat (tab 5, issue 9): one person's whole record across the years as a timeline, with a
//! chart of grades and the count of feedback per segment above it. Its state is
//! `AppState::history` (`view::HistoryView`); it reads through `Effect::LoadHistory`, which
//! the runtime answers with `query::history`. `H` on any list of people opens it on the person
//! under the cursor (`update::from_list`).

pub mod keys;
pub mod query;
pub mod text;
pub mod update;
pub mod view;

pub use query::{EntryKind, History};
pub use text::HistoryText;

/// Where the focus is on the Riwayat tab.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Context {
    /// The timeline.
    Timeline,
    /// The search line (`/`): typing searches notes and sessions.
    Search,
}

impl Context {
    pub const ALL: [Context; 2] = [Context::Timeline, Context::Search];

    pub fn of(view: &view::HistoryView) -> Context {
        if view.searching {
            Context::Search
        } else {
            Context::Timeline
        }
    }
}

/// What a key means on the Riwayat tab, beyond moving and opening.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// The previous person of the viewer's line.
    PrevPerson,
    /// The next person of the viewer's line.
    NextPerson,
    /// The year filter one year older (all years, then the newest, ...).
    OlderYear,
    /// The year filter one year newer.
    NewerYear,
    /// The kind filter: all, then each kind in turn.
    NextKind,
    Reload,
}

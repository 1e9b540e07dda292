//! Tab 4, Dialog Kinerja: the list of the viewer's reports with their year of feedback, the
//! selected person's sessions and quick notes, the session editor (multi-line situation,
//! topics, follow-ups), the follow-up review and the quick note popup (two keys from any
//! list of people). State in `AppState::feedback`; reads through `Effect::LoadSessions` /
//! `Effect::OpenFeedbackForm`; changes through `Command::Feedback`.

pub mod evidence;
pub mod follow_up_form;
pub mod keys;
pub mod load;
pub mod note_form;
pub mod popup;
pub mod review_form;
pub mod session_form;
pub mod text;
pub mod update;
pub mod view;

pub use popup::Popup;
pub use text::SessionText;

/// Where the focus is on the Dialog Kinerja tab.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Context {
    /// The list of people.
    List,
    /// The selected person's sessions, follow-ups and notes.
    Entries,
    /// The session editor.
    Editor,
    /// A small form: a follow-up, its review, a quick note.
    SubForm,
}

impl Context {
    pub const ALL: [Context; 4] = [
        Context::List,
        Context::Entries,
        Context::Editor,
        Context::SubForm,
    ];

    pub fn of(view: &view::SessionsView) -> Context {
        match view.pane {
            view::Pane::List => Context::List,
            view::Pane::Entries => Context::Entries,
        }
    }
}

/// What a key means on the Dialog Kinerja tab, beyond moving.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    PrevYear,
    NextYear,
    /// List <-> the selected person's entries.
    Pane,
    NewSession,
    ReviewFollowUp,
    Acknowledge,
    Delete,
    Reload,
    /// An admin chooses the supervisor whose reports the list shows.
    ChooseSupervisor,
    /// Space: chooses a topic (in text: a space).
    Toggle,
    Undo,
    Redo,
}

/// Where a picker's choice goes on the Dialog Kinerja tab.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PickTarget {
    Supervisor,
}

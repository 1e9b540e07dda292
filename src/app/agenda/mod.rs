//! Agenda (tab 0, issue 9): what is due for the signed-in supervisor, read through
//! `app::feedback::query::agenda` (`Effect::LoadAgenda`), one line per thing to do; Enter goes
//! where it is dealt with. The first screen of a supervisor after signing in.

pub mod keys;
pub mod text;
pub mod update;
pub mod view;

pub use text::AgendaText;

/// Where the focus is on the agenda.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Context {
    List,
}

impl Context {
    pub const ALL: [Context; 1] = [Context::List];
}

/// What a key means on the agenda, beyond moving and Enter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Reload,
}

//! The tab's popups: the session editor, its follow-up sub-form, the follow-up review and
//! the quick note.

use super::follow_up_form::FollowUpForm;
use super::note_form::NoteForm;
use super::review_form::ReviewForm;
use super::session_form::SessionForm;
use super::Context;
use crate::app::kit::form::Form;

#[derive(Clone, Debug)]
pub enum Popup {
    Session(Box<SessionForm>),
    FollowUp(Box<FollowUpForm>),
    Review(Box<ReviewForm>),
    Note(Box<NoteForm>),
}

impl Popup {
    pub fn form(&self) -> &dyn Form {
        match self {
            Popup::Session(f) => f.as_ref(),
            Popup::FollowUp(f) => f.as_ref(),
            Popup::Review(f) => f.as_ref(),
            Popup::Note(f) => f.as_ref(),
        }
    }

    pub fn form_mut(&mut self) -> &mut dyn Form {
        match self {
            Popup::Session(f) => f.as_mut(),
            Popup::FollowUp(f) => f.as_mut(),
            Popup::Review(f) => f.as_mut(),
            Popup::Note(f) => f.as_mut(),
        }
    }

    /// Every form of the tab closes once its command is done.
    pub fn closes_on_saved(&self) -> bool {
        !matches!(self, Popup::FollowUp(_))
    }

    pub fn context(&self) -> Context {
        match self {
            Popup::Session(_) => Context::Editor,
            Popup::FollowUp(_) | Popup::Review(_) | Popup::Note(_) => Context::SubForm,
        }
    }
}

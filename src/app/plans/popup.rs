//! The SKP tab's popups and where its pickers' choices go.

use super::forms::PlanForm;
use crate::app::kit::form::Form;

#[derive(Clone, Debug)]
pub enum Popup {
    Form(Box<PlanForm>),
}

impl Popup {
    pub fn form(&self) -> &dyn Form {
        match self {
            Popup::Form(f) => f.as_ref(),
        }
    }

    pub fn form_mut(&mut self) -> &mut dyn Form {
        match self {
            Popup::Form(f) => f.as_mut(),
        }
    }

    pub fn closes_on_saved(&self) -> bool {
        match self {
            Popup::Form(_) => true,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PickTarget {
    /// The RHK atasan of the RHK form (field `index`).
    Parent { field: usize },
}

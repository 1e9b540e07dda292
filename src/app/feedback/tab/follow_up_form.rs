//! The follow-up sub-form of the session editor: item, competence, method, when, the
//! employee's part, the appraiser's part, due date. OK puts it back into the editor below
//! (whose draft then keeps it); it keeps no draft of its own.

use tui_input::Input;

use crate::app::kit::form::Form;
use crate::app::kit::input::{format_date, parse_date};
use crate::domain::feedback::FollowUp;

/// The fields, in focus order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    Item,
    Competence,
    Method,
    When,
    EmployeePart,
    AppraiserPart,
    Due,
}

impl Slot {
    pub const ALL: [Slot; 7] = [
        Slot::Item,
        Slot::Competence,
        Slot::Method,
        Slot::When,
        Slot::EmployeePart,
        Slot::AppraiserPart,
        Slot::Due,
    ];
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FollowUpError {
    ItemEmpty,
    DueUnreadable,
}

#[derive(Clone, Debug)]
pub struct FollowUpForm {
    /// Position in the editor's follow-ups (`None`: a new one).
    pub index: Option<usize>,
    pub base: FollowUp,
    /// One input per [`Slot`].
    pub inputs: Vec<Input>,
    pub focus: usize,
    pub error: Option<(Slot, FollowUpError)>,
    initial: Vec<String>,
}

impl FollowUpForm {
    pub fn new(index: Option<usize>, base: FollowUp) -> FollowUpForm {
        let values = [
            base.item.clone(),
            base.competence.clone(),
            base.method.clone(),
            base.when.clone(),
            base.employee_part.clone(),
            base.appraiser_part.clone(),
            format_date(base.due),
        ];
        FollowUpForm {
            index,
            inputs: values.iter().map(|v| Input::new(v.clone())).collect(),
            initial: values.to_vec(),
            base,
            focus: 0,
            error: None,
        }
    }

    pub fn slot(&self) -> Slot {
        Slot::ALL[self.focus.min(Slot::ALL.len() - 1)]
    }

    pub fn value(&self, s: Slot) -> &str {
        self.inputs
            .get(s as usize)
            .map(|i| i.value())
            .unwrap_or_default()
    }

    pub fn input_mut(&mut self) -> Option<&mut Input> {
        self.inputs.get_mut(self.focus)
    }

    /// The follow-up as typed, or what is wrong (focus moved there).
    pub fn follow_up(&mut self, today: chrono::NaiveDate) -> Option<FollowUp> {
        let due_text = self.value(Slot::Due).trim().to_string();
        let due = if due_text.is_empty() {
            None
        } else {
            match parse_date(&due_text, today).ok() {
                Some(d) => Some(d),
                None => {
                    self.error = Some((Slot::Due, FollowUpError::DueUnreadable));
                    self.focus = Slot::Due as usize;
                    return None;
                }
            }
        };
        if self.value(Slot::Item).trim().is_empty() {
            self.error = Some((Slot::Item, FollowUpError::ItemEmpty));
            self.focus = 0;
            return None;
        }
        let v = |s: Slot| self.value(s).trim().to_string();
        Some(FollowUp {
            item: v(Slot::Item),
            competence: v(Slot::Competence),
            method: v(Slot::Method),
            when: v(Slot::When),
            employee_part: v(Slot::EmployeePart),
            appraiser_part: v(Slot::AppraiserPart),
            due,
            ..self.base.clone()
        })
    }
}

impl Form for FollowUpForm {
    fn is_dirty(&self) -> bool {
        self.inputs
            .iter()
            .map(|i| i.value())
            .ne(self.initial.iter().map(String::as_str))
    }

    fn has_errors(&self) -> bool {
        self.error.is_some()
    }
}

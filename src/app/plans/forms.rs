//! The SKP forms as one shape: a list of labelled fields (text, a choice, a pick), a focus,
//! an error per field, and what the form is for (`Purpose`). Saving builds a command from
//! the open plan (`update::save_form`); a refusal leaves every typed value in place.

use tui_input::Input;

use super::text::PlanText;
use crate::app::kit::form::Form;
use crate::domain::plan::ResultRef;
use crate::domain::ruledata::CoreValue;

/// What a form saves into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// A new RHK (`None`) or RHK `n`.
    Result(Option<u16>),
    /// A new indicator of RHK `result` (`None`) or indicator `n` of it.
    Indicator {
        result: u16,
        number: Option<u16>,
    },
    Reject,
    Reopen,
    /// Ekspektasi khusus pimpinan per core value, and the annex.
    Expectations,
    /// Realisasi of one indicator in one segment.
    Realize {
        result: u16,
        indicator: u16,
        segment: u8,
    },
    /// Salin SKP tahun lalu: one check per RHK of last year's plan, in its order.
    CopyLastYear,
    /// Bagikan RHK `result` of the open plan: one check per plan that may take it
    /// (`update::assignable`, in overview order).
    Assign {
        result: u16,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Label {
    Text(PlanText),
    Value(CoreValue),
    /// Data as the label (an RHK of last year).
    Data(String),
}

#[derive(Clone, Debug)]
pub enum Value {
    Text(Input),
    /// One of `options`, moved with Left/Right.
    Choice {
        options: Vec<PlanText>,
        index: usize,
    },
    /// A supervisor's RHK chosen in a picker; `shown` is its text.
    Parent {
        chosen: Option<ResultRef>,
        shown: String,
    },
    /// A checklist entry, toggled with Space.
    Check(bool),
}

impl Value {
    pub fn text(s: &str) -> Value {
        Value::Text(Input::new(s.to_string()))
    }

    /// The value as text, to tell whether the form changed.
    fn as_text(&self) -> String {
        match self {
            Value::Text(i) => i.value().to_string(),
            Value::Choice { index, .. } => index.to_string(),
            Value::Parent { chosen, .. } => format!("{chosen:?}"),
            Value::Check(on) => on.to_string(),
        }
    }
}

#[derive(Clone, Debug)]
pub struct Field {
    pub label: Label,
    pub value: Value,
    pub error: Option<PlanText>,
    pub hint: Option<PlanText>,
}

impl Field {
    pub fn new(label: Label, value: Value) -> Field {
        Field {
            label,
            value,
            error: None,
            hint: None,
        }
    }

    pub fn hint(mut self, h: PlanText) -> Field {
        self.hint = Some(h);
        self
    }
}

#[derive(Clone, Debug)]
pub struct PlanForm {
    pub purpose: Purpose,
    pub title: PlanText,
    pub fields: Vec<Field>,
    pub focus: usize,
    initial: Vec<String>,
}

impl PlanForm {
    pub fn new(purpose: Purpose, title: PlanText, fields: Vec<Field>) -> PlanForm {
        let initial = fields.iter().map(|f| f.value.as_text()).collect();
        PlanForm {
            purpose,
            title,
            fields,
            focus: 0,
            initial,
        }
    }

    pub fn input(&self, i: usize) -> &str {
        match self.fields.get(i).map(|f| &f.value) {
            Some(Value::Text(inp)) => inp.value(),
            _ => "",
        }
    }

    pub fn choice(&self, i: usize) -> usize {
        match self.fields.get(i).map(|f| &f.value) {
            Some(Value::Choice { index, .. }) => *index,
            _ => 0,
        }
    }

    pub fn parent(&self, i: usize) -> Option<ResultRef> {
        match self.fields.get(i).map(|f| &f.value) {
            Some(Value::Parent { chosen, .. }) => *chosen,
            _ => None,
        }
    }

    pub fn checked(&self, i: usize) -> bool {
        matches!(
            self.fields.get(i).map(|f| &f.value),
            Some(Value::Check(true))
        )
    }

    pub fn clear_errors(&mut self) {
        for f in &mut self.fields {
            f.error = None;
        }
    }

    pub fn set_error(&mut self, i: usize, e: PlanText) {
        if let Some(f) = self.fields.get_mut(i) {
            f.error = Some(e);
        }
    }
}

impl Form for PlanForm {
    fn is_dirty(&self) -> bool {
        self.fields
            .iter()
            .zip(&self.initial)
            .any(|(f, i)| f.value.as_text() != *i)
    }

    fn has_errors(&self) -> bool {
        self.fields.iter().any(|f| f.error.is_some())
    }
}

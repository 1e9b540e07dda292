//! The SKP forms as one shape: a list of labelled fields (text, a choice, a pick), a focus,
//! an error per field, and what the form is for (`Purpose`). Saving builds a command from
//! the open plan (`update::save_form`); a refusal leaves every typed value in place.

use tui_input::Input;

use super::text::PlanText;
use crate::app::kit::form::{field, Fields, Form};
use crate::domain::plan::{PlanId, ResultRef};
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
    /// The plan the form belongs to, for its draft identity (set when opened).
    pub plan: Option<PlanId>,
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
            plan: None,
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

    /// Names the plan and the purpose, so a draft comes back only on the same form of the same
    /// plan; checklists are rebuilt from data each time and keep none.
    fn draft_id(&self) -> Option<String> {
        let plan = self.plan?.0;
        let what = match self.purpose {
            Purpose::Result(None) => "rhk/new".to_string(),
            Purpose::Result(Some(n)) => format!("rhk/{n}"),
            Purpose::Indicator {
                result,
                number: None,
            } => format!("indicator/{result}/new"),
            Purpose::Indicator {
                result,
                number: Some(n),
            } => format!("indicator/{result}/{n}"),
            Purpose::Reject => "reject".to_string(),
            Purpose::Reopen => "reopen".to_string(),
            Purpose::Expectations => "expectations".to_string(),
            Purpose::Realize {
                result,
                indicator,
                segment,
            } => format!("realize/{result}/{indicator}/{segment}"),
            Purpose::CopyLastYear | Purpose::Assign { .. } => return None,
        };
        Some(format!("plan/{plan}/{what}"))
    }

    /// Text and choices by field position (`f0`, `f1`...); a picked parent RHK is not kept
    /// (its shown text comes from the supervisor's plan, which may have changed).
    fn draft_fields(&self) -> Fields {
        self.fields
            .iter()
            .enumerate()
            .filter_map(|(i, f)| match &f.value {
                Value::Text(inp) => Some((format!("f{i}"), inp.value().to_string())),
                Value::Choice { index, .. } => Some((format!("f{i}"), index.to_string())),
                Value::Parent { .. } | Value::Check(_) => None,
            })
            .collect()
    }

    fn restore(&mut self, fields: &[(String, String)]) {
        for (i, f) in self.fields.iter_mut().enumerate() {
            let Some(v) = field(fields, &format!("f{i}")) else {
                continue;
            };
            match &mut f.value {
                Value::Text(inp) => *inp = Input::new(v.to_string()),
                Value::Choice { options, index } => {
                    if let Some(n) = v.parse::<usize>().ok().filter(|n| *n < options.len()) {
                        *index = n;
                    }
                }
                Value::Parent { .. } | Value::Check(_) => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rhk_form(plan: u64) -> PlanForm {
        let mut f = PlanForm::new(
            Purpose::Result(None),
            PlanText::ResultNewTitle,
            vec![
                Field::new(
                    Label::Text(PlanText::LabelKind),
                    Value::Choice {
                        options: vec![PlanText::LabelKind, PlanText::LabelText],
                        index: 0,
                    },
                ),
                Field::new(Label::Text(PlanText::LabelText), Value::text("")),
            ],
        );
        f.plan = Some(PlanId(plan));
        f
    }

    #[test]
    fn a_plan_form_comes_back_from_its_draft() {
        let mut typed = rhk_form(7);
        typed.fields[0].value = Value::Choice {
            options: vec![PlanText::LabelKind, PlanText::LabelText],
            index: 1,
        };
        typed.fields[1].value = Value::text("Terselenggaranya layanan arsip");
        assert!(typed.is_dirty());
        let mut back = rhk_form(7);
        assert_eq!(back.draft_id(), typed.draft_id());
        assert_eq!(back.draft_id().as_deref(), Some("plan/7/rhk/new"));
        back.restore(&typed.draft_fields());
        assert_eq!(back.choice(0), 1);
        assert_eq!(back.input(1), "Terselenggaranya layanan arsip");
        assert!(back.is_dirty());
        // Another plan's form is another draft.
        assert_eq!(rhk_form(8).draft_id().as_deref(), Some("plan/8/rhk/new"));
        // A choice out of range is left as it is.
        let mut odd = rhk_form(7);
        odd.restore(&[("f0".into(), "9".into())]);
        assert_eq!(odd.choice(0), 0);
    }

    #[test]
    fn checklists_and_unopened_forms_keep_no_draft() {
        let mut f = PlanForm::new(Purpose::CopyLastYear, PlanText::CopyTitle, Vec::new());
        f.plan = Some(PlanId(3));
        assert_eq!(f.draft_id(), None);
        assert_eq!(rhk_form(3).draft_id().as_deref(), Some("plan/3/rhk/new"));
        let mut loose = rhk_form(3);
        loose.plan = None;
        assert_eq!(loose.draft_id(), None);
    }
}

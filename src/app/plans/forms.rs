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
    /// One line of an annex list: its short name and number from 1 (`None`: the blank line
    /// that adds an item).
    Item(PlanText, Option<usize>),
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
    /// The field's stable name: drafts and saving find a field by it, never by position.
    pub key: String,
    pub label: Label,
    pub value: Value,
    pub error: Option<PlanText>,
    pub hint: Option<PlanText>,
}

impl Field {
    pub fn new(key: impl Into<String>, label: Label, value: Value) -> Field {
        Field {
            key: key.into(),
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
    initial: Vec<(String, String)>,
}

impl PlanForm {
    pub fn new(purpose: Purpose, title: PlanText, fields: Vec<Field>) -> PlanForm {
        let mut f = PlanForm {
            purpose,
            title,
            fields,
            focus: 0,
            plan: None,
            initial: Vec::new(),
        };
        f.initial = f.values();
        f
    }

    /// Takes the fields as they are now as the unchanged state.
    pub fn settle(&mut self) {
        self.initial = self.values();
    }

    /// Every field's value as text, by key: what "changed" compares.
    fn values(&self) -> Vec<(String, String)> {
        self.fields
            .iter()
            .map(|f| (f.key.clone(), f.value.as_text()))
            .filter(|(k, v)| !(is_list_key(k) && v.is_empty()))
            .collect()
    }

    /// The position of the field named `key`.
    pub fn at(&self, key: &str) -> Option<usize> {
        self.fields.iter().position(|f| f.key == key)
    }

    fn value(&self, key: &str) -> Option<&Value> {
        self.fields.iter().find(|f| f.key == key).map(|f| &f.value)
    }

    pub fn input(&self, key: &str) -> &str {
        match self.value(key) {
            Some(Value::Text(inp)) => inp.value(),
            _ => "",
        }
    }

    pub fn choice(&self, key: &str) -> usize {
        match self.value(key) {
            Some(Value::Choice { index, .. }) => *index,
            _ => 0,
        }
    }

    pub fn parent(&self, key: &str) -> Option<ResultRef> {
        match self.value(key) {
            Some(Value::Parent { chosen, .. }) => *chosen,
            _ => None,
        }
    }

    /// The typed lines of the list `list` (see `set_list`), blanks left out.
    pub fn list(&self, list: &str) -> Vec<String> {
        let prefix = format!("{list}.");
        self.fields
            .iter()
            .filter(|f| f.key.starts_with(&prefix))
            .filter_map(|f| match &f.value {
                Value::Text(i) => Some(i.value().trim().to_string()),
                _ => None,
            })
            .filter(|s| !s.is_empty())
            .collect()
    }

    /// Makes the list `list` (fields `list.0`, `list.1`...) hold `items`, one line each, and
    /// one blank line after them to add an item; it takes the place of the old lines (else
    /// goes last).
    pub fn set_list(&mut self, list: &str, name: PlanText, items: &[String]) {
        let prefix = format!("{list}.");
        let at = self
            .fields
            .iter()
            .position(|f| f.key.starts_with(&prefix))
            .unwrap_or(self.fields.len());
        let focused_key = self.fields.get(self.focus).map(|f| f.key.clone());
        self.fields.retain(|f| !f.key.starts_with(&prefix));
        let lines = items
            .iter()
            .map(|s| Some(s.as_str()))
            .chain(std::iter::once(None))
            .enumerate()
            .map(|(n, s)| {
                Field::new(
                    format!("{prefix}{n}"),
                    Label::Item(name, s.map(|_| n + 1)),
                    Value::text(s.unwrap_or("")),
                )
                .hint(PlanText::ListHint)
            });
        let at = at.min(self.fields.len());
        self.fields.splice(at..at, lines);
        if let Some(k) = focused_key {
            self.focus = self
                .at(&k)
                .unwrap_or(self.focus.min(self.fields.len().saturating_sub(1)));
        }
    }

    /// After typing: a list whose blank last line got text grows a new blank line; a list
    /// keeps one blank line at its end. Lines emptied in the middle go on saving.
    pub fn tidy_lists(&mut self) {
        let Some(key) = self.fields.get(self.focus).map(|f| f.key.clone()) else {
            return;
        };
        let Some((list, _)) = key.split_once('.').filter(|_| is_list_key(&key)) else {
            return;
        };
        let list = list.to_string();
        let prefix = format!("{list}.");
        let lines: Vec<usize> = (0..self.fields.len())
            .filter(|i| self.fields[*i].key.starts_with(&prefix))
            .collect();
        let Some(&last) = lines.last() else { return };
        let name = match self.fields[last].label {
            Label::Item(n, _) => n,
            _ => return,
        };
        let texts: Vec<String> = lines
            .iter()
            .map(|i| match &self.fields[*i].value {
                Value::Text(inp) => inp.value().to_string(),
                _ => String::new(),
            })
            .collect();
        let focus_line = lines.iter().position(|i| *i == self.focus).unwrap_or(0);
        // Keep typed lines (even blank ones before the focus, so the cursor stays put).
        let mut keep: Vec<String> = texts;
        while keep.len() > focus_line + 1 && keep.last().is_some_and(|s| s.is_empty()) {
            keep.pop();
        }
        if keep.last().is_some_and(|s| s.is_empty()) {
            keep.pop();
        }
        let first = lines[0];
        let focus_in_list = self.focus - first;
        self.set_list(&list, name, &keep);
        self.focus = first + focus_in_list.min(keep.len());
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

    pub fn set_error(&mut self, key: &str, e: PlanText) {
        if let Some(f) = self.fields.iter_mut().find(|f| f.key == key) {
            f.error = Some(e);
        }
    }
}

/// The annex lists' lines (`resources.0`...): blank lines there hold nothing.
fn is_list_key(key: &str) -> bool {
    LISTS.iter().any(|l| {
        key.strip_prefix(l)
            .and_then(|r| r.strip_prefix('.'))
            .is_some_and(|n| n.parse::<usize>().is_ok())
    })
}

/// The annex lists' keys, with the short name each line shows.
pub const LISTS: [&str; 3] = ["resources", "accountability", "consequences"];

impl Form for PlanForm {
    fn is_dirty(&self) -> bool {
        self.values() != self.initial
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

    /// Text and choices by field name; a picked parent RHK as `plan:number` with its shown
    /// text (the link is by reference: a supervisor's RHK deleted meanwhile shows as unlinked
    /// after saving, and submitting names it).
    fn draft_fields(&self) -> Fields {
        let mut out = Vec::new();
        for f in &self.fields {
            match &f.value {
                Value::Text(inp) => out.push((f.key.clone(), inp.value().to_string())),
                Value::Choice { index, .. } => out.push((f.key.clone(), index.to_string())),
                Value::Parent {
                    chosen: Some(r),
                    shown,
                } => {
                    out.push((f.key.clone(), format!("{}:{}", r.plan.0, r.number)));
                    out.push((format!("{}.shown", f.key), shown.clone()));
                }
                Value::Parent { chosen: None, .. } | Value::Check(_) => {}
            }
        }
        out
    }

    fn restore(&mut self, fields: &[(String, String)]) {
        // Annex lists first: they may hold more lines than the form opened with.
        for list in LISTS {
            let name = self.fields.iter().find_map(|f| match f.label {
                Label::Item(n, _) if f.key.starts_with(&format!("{list}.")) => Some(n),
                _ => None,
            });
            let Some(name) = name else { continue };
            let items: Vec<String> = (0..)
                .map_while(|n| field(fields, &format!("{list}.{n}")))
                .filter(|s| !s.trim().is_empty())
                .map(str::to_string)
                .collect();
            if field(fields, &format!("{list}.0")).is_some() {
                self.set_list(list, name, &items);
            }
        }
        for f in self.fields.iter_mut() {
            let Some(v) = field(fields, &f.key) else {
                continue;
            };
            match &mut f.value {
                Value::Text(inp) => *inp = Input::new(v.to_string()),
                Value::Choice { options, index } => {
                    if let Some(n) = v.parse::<usize>().ok().filter(|n| *n < options.len()) {
                        *index = n;
                    }
                }
                Value::Parent { chosen, shown } => {
                    let r = v.split_once(':').and_then(|(p, n)| {
                        Some(ResultRef {
                            plan: PlanId(p.parse().ok()?),
                            number: n.parse().ok()?,
                        })
                    });
                    if let Some(r) = r {
                        *chosen = Some(r);
                        *shown = field(fields, &format!("{}.shown", f.key))
                            .unwrap_or_default()
                            .to_string();
                    }
                }
                Value::Check(_) => {}
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
                    "kind",
                    Label::Text(PlanText::LabelKind),
                    Value::Choice {
                        options: vec![PlanText::LabelKind, PlanText::LabelText],
                        index: 0,
                    },
                ),
                Field::new("text", Label::Text(PlanText::LabelText), Value::text("")),
                Field::new(
                    "parent",
                    Label::Text(PlanText::LabelParent),
                    Value::Parent {
                        chosen: None,
                        shown: String::new(),
                    },
                ),
            ],
        );
        f.plan = Some(PlanId(plan));
        f
    }

    #[test]
    fn a_plan_form_comes_back_from_its_draft_with_the_picked_parent() {
        let mut typed = rhk_form(7);
        typed.fields[0].value = Value::Choice {
            options: vec![PlanText::LabelKind, PlanText::LabelText],
            index: 1,
        };
        typed.fields[1].value = Value::text("Terselenggaranya layanan arsip");
        typed.fields[2].value = Value::Parent {
            chosen: Some(ResultRef {
                plan: PlanId(3),
                number: 2,
            }),
            shown: "2. Layanan arsip".into(),
        };
        assert!(typed.is_dirty());
        let draft = typed.draft_fields();
        assert_eq!(
            draft,
            vec![
                ("kind".to_string(), "1".to_string()),
                ("text".into(), "Terselenggaranya layanan arsip".into()),
                ("parent".into(), "3:2".into()),
                ("parent.shown".into(), "2. Layanan arsip".into()),
            ]
        );
        let mut back = rhk_form(7);
        assert_eq!(back.draft_id(), typed.draft_id());
        assert_eq!(back.draft_id().as_deref(), Some("plan/7/rhk/new"));
        back.restore(&draft);
        assert_eq!(back.choice("kind"), 1);
        assert_eq!(back.input("text"), "Terselenggaranya layanan arsip");
        assert_eq!(
            back.parent("parent"),
            Some(ResultRef {
                plan: PlanId(3),
                number: 2
            })
        );
        assert!(
            matches!(&back.fields[2].value, Value::Parent { shown, .. } if shown == "2. Layanan arsip")
        );
        assert!(back.is_dirty());
        // Another plan's form is another draft.
        assert_eq!(rhk_form(8).draft_id().as_deref(), Some("plan/8/rhk/new"));
        // A choice out of range and a broken link are left as they are.
        let mut odd = rhk_form(7);
        odd.restore(&[("kind".into(), "9".into()), ("parent".into(), "x:1".into())]);
        assert_eq!(odd.choice("kind"), 0);
        assert_eq!(odd.parent("parent"), None);
    }

    #[test]
    fn drafts_find_fields_by_name_whatever_their_order() {
        let typed = rhk_form(7);
        let mut moved = rhk_form(7);
        moved.fields.swap(0, 1);
        moved.restore(&[
            ("text".into(), "Arsip tertata".into()),
            ("kind".into(), "1".into()),
        ]);
        assert_eq!(moved.input("text"), "Arsip tertata");
        assert_eq!(moved.choice("kind"), 1);
        // The old positional names mean nothing now.
        let mut old = typed.clone();
        old.restore(&[("f1".into(), "lama".into())]);
        assert_eq!(old.input("text"), "");
    }

    fn annex_form(items: &[&str]) -> PlanForm {
        let mut f = PlanForm::new(
            Purpose::Expectations,
            PlanText::ExpectationsTitle,
            Vec::new(),
        );
        let items: Vec<String> = items.iter().map(|s| s.to_string()).collect();
        f.set_list("resources", PlanText::ListResources, &items);
        f.initial = f.values();
        f.plan = Some(PlanId(1));
        f
    }

    fn keys(f: &PlanForm) -> Vec<&str> {
        f.fields.iter().map(|x| x.key.as_str()).collect()
    }

    #[test]
    fn an_annex_list_is_one_line_per_item_and_grows_while_typed() {
        let mut f = annex_form(&["Komputer", "Printer"]);
        assert_eq!(keys(&f), ["resources.0", "resources.1", "resources.2"]);
        assert_eq!(f.list("resources"), ["Komputer", "Printer"]);
        assert!(!f.is_dirty());
        // Typing into the blank line adds an item and a new blank line.
        f.focus = 2;
        f.fields[2].value = Value::text("Mobil dinas");
        f.tidy_lists();
        assert_eq!(keys(&f).len(), 4);
        assert_eq!(f.focus, 2);
        assert_eq!(f.list("resources"), ["Komputer", "Printer", "Mobil dinas"]);
        assert!(f.is_dirty());
        // Emptying it again leaves one blank line at the end.
        f.fields[2].value = Value::text("");
        f.tidy_lists();
        assert_eq!(keys(&f).len(), 3);
        assert_eq!(f.focus, 2);
        assert!(!f.is_dirty());
        // A line emptied in the middle is an item deleted.
        f.focus = 0;
        f.fields[0].value = Value::text("");
        f.tidy_lists();
        assert_eq!(f.list("resources"), ["Printer"]);
        // The draft keeps the lines and brings back more lines than the form opened with.
        let mut typed = annex_form(&[]);
        typed.focus = 0;
        typed.fields[0].value = Value::text("Satu");
        typed.tidy_lists();
        typed.focus = 1;
        typed.fields[1].value = Value::text("Dua");
        typed.tidy_lists();
        let mut back = annex_form(&[]);
        back.restore(&typed.draft_fields());
        assert_eq!(back.list("resources"), ["Satu", "Dua"]);
        assert_eq!(keys(&back), ["resources.0", "resources.1", "resources.2"]);
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

//! The add/edit unit form: name, parent unit, head of unit.

use tui_input::Input;

use crate::app::employees::form::{edit_input, FormError};
use crate::app::kit::key::Key;
use crate::domain::{EmployeeId, Field, OrgUnit, RuleError, UnitId};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnitField {
    Name,
    Parent,
    Head,
}

impl UnitField {
    pub const ORDER: [UnitField; 3] = [UnitField::Name, UnitField::Parent, UnitField::Head];
}

#[derive(Clone, Debug)]
pub struct UnitForm {
    pub editing: Option<UnitId>,
    pub name: Input,
    pub parent: Option<UnitId>,
    pub head: Option<EmployeeId>,
    active: bool,
    pub focus: usize,
    pub errors: Vec<(UnitField, FormError)>,
    pristine: (String, Option<UnitId>, Option<EmployeeId>),
    /// The stored revision when the form was opened; the save is based on it.
    revision: u64,
}

impl UnitForm {
    pub fn new(parent: Option<UnitId>) -> UnitForm {
        UnitForm {
            editing: None,
            name: Input::default(),
            parent,
            head: None,
            active: true,
            focus: 0,
            errors: Vec::new(),
            pristine: (String::new(), parent, None),
            revision: 0,
        }
    }

    pub fn edit(u: &OrgUnit) -> UnitForm {
        UnitForm {
            editing: Some(u.id),
            name: Input::new(u.name.clone()),
            parent: u.parent,
            head: u.head,
            active: u.active,
            focus: 0,
            errors: Vec::new(),
            pristine: (u.name.clone(), u.parent, u.head),
            revision: u.revision,
        }
    }

    pub fn is_dirty(&self) -> bool {
        (self.name.value().to_string(), self.parent, self.head) != self.pristine
    }

    pub fn focused(&self) -> UnitField {
        UnitField::ORDER[self.focus % UnitField::ORDER.len()]
    }

    pub fn focus_next(&mut self) {
        self.focus = (self.focus + 1) % UnitField::ORDER.len();
    }

    /// Next field, staying on the last one (after a pick).
    pub fn advance(&mut self) {
        self.focus = (self.focus + 1).min(UnitField::ORDER.len() - 1);
    }

    pub fn focus_prev(&mut self) {
        self.focus = (self.focus + UnitField::ORDER.len() - 1) % UnitField::ORDER.len();
    }

    pub fn type_key(&mut self, key: Key) {
        if self.focused() == UnitField::Name && edit_input(&mut self.name, key) {
            self.errors.retain(|(f, _)| *f != UnitField::Name);
            if let Some(e) = self.name_too_long() {
                self.errors.push((UnitField::Name, e));
            }
        }
    }

    /// Past the limit the text stays (nothing typed is lost) and the field says so.
    fn name_too_long(&self) -> Option<FormError> {
        crate::domain::limits::too_long(Field::UnitName, self.name.value())
            .map(|(max, len)| FormError::Rule(RuleError::TooLong { max, len }))
    }

    pub fn set_parent(&mut self, parent: Option<UnitId>) {
        self.parent = parent;
        self.errors.retain(|(f, _)| *f != UnitField::Parent);
    }

    pub fn set_head(&mut self, head: Option<EmployeeId>) {
        self.head = head;
        self.errors.retain(|(f, _)| *f != UnitField::Head);
    }

    pub fn error(&self, field: UnitField) -> Option<&FormError> {
        self.errors
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, e)| e)
    }

    pub fn to_unit(&mut self) -> Option<OrgUnit> {
        self.errors.clear();
        if self.name.value().trim().is_empty() {
            self.errors.push((UnitField::Name, FormError::Required));
            self.focus = 0;
            return None;
        }
        if let Some(e) = self.name_too_long() {
            self.errors.push((UnitField::Name, e));
            self.focus = 0;
            return None;
        }
        Some(OrgUnit {
            id: self.editing.unwrap_or(UnitId(0)),
            name: self.name.value().trim().to_string(),
            parent: self.parent,
            head: self.head,
            active: self.active,
            revision: self.revision,
        })
    }

    /// Puts the store's verdict on the fields it is about.
    pub fn set_rule_errors(&mut self, errors: &[RuleError]) {
        self.errors = errors
            .iter()
            .map(|e| {
                let field = match e {
                    RuleError::UnitNameRequired
                    | RuleError::UnitNameTaken
                    | RuleError::TooLong { .. } => UnitField::Name,
                    RuleError::UnitCycle | RuleError::UnknownParentUnit => UnitField::Parent,
                    _ => UnitField::Head,
                };
                (field, FormError::Rule(e.clone()))
            })
            .collect();
    }
}

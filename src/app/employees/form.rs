//! The add/edit employee form. It keeps every typed value when validation fails; errors are
//! values (translated when drawn), one per field.

use chrono::NaiveDate;
use tui_input::Input;

pub use crate::app::kit::input::{edit_input, format_date, parse_date};
use crate::app::kit::key::{Key, KeyCode};
use crate::app::services::register::Register;
use crate::domain::{
    Employee, EmployeeId, EmployeeKind, EmployeeStatus, Field, Grade, Nip, PersonName,
    PositionKind, RuleError, UnitId,
};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldId {
    Nip,
    Kind,
    FrontTitle,
    Name,
    BackTitle,
    Grade,
    Position,
    PositionKind,
    Unit,
    Supervisor,
    AppointedOn,
    GradeSince,
    PositionSince,
    Phone,
    Email,
}

impl FieldId {
    pub const ORDER: [FieldId; 15] = [
        FieldId::Nip,
        FieldId::Kind,
        FieldId::FrontTitle,
        FieldId::Name,
        FieldId::BackTitle,
        FieldId::Grade,
        FieldId::Position,
        FieldId::PositionKind,
        FieldId::Unit,
        FieldId::Supervisor,
        FieldId::AppointedOn,
        FieldId::GradeSince,
        FieldId::PositionSince,
        FieldId::Phone,
        FieldId::Email,
    ];

    pub fn shape(self) -> Shape {
        match self {
            FieldId::Kind | FieldId::Grade | FieldId::PositionKind => Shape::Choice,
            FieldId::Unit | FieldId::Supervisor => Shape::Reference,
            _ => Shape::Text,
        }
    }

    /// The register field of a text field that has a length limit.
    fn to_domain(self) -> Option<Field> {
        Some(match self {
            FieldId::Name => Field::Name,
            FieldId::FrontTitle => Field::FrontTitle,
            FieldId::BackTitle => Field::BackTitle,
            FieldId::Position => Field::Position,
            FieldId::Phone => Field::Phone,
            FieldId::Email => Field::Email,
            _ => return None,
        })
    }

    fn from_domain(f: Field) -> Option<FieldId> {
        Some(match f {
            Field::Nip => FieldId::Nip,
            Field::Name => FieldId::Name,
            Field::FrontTitle => FieldId::FrontTitle,
            Field::BackTitle => FieldId::BackTitle,
            Field::Kind => FieldId::Kind,
            Field::Grade => FieldId::Grade,
            Field::Position => FieldId::Position,
            Field::PositionKind => FieldId::PositionKind,
            Field::Unit => FieldId::Unit,
            Field::Supervisor => FieldId::Supervisor,
            Field::AppointedOn => FieldId::AppointedOn,
            Field::GradeSince => FieldId::GradeSince,
            Field::PositionSince => FieldId::PositionSince,
            Field::Phone => FieldId::Phone,
            Field::Email => FieldId::Email,
            Field::Status | Field::UnitName => return None,
        })
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    Text,
    Choice,
    Reference,
}

/// Why a field was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormError {
    Required,
    Date(crate::domain::dates::DateError),
    /// A date after today where only the past makes sense (a deactivation takes effect now).
    FutureDate,
    Rule(RuleError),
}

#[derive(Clone, Debug)]
pub struct EmployeeForm {
    pub editing: Option<EmployeeId>,
    pub focus: usize,
    pub nip: Input,
    pub kind: EmployeeKind,
    pub front_title: Input,
    pub name: Input,
    pub back_title: Input,
    pub grade: Grade,
    pub position: Input,
    pub position_kind: PositionKind,
    pub unit: Option<UnitId>,
    pub supervisor: Option<EmployeeId>,
    pub appointed_on: Input,
    pub grade_since: Input,
    pub position_since: Input,
    pub phone: Input,
    pub email: Input,
    /// The status is not edited here (deactivation has its own form) but must be kept.
    status: EmployeeStatus,
    pub errors: Vec<(FieldId, FormError)>,
    /// The grade chosen before the kind was switched, given back when it is switched back.
    other_grade: Option<Grade>,
    /// A supervisor editing a direct report: only phone and e-mail are theirs to change.
    pub restricted: bool,
    /// Fingerprint of the values when opened, to know whether anything was typed.
    pristine: String,
    /// The stored record's revision when the form was opened: the save is based on it, and the
    /// store refuses it when someone else saved the employee meanwhile.
    revision: u64,
}

fn input(s: &str) -> Input {
    Input::new(s.to_string())
}

impl EmployeeForm {
    /// A blank form; unit and supervisor preset from the employee selected in the list.
    pub fn new(unit: Option<UnitId>, supervisor: Option<EmployeeId>) -> EmployeeForm {
        let mut f = EmployeeForm {
            editing: None,
            focus: 0,
            nip: Input::default(),
            kind: EmployeeKind::Pns,
            front_title: Input::default(),
            name: Input::default(),
            back_title: Input::default(),
            grade: Grade::Pns(crate::domain::PnsRank::IIA),
            position: Input::default(),
            position_kind: PositionKind::Pelaksana,
            unit,
            supervisor,
            appointed_on: Input::default(),
            grade_since: Input::default(),
            position_since: Input::default(),
            phone: Input::default(),
            email: Input::default(),
            status: EmployeeStatus::Active,
            errors: Vec::new(),
            restricted: false,
            other_grade: None,
            pristine: String::new(),
            revision: 0,
        };
        f.pristine = f.fingerprint();
        f
    }

    pub fn edit(e: &Employee) -> EmployeeForm {
        let mut f = EmployeeForm {
            editing: Some(e.id),
            focus: 0,
            nip: input(&e.nip.grouped()),
            kind: e.kind,
            front_title: input(&e.name.front_title),
            name: input(&e.name.name),
            back_title: input(&e.name.back_title),
            grade: e.grade,
            position: input(&e.position),
            position_kind: e.position_kind,
            unit: Some(e.unit),
            supervisor: e.supervisor,
            appointed_on: input(&format_date(e.appointed_on)),
            grade_since: input(&format_date(e.grade_since)),
            position_since: input(&format_date(e.position_since)),
            phone: input(&e.phone),
            email: input(&e.email),
            status: e.status.clone(),
            errors: Vec::new(),
            restricted: false,
            other_grade: None,
            pristine: String::new(),
            revision: e.revision,
        };
        f.pristine = f.fingerprint();
        f
    }

    fn fingerprint(&self) -> String {
        format!(
            "{}|{:?}|{}|{}|{}|{:?}|{}|{:?}|{:?}|{:?}|{}|{}|{}|{}|{}",
            self.nip.value(),
            self.kind,
            self.front_title.value(),
            self.name.value(),
            self.back_title.value(),
            self.grade,
            self.position.value(),
            self.position_kind,
            self.unit,
            self.supervisor,
            self.appointed_on.value(),
            self.grade_since.value(),
            self.position_since.value(),
            self.phone.value(),
            self.email.value()
        )
    }

    /// Whether anything differs from what the form opened with.
    pub fn is_dirty(&self) -> bool {
        self.fingerprint() != self.pristine
    }

    pub fn focused(&self) -> FieldId {
        FieldId::ORDER[self.focus.min(FieldId::ORDER.len() - 1)]
    }

    pub fn focus_next(&mut self) {
        self.focus = (self.focus + 1) % FieldId::ORDER.len();
    }

    /// Next field, staying on the last one (after a pick).
    pub fn advance(&mut self) {
        self.focus = (self.focus + 1).min(FieldId::ORDER.len() - 1);
    }

    pub fn focus_prev(&mut self) {
        self.focus = (self.focus + FieldId::ORDER.len() - 1) % FieldId::ORDER.len();
    }

    pub fn focus_field(&mut self, field: FieldId) {
        if let Some(i) = FieldId::ORDER.iter().position(|f| *f == field) {
            self.focus = i;
        }
    }

    pub fn text(&self, field: FieldId) -> Option<&Input> {
        Some(match field {
            FieldId::Nip => &self.nip,
            FieldId::FrontTitle => &self.front_title,
            FieldId::Name => &self.name,
            FieldId::BackTitle => &self.back_title,
            FieldId::Position => &self.position,
            FieldId::AppointedOn => &self.appointed_on,
            FieldId::GradeSince => &self.grade_since,
            FieldId::PositionSince => &self.position_since,
            FieldId::Phone => &self.phone,
            FieldId::Email => &self.email,
            _ => return None,
        })
    }

    fn text_mut(&mut self, field: FieldId) -> Option<&mut Input> {
        Some(match field {
            FieldId::Nip => &mut self.nip,
            FieldId::FrontTitle => &mut self.front_title,
            FieldId::Name => &mut self.name,
            FieldId::BackTitle => &mut self.back_title,
            FieldId::Position => &mut self.position,
            FieldId::AppointedOn => &mut self.appointed_on,
            FieldId::GradeSince => &mut self.grade_since,
            FieldId::PositionSince => &mut self.position_since,
            FieldId::Phone => &mut self.phone,
            FieldId::Email => &mut self.email,
            _ => return None,
        })
    }

    /// Edits the focused text field with a key; true if the key was used.
    /// Whether the field is read-only in this form (see `restricted`).
    pub fn is_locked(&self, field: FieldId) -> bool {
        self.restricted && !matches!(field, FieldId::Phone | FieldId::Email)
    }

    pub fn type_key(&mut self, key: Key) -> bool {
        let field = self.focused();
        if self.is_locked(field) {
            return false;
        }
        let Some(input) = self.text_mut(field) else {
            if key.typed_char() == Some(' ') && field.shape() == Shape::Choice {
                self.cycle(1);
                return true;
            }
            return false;
        };
        let used = edit_input(input, key);
        if used {
            // Past the limit the text stays (nothing typed is lost) and the field says so.
            let over = field
                .to_domain()
                .and_then(|d| crate::domain::limits::too_long(d, input.value()));
            self.errors.retain(|(f, _)| *f != field);
            if let Some((max, len)) = over {
                self.errors
                    .push((field, FormError::Rule(RuleError::TooLong { max, len })));
                self.sort_errors();
            }
        }
        used
    }

    /// Left/Right: a choice field changes value, a text field moves its cursor.
    pub fn cycle(&mut self, step: isize) {
        let field = self.focused();
        if self.is_locked(field) {
            return;
        }
        match field {
            FieldId::Kind => {
                self.kind = match self.kind {
                    EmployeeKind::Pns => EmployeeKind::Pppk,
                    EmployeeKind::Pppk => EmployeeKind::Pns,
                };
                // The grade must fit the new kind; switching back restores the one given before
                // (PPPK IX and PNS III/a are the usual entries for a graduate).
                let fallback = match self.kind {
                    EmployeeKind::Pns => Grade::Pns(crate::domain::PnsRank::IIIA),
                    EmployeeKind::Pppk => Grade::Pppk(9),
                };
                let previous = self.grade;
                self.grade = self
                    .other_grade
                    .filter(|g| g.kind() == self.kind)
                    .unwrap_or(fallback);
                self.other_grade = Some(previous);
            }
            FieldId::Grade => {
                let all = Grade::all(self.kind);
                let i = all.iter().position(|g| *g == self.grade).unwrap_or(0);
                self.grade = all[wrap(i, step, all.len())];
            }
            FieldId::PositionKind => {
                let all = PositionKind::all();
                let i = all
                    .iter()
                    .position(|k| *k == self.position_kind)
                    .unwrap_or(0);
                self.position_kind = all[wrap(i, step, all.len())];
            }
            _ => {
                let key = if step < 0 {
                    KeyCode::Left
                } else {
                    KeyCode::Right
                };
                if let Some(input) = self.text_mut(field) {
                    edit_input(input, Key::plain(key));
                }
                return;
            }
        }
        self.errors.retain(|(f, _)| *f != field);
    }

    pub fn set_grade(&mut self, g: Grade) {
        self.grade = g;
        self.errors.retain(|(f, _)| *f != FieldId::Grade);
    }

    pub fn set_position_kind(&mut self, k: PositionKind) {
        self.position_kind = k;
        self.errors.retain(|(f, _)| *f != FieldId::PositionKind);
    }

    pub fn set_unit(&mut self, u: Option<UnitId>) {
        self.unit = u;
        self.errors.retain(|(f, _)| *f != FieldId::Unit);
    }

    pub fn set_supervisor(&mut self, s: Option<EmployeeId>) {
        self.supervisor = s;
        self.errors.retain(|(f, _)| *f != FieldId::Supervisor);
    }

    pub fn error(&self, field: FieldId) -> Option<&FormError> {
        self.errors
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, e)| e)
    }

    /// Reads the form into a record. On failure every wrong field gets its error and the
    /// focus goes to the first one; typed values stay as they are.
    pub fn to_employee(&mut self, reg: &Register, today: NaiveDate) -> Option<Employee> {
        self.errors.clear();
        let mut errors = Vec::new();
        let nip = match Nip::parse(self.nip.value(), self.kind) {
            Ok(n) => Some(n),
            Err(e) => {
                errors.push((FieldId::Nip, FormError::Rule(RuleError::Nip(e))));
                None
            }
        };
        if self.name.value().trim().is_empty() {
            errors.push((FieldId::Name, FormError::Required));
        }
        if self.position.value().trim().is_empty() {
            errors.push((FieldId::Position, FormError::Required));
        }
        if self.grade.kind() != self.kind {
            errors.push((
                FieldId::Grade,
                FormError::Rule(RuleError::GradeKindMismatch),
            ));
        }
        if self.unit.is_none() {
            errors.push((FieldId::Unit, FormError::Required));
        }
        // Lengths here too: the register's rules only run once the record can be built.
        for f in FieldId::ORDER {
            let over = f
                .to_domain()
                .zip(self.text(f))
                .and_then(|(d, input)| crate::domain::limits::too_long(d, input.value()));
            if let Some((max, len)) = over {
                errors.push((f, FormError::Rule(RuleError::TooLong { max, len })));
            }
        }
        let mut date = |field: FieldId, input: &Input| -> Option<NaiveDate> {
            let v = input.value().trim();
            if v.is_empty() {
                return None;
            }
            match parse_date(v, today) {
                Ok(d) => Some(d),
                Err(e) => {
                    errors.push((field, FormError::Date(e)));
                    None
                }
            }
        };
        let appointed_on = date(FieldId::AppointedOn, &self.appointed_on);
        let grade_since = date(FieldId::GradeSince, &self.grade_since);
        let position_since = date(FieldId::PositionSince, &self.position_since);
        let employee = match (nip, self.unit) {
            (Some(nip), Some(unit)) if errors.is_empty() => Some(Employee {
                id: self.editing.unwrap_or(EmployeeId(0)),
                nip,
                kind: self.kind,
                name: PersonName {
                    front_title: self.front_title.value().trim().to_string(),
                    name: self.name.value().trim().to_string(),
                    back_title: self.back_title.value().trim().to_string(),
                },
                grade: self.grade,
                position: self.position.value().trim().to_string(),
                position_kind: self.position_kind,
                unit,
                supervisor: self.supervisor,
                appointed_on,
                grade_since,
                position_since,
                status: self.status.clone(),
                phone: self.phone.value().trim().to_string(),
                email: self.email.value().trim().to_string(),
                revision: self.revision,
            }),
            _ => None,
        };
        // Rules against the register too, so all messages show at once.
        if let Some(e) = &employee {
            let mut probe = e.clone();
            if probe.id == EmployeeId(0) {
                probe.id = EmployeeId(u64::MAX);
            }
            let mut rules = crate::domain::rules::check_employee(reg, &probe);
            rules.extend(crate::domain::rules::check_employee_dates(&probe, today));
            self.set_rule_errors(rules);
        }
        errors.append(&mut self.errors);
        self.errors = errors;
        self.sort_errors();
        if self.errors.is_empty() {
            employee
        } else {
            if let Some((f, _)) = self.errors.first() {
                let f = *f;
                self.focus_field(f);
            }
            None
        }
    }

    /// Puts errors from the domain rules on their fields (the rest go to the status line).
    pub fn set_rule_errors(&mut self, errors: Vec<crate::domain::FieldError>) {
        self.errors = errors
            .into_iter()
            .filter_map(|fe| FieldId::from_domain(fe.field).map(|f| (f, FormError::Rule(fe.error))))
            .collect();
        self.sort_errors();
    }

    fn sort_errors(&mut self) {
        self.errors
            .sort_by_key(|(f, _)| FieldId::ORDER.iter().position(|o| o == f));
        self.errors.dedup_by_key(|(f, _)| *f);
    }
}

fn wrap(i: usize, step: isize, len: usize) -> usize {
    ((i as isize + step).rem_euclid(len as isize)) as usize
}

//! The employee and unit forms as drafts: every field as text, and back.

use tui_input::Input;

use super::form::EmployeeForm;
use super::unit_form::UnitForm;
use crate::app::kit::form::{field, Fields};
use crate::domain::{EmployeeId, UnitId};

fn id_text(id: Option<u64>) -> String {
    id.map(|i| i.to_string()).unwrap_or_default()
}

fn json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_default()
}

fn from_json<T: serde::de::DeserializeOwned>(s: Option<&str>) -> Option<T> {
    serde_json::from_str(s?).ok()
}

fn id_of(s: Option<&str>) -> Option<Option<u64>> {
    match s? {
        "" => Some(None),
        v => v.parse().ok().map(Some),
    }
}

impl EmployeeForm {
    fn texts(&mut self) -> [(&'static str, &mut Input); 10] {
        [
            ("nip", &mut self.nip),
            ("front_title", &mut self.front_title),
            ("name", &mut self.name),
            ("back_title", &mut self.back_title),
            ("position", &mut self.position),
            ("appointed_on", &mut self.appointed_on),
            ("grade_since", &mut self.grade_since),
            ("position_since", &mut self.position_since),
            ("phone", &mut self.phone),
            ("email", &mut self.email),
        ]
    }

    pub fn draft_fields(&self) -> Fields {
        let mut me = self.clone();
        let mut out: Fields = me
            .texts()
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.value().to_string()))
            .collect();
        out.push(("kind".into(), json(&self.kind)));
        out.push(("grade".into(), json(&self.grade)));
        out.push(("position_kind".into(), json(&self.position_kind)));
        out.push(("unit".into(), id_text(self.unit.map(|u| u.0))));
        out.push(("supervisor".into(), id_text(self.supervisor.map(|e| e.0))));
        out
    }

    /// A supervisor's form (phone and e-mail only) takes back only those two.
    pub fn restore(&mut self, fields: &[(String, String)]) {
        let restricted = self.restricted;
        for (k, input) in self.texts() {
            if restricted && k != "phone" && k != "email" {
                continue;
            }
            if let Some(v) = field(fields, k) {
                *input = Input::new(v.to_string());
            }
        }
        if restricted {
            return;
        }
        if let Some(k) = from_json(field(fields, "kind")) {
            self.kind = k;
        }
        if let Some(g) = from_json(field(fields, "grade")) {
            self.grade = g;
        }
        if let Some(p) = from_json(field(fields, "position_kind")) {
            self.position_kind = p;
        }
        if let Some(u) = id_of(field(fields, "unit")) {
            self.unit = u.map(UnitId);
        }
        if let Some(s) = id_of(field(fields, "supervisor")) {
            self.supervisor = s.map(EmployeeId);
        }
    }
}

impl UnitForm {
    pub fn draft_fields(&self) -> Fields {
        vec![
            ("name".into(), self.name.value().to_string()),
            ("parent".into(), id_text(self.parent.map(|u| u.0))),
            ("head".into(), id_text(self.head.map(|e| e.0))),
        ]
    }

    pub fn restore(&mut self, fields: &[(String, String)]) {
        if let Some(v) = field(fields, "name") {
            self.name = Input::new(v.to_string());
        }
        if let Some(p) = id_of(field(fields, "parent")) {
            self.parent = p.map(UnitId);
        }
        if let Some(h) = id_of(field(fields, "head")) {
            self.head = h.map(EmployeeId);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_employee_form_comes_back_from_its_draft() {
        let mut typed = EmployeeForm::new(Some(UnitId(2)), None);
        typed.name = Input::new("Yulianus Mahuze".into());
        typed.nip = Input::new("19900101 201501 1 001".into());
        typed.kind = crate::domain::EmployeeKind::Pppk;
        typed.supervisor = Some(EmployeeId(2));
        let fields = typed.draft_fields();
        let mut back = EmployeeForm::new(None, None);
        back.restore(&fields);
        assert_eq!(back.name.value(), "Yulianus Mahuze");
        assert_eq!(back.nip.value(), "19900101 201501 1 001");
        assert_eq!(back.kind, crate::domain::EmployeeKind::Pppk);
        assert_eq!(back.unit, Some(UnitId(2)));
        assert_eq!(back.supervisor, Some(EmployeeId(2)));
        assert_eq!(back.draft_fields(), fields);
    }

    #[test]
    fn a_unit_form_comes_back_from_its_draft() {
        let mut typed = UnitForm::new(Some(UnitId(1)));
        typed.name = Input::new("Seksi Arsip".into());
        let mut back = UnitForm::new(None);
        back.restore(&typed.draft_fields());
        assert_eq!(back.name.value(), "Seksi Arsip");
        assert_eq!(back.parent, Some(UnitId(1)));
    }
}

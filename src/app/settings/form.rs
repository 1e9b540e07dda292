//! Pengaturan kantor as a form: one text field per setting (as the command line types it),
//! then the reason for the audit trail. Saving reads every field and checks the whole set;
//! errors stay at their fields with everything typed kept; a clean set asks to confirm.

use tui_input::Input;

use super::command::Command;
use crate::app::kit::form::Form;
use crate::domain::ruledata::{SettingError, SettingKey};
use crate::domain::OfficeSettings;

#[derive(Clone, Debug)]
pub struct SettingsField {
    pub key: SettingKey,
    pub input: Input,
    pub error: Option<SettingError>,
}

#[derive(Clone, Debug)]
pub struct SettingsForm {
    /// The settings in force when the form opened: the base of the new set.
    pub base: OfficeSettings,
    pub fields: Vec<SettingsField>,
    /// Alasan: goes to the audit entry.
    pub reason: Input,
    /// Index into `fields`; `fields.len()` is the reason.
    pub focus: usize,
    /// The whole set breaks a rule no single field owns (plan after evaluation deadline).
    pub error: Option<SettingError>,
}

impl SettingsForm {
    pub fn new(base: OfficeSettings) -> SettingsForm {
        let fields = SettingKey::all()
            .into_iter()
            .map(|key| SettingsField {
                key,
                input: Input::new(base.get(key).code()),
                error: None,
            })
            .collect();
        SettingsForm {
            base,
            fields,
            reason: Input::default(),
            focus: 0,
            error: None,
        }
    }

    /// The focused text input (a setting or the reason).
    pub fn focused_input(&mut self) -> &mut Input {
        match self.fields.get_mut(self.focus) {
            Some(f) => &mut f.input,
            None => &mut self.reason,
        }
    }

    pub fn move_focus(&mut self, forward: bool) {
        let n = self.fields.len() + 1;
        self.focus = if forward {
            (self.focus + 1) % n
        } else {
            (self.focus + n - 1) % n
        };
    }

    /// The command to confirm, or `None` with the errors set at their fields.
    pub fn save(&mut self) -> Option<Command> {
        self.error = None;
        let mut next = self.base.clone();
        for f in &mut self.fields {
            f.error = f
                .key
                .parse_value(f.input.value())
                .and_then(|v| next.set(f.key, v))
                .err();
        }
        if self.fields.iter().any(|f| f.error.is_some()) {
            return None;
        }
        for e in next.check() {
            let key = match &e {
                SettingError::NotEveryYear(k)
                | SettingError::OutsideYear(k)
                | SettingError::OutOfRange { key: k, .. } => Some(*k),
                SettingError::MappingIncomplete(g) => Some(SettingKey::HeadRating(*g)),
                SettingError::CoefficientMissing(t) => Some(SettingKey::CreditCoefficient(*t)),
                SettingError::UnknownKey(_)
                | SettingError::BadValue { .. }
                | SettingError::PlanAfterEvaluation => None,
            };
            match self.fields.iter_mut().find(|f| Some(f.key) == key) {
                Some(f) => f.error = Some(e),
                None => self.error = Some(e),
            }
        }
        if self.has_errors() {
            return None;
        }
        Some(Command::Save {
            settings: next,
            reason: self.reason.value().trim().to_string(),
        })
    }

    /// Puts the command path's refusals at their fields (the settings changed meanwhile).
    pub fn refused(&mut self, errors: Vec<SettingError>) {
        for e in errors {
            let key = match &e {
                SettingError::NotEveryYear(k)
                | SettingError::OutsideYear(k)
                | SettingError::OutOfRange { key: k, .. }
                | SettingError::BadValue { key: k, .. } => Some(*k),
                _ => None,
            };
            match self.fields.iter_mut().find(|f| Some(f.key) == key) {
                Some(f) => f.error = Some(e),
                None => self.error = Some(e),
            }
        }
    }
}

impl Form for SettingsForm {
    fn is_dirty(&self) -> bool {
        !self.reason.value().is_empty()
            || self
                .fields
                .iter()
                .any(|f| f.input.value() != self.base.get(f.key).code())
    }

    fn has_errors(&self) -> bool {
        self.error.is_some() || self.fields.iter().any(|f| f.error.is_some())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(f: &mut SettingsForm, key: SettingKey, text: &str) {
        if let Some(x) = f.fields.iter_mut().find(|x| x.key == key) {
            x.input = Input::new(text.to_string());
        }
    }

    #[test]
    fn the_form_opens_on_the_settings_in_force_and_saves_a_change() {
        let mut f = SettingsForm::new(OfficeSettings::default());
        assert!(!f.is_dirty());
        assert_eq!(f.fields.len(), SettingKey::all().len());
        typed(&mut f, SettingKey::ObjectionWindow, "21");
        f.reason = Input::new(" SK 5/2026 ".into());
        assert!(f.is_dirty());
        let want = OfficeSettings {
            objection_window_days: 21,
            ..OfficeSettings::default()
        };
        assert_eq!(
            f.save(),
            Some(Command::Save {
                settings: want,
                reason: "SK 5/2026".into()
            })
        );
    }

    #[test]
    fn errors_stay_at_their_fields_and_keep_the_typed_text() {
        let mut f = SettingsForm::new(OfficeSettings::default());
        typed(&mut f, SettingKey::ObjectionWindow, "0");
        typed(&mut f, SettingKey::Segmentation, "mingguan");
        assert_eq!(f.save(), None);
        let at = |f: &SettingsForm, k| f.fields.iter().find(|x| x.key == k).cloned();
        let o = at(&f, SettingKey::ObjectionWindow).unwrap();
        assert_eq!(o.input.value(), "0");
        // A value that does not read is reported first; the range is checked once all read.
        assert_eq!(o.error, None);
        assert!(matches!(
            at(&f, SettingKey::Segmentation).unwrap().error,
            Some(SettingError::BadValue { .. })
        ));
        typed(&mut f, SettingKey::Segmentation, "semester");
        assert_eq!(f.save(), None);
        assert!(matches!(
            at(&f, SettingKey::ObjectionWindow).unwrap().error,
            Some(SettingError::OutOfRange { .. })
        ));
        // A rule of the whole set shows on the form, not at one field.
        typed(&mut f, SettingKey::ObjectionWindow, "14");
        typed(&mut f, SettingKey::AnnualEvaluationDeadline, "15/01");
        assert_eq!(f.save(), None);
        assert_eq!(f.error, Some(SettingError::PlanAfterEvaluation));
        assert!(f.has_errors());
    }
}

//! The tab's small forms: the unit's grade (predikat kinerja organisasi, with the decree's
//! reference), the day a signed evaluation was received, and an objection (keberatan).

use chrono::NaiveDate;
use tui_input::Input;

use super::command::Command;
use super::text::ReviewText as X;
use crate::app::kit::form::Form;
use crate::app::kit::input::parse_date;
use crate::domain::appraisal::{OrgGrade, Rating};
use crate::domain::review::objection::Outcome;
use crate::domain::review::ReviewKind;
use crate::domain::{EmployeeId, UnitId};

/// What an entry form saves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    UnitGrade {
        unit: UnitId,
        year: i32,
    },
    Receipt {
        employee: EmployeeId,
        year: i32,
        kind: ReviewKind,
    },
    Objection {
        employee: EmployeeId,
        year: i32,
        kind: ReviewKind,
    },
    /// Keputusan keberatan by the appraiser's superior.
    Decide {
        employee: EmployeeId,
        year: i32,
        kind: ReviewKind,
    },
}

/// What the appraiser's superior reads before deciding: the objection and the original ratings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecisionFacts {
    pub filed_on: NaiveDate,
    pub reasons: String,
    pub work: Option<Rating>,
    pub behaviour: Option<Rating>,
    pub grade: Option<crate::domain::appraisal::PerformanceGrade>,
}

/// One field of an entry form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    Grade,
    Decree,
    Date,
    Reasons,
    /// Upheld (ratings stay) or changed.
    Outcome,
    Work,
    Behaviour,
}

#[derive(Clone, Debug)]
pub struct EntryForm {
    pub purpose: Purpose,
    /// For a decision: the objection and the evaluation it is against, read above the fields.
    pub decision: Option<DecisionFacts>,
    /// Who or what it is about, for the title.
    pub subject: String,
    /// Index into `OrgGrade::ALL`.
    pub grade: usize,
    pub text: Input,
    pub date: Input,
    pub focus: usize,
    pub error: Option<(Slot, X)>,
    /// Decision: the ratings are changed (else upheld), to these.
    pub changed: bool,
    pub work: Rating,
    pub behaviour: Rating,
    today: NaiveDate,
}

impl EntryForm {
    pub fn new(
        purpose: Purpose,
        subject: String,
        current: Option<OrgGrade>,
        today: NaiveDate,
    ) -> EntryForm {
        EntryForm {
            purpose,
            decision: None,
            subject,
            grade: current
                .and_then(|g| OrgGrade::ALL.iter().position(|x| *x == g))
                .unwrap_or(1),
            text: Input::default(),
            date: Input::new(today.format("%d/%m/%Y").to_string()),
            focus: 0,
            error: None,
            changed: false,
            work: Rating::AsExpected,
            behaviour: Rating::AsExpected,
            today,
        }
    }

    pub fn title(&self) -> X {
        match self.purpose {
            Purpose::UnitGrade { .. } => X::UnitGradeTitle,
            Purpose::Receipt { .. } => X::ReceiptTitle,
            Purpose::Objection { .. } => X::ObjectionTitle,
            Purpose::Decide { .. } => X::DecideTitle,
        }
    }

    pub fn slots(&self) -> &'static [Slot] {
        match self.purpose {
            Purpose::UnitGrade { .. } => &[Slot::Grade, Slot::Decree],
            Purpose::Receipt { .. } => &[Slot::Date],
            Purpose::Objection { .. } => &[Slot::Date, Slot::Reasons],
            Purpose::Decide { .. } => &[Slot::Outcome, Slot::Work, Slot::Behaviour, Slot::Reasons],
        }
    }

    pub fn focused(&self) -> Slot {
        self.slots().get(self.focus).copied().unwrap_or(Slot::Grade)
    }

    pub fn input_mut(&mut self) -> Option<&mut Input> {
        match self.focused() {
            Slot::Grade | Slot::Outcome | Slot::Work | Slot::Behaviour => None,
            Slot::Decree | Slot::Reasons => Some(&mut self.text),
            Slot::Date => Some(&mut self.date),
        }
    }

    /// Moves the choice of the focused slot one step (`right`: forward).
    pub fn step_choice(&mut self, right: bool) {
        let step = |r: Rating| {
            let all = Rating::ALL;
            let i = all.iter().position(|x| *x == r).unwrap_or(1);
            let n = all.len();
            all[if right { (i + 1) % n } else { (i + n - 1) % n }]
        };
        match self.focused() {
            Slot::Grade => {
                let all = OrgGrade::ALL.len();
                self.grade = if right {
                    (self.grade + 1) % all
                } else {
                    (self.grade + all - 1) % all
                };
            }
            Slot::Outcome => self.changed = !self.changed,
            Slot::Work => self.work = step(self.work),
            Slot::Behaviour => self.behaviour = step(self.behaviour),
            Slot::Decree | Slot::Date | Slot::Reasons => {}
        }
    }

    /// The command this form saves, or the field that is wrong.
    pub fn command(&mut self) -> Option<Command> {
        self.error = None;
        let date = || parse_date(self.date.value(), self.today).ok();
        let text = self.text.value().trim().to_string();
        let cmd = match self.purpose {
            Purpose::UnitGrade { unit, year } => Command::SetUnitGrade {
                unit,
                year,
                grade: OrgGrade::ALL[self.grade.min(OrgGrade::ALL.len() - 1)],
                decree: text,
            },
            Purpose::Receipt {
                employee,
                year,
                kind,
            } => match date() {
                Some(received_on) => Command::RecordReceipt {
                    employee,
                    year,
                    kind,
                    received_on,
                },
                None => {
                    self.error = Some((Slot::Date, X::DateInvalid));
                    return None;
                }
            },
            Purpose::Objection {
                employee,
                year,
                kind,
            } => match date() {
                None => {
                    self.error = Some((Slot::Date, X::DateInvalid));
                    return None;
                }
                Some(_) if text.is_empty() => {
                    self.error = Some((Slot::Reasons, X::ReasonRequired));
                    return None;
                }
                Some(filed_on) => Command::FileObjection {
                    employee,
                    year,
                    kind,
                    filed_on,
                    reasons: text,
                },
            },
            Purpose::Decide { .. } if text.is_empty() => {
                self.error = Some((Slot::Reasons, X::ReasonRequired));
                return None;
            }
            Purpose::Decide {
                employee,
                year,
                kind,
            } => Command::Decide {
                employee,
                year,
                kind,
                outcome: if self.changed {
                    Outcome::Changed {
                        work: self.work,
                        behaviour: self.behaviour,
                    }
                } else {
                    Outcome::Upheld
                },
                reasons: text,
            },
        };
        Some(cmd)
    }
}

impl Form for EntryForm {
    fn is_dirty(&self) -> bool {
        !self.text.value().is_empty()
    }

    fn has_errors(&self) -> bool {
        self.error.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 1).expect("date")
    }

    #[test]
    fn an_objection_needs_a_date_and_reasons() {
        let purpose = Purpose::Objection {
            employee: EmployeeId(3),
            year: 2026,
            kind: ReviewKind::Annual,
        };
        let mut f = EntryForm::new(purpose, "Daniel".into(), None, day());
        assert_eq!(f.command(), None);
        assert_eq!(f.error, Some((Slot::Reasons, X::ReasonRequired)));
        f.text = Input::new("Predikat tidak sesuai bukti".into());
        f.date = Input::new("31/02/2026".into());
        assert_eq!(f.command(), None);
        assert_eq!(f.error, Some((Slot::Date, X::DateInvalid)));
        f.date = Input::new("02/12/2026".into());
        assert_eq!(
            f.command(),
            Some(Command::FileObjection {
                employee: EmployeeId(3),
                year: 2026,
                kind: ReviewKind::Annual,
                filed_on: NaiveDate::from_ymd_opt(2026, 12, 2).expect("date"),
                reasons: "Predikat tidak sesuai bukti".into(),
            })
        );
    }

    #[test]
    fn a_unit_grade_sends_the_chosen_grade_and_the_decree() {
        let purpose = Purpose::UnitGrade {
            unit: UnitId(4),
            year: 2026,
        };
        let mut f = EntryForm::new(purpose, "Seksi".into(), Some(OrgGrade::Poor), day());
        assert_eq!(OrgGrade::ALL[f.grade], OrgGrade::Poor);
        f.text = Input::new(" KEP-12/2026 ".into());
        assert_eq!(
            f.command(),
            Some(Command::SetUnitGrade {
                unit: UnitId(4),
                year: 2026,
                grade: OrgGrade::Poor,
                decree: "KEP-12/2026".into(),
            })
        );
    }

    #[test]
    fn a_decision_upholds_or_changes_to_the_chosen_ratings() {
        let purpose = Purpose::Decide {
            employee: EmployeeId(3),
            year: 2026,
            kind: ReviewKind::Periodic(2),
        };
        let mut f = EntryForm::new(purpose, "Daniel".into(), None, day());
        f.text = Input::new("Sudah mendengar kedua pihak".into());
        assert!(matches!(
            f.command(),
            Some(Command::Decide {
                outcome: Outcome::Upheld,
                ..
            })
        ));
        f.step_choice(true);
        assert!(f.changed);
        f.focus = 1;
        f.step_choice(false);
        assert!(matches!(
            f.command(),
            Some(Command::Decide {
                outcome: Outcome::Changed {
                    work: Rating::AboveExpectation,
                    behaviour: Rating::AsExpected
                },
                ..
            })
        ));
        f.text = Input::default();
        assert_eq!(f.command(), None);
        assert_eq!(f.error, Some((Slot::Reasons, X::ReasonRequired)));
    }
}

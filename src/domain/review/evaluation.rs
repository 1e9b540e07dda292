//! Evaluasi kinerja (domain.md 5): one employee's periodic or annual evaluation, and its state
//! machine Draft -> Signed -> (reopened with a reason) -> Draft. A signed evaluation is frozen.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::consistency::justification_missing;
use super::distribution::DistributionCheck;
use super::matrix;
use crate::domain::appraisal::{PerformanceGrade, Rating};
use crate::domain::plan::{PersonSnapshot, PlanId};
use crate::domain::ruledata::CoreValue;
use crate::domain::EmployeeId;

/// Jenis evaluasi: periodik (one segment of the year) or tahunan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ReviewKind {
    /// Evaluasi periodik for segment `1..`.
    Periodic(u8),
    /// Evaluasi tahunan.
    Annual,
}

/// Which of the two ratings (rating hasil kerja / rating perilaku kerja).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RatingField {
    WorkResult,
    Behaviour,
}

/// Acuan SKP: the plan and the revision of its content that the evaluation judged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanRef {
    pub plan: PlanId,
    pub revision: u64,
}

/// Tanda tangan: what signing froze. The people as they were on that day; later register
/// changes never rewrite it (domain.md 1.4).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signature {
    pub signed_on: NaiveDate,
    pub employee: PersonSnapshot,
    pub appraiser: PersonSnapshot,
    /// Atasan pejabat penilai; none at the top of the line.
    pub appraiser_superior: Option<PersonSnapshot>,
    /// None for an evaluation typed from paper, with no plan in kinerja.
    pub plan: Option<PlanRef>,
    /// The grade the matrix gave at signing.
    pub grade: PerformanceGrade,
}

/// Pembukaan kembali: a signed evaluation reopened, with the signature it undid.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reopening {
    pub on: NaiveDate,
    pub by: EmployeeId,
    pub reason: String,
    pub undone: Signature,
}

/// Status evaluasi.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReviewState {
    /// Konsep: editable.
    Draft,
    /// Ditandatangani: read-only.
    Signed(Box<Signature>),
}

/// Evaluasi kinerja pegawai: ratings, their justifications and the behaviour feedback per
/// core value. The grade is never stored by hand: it comes from the matrix.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    pub employee: EmployeeId,
    /// Pejabat penilai kinerja (the direct superior or the Plt/Plh acting for them).
    pub appraiser: EmployeeId,
    pub year: i32,
    pub kind: ReviewKind,
    pub work: Option<Rating>,
    pub behaviour: Option<Rating>,
    pub work_justification: String,
    pub behaviour_justification: String,
    /// Umpan balik perilaku per nilai inti BerAKHLAK.
    pub behaviour_feedback: BTreeMap<CoreValue, String>,
    pub state: ReviewState,
    /// Every reopening, oldest first: nothing signed is ever lost.
    pub reopenings: Vec<Reopening>,
}

/// How the unit's distribution check bears on signing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DistributionGate {
    /// No unit check applies (periodic evaluation, no unit grade yet) or the rule holds.
    Clear,
    /// The rule is broken and the office only warns.
    Warned,
    /// The rule is broken and the office enforces it: signing is refused.
    Refused,
}

impl DistributionGate {
    /// From a unit check and the setting `distribution_enforced`.
    pub fn from_check(check: &DistributionCheck, enforced: bool) -> DistributionGate {
        match (check.holds(), enforced) {
            (true, _) => DistributionGate::Clear,
            (false, false) => DistributionGate::Warned,
            (false, true) => DistributionGate::Refused,
        }
    }
}

/// Why an evaluation refuses a change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReviewError {
    /// Signed evaluations are read-only; reopen first.
    Signed,
    /// Signing needs both ratings.
    RatingMissing(RatingField),
    /// A rating other than Sesuai needs a written justification.
    JustificationMissing(RatingField),
    /// The unit breaks its distribution rule and the office enforces it.
    DistributionBreached,
    /// Only a signed evaluation can be reopened.
    NotSigned,
    /// Reopening needs a written reason.
    ReasonMissing,
}

impl Review {
    /// An empty draft.
    pub fn new(employee: EmployeeId, appraiser: EmployeeId, year: i32, kind: ReviewKind) -> Review {
        Review {
            employee,
            appraiser,
            year,
            kind,
            work: None,
            behaviour: None,
            work_justification: String::new(),
            behaviour_justification: String::new(),
            behaviour_feedback: BTreeMap::new(),
            state: ReviewState::Draft,
            reopenings: Vec::new(),
        }
    }

    /// The grade from the matrix, once both ratings are set.
    pub fn grade(&self) -> Option<PerformanceGrade> {
        Some(matrix::grade(self.work?, self.behaviour?))
    }

    pub fn is_signed(&self) -> bool {
        matches!(self.state, ReviewState::Signed(_))
    }

    pub fn signature(&self) -> Option<&Signature> {
        match &self.state {
            ReviewState::Signed(s) => Some(s),
            ReviewState::Draft => None,
        }
    }

    fn editable(&self) -> Result<(), ReviewError> {
        if self.is_signed() {
            Err(ReviewError::Signed)
        } else {
            Ok(())
        }
    }

    pub fn set_rating(
        &mut self,
        field: RatingField,
        rating: Option<Rating>,
    ) -> Result<(), ReviewError> {
        self.editable()?;
        match field {
            RatingField::WorkResult => self.work = rating,
            RatingField::Behaviour => self.behaviour = rating,
        }
        Ok(())
    }

    pub fn set_justification(&mut self, field: RatingField, text: &str) -> Result<(), ReviewError> {
        self.editable()?;
        match field {
            RatingField::WorkResult => self.work_justification = text.to_string(),
            RatingField::Behaviour => self.behaviour_justification = text.to_string(),
        }
        Ok(())
    }

    pub fn set_feedback(&mut self, value: CoreValue, text: &str) -> Result<(), ReviewError> {
        self.editable()?;
        self.behaviour_feedback.insert(value, text.to_string());
        Ok(())
    }

    /// Every reason signing would be refused now (empty: it may be signed), so a form can
    /// mark each field at once.
    pub fn sign_blockers(&self, gate: DistributionGate) -> Vec<ReviewError> {
        if self.is_signed() {
            return vec![ReviewError::Signed];
        }
        let mut out = Vec::new();
        let fields = [
            (RatingField::WorkResult, self.work, &self.work_justification),
            (
                RatingField::Behaviour,
                self.behaviour,
                &self.behaviour_justification,
            ),
        ];
        for (field, rating, text) in fields {
            match rating {
                None => out.push(ReviewError::RatingMissing(field)),
                Some(r) if justification_missing(r, text) => {
                    out.push(ReviewError::JustificationMissing(field))
                }
                Some(_) => {}
            }
        }
        if gate == DistributionGate::Refused {
            out.push(ReviewError::DistributionBreached);
        }
        out
    }

    /// Signs: freezes the ratings with the people and the plan as they are today. Refused with
    /// the first blocker (see `sign_blockers`).
    pub fn sign(
        &mut self,
        on: NaiveDate,
        people: SignedPeople,
        plan: Option<PlanRef>,
        gate: DistributionGate,
    ) -> Result<(), ReviewError> {
        if let Some(first) = self.sign_blockers(gate).into_iter().next() {
            return Err(first);
        }
        let grade = self
            .grade()
            .ok_or(ReviewError::RatingMissing(RatingField::WorkResult))?;
        self.state = ReviewState::Signed(Box::new(Signature {
            signed_on: on,
            employee: people.employee,
            appraiser: people.appraiser,
            appraiser_superior: people.appraiser_superior,
            plan,
            grade,
        }));
        Ok(())
    }

    /// Reopens a signed evaluation as a draft; the undone signature and the reason are kept.
    pub fn reopen(
        &mut self,
        on: NaiveDate,
        by: EmployeeId,
        reason: &str,
    ) -> Result<(), ReviewError> {
        if reason.trim().is_empty() {
            return Err(ReviewError::ReasonMissing);
        }
        let ReviewState::Signed(undone) = std::mem::replace(&mut self.state, ReviewState::Draft)
        else {
            return Err(ReviewError::NotSigned);
        };
        self.reopenings.push(Reopening {
            on,
            by,
            reason: reason.trim().to_string(),
            undone: *undone,
        });
        Ok(())
    }
}

/// The people a signature freezes, taken from the register on the day of signing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignedPeople {
    pub employee: PersonSnapshot,
    pub appraiser: PersonSnapshot,
    pub appraiser_superior: Option<PersonSnapshot>,
}

#[cfg(test)]
mod tests;

//! Keberatan (domain.md 8): the employee's objection to a signed evaluation, within the window,
//! decided once and finally by the appraiser's superior. The original, the objection and the
//! decision all stay on record: the decision never rewrites the evaluation.

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use super::evaluation::Review;
use super::matrix;
use crate::domain::appraisal::{PerformanceGrade, Rating};
use crate::domain::EmployeeId;

/// Keberatan: filed by the employee against one signed evaluation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Objection {
    /// Tanggal evaluasi diterima pegawai (entered by the supervisor or HR).
    pub received_on: NaiveDate,
    pub filed_on: NaiveDate,
    /// Alasan keberatan.
    pub reasons: String,
    /// Keputusan atasan pejabat penilai; final once made.
    pub decision: Option<Decision>,
}

/// Keputusan keberatan by the appraiser's superior.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    pub on: NaiveDate,
    pub by: EmployeeId,
    pub outcome: Outcome,
    /// Alasan keputusan.
    pub reasons: String,
}

/// Hasil keputusan: the ratings upheld (ditolak) or changed (diterima, with the new ratings).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Outcome {
    Upheld,
    Changed { work: Rating, behaviour: Rating },
}

/// Why an objection or its decision is refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ObjectionError {
    /// Only a signed evaluation can be objected to.
    NotSigned,
    /// The receipt date lies before the signing date.
    ReceivedBeforeSigning,
    /// Filed before the evaluation was received.
    FiledBeforeReceipt,
    /// Filed after the last day of the window (given, inclusive).
    TooLate {
        last_day: NaiveDate,
    },
    /// Objection and decision need written reasons.
    ReasonsMissing,
    /// Only the appraiser's superior of the signed evaluation decides.
    NotTheAppraiserSuperior,
    /// The decision is final.
    AlreadyDecided,
    DecidedBeforeFiling,
    /// "Changed" to the very ratings signed: that is upholding.
    NoChange,
}

/// The last day an objection may be filed: `window_days` calendar days after receipt. The
/// day of receipt is day 0 and the last day is inclusive (received 1 March, 14 days: 15 March
/// is still in time). `None` only past the end of the calendar.
pub fn last_day(received_on: NaiveDate, window_days: u32) -> Option<NaiveDate> {
    received_on.checked_add_days(Days::new(u64::from(window_days)))
}

/// Files an objection against `review`; `window_days` is the office's `objection_window_days`.
pub fn file(
    review: &Review,
    received_on: NaiveDate,
    filed_on: NaiveDate,
    reasons: &str,
    window_days: u32,
) -> Result<Objection, ObjectionError> {
    let signed = review.signature().ok_or(ObjectionError::NotSigned)?;
    if received_on < signed.signed_on {
        return Err(ObjectionError::ReceivedBeforeSigning);
    }
    if filed_on < received_on {
        return Err(ObjectionError::FiledBeforeReceipt);
    }
    if let Some(last_day) = last_day(received_on, window_days).filter(|d| filed_on > *d) {
        return Err(ObjectionError::TooLate { last_day });
    }
    if reasons.trim().is_empty() {
        return Err(ObjectionError::ReasonsMissing);
    }
    Ok(Objection {
        received_on,
        filed_on,
        reasons: reasons.trim().to_string(),
        decision: None,
    })
}

impl Objection {
    /// Records the superior's final decision.
    pub fn decide(
        &mut self,
        review: &Review,
        by: EmployeeId,
        on: NaiveDate,
        outcome: Outcome,
        reasons: &str,
    ) -> Result<(), ObjectionError> {
        if self.decision.is_some() {
            return Err(ObjectionError::AlreadyDecided);
        }
        let signed = review.signature().ok_or(ObjectionError::NotSigned)?;
        let superior = signed.appraiser_superior.as_ref().map(|p| p.employee);
        if superior != Some(by) {
            return Err(ObjectionError::NotTheAppraiserSuperior);
        }
        if on < self.filed_on {
            return Err(ObjectionError::DecidedBeforeFiling);
        }
        if let Outcome::Changed { work, behaviour } = outcome {
            if Some(work) == review.work && Some(behaviour) == review.behaviour {
                return Err(ObjectionError::NoChange);
            }
        }
        if reasons.trim().is_empty() {
            return Err(ObjectionError::ReasonsMissing);
        }
        self.decision = Some(Decision {
            on,
            by,
            outcome,
            reasons: reasons.trim().to_string(),
        });
        Ok(())
    }

    /// The grade that counts after the decision: the changed ratings through the matrix, else
    /// the signed grade (also while undecided).
    pub fn final_grade(&self, review: &Review) -> Option<PerformanceGrade> {
        match self.decision.as_ref().map(|d| d.outcome) {
            Some(Outcome::Changed { work, behaviour }) => Some(matrix::grade(work, behaviour)),
            _ => review.signature().map(|s| s.grade),
        }
    }
}

#[cfg(test)]
mod tests;

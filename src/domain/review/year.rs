//! Penilaian pegawai setahun: ONE record per employee and year holding the year's periodic
//! and annual evaluations, each with its receipt date and objection (few keys: see
//! sled-at-scale). The store bumps `revision` at every save.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::evaluation::{Review, ReviewKind};
use super::objection::{Objection, Outcome};
use crate::domain::appraisal::PerformanceGrade;
use crate::domain::{dates, EmployeeId};

/// Evaluasi dengan tanggal diterima dan keberatannya: one evaluation of the year.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewEntry {
    pub review: Review,
    /// Tanggal evaluasi diterima pegawai, entered by the appraiser or an admin (HR).
    #[serde(with = "dates::opt")]
    pub received_on: Option<NaiveDate>,
    /// Keberatan, if the employee filed one.
    pub objection: Option<Objection>,
}

/// Where an evaluation's objection stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ObjectionState {
    /// No objection filed.
    None,
    /// Filed, waiting for the appraiser's superior.
    Pending,
    /// Decided: ratings upheld (keberatan ditolak).
    Upheld,
    /// Decided: ratings changed (keberatan diterima).
    Changed,
}

impl ReviewEntry {
    pub fn new(review: Review) -> ReviewEntry {
        ReviewEntry {
            review,
            received_on: None,
            objection: None,
        }
    }

    /// The grade that counts: the decided objection's, else the signed grade; `None` while
    /// unsigned.
    pub fn final_grade(&self) -> Option<PerformanceGrade> {
        match &self.objection {
            Some(o) => o.final_grade(&self.review),
            None => self.review.signature().map(|s| s.grade),
        }
    }

    /// The final grade came from an objection's decision (exports say so).
    pub fn grade_from_objection(&self) -> bool {
        self.objection_state() == ObjectionState::Changed
    }

    pub fn objection_state(&self) -> ObjectionState {
        match self.objection.as_ref().map(|o| o.decision.as_ref()) {
            None => ObjectionState::None,
            Some(None) => ObjectionState::Pending,
            Some(Some(d)) => match d.outcome {
                Outcome::Upheld => ObjectionState::Upheld,
                Outcome::Changed { .. } => ObjectionState::Changed,
            },
        }
    }
}

/// Penilaian pegawai setahun: an employee's evaluations of one year, in kind order
/// (periodic segments, then the annual one).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewYear {
    pub employee: EmployeeId,
    pub year: i32,
    /// Bumped by the store on every save; a save based on an older revision is refused.
    pub revision: u64,
    /// At most one per kind, sorted by kind.
    pub entries: Vec<ReviewEntry>,
}

impl ReviewYear {
    /// A year with no evaluation yet (revision 0: not stored).
    pub fn new(employee: EmployeeId, year: i32) -> ReviewYear {
        ReviewYear {
            employee,
            year,
            revision: 0,
            entries: Vec::new(),
        }
    }

    pub fn get(&self, kind: ReviewKind) -> Option<&ReviewEntry> {
        self.entries.iter().find(|e| e.review.kind == kind)
    }

    pub fn get_mut(&mut self, kind: ReviewKind) -> Option<&mut ReviewEntry> {
        self.entries.iter_mut().find(|e| e.review.kind == kind)
    }

    pub fn review(&self, kind: ReviewKind) -> Option<&Review> {
        self.get(kind).map(|e| &e.review)
    }

    /// The evaluation of `kind`, an empty draft by `appraiser` added first if there is none.
    pub fn entry_or_new(&mut self, kind: ReviewKind, appraiser: EmployeeId) -> &mut ReviewEntry {
        let at = match self.entries.binary_search_by(|e| e.review.kind.cmp(&kind)) {
            Ok(i) => i,
            Err(i) => {
                let r = Review::new(self.employee, appraiser, self.year, kind);
                self.entries.insert(i, ReviewEntry::new(r));
                i
            }
        };
        &mut self.entries[at]
    }

    /// Adds or replaces the evaluation of `entry`'s kind, keeping kind order.
    pub fn put(&mut self, entry: ReviewEntry) {
        match self
            .entries
            .binary_search_by(|e| e.review.kind.cmp(&entry.review.kind))
        {
            Ok(i) => self.entries[i] = entry,
            Err(i) => self.entries.insert(i, entry),
        }
    }

    pub fn final_grade(&self, kind: ReviewKind) -> Option<PerformanceGrade> {
        self.get(kind).and_then(ReviewEntry::final_grade)
    }

    pub fn annual(&self) -> Option<&ReviewEntry> {
        self.get(ReviewKind::Annual)
    }

    /// The periodic evaluations, by segment.
    pub fn periodic(&self) -> impl Iterator<Item = &ReviewEntry> {
        self.entries
            .iter()
            .filter(|e| matches!(e.review.kind, ReviewKind::Periodic(_)))
    }

    /// The final grades of the signed periodic evaluations, by segment (the consistency
    /// check's "annual far from periodic").
    pub fn periodic_grades(&self) -> Vec<PerformanceGrade> {
        self.periodic()
            .filter_map(ReviewEntry::final_grade)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::appraisal::Rating;

    fn year() -> ReviewYear {
        ReviewYear::new(EmployeeId(7), 2025)
    }

    #[test]
    fn entries_stay_in_kind_order() {
        let mut y = year();
        y.entry_or_new(ReviewKind::Annual, EmployeeId(2));
        y.entry_or_new(ReviewKind::Periodic(3), EmployeeId(2));
        y.entry_or_new(ReviewKind::Periodic(1), EmployeeId(2));
        y.entry_or_new(ReviewKind::Periodic(3), EmployeeId(9));
        let kinds: Vec<ReviewKind> = y.entries.iter().map(|e| e.review.kind).collect();
        assert_eq!(
            kinds,
            [
                ReviewKind::Periodic(1),
                ReviewKind::Periodic(3),
                ReviewKind::Annual
            ]
        );
        // The existing draft is kept, not replaced.
        assert_eq!(
            y.review(ReviewKind::Periodic(3)).map(|r| r.appraiser),
            Some(EmployeeId(2))
        );
        assert_eq!(y.periodic().count(), 2);
    }

    #[test]
    fn unsigned_has_no_final_grade() {
        let mut y = year();
        let e = y.entry_or_new(ReviewKind::Annual, EmployeeId(2));
        e.review.work = Some(Rating::AsExpected);
        e.review.behaviour = Some(Rating::AsExpected);
        assert_eq!(y.final_grade(ReviewKind::Annual), None);
        assert_eq!(
            y.annual().map(ReviewEntry::objection_state),
            Some(ObjectionState::None)
        );
    }
}

//! Predikat kinerja organisasi (domain.md 6): a unit's grade for a year, which selects the
//! distribution rule of its employees' grades and fixes its head's work-result rating.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::appraisal::OrgGrade;
use crate::domain::{dates, EmployeeId, UnitId};

/// Predikat kinerja organisasi of one unit in one year.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnitGrade {
    pub unit: UnitId,
    pub year: i32,
    pub grade: OrgGrade,
    /// Nomor keputusan: the decree's reference; required when an admin sets it.
    pub decree: String,
    /// Who set it: the head of the unit one level up; `None` for an admin without an
    /// employee record or the command line.
    pub set_by: Option<EmployeeId>,
    #[serde(with = "dates::req")]
    pub set_on: NaiveDate,
    /// Bumped by the store on every save.
    pub revision: u64,
}

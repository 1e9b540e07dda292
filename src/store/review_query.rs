//! Reads of review years and unit grades: direct gets by key, and one employee's years by
//! prefix (see `keys`).

use super::keys;
use super::records;
use super::StoreError;
use crate::domain::review::{ReviewYear, UnitGrade};
use crate::domain::{EmployeeId, UnitId};

pub fn review_year(
    data: &sled::Tree,
    emp: EmployeeId,
    year: i32,
) -> Result<Option<ReviewYear>, StoreError> {
    let key = keys::review_year(emp, year);
    data.get(&key)?
        .map(|v| records::review::decode_year(&key, &v))
        .transpose()
}

/// Every year of an employee's evaluations, in year order.
pub fn review_years(data: &sled::Tree, emp: EmployeeId) -> Result<Vec<ReviewYear>, StoreError> {
    let mut out = Vec::new();
    for kv in data.scan_prefix(keys::review_years_prefix(emp)) {
        let (k, v) = kv?;
        out.push(records::review::decode_year(&k, &v)?);
    }
    Ok(out)
}

pub fn unit_grade(
    data: &sled::Tree,
    unit: UnitId,
    year: i32,
) -> Result<Option<UnitGrade>, StoreError> {
    let key = keys::unit_grade(unit, year);
    data.get(&key)?
        .map(|v| records::review::decode_unit_grade(&key, &v))
        .transpose()
}

/// The final annual grades of `employees` in `year` from the `v` index (grade, from an
/// objection), in the order given; `None` where there is none yet.
pub fn annual_grades(
    data: &sled::Tree,
    employees: &[EmployeeId],
    year: i32,
) -> Result<Vec<Option<(crate::domain::appraisal::PerformanceGrade, bool)>>, StoreError> {
    employees
        .iter()
        .map(|e| {
            let key = keys::annual_grade(*e, year);
            data.get(&key)?
                .map(|v| super::review_write::decode_annual_index(&key, &v))
                .transpose()
        })
        .collect()
}

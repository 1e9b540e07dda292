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

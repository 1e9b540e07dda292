//! Review-year and unit-grade records (issue 8, schema 5 without a bump: an older database
//! has none of them).

use crate::domain::review::{ReviewYear, UnitGrade};
use crate::store::codec::{self, Kind};
use crate::store::{keys, StoreError};

/// Envelope version of review-year and unit-grade records written by this build.
pub const VERSION: u16 = 5;

pub fn encode_year(y: &ReviewYear) -> Result<Vec<u8>, StoreError> {
    codec::encode(
        &keys::review_year(y.employee, y.year),
        Kind::ReviewYear,
        VERSION,
        y,
    )
}

pub fn decode_year(key: &[u8], bytes: &[u8]) -> Result<ReviewYear, StoreError> {
    let y: ReviewYear = codec::decode(key, bytes, Kind::ReviewYear, &[VERSION])?;
    if key != keys::review_year(y.employee, y.year).as_slice() {
        return Err(StoreError::Corrupt {
            key: keys::describe(key),
            detail: format!(
                "holds the evaluations of employee {} in {}",
                y.employee.0, y.year
            ),
        });
    }
    Ok(y)
}

pub fn encode_unit_grade(g: &UnitGrade) -> Result<Vec<u8>, StoreError> {
    codec::encode(
        &keys::unit_grade(g.unit, g.year),
        Kind::UnitGrade,
        VERSION,
        g,
    )
}

pub fn decode_unit_grade(key: &[u8], bytes: &[u8]) -> Result<UnitGrade, StoreError> {
    let g: UnitGrade = codec::decode(key, bytes, Kind::UnitGrade, &[VERSION])?;
    if key != keys::unit_grade(g.unit, g.year).as_slice() {
        return Err(StoreError::Corrupt {
            key: keys::describe(key),
            detail: format!("holds the grade of unit {} in {}", g.unit.0, g.year),
        });
    }
    Ok(g)
}

//! The writes of review-year and unit-grade records inside a commit (see `commit`): the
//! record, the revision check, and the audit summary naming the people as the register has
//! them now (read from the employee and unit records in the same commit).

use super::commit::Written;
use super::kv::Kv;
use super::{keys, records, StoreError};
use crate::domain::appraisal::PerformanceGrade;
use crate::domain::plan_audit::PersonRef;
use crate::domain::review::audit::{ReviewAudit, UnitGradeAudit};
use crate::domain::review::{ReviewYear, UnitGrade};
use crate::domain::{EmployeeId, RecordKind, RecordRef};

fn stale(kind: RecordKind, id: u64, expected: u64, found: Option<u64>) -> StoreError {
    StoreError::StaleRevision {
        kind,
        id,
        expected,
        found,
        by: None,
    }
}

/// The employee as the audit entry names them; `None` if there is no such record.
fn person<K: Kv>(kv: &K, id: EmployeeId) -> Result<Option<PersonRef>, K::Error> {
    let key = keys::employee(id);
    let Some(bytes) = kv.get(&key)? else {
        return Ok(None);
    };
    let e = records::employee::decode(&key, &bytes).map_err(K::abort)?;
    Ok(Some(PersonRef {
        employee: e.id,
        name: e.full_name(),
        nip: e.nip,
    }))
}

/// Writes `y` as revision `y.revision + 1`, if the stored year is at `y.revision` (none
/// stored: 0). Otherwise `StaleRevision`.
pub fn write_review_year<K: Kv>(kv: &K, y: &ReviewYear) -> Result<Written, K::Error> {
    if y.employee.0 == 0 {
        return Err(K::abort(StoreError::MissingId {
            kind: RecordKind::Review,
        }));
    }
    let key = keys::review_year(y.employee, y.year);
    let old = match kv.get(&key)? {
        Some(bytes) => Some(records::review::decode_year(&key, &bytes).map_err(K::abort)?),
        None => None,
    };
    let found = old.as_ref().map(|o| o.revision);
    if found.unwrap_or(0) != y.revision {
        return Err(K::abort(stale(
            RecordKind::Review,
            y.employee.0,
            y.revision,
            found,
        )));
    }
    let stored = ReviewYear {
        revision: y.revision.saturating_add(1),
        ..y.clone()
    };
    let employee = person(kv, y.employee)?.ok_or_else(|| {
        K::abort(StoreError::Corrupt {
            key: keys::describe(&key),
            detail: format!(
                "evaluations of employee {}, who does not exist",
                y.employee.0
            ),
        })
    })?;
    // The appraiser of the first evaluation this save changed.
    let changed = stored.entries.iter().find(|e| {
        old.as_ref()
            .and_then(|o| o.get(e.review.kind))
            .is_none_or(|before| before != *e)
    });
    let appraiser = match changed {
        Some(e) => person(kv, e.review.appraiser)?,
        None => None,
    };
    let index = keys::annual_grade(y.employee, y.year);
    match annual_index_value(&stored) {
        Some(v) => kv.insert(index, v)?,
        None => kv.remove(index)?,
    }
    let summary = ReviewAudit::between(old.as_ref(), &stored, employee, appraiser);
    let after = records::json(&key, &summary).map_err(K::abort)?;
    kv.insert(
        key,
        records::review::encode_year(&stored).map_err(K::abort)?,
    )?;
    Ok((
        RecordRef {
            kind: RecordKind::Review,
            id: y.employee.0,
        },
        None,
        after,
    ))
}

/// The `v` index value of a review year: its final annual grade and whether it came from an
/// objection; `None` while there is none.
fn annual_index_value(y: &ReviewYear) -> Option<Vec<u8>> {
    let annual = y.annual()?;
    let grade = annual.final_grade()?;
    let code = PerformanceGrade::ALL.iter().position(|g| *g == grade)?;
    Some(vec![code as u8, u8::from(annual.grade_from_objection())])
}

/// Reads a `v` index value.
pub fn decode_annual_index(
    key: &[u8],
    bytes: &[u8],
) -> Result<(PerformanceGrade, bool), StoreError> {
    match bytes {
        [code, flag] if *flag <= 1 => PerformanceGrade::ALL
            .get(usize::from(*code))
            .map(|g| (*g, *flag == 1))
            .ok_or_else(|| StoreError::Corrupt {
                key: keys::describe(key),
                detail: format!("grade code {code}"),
            }),
        _ => Err(StoreError::Corrupt {
            key: keys::describe(key),
            detail: format!("{} bytes instead of 2", bytes.len()),
        }),
    }
}

/// Writes a unit's grade of a year as revision `g.revision + 1` (same check as above).
pub fn write_unit_grade<K: Kv>(kv: &K, g: &UnitGrade) -> Result<Written, K::Error> {
    if g.unit.0 == 0 {
        return Err(K::abort(StoreError::MissingId {
            kind: RecordKind::UnitGrade,
        }));
    }
    let key = keys::unit_grade(g.unit, g.year);
    let old = match kv.get(&key)? {
        Some(bytes) => Some(records::review::decode_unit_grade(&key, &bytes).map_err(K::abort)?),
        None => None,
    };
    let found = old.as_ref().map(|o| o.revision);
    if found.unwrap_or(0) != g.revision {
        return Err(K::abort(stale(
            RecordKind::UnitGrade,
            g.unit.0,
            g.revision,
            found,
        )));
    }
    let stored = UnitGrade {
        revision: g.revision.saturating_add(1),
        ..g.clone()
    };
    let unit_key = keys::unit(g.unit);
    let unit_name = match kv.get(&unit_key)? {
        Some(bytes) => {
            records::unit::decode(&unit_key, &bytes)
                .map_err(K::abort)?
                .name
        }
        None => String::new(),
    };
    let set_by = match g.set_by {
        Some(e) => person(kv, e)?,
        None => None,
    };
    let summary = UnitGradeAudit::between(old.as_ref(), &stored, &unit_name, set_by);
    let after = records::json(&key, &summary).map_err(K::abort)?;
    kv.insert(
        key,
        records::review::encode_unit_grade(&stored).map_err(K::abort)?,
    )?;
    Ok((
        RecordRef {
            kind: RecordKind::UnitGrade,
            id: g.unit.0,
        },
        None,
        after,
    ))
}

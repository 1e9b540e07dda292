//! Reads of plans and periods, by id and through the plan indexes (see `keys`).

use super::keys;
use super::records;
use super::StoreError;
use crate::domain::plan::{PerformancePlan, Period, PlanId};
use crate::domain::EmployeeId;

pub fn plan(data: &sled::Tree, id: PlanId) -> Result<Option<PerformancePlan>, StoreError> {
    let key = keys::plan(id);
    data.get(&key)?
        .map(|v| records::plan::decode(&key, &v))
        .transpose()
}

/// The plans named by the index keys under `prefix` (each `key_len` long, ending in the plan
/// id), in key order.
fn plans_under(
    data: &sled::Tree,
    prefix: &[u8],
    key_len: usize,
) -> Result<Vec<PerformancePlan>, StoreError> {
    plans_under_reusing(data, prefix, key_len, &[])
}

/// [`plans_under`], taking the plans found in `known` (already read by the caller) from
/// there instead of reading and decoding them again.
fn plans_under_reusing(
    data: &sled::Tree,
    prefix: &[u8],
    key_len: usize,
    known: &[&PerformancePlan],
) -> Result<Vec<PerformancePlan>, StoreError> {
    let mut out = Vec::new();
    for kv in data.scan_prefix(prefix) {
        let (k, _) = kv?;
        let malformed = || StoreError::Corrupt {
            key: keys::describe(&k),
            detail: "malformed index key".into(),
        };
        if k.len() != key_len {
            return Err(malformed());
        }
        let id = k
            .get(key_len - 8..)
            .and_then(keys::be_u64)
            .ok_or_else(malformed)?;
        if let Some(p) = known.iter().find(|p| p.id == PlanId(id)) {
            out.push((*p).clone());
            continue;
        }
        let p = plan(data, PlanId(id))?.ok_or_else(|| StoreError::Corrupt {
            key: keys::describe(&k),
            detail: format!("points at plan {id}, which does not exist"),
        })?;
        out.push(p);
    }
    Ok(out)
}

/// An employee's plans, by year then id; one year or all.
pub fn plans_of_employee(
    data: &sled::Tree,
    emp: EmployeeId,
    year: Option<i32>,
) -> Result<Vec<PerformancePlan>, StoreError> {
    plans_under(data, &keys::plans_of_employee_prefix(emp, year), 21)
}

/// The plans `appraiser` appraises in `year` (a supervisor's team), by plan id.
pub fn team_plans(
    data: &sled::Tree,
    appraiser: EmployeeId,
    year: i32,
) -> Result<Vec<PerformancePlan>, StoreError> {
    plans_under(data, &keys::plans_of_appraiser_prefix(appraiser, year), 21)
}

/// The submitted plans (Diajukan) `appraiser` appraises in `year`, by plan id: the `q` index
/// holds only those, so the rest of the team is not read.
pub fn submitted_team_plans(
    data: &sled::Tree,
    appraiser: EmployeeId,
    year: i32,
) -> Result<Vec<PerformancePlan>, StoreError> {
    plans_under(data, &keys::submitted_plans_prefix(appraiser, year), 21)
}

/// The plans with an RHK that links to an RHK of `parent`, by plan id; those in `known` are
/// taken from there.
pub fn plans_linking_to(
    data: &sled::Tree,
    parent: PlanId,
    known: &[&PerformancePlan],
) -> Result<Vec<PerformancePlan>, StoreError> {
    plans_under_reusing(data, &keys::plans_linking_prefix(parent), 17, known)
}

pub fn period(data: &sled::Tree, year: i32) -> Result<Option<Period>, StoreError> {
    let key = keys::period(year);
    data.get(&key)?
        .map(|v| records::period::decode(&key, &v))
        .transpose()
}

/// Every period, by year.
pub fn periods(data: &sled::Tree) -> Result<Vec<Period>, StoreError> {
    let mut out = Vec::new();
    for kv in data.scan_prefix([keys::PERIOD]) {
        let (k, v) = kv?;
        out.push(records::period::decode(&k, &v)?);
    }
    Ok(out)
}

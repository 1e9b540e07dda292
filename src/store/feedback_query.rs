//! Reads of feedback years (direct gets and one employee's years by prefix) and of the
//! audit entries about one employee (the `a` index).

use super::keys;
use super::records;
use super::StoreError;
use crate::domain::feedback::FeedbackYear;
use crate::domain::{AuditEntry, EmployeeId};

pub fn feedback_year(
    data: &sled::Tree,
    emp: EmployeeId,
    year: i32,
) -> Result<Option<FeedbackYear>, StoreError> {
    let key = keys::feedback_year(emp, year);
    data.get(&key)?
        .map(|v| records::feedback::decode_year(&key, &v))
        .transpose()
}

/// Every year of an employee's feedback, in year order.
pub fn feedback_years(data: &sled::Tree, emp: EmployeeId) -> Result<Vec<FeedbackYear>, StoreError> {
    let mut out = Vec::new();
    for kv in data.scan_prefix(keys::feedback_years_prefix(emp)) {
        let (k, v) = kv?;
        out.push(records::feedback::decode_year(&k, &v)?);
    }
    Ok(out)
}

/// The audit entries about an employee, in seq order, by the `a` index.
pub fn audit_of_employee(
    data: &sled::Tree,
    emp: EmployeeId,
) -> Result<Vec<AuditEntry>, StoreError> {
    let mut out = Vec::new();
    for kv in data.scan_prefix(keys::audit_of_employee_prefix(emp)) {
        let (k, _) = kv?;
        let seq = k
            .get(9..)
            .and_then(keys::be_u64)
            .ok_or_else(|| StoreError::Corrupt {
                key: keys::describe(&k),
                detail: "not an audit index key".into(),
            })?;
        let key = keys::audit(seq);
        let bytes = data.get(&key)?.ok_or_else(|| StoreError::Corrupt {
            key: keys::describe(&k),
            detail: format!("names audit entry {seq}, which does not exist"),
        })?;
        out.push(records::audit::decode(&key, &bytes)?);
    }
    Ok(out)
}

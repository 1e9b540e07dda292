//! Reads of feedback years (direct gets and one employee's years by prefix) and of the
//! audit entries about one employee (the `a` index).

use super::keys;
use super::records;
use super::{ChangedBy, StoreError};
use crate::domain::feedback::FeedbackYear;
use crate::domain::{AuditEntry, EmployeeId, RecordKind};

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
/// Who saved the employee record `emp` last and when: its newest audit entry about the
/// employee record itself (not their plans, evaluations or feedback), newest first through the
/// per-employee index.
pub fn last_change_of_employee(
    data: &sled::Tree,
    emp: EmployeeId,
) -> Result<Option<ChangedBy>, StoreError> {
    for kv in data.scan_prefix(keys::audit_of_employee_prefix(emp)).rev() {
        let (k, _) = kv?;
        let Some(seq) = k.get(9..).and_then(keys::be_u64) else {
            continue;
        };
        let key = keys::audit(seq);
        let Some(bytes) = data.get(&key)? else {
            continue;
        };
        let entry = records::audit::decode(&key, &bytes)?;
        if entry.record.kind == RecordKind::Employee && entry.record.id == emp.0 {
            return Ok(Some(ChangedBy {
                actor: entry.actor,
                at_ms: entry.at_ms,
            }));
        }
    }
    Ok(None)
}

/// Who saved the record `kind` `id` last and when, from the newest end of the audit trail (a
/// record without an index of its own, like a unit; a refused save is rare and the change
/// that made it stale is recent).
pub fn last_change_of(
    data: &sled::Tree,
    kind: RecordKind,
    id: u64,
) -> Result<Option<ChangedBy>, StoreError> {
    for kv in data.scan_prefix([keys::AUDIT]).rev() {
        let (k, v) = kv?;
        let entry = records::audit::decode(&k, &v)?;
        if entry.record.kind == kind && entry.record.id == id {
            return Ok(Some(ChangedBy {
                actor: entry.actor,
                at_ms: entry.at_ms,
            }));
        }
    }
    Ok(None)
}

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

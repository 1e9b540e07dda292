//! The write of a feedback-year record inside a commit (see `commit`): the record, the
//! revision check, and the audit summary naming the employee as the register has them now.

use super::commit::Written;
use super::kv::Kv;
use super::{keys, records, StoreError};
use crate::domain::feedback::{FeedbackAudit, FeedbackYear};
use crate::domain::plan_audit::PersonRef;
use crate::domain::{RecordKind, RecordRef};

/// Writes `y` as revision `y.revision + 1`, if the stored year is at `y.revision` (none
/// stored: 0). Otherwise `StaleRevision`.
pub fn write_feedback_year<K: Kv>(kv: &K, y: &FeedbackYear) -> Result<Written, K::Error> {
    if y.employee.0 == 0 {
        return Err(K::abort(StoreError::MissingId {
            kind: RecordKind::Feedback,
        }));
    }
    let key = keys::feedback_year(y.employee, y.year);
    let old = match kv.get(&key)? {
        Some(bytes) => Some(records::feedback::decode_year(&key, &bytes).map_err(K::abort)?),
        None => None,
    };
    let found = old.as_ref().map(|o| o.revision);
    if found.unwrap_or(0) != y.revision {
        return Err(K::abort(StoreError::StaleRevision {
            kind: RecordKind::Feedback,
            id: y.employee.0,
            expected: y.revision,
            found,
            by: None,
        }));
    }
    let stored = FeedbackYear {
        revision: y.revision.saturating_add(1),
        ..y.clone()
    };
    let emp_key = keys::employee(y.employee);
    let employee = match kv.get(&emp_key)? {
        Some(bytes) => {
            let e = records::employee::decode(&emp_key, &bytes).map_err(K::abort)?;
            PersonRef {
                employee: e.id,
                name: e.full_name(),
                nip: e.nip,
            }
        }
        None => {
            return Err(K::abort(StoreError::Corrupt {
                key: keys::describe(&key),
                detail: format!("feedback of employee {}, who does not exist", y.employee.0),
            }))
        }
    };
    let summary = FeedbackAudit::between(old.as_ref(), &stored, employee);
    let after = records::json(&key, &summary).map_err(K::abort)?;
    kv.insert(
        key,
        records::feedback::encode_year(&stored).map_err(K::abort)?,
    )?;
    Ok((
        RecordRef {
            kind: RecordKind::Feedback,
            id: y.employee.0,
        },
        None,
        after,
    ))
}

//! The writes of plan and period records inside a commit (see `commit`): the record, its
//! index entries, the revision check.

use super::commit::{reindex_plain, Written};
use super::kv::Kv;
use super::{keys, records, StoreError};
use crate::domain::plan::{PerformancePlan, Period};
use crate::domain::plan_audit::PlanAudit;
use crate::domain::{RecordKind, RecordRef};

/// Writes `p` as revision `p.revision + 1`, if the stored plan is at `p.revision` (a new plan:
/// none stored and revision 0). Otherwise `StaleRevision`: someone saved it meanwhile.
pub fn write_plan<K: Kv>(kv: &K, p: &PerformancePlan) -> Result<Written, K::Error> {
    if p.id.0 == 0 {
        return Err(K::abort(StoreError::MissingId {
            kind: RecordKind::Plan,
        }));
    }
    let key = keys::plan(p.id);
    let old = match kv.get(&key)? {
        Some(bytes) => Some(records::plan::decode(&key, &bytes).map_err(K::abort)?),
        None => None,
    };
    let found = old.as_ref().map(|o| o.revision);
    // Stored plans are at revision 1 or more, so 0 can only match "none stored".
    if found.unwrap_or(0) != p.revision {
        return Err(K::abort(StoreError::StaleRevision {
            kind: RecordKind::Plan,
            id: p.id.0,
            expected: p.revision,
            found,
            by: None,
        }));
    }
    let stored = PerformancePlan {
        revision: p.revision.saturating_add(1),
        ..p.clone()
    };
    let old_index = old
        .as_ref()
        .map(keys::plan_index_entries)
        .unwrap_or_default();
    reindex_plain(kv, &old_index, keys::plan_index_entries(&stored))?;
    // The entry holds what changed (people, year, state, edits), not the plan twice: the
    // trail would otherwise grow by two plans per save. See `domain::plan_audit`.
    let summary = PlanAudit::between(old.as_ref(), &stored);
    let before = None;
    let after = records::json(&key, &summary).map_err(K::abort)?;
    kv.insert(key, records::plan::encode(&stored).map_err(K::abort)?)?;
    Ok((
        RecordRef {
            kind: RecordKind::Plan,
            id: p.id.0,
        },
        before,
        after,
    ))
}

/// Writes a period under its year (the audit entry's id is the year).
pub fn write_period<K: Kv>(kv: &K, p: &Period) -> Result<Written, K::Error> {
    let id = u64::try_from(p.year)
        .ok()
        .filter(|&y| y > 0)
        .ok_or_else(|| {
            K::abort(StoreError::MissingId {
                kind: RecordKind::Period,
            })
        })?;
    let key = keys::period(p.year);
    let before = match kv.get(&key)? {
        Some(bytes) => {
            let old = records::period::decode(&key, &bytes).map_err(K::abort)?;
            Some(records::json(&key, &old).map_err(K::abort)?)
        }
        None => None,
    };
    let after = records::json(&key, p).map_err(K::abort)?;
    kv.insert(key, records::period::encode(p).map_err(K::abort)?)?;
    Ok((
        RecordRef {
            kind: RecordKind::Period,
            id,
        },
        before,
        after,
    ))
}

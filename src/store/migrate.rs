//! Schema migrations, run by `Store::open` on an older database.
//!
//! Each step reads what it needs first (the database is locked by this process and nothing
//! else runs during open), then writes everything and the new schema version in ONE sled
//! transaction over the meta and data trees. A crash leaves the database at the old version
//! or the new one, never in between; a later step runs in its own transaction.

use std::collections::{HashMap, HashSet};

use sled::Transactional;

use super::codec::{self, Kind};
use super::keys::{self, Counter};
use super::legacy;
use super::open::{self, Handles};
use super::records;
use super::tx::{abort, finish, TxResult};
use super::{counters, StoreError, SCHEMA_VERSION};
use crate::domain::{AuditAction, AuditEntry, Employee, OrgUnit, RecordKind, RecordRef};

/// Actor of the audit entries a migration writes.
pub const ACTOR: &str = "system:migrate";

/// Brings the database from schema `from` up to [`SCHEMA_VERSION`].
pub fn run(h: &Handles, from: u32, at_ms: i64) -> Result<(), StoreError> {
    let mut version = from;
    while version < SCHEMA_VERSION {
        match version {
            1 => v1_to_v2(h, at_ms)?,
            2 => raise_version(h, 2)?,
            3 => raise_version(h, 3)?,
            4 => v4_to_v5(h)?,
            5 => v5_to_v6(h)?,
            // Employees of envelope version 2 read as revision 0: nothing to rewrite.
            6 => raise_version(h, 6)?,
            // Settings and acting assignments without a revision read as revision 0 too.
            7 => raise_version(h, 7)?,
            other => {
                return Err(StoreError::Corrupt {
                    key: "meta/schema_version".into(),
                    detail: format!("no migration from schema {other}"),
                })
            }
        }
        version += 1;
    }
    h.db.flush()?;
    Ok(())
}

/// Schema 2 -> 3 and 3 -> 4: nothing to convert, new record kinds only (new key tags, new
/// envelope kinds). Schema 3 adds accounts and acting assignments: the version is raised so
/// that a kinerja of schema 2, which has no sign-in, refuses the database instead of opening
/// it without a password. Schema 4 adds plans and periods: a kinerja of schema 3 would not
/// know them and could not keep the plan indexes true. No audit entry: no record changes.
fn raise_version(h: &Handles, from: u32) -> Result<(), StoreError> {
    let result = h.meta.transaction(|meta| -> TxResult<()> {
        let current = meta.get(keys::SCHEMA_VERSION_KEY)?;
        let current = current
            .as_deref()
            .map(open::parse_version)
            .transpose()
            .map_err(abort)?;
        if current != Some(from) {
            return Err(abort(StoreError::Corrupt {
                key: "meta/schema_version".into(),
                detail: format!("changed during migration: {current:?}"),
            }));
        }
        meta.insert(keys::SCHEMA_VERSION_KEY, &open::version_bytes(from + 1)[..])?;
        Ok(())
    });
    finish(result)
}

/// Schema 4 -> 5: the plan indexes are rebuilt from the plan records (the new one, `q`, lists
/// the submitted plans of an appraiser's team). Only the difference is written: in a sound
/// schema 4 database that is one `q` entry per submitted plan, a handful, so one transaction
/// holds it. No audit entry: no record changes.
fn v4_to_v5(h: &Handles) -> Result<(), StoreError> {
    // One decode at a time: measured quicker than chunks decoded on two threads here.
    log::info!("schema 4 -> 5: rebuilding the plan indexes from the plans");
    let mut wanted: HashSet<Vec<u8>> = HashSet::new();
    for kv in h.data.scan_prefix([keys::PLAN]) {
        let (k, v) = kv?;
        let plan = records::plan::decode(&k, &v)?;
        wanted.extend(keys::plan_index_entries(&plan).into_iter().map(|(k, _)| k));
    }
    let mut stale = Vec::new();
    for tag in keys::PLAN_INDEX_TAGS {
        for kv in h.data.scan_prefix([tag]) {
            let (k, _) = kv?;
            if !wanted.remove(k.as_ref()) {
                stale.push(k.to_vec());
            }
        }
    }
    let mut missing: Vec<Vec<u8>> = wanted.into_iter().collect();
    missing.sort_unstable();
    let result = (&h.meta, &h.data).transaction(|(meta, data)| -> TxResult<()> {
        let current = meta.get(keys::SCHEMA_VERSION_KEY)?;
        let current = current
            .as_deref()
            .map(open::parse_version)
            .transpose()
            .map_err(abort)?;
        if current != Some(4) {
            return Err(abort(StoreError::Corrupt {
                key: "meta/schema_version".into(),
                detail: format!("changed during migration: {current:?}"),
            }));
        }
        for k in &stale {
            data.remove(k.as_slice())?;
        }
        for k in &missing {
            data.insert(k.as_slice(), &[][..])?;
        }
        meta.insert(keys::SCHEMA_VERSION_KEY, &open::version_bytes(5)[..])?;
        Ok(())
    });
    finish(result)
}

/// Schema 5 -> 6: the index of audit entries per employee (`a`) is built from the trail:
/// an entry of an employee, evaluation or feedback record names the employee by its id; a
/// plan's entry names the plan's employee (read from the plan record; a plan no longer
/// stored is skipped). The trail may be long (millions of entries), so the index keys are
/// written with plain inserts, not one transaction: they are idempotent (empty values), a
/// crash before the version is raised runs the step again. No audit entry.
fn v5_to_v6(h: &Handles) -> Result<(), StoreError> {
    log::info!("schema 5 -> 6: indexing the audit trail by employee");
    let mut plan_owner: HashMap<u64, Option<crate::domain::EmployeeId>> = HashMap::new();
    for kv in h.data.scan_prefix([keys::AUDIT]) {
        let (k, v) = kv?;
        let entry = records::audit::decode(&k, &v)?;
        let emp = match entry.record.kind {
            RecordKind::Employee | RecordKind::Review | RecordKind::Feedback => {
                Some(crate::domain::EmployeeId(entry.record.id))
            }
            RecordKind::Plan => match plan_owner.get(&entry.record.id) {
                Some(owner) => *owner,
                None => {
                    let key = keys::plan(crate::domain::plan::PlanId(entry.record.id));
                    let owner = match h.data.get(&key)? {
                        Some(bytes) => Some(records::plan::decode(&key, &bytes)?.employee_id()),
                        None => None,
                    };
                    plan_owner.insert(entry.record.id, owner);
                    owner
                }
            },
            RecordKind::Unit
            | RecordKind::Account
            | RecordKind::Acting
            | RecordKind::Period
            | RecordKind::Settings
            | RecordKind::UnitGrade
            | RecordKind::AccountKeys => None,
        };
        if let Some(emp) = emp {
            h.data
                .insert(keys::audit_of_employee(emp, entry.seq), &[][..])?;
        }
    }
    h.db.flush()?;
    raise_version(h, 5)
}

/// One employee as found on disk.
enum Found {
    V1(Box<legacy::EmployeeV1>),
    /// Already schema 2 (not written by schema 1, but harmless): kept, not audited.
    Current(Box<Employee>),
}

/// Schema 1 -> 2: every employee record is rewritten in the schema 2 layout (`active` becomes
/// a status, new fields empty) with ONE audit entry per migrated employee (action `Migrate`,
/// actor `system:migrate`, before/after as JSON), so the trail shows each record's change of
/// form. Units are re-enveloped at version 2 without an audit entry: their content does not
/// change. Old audit entries stay as written (history). The indexes are rebuilt from the
/// records (stale entries removed, missing ones added) and the id counters raised to the
/// highest id present.
fn v1_to_v2(h: &Handles, at_ms: i64) -> Result<(), StoreError> {
    let mut employees = Vec::new();
    for kv in h.data.scan_prefix([keys::EMPLOYEE]) {
        let (k, v) = kv?;
        let found = match codec::version_of(&k, &v, Kind::Employee)? {
            legacy::VERSION => Found::V1(Box::new(legacy::decode_employee(&k, &v)?)),
            _ => Found::Current(Box::new(records::employee::decode(&k, &v)?)),
        };
        employees.push(found);
    }
    let mut units: Vec<OrgUnit> = Vec::new();
    for kv in h.data.scan_prefix([keys::UNIT]) {
        let (k, v) = kv?;
        units.push(records::unit::decode(&k, &v)?);
    }
    let mut existing_index = HashMap::new();
    for tag in keys::INDEX_TAGS {
        for kv in h.data.scan_prefix([tag]) {
            let (k, v) = kv?;
            existing_index.insert(k.to_vec(), v);
        }
    }

    // Plan everything outside the transaction: records, index entries, audit snapshots.
    let mut writes: Vec<(Vec<u8>, Vec<u8>)> = Vec::new();
    let mut audits: Vec<(RecordRef, String, String)> = Vec::new();
    let mut seen_nips = HashSet::new();
    let mut wanted_index: Vec<(Vec<u8>, Vec<u8>)> = Vec::new();
    let (mut max_employee, mut max_unit) = (0u64, 0u64);
    for found in employees {
        let e = match found {
            Found::V1(old) => {
                let key = keys::employee(old.id);
                let before = records::json(&key, &old)?;
                let e = old.upgrade();
                audits.push((
                    RecordRef {
                        kind: RecordKind::Employee,
                        id: e.id.0,
                    },
                    before,
                    records::json(&key, &e)?,
                ));
                writes.push((key, records::employee::encode(&e)?));
                e
            }
            Found::Current(e) => *e,
        };
        if !seen_nips.insert(e.nip.clone()) {
            log::warn!("migration: NIP {} is held by more than one employee", e.nip);
        }
        max_employee = max_employee.max(e.id.0);
        wanted_index.extend(keys::employee_index_entries(&e));
    }
    for u in &units {
        max_unit = max_unit.max(u.id.0);
        writes.push((keys::unit(u.id), records::unit::encode(u)?));
    }
    // The indexes are rebuilt from the records, writing only the difference: the key layout
    // did not change, so a sound schema 1 database needs no index write at all.
    for (k, v) in wanted_index {
        match existing_index.remove(&k) {
            Some(old) if old.as_ref() == v.as_slice() => {}
            _ => writes.push((k, v)),
        }
    }
    let stale_index: Vec<Vec<u8>> = existing_index.into_keys().collect();

    let result = (&h.meta, &h.data).transaction(|(meta, data)| -> TxResult<()> {
        // Still at schema 1? (Guards against running twice; open holds the lock anyway.)
        let current = meta.get(keys::SCHEMA_VERSION_KEY)?;
        let current = current
            .as_deref()
            .map(open::parse_version)
            .transpose()
            .map_err(abort)?;
        if current != Some(legacy::SCHEMA) {
            return Err(abort(StoreError::Corrupt {
                key: "meta/schema_version".into(),
                detail: format!("changed during migration: {current:?}"),
            }));
        }
        for k in &stale_index {
            data.remove(k.clone())?;
        }
        for (k, v) in &writes {
            data.insert(k.as_slice(), v.as_slice())?;
        }
        let mut seq = counters::get_in(data, Counter::AuditSeq)?;
        for (record, before, after) in &audits {
            seq = seq.checked_add(1).ok_or_else(|| {
                abort(StoreError::Corrupt {
                    key: keys::describe(&keys::counter(Counter::AuditSeq)),
                    detail: "counter exhausted".into(),
                })
            })?;
            let entry = AuditEntry {
                seq,
                at_ms,
                actor: ACTOR.to_string(),
                action: AuditAction::Migrate,
                record: *record,
                before: Some(before.clone()),
                after: Some(after.clone()),
                reason: format!("skema {} ke {}", legacy::SCHEMA, legacy::SCHEMA + 1),
            };
            data.insert(
                keys::audit(seq),
                records::audit::encode(&entry).map_err(abort)?,
            )?;
        }
        counters::set_in(data, Counter::AuditSeq, seq)?;
        counters::raise_in(data, Counter::EmployeeId, max_employee)?;
        counters::raise_in(data, Counter::UnitId, max_unit)?;
        meta.insert(
            keys::SCHEMA_VERSION_KEY,
            &open::version_bytes(legacy::SCHEMA + 1)[..],
        )?;
        Ok(())
    });
    finish(result)
}

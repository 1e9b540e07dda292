//! `Store::commit`: records, their index entries and one audit entry per change, all in one
//! sled transaction on the data tree; then a flush.

use sled::transaction::TransactionalTree;

use super::counters;
use super::keys::{self, Counter};
use super::records;
use super::tx::{abort, finish, TxResult};
use super::{Change, Record, StoreError};
use crate::domain::{AuditEntry, Employee, EmployeeId, Nip, OrgUnit, RecordKind, RecordRef};

/// Writes `changes` atomically and durably. See [`super::Store::commit`].
pub fn commit(
    db: &sled::Db,
    data: &sled::Tree,
    actor: &str,
    at_ms: i64,
    changes: &[Change],
) -> Result<Vec<AuditEntry>, StoreError> {
    if changes.is_empty() {
        return Ok(Vec::new());
    }
    // sled 0.34 runs a transaction under its global write lock and may re-run the closure on
    // a conflict, so the closure keeps no state of its own between runs.
    let entries = finish(data.transaction(|tx| apply(tx, actor, at_ms, changes)))?;
    db.flush()?;
    Ok(entries)
}

/// A NIP index entry taken over from `holder` in this commit: legal only if `holder` itself
/// moves to another NIP in the same commit (checked once every change is written).
struct Displaced {
    nip: Nip,
    holder: EmployeeId,
}

fn apply(
    tx: &TransactionalTree,
    actor: &str,
    at_ms: i64,
    changes: &[Change],
) -> TxResult<Vec<AuditEntry>> {
    let mut seq = counters::get_tx(tx, Counter::AuditSeq)?;
    let (mut max_employee, mut max_unit) = (0u64, 0u64);
    let mut displaced = Vec::new();
    let mut entries = Vec::with_capacity(changes.len());
    for change in changes {
        let (record, before, after) = match &change.record {
            Record::Employee(e) => {
                max_employee = max_employee.max(e.id.0);
                write_employee(tx, e, &mut displaced)?
            }
            Record::Unit(u) => {
                max_unit = max_unit.max(u.id.0);
                write_unit(tx, u)?
            }
        };
        seq = seq.checked_add(1).ok_or_else(|| {
            abort(StoreError::Corrupt {
                key: keys::describe(&keys::counter(Counter::AuditSeq)),
                detail: "counter exhausted".into(),
            })
        })?;
        let entry = AuditEntry {
            seq,
            at_ms,
            actor: actor.to_string(),
            action: change.action,
            record,
            before,
            after: Some(after),
            reason: change.reason.clone(),
        };
        tx.insert(
            keys::audit(seq),
            records::audit::encode(&entry).map_err(abort)?,
        )?;
        entries.push(entry);
    }
    for d in displaced {
        let key = keys::employee(d.holder);
        if let Some(bytes) = tx.get(&key)? {
            let holder = records::employee::decode(&key, &bytes).map_err(abort)?;
            if holder.nip == d.nip {
                return Err(abort(StoreError::DuplicateNip {
                    nip: d.nip.as_str().to_string(),
                    holder: d.holder.0,
                }));
            }
        }
    }
    counters::set_tx(tx, Counter::AuditSeq, seq)?;
    counters::raise_tx(tx, Counter::EmployeeId, max_employee)?;
    counters::raise_tx(tx, Counter::UnitId, max_unit)?;
    Ok(entries)
}

type Written = (RecordRef, Option<String>, String);

fn write_employee(
    tx: &TransactionalTree,
    e: &Employee,
    displaced: &mut Vec<Displaced>,
) -> TxResult<Written> {
    if e.id.0 == 0 {
        return Err(abort(StoreError::MissingId {
            kind: RecordKind::Employee,
        }));
    }
    let key = keys::employee(e.id);
    let old = match tx.get(&key)? {
        Some(bytes) => Some(records::employee::decode(&key, &bytes).map_err(abort)?),
        None => None,
    };
    let new_index = keys::employee_index_entries(e);
    let old_index = old
        .as_ref()
        .map(keys::employee_index_entries)
        .unwrap_or_default();
    let own_id = e.id.0.to_be_bytes();

    // Stale entries: the old NIP (unless someone took it over earlier in this commit), the
    // old unit, supervisor and name.
    for (k, _) in &old_index {
        if new_index.iter().any(|(n, _)| n == k) {
            continue;
        }
        if k.first() == Some(&keys::IDX_NIP) {
            let points_here = tx.get(k.as_slice())?.is_some_and(|v| v.as_ref() == own_id);
            if !points_here {
                continue;
            }
        }
        tx.remove(k.as_slice())?;
    }
    // New entries. The NIP entry may belong to another employee: remember it, and refuse
    // the commit at the end unless that employee gave the NIP up in the same commit.
    for (k, v) in new_index {
        if k.first() == Some(&keys::IDX_NIP) {
            match tx.get(k.as_slice())? {
                Some(cur) if cur.as_ref() == own_id => continue,
                Some(cur) => {
                    let holder = keys::be_u64(&cur).ok_or_else(|| {
                        abort(StoreError::Corrupt {
                            key: keys::describe(&k),
                            detail: format!("{} bytes instead of 8", cur.len()),
                        })
                    })?;
                    displaced.push(Displaced {
                        nip: e.nip.clone(),
                        holder: EmployeeId(holder),
                    });
                }
                None => {}
            }
        } else if old_index.iter().any(|(o, _)| *o == k) {
            continue;
        }
        tx.insert(k, v)?;
    }

    let before = match &old {
        Some(o) => Some(records::json(&key, o).map_err(abort)?),
        None => None,
    };
    let after = records::json(&key, e).map_err(abort)?;
    tx.insert(key, records::employee::encode(e).map_err(abort)?)?;
    Ok((
        RecordRef {
            kind: RecordKind::Employee,
            id: e.id.0,
        },
        before,
        after,
    ))
}

fn write_unit(tx: &TransactionalTree, u: &OrgUnit) -> TxResult<Written> {
    if u.id.0 == 0 {
        return Err(abort(StoreError::MissingId {
            kind: RecordKind::Unit,
        }));
    }
    let key = keys::unit(u.id);
    let before = match tx.get(&key)? {
        Some(bytes) => {
            let old = records::unit::decode(&key, &bytes).map_err(abort)?;
            Some(records::json(&key, &old).map_err(abort)?)
        }
        None => None,
    };
    let after = records::json(&key, u).map_err(abort)?;
    tx.insert(key, records::unit::encode(u).map_err(abort)?)?;
    Ok((
        RecordRef {
            kind: RecordKind::Unit,
            id: u.id.0,
        },
        before,
        after,
    ))
}

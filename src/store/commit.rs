//! `Store::commit`: records, their index entries and one audit entry per change, all or
//! nothing; then a flush.
//!
//! Small commits (the forms: one to a few dozen changes) run in ONE sled transaction on the
//! data tree.
//!
//! Large commits (CSV import: up to 50,000 employees, 300,000 writes: record, 4 index entries
//! and an audit entry each) do not. sled 0.34 applies a transaction, and also a
//! `Tree::apply_batch`, under one epoch guard held for all the writes, so nothing it replaces
//! is freed until the end. Measured on the development VM (2 vCPU) for 50,000 employees:
//!
//! | 300,000 writes    | CPU time  | peak memory | next open + first load |
//! |-------------------|-----------|-------------|------------------------|
//! | one transaction   | 2.8-4.8 s | ~1.7 GB     | ~0.6 s + ~0.6 s (sled) |
//! | one `apply_batch` | 2.4-3.5 s | ~1.6 GB     | ~0.6 s + ~0.6 s (sled) |
//! | plain inserts     | 1.4-2.0 s | ~0.3 GB     | ~0.1 s + ~0.04 s       |
//!
//! (In the store, the whole 50,000-employee commit below takes 2.2-3.0 s, peak ~0.4 GB.)
//!
//! So a large commit is planned on an [`Overlay`] (the "before" values are read from the tree
//! first, every write is collected in memory, any error stops it before anything is written),
//! then written with plain inserts under an undo journal (see `journal`): the pre-images of
//! all keys are stored and flushed first, the writes follow, the journal is removed and the
//! database flushed. An error while writing writes the pre-images back; a crash leaves the
//! journal, and the next open writes them back. Either way the commit is all or nothing.
//! Reading outside a transaction is sound because nobody else writes meanwhile: sled locks
//! the database to this process and the store's gate admits one writer and no reader while a
//! commit is written.

use super::counters;
use super::feedback_write;
use super::journal;
use super::keys::{self, Counter};
use super::kv::{Kv, Overlay, Writes};
use super::plan_write;
use super::records;
use super::review_write;
use super::tx::finish;
use super::{Change, Record, StoreError};
use crate::domain::{
    Account, ActingAssignment, AuditEntry, Employee, EmployeeId, Nip, OrgUnit, RecordKind,
    RecordRef,
};

/// From this many changes on, a commit is written under the journal instead of a transaction.
pub const LARGE_FROM: usize = 256;

/// How a store writes its commits; tests change it to reach every path.
#[derive(Clone, Copy, Debug)]
pub struct Mode {
    pub large_from: usize,
    pub fault: Option<TestFault>,
    /// A failed large commit could not be undone in place: its journal waits for the next
    /// open, and no further commit may write over keys that the undo will restore.
    pub undo_pending: bool,
}

impl Default for Mode {
    fn default() -> Mode {
        Mode {
            large_from: LARGE_FROM,
            fault: None,
            undo_pending: false,
        }
    }
}

/// Faults to inject into large commits, for tests of the undo paths.
#[doc(hidden)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TestFault {
    /// Fail with an I/O error after this many writes; the commit undoes them.
    FailAfter(usize),
    /// Stop after this many writes as if the process died: no undo, the journal stays.
    CrashAfter(usize),
}

/// The trees a commit writes.
pub struct Target<'a> {
    pub db: &'a sled::Db,
    pub meta: &'a sled::Tree,
    pub data: &'a sled::Tree,
}

/// Writes `changes` atomically and durably. The caller holds the store's writer lock.
pub fn commit(
    t: &Target<'_>,
    mode: &mut Mode,
    actor: &str,
    at_ms: i64,
    changes: &[Change],
) -> Result<Vec<AuditEntry>, StoreError> {
    if mode.undo_pending {
        return Err(undo_pending());
    }
    if changes.is_empty() {
        return Ok(Vec::new());
    }
    let fault = mode.fault;
    if changes.len() < mode.large_from {
        // sled may re-run the closure on a conflict, so it keeps no state between runs.
        let entries = finish(t.data.transaction(|tx| apply(tx, actor, at_ms, changes)))?;
        t.db.flush()?;
        return Ok(entries);
    }
    let overlay = Overlay::new(t.data);
    let entries = apply(&overlay, actor, at_ms, changes)?;
    let (writes, undo) = overlay.finish()?;
    if let Err(e) = journal::begin(t.db, t.meta, &undo) {
        // Nothing of the commit is written yet, but a journal that stayed in `meta` would
        // undo later commits at the next open: take it out again.
        if t.meta.remove(keys::JOURNAL_KEY).is_err() {
            mode.undo_pending = true;
        }
        return Err(e);
    }
    let written = write_all(t.data, &writes, fault)
        .and_then(|()| t.db.flush().map(drop).map_err(StoreError::from))
        .and_then(|()| journal::end(t.db, t.meta));
    if let Err(e) = written {
        let undone = if matches!(fault, Some(TestFault::CrashAfter(_))) {
            Err(e.to_string())
        } else {
            let undo = undo.iter().map(|(k, v)| (k.as_slice(), v.as_deref()));
            journal::restore(t.data, undo)
                .and_then(|()| t.db.flush().map(drop).map_err(StoreError::from))
                .and_then(|()| journal::end(t.db, t.meta))
                .map_err(|undo_err| undo_err.to_string())
        };
        if let Err(undo_err) = undone {
            // The journal stays; the next open undoes the commit.
            log::error!("could not undo a failed commit now: {undo_err}");
            mode.undo_pending = true;
        }
        return Err(e);
    }
    Ok(entries)
}

fn undo_pending() -> StoreError {
    StoreError::Io(
        "an interrupted commit is undone when the database is opened again; reopen it".into(),
    )
}

fn write_all(
    data: &sled::Tree,
    writes: &Writes,
    fault: Option<TestFault>,
) -> Result<(), StoreError> {
    for (n, (k, v)) in writes.iter().enumerate() {
        if let Some(TestFault::FailAfter(at) | TestFault::CrashAfter(at)) = fault {
            if n == at {
                return Err(StoreError::Io(format!("test fault after {at} writes")));
            }
        }
        match v {
            Some(v) => data.insert(k.as_slice(), v.clone())?,
            None => data.remove(k.as_slice())?,
        };
    }
    Ok(())
}

/// A NIP index entry taken over from `holder` in this commit: legal only if `holder` itself
/// moves to another NIP in the same commit (checked once every change is written).
struct Displaced {
    nip: Nip,
    holder: EmployeeId,
}

fn apply<K: Kv>(
    kv: &K,
    actor: &str,
    at_ms: i64,
    changes: &[Change],
) -> Result<Vec<AuditEntry>, K::Error> {
    let mut seq = counters::get_in(kv, Counter::AuditSeq)?;
    let (mut max_employee, mut max_unit) = (0u64, 0u64);
    let (mut max_account, mut max_acting, mut max_plan) = (0u64, 0u64, 0u64);
    let mut displaced = Vec::new();
    let mut entries = Vec::with_capacity(changes.len());
    for change in changes {
        let (record, before, after) = match &change.record {
            Record::Employee(e) => {
                max_employee = max_employee.max(e.id.0);
                write_employee(kv, e, &mut displaced)?
            }
            Record::Unit(u) => {
                max_unit = max_unit.max(u.id.0);
                write_unit(kv, u)?
            }
            Record::Account(a) => {
                max_account = max_account.max(a.id.0);
                write_account(kv, a)?
            }
            Record::Acting(a) => {
                max_acting = max_acting.max(a.id);
                write_acting(kv, a)?
            }
            Record::Plan(p) => {
                max_plan = max_plan.max(p.id.0);
                plan_write::write_plan(kv, p)?
            }
            Record::Period(p) => plan_write::write_period(kv, p)?,
            Record::Settings(s) => super::settings::write(kv, s)?,
            Record::ReviewYear(y) => review_write::write_review_year(kv, y)?,
            Record::UnitGrade(g) => review_write::write_unit_grade(kv, g)?,
            Record::FeedbackYear(y) => feedback_write::write_feedback_year(kv, y)?,
            Record::AccountKeys(k) => super::account_keys::write(kv, k)?,
        };
        seq = seq.checked_add(1).ok_or_else(|| {
            K::abort(StoreError::Corrupt {
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
        kv.insert(
            keys::audit(seq),
            records::audit::encode(&entry).map_err(K::abort)?,
        )?;
        if let Some(emp) = change.record.employee() {
            kv.insert(keys::audit_of_employee(emp, seq), Vec::new())?;
        }
        entries.push(entry);
    }
    for d in displaced {
        let key = keys::employee(d.holder);
        if let Some(bytes) = kv.get(&key)? {
            let holder = records::employee::decode(&key, &bytes).map_err(K::abort)?;
            if holder.nip == d.nip {
                return Err(K::abort(StoreError::DuplicateNip {
                    nip: d.nip.as_str().to_string(),
                    holder: d.holder.0,
                }));
            }
        }
    }
    counters::set_in(kv, Counter::AuditSeq, seq)?;
    counters::raise_in(kv, Counter::EmployeeId, max_employee)?;
    counters::raise_in(kv, Counter::UnitId, max_unit)?;
    if max_account > 0 {
        counters::raise_in(kv, Counter::AccountId, max_account)?;
    }
    if max_acting > 0 {
        counters::raise_in(kv, Counter::ActingId, max_acting)?;
    }
    if max_plan > 0 {
        counters::raise_in(kv, Counter::PlanId, max_plan)?;
    }
    Ok(entries)
}

/// What a record write reports for its audit entry: the record, before and after as JSON.
pub type Written = (RecordRef, Option<String>, String);

fn write_employee<K: Kv>(
    kv: &K,
    e: &Employee,
    displaced: &mut Vec<Displaced>,
) -> Result<Written, K::Error> {
    if e.id.0 == 0 {
        return Err(K::abort(StoreError::MissingId {
            kind: RecordKind::Employee,
        }));
    }
    let key = keys::employee(e.id);
    let old = match kv.get(&key)? {
        Some(bytes) => Some(records::employee::decode(&key, &bytes).map_err(K::abort)?),
        None => None,
    };
    // The save is based on revision `e.revision`: refused unless that is the stored one (a new
    // record: none stored, 0). Stored records of before schema 7 read as 0.
    let found = old.as_ref().map(|o| o.revision);
    if found.unwrap_or(0) != e.revision {
        return Err(K::abort(StoreError::StaleRevision {
            kind: RecordKind::Employee,
            id: e.id.0,
            expected: e.revision,
            found,
            by: None,
        }));
    }
    let e = &e.saved();
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
            let points_here = kv.get(k)?.is_some_and(|v| v.as_ref() == own_id);
            if !points_here {
                continue;
            }
        }
        kv.remove(k.clone())?;
    }
    // New entries. The NIP entry may belong to another employee: remember it, and refuse
    // the commit at the end unless that employee gave the NIP up in the same commit.
    for (k, v) in new_index {
        if k.first() == Some(&keys::IDX_NIP) {
            match kv.get(&k)? {
                Some(cur) if cur.as_ref() == own_id => continue,
                Some(cur) => {
                    let holder = keys::be_u64(&cur).ok_or_else(|| {
                        K::abort(StoreError::Corrupt {
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
        kv.insert(k, v)?;
    }

    let before = match &old {
        Some(o) => Some(records::employee::json(&key, o).map_err(K::abort)?),
        None => None,
    };
    let after = records::employee::json(&key, e).map_err(K::abort)?;
    let value = records::employee::encode(e).map_err(K::abort)?;
    kv.insert(key, value)?;
    Ok((
        RecordRef {
            kind: RecordKind::Employee,
            id: e.id.0,
        },
        before,
        after,
    ))
}

fn write_unit<K: Kv>(kv: &K, u: &OrgUnit) -> Result<Written, K::Error> {
    if u.id.0 == 0 {
        return Err(K::abort(StoreError::MissingId {
            kind: RecordKind::Unit,
        }));
    }
    let key = keys::unit(u.id);
    let old = match kv.get(&key)? {
        Some(bytes) => Some(records::unit::decode(&key, &bytes).map_err(K::abort)?),
        None => None,
    };
    // Checked like an employee's revision.
    let found = old.as_ref().map(|o| o.revision);
    if found.unwrap_or(0) != u.revision {
        return Err(K::abort(StoreError::StaleRevision {
            kind: RecordKind::Unit,
            id: u.id.0,
            expected: u.revision,
            found,
            by: None,
        }));
    }
    let u = &u.saved();
    let before = match &old {
        Some(o) => Some(records::unit::json(&key, o).map_err(K::abort)?),
        None => None,
    };
    let after = records::unit::json(&key, u).map_err(K::abort)?;
    let value = records::unit::encode(u).map_err(K::abort)?;
    kv.insert(key, value)?;
    Ok((
        RecordRef {
            kind: RecordKind::Unit,
            id: u.id.0,
        },
        before,
        after,
    ))
}

/// Replaces the index entries `old` by `new` for the record whose id is `own` (8 bytes BE, the
/// value of unique entries). Entries of `old` that now point at another record are left alone.
/// A unique entry (`unique(key)`) held by another record refuses the commit with `taken`.
/// [`reindex`] for a record whose index entries are all plain (none unique).
pub fn reindex_plain<K: Kv>(
    kv: &K,
    old: &[(Vec<u8>, Vec<u8>)],
    new: Vec<(Vec<u8>, Vec<u8>)>,
) -> Result<(), K::Error> {
    reindex(
        kv,
        old,
        new,
        &[],
        |_| false,
        |k, _| StoreError::Corrupt {
            key: keys::describe(k),
            detail: "unexpected unique index".into(),
        },
    )
}

pub fn reindex<K: Kv>(
    kv: &K,
    old: &[(Vec<u8>, Vec<u8>)],
    new: Vec<(Vec<u8>, Vec<u8>)>,
    own: &[u8],
    unique: impl Fn(&[u8]) -> bool,
    taken: impl Fn(&[u8], u64) -> StoreError,
) -> Result<(), K::Error> {
    for (k, v) in old {
        if new.iter().any(|(n, _)| n == k) {
            continue;
        }
        if unique(k) && kv.get(k)?.is_none_or(|cur| cur.as_ref() != v.as_slice()) {
            continue;
        }
        kv.remove(k.clone())?;
    }
    for (k, v) in new {
        if unique(&k) {
            match kv.get(&k)? {
                Some(cur) if cur.as_ref() == own => continue,
                Some(cur) => {
                    let holder = keys::be_u64(&cur).ok_or_else(|| {
                        K::abort(StoreError::Corrupt {
                            key: keys::describe(&k),
                            detail: format!("{} bytes instead of 8", cur.len()),
                        })
                    })?;
                    return Err(K::abort(taken(&k, holder)));
                }
                None => {}
            }
        } else if old.iter().any(|(o, _)| *o == k) {
            continue;
        }
        kv.insert(k, v)?;
    }
    Ok(())
}

/// An account, its user name and employee index entries (both unique: one account per user
/// name, at most one per employee). The audit snapshots hide the password hash.
fn write_account<K: Kv>(kv: &K, a: &Account) -> Result<Written, K::Error> {
    if a.id.0 == 0 {
        return Err(K::abort(StoreError::MissingId {
            kind: RecordKind::Account,
        }));
    }
    let key = keys::account(a.id);
    let old = match kv.get(&key)? {
        Some(bytes) => Some(records::account::decode(&key, &bytes).map_err(K::abort)?),
        None => None,
    };
    let old_index = old
        .as_ref()
        .map(keys::account_index_entries)
        .unwrap_or_default();
    reindex(
        kv,
        &old_index,
        keys::account_index_entries(a),
        &a.id.0.to_be_bytes(),
        |_| true,
        |k, holder| match k.first() {
            Some(&keys::IDX_USERNAME) => StoreError::DuplicateUsername {
                username: keys::username_form(&a.username),
                holder,
            },
            _ => StoreError::DuplicateAccountEmployee {
                employee: a.employee.map_or(0, |e| e.0),
                holder,
            },
        },
    )?;
    let before = match &old {
        Some(o) => Some(records::account::json(&key, o).map_err(K::abort)?),
        None => None,
    };
    let after = records::account::json(&key, a).map_err(K::abort)?;
    let value = records::account::encode(a).map_err(K::abort)?;
    kv.insert(key, value)?;
    Ok((
        RecordRef {
            kind: RecordKind::Account,
            id: a.id.0,
        },
        before,
        after,
    ))
}

fn write_acting<K: Kv>(kv: &K, a: &ActingAssignment) -> Result<Written, K::Error> {
    if a.id == 0 {
        return Err(K::abort(StoreError::MissingId {
            kind: RecordKind::Acting,
        }));
    }
    let key = keys::acting(a.id);
    let old = match kv.get(&key)? {
        Some(bytes) => Some(records::acting::decode(&key, &bytes).map_err(K::abort)?),
        None => None,
    };
    // Checked like an employee's revision (stored before schema 8: 0).
    let found = old.as_ref().map(|o| o.revision);
    if found.unwrap_or(0) != a.revision {
        return Err(K::abort(StoreError::StaleRevision {
            kind: RecordKind::Acting,
            id: a.id,
            expected: a.revision,
            found,
            by: None,
        }));
    }
    let a = &a.saved();
    let old_index = old
        .as_ref()
        .map(keys::acting_index_entries)
        .unwrap_or_default();
    reindex_plain(kv, &old_index, keys::acting_index_entries(a))?;
    let before = match &old {
        Some(o) => Some(records::acting::json(&key, o).map_err(K::abort)?),
        None => None,
    };
    let after = records::acting::json(&key, a).map_err(K::abort)?;
    let value = records::acting::encode(a).map_err(K::abort)?;
    kv.insert(key, value)?;
    Ok((
        RecordRef {
            kind: RecordKind::Acting,
            id: a.id,
        },
        before,
        after,
    ))
}

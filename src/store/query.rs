//! Reads: whole record sets in id order, single records, and the secondary indexes.

use sled::IVec;

use super::counters;
use super::keys::{self, Counter};
use super::records;
use super::StoreError;
use crate::domain::{
    Account, AccountId, ActingAssignment, AuditEntry, Employee, EmployeeId, Nip, OrgUnit, UnitId,
};

type Decode<T> = fn(&[u8], &[u8]) -> Result<T, StoreError>;

/// Decodes every value under the one-byte `tag`, in key order.
///
/// Loading the register at start is the one big read (50,000 employees), so it is quick:
/// the raw values are gathered first (a plain sled scan; `counter`, the last id or seq handed
/// out, sizes the vectors as records are never deleted), then decoded on several threads in
/// key-ordered chunks when there are many.
fn scan_all<T: Send>(
    data: &sled::Tree,
    tag: u8,
    counter: Counter,
    decode: Decode<T>,
) -> Result<Vec<T>, StoreError> {
    const MAX_HINT: u64 = 1 << 20;
    let hint = counters::get(data, counter).unwrap_or(0).min(MAX_HINT);
    let mut raw = Vec::with_capacity(usize::try_from(hint).unwrap_or(0));
    for kv in data.scan_prefix([tag]) {
        raw.push(kv?);
    }
    decode_all(&raw, decode)
}

/// Fewer records than this per thread are not worth a thread.
const PER_THREAD: usize = 4096;
const MAX_THREADS: usize = 8;

fn decode_chunk<T>(chunk: &[(IVec, IVec)], decode: Decode<T>) -> Result<Vec<T>, StoreError> {
    chunk.iter().map(|(k, v)| decode(k, v)).collect()
}

fn decode_all<T: Send>(raw: &[(IVec, IVec)], decode: Decode<T>) -> Result<Vec<T>, StoreError> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(MAX_THREADS)
        .min(raw.len() / PER_THREAD);
    if threads <= 1 {
        return decode_chunk(raw, decode);
    }
    let chunk_len = raw.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let mut chunks = raw.chunks(chunk_len);
        // The first chunk is decoded on this thread while the others run.
        let first = chunks.next().unwrap_or_default();
        let spawned: Vec<_> = chunks
            .map(|chunk| {
                let handle = std::thread::Builder::new()
                    .name("kinerja-decode".into())
                    .spawn_scoped(scope, move || decode_chunk(chunk, decode));
                (chunk, handle)
            })
            .collect();
        let mut out = decode_chunk(first, decode)?;
        out.reserve(raw.len().saturating_sub(out.len()));
        for (chunk, handle) in spawned {
            let part = match handle {
                Ok(h) => match h.join() {
                    Ok(part) => part?,
                    // A decoding thread that panicked: decode its chunk again here, where a
                    // second panic would show the real cause.
                    Err(_) => decode_chunk(chunk, decode)?,
                },
                // No thread to be had: decode the chunk here.
                Err(_) => decode_chunk(chunk, decode)?,
            };
            out.extend(part);
        }
        Ok(out)
    })
}

pub fn employees(data: &sled::Tree) -> Result<Vec<Employee>, StoreError> {
    scan_all(
        data,
        keys::EMPLOYEE,
        Counter::EmployeeId,
        records::employee::decode,
    )
}

pub fn units(data: &sled::Tree) -> Result<Vec<OrgUnit>, StoreError> {
    scan_all(data, keys::UNIT, Counter::UnitId, records::unit::decode)
}

pub fn audit_trail(data: &sled::Tree) -> Result<Vec<AuditEntry>, StoreError> {
    scan_all(data, keys::AUDIT, Counter::AuditSeq, records::audit::decode)
}

pub fn accounts(data: &sled::Tree) -> Result<Vec<Account>, StoreError> {
    scan_all(
        data,
        keys::ACCOUNT,
        Counter::AccountId,
        records::account::decode,
    )
}

pub fn acting_assignments(data: &sled::Tree) -> Result<Vec<ActingAssignment>, StoreError> {
    scan_all(
        data,
        keys::ACTING,
        Counter::ActingId,
        records::acting::decode,
    )
}

pub fn has_accounts(data: &sled::Tree) -> Result<bool, StoreError> {
    Ok(data
        .scan_prefix([keys::ACCOUNT])
        .next()
        .transpose()?
        .is_some())
}

pub fn account(data: &sled::Tree, id: AccountId) -> Result<Option<Account>, StoreError> {
    let key = keys::account(id);
    data.get(&key)?
        .map(|v| records::account::decode(&key, &v))
        .transpose()
}

/// The value of a unique index entry: a record id.
fn id_at(data: &sled::Tree, key: &[u8]) -> Result<Option<u64>, StoreError> {
    match data.get(key)? {
        None => Ok(None),
        Some(v) => keys::be_u64(&v)
            .map(Some)
            .ok_or_else(|| StoreError::Corrupt {
                key: keys::describe(key),
                detail: format!("{} bytes instead of 8", v.len()),
            }),
    }
}

pub fn account_id_by_username(
    data: &sled::Tree,
    username: &str,
) -> Result<Option<AccountId>, StoreError> {
    Ok(id_at(data, &keys::username(username))?.map(AccountId))
}

pub fn account_id_by_employee(
    data: &sled::Tree,
    emp: EmployeeId,
) -> Result<Option<AccountId>, StoreError> {
    Ok(id_at(data, &keys::account_of_employee(emp))?.map(AccountId))
}

/// The acting assignments held by `emp`, by the acting index, in id order.
pub fn acting_of(data: &sled::Tree, emp: EmployeeId) -> Result<Vec<ActingAssignment>, StoreError> {
    let mut out = Vec::new();
    for kv in data.scan_prefix(keys::acting_of_prefix(emp)) {
        let (k, _) = kv?;
        let id = (k.len() == 17)
            .then(|| keys::be_u64(&k[9..]))
            .flatten()
            .ok_or_else(|| StoreError::Corrupt {
                key: keys::describe(&k),
                detail: "malformed index key".into(),
            })?;
        let key = keys::acting(id);
        let bytes = data.get(&key)?.ok_or_else(|| StoreError::Corrupt {
            key: keys::describe(&k),
            detail: format!("points at acting assignment {id}, which does not exist"),
        })?;
        out.push(records::acting::decode(&key, &bytes)?);
    }
    Ok(out)
}

pub fn employee(data: &sled::Tree, id: EmployeeId) -> Result<Option<Employee>, StoreError> {
    let key = keys::employee(id);
    data.get(&key)?
        .map(|v| records::employee::decode(&key, &v))
        .transpose()
}

pub fn unit(data: &sled::Tree, id: UnitId) -> Result<Option<OrgUnit>, StoreError> {
    let key = keys::unit(id);
    data.get(&key)?
        .map(|v| records::unit::decode(&key, &v))
        .transpose()
}

pub fn employee_id_by_nip(data: &sled::Tree, nip: &Nip) -> Result<Option<EmployeeId>, StoreError> {
    let key = keys::nip(nip);
    match data.get(&key)? {
        None => Ok(None),
        Some(v) => keys::be_u64(&v)
            .map(|id| Some(EmployeeId(id)))
            .ok_or_else(|| StoreError::Corrupt {
                key: keys::describe(&key),
                detail: format!("{} bytes instead of 8", v.len()),
            }),
    }
}

/// The employee ids at the end of the keys under `prefix`. With `exact_len`, every key must
/// be exactly that long (fixed-width composite keys).
fn ids_under(
    data: &sled::Tree,
    prefix: &[u8],
    exact_len: Option<usize>,
) -> Result<Vec<EmployeeId>, StoreError> {
    let mut out = Vec::new();
    for kv in data.scan_prefix(prefix) {
        let (k, _) = kv?;
        let id = match exact_len {
            Some(n) if k.len() != n => None,
            _ => keys::trailing_id(&k),
        };
        out.push(id.ok_or_else(|| StoreError::Corrupt {
            key: keys::describe(&k),
            detail: "malformed index key".into(),
        })?);
    }
    Ok(out)
}

pub fn employees_in_unit(data: &sled::Tree, unit: UnitId) -> Result<Vec<EmployeeId>, StoreError> {
    ids_under(data, &keys::unit_members_prefix(unit), Some(17))
}

pub fn subordinates_of(data: &sled::Tree, sup: EmployeeId) -> Result<Vec<EmployeeId>, StoreError> {
    ids_under(data, &keys::subordinates_prefix(sup), Some(17))
}

/// In name order, then id order.
pub fn employees_by_name_prefix(
    data: &sled::Tree,
    prefix: &str,
) -> Result<Vec<EmployeeId>, StoreError> {
    ids_under(data, &keys::name_prefix(prefix), None)
}

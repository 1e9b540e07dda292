//! Reads: whole record sets in id order, single records, and the secondary indexes.

use super::keys;
use super::records;
use super::StoreError;
use crate::domain::{AuditEntry, Employee, EmployeeId, Nip, OrgUnit, UnitId};

/// Decodes every value under the one-byte `tag`, in key order.
fn scan_all<T>(
    data: &sled::Tree,
    tag: u8,
    decode: fn(&[u8], &[u8]) -> Result<T, StoreError>,
) -> Result<Vec<T>, StoreError> {
    let mut out = Vec::new();
    for kv in data.scan_prefix([tag]) {
        let (k, v) = kv?;
        out.push(decode(&k, &v)?);
    }
    Ok(out)
}

pub fn employees(data: &sled::Tree) -> Result<Vec<Employee>, StoreError> {
    scan_all(data, keys::EMPLOYEE, records::employee::decode)
}

pub fn units(data: &sled::Tree) -> Result<Vec<OrgUnit>, StoreError> {
    scan_all(data, keys::UNIT, records::unit::decode)
}

pub fn audit_trail(data: &sled::Tree) -> Result<Vec<AuditEntry>, StoreError> {
    scan_all(data, keys::AUDIT, records::audit::decode)
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

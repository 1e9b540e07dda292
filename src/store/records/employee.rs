//! Employee records: envelope version 3 (`domain::Employee` with its `revision`, schema 7).
//! Version 2 (schemas 2-6, no revision) is read as revision 0; schema 1 lives in `legacy`.

use super::check_id;
use crate::domain::Employee;
use crate::store::codec::{self, Kind};
use crate::store::legacy::{EmployeeV2, VERSION_2};
use crate::store::{keys, StoreError};

/// Envelope version of employee records written by this build.
pub const VERSION: u16 = 3;

pub fn encode(e: &Employee) -> Result<Vec<u8>, StoreError> {
    codec::encode(&keys::employee(e.id), Kind::Employee, VERSION, e)
}

/// Decodes the employee stored under `key` (version 3, or 2 read as revision 0).
pub fn decode(key: &[u8], bytes: &[u8]) -> Result<Employee, StoreError> {
    let e: Employee = if codec::version_of(key, bytes, Kind::Employee)? == VERSION_2 {
        codec::decode::<EmployeeV2>(key, bytes, Kind::Employee, &[VERSION_2])?.upgrade()
    } else {
        codec::decode(key, bytes, Kind::Employee, &[VERSION])?
    };
    check_id(key, key.get(1..).and_then(keys::be_u64), e.id.0)?;
    Ok(e)
}

/// The audit trail's JSON snapshot: the record without its revision (a save changes the
/// revision every time; the trail shows what the user changed).
pub fn json(key: &[u8], e: &Employee) -> Result<String, StoreError> {
    super::json(key, &EmployeeV2::of(e))
}

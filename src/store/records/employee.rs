//! Employee records: schema 2 payload (`domain::Employee`). Schema 1 lives in `legacy`.

use super::check_id;
use crate::domain::Employee;
use crate::store::codec::{self, Kind};
use crate::store::{keys, StoreError};

/// Envelope version of employee records written by this build.
pub const VERSION: u16 = 2;

pub fn encode(e: &Employee) -> Result<Vec<u8>, StoreError> {
    codec::encode(&keys::employee(e.id), Kind::Employee, VERSION, e)
}

/// Decodes the employee stored under `key`.
pub fn decode(key: &[u8], bytes: &[u8]) -> Result<Employee, StoreError> {
    let e: Employee = codec::decode(key, bytes, Kind::Employee, &[VERSION])?;
    check_id(key, key.get(1..).and_then(keys::be_u64), e.id.0)?;
    Ok(e)
}

//! Unit records. The payload (`domain::OrgUnit`) is the same in schema 1 and 2.

use super::check_id;
use crate::domain::OrgUnit;
use crate::store::codec::{self, Kind};
use crate::store::{keys, StoreError};

/// Envelope version of unit records written by this build.
pub const VERSION: u16 = 2;
/// Versions whose payload decodes as today's `OrgUnit`.
pub const READABLE: [u16; 2] = [1, 2];

pub fn encode(u: &OrgUnit) -> Result<Vec<u8>, StoreError> {
    encode_at(u, VERSION)
}

/// Encodes at an explicit version (the schema 1 fixture writer).
pub fn encode_at(u: &OrgUnit, version: u16) -> Result<Vec<u8>, StoreError> {
    codec::encode(&keys::unit(u.id), Kind::Unit, version, u)
}

pub fn decode(key: &[u8], bytes: &[u8]) -> Result<OrgUnit, StoreError> {
    let u: OrgUnit = codec::decode(key, bytes, Kind::Unit, &READABLE)?;
    check_id(key, key.get(1..).and_then(keys::be_u64), u.id.0)?;
    Ok(u)
}

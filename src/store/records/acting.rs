//! Acting assignment records (schema 3): `domain::ActingAssignment`.

use super::check_id;
use crate::domain::ActingAssignment;
use crate::store::codec::{self, Kind};
use crate::store::{keys, StoreError};

/// Envelope version of acting assignments written by this build.
pub const VERSION: u16 = 3;

pub fn encode(a: &ActingAssignment) -> Result<Vec<u8>, StoreError> {
    codec::encode(&keys::acting(a.id), Kind::Acting, VERSION, a)
}

pub fn decode(key: &[u8], bytes: &[u8]) -> Result<ActingAssignment, StoreError> {
    let a: ActingAssignment = codec::decode(key, bytes, Kind::Acting, &[VERSION])?;
    check_id(key, key.get(1..).and_then(keys::be_u64), a.id)?;
    Ok(a)
}

//! Unit records: envelope version 3 (`domain::OrgUnit` with its `revision`, schema 7).
//! Versions 1 and 2 (schemas 1-6, the same payload without a revision) read as revision 0.

use super::check_id;
use crate::domain::OrgUnit;
use crate::store::codec::{self, Kind};
use crate::store::legacy::UnitV2;
use crate::store::{keys, StoreError};

/// Envelope version of unit records written by this build.
pub const VERSION: u16 = 3;
/// Older versions, whose payload is [`UnitV2`].
pub const READABLE_OLD: [u16; 2] = [1, 2];

pub fn encode(u: &OrgUnit) -> Result<Vec<u8>, StoreError> {
    codec::encode(&keys::unit(u.id), Kind::Unit, VERSION, u)
}

/// Encodes at an older version, without the revision (the fixture writers).
pub fn encode_old(u: &OrgUnit, version: u16) -> Result<Vec<u8>, StoreError> {
    codec::encode(&keys::unit(u.id), Kind::Unit, version, &UnitV2::of(u))
}

pub fn decode(key: &[u8], bytes: &[u8]) -> Result<OrgUnit, StoreError> {
    let u: OrgUnit = if READABLE_OLD.contains(&codec::version_of(key, bytes, Kind::Unit)?) {
        codec::decode::<UnitV2>(key, bytes, Kind::Unit, &READABLE_OLD)?.upgrade()
    } else {
        codec::decode(key, bytes, Kind::Unit, &[VERSION])?
    };
    check_id(key, key.get(1..).and_then(keys::be_u64), u.id.0)?;
    Ok(u)
}

/// The audit trail's JSON snapshot: the record without its revision.
pub fn json(key: &[u8], u: &OrgUnit) -> Result<String, StoreError> {
    super::json(key, &UnitV2::of(u))
}

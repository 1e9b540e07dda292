//! Audit entries. The payload (`domain::AuditEntry`) has the same layout in schemas 1 to 4
//! (schema 3 added enum variants at the end: account and acting records, sign-in actions;
//! schema 4 the plan and period records), so
//! entries written before a migration stay as they were: the trail is history and is never
//! rewritten.

use super::check_id;
use crate::domain::AuditEntry;
use crate::store::codec::{self, Kind};
use crate::store::{keys, StoreError};

/// Envelope version of audit entries written by this build.
pub const VERSION: u16 = 4;
/// Versions whose payload decodes as today's `AuditEntry`.
pub const READABLE: [u16; 4] = [1, 2, 3, 4];

pub fn encode(a: &AuditEntry) -> Result<Vec<u8>, StoreError> {
    encode_at(a, VERSION)
}

pub fn encode_at(a: &AuditEntry, version: u16) -> Result<Vec<u8>, StoreError> {
    codec::encode(&keys::audit(a.seq), Kind::Audit, version, a)
}

pub fn decode(key: &[u8], bytes: &[u8]) -> Result<AuditEntry, StoreError> {
    let a: AuditEntry = codec::decode(key, bytes, Kind::Audit, &READABLE)?;
    check_id(key, key.get(1..).and_then(keys::be_u64), a.seq)?;
    Ok(a)
}

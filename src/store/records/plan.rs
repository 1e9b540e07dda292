//! Plan records (schema 4): `domain::plan::PerformancePlan` with its RHKs, indicators and
//! realisations in one envelope.

use super::check_id;
use crate::domain::plan::PerformancePlan;
use crate::store::codec::{self, Kind};
use crate::store::{keys, StoreError};

/// Envelope version of plan records written by this build.
pub const VERSION: u16 = 4;

pub fn encode(p: &PerformancePlan) -> Result<Vec<u8>, StoreError> {
    codec::encode(&keys::plan(p.id), Kind::Plan, VERSION, p)
}

pub fn decode(key: &[u8], bytes: &[u8]) -> Result<PerformancePlan, StoreError> {
    let p: PerformancePlan = codec::decode(key, bytes, Kind::Plan, &[VERSION])?;
    check_id(key, key.get(1..).and_then(keys::be_u64), p.id.0)?;
    Ok(p)
}

//! Period records (schema 4): `domain::plan::Period`, keyed by its year.

use crate::domain::plan::Period;
use crate::store::codec::{self, Kind};
use crate::store::{keys, StoreError};

/// Envelope version of period records written by this build.
pub const VERSION: u16 = 4;

pub fn encode(p: &Period) -> Result<Vec<u8>, StoreError> {
    codec::encode(&keys::period(p.year), Kind::Period, VERSION, p)
}

pub fn decode(key: &[u8], bytes: &[u8]) -> Result<Period, StoreError> {
    let p: Period = codec::decode(key, bytes, Kind::Period, &[VERSION])?;
    if key != keys::period(p.year).as_slice() {
        return Err(StoreError::Corrupt {
            key: keys::describe(key),
            detail: format!("holds the period of year {}", p.year),
        });
    }
    Ok(p)
}

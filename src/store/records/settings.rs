//! The office settings record: `domain::OfficeSettings`, under the one key `O`.

use crate::domain::OfficeSettings;
use crate::store::codec::{self, Kind};
use crate::store::{keys, StoreError};

/// Envelope version of settings records written by this build (the schema they came with).
pub const VERSION: u16 = 4;

pub fn encode(s: &OfficeSettings) -> Result<Vec<u8>, StoreError> {
    codec::encode(&keys::settings(), Kind::Settings, VERSION, s)
}

pub fn decode(key: &[u8], bytes: &[u8]) -> Result<OfficeSettings, StoreError> {
    codec::decode(key, bytes, Kind::Settings, &[VERSION])
}

//! Account records (schema 3): `domain::Account`, and its redacted audit snapshot.

use super::check_id;
use crate::domain::Account;
use crate::store::codec::{self, Kind};
use crate::store::{keys, StoreError};

/// Envelope version of account records written by this build.
pub const VERSION: u16 = 3;

/// What the audit snapshots of an account hold instead of the password hash.
pub const REDACTED: &str = "***";

pub fn encode(a: &Account) -> Result<Vec<u8>, StoreError> {
    codec::encode(&keys::account(a.id), Kind::Account, VERSION, a)
}

pub fn decode(key: &[u8], bytes: &[u8]) -> Result<Account, StoreError> {
    let a: Account = codec::decode(key, bytes, Kind::Account, &[VERSION])?;
    check_id(key, key.get(1..).and_then(keys::be_u64), a.id.0)?;
    Ok(a)
}

/// The JSON snapshot of an account for the audit trail: the password hash is never in it.
pub fn json(key: &[u8], a: &Account) -> Result<String, StoreError> {
    let redacted = Account {
        password_hash: REDACTED.to_string(),
        ..a.clone()
    };
    super::json(key, &redacted)
}

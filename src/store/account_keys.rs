//! The SSH public keys of accounts in the store (issue 10): one record per account under `K`,
//! absent when it has none (an account whose last key goes is removed again). Written inside a
//! commit like any record, so every added or removed key has its audit entry.

use super::commit::Written;
use super::kv::Kv;
use super::{keys, records, StoreError};
use crate::domain::{AccountId, AccountKeys, RecordKind, RecordRef};

/// The keys of an account (none: empty).
pub fn read(data: &sled::Tree, account: AccountId) -> Result<AccountKeys, StoreError> {
    let key = keys::account_keys(account);
    match data.get(&key)? {
        Some(v) => records::account_keys::decode(&key, &v),
        None => Ok(AccountKeys::empty(account)),
    }
}

/// Writes an account's keys (an empty list removes the record); before and after for the
/// trail name the keys by fingerprint.
pub fn write<K: Kv>(kv: &K, k: &AccountKeys) -> Result<Written, K::Error> {
    if k.account.0 == 0 {
        return Err(K::abort(StoreError::MissingId {
            kind: RecordKind::AccountKeys,
        }));
    }
    let key = keys::account_keys(k.account);
    let old = match kv.get(&key)? {
        Some(bytes) => records::account_keys::decode(&key, &bytes).map_err(K::abort)?,
        None => AccountKeys::empty(k.account),
    };
    // The account's user name names the entry in the trail (written in the same commit).
    let account_key = keys::account(k.account);
    let username = match kv.get(&account_key)? {
        Some(bytes) => Some(
            records::account::decode(&account_key, &bytes)
                .map_err(K::abort)?
                .username,
        ),
        None => None,
    };
    let username = username.as_deref();
    let before = records::account_keys::json(&key, &old, username).map_err(K::abort)?;
    let after = records::account_keys::json(&key, k, username).map_err(K::abort)?;
    if k.keys.is_empty() {
        kv.remove(key)?;
    } else {
        kv.insert(key, records::account_keys::encode(k).map_err(K::abort)?)?;
    }
    Ok((
        RecordRef {
            kind: RecordKind::AccountKeys,
            id: k.account.0,
        },
        Some(before),
        after,
    ))
}

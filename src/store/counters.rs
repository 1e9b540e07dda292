//! Monotonic counters in the data tree: the last id handed out per record kind and the last
//! audit seq. Stored as u64 BE; absent means 0.

use super::keys::{self, Counter};
use super::kv::Kv;
use super::StoreError;

fn parse(c: Counter, v: Option<&[u8]>) -> Result<u64, StoreError> {
    match v {
        None => Ok(0),
        Some(b) => keys::be_u64(b).ok_or_else(|| StoreError::Corrupt {
            key: keys::describe(&keys::counter(c)),
            detail: format!("{} bytes instead of 8", b.len()),
        }),
    }
}

pub fn get(data: &sled::Tree, c: Counter) -> Result<u64, StoreError> {
    parse(c, data.get(keys::counter(c))?.as_deref())
}

/// Hands out the next value (from 1), atomically, never the same twice.
pub fn next(data: &sled::Tree, c: Counter) -> Result<u64, StoreError> {
    let key = keys::counter(c);
    loop {
        let old = data.get(&key)?;
        let last = parse(c, old.as_deref())?;
        let next = last.checked_add(1).ok_or_else(|| StoreError::Corrupt {
            key: keys::describe(&key),
            detail: "counter exhausted".into(),
        })?;
        let swapped = data.compare_and_swap(&key, old, Some(&next.to_be_bytes()[..]))?;
        if swapped.is_ok() {
            return Ok(next);
        }
    }
}

/// The counter's value as seen by a commit.
pub fn get_in<K: Kv>(kv: &K, c: Counter) -> Result<u64, K::Error> {
    parse(c, kv.get(&keys::counter(c))?.as_deref()).map_err(K::abort)
}

pub fn set_in<K: Kv>(kv: &K, c: Counter, value: u64) -> Result<(), K::Error> {
    kv.insert(keys::counter(c), value.to_be_bytes().to_vec())
}

/// Raises the counter to at least `value` (records written with ids it never handed out).
pub fn raise_in<K: Kv>(kv: &K, c: Counter, value: u64) -> Result<(), K::Error> {
    if value > get_in(kv, c)? {
        set_in(kv, c, value)?;
    }
    Ok(())
}

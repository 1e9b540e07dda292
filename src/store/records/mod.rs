//! Typed access to the envelopes of each record kind: which versions are current, which older
//! versions share the current payload layout, and the key/id consistency check.

pub mod account;
pub mod account_keys;
pub mod acting;
pub mod audit;
pub mod employee;
pub mod feedback;
pub mod period;
pub mod plan;
pub mod review;
pub mod settings;
pub mod unit;

use super::{keys, StoreError};

/// Refuses a record stored under another id's key (a copied or misplaced value).
fn check_id(key: &[u8], expected: Option<u64>, found: u64) -> Result<(), StoreError> {
    match expected {
        Some(id) if id == found => Ok(()),
        _ => Err(StoreError::Corrupt {
            key: keys::describe(key),
            detail: format!("holds the record of id {found}"),
        }),
    }
}

/// The JSON snapshot of a record for the audit trail (self-describing, schema-independent).
pub fn json<T: serde::Serialize>(key: &[u8], v: &T) -> Result<String, StoreError> {
    serde_json::to_string(v).map_err(|e| StoreError::Corrupt {
        key: keys::describe(key),
        detail: format!("cannot write JSON: {e}"),
    })
}

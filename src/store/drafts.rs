//! Drafts of unsaved form input, so that nothing typed is lost (a power cut, a crash, a closed
//! terminal): per account and form identity, the form's fields as text. Not records: no
//! audit entry, no index; each write is flushed at once.

use serde::{Deserialize, Serialize};

use super::codec::{self, Kind};
use super::{keys, StoreError};
use crate::domain::AccountId;

/// Envelope version of drafts written by this build.
pub const VERSION: u16 = 4;

/// What a form held when last typed into: field name -> text, in the form's order.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct FormDraft {
    /// When it was written, milliseconds since the Unix epoch (UTC).
    pub at_ms: i64,
    pub fields: Vec<(String, String)>,
}

pub fn put(
    db: &sled::Db,
    data: &sled::Tree,
    account: AccountId,
    form: &str,
    draft: &FormDraft,
) -> Result<(), StoreError> {
    let key = keys::draft(account, form);
    let value = codec::encode(&key, Kind::Draft, VERSION, draft)?;
    data.insert(key, value)?;
    db.flush()?;
    Ok(())
}

pub fn get(
    data: &sled::Tree,
    account: AccountId,
    form: &str,
) -> Result<Option<FormDraft>, StoreError> {
    let key = keys::draft(account, form);
    data.get(&key)?
        .map(|v| codec::decode(&key, &v, Kind::Draft, &[VERSION]))
        .transpose()
}

pub fn delete(
    db: &sled::Db,
    data: &sled::Tree,
    account: AccountId,
    form: &str,
) -> Result<(), StoreError> {
    if data.remove(keys::draft(account, form))?.is_some() {
        db.flush()?;
    }
    Ok(())
}

/// An account's drafts by form identity (byte order).
pub fn of_account(
    data: &sled::Tree,
    account: AccountId,
) -> Result<Vec<(String, FormDraft)>, StoreError> {
    let prefix = keys::drafts_prefix(account);
    let mut out = Vec::new();
    for kv in data.scan_prefix(&prefix) {
        let (k, v) = kv?;
        let form = String::from_utf8_lossy(&k[prefix.len()..]).into_owned();
        out.push((form, codec::decode(&k, &v, Kind::Draft, &[VERSION])?));
    }
    Ok(out)
}

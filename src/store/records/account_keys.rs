//! Account-keys records (issue 10): `domain::AccountKeys` under `K` account id, and the audit
//! snapshot, which names each key by fingerprint and comment only.

use serde::Serialize;

use super::check_id;
use crate::domain::AccountKeys;
use crate::store::codec::{self, Kind};
use crate::store::{keys, StoreError};

/// Envelope version of account-keys records written by this build.
pub const VERSION: u16 = 1;

pub fn encode(k: &AccountKeys) -> Result<Vec<u8>, StoreError> {
    codec::encode(
        &keys::account_keys(k.account),
        Kind::AccountKeys,
        VERSION,
        k,
    )
}

pub fn decode(key: &[u8], bytes: &[u8]) -> Result<AccountKeys, StoreError> {
    let k: AccountKeys = codec::decode(key, bytes, Kind::AccountKeys, &[VERSION])?;
    check_id(key, key.get(1..).and_then(keys::be_u64), k.account.0)?;
    Ok(k)
}

/// What the trail shows of one key: enough to tell keys apart, not the key text (it says
/// nothing more to a reader, and the trail stays small).
#[derive(Serialize)]
struct KeySnapshot<'a> {
    fingerprint: &'a str,
    comment: &'a str,
    added_at_ms: i64,
    added_by: &'a str,
}

#[derive(Serialize)]
struct Snapshot<'a> {
    account: u64,
    /// The account's user name: the audit screen names the entry by it, and shows a user
    /// the changes of their own keys.
    #[serde(skip_serializing_if = "Option::is_none")]
    username: Option<&'a str>,
    keys: Vec<KeySnapshot<'a>>,
}

/// The JSON snapshot of an account's keys for the audit trail (`username`: the account's).
pub fn json(key: &[u8], k: &AccountKeys, username: Option<&str>) -> Result<String, StoreError> {
    let snapshot = Snapshot {
        account: k.account.0,
        username,
        keys: k
            .keys
            .iter()
            .map(|e| KeySnapshot {
                fingerprint: &e.fingerprint,
                comment: &e.comment,
                added_at_ms: e.added_at_ms,
                added_by: &e.added_by,
            })
            .collect(),
    };
    super::json(key, &snapshot)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{AccountId, PublicKeyEntry};

    fn sample() -> AccountKeys {
        AccountKeys {
            account: AccountId(7),
            keys: vec![PublicKeyEntry {
                line: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample".into(),
                comment: "maria@pc".into(),
                fingerprint: "SHA256:abc".into(),
                added_at_ms: 5,
                added_by: "cli:root".into(),
            }],
        }
    }

    #[test]
    fn round_trip_and_id_check() {
        let k = sample();
        let bytes = encode(&k).unwrap();
        assert_eq!(
            decode(&keys::account_keys(AccountId(7)), &bytes).unwrap(),
            k
        );
        assert!(decode(&keys::account_keys(AccountId(8)), &bytes).is_err());
    }

    #[test]
    fn the_snapshot_names_keys_by_fingerprint_only() {
        let k = sample();
        let j = json(&keys::account_keys(k.account), &k, Some("maria")).unwrap();
        assert!(j.contains("SHA256:abc") && j.contains("maria@pc"), "{j}");
        assert!(j.contains(r#""username":"maria""#), "{j}");
        assert!(!j.contains("AAAAC3"), "{j}");
    }
}

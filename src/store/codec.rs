//! The one value codec: every stored value is a versioned envelope
//!
//! ```text
//! magic:u8  kind:u8  version:u16 BE  bincode payload (standard config)
//! ```
//!
//! Decoding checks the magic byte, the record kind, that the version is one the caller
//! accepts, and that the payload is consumed to the last byte.

use bincode::config::Config;
use serde::{de::DeserializeOwned, Deserialize, Serialize};

use super::{keys, StoreError};

/// First byte of every envelope (`K` for kinerja).
pub const MAGIC: u8 = b'K';

/// Length of the envelope header.
pub const HEADER_LEN: usize = 4;

/// Upper bound on a payload's claimed sizes while decoding, so that a corrupt length prefix
/// makes an error instead of a huge allocation. Records are a few hundred bytes.
const LIMIT: usize = 16 << 20;

/// The commit journal (see `journal`) is decoded borrowing its bytes, so a wrong length makes
/// no allocation, and may be large (pre-images of a 50,000-employee import).
const JOURNAL_LIMIT: usize = 1 << 30;

fn config() -> impl Config {
    bincode::config::standard().with_limit::<LIMIT>()
}

/// The kind of value in an envelope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Employee = 1,
    Unit = 2,
    Audit = 3,
    /// The undo journal of a large commit in progress.
    Journal = 4,
    /// A user account (schema 3).
    Account = 5,
    /// An acting assignment (schema 3).
    Acting = 6,
    /// A performance plan with its RHKs, indicators and realisations (schema 4).
    Plan = 7,
    /// An appraisal period (schema 4).
    Period = 8,
    /// Unsaved form input kept for its account (schema 4).
    Draft = 9,
    /// The office settings (added in schema 4 without a bump: absent reads as defaults).
    Settings = 10,
    /// An employee's evaluations of one year (issue 8; no bump: absent in older databases).
    ReviewYear = 11,
    /// A unit's grade of one year (issue 8; no bump either).
    UnitGrade = 12,
    /// An employee's feedback sessions and quick notes of one year (issue 9; no bump).
    FeedbackYear = 13,
    /// The SSH public keys of one account (issue 10; no bump: absent reads as none).
    AccountKeys = 14,
}

impl Kind {
    fn byte(self) -> u8 {
        self as u8
    }
}

/// Encodes `value` as an envelope of `kind` at schema `version`.
pub fn encode<T: Serialize>(
    key: &[u8],
    kind: Kind,
    version: u16,
    value: &T,
) -> Result<Vec<u8>, StoreError> {
    let mut out = Vec::with_capacity(128);
    out.push(MAGIC);
    out.push(kind.byte());
    out.extend_from_slice(&version.to_be_bytes());
    let payload =
        bincode::serde::encode_to_vec(value, config()).map_err(|e| StoreError::Corrupt {
            key: keys::describe(key),
            detail: format!("cannot encode: {e}"),
        })?;
    out.extend_from_slice(&payload);
    Ok(out)
}

fn corrupt(key: &[u8], detail: impl Into<String>) -> StoreError {
    StoreError::Corrupt {
        key: keys::describe(key),
        detail: detail.into(),
    }
}

/// Checks magic and kind and returns the envelope's version.
pub fn version_of(key: &[u8], bytes: &[u8], kind: Kind) -> Result<u16, StoreError> {
    let header = bytes
        .get(..HEADER_LEN)
        .ok_or_else(|| corrupt(key, format!("value too short ({} bytes)", bytes.len())))?;
    if header[0] != MAGIC {
        return Err(corrupt(key, format!("bad magic byte {:#04x}", header[0])));
    }
    if header[1] != kind.byte() {
        return Err(corrupt(
            key,
            format!("record kind {} where {:?} was expected", header[1], kind),
        ));
    }
    Ok(u16::from_be_bytes([header[2], header[3]]))
}

/// Decodes an envelope of `kind` whose version must be one of `accepted`.
pub fn decode<T: DeserializeOwned>(
    key: &[u8],
    bytes: &[u8],
    kind: Kind,
    accepted: &[u16],
) -> Result<T, StoreError> {
    decode_with(key, bytes, kind, accepted, config())
}

/// Decodes the journal envelope, borrowing byte strings from `bytes`.
pub fn decode_journal<'a, T: Deserialize<'a>>(
    key: &[u8],
    bytes: &'a [u8],
    accepted: &[u16],
) -> Result<T, StoreError> {
    let config = bincode::config::standard().with_limit::<JOURNAL_LIMIT>();
    decode_with(key, bytes, Kind::Journal, accepted, config)
}

fn decode_with<'a, T: Deserialize<'a>>(
    key: &[u8],
    bytes: &'a [u8],
    kind: Kind,
    accepted: &[u16],
    config: impl Config,
) -> Result<T, StoreError> {
    let version = version_of(key, bytes, kind)?;
    if !accepted.contains(&version) {
        return Err(corrupt(
            key,
            format!("unknown {kind:?} version {version} (expected {accepted:?})"),
        ));
    }
    let payload = &bytes[HEADER_LEN..];
    let (value, read) = bincode::serde::borrow_decode_from_slice::<T, _>(payload, config)
        .map_err(|e| corrupt(key, format!("cannot decode: {e}")))?;
    if read != payload.len() {
        return Err(corrupt(
            key,
            format!("{} trailing bytes", payload.len().saturating_sub(read)),
        ));
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Sample {
        id: u64,
        name: String,
        tags: Vec<String>,
        opt: Option<i32>,
    }

    fn sample() -> Sample {
        Sample {
            id: 42,
            name: "Maria Gebze".into(),
            tags: vec!["a".into(), "bc".into()],
            opt: Some(-7),
        }
    }

    const KEY: &[u8] = b"E\0\0\0\0\0\0\0\x2a";

    fn is_corrupt<T: std::fmt::Debug>(r: Result<T, StoreError>, needle: &str) {
        match r {
            Err(StoreError::Corrupt { key, detail }) => {
                assert_eq!(key, "employee/42");
                assert!(detail.contains(needle), "{detail:?} lacks {needle:?}");
            }
            other => panic!("expected Corrupt({needle}), got {other:?}"),
        }
    }

    #[test]
    fn round_trip() {
        let bytes = encode(KEY, Kind::Employee, 2, &sample()).unwrap();
        assert_eq!(&bytes[..4], &[MAGIC, 1, 0, 2]);
        let back: Sample = decode(KEY, &bytes, Kind::Employee, &[2]).unwrap();
        assert_eq!(back, sample());
        assert_eq!(version_of(KEY, &bytes, Kind::Employee).unwrap(), 2);
    }

    #[test]
    fn wrong_kind() {
        let bytes = encode(KEY, Kind::Unit, 2, &sample()).unwrap();
        is_corrupt(
            decode::<Sample>(KEY, &bytes, Kind::Employee, &[2]),
            "record kind 2",
        );
    }

    #[test]
    fn bad_magic() {
        let mut bytes = encode(KEY, Kind::Employee, 2, &sample()).unwrap();
        bytes[0] = 0;
        is_corrupt(decode::<Sample>(KEY, &bytes, Kind::Employee, &[2]), "magic");
    }

    #[test]
    fn unknown_version() {
        let bytes = encode(KEY, Kind::Employee, 3, &sample()).unwrap();
        is_corrupt(
            decode::<Sample>(KEY, &bytes, Kind::Employee, &[1, 2]),
            "version 3",
        );
    }

    #[test]
    fn trailing_byte() {
        let mut bytes = encode(KEY, Kind::Employee, 2, &sample()).unwrap();
        bytes.push(0);
        is_corrupt(
            decode::<Sample>(KEY, &bytes, Kind::Employee, &[2]),
            "1 trailing bytes",
        );
    }

    #[test]
    fn truncated_payload() {
        let bytes = encode(KEY, Kind::Employee, 2, &sample()).unwrap();
        for cut in HEADER_LEN..bytes.len() {
            is_corrupt(
                decode::<Sample>(KEY, &bytes[..cut], Kind::Employee, &[2]),
                "cannot decode",
            );
        }
        for cut in 0..HEADER_LEN {
            is_corrupt(
                decode::<Sample>(KEY, &bytes[..cut], Kind::Employee, &[2]),
                "too short",
            );
        }
    }

    #[test]
    fn huge_length_prefix_is_an_error_not_an_allocation() {
        // A string claiming u64::MAX bytes (varint marker 253 + 8 bytes).
        let mut bytes = vec![MAGIC, 1, 0, 2, 42];
        bytes.push(253);
        bytes.extend_from_slice(&u64::MAX.to_le_bytes());
        is_corrupt(
            decode::<Sample>(KEY, &bytes, Kind::Employee, &[2]),
            "cannot decode",
        );
    }
}

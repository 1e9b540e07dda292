//! Acting assignment records: envelope version 4 (`domain::ActingAssignment` with its
//! `revision`, schema 8). Version 3 (schemas 3-7, the same payload without a revision) reads as
//! revision 0 and is written back as version 4 at the next change.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::check_id;
use crate::domain::{dates, ActingAssignment, EmployeeId};
use crate::store::codec::{self, Kind};
use crate::store::{keys, StoreError};

/// Envelope version of acting assignments written by this build.
pub const VERSION: u16 = 4;
/// Schemas 3 to 7: [`ActingV3`].
pub const VERSION_3: u16 = 3;

/// An acting assignment as schemas 3 to 7 stored it: today's without the revision. Field
/// order is the payload layout: do not change it. Also the audit trail's snapshot.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActingV3 {
    pub id: u64,
    pub acting: EmployeeId,
    pub for_supervisor: EmployeeId,
    #[serde(with = "dates::req")]
    pub from: NaiveDate,
    #[serde(with = "dates::req")]
    pub to: NaiveDate,
}

impl ActingV3 {
    /// The schema 3-7 form of `a` (its revision dropped).
    pub fn of(a: &ActingAssignment) -> ActingV3 {
        ActingV3 {
            id: a.id,
            acting: a.acting,
            for_supervisor: a.for_supervisor,
            from: a.from,
            to: a.to,
        }
    }

    /// Today's form, at revision 0.
    pub fn upgrade(self) -> ActingAssignment {
        ActingAssignment {
            id: self.id,
            acting: self.acting,
            for_supervisor: self.for_supervisor,
            from: self.from,
            to: self.to,
            revision: 0,
        }
    }
}

pub fn encode(a: &ActingAssignment) -> Result<Vec<u8>, StoreError> {
    codec::encode(&keys::acting(a.id), Kind::Acting, VERSION, a)
}

/// Encodes as schemas 3 to 7 did, without the revision (the fixture writer).
pub fn encode_v3(a: &ActingAssignment) -> Result<Vec<u8>, StoreError> {
    codec::encode(
        &keys::acting(a.id),
        Kind::Acting,
        VERSION_3,
        &ActingV3::of(a),
    )
}

pub fn decode(key: &[u8], bytes: &[u8]) -> Result<ActingAssignment, StoreError> {
    let a: ActingAssignment = if codec::version_of(key, bytes, Kind::Acting)? == VERSION_3 {
        codec::decode::<ActingV3>(key, bytes, Kind::Acting, &[VERSION_3])?.upgrade()
    } else {
        codec::decode(key, bytes, Kind::Acting, &[VERSION])?
    };
    check_id(key, key.get(1..).and_then(keys::be_u64), a.id)?;
    Ok(a)
}

/// The audit trail's JSON snapshot: the record without its revision.
pub fn json(key: &[u8], a: &ActingAssignment) -> Result<String, StoreError> {
    super::json(key, &ActingV3::of(a))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_version_3_record_reads_as_revision_0_and_the_snapshot_has_no_revision() {
        let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
        let a = ActingAssignment {
            id: 7,
            acting: EmployeeId(2),
            for_supervisor: EmployeeId(1),
            from: d(3, 1),
            to: d(6, 30),
            revision: 4,
        };
        let key = keys::acting(7);
        let old = decode(&key, &encode_v3(&a).unwrap()).unwrap();
        assert_eq!(
            old,
            ActingAssignment {
                revision: 0,
                ..a.clone()
            }
        );
        assert_eq!(decode(&key, &encode(&a).unwrap()).unwrap(), a);
        let snapshot = json(&key, &a).unwrap();
        assert!(!snapshot.contains("revision"), "{snapshot}");
        // Under another id's key: refused.
        assert!(decode(&keys::acting(8), &encode(&a).unwrap()).is_err());
    }
}

//! The office settings record: `domain::OfficeSettings`, under the one key `O`.
//!
//! Version 7 (schema 8) carries the record's `revision`. Version 6 (schemas 6 and 7) is the
//! same without it and reads as revision 0. Version 4 had no credit-point coefficients
//! either; it reads with the default coefficients. Older versions are written back as
//! version 7 at the next change.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::domain::plan::Segmentation;
use crate::domain::ruledata::DayOfYear;
use crate::domain::{FunctionalTier, OfficeSettings, OrgGrade, Rating};
use crate::store::codec::{self, Kind};
use crate::store::{keys, StoreError};

/// Envelope version of settings records written by this build.
pub const VERSION: u16 = 7;
/// Settings with the coefficients but no revision (schemas 6 and 7).
pub const VERSION_6: u16 = 6;
/// The first settings records (schema 4 and 5), without the coefficients.
pub const VERSION_4: u16 = 4;

/// Settings as version 4 stored them. Field order is the payload layout: do not change it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SettingsV4 {
    pub segmentation: Segmentation,
    pub plan_deadline: DayOfYear,
    pub annual_evaluation_deadline: DayOfYear,
    pub objection_window_days: u32,
    pub distribution_enforced: bool,
    pub distribution_excludes_unit_head: bool,
    pub head_work_result_rating: BTreeMap<OrgGrade, Rating>,
    pub min_feedback_per_segment: u32,
}

impl From<SettingsV4> for OfficeSettings {
    fn from(v: SettingsV4) -> OfficeSettings {
        OfficeSettings {
            segmentation: v.segmentation,
            plan_deadline: v.plan_deadline,
            annual_evaluation_deadline: v.annual_evaluation_deadline,
            objection_window_days: v.objection_window_days,
            distribution_enforced: v.distribution_enforced,
            distribution_excludes_unit_head: v.distribution_excludes_unit_head,
            head_work_result_rating: v.head_work_result_rating,
            min_feedback_per_segment: v.min_feedback_per_segment,
            credit_coefficients: OfficeSettings::default().credit_coefficients,
            revision: 0,
        }
    }
}

/// Settings as version 6 stored them: today's without the revision. Field order is the
/// payload layout: do not change it. Also the audit trail's snapshot (the revision is not a
/// user's change).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SettingsV6 {
    pub segmentation: Segmentation,
    pub plan_deadline: DayOfYear,
    pub annual_evaluation_deadline: DayOfYear,
    pub objection_window_days: u32,
    pub distribution_enforced: bool,
    pub distribution_excludes_unit_head: bool,
    pub head_work_result_rating: BTreeMap<OrgGrade, Rating>,
    pub min_feedback_per_segment: u32,
    pub credit_coefficients: BTreeMap<FunctionalTier, u32>,
}

impl SettingsV6 {
    /// The version 6 form of `s` (its revision dropped).
    pub fn of(s: &OfficeSettings) -> SettingsV6 {
        SettingsV6 {
            segmentation: s.segmentation,
            plan_deadline: s.plan_deadline,
            annual_evaluation_deadline: s.annual_evaluation_deadline,
            objection_window_days: s.objection_window_days,
            distribution_enforced: s.distribution_enforced,
            distribution_excludes_unit_head: s.distribution_excludes_unit_head,
            head_work_result_rating: s.head_work_result_rating.clone(),
            min_feedback_per_segment: s.min_feedback_per_segment,
            credit_coefficients: s.credit_coefficients.clone(),
        }
    }
}

impl From<SettingsV6> for OfficeSettings {
    fn from(v: SettingsV6) -> OfficeSettings {
        OfficeSettings {
            segmentation: v.segmentation,
            plan_deadline: v.plan_deadline,
            annual_evaluation_deadline: v.annual_evaluation_deadline,
            objection_window_days: v.objection_window_days,
            distribution_enforced: v.distribution_enforced,
            distribution_excludes_unit_head: v.distribution_excludes_unit_head,
            head_work_result_rating: v.head_work_result_rating,
            min_feedback_per_segment: v.min_feedback_per_segment,
            credit_coefficients: v.credit_coefficients,
            revision: 0,
        }
    }
}

pub fn encode(s: &OfficeSettings) -> Result<Vec<u8>, StoreError> {
    codec::encode(&keys::settings(), Kind::Settings, VERSION, s)
}

/// A version 4 record, as older builds wrote it (for tests of the upgrade).
#[cfg(test)]
pub fn encode_v4(s: &SettingsV4) -> Result<Vec<u8>, StoreError> {
    codec::encode(&keys::settings(), Kind::Settings, VERSION_4, s)
}

/// A version 6 record, as schemas 6 and 7 wrote it (the fixture writer).
pub fn encode_v6(s: &OfficeSettings) -> Result<Vec<u8>, StoreError> {
    codec::encode(
        &keys::settings(),
        Kind::Settings,
        VERSION_6,
        &SettingsV6::of(s),
    )
}

pub fn decode(key: &[u8], bytes: &[u8]) -> Result<OfficeSettings, StoreError> {
    match codec::version_of(key, bytes, Kind::Settings)? {
        VERSION_4 => codec::decode::<SettingsV4>(key, bytes, Kind::Settings, &[VERSION_4])
            .map(OfficeSettings::from),
        VERSION_6 => codec::decode::<SettingsV6>(key, bytes, Kind::Settings, &[VERSION_6])
            .map(OfficeSettings::from),
        _ => codec::decode(key, bytes, Kind::Settings, &[VERSION]),
    }
}

/// The audit trail's JSON snapshot: the settings without their revision.
pub fn json(key: &[u8], s: &OfficeSettings) -> Result<String, StoreError> {
    super::json(key, &SettingsV6::of(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_version_4_record_reads_with_the_default_coefficients() {
        let old = OfficeSettings {
            objection_window_days: 21,
            ..OfficeSettings::default()
        };
        let v4 = SettingsV4 {
            segmentation: old.segmentation,
            plan_deadline: old.plan_deadline,
            annual_evaluation_deadline: old.annual_evaluation_deadline,
            objection_window_days: old.objection_window_days,
            distribution_enforced: old.distribution_enforced,
            distribution_excludes_unit_head: old.distribution_excludes_unit_head,
            head_work_result_rating: old.head_work_result_rating.clone(),
            min_feedback_per_segment: old.min_feedback_per_segment,
        };
        let bytes = encode_v4(&v4).unwrap();
        let back = decode(&keys::settings(), &bytes).unwrap();
        assert_eq!(back, old);
        assert_eq!(back.credit_coefficients.len(), 8);
    }

    #[test]
    fn a_version_6_record_reads_as_revision_0_and_the_snapshot_has_no_revision() {
        let s = OfficeSettings {
            objection_window_days: 21,
            revision: 5,
            ..OfficeSettings::default()
        };
        let bytes = encode_v6(&s).unwrap();
        let back = decode(&keys::settings(), &bytes).unwrap();
        assert_eq!(back.revision, 0);
        assert_eq!(
            back,
            OfficeSettings {
                revision: 0,
                ..s.clone()
            }
        );
        let current = decode(&keys::settings(), &encode(&s).unwrap()).unwrap();
        assert_eq!(current.revision, 5);
        let snapshot = json(&keys::settings(), &s).unwrap();
        assert!(!snapshot.contains("revision"), "{snapshot}");
    }

    #[test]
    fn the_current_version_round_trips_changed_coefficients() {
        let mut s = OfficeSettings::default();
        s.credit_coefficients
            .insert(crate::domain::FunctionalTier::Pemula, 400);
        let bytes = encode(&s).unwrap();
        assert_eq!(decode(&keys::settings(), &bytes).unwrap(), s);
        // a record of an unknown version is refused, not misread
        let mut bad = bytes.clone();
        bad[3] = 99;
        assert!(decode(&keys::settings(), &bad).is_err());
    }
}

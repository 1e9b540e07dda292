//! The office settings record: `domain::OfficeSettings`, under the one key `O`.
//!
//! Version 4 had no credit-point coefficients; it reads with the default coefficients and is
//! written back as version 6 at the next change.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::domain::plan::Segmentation;
use crate::domain::ruledata::DayOfYear;
use crate::domain::{OfficeSettings, OrgGrade, Rating};
use crate::store::codec::{self, Kind};
use crate::store::{keys, StoreError};

/// Envelope version of settings records written by this build.
pub const VERSION: u16 = 6;
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

pub fn decode(key: &[u8], bytes: &[u8]) -> Result<OfficeSettings, StoreError> {
    match codec::version_of(key, bytes, Kind::Settings)? {
        VERSION_4 => codec::decode::<SettingsV4>(key, bytes, Kind::Settings, &[VERSION_4])
            .map(OfficeSettings::from),
        _ => codec::decode(key, bytes, Kind::Settings, &[VERSION]),
    }
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

//! Pengaturan kantor: the office settings that domain.md marks **[configurable]**, with the
//! defaults of `assets/office_settings.json`.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::appraisal::{OrgGrade, Rating};
use crate::domain::plan::Segmentation;
use crate::domain::FunctionalTier;

const ASSET: &str = include_str!("../../../assets/office_settings.json");

/// A calendar day relative to an appraisal year (31 January of the next year: offset 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayOfYear {
    pub year_offset: i32,
    pub month: u32,
    pub day: u32,
}

impl DayOfYear {
    /// The date for appraisal year `year`; `None` for an impossible day (30 February).
    pub fn in_year(self, year: i32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(year.checked_add(self.year_offset)?, self.month, self.day)
    }
}

/// Pengaturan kantor (office settings). An admin changes them one at a time
/// (`setting_key`); the store keeps the office's copy, absent meaning these defaults.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfficeSettings {
    /// Segmen evaluasi periodik: monthly, quarterly or semester.
    pub segmentation: Segmentation,
    /// Batas waktu persetujuan SKP.
    pub plan_deadline: DayOfYear,
    /// Batas waktu evaluasi tahunan.
    pub annual_evaluation_deadline: DayOfYear,
    /// Masa keberatan, in calendar days from receiving the evaluation.
    pub objection_window_days: u32,
    /// Whether a breach of the distribution rule refuses signing (else: a warning).
    pub distribution_enforced: bool,
    /// Whether the unit head is left out of the distribution population.
    pub distribution_excludes_unit_head: bool,
    /// The head's work-result rating that follows from the unit's grade.
    pub head_work_result_rating: BTreeMap<OrgGrade, Rating>,
    /// Umpan balik berkelanjutan expected per periodic segment, at least.
    pub min_feedback_per_segment: u32,
    /// Koefisien angka kredit tahunan per jenjang jabatan fungsional, in hundredths
    /// (12.5 is 1250): whole numbers keep the record exact and comparable. Audit entries
    /// written before the field existed read the defaults (JSON only; the stored record is
    /// versioned).
    #[serde(default = "default_coefficients")]
    pub credit_coefficients: BTreeMap<FunctionalTier, u32>,
    /// Revisi: how many times the store saved the office's settings (0: never, or before
    /// schema 8). A save based on another revision than the stored one is refused (two admins
    /// with the settings form open). Not a setting: `changed` and the audit trail leave it out.
    #[serde(default)]
    pub revision: u64,
}

impl Default for OfficeSettings {
    fn default() -> OfficeSettings {
        static CELL: OnceLock<OfficeSettings> = OnceLock::new();
        CELL.get_or_init(|| super::parse_embedded("office_settings.json", ASSET))
            .clone()
    }
}

fn default_coefficients() -> BTreeMap<FunctionalTier, u32> {
    OfficeSettings::default().credit_coefficients
}

impl OfficeSettings {
    /// The settings as the store keeps them after a save based on these (revision plus one).
    pub fn saved(&self) -> OfficeSettings {
        OfficeSettings {
            revision: self.revision.saturating_add(1),
            ..self.clone()
        }
    }

    /// The head's work-result rating for a unit grade; unmapped grades give Di Bawah.
    pub fn head_rating(&self, unit: OrgGrade) -> Rating {
        self.head_work_result_rating
            .get(&unit)
            .copied()
            .unwrap_or(Rating::BelowExpectation)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn defaults_match_domain_md() {
        let s = OfficeSettings::default();
        assert_eq!(s.segmentation, Segmentation::Quarterly);
        assert_eq!(s.plan_deadline.in_year(2025), Some(ymd(2025, 1, 31)));
        assert_eq!(
            s.annual_evaluation_deadline.in_year(2025),
            Some(ymd(2026, 1, 31))
        );
        assert_eq!(s.objection_window_days, 14);
        assert!(!s.distribution_enforced);
        assert!(s.distribution_excludes_unit_head);
        assert_eq!(s.min_feedback_per_segment, 1);
    }

    #[test]
    fn head_rating_mapping() {
        let s = OfficeSettings::default();
        let want = [
            (OrgGrade::Outstanding, Rating::AboveExpectation),
            (OrgGrade::Good, Rating::AsExpected),
            (OrgGrade::NeedsImprovement, Rating::BelowExpectation),
            (OrgGrade::Poor, Rating::BelowExpectation),
            (OrgGrade::VeryPoor, Rating::BelowExpectation),
        ];
        for (unit, rating) in want {
            assert_eq!(s.head_rating(unit), rating, "{unit:?}");
        }
        assert_eq!(s.head_work_result_rating.len(), 5);
    }

    #[test]
    fn impossible_day_is_none() {
        let d = DayOfYear {
            year_offset: 0,
            month: 2,
            day: 30,
        };
        assert_eq!(d.in_year(2025), None);
    }
}

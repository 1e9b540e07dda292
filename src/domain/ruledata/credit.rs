//! Angka kredit (domain.md 9): credit points of functional positions for a period.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

use super::OfficeSettings;
use crate::domain::appraisal::PerformanceGrade;
use crate::domain::FunctionalTier;

const ASSET: &str = include_str!("../../../assets/credit_points.json");

/// Percentages per performance grade (the regulation's, `assets/credit_points.json`).
#[derive(Clone, Debug, PartialEq, Deserialize)]
struct Percentages {
    /// Keyed by the official grade name (see `PerformanceGrade`'s serde names).
    percent_by_grade: BTreeMap<PerformanceGrade, f64>,
}

/// Percentages per performance grade and yearly coefficients per functional tier
/// (koefisien angka kredit tahunan: **configurable**, an office setting).
#[derive(Clone, Debug, PartialEq)]
pub struct CreditTable {
    percent_by_grade: BTreeMap<PerformanceGrade, f64>,
    yearly_coefficient_by_tier: BTreeMap<FunctionalTier, f64>,
}

impl CreditTable {
    /// The table of the default office settings.
    pub fn default_table() -> &'static CreditTable {
        static CELL: OnceLock<CreditTable> = OnceLock::new();
        CELL.get_or_init(|| CreditTable::of(&OfficeSettings::default()))
    }

    /// The regulation's percentages with the office's coefficients.
    pub fn of(settings: &OfficeSettings) -> CreditTable {
        static PERCENT: OnceLock<Percentages> = OnceLock::new();
        let p = PERCENT.get_or_init(|| super::parse_embedded("credit_points.json", ASSET));
        CreditTable {
            percent_by_grade: p.percent_by_grade.clone(),
            yearly_coefficient_by_tier: settings
                .credit_coefficients
                .iter()
                .map(|(t, c)| (*t, f64::from(*c) / 100.0))
                .collect(),
        }
    }

    /// The percentage a grade earns (Baik: 100).
    pub fn percent(&self, grade: PerformanceGrade) -> Option<f64> {
        self.percent_by_grade.get(&grade).copied()
    }

    /// The yearly coefficient of a tier (Ahli Pertama: 12.5).
    pub fn coefficient(&self, tier: FunctionalTier) -> Option<f64> {
        self.yearly_coefficient_by_tier.get(&tier).copied()
    }

    /// percentage x yearly coefficient x months / 12; `None` for an unknown grade or tier.
    pub fn credit_points(
        &self,
        grade: PerformanceGrade,
        tier: FunctionalTier,
        months: u32,
    ) -> Option<f64> {
        Some(self.percent(grade)? / 100.0 * self.coefficient(tier)? * f64::from(months) / 12.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use FunctionalTier as T;
    use PerformanceGrade as G;

    #[test]
    fn percentages_per_grade() {
        let t = CreditTable::default_table();
        let want = [
            (G::VeryGood, 150.0),
            (G::Good, 100.0),
            (G::NeedsImprovement, 75.0),
            (G::Poor, 50.0),
            (G::VeryPoor, 25.0),
        ];
        for (g, p) in want {
            assert_eq!(t.percent(g), Some(p), "{g:?}");
        }
    }

    #[test]
    fn coefficients_per_tier() {
        let t = CreditTable::default_table();
        let want = [
            (T::AhliPertama, 12.5),
            (T::AhliMuda, 25.0),
            (T::AhliMadya, 37.5),
            (T::AhliUtama, 50.0),
            (T::Pemula, 3.75),
            (T::Terampil, 5.0),
            (T::Mahir, 12.5),
            (T::Penyelia, 25.0),
        ];
        for (tier, c) in want {
            assert_eq!(t.coefficient(tier), Some(c), "{tier:?}");
        }
    }

    #[test]
    fn an_office_coefficient_replaces_the_default() {
        let mut s = OfficeSettings::default();
        s.credit_coefficients.insert(T::AhliPertama, 1_000);
        let t = CreditTable::of(&s);
        assert_eq!(t.coefficient(T::AhliPertama), Some(10.0));
        assert_eq!(t.coefficient(T::AhliMuda), Some(25.0));
        assert_eq!(t.credit_points(G::Good, T::AhliPertama, 6), Some(5.0));
    }

    #[test]
    fn two_months_baik_as_ahli_pertama() {
        let t = CreditTable::default_table();
        let ak = t.credit_points(G::Good, T::AhliPertama, 2).unwrap();
        assert_eq!((ak * 1000.0).round() / 1000.0, 2.083);
        let ak = t.credit_points(G::VeryGood, T::AhliMadya, 12).unwrap();
        assert_eq!(ak, 56.25);
    }
}

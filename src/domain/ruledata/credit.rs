//! Angka kredit (domain.md 9): credit points of functional positions for a period.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::domain::appraisal::PerformanceGrade;
use crate::domain::FunctionalTier;

const ASSET: &str = include_str!("../../../assets/credit_points.json");

/// Percentages per performance grade and yearly coefficients per functional tier
/// (koefisien angka kredit tahunan; **configurable** per office).
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct CreditTable {
    /// Keyed by the official grade name (see `PerformanceGrade`'s serde names).
    percent_by_grade: BTreeMap<PerformanceGrade, f64>,
    /// Keyed by the tier label, "Ahli Pertama" .. "Penyelia".
    yearly_coefficient_by_tier: BTreeMap<String, f64>,
}

impl CreditTable {
    /// The table shipped in `assets/credit_points.json`.
    pub fn default_table() -> &'static CreditTable {
        static CELL: OnceLock<CreditTable> = OnceLock::new();
        CELL.get_or_init(|| super::parse_embedded("credit_points.json", ASSET))
    }

    /// The percentage a grade earns (Baik: 100).
    pub fn percent(&self, grade: PerformanceGrade) -> Option<f64> {
        self.percent_by_grade.get(&grade).copied()
    }

    /// The yearly coefficient of a tier (Ahli Pertama: 12.5).
    pub fn coefficient(&self, tier: FunctionalTier) -> Option<f64> {
        self.yearly_coefficient_by_tier.get(tier.label()).copied()
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
    fn two_months_baik_as_ahli_pertama() {
        let t = CreditTable::default_table();
        let ak = t.credit_points(G::Good, T::AhliPertama, 2).unwrap();
        assert_eq!((ak * 1000.0).round() / 1000.0, 2.083);
        let ak = t.credit_points(G::VeryGood, T::AhliMadya, 12).unwrap();
        assert_eq!(ak, 56.25);
    }
}

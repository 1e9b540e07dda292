//! Rating kepala unit (domain.md 5): the unit's grade sets its head's work-result rating.

use super::matrix;
use crate::domain::appraisal::{OrgGrade, PerformanceGrade, Rating};
use crate::domain::ruledata::OfficeSettings;

/// Rating hasil kerja kepala unit: the head's work-result rating that follows from the
/// unit's grade through the office's mapping (**configurable**).
pub fn head_work_result_rating(unit: OrgGrade, settings: &OfficeSettings) -> Rating {
    settings.head_rating(unit)
}

/// Predikat kinerja kepala unit: the head's grade from the unit's grade and the head's
/// behaviour rating, by the same matrix as everyone's.
pub fn head_grade(
    unit: OrgGrade,
    behaviour: Rating,
    settings: &OfficeSettings,
) -> PerformanceGrade {
    matrix::grade(head_work_result_rating(unit, settings), behaviour)
}

#[cfg(test)]
mod tests {
    use super::*;
    use OrgGrade as U;
    use Rating::*;

    fn rating(unit: OrgGrade) -> Rating {
        head_work_result_rating(unit, &OfficeSettings::default())
    }

    // Default mapping, domain.md 5: Istimewa -> Di Atas, Baik -> Sesuai, others -> Di Bawah.
    #[test]
    fn istimewa_gives_above() {
        assert_eq!(rating(U::Outstanding), AboveExpectation);
    }
    #[test]
    fn baik_gives_as_expected() {
        assert_eq!(rating(U::Good), AsExpected);
    }
    #[test]
    fn butuh_perbaikan_gives_below() {
        assert_eq!(rating(U::NeedsImprovement), BelowExpectation);
    }
    #[test]
    fn kurang_gives_below() {
        assert_eq!(rating(U::Poor), BelowExpectation);
    }
    #[test]
    fn sangat_kurang_gives_below() {
        assert_eq!(rating(U::VeryPoor), BelowExpectation);
    }

    #[test]
    fn a_changed_mapping_is_followed() {
        let mut s = OfficeSettings::default();
        s.head_work_result_rating
            .insert(U::NeedsImprovement, AsExpected);
        assert_eq!(head_work_result_rating(U::NeedsImprovement, &s), AsExpected);
        assert_eq!(head_work_result_rating(U::Poor, &s), BelowExpectation);
    }

    #[test]
    fn head_grade_goes_through_the_matrix() {
        let s = OfficeSettings::default();
        assert_eq!(
            head_grade(U::Outstanding, AboveExpectation, &s),
            PerformanceGrade::VeryGood
        );
        assert_eq!(
            head_grade(U::Good, AboveExpectation, &s),
            PerformanceGrade::Good
        );
        assert_eq!(
            head_grade(U::Poor, AsExpected, &s),
            PerformanceGrade::NeedsImprovement
        );
        assert_eq!(
            head_grade(U::VeryPoor, BelowExpectation, &s),
            PerformanceGrade::VeryPoor
        );
    }
}

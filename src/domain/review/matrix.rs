//! Matriks predikat (domain.md 5): the grade follows from the two ratings, and nothing else.

use crate::domain::appraisal::{PerformanceGrade, Rating};

/// Predikat kinerja pegawai from rating hasil kerja (`work`) and rating perilaku kerja
/// (`behaviour`). The same matrix serves periodic and annual evaluations.
pub fn grade(work: Rating, behaviour: Rating) -> PerformanceGrade {
    use PerformanceGrade as G;
    use Rating::*;
    match (work, behaviour) {
        (AboveExpectation | AsExpected, BelowExpectation) => G::Poor,
        (AboveExpectation, AboveExpectation) => G::VeryGood,
        (AboveExpectation | AsExpected, _) => G::Good,
        (BelowExpectation, BelowExpectation) => G::VeryPoor,
        (BelowExpectation, _) => G::NeedsImprovement,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use PerformanceGrade as G;
    use Rating::*;

    // domain.md 5, one test per cell (row = hasil kerja, column = perilaku).
    #[test]
    fn above_below() {
        assert_eq!(grade(AboveExpectation, BelowExpectation), G::Poor);
    }
    #[test]
    fn above_as_expected() {
        assert_eq!(grade(AboveExpectation, AsExpected), G::Good);
    }
    #[test]
    fn above_above() {
        assert_eq!(grade(AboveExpectation, AboveExpectation), G::VeryGood);
    }
    #[test]
    fn as_expected_below() {
        assert_eq!(grade(AsExpected, BelowExpectation), G::Poor);
    }
    #[test]
    fn as_expected_as_expected() {
        assert_eq!(grade(AsExpected, AsExpected), G::Good);
    }
    #[test]
    fn as_expected_above() {
        assert_eq!(grade(AsExpected, AboveExpectation), G::Good);
    }
    #[test]
    fn below_below() {
        assert_eq!(grade(BelowExpectation, BelowExpectation), G::VeryPoor);
    }
    #[test]
    fn below_as_expected() {
        assert_eq!(grade(BelowExpectation, AsExpected), G::NeedsImprovement);
    }
    #[test]
    fn below_above() {
        assert_eq!(
            grade(BelowExpectation, AboveExpectation),
            G::NeedsImprovement
        );
    }
}

//! Pemeriksaan konsistensi (issue 8): the warnings listed before signing, and the rule that an
//! unusual rating is justified in writing. Inputs are plain values the app gathers from plans
//! and feedback notes.

use crate::domain::appraisal::{PerformanceGrade, Rating};
use crate::domain::plan::Achievement;

/// Peringatan konsistensi: something the appraiser should look at before signing. Warnings
/// never refuse signing by themselves.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Warning {
    /// Hasil kerja Di Atas while `under_target` indicators realised below 100 %.
    AboveWhileUnderTarget { under_target: usize },
    /// Perilaku Di Bawah with no feedback on any core value.
    BelowWithoutBehaviourFeedback,
    /// No feedback at all in this periodic segment (its number).
    NoFeedbackInSegment(u8),
    /// The annual grade is two or more steps from every periodic grade of the year;
    /// `nearest` is the periodic grade closest to it.
    FarFromPeriodic {
        annual: PerformanceGrade,
        nearest: PerformanceGrade,
    },
}

/// What the check looks at, as plain values.
#[derive(Clone, Debug, Default)]
pub struct ConsistencyInput<'a> {
    pub work: Option<Rating>,
    pub behaviour: Option<Rating>,
    /// Capaian of every numeric indicator realised in the evaluated span.
    pub achievements: &'a [Achievement],
    /// Umpan balik on core values (behaviour) in the evaluated span.
    pub behaviour_feedback: usize,
    /// (segment number, feedback items of any kind in it) for each segment evaluated.
    pub feedback_per_segment: &'a [(u8, usize)],
    /// For an annual evaluation: its grade and the year's signed periodic grades.
    pub annual_grade: Option<PerformanceGrade>,
    pub periodic_grades: &'a [PerformanceGrade],
}

/// 100.00 % in hundredths.
const TARGET_MET: i64 = 10_000;

/// Distance "far" starts at: two steps on the grade scale (Sangat Baik .. Sangat Kurang).
pub const FAR_STEPS: usize = 2;

/// Every warning, in the order above.
pub fn warnings(input: &ConsistencyInput) -> Vec<Warning> {
    let mut out = Vec::new();
    if input.work == Some(Rating::AboveExpectation) {
        let under_target = input
            .achievements
            .iter()
            .filter(|a| a.hundredths() < TARGET_MET)
            .count();
        if under_target > 0 {
            out.push(Warning::AboveWhileUnderTarget { under_target });
        }
    }
    if input.behaviour == Some(Rating::BelowExpectation) && input.behaviour_feedback == 0 {
        out.push(Warning::BelowWithoutBehaviourFeedback);
    }
    out.extend(
        input
            .feedback_per_segment
            .iter()
            .filter(|(_, n)| *n == 0)
            .map(|(segment, _)| Warning::NoFeedbackInSegment(*segment)),
    );
    if let Some(annual) = input.annual_grade {
        let nearest = input
            .periodic_grades
            .iter()
            .copied()
            .min_by_key(|g| steps(annual, *g));
        if let Some(nearest) = nearest.filter(|g| steps(annual, *g) >= FAR_STEPS) {
            out.push(Warning::FarFromPeriodic { annual, nearest });
        }
    }
    out
}

/// Steps between two grades on the ordinal scale of `PerformanceGrade::ALL`.
pub fn steps(a: PerformanceGrade, b: PerformanceGrade) -> usize {
    let pos = |g| {
        PerformanceGrade::ALL
            .iter()
            .position(|x| *x == g)
            .unwrap_or(0)
    };
    pos(a).abs_diff(pos(b))
}

/// Alasan: a rating other than Sesuai needs a written justification (project policy against
/// subjectivity, domain.md 5).
pub fn needs_justification(rating: Rating) -> bool {
    rating != Rating::AsExpected
}

/// Whether `justification` is missing for `rating`: blank or whitespace does not count as
/// written.
pub fn justification_missing(rating: Rating, justification: &str) -> bool {
    needs_justification(rating) && justification.trim().is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;
    use PerformanceGrade as G;
    use Rating::*;

    #[test]
    fn above_with_a_realisation_under_target() {
        let a = [Achievement(10_000), Achievement(9_999), Achievement(8_000)];
        let input = ConsistencyInput {
            work: Some(AboveExpectation),
            achievements: &a,
            ..Default::default()
        };
        assert_eq!(
            warnings(&input),
            [Warning::AboveWhileUnderTarget { under_target: 2 }]
        );
    }

    #[test]
    fn above_with_every_target_met_or_sesuai_is_quiet() {
        let met = [Achievement(10_000), Achievement(12_500)];
        let input = ConsistencyInput {
            work: Some(AboveExpectation),
            achievements: &met,
            ..Default::default()
        };
        assert!(warnings(&input).is_empty());
        let under = [Achievement(5_000)];
        let input = ConsistencyInput {
            work: Some(AsExpected),
            achievements: &under,
            ..Default::default()
        };
        assert!(warnings(&input).is_empty());
    }

    #[test]
    fn behaviour_below_without_feedback() {
        let mut input = ConsistencyInput {
            behaviour: Some(BelowExpectation),
            ..Default::default()
        };
        assert_eq!(warnings(&input), [Warning::BelowWithoutBehaviourFeedback]);
        input.behaviour_feedback = 1;
        assert!(warnings(&input).is_empty());
        input.behaviour_feedback = 0;
        input.behaviour = Some(AsExpected);
        assert!(warnings(&input).is_empty());
    }

    #[test]
    fn segments_without_feedback() {
        let per_segment = [(1, 2), (2, 0), (3, 1), (4, 0)];
        let input = ConsistencyInput {
            feedback_per_segment: &per_segment,
            ..Default::default()
        };
        assert_eq!(
            warnings(&input),
            [
                Warning::NoFeedbackInSegment(2),
                Warning::NoFeedbackInSegment(4)
            ]
        );
    }

    #[test]
    fn annual_far_from_every_periodic_grade() {
        let periodic = [G::Good, G::Good, G::NeedsImprovement, G::Good];
        let far = ConsistencyInput {
            annual_grade: Some(G::VeryPoor),
            periodic_grades: &periodic,
            ..Default::default()
        };
        assert_eq!(
            warnings(&far),
            [Warning::FarFromPeriodic {
                annual: G::VeryPoor,
                nearest: G::NeedsImprovement
            }]
        );
        // Butuh Perbaikan is exactly two steps from Sangat Baik.
        let two = [G::VeryGood, G::VeryGood];
        let two_steps = ConsistencyInput {
            annual_grade: Some(G::NeedsImprovement),
            periodic_grades: &two,
            ..Default::default()
        };
        assert_eq!(warnings(&two_steps).len(), 1, "two steps is far");
        let one_step = ConsistencyInput {
            annual_grade: Some(G::Good),
            periodic_grades: &two,
            ..Default::default()
        };
        assert!(warnings(&one_step).is_empty(), "one step is not far");
        let none = ConsistencyInput {
            annual_grade: Some(G::VeryPoor),
            ..Default::default()
        };
        assert!(
            warnings(&none).is_empty(),
            "no periodic grades, nothing to compare"
        );
    }

    #[test]
    fn steps_on_the_scale() {
        assert_eq!(steps(G::VeryGood, G::VeryPoor), 4);
        assert_eq!(steps(G::Poor, G::Good), 2);
        assert_eq!(steps(G::Good, G::Good), 0);
    }

    #[test]
    fn justification_rule() {
        assert!(needs_justification(AboveExpectation));
        assert!(needs_justification(BelowExpectation));
        assert!(!needs_justification(AsExpected));
        assert!(justification_missing(AboveExpectation, ""));
        assert!(justification_missing(BelowExpectation, "  \n\t "));
        assert!(!justification_missing(
            BelowExpectation,
            "Target triwulan II tidak tercapai"
        ));
        assert!(!justification_missing(AsExpected, ""));
    }
}

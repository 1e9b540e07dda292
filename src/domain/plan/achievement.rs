//! Capaian (domain.md 3): realised against target, by direction, for numbers and ranges.

use serde::{Deserialize, Serialize};

use super::Target;

/// Arah: whether more is better (naik) or less is better (turun: time, cost).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Direction {
    #[default]
    HigherBetter,
    LowerBetter,
}

/// Capaian: an achievement in hundredths of a percent (11250 = 112.50 %). Exact to the two
/// decimals it is shown and exported with; not capped (and below zero where lower is better
/// and the realisation passes twice the target).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Achievement(pub i64);

impl Achievement {
    pub fn hundredths(self) -> i64 {
        self.0
    }

    /// The percentage as a number with two decimals (export).
    pub fn percent(self) -> f64 {
        self.0 as f64 / 100.0
    }
}

/// The achievement of `realized` against `target`:
/// - higher is better: realised / target x 100 %;
/// - lower is better: (2 - realised / target) x 100 %;
/// - a range: inside counts as 100 %; above is measured against the upper bound, below
///   against the lower bound, each with the direction.
///
/// `None` for a narrative (qualitative) target, whose judgement goes into the rating, and for
/// a bound of zero, against which no ratio exists.
pub fn achievement(target: &Target, direction: Direction, realized: f64) -> Option<Achievement> {
    let bound = match *target {
        Target::Narrative(_) => return None,
        Target::Number(t) => t,
        Target::Range { min, max } if (min..=max).contains(&realized) => {
            return Some(Achievement(10_000))
        }
        Target::Range { max, .. } if realized > max => max,
        Target::Range { min, .. } => min,
    };
    if bound == 0.0 || !realized.is_finite() {
        return None;
    }
    let ratio = 10_000.0 * realized / bound;
    let hundredths = match direction {
        Direction::HigherBetter => ratio,
        Direction::LowerBetter => 20_000.0 - ratio,
    };
    Some(Achievement(hundredths.round() as i64))
}

#[cfg(test)]
mod tests {
    use super::*;
    use Direction::*;

    fn pct(t: &Target, d: Direction, r: f64) -> Option<i64> {
        achievement(t, d, r).map(Achievement::hundredths)
    }

    const RANGE_7_8: Target = Target::Range { min: 7.0, max: 8.0 };

    /// domain.md 3, the range example, cell by cell.
    #[test]
    fn range_example_of_domain_md() {
        assert_eq!(pct(&RANGE_7_8, HigherBetter, 9.0), Some(11_250)); // 9/8 = 112.5 %
        assert_eq!(pct(&RANGE_7_8, HigherBetter, 6.0), Some(8_571)); // 6/7 = 85.71 %
        assert_eq!(pct(&RANGE_7_8, LowerBetter, 9.0), Some(8_750)); // 2 - 9/8 = 87.5 %
        assert_eq!(pct(&RANGE_7_8, LowerBetter, 6.0), Some(11_429)); // 2 - 6/7 = 114.29 %
    }

    #[test]
    fn inside_a_range_is_100_either_way() {
        for r in [7.0, 7.5, 8.0] {
            assert_eq!(pct(&RANGE_7_8, HigherBetter, r), Some(10_000), "{r}");
            assert_eq!(pct(&RANGE_7_8, LowerBetter, r), Some(10_000), "{r}");
        }
    }

    #[test]
    fn a_number_target() {
        let t = Target::Number(150.0);
        assert_eq!(pct(&t, HigherBetter, 142.0), Some(9_467)); // 94.67 %
        assert_eq!(pct(&t, HigherBetter, 150.0), Some(10_000));
        // Lower is better: 10 days planned, 8 taken: (2 - 0.8) = 120 %.
        let days = Target::Number(10.0);
        assert_eq!(pct(&days, LowerBetter, 8.0), Some(12_000));
        assert_eq!(pct(&days, LowerBetter, 12.0), Some(8_000));
    }

    #[test]
    fn not_capped() {
        assert_eq!(
            pct(&Target::Number(150.0), HigherBetter, 300.0),
            Some(20_000)
        );
        assert_eq!(pct(&Target::Number(10.0), LowerBetter, 0.0), Some(20_000));
        assert_eq!(pct(&Target::Number(10.0), LowerBetter, 25.0), Some(-5_000));
    }

    #[test]
    fn two_decimals_rounded() {
        // 1/3 = 33.333.. %, 2/3 = 66.666.. %
        assert_eq!(pct(&Target::Number(3.0), HigherBetter, 1.0), Some(3_333));
        assert_eq!(pct(&Target::Number(3.0), HigherBetter, 2.0), Some(6_667));
        assert_eq!(
            achievement(&Target::Number(3.0), HigherBetter, 2.0).map(Achievement::percent),
            Some(66.67)
        );
    }

    #[test]
    fn qualitative_and_zero_have_none() {
        let t = Target::Narrative("Laporan tepat waktu".into());
        assert_eq!(pct(&t, HigherBetter, 1.0), None);
        assert_eq!(pct(&Target::Number(0.0), HigherBetter, 1.0), None);
        assert_eq!(
            pct(&Target::Range { min: 0.0, max: 2.0 }, HigherBetter, 1.0),
            Some(10_000)
        );
    }
}

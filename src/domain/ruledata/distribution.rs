//! Pola distribusi (domain.md 6): the allowed spread of employee grades per unit grade, as data.

use std::sync::OnceLock;

use serde::Deserialize;

use crate::domain::appraisal::{OrgGrade, PerformanceGrade};

const ASSET: &str = include_str!("../../../assets/distribution.json");

/// Pola distribusi for one unit grade: every clause must hold.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct DistributionRule {
    pub unit_grade: OrgGrade,
    pub clauses: Vec<Clause>,
}

/// One condition on the employee grades of a unit.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Clause {
    /// This grade is the largest group (no other grade has as many).
    Largest(PerformanceGrade),
    /// These grades together are at most `percent` % of the population.
    AtMost {
        grades: Vec<PerformanceGrade>,
        percent: u32,
    },
    /// These grades together are at least `percent` % of the population.
    AtLeast {
        grades: Vec<PerformanceGrade>,
        percent: u32,
    },
    /// These grades together count at least `count` employees.
    AtLeastCount {
        grades: Vec<PerformanceGrade>,
        count: usize,
    },
}

/// A head count a clause allows, for a population.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HeadCount {
    AtMost(usize),
    AtLeast(usize),
}

impl Clause {
    /// Percentages as head counts: a minimum rounds up, a maximum rounds down (domain.md 6).
    /// `None` for `Largest`, which compares groups instead.
    pub fn head_count(&self, population: usize) -> Option<HeadCount> {
        let share = |percent: u32| population.saturating_mul(percent as usize);
        match self {
            Clause::Largest(_) => None,
            Clause::AtMost { percent, .. } => Some(HeadCount::AtMost(share(*percent) / 100)),
            Clause::AtLeast { percent, .. } => {
                Some(HeadCount::AtLeast(share(*percent).div_ceil(100)))
            }
            Clause::AtLeastCount { count, .. } => Some(HeadCount::AtLeast(*count)),
        }
    }
}

/// The rules of all five unit grades, in `OrgGrade::ALL` order.
pub fn all() -> &'static [DistributionRule] {
    static CELL: OnceLock<Vec<DistributionRule>> = OnceLock::new();
    CELL.get_or_init(|| super::parse_embedded("distribution.json", ASSET))
}

/// The rule for a unit grade.
pub fn rule_for(grade: OrgGrade) -> Option<&'static DistributionRule> {
    all().iter().find(|r| r.unit_grade == grade)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Clause::*;
    use PerformanceGrade as G;

    fn clauses(g: OrgGrade) -> Vec<Clause> {
        rule_for(g).map(|r| r.clauses.clone()).unwrap_or_default()
    }

    #[test]
    fn every_unit_grade_has_one_rule_in_order() {
        let grades: Vec<OrgGrade> = all().iter().map(|r| r.unit_grade).collect();
        assert_eq!(grades, OrgGrade::ALL);
    }

    /// domain.md 6, row by row.
    #[test]
    fn table_matches_domain_md() {
        assert_eq!(
            clauses(OrgGrade::Outstanding),
            [
                Largest(G::VeryGood),
                AtMost {
                    grades: vec![G::VeryGood],
                    percent: 70
                }
            ]
        );
        assert_eq!(
            clauses(OrgGrade::Good),
            [
                Largest(G::Good),
                AtMost {
                    grades: vec![G::Good],
                    percent: 70
                },
                AtLeastCount {
                    grades: vec![G::NeedsImprovement, G::Poor],
                    count: 1
                },
            ]
        );
        assert_eq!(
            clauses(OrgGrade::NeedsImprovement),
            [
                AtLeast {
                    grades: vec![G::NeedsImprovement],
                    percent: 60
                },
                AtMost {
                    grades: vec![G::VeryGood],
                    percent: 10
                },
            ]
        );
        assert_eq!(
            clauses(OrgGrade::Poor),
            [
                AtLeast {
                    grades: vec![G::Poor],
                    percent: 60
                },
                AtLeast {
                    grades: vec![G::NeedsImprovement],
                    percent: 10
                },
                AtMost {
                    grades: vec![G::VeryGood],
                    percent: 10
                },
            ]
        );
        assert_eq!(
            clauses(OrgGrade::VeryPoor),
            [
                AtLeast {
                    grades: vec![G::VeryPoor],
                    percent: 60
                },
                AtLeast {
                    grades: vec![G::Poor, G::NeedsImprovement],
                    percent: 10
                },
                AtMost {
                    grades: vec![G::VeryGood],
                    percent: 0
                },
            ]
        );
    }

    #[test]
    fn cukup_is_read_as_butuh_perbaikan() {
        let g: OrgGrade = serde_json::from_str("\"Cukup\"").unwrap();
        assert_eq!(g, OrgGrade::NeedsImprovement);
    }

    #[test]
    fn minimum_rounds_up_maximum_rounds_down() {
        let at_most_70 = AtMost {
            grades: vec![G::Good],
            percent: 70,
        };
        assert_eq!(at_most_70.head_count(10), Some(HeadCount::AtMost(7)));
        assert_eq!(at_most_70.head_count(9), Some(HeadCount::AtMost(6)));
        let at_least_60 = AtLeast {
            grades: vec![G::Poor],
            percent: 60,
        };
        assert_eq!(at_least_60.head_count(9), Some(HeadCount::AtLeast(6)));
        assert_eq!(at_least_60.head_count(11), Some(HeadCount::AtLeast(7)));
        let at_least_10 = AtLeast {
            grades: vec![G::Poor],
            percent: 10,
        };
        assert_eq!(at_least_10.head_count(3), Some(HeadCount::AtLeast(1)));
        assert_eq!(Largest(G::Good).head_count(10), None);
    }
}

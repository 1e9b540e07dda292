//! Pemeriksaan pola distribusi (domain.md 6): a unit's employee grades against the rule of the
//! unit's grade, as head counts, with the clauses broken and how many employees must move.

use crate::domain::appraisal::PerformanceGrade;
use crate::domain::ruledata::distribution::{Clause, DistributionRule, HeadCount};

/// Jumlah pegawai per predikat: head counts per employee grade.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GradeCounts([usize; 5]);

/// One employee of the unit as the check sees them (pegawai dalam unit).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Member {
    pub grade: PerformanceGrade,
    /// Kepala unit: left out when the office setting excludes the head.
    pub is_unit_head: bool,
}

impl GradeCounts {
    /// Counts in `PerformanceGrade::ALL` order: Sangat Baik, Baik, Butuh Perbaikan,
    /// Kurang/Misconduct, Sangat Kurang.
    pub fn new(counts: [usize; 5]) -> GradeCounts {
        GradeCounts(counts)
    }

    /// The population of a unit: every member, the head left out when `exclude_head`
    /// (setting `distribution_excludes_unit_head`).
    pub fn of_members(members: &[Member], exclude_head: bool) -> GradeCounts {
        let mut c = GradeCounts::default();
        for m in members.iter().filter(|m| !(exclude_head && m.is_unit_head)) {
            c.0[index(m.grade)] += 1;
        }
        c
    }

    pub fn get(&self, grade: PerformanceGrade) -> usize {
        self.0[index(grade)]
    }

    /// The employees the rule governs.
    pub fn population(&self) -> usize {
        self.0.iter().sum()
    }

    fn sum(&self, grades: &[PerformanceGrade]) -> usize {
        grades.iter().map(|g| self.get(*g)).sum()
    }
}

fn index(grade: PerformanceGrade) -> usize {
    match grade {
        PerformanceGrade::VeryGood => 0,
        PerformanceGrade::Good => 1,
        PerformanceGrade::NeedsImprovement => 2,
        PerformanceGrade::Poor => 3,
        PerformanceGrade::VeryPoor => 4,
    }
}

/// What a clause asks of this population, in head counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Requirement {
    /// The grade must outnumber every other grade; `rival` is the largest other group (the
    /// first in `PerformanceGrade::ALL` order among equals) and `rival_count` its size.
    Largest {
        grade: PerformanceGrade,
        rival: PerformanceGrade,
        rival_count: usize,
    },
    /// The clause's grades together: at most / at least this many employees.
    Count(HeadCount),
}

/// One clause of the rule judged against the population.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClauseOutcome {
    pub clause: Clause,
    pub requirement: Requirement,
    /// Employees in the clause's grade(s).
    pub actual: usize,
    /// The smallest number of employees whose grade must change for this clause to hold
    /// (0: it holds, or is still open). Counted per clause: fixing one clause may break
    /// another.
    pub must_move: usize,
    /// Not met yet, but the members still without a grade can meet it: not a breach (yet).
    pub open: bool,
}

impl ClauseOutcome {
    /// Not broken: met, or still open while some members have no grade.
    pub fn holds(&self) -> bool {
        self.must_move == 0
    }
}

/// Hasil pemeriksaan pola distribusi: the head counts and every clause's outcome, in the
/// rule's order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DistributionCheck {
    pub counts: GradeCounts,
    /// Members of the population without a grade yet (0 once everyone is graded).
    pub ungraded: usize,
    pub outcomes: Vec<ClauseOutcome>,
}

impl DistributionCheck {
    /// The rule holds: no clause is broken.
    pub fn holds(&self) -> bool {
        self.outcomes.iter().all(ClauseOutcome::holds)
    }

    /// Some clause is still open: the verdict waits for the members without a grade.
    pub fn open(&self) -> bool {
        self.outcomes.iter().any(|o| o.open)
    }

    /// The clauses broken, in the rule's order.
    pub fn breaches(&self) -> impl Iterator<Item = &ClauseOutcome> {
        self.outcomes.iter().filter(|o| !o.holds())
    }
}

/// Checks a unit's grades against the rule of its unit grade.
///
/// "The largest group" is strict: a tie for largest does NOT count (two groups of 5 in a unit
/// of 10 break "Sangat Baik is the largest group"), because the rule means one grade stands out.
/// An empty population (nobody graded yet) breaks nothing: there is nothing to spread.
pub fn check(rule: &DistributionRule, counts: GradeCounts) -> DistributionCheck {
    check_partial(rule, counts, 0)
}

/// The check while `ungraded` members of the population have no grade yet (rating in
/// progress). Head counts come from the whole population (graded and not), as the rule
/// speaks of the unit. A clause is broken only when no grades the ungraded members could
/// still get would meet it: a maximum already exceeded, a minimum out of reach, a largest
/// group that cannot win; otherwise an unmet clause is `open`. With `ungraded` 0 this is
/// [`check`].
pub fn check_partial(
    rule: &DistributionRule,
    counts: GradeCounts,
    ungraded: usize,
) -> DistributionCheck {
    let population = counts.population() + ungraded;
    let outcomes = rule
        .clauses
        .iter()
        .map(|clause| judge(clause, counts, population, ungraded))
        .collect();
    DistributionCheck {
        counts,
        ungraded,
        outcomes,
    }
}

fn judge(
    clause: &Clause,
    counts: GradeCounts,
    population: usize,
    ungraded: usize,
) -> ClauseOutcome {
    let (requirement, actual, must_move, open) = match clause {
        Clause::Largest(grade) => {
            let (requirement, actual, now) = largest(*grade, counts, counts.population());
            if ungraded == 0 {
                (requirement, actual, now, false)
            } else {
                let met = matches!(requirement,
                    Requirement::Largest { rival_count, .. } if actual > rival_count);
                // The ungraded could all join `grade`: what would still have to move then.
                let mut best = counts;
                best.0[index(*grade)] += ungraded;
                let (_, _, after) = largest(*grade, best, best.population());
                (requirement, actual, after, !met && after == 0)
            }
        }
        Clause::AtMost { grades, .. }
        | Clause::AtLeast { grades, .. }
        | Clause::AtLeastCount { grades, .. } => {
            let actual = counts.sum(grades);
            // `head_count` is `Some` for every clause but `Largest`.
            let limit = clause
                .head_count(population)
                .unwrap_or(HeadCount::AtLeast(0));
            // A maximum exceeded stays exceeded whatever the ungraded get; a minimum is out
            // of reach only if all of them could not fill it.
            let (must_move, open) = match (population, limit) {
                (0, _) => (0, false),
                (_, HeadCount::AtMost(max)) => (actual.saturating_sub(max), false),
                (_, HeadCount::AtLeast(min)) => (
                    min.saturating_sub(actual + ungraded),
                    actual < min && actual + ungraded >= min,
                ),
            };
            (Requirement::Count(limit), actual, must_move, open)
        }
    };
    ClauseOutcome {
        clause: clause.clone(),
        requirement,
        actual,
        must_move,
        open,
    }
}

/// Moving one employee from the largest other group into `grade` is the best single move,
/// so repeating it gives the smallest number of moves.
fn largest(
    grade: PerformanceGrade,
    counts: GradeCounts,
    population: usize,
) -> (Requirement, usize, usize) {
    let rival_of = |c: &GradeCounts| {
        PerformanceGrade::ALL
            .into_iter()
            .filter(|g| *g != grade)
            .fold(
                None,
                |best: Option<(PerformanceGrade, usize)>, g| match best {
                    Some((_, n)) if n >= c.get(g) => best,
                    _ => Some((g, c.get(g))),
                },
            )
            // `ALL` has five grades, so four others remain.
            .unwrap_or((grade, 0))
    };
    let (rival, rival_count) = rival_of(&counts);
    let requirement = Requirement::Largest {
        grade,
        rival,
        rival_count,
    };
    let actual = counts.get(grade);
    if population == 0 {
        return (requirement, actual, 0);
    }
    let mut c = counts;
    let mut moves = 0;
    loop {
        let (r, n) = rival_of(&c);
        if c.get(grade) > n {
            break;
        }
        c.0[index(r)] -= 1;
        c.0[index(grade)] += 1;
        moves += 1;
    }
    (requirement, actual, moves)
}

#[cfg(test)]
mod tests;

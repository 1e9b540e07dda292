//! domain.md 6 row by row, with populations of 10, 7 and 1 and counts at exactly the limits.

use super::*;
use crate::domain::appraisal::OrgGrade;
use crate::domain::ruledata::distribution::rule_for;
use PerformanceGrade as G;

/// `must_move` per clause, in the rule's order; counts are [SB, B, BP, K/M, SK].
fn moves(unit: OrgGrade, counts: [usize; 5]) -> Vec<usize> {
    let rule = rule_for(unit).expect("every unit grade has a rule");
    check(rule, GradeCounts::new(counts))
        .outcomes
        .iter()
        .map(|o| o.must_move)
        .collect()
}

fn requirements(unit: OrgGrade, counts: [usize; 5]) -> Vec<Requirement> {
    let rule = rule_for(unit).expect("every unit grade has a rule");
    check(rule, GradeCounts::new(counts))
        .outcomes
        .iter()
        .map(|o| o.requirement)
        .collect()
}

// Istimewa: [Sangat Baik largest, Sangat Baik <= 70 %]
#[test]
fn istimewa_ten() {
    let u = OrgGrade::Outstanding;
    assert_eq!(moves(u, [6, 3, 1, 0, 0]), [0, 0]);
    assert_eq!(moves(u, [7, 3, 0, 0, 0]), [0, 0], "7 of 10 is the limit");
    assert_eq!(moves(u, [8, 2, 0, 0, 0]), [0, 1]);
    assert_eq!(moves(u, [4, 4, 2, 0, 0]), [1, 0], "a tie is not largest");
    assert_eq!(moves(u, [3, 5, 2, 0, 0]), [2, 0]);
    assert_eq!(
        requirements(u, [3, 5, 2, 0, 0]),
        [
            Requirement::Largest {
                grade: G::VeryGood,
                rival: G::Good,
                rival_count: 5
            },
            Requirement::Count(HeadCount::AtMost(7)),
        ]
    );
}

#[test]
fn istimewa_seven_and_one() {
    let u = OrgGrade::Outstanding;
    assert_eq!(
        moves(u, [4, 3, 0, 0, 0]),
        [0, 0],
        "70 % of 7 rounds down to 4"
    );
    assert_eq!(moves(u, [5, 2, 0, 0, 0]), [0, 1]);
    // 70 % of 1 rounds down to 0: a one-person Istimewa unit cannot satisfy the rule.
    assert_eq!(moves(u, [1, 0, 0, 0, 0]), [0, 1]);
    assert_eq!(moves(u, [0, 1, 0, 0, 0]), [1, 0]);
}

// Baik: [Baik largest, Baik <= 70 %, >= 1 Butuh Perbaikan or Kurang/Misconduct]
#[test]
fn baik_ten() {
    let u = OrgGrade::Good;
    assert_eq!(moves(u, [2, 7, 1, 0, 0]), [0, 0, 0], "7 of 10 is the limit");
    assert_eq!(moves(u, [1, 6, 0, 3, 0]), [0, 0, 0], "Kurang counts too");
    assert_eq!(moves(u, [2, 8, 0, 0, 0]), [0, 1, 1]);
    assert_eq!(moves(u, [3, 3, 4, 0, 0]), [1, 0, 0]);
    assert_eq!(
        moves(u, [0, 7, 0, 0, 3]),
        [0, 0, 1],
        "Sangat Kurang does not count"
    );
    assert_eq!(
        requirements(u, [2, 7, 1, 0, 0])[1..],
        [
            Requirement::Count(HeadCount::AtMost(7)),
            Requirement::Count(HeadCount::AtLeast(1)),
        ]
    );
}

#[test]
fn baik_seven_and_one() {
    let u = OrgGrade::Good;
    assert_eq!(
        moves(u, [2, 4, 1, 0, 0]),
        [0, 0, 0],
        "70 % of 7 rounds down to 4"
    );
    assert_eq!(moves(u, [1, 5, 1, 0, 0]), [0, 1, 0]);
    assert_eq!(moves(u, [0, 1, 0, 0, 0]), [0, 1, 1]);
}

// Butuh Perbaikan: [>= 60 % Butuh Perbaikan, Sangat Baik <= 10 %]
#[test]
fn butuh_perbaikan_ten() {
    let u = OrgGrade::NeedsImprovement;
    assert_eq!(moves(u, [1, 3, 6, 0, 0]), [0, 0], "both at the limit");
    assert_eq!(moves(u, [2, 3, 5, 0, 0]), [1, 1]);
    assert_eq!(moves(u, [0, 0, 3, 7, 0]), [3, 0]);
}

#[test]
fn butuh_perbaikan_seven_and_one() {
    let u = OrgGrade::NeedsImprovement;
    assert_eq!(
        requirements(u, [0, 2, 5, 0, 0]),
        [
            Requirement::Count(HeadCount::AtLeast(5)),
            Requirement::Count(HeadCount::AtMost(0)),
        ],
        "60 % of 7 rounds up to 5, 10 % down to 0"
    );
    assert_eq!(moves(u, [0, 2, 5, 0, 0]), [0, 0]);
    assert_eq!(moves(u, [1, 2, 4, 0, 0]), [1, 1]);
    assert_eq!(moves(u, [0, 0, 1, 0, 0]), [0, 0]);
    assert_eq!(moves(u, [0, 1, 0, 0, 0]), [1, 0]);
}

// Kurang: [>= 60 % Kurang/Misconduct, >= 10 % Butuh Perbaikan, Sangat Baik <= 10 %]
#[test]
fn kurang_ten() {
    let u = OrgGrade::Poor;
    assert_eq!(moves(u, [1, 2, 1, 6, 0]), [0, 0, 0], "all at the limit");
    assert_eq!(moves(u, [0, 0, 0, 10, 0]), [0, 1, 0]);
    assert_eq!(moves(u, [0, 1, 1, 5, 3]), [1, 0, 0]);
    assert_eq!(moves(u, [2, 1, 1, 6, 0]), [0, 0, 1]);
}

#[test]
fn kurang_seven_and_one() {
    let u = OrgGrade::Poor;
    assert_eq!(moves(u, [0, 0, 1, 5, 1]), [0, 0, 0]);
    assert_eq!(moves(u, [0, 1, 1, 4, 1]), [1, 0, 0]);
    assert_eq!(
        moves(u, [1, 0, 1, 5, 0]),
        [0, 0, 1],
        "10 % of 7 rounds down to 0"
    );
    // Both minimums round up to 1: one person cannot satisfy them together.
    assert_eq!(moves(u, [0, 0, 0, 1, 0]), [0, 1, 0]);
}

// Sangat Kurang: [>= 60 % Sangat Kurang, >= 10 % Kurang/Misconduct or Butuh Perbaikan, no SB]
#[test]
fn sangat_kurang_ten() {
    let u = OrgGrade::VeryPoor;
    assert_eq!(moves(u, [0, 0, 1, 3, 6]), [0, 0, 0]);
    assert_eq!(moves(u, [1, 0, 0, 3, 6]), [0, 0, 1]);
    assert_eq!(moves(u, [0, 4, 0, 0, 6]), [0, 1, 0]);
    assert_eq!(moves(u, [0, 5, 0, 0, 5]), [1, 1, 0]);
}

#[test]
fn sangat_kurang_seven_and_one() {
    let u = OrgGrade::VeryPoor;
    assert_eq!(moves(u, [0, 0, 0, 2, 5]), [0, 0, 0]);
    assert_eq!(moves(u, [0, 1, 0, 0, 6]), [0, 1, 0]);
    assert_eq!(moves(u, [0, 0, 0, 0, 1]), [0, 1, 0]);
}

#[test]
fn empty_population_breaks_nothing() {
    for unit in OrgGrade::ALL {
        let rule = rule_for(unit).expect("rule");
        assert!(check(rule, GradeCounts::default()).holds(), "{unit:?}");
    }
}

#[test]
fn holds_and_breaches_agree_with_outcomes() {
    let rule = rule_for(OrgGrade::Good).expect("rule");
    let c = check(rule, GradeCounts::new([2, 8, 0, 0, 0]));
    assert!(!c.holds());
    let broken: Vec<usize> = c.breaches().map(|o| o.actual).collect();
    assert_eq!(broken, [8, 0]);
    assert!(check(rule, GradeCounts::new([2, 7, 1, 0, 0])).holds());
}

#[test]
fn unit_head_left_out_when_the_setting_says_so() {
    let m = |grade, is_unit_head| Member {
        grade,
        is_unit_head,
    };
    let members = [
        m(G::VeryGood, true),
        m(G::Good, false),
        m(G::Good, false),
        m(G::NeedsImprovement, false),
    ];
    let without = GradeCounts::of_members(&members, true);
    assert_eq!(without, GradeCounts::new([0, 2, 1, 0, 0]));
    assert_eq!(without.population(), 3);
    let with = GradeCounts::of_members(&members, false);
    assert_eq!(with, GradeCounts::new([1, 2, 1, 0, 0]));
    assert_eq!(with.get(G::VeryGood), 1);
}

/// (must_move, open) per clause while `ungraded` members have no grade yet.
fn partial(unit: OrgGrade, counts: [usize; 5], ungraded: usize) -> Vec<(usize, bool)> {
    let rule = rule_for(unit).expect("every unit grade has a rule");
    check_partial(rule, GradeCounts::new(counts), ungraded)
        .outcomes
        .iter()
        .map(|o| (o.must_move, o.open))
        .collect()
}

// Baik: [Baik largest, Baik <= 70 %, Butuh Perbaikan + Kurang/Misconduct >= 1]; a unit of 12.
#[test]
fn partial_grading_breaks_only_what_the_ungraded_cannot_mend() {
    let u = OrgGrade::Good;
    // The first signature, Baik, of 12: nothing broken, the minimum still open.
    assert_eq!(
        partial(u, [0, 1, 0, 0, 0], 11),
        [(0, false), (0, false), (0, true)]
    );
    // Head counts come from the whole unit: at most 8 Baik of 12 (not 70 % of the 3 graded).
    assert_eq!(
        partial(u, [0, 3, 0, 0, 0], 9),
        [(0, false), (0, false), (0, true)]
    );
    // 9 Baik of 12 exceed the maximum whatever the other three get.
    assert_eq!(
        partial(u, [0, 9, 0, 0, 0], 3),
        [(0, false), (1, false), (0, true)]
    );
    // 11 graded, none Butuh Perbaikan: the last one can still be.
    assert_eq!(
        partial(u, [3, 8, 0, 0, 0], 1),
        [(0, false), (0, false), (0, true)]
    );
    // Everyone graded: as `check`.
    assert_eq!(
        partial(u, [4, 8, 0, 0, 0], 0),
        [(0, false), (0, false), (1, false)]
    );
    // Baik not largest yet, but 5 ungraded can make it so: open; with 1 they cannot.
    assert_eq!(partial(u, [4, 2, 1, 0, 0], 5)[0], (0, true));
    assert_eq!(partial(u, [6, 2, 1, 0, 0], 1)[0], (2, false));
}

// Butuh Perbaikan: [Butuh Perbaikan >= 60 %, Sangat Baik <= 10 %]; a unit of 10.
#[test]
fn partial_minimum_out_of_reach_is_a_breach() {
    let u = OrgGrade::NeedsImprovement;
    // 6 needed; 2 + 3 ungraded can reach 5 at most: one must move.
    assert_eq!(partial(u, [0, 5, 2, 0, 0], 3)[0], (1, false));
    // 2 + 4 ungraded can reach 6: open.
    assert_eq!(partial(u, [0, 4, 2, 0, 0], 4)[0], (0, true));
    // Nobody graded: every minimum open, no maximum exceeded.
    assert_eq!(partial(u, [0, 0, 0, 0, 0], 10), [(0, true), (0, false)]);
}

#[test]
fn partial_check_reports_open_and_holds() {
    let rule = rule_for(OrgGrade::Good).expect("rule");
    let c = check_partial(rule, GradeCounts::new([0, 1, 0, 0, 0]), 11);
    assert!(c.holds(), "an open clause is no breach");
    assert!(c.open());
    assert_eq!(c.ungraded, 11);
    let done = check_partial(rule, GradeCounts::new([3, 8, 1, 0, 0]), 0);
    assert!(done.holds() && !done.open());
}

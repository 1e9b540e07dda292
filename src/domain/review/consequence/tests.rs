use super::*;
use FunctionalTier as T;
use PerformanceGrade as G;

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn grades(list: &[(i32, PerformanceGrade)]) -> AnnualGrades {
    list.iter().copied().collect()
}

fn three_decimals(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

#[test]
fn worked_example_two_months_baik_ahli_pertama() {
    let t = CreditTable::default_table();
    let p = CreditPeriod {
        grade: G::Good,
        tier: T::AhliPertama,
        months: 2,
    };
    let ak = credit_points(t, &[p]).unwrap();
    assert_eq!(three_decimals(ak), 2.083);
}

#[test]
fn partial_years_add_up() {
    let t = CreditTable::default_table();
    // 5 months Sangat Baik as Ahli Pertama, then 7 months Baik as Ahli Muda:
    // 5/12 x 1.5 x 12.5 = 7.8125; 7/12 x 1.0 x 25 = 14.5833.
    let periods = [
        CreditPeriod {
            grade: G::VeryGood,
            tier: T::AhliPertama,
            months: 5,
        },
        CreditPeriod {
            grade: G::Good,
            tier: T::AhliMuda,
            months: 7,
        },
    ];
    assert_eq!(three_decimals(credit_points(t, &periods).unwrap()), 22.396);
    // A full year Butuh Perbaikan as Terampil: 0.75 x 5 = 3.75.
    let year = [CreditPeriod {
        grade: G::NeedsImprovement,
        tier: T::Terampil,
        months: 12,
    }];
    assert_eq!(credit_points(t, &year), Some(3.75));
    assert_eq!(credit_points(t, &[]), Some(0.0));
}

#[test]
fn promotion_four_years_and_baik_twice() {
    let annual = grades(&[(2024, G::Good), (2025, G::VeryGood)]);
    let since = ymd(2022, 4, 1);
    assert!(promotion_blockers(since, ymd(2026, 4, 1), &annual, 2025, None).is_empty());
    assert_eq!(
        promotion_blockers(since, ymd(2026, 3, 31), &annual, 2025, None),
        [PromotionBlocker::TooShortInRank { have: 3, need: 4 }]
    );
}

#[test]
fn promotion_blocked_by_a_grade_below_baik_or_missing() {
    let since = ymd(2018, 4, 1);
    let on = ymd(2026, 4, 1);
    let annual = grades(&[(2024, G::NeedsImprovement), (2025, G::Good)]);
    assert_eq!(
        promotion_blockers(since, on, &annual, 2025, None),
        [PromotionBlocker::GradeBelowBaik(2024, G::NeedsImprovement)]
    );
    let annual = grades(&[(2025, G::Good)]);
    assert_eq!(
        promotion_blockers(since, on, &annual, 2025, None),
        [PromotionBlocker::GradeMissing(2024)]
    );
}

#[test]
fn functional_promotion_two_years_plus_credit_points() {
    let annual = grades(&[(2024, G::Good), (2025, G::Good)]);
    let since = ymd(2024, 4, 1);
    let enough = CreditRequirement {
        earned: 50.0,
        required: Some(50.0),
    };
    assert!(promotion_blockers(since, ymd(2026, 4, 1), &annual, 2025, Some(enough)).is_empty());
    let short = CreditRequirement {
        earned: 37.5,
        required: Some(50.0),
    };
    assert_eq!(
        promotion_blockers(since, ymd(2026, 4, 1), &annual, 2025, Some(short)),
        [PromotionBlocker::CreditPointsShort { missing: 12.5 }]
    );
    assert_eq!(
        promotion_blockers(since, ymd(2026, 3, 31), &annual, 2025, Some(enough)),
        [PromotionBlocker::TooShortInRank { have: 1, need: 2 }]
    );
    let unknown = CreditRequirement {
        earned: 20.0,
        required: None,
    };
    assert_eq!(
        promotion_blockers(since, ymd(2026, 4, 1), &annual, 2025, Some(unknown)),
        [PromotionBlocker::CreditPointsToCompare { earned: 20.0 }]
    );
}

#[test]
fn pns_pay_step_on_the_average() {
    let pns = |list: &[(i32, PerformanceGrade)]| pay_step(EmployeeKind::Pns, &grades(list), 2025);
    assert_eq!(pns(&[(2024, G::Good), (2025, G::Good)]), PayStep::Due);
    assert_eq!(
        pns(&[(2024, G::NeedsImprovement), (2025, G::NeedsImprovement)]),
        PayStep::Due
    );
    assert_eq!(
        pns(&[(2024, G::Good), (2025, G::Poor)]),
        PayStep::Due,
        "(4 + 2) / 2 = 3"
    );
    assert_eq!(
        pns(&[(2024, G::NeedsImprovement), (2025, G::Poor)]),
        PayStep::Postponed,
        "(3 + 2) / 2 = 2.5"
    );
    assert_eq!(pns(&[(2025, G::VeryPoor)]), PayStep::Postponed);
    assert_eq!(
        pns(&[(2023, G::Good)]),
        PayStep::NoGrades,
        "outside the two years"
    );
}

#[test]
fn pppk_pay_step_needs_baik_in_both_years() {
    let pppk = |list: &[(i32, PerformanceGrade)]| pay_step(EmployeeKind::Pppk, &grades(list), 2025);
    assert_eq!(pppk(&[(2024, G::Good), (2025, G::VeryGood)]), PayStep::Due);
    assert_eq!(
        pppk(&[(2024, G::Good), (2025, G::NeedsImprovement)]),
        PayStep::Postponed
    );
    assert_eq!(pppk(&[(2025, G::VeryGood)]), PayStep::NoGrades);
}

#[test]
fn development_flags_per_grade() {
    let flags = |list: &[(i32, PerformanceGrade)]| development_flags(&grades(list), 2025);
    let plan_for = [
        (G::VeryGood, false),
        (G::Good, false),
        (G::NeedsImprovement, true),
        (G::Poor, true),
        (G::VeryPoor, true),
    ];
    for (g, want) in plan_for {
        assert_eq!(flags(&[(2025, g)]).development_plan, want, "{g:?}");
    }
    assert!(flags(&[(2024, G::VeryGood), (2025, G::VeryGood)]).talent_pool);
    assert!(!flags(&[(2024, G::Good), (2025, G::VeryGood)]).talent_pool);
    assert!(
        !flags(&[(2023, G::VeryGood), (2025, G::VeryGood)]).talent_pool,
        "not consecutive"
    );
    assert_eq!(flags(&[]), DevelopmentFlags::default());
}

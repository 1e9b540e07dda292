use chrono::NaiveDate;

use super::*;
use crate::domain::appraisal::PerformanceGrade as G;
use crate::domain::{
    EmployeeId, EmployeeKind, EmployeeStatus, Grade, Nip, PersonName, PnsRank, UnitId,
};

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn emp(kind: PositionKind, grade_since: NaiveDate, position_since: NaiveDate) -> Employee {
    Employee {
        id: EmployeeId(1),
        nip: Nip::parse("198001012005011001", EmployeeKind::Pns).unwrap(),
        kind: EmployeeKind::Pns,
        name: PersonName {
            front_title: String::new(),
            name: "Pegawai".into(),
            back_title: String::new(),
        },
        grade: Grade::Pns(PnsRank::IIIA),
        position: "Analis".into(),
        position_kind: kind,
        unit: UnitId(1),
        supervisor: None,
        appointed_on: None,
        grade_since: Some(grade_since),
        position_since: Some(position_since),
        status: EmployeeStatus::Active,
        phone: String::new(),
        email: String::new(),
        revision: 0,
    }
}

fn grades(list: &[(i32, G)]) -> AnnualGrades {
    list.iter().copied().collect()
}

#[test]
fn credit_points_count_from_the_later_tmt_with_a_partial_first_year() {
    // Ahli Pertama since 1 April 2024 (rank since 2022): 2024 counts 9 months.
    let e = emp(
        PositionKind::Fungsional(FunctionalTier::AhliPertama),
        ymd(2022, 4, 1),
        ymd(2024, 4, 1),
    );
    let annual = grades(&[(2023, G::VeryGood), (2024, G::Good), (2025, G::VeryGood)]);
    let f = follow_up(&e, &annual, ymd(2026, 11, 30), CreditTable::default_table());
    let c = f.credit.unwrap();
    assert_eq!(c.tier, FunctionalTier::AhliPertama);
    // 2023 is before the TMT; 2024: 9/12 x 1.00 x 12.5 = 9.375; 2025: 12/12 x 1.5 x 12.5 = 18.75
    let years: Vec<(i32, u32, f64)> = c
        .years
        .iter()
        .map(|y| (y.year, y.period.months, y.points))
        .collect();
    assert_eq!(years, [(2024, 9, 9.375), (2025, 12, 18.75)]);
    assert_eq!(c.total, 28.125);
    // functional: 2 years in rank suffice; the points go to HR to compare
    assert_eq!(
        f.promotion,
        [PromotionBlocker::CreditPointsToCompare { earned: 28.125 }]
    );
}

#[test]
fn the_last_year_judged_is_last_year_until_this_year_is_graded() {
    let e = emp(PositionKind::Pelaksana, ymd(2020, 4, 1), ymd(2020, 4, 1));
    let annual = grades(&[(2024, G::Good), (2025, G::NeedsImprovement)]);
    let f = follow_up(&e, &annual, ymd(2026, 6, 1), CreditTable::default_table());
    assert_eq!(f.last_year, 2025);
    assert_eq!(f.grades, annual);
    assert!(f.credit.is_none());
    assert_eq!(
        f.promotion,
        [PromotionBlocker::GradeBelowBaik(2025, G::NeedsImprovement)]
    );
    // (4 + 3) / 2 >= 3: the pay step is due; Butuh Perbaikan calls for development
    assert_eq!(f.pay_step, PayStep::Due);
    assert!(f.development.development_plan);
    assert!(!f.development.talent_pool);

    let mut graded = annual.clone();
    graded.insert(2026, G::VeryGood);
    let f = follow_up(&e, &graded, ymd(2026, 12, 20), CreditTable::default_table());
    assert_eq!(f.last_year, 2026);
    assert!(!f.development.development_plan);
}

#[test]
fn four_years_in_rank_and_two_baik_years_make_a_promotion_due() {
    let e = emp(PositionKind::Pelaksana, ymd(2022, 4, 1), ymd(2015, 1, 1));
    let annual = grades(&[(2024, G::Good), (2025, G::VeryGood)]);
    assert!(
        follow_up(&e, &annual, ymd(2026, 4, 1), CreditTable::default_table())
            .promotion
            .is_empty()
    );
    assert_eq!(
        follow_up(&e, &annual, ymd(2026, 3, 31), CreditTable::default_table()).promotion,
        [PromotionBlocker::TooShortInRank { have: 3, need: 4 }]
    );
}

#[test]
fn an_unknown_tmt_pangkat_is_said_so_not_counted_as_zero_years() {
    let mut e = emp(PositionKind::Pelaksana, ymd(2022, 4, 1), ymd(2015, 1, 1));
    e.grade_since = None;
    let annual = grades(&[(2024, G::Good), (2025, G::Good)]);
    assert_eq!(
        follow_up(&e, &annual, ymd(2026, 6, 1), CreditTable::default_table()).promotion,
        [PromotionBlocker::RankSinceUnknown]
    );
}

use super::*;
use crate::domain::grade::{Grade, PnsRank};
use crate::domain::nip::Nip;
use crate::domain::plan::PersonSnapshot;
use crate::domain::position::PositionKind;
use crate::domain::review::evaluation::{DistributionGate, RatingField, ReviewKind, SignedPeople};
use crate::domain::unit::UnitId;
use Rating::*;

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn person(id: u64) -> PersonSnapshot {
    PersonSnapshot {
        employee: EmployeeId(id),
        name: format!("P{id}"),
        nip: Nip::from_trusted(format!("19860926201505100{id}")),
        grade: Grade::Pns(PnsRank::IIIA),
        position: "Analis".to_string(),
        position_kind: PositionKind::Pelaksana,
        unit: UnitId(1),
        unit_name: "Bagian Umum".to_string(),
    }
}

/// Signed on 1 March 2027: Sesuai / Di Bawah = Kurang/Misconduct; superior is employee 3.
fn signed() -> Review {
    let mut r = Review::new(EmployeeId(1), EmployeeId(2), 2026, ReviewKind::Annual);
    r.set_rating(RatingField::WorkResult, Some(AsExpected))
        .unwrap();
    r.set_rating(RatingField::Behaviour, Some(BelowExpectation))
        .unwrap();
    r.set_justification(RatingField::Behaviour, "Sering absen")
        .unwrap();
    let people = SignedPeople {
        employee: person(1),
        appraiser: person(2),
        appraiser_superior: Some(person(3)),
    };
    r.sign(ymd(2027, 3, 1), people, None, DistributionGate::Clear)
        .unwrap();
    r
}

#[test]
fn window_of_14_days_last_day_inclusive() {
    let r = signed();
    let received = ymd(2027, 3, 1);
    assert_eq!(last_day(received, 14), Some(ymd(2027, 3, 15)));
    assert!(file(&r, received, ymd(2027, 3, 1), "tidak adil", 14).is_ok());
    assert!(file(&r, received, ymd(2027, 3, 15), "tidak adil", 14).is_ok());
    assert_eq!(
        file(&r, received, ymd(2027, 3, 16), "tidak adil", 14),
        Err(ObjectionError::TooLate {
            last_day: ymd(2027, 3, 15)
        })
    );
    // Counted from receipt, not signing; calendar days across a month end.
    assert_eq!(last_day(ymd(2027, 2, 20), 14), Some(ymd(2027, 3, 6)));
    // A configured window of 30 days.
    assert!(file(&r, ymd(2027, 3, 2), ymd(2027, 4, 1), "x", 30).is_ok());
    assert!(file(&r, ymd(2027, 3, 2), ymd(2027, 4, 2), "x", 30).is_err());
}

#[test]
fn filing_rules() {
    let r = signed();
    let draft = Review::new(EmployeeId(1), EmployeeId(2), 2026, ReviewKind::Annual);
    let d = ymd(2027, 3, 2);
    assert_eq!(file(&draft, d, d, "x", 14), Err(ObjectionError::NotSigned));
    assert_eq!(
        file(&r, ymd(2027, 2, 28), d, "x", 14),
        Err(ObjectionError::ReceivedBeforeSigning)
    );
    assert_eq!(
        file(&r, d, ymd(2027, 3, 1), "x", 14),
        Err(ObjectionError::FiledBeforeReceipt)
    );
    assert_eq!(
        file(&r, d, d, "  ", 14),
        Err(ObjectionError::ReasonsMissing)
    );
}

#[test]
fn upheld_keeps_the_signed_grade() {
    let r = signed();
    let d = ymd(2027, 3, 5);
    let mut o = file(&r, d, d, "tidak adil", 14).unwrap();
    assert_eq!(o.final_grade(&r), Some(PerformanceGrade::Poor));
    o.decide(
        &r,
        EmployeeId(3),
        ymd(2027, 3, 20),
        Outcome::Upheld,
        "Bukti cukup",
    )
    .unwrap();
    assert_eq!(o.final_grade(&r), Some(PerformanceGrade::Poor));
    assert_eq!(o.reasons, "tidak adil");
}

#[test]
fn changed_ratings_give_the_final_grade_and_keep_the_original() {
    let r = signed();
    let d = ymd(2027, 3, 5);
    let mut o = file(&r, d, d, "absen karena sakit", 14).unwrap();
    let changed = Outcome::Changed {
        work: AsExpected,
        behaviour: AsExpected,
    };
    o.decide(
        &r,
        EmployeeId(3),
        ymd(2027, 3, 20),
        changed,
        "Surat sakit ada",
    )
    .unwrap();
    assert_eq!(o.final_grade(&r), Some(PerformanceGrade::Good));
    // The evaluation itself is untouched.
    assert_eq!(r.signature().map(|s| s.grade), Some(PerformanceGrade::Poor));
    assert_eq!(r.behaviour, Some(BelowExpectation));
    // Final: a second decision is refused.
    assert_eq!(
        o.decide(&r, EmployeeId(3), ymd(2027, 3, 21), Outcome::Upheld, "x"),
        Err(ObjectionError::AlreadyDecided)
    );
}

#[test]
fn decision_rules() {
    let r = signed();
    let d = ymd(2027, 3, 5);
    let mut o = file(&r, d, d, "tidak adil", 14).unwrap();
    let later = ymd(2027, 3, 10);
    assert_eq!(
        o.decide(&r, EmployeeId(2), later, Outcome::Upheld, "x"),
        Err(ObjectionError::NotTheAppraiserSuperior),
        "the appraiser does not judge their own evaluation"
    );
    assert_eq!(
        o.decide(&r, EmployeeId(3), ymd(2027, 3, 4), Outcome::Upheld, "x"),
        Err(ObjectionError::DecidedBeforeFiling)
    );
    let same = Outcome::Changed {
        work: AsExpected,
        behaviour: BelowExpectation,
    };
    assert_eq!(
        o.decide(&r, EmployeeId(3), later, same, "x"),
        Err(ObjectionError::NoChange)
    );
    assert_eq!(
        o.decide(&r, EmployeeId(3), later, Outcome::Upheld, " "),
        Err(ObjectionError::ReasonsMissing)
    );
    assert_eq!(o.decision, None);
}

use super::*;
use crate::domain::grade::{Grade, PnsRank};
use crate::domain::nip::Nip;
use crate::domain::position::PositionKind;
use crate::domain::unit::UnitId;
use Rating::*;
use RatingField::*;

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn person(id: u64, name: &str, position: &str) -> PersonSnapshot {
    PersonSnapshot {
        employee: EmployeeId(id),
        name: name.to_string(),
        nip: Nip::from_trusted(format!("19860926201505100{id}")),
        grade: Grade::Pns(PnsRank::IIIA),
        position: position.to_string(),
        position_kind: PositionKind::Pelaksana,
        unit: UnitId(1),
        unit_name: "Bagian Umum".to_string(),
    }
}

fn people() -> SignedPeople {
    SignedPeople {
        employee: person(1, "Siti", "Analis"),
        appraiser: person(2, "Maria", "Kepala Bagian"),
        appraiser_superior: Some(person(3, "Yohanes", "Kepala Biro")),
    }
}

fn draft() -> Review {
    Review::new(EmployeeId(1), EmployeeId(2), 2026, ReviewKind::Periodic(2))
}

#[test]
fn grade_follows_the_ratings_live() {
    let mut r = draft();
    assert_eq!(r.grade(), None);
    r.set_rating(WorkResult, Some(AboveExpectation)).unwrap();
    assert_eq!(r.grade(), None);
    r.set_rating(Behaviour, Some(AboveExpectation)).unwrap();
    assert_eq!(r.grade(), Some(PerformanceGrade::VeryGood));
    r.set_rating(Behaviour, Some(BelowExpectation)).unwrap();
    assert_eq!(r.grade(), Some(PerformanceGrade::Poor));
}

#[test]
fn signing_needs_both_ratings() {
    let mut r = draft();
    r.set_rating(Behaviour, Some(AsExpected)).unwrap();
    assert_eq!(
        r.sign(ymd(2026, 7, 3), people(), None, DistributionGate::Clear),
        Err(ReviewError::RatingMissing(WorkResult))
    );
    assert!(!r.is_signed());
}

#[test]
fn signing_needs_a_justification_other_than_sesuai() {
    let mut r = draft();
    r.set_rating(WorkResult, Some(AboveExpectation)).unwrap();
    r.set_rating(Behaviour, Some(BelowExpectation)).unwrap();
    r.set_justification(Behaviour, "   ").unwrap();
    assert_eq!(
        r.sign_blockers(DistributionGate::Clear),
        [
            ReviewError::JustificationMissing(WorkResult),
            ReviewError::JustificationMissing(Behaviour)
        ]
    );
    r.set_justification(WorkResult, "Semua target terlampaui")
        .unwrap();
    assert_eq!(
        r.sign(ymd(2026, 7, 3), people(), None, DistributionGate::Clear),
        Err(ReviewError::JustificationMissing(Behaviour))
    );
    r.set_justification(Behaviour, "Dua kali terlambat rapat")
        .unwrap();
    assert_eq!(
        r.sign(ymd(2026, 7, 3), people(), None, DistributionGate::Clear),
        Ok(())
    );
    assert_eq!(r.signature().map(|s| s.grade), Some(PerformanceGrade::Poor));
}

#[test]
fn sesuai_signs_without_justification() {
    let mut r = draft();
    r.set_rating(WorkResult, Some(AsExpected)).unwrap();
    r.set_rating(Behaviour, Some(AsExpected)).unwrap();
    assert!(r.sign_blockers(DistributionGate::Warned).is_empty());
    assert_eq!(
        r.sign_blockers(DistributionGate::Refused),
        [ReviewError::DistributionBreached]
    );
    let plan = Some(PlanRef {
        plan: PlanId(7),
        revision: 4,
    });
    r.sign(ymd(2026, 7, 3), people(), plan, DistributionGate::Warned)
        .unwrap();
    let s = r.signature().unwrap();
    assert_eq!(s.plan, plan);
    assert_eq!(s.signed_on, ymd(2026, 7, 3));
    assert_eq!(s.grade, PerformanceGrade::Good);
}

#[test]
fn signed_is_read_only_and_keeps_its_snapshot() {
    let mut r = draft();
    r.set_rating(WorkResult, Some(AsExpected)).unwrap();
    r.set_rating(Behaviour, Some(AsExpected)).unwrap();
    let mut today = people();
    r.sign(
        ymd(2026, 7, 3),
        today.clone(),
        None,
        DistributionGate::Clear,
    )
    .unwrap();
    // The register changes afterwards: the employee is promoted and moves position.
    today.employee.position = "Kepala Subbagian".to_string();
    today.employee.grade = Grade::Pns(PnsRank::IIIB);
    let s = r.signature().unwrap();
    assert_eq!(s.employee.position, "Analis");
    assert_eq!(s.employee.grade, Grade::Pns(PnsRank::IIIA));
    assert_eq!(s.appraiser.name, "Maria");
    assert_eq!(
        s.appraiser_superior.as_ref().map(|p| p.name.as_str()),
        Some("Yohanes")
    );
    assert_eq!(
        r.set_rating(WorkResult, Some(AboveExpectation)),
        Err(ReviewError::Signed)
    );
    assert_eq!(
        r.set_justification(Behaviour, "x"),
        Err(ReviewError::Signed)
    );
    assert_eq!(
        r.set_feedback(CoreValue::Loyal, "x"),
        Err(ReviewError::Signed)
    );
    assert_eq!(
        r.sign(ymd(2026, 7, 4), people(), None, DistributionGate::Clear),
        Err(ReviewError::Signed)
    );
    assert_eq!(r.work, Some(AsExpected));
}

#[test]
fn reopening_needs_a_reason_and_keeps_the_undone_signature() {
    let mut r = draft();
    assert_eq!(
        r.reopen(ymd(2026, 7, 5), EmployeeId(2), "salah ketik"),
        Err(ReviewError::NotSigned)
    );
    r.set_rating(WorkResult, Some(AsExpected)).unwrap();
    r.set_rating(Behaviour, Some(AsExpected)).unwrap();
    r.sign(ymd(2026, 7, 3), people(), None, DistributionGate::Clear)
        .unwrap();
    assert_eq!(
        r.reopen(ymd(2026, 7, 5), EmployeeId(2), " \t"),
        Err(ReviewError::ReasonMissing)
    );
    assert!(r.is_signed());
    r.reopen(ymd(2026, 7, 5), EmployeeId(2), " salah ketik ")
        .unwrap();
    assert!(!r.is_signed());
    assert_eq!(r.reopenings.len(), 1);
    assert_eq!(r.reopenings[0].reason, "salah ketik");
    assert_eq!(r.reopenings[0].undone.signed_on, ymd(2026, 7, 3));
    // Back to a draft: editable again, and signable again.
    r.set_rating(WorkResult, Some(BelowExpectation)).unwrap();
    r.set_justification(WorkResult, "Target tidak tercapai")
        .unwrap();
    r.sign(ymd(2026, 7, 6), people(), None, DistributionGate::Clear)
        .unwrap();
    assert_eq!(
        r.signature().map(|s| s.grade),
        Some(PerformanceGrade::NeedsImprovement)
    );
    assert_eq!(r.reopenings.len(), 1);
}

#[test]
fn gate_from_a_unit_check() {
    use crate::domain::appraisal::OrgGrade;
    use crate::domain::review::distribution::{check, GradeCounts};
    use crate::domain::ruledata::distribution::rule_for;
    let rule = rule_for(OrgGrade::Good).unwrap();
    let broken = check(rule, GradeCounts::new([2, 8, 0, 0, 0]));
    let fine = check(rule, GradeCounts::new([2, 7, 1, 0, 0]));
    assert_eq!(
        DistributionGate::from_check(&broken, false),
        DistributionGate::Warned
    );
    assert_eq!(
        DistributionGate::from_check(&broken, true),
        DistributionGate::Refused
    );
    assert_eq!(
        DistributionGate::from_check(&fine, true),
        DistributionGate::Clear
    );
}

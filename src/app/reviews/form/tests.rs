use super::*;
use crate::domain::appraisal::Rating::*;

fn form(kind: ReviewKind) -> ScoringForm {
    let review = Review::new(EmployeeId(5), EmployeeId(2), 2026, kind);
    ScoringForm::new("Rina".into(), "1990".into(), review, Facts::default())
}

fn type_into(f: &mut ScoringForm, at: FieldId, s: &str) {
    f.focus = order().iter().position(|x| *x == at).expect("a field");
    if let Some(i) = f.input_mut() {
        *i = Input::new(s.to_string());
    }
}

#[test]
fn the_grade_follows_the_ratings_live() {
    let mut f = form(ReviewKind::Periodic(1));
    assert_eq!(f.grade(), None);
    f.set_rating(RatingField::WorkResult, Some(BelowExpectation));
    f.set_rating(RatingField::Behaviour, Some(AsExpected));
    assert_eq!(f.grade(), Some(PerformanceGrade::NeedsImprovement));
    f.set_rating(RatingField::WorkResult, Some(AboveExpectation));
    assert_eq!(f.grade(), Some(PerformanceGrade::Good));
}

#[test]
fn signing_needs_a_justification_at_its_field() {
    let mut f = form(ReviewKind::Periodic(1));
    f.set_rating(RatingField::WorkResult, Some(AboveExpectation));
    assert!(!f.check_for_signing());
    assert_eq!(
        f.error_at(FieldId::Rating(RatingField::Behaviour)),
        Some(X::RatingRequired)
    );
    assert_eq!(
        f.error_at(FieldId::Justification(RatingField::WorkResult)),
        Some(X::JustificationRequired)
    );
    // The focus goes to the first field in error.
    assert_eq!(f.focused(), FieldId::Justification(RatingField::WorkResult));
    type_into(
        &mut f,
        FieldId::Justification(RatingField::WorkResult),
        "Target triwulan terlampaui",
    );
    f.set_rating(RatingField::Behaviour, Some(AsExpected));
    assert!(f.check_for_signing(), "{:?}", f.errors);
    assert!(f.errors.is_empty());
    // Whitespace is no justification.
    type_into(
        &mut f,
        FieldId::Justification(RatingField::WorkResult),
        "   ",
    );
    assert!(!f.check_for_signing());
}

#[test]
fn typed_text_is_a_draft_and_comes_back() {
    let mut f = form(ReviewKind::Annual);
    assert!(!f.is_dirty());
    assert_eq!(f.draft_id().as_deref(), Some("review/5/2026/tahunan"));
    f.set_rating(RatingField::Behaviour, Some(BelowExpectation));
    type_into(
        &mut f,
        FieldId::Feedback(CoreValue::Loyal),
        "Menjaga rahasia jabatan",
    );
    assert!(f.is_dirty());
    let fields = f.draft_fields();
    let mut g = form(ReviewKind::Annual);
    g.restore(&fields);
    assert_eq!(g.behaviour, Some(BelowExpectation));
    assert_eq!(
        g.current()
            .behaviour_feedback
            .get(&CoreValue::Loyal)
            .map(String::as_str),
        Some("Menjaga rahasia jabatan")
    );
    assert_eq!(g.draft_fields(), fields);
}

#[test]
fn a_signed_evaluation_is_read_only_and_keeps_no_draft() {
    use crate::domain::plan::PersonSnapshot;
    let mut f = form(ReviewKind::Periodic(3));
    let mut r = f.review.clone();
    r.work = Some(AsExpected);
    r.behaviour = Some(AsExpected);
    let person = PersonSnapshot {
        employee: EmployeeId(5),
        name: "Rina".into(),
        nip: crate::domain::Nip::from_trusted("199001012015032001".to_string()),
        grade: crate::domain::Grade::Pns(crate::domain::PnsRank::IIIA),
        position: "Pengadministrasi".into(),
        position_kind: crate::domain::PositionKind::Pelaksana,
        unit: crate::domain::UnitId(1),
        unit_name: "Seksi".into(),
    };
    let people = crate::domain::review::evaluation::SignedPeople {
        employee: person.clone(),
        appraiser: person,
        appraiser_superior: None,
    };
    let day = chrono::NaiveDate::from_ymd_opt(2026, 10, 5).expect("date");
    r.sign(day, people, None, DistributionGate::Clear)
        .expect("signs");
    f = ScoringForm::new("Rina".into(), "1990".into(), r, Facts::default());
    assert!(f.read_only());
    assert_eq!(f.draft_id(), None);
    assert!(!f.is_dirty());
    assert_eq!(f.grade(), Some(PerformanceGrade::Good));
}

#[test]
fn warnings_are_listed_live() {
    let mut f = form(ReviewKind::Periodic(2));
    f.facts.feedback_per_segment = vec![(2, 0)];
    assert_eq!(f.warnings(), vec![Warning::NoFeedbackInSegment(2)]);
    f.set_rating(RatingField::Behaviour, Some(BelowExpectation));
    assert_eq!(
        f.warnings(),
        vec![
            Warning::BelowWithoutBehaviourFeedback,
            Warning::NoFeedbackInSegment(2)
        ]
    );
    type_into(
        &mut f,
        FieldId::Feedback(CoreValue::Harmonious),
        "Kurang menghargai rekan",
    );
    assert_eq!(f.warnings(), vec![Warning::NoFeedbackInSegment(2)]);
}

use super::*;
use crate::domain::appraisal::OrgGrade;
use PerformanceGrade as G;
use Rating::*;

const APPRAISER: EmployeeId = EmployeeId(1);

fn row(id: u64, rateable: bool) -> GridRow {
    GridRow {
        employee: EmployeeId(id),
        name: format!("Pegawai {id}"),
        nip: String::new(),
        review: None,
        objection: ObjectionState::None,
        decided_grade: None,
        decided_ratings: None,
        objection_filed: None,
        rateable,
        awaiting_decision: false,
    }
}

fn view(kind: ReviewKind, n: u64) -> GridView {
    GridView {
        year: 2026,
        kind,
        rows: (2..2 + n).map(|i| row(i, true)).collect(),
        ..GridView::default()
    }
}

#[test]
fn a_rating_changes_the_grade_at_once() {
    let mut v = view(ReviewKind::Periodic(2), 1);
    assert_eq!(v.rows[0].grade(), None);
    assert!(v.set_rating(
        0,
        RatingField::WorkResult,
        Some(AboveExpectation),
        APPRAISER
    ));
    assert_eq!(v.rows[0].grade(), None, "one rating gives no grade yet");
    assert!(v.set_rating(0, RatingField::Behaviour, Some(AboveExpectation), APPRAISER));
    assert_eq!(v.rows[0].grade(), Some(G::VeryGood));
    assert!(v.set_rating(0, RatingField::Behaviour, Some(BelowExpectation), APPRAISER));
    assert_eq!(v.rows[0].grade(), Some(G::Poor));
    let r = v.rows[0].review.as_ref().expect("a draft was made");
    assert_eq!(
        (r.year, r.kind, r.appraiser),
        (2026, ReviewKind::Periodic(2), APPRAISER)
    );
}

#[test]
fn justification_state_follows_the_ratings() {
    let mut v = view(ReviewKind::Annual, 1);
    assert_eq!(v.rows[0].justification(), Justification::NotNeeded);
    v.set_rating(0, RatingField::WorkResult, Some(AsExpected), APPRAISER);
    assert_eq!(v.rows[0].justification(), Justification::NotNeeded);
    v.set_rating(0, RatingField::Behaviour, Some(BelowExpectation), APPRAISER);
    assert_eq!(v.rows[0].justification(), Justification::Missing);
    if let Some(r) = v.rows[0].review.as_mut() {
        r.behaviour_justification = "Tiga kali terlambat apel pagi".into();
    }
    assert_eq!(v.rows[0].justification(), Justification::Written);
}

#[test]
fn a_signed_or_foreign_row_is_not_rated() {
    let mut v = view(ReviewKind::Periodic(1), 1);
    v.rows.push(row(9, false));
    assert!(!v.set_rating(1, RatingField::WorkResult, Some(AsExpected), APPRAISER));
    assert_eq!(v.rows[1].review, None);
    assert!(!v.set_rating(7, RatingField::WorkResult, Some(AsExpected), APPRAISER));
}

#[test]
fn periods_run_through_the_segments_then_annual() {
    let mut v = view(ReviewKind::Periodic(1), 0);
    v.segments = 4;
    assert_eq!(v.step_period(-1), ReviewKind::Periodic(1));
    assert_eq!(v.step_period(1), ReviewKind::Periodic(2));
    v.kind = ReviewKind::Periodic(4);
    assert_eq!(v.step_period(1), ReviewKind::Annual);
    v.kind = ReviewKind::Annual;
    assert_eq!(v.step_period(1), ReviewKind::Annual);
    assert_eq!(v.step_period(-1), ReviewKind::Periodic(4));
}

#[test]
fn the_panel_updates_as_ratings_change() {
    // A unit graded Baik: Baik the largest group and at most 70 %, at least one employee
    // Butuh Perbaikan or Kurang/Misconduct. Four members, two of them in the grid.
    let mut v = view(ReviewKind::Annual, 2);
    v.panel = Some(UnitPanel {
        unit: UnitId(1),
        name: "Seksi Pelayanan".into(),
        grade: Some(OrgGrade::Good),
        members: vec![
            (EmployeeId(2), None),
            (EmployeeId(3), None),
            (EmployeeId(10), Some(G::Good)),
            (EmployeeId(11), Some(G::Good)),
        ],
        enforced: false,
    });
    let live = v.live_check().expect("a panel");
    assert_eq!(live.ungraded, 2);
    assert_eq!(live.counts.get(G::Good), 2);
    for f in [RatingField::WorkResult, RatingField::Behaviour] {
        v.set_rating(0, f, Some(AsExpected), APPRAISER);
        v.set_rating(1, f, Some(AsExpected), APPRAISER);
    }
    let live = v.live_check().expect("a panel");
    assert_eq!((live.ungraded, live.counts.get(G::Good)), (0, 4));
    // 4 Baik: more than 70 % (at most 2) and nobody Butuh Perbaikan or Kurang.
    let check = live.check.expect("a rule");
    assert!(!check.holds());
    let moves: Vec<usize> = check.breaches().map(|b| b.must_move).collect();
    assert_eq!(moves, vec![2, 1]);
    // One report Di Bawah / Sesuai -> Butuh Perbaikan: Baik 3, the minimum met.
    v.set_rating(
        1,
        RatingField::WorkResult,
        Some(BelowExpectation),
        APPRAISER,
    );
    let check = v.live_check().and_then(|l| l.check).expect("a rule");
    let moves: Vec<usize> = check.breaches().map(|b| b.must_move).collect();
    assert_eq!(moves, vec![1]);
}

#[test]
fn a_unit_without_a_grade_has_counts_but_no_rule() {
    let mut v = view(ReviewKind::Periodic(1), 1);
    v.panel = Some(UnitPanel {
        unit: UnitId(1),
        name: "Seksi".into(),
        grade: None,
        members: Vec::new(),
        enforced: true,
    });
    v.set_rating(
        0,
        RatingField::WorkResult,
        Some(BelowExpectation),
        APPRAISER,
    );
    v.set_rating(0, RatingField::Behaviour, Some(BelowExpectation), APPRAISER);
    let live = v.live_check().expect("a panel");
    // The periodic preview counts the grid's rows.
    assert_eq!(live.counts.get(G::VeryPoor), 1);
    assert_eq!(live.check, None);
}

#[test]
fn a_decided_objection_shows_the_ratings_that_stand() {
    let mut r = row(2, false);
    let mut review = Review::new(EmployeeId(2), APPRAISER, 2026, ReviewKind::Annual);
    review.work = Some(AsExpected);
    review.behaviour = Some(AsExpected);
    r.review = Some(review);
    assert_eq!(r.rating(RatingField::WorkResult), Some(AsExpected));
    r.objection = ObjectionState::Changed;
    r.decided_ratings = Some((AboveExpectation, AboveExpectation));
    r.decided_grade = Some(G::VeryGood);
    assert_eq!(r.rating(RatingField::WorkResult), Some(AboveExpectation));
    assert_eq!(r.rating(RatingField::Behaviour), Some(AboveExpectation));
    assert_eq!(r.grade(), Some(G::VeryGood));
}

#[test]
fn the_panel_goes_through_the_units_of_the_rows() {
    let mut v = view(ReviewKind::Annual, 3);
    assert_eq!(v.next_panel_unit(), None, "no units read yet");
    v.units = vec![UnitId(2), UnitId(5), UnitId(9)];
    v.panel = Some(UnitPanel {
        unit: UnitId(2),
        name: "Seksi A".into(),
        grade: None,
        members: Vec::new(),
        enforced: false,
    });
    assert_eq!(v.panel_position(), Some((1, 3)));
    assert_eq!(v.next_panel_unit(), Some(UnitId(5)));
    v.panel.as_mut().unwrap().unit = UnitId(9);
    assert_eq!(v.panel_position(), Some((3, 3)));
    assert_eq!(
        v.next_panel_unit(),
        Some(UnitId(2)),
        "after the last, the first"
    );
    v.units = vec![UnitId(2)];
    v.panel.as_mut().unwrap().unit = UnitId(2);
    assert_eq!(v.panel_position(), None, "one unit: nothing to say");
    assert_eq!(v.next_panel_unit(), None);
}

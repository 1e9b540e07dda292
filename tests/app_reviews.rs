//! Issue 8 on the command path: who may rate, sign, reopen, receive, object, decide and set a
//! unit grade; signing (ratings, justifications, snapshot, plan judged); reopening; the
//! distribution gate (warn vs enforce); the unit head's fixed rating; objection deadlines; the
//! team grid (with a Plt) and the unit check where rounding decides.
//!
//! The office (tests/common): Yohanes (1) heads the district (unit 1); Maria (2) heads the
//! section (unit 2, under unit 1) and reports to Yohanes; Daniel (3) and Siti (4) are in the
//! section under Maria; Agus (5) is in unit 1 under Yohanes. Today is 28/11/2026.

mod common;

use chrono::NaiveDate;
use kinerja::app::reviews::command::{Done, Refusal, ReviewInput};
use kinerja::app::reviews::{query, Command as R};
use kinerja::app::{Command, CommandError, Outcome, Services};
use kinerja::domain::appraisal::{OrgGrade, PerformanceGrade, Rating};
use kinerja::domain::review::evaluation::RatingField;
use kinerja::domain::review::objection::{ObjectionError, Outcome as Decision};
use kinerja::domain::review::{ObjectionState, ReviewError, ReviewKind};
use kinerja::domain::{
    ActingAssignment, AuditAction, Directory, EmployeeId, RecordKind, Role, UnitId, Viewer,
};
use Rating::*;

const YOHANES: u64 = 1;
const MARIA: u64 = 2;
const DANIEL: u64 = 3;
const SITI: u64 = 4;
const AGUS: u64 = 5;
const Q1: ReviewKind = ReviewKind::Periodic(1);
const DAY_MS: i64 = 86_400_000;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn office() -> (tempfile::TempDir, Services) {
    let dir = tempfile::tempdir().unwrap();
    let s = common::services_with_office(&dir.path().join("db"));
    (dir, s)
}

/// Signs in as `emp` (an appraiser) with their acting assignments.
fn as_employee(s: &mut Services, emp: u64) {
    let acting = s.store.acting_of(EmployeeId(emp)).unwrap();
    s.viewer = Some(Viewer {
        role: Role::Appraiser,
        employee: Some(EmployeeId(emp)),
        acting,
    });
}

fn as_admin(s: &mut Services) {
    s.viewer = Some(Viewer {
        role: Role::Admin,
        employee: None,
        acting: Vec::new(),
    });
}

fn input(work: Option<Rating>, behaviour: Option<Rating>) -> ReviewInput {
    ReviewInput {
        work,
        behaviour,
        ..ReviewInput::default()
    }
}

fn run(s: &mut Services, c: R) -> Result<Done, Refusal> {
    match s.execute(Command::Reviews(c)) {
        Ok(Outcome::Review(d)) => Ok(d),
        Err(CommandError::Review(r)) => Err(r),
        other => panic!("unexpected {other:?}"),
    }
}

fn sign(s: &mut Services, emp: u64, kind: ReviewKind, i: ReviewInput) -> Result<Done, Refusal> {
    run(
        s,
        R::Sign {
            employee: EmployeeId(emp),
            year: 2026,
            kind,
            input: i,
        },
    )
}

fn save(s: &mut Services, emp: u64, kind: ReviewKind, i: ReviewInput) -> Result<Done, Refusal> {
    run(
        s,
        R::Save {
            employee: EmployeeId(emp),
            year: 2026,
            kind,
            input: i,
        },
    )
}

fn unit_grade(s: &mut Services, unit: u64, grade: OrgGrade, decree: &str) -> Result<Done, Refusal> {
    run(
        s,
        R::SetUnitGrade {
            unit: UnitId(unit),
            year: 2026,
            grade,
            decree: decree.into(),
        },
    )
}

fn entry(s: &Services, emp: u64, kind: ReviewKind) -> kinerja::domain::review::ReviewEntry {
    s.store
        .review_year(EmployeeId(emp), 2026)
        .unwrap()
        .and_then(|y| y.get(kind).cloned())
        .expect("evaluation stored")
}

fn add_acting(s: &mut Services, acting: u64, for_sup: u64, from: NaiveDate, to: NaiveDate) {
    let keep = s.viewer.take();
    s.execute(Command::SaveActing {
        acting: ActingAssignment {
            id: 0,
            acting: EmployeeId(acting),
            for_supervisor: EmployeeId(for_sup),
            from,
            to,
            revision: 0,
        },
        reason: "SK Plt".into(),
    })
    .expect("acting saved");
    s.viewer = keep;
}

#[test]
fn only_the_appraiser_on_the_day_rates_and_an_admin_rates_nobody() {
    let (_dir, mut s) = office();
    let rate = |s: &mut Services| save(s, DANIEL, Q1, input(Some(AsExpected), None));
    as_employee(&mut s, YOHANES);
    assert_eq!(rate(&mut s), Err(Refusal::NotAppraiser), "two levels up");
    as_employee(&mut s, SITI);
    assert_eq!(rate(&mut s), Err(Refusal::NotAppraiser), "a colleague");
    as_employee(&mut s, DANIEL);
    assert_eq!(rate(&mut s), Err(Refusal::NotAppraiser), "oneself");
    as_admin(&mut s);
    assert_eq!(rate(&mut s), Err(Refusal::AdminRatesNobody));
    assert_eq!(s.store.review_year(EmployeeId(DANIEL), 2026).unwrap(), None);

    as_employee(&mut s, MARIA);
    let done = rate(&mut s).unwrap();
    assert_eq!(done.revision, 1);
    let e = entry(&s, DANIEL, Q1);
    assert_eq!(e.review.appraiser, EmployeeId(MARIA));
    assert_eq!(e.review.work, Some(AsExpected));
    assert!(!e.review.is_signed());
}

#[test]
fn a_plt_rates_the_reports_of_the_supervisor_they_act_for_only_in_their_dates() {
    let (_dir, mut s) = office();
    add_acting(&mut s, AGUS, MARIA, d(2026, 11, 1), d(2026, 12, 31));
    as_employee(&mut s, AGUS);
    let grid = run(
        &mut s,
        R::SetRating {
            employee: EmployeeId(SITI),
            year: 2026,
            kind: Q1,
            field: RatingField::WorkResult,
            rating: Some(AboveExpectation),
        },
    )
    .unwrap();
    assert_eq!(grid.grade, None, "one rating: no grade yet");
    assert_eq!(entry(&s, SITI, Q1).review.appraiser, EmployeeId(AGUS));

    // An assignment that ended yesterday gives nothing.
    let (_dir2, mut t) = office();
    add_acting(&mut t, AGUS, MARIA, d(2026, 10, 1), d(2026, 11, 27));
    as_employee(&mut t, AGUS);
    assert_eq!(
        save(&mut t, SITI, Q1, input(Some(AsExpected), None)),
        Err(Refusal::NotAppraiser)
    );
}

#[test]
fn the_team_grid_lists_direct_reports_and_those_of_a_supervisor_acted_for() {
    let (_dir, mut s) = office();
    add_acting(&mut s, AGUS, MARIA, d(2026, 11, 1), d(2026, 12, 31));
    as_employee(&mut s, MARIA);
    sign(
        &mut s,
        DANIEL,
        Q1,
        input(Some(AsExpected), Some(AsExpected)),
    )
    .unwrap();
    let today = s.today();

    let rows = query::team(&s, EmployeeId(YOHANES), 2026, Q1, today).unwrap();
    let who: Vec<(u64, Option<EmployeeId>)> =
        rows.iter().map(|r| (r.employee.0, r.acting_for)).collect();
    assert_eq!(who, [(AGUS, None), (MARIA, None)], "by name, direct only");

    let rows = query::team(&s, EmployeeId(AGUS), 2026, Q1, today).unwrap();
    let who: Vec<(u64, Option<EmployeeId>)> =
        rows.iter().map(|r| (r.employee.0, r.acting_for)).collect();
    assert_eq!(
        who,
        [
            (DANIEL, Some(EmployeeId(MARIA))),
            (SITI, Some(EmployeeId(MARIA)))
        ]
    );
    let daniel = &rows[0];
    assert!(daniel.is_signed());
    assert_eq!(daniel.final_grade, Some(PerformanceGrade::Good));
    assert_eq!(daniel.objection, ObjectionState::None);
    assert_eq!(daniel.revision, 1);
    assert!(rows[1].entry.is_none());

    // Outside the assignment the Plt has no team.
    let later = d(2027, 1, 5);
    assert!(query::team(&s, EmployeeId(AGUS), 2026, Q1, later)
        .unwrap()
        .is_empty());
}

#[test]
fn signing_needs_both_ratings_and_a_justification_for_anything_but_sesuai() {
    let (_dir, mut s) = office();
    as_employee(&mut s, MARIA);
    let refused = sign(&mut s, DANIEL, Q1, input(Some(AboveExpectation), None));
    assert_eq!(
        refused,
        Err(Refusal::SignBlocked {
            reasons: vec![
                ReviewError::JustificationMissing(RatingField::WorkResult),
                ReviewError::RatingMissing(RatingField::Behaviour),
            ],
            distribution: None,
        })
    );
    // A refused signing writes nothing, not even the input.
    assert_eq!(s.store.review_year(EmployeeId(DANIEL), 2026).unwrap(), None);

    let mut i = input(Some(AboveExpectation), Some(BelowExpectation));
    i.work_justification = "semua target terlampaui".into();
    assert_eq!(
        sign(&mut s, DANIEL, Q1, i.clone()),
        Err(Refusal::SignBlocked {
            reasons: vec![ReviewError::JustificationMissing(RatingField::Behaviour)],
            distribution: None,
        })
    );
    i.behaviour_justification = "   ".into();
    assert!(matches!(
        sign(&mut s, DANIEL, Q1, i.clone()),
        Err(Refusal::SignBlocked { .. })
    ));
    i.behaviour_justification = "sering terlambat rapat".into();
    let done = sign(&mut s, DANIEL, Q1, i).unwrap();
    // Hasil kerja Di Atas x perilaku Di Bawah: Kurang/Misconduct (domain.md 5).
    assert_eq!(done.grade, Some(PerformanceGrade::Poor));
    assert!(entry(&s, DANIEL, Q1).review.is_signed());
}

#[test]
fn a_signed_evaluation_keeps_its_snapshot_and_plan_and_is_read_only() {
    let (_dir, mut s) = office();
    s.execute(Command::Plans(kinerja::app::plans::Command::CreateDraft {
        employee: EmployeeId(DANIEL),
        year: 2026,
    }))
    .unwrap();
    let plan = s
        .store
        .plans_of_employee(EmployeeId(DANIEL), Some(2026))
        .unwrap()
        .pop()
        .unwrap();
    as_employee(&mut s, MARIA);
    sign(
        &mut s,
        DANIEL,
        Q1,
        input(Some(AsExpected), Some(AsExpected)),
    )
    .unwrap();

    // Daniel is promoted and moves to the district office afterwards.
    s.viewer = None;
    let mut daniel = s.register.employee(EmployeeId(DANIEL)).unwrap().clone();
    daniel.position = "Analis Kebijakan".into();
    daniel.unit = UnitId(1);
    daniel.supervisor = Some(EmployeeId(YOHANES));
    s.execute(Command::SaveEmployee(daniel)).unwrap();

    let e = entry(&s, DANIEL, Q1);
    let sig = e.review.signature().unwrap();
    assert_eq!(sig.signed_on, d(2026, 11, 28));
    assert_eq!(sig.employee.position, "Pengadministrasi Umum");
    assert_eq!(sig.employee.unit_name, "Seksi Pemerintahan");
    assert_eq!(sig.appraiser.employee, EmployeeId(MARIA));
    assert_eq!(
        sig.appraiser_superior.as_ref().map(|p| p.employee),
        Some(EmployeeId(YOHANES))
    );
    let r = sig.plan.expect("plan judged");
    assert_eq!((r.plan, r.revision), (plan.id, plan.revision));
    assert_eq!(sig.grade, PerformanceGrade::Good);

    // Read-only: neither the form nor the grid changes it.
    as_employee(&mut s, YOHANES);
    assert_eq!(
        save(&mut s, DANIEL, Q1, input(Some(BelowExpectation), None)),
        Err(Refusal::Rule(ReviewError::Signed))
    );
    assert_eq!(
        run(
            &mut s,
            R::SetRating {
                employee: EmployeeId(DANIEL),
                year: 2026,
                kind: Q1,
                field: RatingField::Behaviour,
                rating: Some(BelowExpectation),
            }
        ),
        Err(Refusal::Rule(ReviewError::Signed))
    );
}

#[test]
fn reopening_needs_the_appraiser_and_a_reason_and_is_audited() {
    let (_dir, mut s) = office();
    as_employee(&mut s, MARIA);
    sign(
        &mut s,
        DANIEL,
        Q1,
        input(Some(AsExpected), Some(AsExpected)),
    )
    .unwrap();
    let reopen = |s: &mut Services, reason: &str| {
        run(
            s,
            R::Reopen {
                employee: EmployeeId(DANIEL),
                year: 2026,
                kind: Q1,
                reason: reason.into(),
            },
        )
    };
    assert_eq!(
        reopen(&mut s, "  "),
        Err(Refusal::Rule(ReviewError::ReasonMissing))
    );
    as_employee(&mut s, SITI);
    assert_eq!(reopen(&mut s, "salah ketik"), Err(Refusal::NotAppraiser));
    as_admin(&mut s);
    assert_eq!(
        reopen(&mut s, "salah ketik"),
        Err(Refusal::AdminRatesNobody)
    );

    as_employee(&mut s, MARIA);
    reopen(&mut s, "salah ketik rating perilaku").unwrap();
    let e = entry(&s, DANIEL, Q1);
    assert!(!e.review.is_signed());
    assert_eq!(e.review.reopenings.len(), 1);
    assert_eq!(e.review.reopenings[0].reason, "salah ketik rating perilaku");
    assert_eq!(e.review.reopenings[0].by, EmployeeId(MARIA));
    assert_eq!(
        reopen(&mut s, "lagi"),
        Err(Refusal::Rule(ReviewError::NotSigned))
    );

    let trail = s.store.audit_trail().unwrap();
    let last = trail.last().unwrap();
    assert_eq!(last.action, AuditAction::Reopen);
    assert_eq!(last.record.kind, RecordKind::Review);
    assert_eq!(last.record.id, DANIEL);
    assert_eq!(last.reason, "salah ketik rating perilaku");
    assert!(last.after.as_deref().unwrap().contains("Reopened"));
    // The draft can be changed again.
    save(
        &mut s,
        DANIEL,
        Q1,
        input(Some(AsExpected), Some(BelowExpectation)),
    )
    .unwrap();
}

#[test]
fn receipt_objection_window_and_decision_through_the_command_path() {
    let (_dir, mut s) = office();
    as_employee(&mut s, MARIA);
    sign(
        &mut s,
        DANIEL,
        Q1,
        input(Some(AsExpected), Some(AsExpected)),
    )
    .unwrap();
    sign(&mut s, SITI, Q1, input(Some(AsExpected), Some(AsExpected))).unwrap();
    let receipt = |s: &mut Services, emp: u64, on: NaiveDate| {
        run(
            s,
            R::RecordReceipt {
                employee: EmployeeId(emp),
                year: 2026,
                kind: Q1,
                received_on: on,
            },
        )
    };
    let object = |s: &mut Services, emp: u64, on: NaiveDate| {
        run(
            s,
            R::FileObjection {
                employee: EmployeeId(emp),
                year: 2026,
                kind: Q1,
                filed_on: on,
                reasons: "capaian saya di atas target".into(),
            },
        )
    };
    // Before the receipt date is known there is no window.
    as_employee(&mut s, DANIEL);
    assert_eq!(
        object(&mut s, DANIEL, d(2026, 11, 28)),
        Err(Refusal::NotReceived)
    );
    assert_eq!(
        receipt(&mut s, DANIEL, d(2026, 11, 28)),
        Err(Refusal::NotAppraiser)
    );
    as_employee(&mut s, MARIA);
    assert_eq!(
        receipt(&mut s, DANIEL, d(2026, 11, 27)),
        Err(Refusal::Objection(ObjectionError::ReceivedBeforeSigning))
    );
    receipt(&mut s, DANIEL, d(2026, 11, 28)).unwrap();
    as_admin(&mut s);
    receipt(&mut s, SITI, d(2026, 11, 28)).unwrap();

    // 14 days from 28/11: 12/12 is the last day, 13/12 too late.
    as_employee(&mut s, SITI);
    assert_eq!(
        object(&mut s, DANIEL, d(2026, 11, 30)),
        Err(Refusal::NotTheEmployee)
    );
    assert_eq!(
        object(&mut s, SITI, d(2026, 12, 13)),
        Err(Refusal::Objection(ObjectionError::TooLate {
            last_day: d(2026, 12, 12)
        }))
    );
    object(&mut s, SITI, d(2026, 12, 12)).unwrap();
    assert_eq!(
        object(&mut s, SITI, d(2026, 12, 12)),
        Err(Refusal::ObjectionExists)
    );
    // HR files on Daniel's behalf.
    as_admin(&mut s);
    object(&mut s, DANIEL, d(2026, 11, 28)).unwrap();
    assert_eq!(
        entry(&s, DANIEL, Q1).objection_state(),
        ObjectionState::Pending
    );

    let decide = |s: &mut Services, outcome: Decision| {
        run(
            s,
            R::Decide {
                employee: EmployeeId(DANIEL),
                year: 2026,
                kind: Q1,
                outcome,
                reasons: "bukti dukung lengkap".into(),
            },
        )
    };
    let changed = Decision::Changed {
        work: AboveExpectation,
        behaviour: AboveExpectation,
    };
    as_admin(&mut s);
    assert_eq!(decide(&mut s, changed), Err(Refusal::NotAppraiserSuperior));
    as_employee(&mut s, MARIA);
    assert_eq!(decide(&mut s, changed), Err(Refusal::NotAppraiserSuperior));
    as_employee(&mut s, YOHANES);
    let done = decide(&mut s, changed).unwrap();
    assert_eq!(done.grade, Some(PerformanceGrade::VeryGood));
    let e = entry(&s, DANIEL, Q1);
    assert_eq!(e.final_grade(), Some(PerformanceGrade::VeryGood));
    assert!(e.grade_from_objection());
    // The original stays as signed.
    assert_eq!(e.review.signature().unwrap().grade, PerformanceGrade::Good);
    assert_eq!(
        decide(&mut s, Decision::Upheld),
        Err(Refusal::Objection(ObjectionError::AlreadyDecided))
    );
    let last = s.store.audit_trail().unwrap().pop().unwrap();
    assert_eq!(last.action, AuditAction::Decide);
    assert_eq!(last.reason, "bukti dukung lengkap");

    // Siti's objection is decided on 12/12 at the earliest: the clock moves on.
    let mut s = s.with_clock(|| common::NOW_MS + 15 * DAY_MS);
    as_employee(&mut s, YOHANES);
    run(
        &mut s,
        R::Decide {
            employee: EmployeeId(SITI),
            year: 2026,
            kind: Q1,
            outcome: Decision::Upheld,
            reasons: "sesuai bukti".into(),
        },
    )
    .unwrap();
    assert_eq!(
        entry(&s, SITI, Q1).objection_state(),
        ObjectionState::Upheld
    );
}

#[test]
fn the_unit_grade_is_set_by_the_head_one_level_up_or_an_admin_with_the_decree() {
    let (_dir, mut s) = office();
    as_employee(&mut s, MARIA);
    assert_eq!(
        unit_grade(&mut s, 2, OrgGrade::Outstanding, ""),
        Err(Refusal::NotUnitHeadAbove),
        "the section's own head"
    );
    as_employee(&mut s, YOHANES);
    assert_eq!(
        unit_grade(&mut s, 1, OrgGrade::Good, ""),
        Err(Refusal::NotUnitHeadAbove),
        "no unit above the district"
    );
    unit_grade(&mut s, 2, OrgGrade::Good, "").unwrap();
    as_admin(&mut s);
    assert_eq!(
        unit_grade(&mut s, 1, OrgGrade::Good, "  "),
        Err(Refusal::DecreeMissing)
    );
    unit_grade(&mut s, 1, OrgGrade::Good, "800/12/2026").unwrap();
    let done = unit_grade(&mut s, 2, OrgGrade::Outstanding, "800/13/2026").unwrap();
    assert_eq!(done.revision, 2);
    let g = s.store.unit_grade(UnitId(2), 2026).unwrap().unwrap();
    assert_eq!(g.grade, OrgGrade::Outstanding);
    assert_eq!(g.decree, "800/13/2026");
    assert_eq!(g.set_on, d(2026, 11, 28));
    assert_eq!(s.store.unit_grade(UnitId(2), 2025).unwrap(), None);
    let last = s.store.audit_trail().unwrap().pop().unwrap();
    assert_eq!(last.record.kind, RecordKind::UnitGrade);
    assert_eq!(last.reason, "800/13/2026");
}

#[test]
fn the_distribution_rule_warns_by_default_and_refuses_when_enforced() {
    let (_dir, mut s) = office();
    as_employee(&mut s, YOHANES);
    unit_grade(&mut s, 2, OrgGrade::Good, "").unwrap();
    // Baik: Baik the largest and at most 70 %, at least one Butuh Perbaikan or Kurang. The
    // population is Daniel and Siti (Maria heads the unit): at most 1 Baik (70 % of 2).
    // Daniel graded Baik first: nothing is broken, the minimum waits for Siti.
    as_employee(&mut s, MARIA);
    let annual = input(Some(AsExpected), Some(AsExpected));
    let done = sign(&mut s, DANIEL, ReviewKind::Annual, annual.clone()).unwrap();
    assert_eq!(done.distribution_warning, None, "open, not broken");
    assert!(entry(&s, DANIEL, ReviewKind::Annual).review.is_signed());
    let c = query::unit_check(&s, UnitId(2), 2026).unwrap();
    let check = c.check.expect("rule of Baik");
    assert!(check.holds() && check.open());

    let mut settings = s.office_settings().unwrap();
    settings.distribution_enforced = true;
    s.viewer = None;
    s.execute(Command::Settings(kinerja::app::settings::Command::Save {
        settings,
        reason: "pola wajib".into(),
    }))
    .unwrap();
    as_employee(&mut s, MARIA);
    match sign(&mut s, SITI, ReviewKind::Annual, annual.clone()) {
        Err(Refusal::SignBlocked {
            reasons,
            distribution: Some(c),
        }) => {
            assert_eq!(reasons, [ReviewError::DistributionBreached]);
            // Siti's grade is counted in the check that refused her.
            assert_eq!(c.counts.get(PerformanceGrade::Good), 2);
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
    assert!(!s
        .store
        .review_year(EmployeeId(SITI), 2026)
        .unwrap()
        .is_some_and(|y| y.annual().is_some_and(|e| e.review.is_signed())));
    // Signing Siti Butuh Perbaikan satisfies the rule: 1 Baik, 1 Butuh Perbaikan... but Baik is
    // no longer the largest group (a tie), so the rule still refuses.
    let mut below = input(Some(BelowExpectation), Some(AsExpected));
    below.work_justification = "target tidak tercapai".into();
    assert!(matches!(
        sign(&mut s, SITI, ReviewKind::Annual, below),
        Err(Refusal::SignBlocked { .. })
    ));
    // Periodic evaluations are not gated.
    sign(&mut s, SITI, Q1, input(Some(AsExpected), Some(AsExpected))).unwrap();

    // Warned, not refused, once the office stops enforcing: two Baik of two break the rule.
    let mut settings = s.office_settings().unwrap();
    settings.distribution_enforced = false;
    s.viewer = None;
    s.execute(Command::Settings(kinerja::app::settings::Command::Save {
        settings,
        reason: "pola sebagai peringatan".into(),
    }))
    .unwrap();
    as_employee(&mut s, MARIA);
    let done = sign(&mut s, SITI, ReviewKind::Annual, annual).unwrap();
    let warned = done.distribution_warning.expect("warned");
    assert!(!warned.holds());
    assert_eq!(warned.counts.get(PerformanceGrade::Good), 2);
    assert!(entry(&s, SITI, ReviewKind::Annual).review.is_signed());
}

#[test]
fn the_unit_heads_work_rating_follows_the_unit_grade() {
    let (_dir, mut s) = office();
    as_employee(&mut s, YOHANES);
    unit_grade(&mut s, 2, OrgGrade::Outstanding, "").unwrap();
    // Maria heads the section: Istimewa gives Di Atas Ekspektasi (default mapping).
    assert_eq!(
        save(
            &mut s,
            MARIA,
            ReviewKind::Annual,
            input(Some(AsExpected), None)
        ),
        Err(Refusal::HeadRatingFixed {
            expected: AboveExpectation
        })
    );
    assert_eq!(
        run(
            &mut s,
            R::SetRating {
                employee: EmployeeId(MARIA),
                year: 2026,
                kind: ReviewKind::Annual,
                field: RatingField::WorkResult,
                rating: Some(BelowExpectation),
            }
        ),
        Err(Refusal::HeadRatingFixed {
            expected: AboveExpectation
        })
    );
    // A periodic evaluation is not fixed.
    save(&mut s, MARIA, Q1, input(Some(AsExpected), None)).unwrap();
    let mut ok = input(Some(AboveExpectation), Some(AsExpected));
    ok.work_justification = "predikat unit Istimewa".into();
    let done = sign(&mut s, MARIA, ReviewKind::Annual, ok).unwrap();
    // Di Atas x Sesuai: Baik.
    assert_eq!(done.grade, Some(PerformanceGrade::Good));
    let ctx = query::scoring(&s, EmployeeId(MARIA), 2026, ReviewKind::Annual, s.today()).unwrap();
    assert_eq!(ctx.head_rating, Some(AboveExpectation));
}

#[test]
fn a_segment_outside_the_year_is_refused() {
    let (_dir, mut s) = office();
    as_employee(&mut s, MARIA);
    assert_eq!(
        save(&mut s, DANIEL, ReviewKind::Periodic(5), input(None, None)),
        Err(Refusal::BadPeriod),
        "quarterly: 4 segments"
    );
    assert_eq!(
        save(&mut s, DANIEL, ReviewKind::Periodic(0), input(None, None)),
        Err(Refusal::BadPeriod)
    );
    save(&mut s, DANIEL, ReviewKind::Periodic(4), input(None, None)).unwrap();
}

#[test]
fn unit_check_counts_the_members_without_the_head_and_rounds_by_the_rule() {
    let (_dir, mut s) = office();
    as_employee(&mut s, YOHANES);
    unit_grade(&mut s, 2, OrgGrade::Outstanding, "").unwrap();
    // Istimewa: Sangat Baik the largest group and at most 70 %. Two counted members (Maria
    // heads the unit and is left out): 70 % of 2 = 1.4, rounded down to 1.
    let vg = Some(PerformanceGrade::VeryGood);
    let over = [
        (EmployeeId(DANIEL), vg),
        (EmployeeId(SITI), vg),
        (EmployeeId(MARIA), Some(PerformanceGrade::VeryPoor)),
    ];
    let c = query::unit_check_with(&s, UnitId(2), 2026, &over).unwrap();
    assert_eq!(c.population, 2);
    assert_eq!(c.ungraded, 0);
    assert_eq!(c.counts.get(PerformanceGrade::VeryGood), 2);
    assert_eq!(c.counts.get(PerformanceGrade::VeryPoor), 0, "head left out");
    let check = c.check.clone().expect("rule of Istimewa");
    let broken: Vec<usize> = check.breaches().map(|o| o.must_move).collect();
    assert_eq!(broken, [1], "one of the two must move below Sangat Baik");
    assert!(c.breached());

    // One Sangat Baik and one ungraded: head counts come from both (at most 1 Sangat Baik),
    // so nothing is broken while the second may still get any grade.
    let c = query::unit_check_with(&s, UnitId(2), 2026, &[(EmployeeId(DANIEL), vg)]).unwrap();
    assert_eq!((c.population, c.ungraded), (2, 1));
    let check = c.check.unwrap();
    assert_eq!(check.breaches().count(), 0);
    assert!(check.holds());

    // Butuh Perbaikan: at least 60 % Butuh Perbaikan. Of 2, 1.2 rounds up to 2.
    as_admin(&mut s);
    unit_grade(&mut s, 2, OrgGrade::NeedsImprovement, "SK 2").unwrap();
    let nb = Some(PerformanceGrade::NeedsImprovement);
    let c = query::unit_check_with(
        &s,
        UnitId(2),
        2026,
        &[
            (EmployeeId(DANIEL), nb),
            (EmployeeId(SITI), Some(PerformanceGrade::Good)),
        ],
    )
    .unwrap();
    let broken: Vec<usize> = c.check.unwrap().breaches().map(|o| o.must_move).collect();
    assert_eq!(broken, [1]);

    // Without a unit grade there is no rule.
    let c = query::unit_check(&s, UnitId(1), 2026).unwrap();
    assert!(c.check.is_none());
    assert_eq!(c.unit_name, "Kantor Distrik Salor");
}

#[test]
fn the_scoring_context_gathers_the_years_periodic_grades_for_the_annual_form() {
    let (_dir, mut s) = office();
    as_employee(&mut s, MARIA);
    sign(
        &mut s,
        DANIEL,
        Q1,
        input(Some(AsExpected), Some(AsExpected)),
    )
    .unwrap();
    let mut high = input(Some(AboveExpectation), Some(AboveExpectation));
    high.work_justification = "a".into();
    high.behaviour_justification = "b".into();
    sign(&mut s, DANIEL, ReviewKind::Periodic(2), high).unwrap();
    let ctx = query::scoring(&s, EmployeeId(DANIEL), 2026, ReviewKind::Annual, s.today()).unwrap();
    assert_eq!(ctx.periodic.len(), 2);
    assert_eq!(ctx.segments.len(), 4);
    assert_eq!(ctx.appraiser, Some(EmployeeId(MARIA)));
    assert_eq!(ctx.appraiser_superior, Some(EmployeeId(YOHANES)));
    assert_eq!(ctx.head_rating, None);
    // No plan, so no feedback in any segment; Sangat Kurang is far from Baik and Sangat Baik.
    let w = ctx.warnings(Some(BelowExpectation), Some(BelowExpectation), 0);
    use kinerja::domain::review::consistency::Warning;
    assert!(w.contains(&Warning::NoFeedbackInSegment(1)));
    assert!(w.contains(&Warning::BelowWithoutBehaviourFeedback));
    assert!(w.contains(&Warning::FarFromPeriodic {
        annual: PerformanceGrade::VeryPoor,
        nearest: PerformanceGrade::Good,
    }));
    let w = ctx.warnings(Some(AsExpected), Some(AsExpected), 0);
    assert!(!w
        .iter()
        .any(|w| matches!(w, Warning::FarFromPeriodic { .. })));
    let q1 = query::scoring(&s, EmployeeId(DANIEL), 2026, Q1, s.today()).unwrap();
    assert!(q1.entry.unwrap().review.is_signed());
    assert_eq!(q1.segments.len(), 1);
    assert!(q1.periodic.is_empty());
}

#[test]
fn evaluation_entries_are_found_by_penilaian_nip_and_name_and_scoped_like_plans() {
    let (_dir, mut s) = office();
    as_employee(&mut s, MARIA);
    sign(
        &mut s,
        DANIEL,
        Q1,
        input(Some(AsExpected), Some(AsExpected)),
    )
    .unwrap();
    as_employee(&mut s, YOHANES);
    unit_grade(&mut s, 2, OrgGrade::Good, "").unwrap();
    s.viewer = None;
    let today = s.today();
    let daniel_nip = "199601202020121004";
    for filter in ["penilaian", daniel_nip, "ndiken 2026", "evaluation maria"] {
        let rows = common::audit_rows(&s, None, filter, today);
        assert!(
            rows.iter()
                .any(|r| r.entry.record.kind == RecordKind::Review && r.review.is_some()),
            "{filter}"
        );
    }
    let rows = common::audit_rows(&s, None, "predikat seksi", today);
    assert_eq!(rows.len(), 1);
    assert!(rows[0].unit_grade.is_some());

    let viewer = |emp: u64| Viewer {
        role: Role::Appraiser,
        employee: Some(EmployeeId(emp)),
        acting: Vec::new(),
    };
    let seen = |emp: u64| {
        common::audit_rows(&s, Some(&viewer(emp)), "penilaian", today)
            .iter()
            .filter(|r| r.entry.record.kind == RecordKind::Review)
            .count()
    };
    assert_eq!(seen(DANIEL), 1, "one's own");
    assert_eq!(seen(YOHANES), 1, "the line above");
    assert_eq!(seen(SITI), 0, "a colleague");
    assert_eq!(seen(AGUS), 0, "another unit");
}

#[test]
fn the_grid_rates_row_by_row_and_signs_the_draft_as_it_is() {
    let (_dir, mut s) = office();
    as_employee(&mut s, MARIA);
    for (field, rating) in [
        (RatingField::WorkResult, AsExpected),
        (RatingField::Behaviour, AboveExpectation),
    ] {
        run(
            &mut s,
            R::SetRating {
                employee: EmployeeId(SITI),
                year: 2026,
                kind: Q1,
                field,
                rating: Some(rating),
            },
        )
        .unwrap();
    }
    let today = s.today();
    let row = query::team(&s, EmployeeId(MARIA), 2026, Q1, today)
        .unwrap()
        .into_iter()
        .find(|r| r.employee == EmployeeId(SITI))
        .unwrap();
    assert_eq!(row.grade(), Some(PerformanceGrade::Good), "live, unsigned");
    assert_eq!(row.final_grade, None);
    assert!(row.justification_missing(), "Di Atas needs a justification");
    let mut i = ReviewInput::from(&row.entry.unwrap().review);
    assert_eq!(
        sign(&mut s, SITI, Q1, i.clone()),
        Err(Refusal::SignBlocked {
            reasons: vec![ReviewError::JustificationMissing(RatingField::Behaviour)],
            distribution: None,
        })
    );
    i.behaviour_justification = "selalu membantu rekan".into();
    let done = sign(&mut s, SITI, Q1, i).unwrap();
    assert_eq!(done.revision, 3, "two ratings, then the signature");
    assert_eq!(entry(&s, SITI, Q1).review.behaviour, Some(AboveExpectation));
}

#[test]
fn the_employee_sees_their_evaluation_once_signed_and_the_line_above_always() {
    let (_dir, mut s) = office();
    as_employee(&mut s, MARIA);
    save(&mut s, DANIEL, Q1, input(Some(AsExpected), None)).unwrap();
    let today = s.today();
    let v = |emp: u64| Viewer {
        role: Role::Appraiser,
        employee: Some(EmployeeId(emp)),
        acting: Vec::new(),
    };
    let draft = entry(&s, DANIEL, Q1);
    assert!(!query::may_view(
        Some(&v(DANIEL)),
        &s.register,
        &draft,
        today
    ));
    assert!(query::may_view(Some(&v(MARIA)), &s.register, &draft, today));
    assert!(query::may_view(
        Some(&v(YOHANES)),
        &s.register,
        &draft,
        today
    ));
    assert!(!query::may_view(Some(&v(SITI)), &s.register, &draft, today));
    sign(
        &mut s,
        DANIEL,
        Q1,
        input(Some(AsExpected), Some(AsExpected)),
    )
    .unwrap();
    let signed = entry(&s, DANIEL, Q1);
    assert!(query::may_view(
        Some(&v(DANIEL)),
        &s.register,
        &signed,
        today
    ));
    assert!(!query::may_view(
        Some(&v(SITI)),
        &s.register,
        &signed,
        today
    ));
    as_admin(&mut s);
    assert!(query::may_view(
        s.viewer.as_ref(),
        &s.register,
        &draft,
        today
    ));
}

#[test]
fn a_plt_signs_as_the_appraiser_and_others_may_not_sign() {
    let (_dir, mut s) = office();
    let ok = input(Some(AsExpected), Some(AsExpected));
    as_employee(&mut s, YOHANES);
    assert_eq!(
        sign(&mut s, SITI, Q1, ok.clone()),
        Err(Refusal::NotAppraiser)
    );
    as_admin(&mut s);
    assert_eq!(
        sign(&mut s, SITI, Q1, ok.clone()),
        Err(Refusal::AdminRatesNobody)
    );
    add_acting(&mut s, AGUS, MARIA, d(2026, 11, 1), d(2026, 12, 31));
    as_employee(&mut s, AGUS);
    sign(&mut s, SITI, Q1, ok).unwrap();
    let e = entry(&s, SITI, Q1);
    let sig = e.review.signature().unwrap();
    assert_eq!(e.review.appraiser, EmployeeId(AGUS));
    assert_eq!(sig.appraiser.employee, EmployeeId(AGUS));
    assert_eq!(sig.appraiser.position, "Analis Sumber Daya Manusia");
    // The superior of the position: the absent supervisor's own supervisor.
    assert_eq!(
        sig.appraiser_superior.as_ref().map(|p| p.employee),
        Some(EmployeeId(YOHANES))
    );
}

#[test]
fn the_panel_shows_the_unit_the_viewer_chose_among_the_rows_units() {
    let (_dir, mut s) = office();
    as_employee(&mut s, YOHANES);
    let viewer = s.viewer.clone();
    let load = |unit| {
        kinerja::app::reviews::load::load(&s, viewer.as_ref(), None, 2026, ReviewKind::Annual, unit)
            .unwrap()
    };
    // Yohanes's reports: Maria heads the section (unit 2), Agus works in the office (unit 1).
    let first = load(None);
    let mut units = first.units.clone();
    units.sort();
    assert_eq!(units, [UnitId(1), UnitId(2)]);
    assert_eq!(first.panel.as_ref().map(|p| p.unit), Some(first.units[0]));
    let other = first.units[1];
    let chosen = load(Some(other));
    assert_eq!(chosen.panel.as_ref().map(|p| p.unit), Some(other));
    // A unit none of the rows works in: the first again.
    let stray = load(Some(UnitId(99)));
    assert_eq!(stray.panel.as_ref().map(|p| p.unit), Some(first.units[0]));
}

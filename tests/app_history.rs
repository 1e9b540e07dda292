//! Riwayat (issue 9, tab 5): one employee's history assembled from plans, evaluations,
//! feedback and the register changes of the audit trail, newest first with a fixed kind order
//! on one day; and who may see whose history.
//!
//! The office (tests/common): Yohanes (1) heads the district; Maria (2) heads the section and
//! reports to Yohanes; Daniel (3) and Siti (4) report to Maria; Agus (5) reports to Yohanes.

mod common;

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

use chrono::NaiveDate;
use kinerja::app::feedback::Command as F;
use kinerja::app::history::query::{self, EntryKind, FieldChange, Item};
use kinerja::app::{Command, CommandError, Services};
use kinerja::domain::feedback::{NoteTone, QuickNote, Session, SessionKind};
use kinerja::domain::review::{Review, ReviewKind, ReviewYear};
use kinerja::domain::{
    AuditAction, Directory, EmployeeId, Grade, PnsRank, Rating, Role, UnitId, Viewer,
};

const YOHANES: EmployeeId = EmployeeId(1);
const MARIA: EmployeeId = EmployeeId(2);
const DANIEL: EmployeeId = EmployeeId(3);
const SITI: EmployeeId = EmployeeId(4);
const AGUS: EmployeeId = EmployeeId(5);

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// 09:00 UTC of a day, in ms.
fn ms(day: NaiveDate) -> i64 {
    day.and_hms_opt(9, 0, 0)
        .unwrap()
        .and_utc()
        .timestamp_millis()
}

/// The small office with a clock the test moves.
fn office() -> (tempfile::TempDir, Services, Arc<AtomicI64>) {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(AtomicI64::new(common::NOW_MS));
    let c = clock.clone();
    let s = common::services_with_office(&dir.path().join("db"))
        .with_clock(move || c.load(Ordering::SeqCst));
    (dir, s, clock)
}

fn viewer(s: &Services, emp: EmployeeId) -> Viewer {
    Viewer {
        role: Role::Appraiser,
        employee: Some(emp),
        acting: s.store.acting_of(emp).unwrap(),
    }
}

fn save_employee(s: &mut Services, change: impl FnOnce(&mut kinerja::domain::Employee)) {
    let mut e = s.register.employee(DANIEL).unwrap().clone();
    change(&mut e);
    s.execute(Command::SaveEmployee(e)).expect("employee saved");
}

fn note(s: &mut Services, day: NaiveDate, text: &str) {
    s.execute(Command::Feedback(F::AddNote {
        employee: DANIEL,
        note: QuickNote {
            id: 0,
            date: day,
            author: MARIA,
            tone: NoteTone::Positive,
            text: text.into(),
            topic: None,
        },
    }))
    .expect("note saved");
}

fn session(s: &mut Services, day: NaiveDate, situation: &str) {
    let mut x = Session::new(day, SessionKind::Coaching, MARIA);
    x.situation = situation.into();
    s.execute(Command::Feedback(F::SaveSession {
        employee: DANIEL,
        year: 2025,
        session: x,
    }))
    .expect("session saved");
}

/// Daniel's two years: a position change in March 2025, a coaching session in June, the
/// 2025 annual evaluation signed on 20/01/2026, a move to Yohanes's unit in February 2026,
/// and on 01/04/2026 a grade change and a quick note on the same day.
fn daniels_years(s: &mut Services, clock: &AtomicI64) {
    clock.store(ms(d(2025, 1, 2)), Ordering::SeqCst);
    approved_plan(s);
    clock.store(ms(d(2025, 3, 10)), Ordering::SeqCst);
    save_employee(s, |e| e.position = "Pengelola Layanan Kependudukan".into());
    clock.store(ms(d(2025, 6, 15)), Ordering::SeqCst);
    session(s, d(2025, 6, 15), "Berkas menumpuk\nsetelah banjir");
    clock.store(ms(d(2026, 1, 20)), Ordering::SeqCst);
    let y = common::signed_annual(
        s,
        DANIEL,
        MARIA,
        2025,
        (Rating::AboveExpectation, Rating::AsExpected),
    );
    s.store
        .save_review_year("test", ms(d(2026, 1, 20)), y, AuditAction::Sign, "")
        .unwrap();
    clock.store(ms(d(2026, 2, 2)), Ordering::SeqCst);
    save_employee(s, |e| {
        e.supervisor = Some(YOHANES);
        e.unit = UnitId(1);
    });
    clock.store(ms(d(2026, 4, 1)), Ordering::SeqCst);
    save_employee(s, |e| e.grade = Grade::Pns(PnsRank::IID));
    note(
        s,
        d(2026, 4, 1),
        "membantu warga di luar jam kerja saat banjir",
    );
    clock.store(common::NOW_MS, Ordering::SeqCst);
}

/// Daniel's 2025 plan, approved, with two RHKs: one numeric indicator (target 150 berkas,
/// realised 100 in segment 1 and 142 in segment 2) and one narrative.
fn approved_plan(s: &mut Services) {
    use kinerja::domain::plan::{
        Direction, Indicator, PlanState, PlannedResult, Realization, RealizedValue, ResultKind,
        Target,
    };
    s.execute(Command::Plans(
        kinerja::app::plans::command::Command::CreateDraft {
            employee: DANIEL,
            year: 2025,
        },
    ))
    .expect("draft");
    let mut p = s
        .store
        .plans_of_employee(DANIEL, Some(2025))
        .unwrap()
        .pop()
        .unwrap();
    let realised = |segment, v| Realization {
        segment,
        value: RealizedValue::Number(v),
        evidence: Default::default(),
        feedback: String::new(),
    };
    let indicator = |target, realizations| Indicator {
        number: 1,
        text: "Berkas selesai".into(),
        aspect: None,
        target,
        unit: "berkas".into(),
        direction: Direction::HigherBetter,
        perspective: None,
        realizations,
    };
    p.results = vec![
        PlannedResult {
            number: 1,
            kind: ResultKind::Main,
            text: "Berkas kependudukan selesai tepat waktu".into(),
            parent_result: None,
            indicators: vec![indicator(
                Target::Number(150.0),
                vec![realised(1, 100.0), realised(2, 142.0)],
            )],
        },
        PlannedResult {
            number: 2,
            kind: ResultKind::Main,
            text: "Warga puas".into(),
            parent_result: None,
            indicators: vec![indicator(Target::Narrative("baik".into()), Vec::new())],
        },
    ];
    p.state = PlanState::Approved;
    s.store
        .save_plan("test", ms(d(2025, 1, 2)), p, AuditAction::Approve, "")
        .unwrap();
}

#[test]
fn the_timeline_is_newest_first_with_one_days_entries_in_kind_order() {
    let (_dir, mut s, clock) = office();
    daniels_years(&mut s, &clock);
    let h = query::history(&s, DANIEL).unwrap();
    let plan_from = s.store.plans_of_employee(DANIEL, Some(2025)).unwrap()[0].from;
    assert!(plan_from < d(2025, 3, 10), "{plan_from}");
    let got: Vec<(NaiveDate, EntryKind)> = h.entries.iter().map(|e| (e.date, e.kind())).collect();
    assert_eq!(
        got,
        vec![
            (d(2026, 4, 1), EntryKind::Change),
            (d(2026, 4, 1), EntryKind::Note),
            (d(2026, 2, 2), EntryKind::Change),
            (d(2026, 1, 20), EntryKind::Evaluation),
            (d(2025, 6, 15), EntryKind::Session),
            (d(2025, 3, 10), EntryKind::Change),
            (plan_from, EntryKind::Plan),
        ]
    );
    // The plan: state, RHKs, the mean capaian of its numeric indicator at its latest
    // realisation (142 of 150: 94.67 %).
    match &h.entries[6].item {
        Item::Plan(p) => {
            assert_eq!(p.state, kinerja::domain::plan::PlanState::Approved);
            assert_eq!(p.results, 2);
            let a = p.achievement.expect("numeric").hundredths();
            assert!((9466..=9467).contains(&a), "{a}");
        }
        other => panic!("not a plan: {other:?}"),
    }
    // What changed, as the audit trail's before/after of the employee record says.
    assert_eq!(
        h.entries[0].item,
        Item::Change(vec![FieldChange::Grade {
            before: Some(Grade::Pns(PnsRank::IIC)),
            after: Some(Grade::Pns(PnsRank::IID)),
        }])
    );
    assert_eq!(
        h.entries[2].item,
        Item::Change(vec![
            FieldChange::Unit {
                before: "Seksi Pemerintahan".into(),
                after: "Kantor Distrik Salor".into(),
            },
            FieldChange::Supervisor {
                before: "Maria Kaize, S.IP.".into(),
                after: "Yohanes Gebze, S.Sos.".into(),
            },
        ])
    );
    assert_eq!(
        h.entries[5].item,
        Item::Change(vec![FieldChange::Position {
            before: "Pengadministrasi Umum".into(),
            after: "Pengelola Layanan Kependudukan".into(),
        }])
    );
    // The evaluation: its year (not its date's), grade and signing day.
    assert_eq!(h.entries[3].year, 2025);
    match &h.entries[3].item {
        Item::Evaluation(v) => {
            assert_eq!(v.kind, ReviewKind::Annual);
            // Di atas ekspektasi + sesuai ekspektasi: Baik (the matrix).
            assert_eq!(v.grade, Some(kinerja::domain::PerformanceGrade::Good));
            assert_eq!(v.signed_on, Some(d(2026, 1, 20)));
        }
        other => panic!("not an evaluation: {other:?}"),
    }
    // The chart's grades and the feedback per quarter of both years (4 + 4 segments).
    assert_eq!(h.grades.len(), 1);
    assert_eq!(h.grades[0].year, 2025);
    let counts: Vec<(i32, u8, usize)> = h
        .feedback
        .iter()
        .map(|c| (c.year, c.segment, c.count))
        .collect();
    assert_eq!(
        counts,
        vec![
            (2025, 1, 0),
            (2025, 2, 1),
            (2025, 3, 0),
            (2025, 4, 0),
            (2026, 1, 0),
            (2026, 2, 1),
            (2026, 3, 0),
            (2026, 4, 0),
        ]
    );
    // The search text of the session holds every line of its situation.
    assert_eq!(
        h.entries[4].search_text().as_deref(),
        Some("Berkas menumpuk\nsetelah banjir")
    );
}

#[test]
fn a_save_that_changes_no_tracked_field_is_not_on_the_timeline() {
    let (_dir, mut s, clock) = office();
    clock.store(ms(d(2026, 5, 5)), Ordering::SeqCst);
    save_employee(&mut s, |e| e.phone = "081234567890".into());
    let h = query::history(&s, DANIEL).unwrap();
    assert!(h.entries.is_empty(), "{:?}", h.entries);
}

#[test]
fn a_supervisor_sees_their_line_an_employee_themselves_an_admin_everyone() {
    let (_dir, mut s, _clock) = office();
    let sees = |s: &mut Services, who: Option<Viewer>, whom: EmployeeId| {
        s.viewer = who;
        match query::history(s, whom) {
            Ok(h) => {
                assert_eq!(h.employee, whom);
                true
            }
            Err(CommandError::Forbidden) => false,
            Err(e) => panic!("{e:?}"),
        }
    };
    let maria = Some(viewer(&s, MARIA));
    let yohanes = Some(viewer(&s, YOHANES));
    let daniel = Some(viewer(&s, DANIEL));
    let agus = Some(viewer(&s, AGUS));
    let admin = Some(Viewer {
        role: Role::Admin,
        employee: None,
        acting: Vec::new(),
    });
    assert!(sees(&mut s, maria.clone(), DANIEL));
    assert!(sees(&mut s, maria.clone(), SITI));
    assert!(!sees(&mut s, maria, YOHANES));
    assert!(
        sees(&mut s, yohanes, DANIEL),
        "the line, not only direct reports"
    );
    assert!(sees(&mut s, daniel.clone(), DANIEL));
    assert!(!sees(&mut s, daniel, SITI));
    assert!(!sees(&mut s, agus, DANIEL));
    assert!(sees(&mut s, admin, DANIEL));
}

#[test]
fn an_employee_does_not_see_their_unsigned_evaluation_their_supervisor_does() {
    let (_dir, mut s, _clock) = office();
    let mut r = Review::new(DANIEL, MARIA, 2026, ReviewKind::Periodic(3));
    r.work = Some(Rating::AsExpected);
    let mut y = ReviewYear::new(DANIEL, 2026);
    y.entries.push(kinerja::domain::review::ReviewEntry::new(r));
    s.store
        .save_review_year("test", common::NOW_MS, y, AuditAction::Update, "")
        .unwrap();
    s.viewer = Some(viewer(&s, MARIA));
    let kinds: Vec<EntryKind> = query::history(&s, DANIEL)
        .unwrap()
        .entries
        .iter()
        .map(|e| e.kind())
        .collect();
    assert_eq!(kinds, vec![EntryKind::Evaluation]);
    s.viewer = Some(viewer(&s, DANIEL));
    assert!(query::history(&s, DANIEL).unwrap().entries.is_empty());
}

#[test]
fn the_people_to_page_through_follow_the_viewers_line() {
    let (_dir, s, _clock) = office();
    let today = d(2026, 11, 28);
    let people = |v: Option<Viewer>| query::people(&s.register, v.as_ref(), today);
    assert_eq!(people(Some(viewer(&s, MARIA))), vec![DANIEL, SITI]);
    // Yohanes: his reports by name, each followed by their own line.
    assert_eq!(
        people(Some(viewer(&s, YOHANES))),
        vec![AGUS, MARIA, DANIEL, SITI]
    );
    assert_eq!(people(Some(viewer(&s, DANIEL))), vec![DANIEL]);
    // The operator (and an admin): everyone active, by name.
    assert_eq!(people(None), vec![AGUS, DANIEL, MARIA, SITI, YOHANES]);
}

/// Five years of about 40 entries each (sessions with follow-ups, notes), four evaluation
/// years and the audit entries of all those saves: every entry on the timeline and the
/// feedback counted per segment. (Its speed is measured by `cargo bench --bench feedback`,
/// not here.)
#[test]
fn five_years_of_forty_entries_all_on_the_timeline() {
    let (_dir, s, _clock) = office();
    let mut years = Vec::new();
    for year in 2022..=2026 {
        let mut y = kinerja::domain::feedback::FeedbackYear::new(DANIEL, year);
        for i in 0..40u32 {
            let day = d(year, 1 + i % 12, 1 + i % 28);
            if i % 4 == 0 {
                let mut x = Session::new(day, SessionKind::Monitoring, MARIA);
                x.id = y.take_id();
                x.situation = format!("Pemantauan ke-{i}: berkas dan antrean layanan");
                x.follow_ups.push(kinerja::domain::feedback::FollowUp {
                    item: "cek mingguan".into(),
                    due: Some(day),
                    ..Default::default()
                });
                y.put_session(x);
            } else {
                let n = QuickNote {
                    id: y.take_id(),
                    date: day,
                    author: MARIA,
                    tone: NoteTone::Positive,
                    text: format!("catatan ke-{i}"),
                    topic: None,
                };
                y.put_note(n);
            }
        }
        years.push(y);
    }
    s.store
        .import_feedback(years, "test", common::NOW_MS)
        .unwrap();
    for year in 2022..=2025 {
        let y = common::signed_annual(
            &s,
            DANIEL,
            MARIA,
            year,
            (Rating::AsExpected, Rating::AsExpected),
        );
        s.store
            .save_review_year("test", common::NOW_MS, y, AuditAction::Sign, "")
            .unwrap();
    }
    let h = query::history(&s, DANIEL).unwrap();
    assert_eq!(h.entries.len(), 5 * 40 + 4);
    assert_eq!(h.feedback.len(), 5 * 4);
    assert_eq!(h.feedback.iter().map(|c| c.count).sum::<usize>(), 200);
}

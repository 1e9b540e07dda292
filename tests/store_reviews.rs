//! Evaluations (review years) and unit grades in the store: one record per employee and year
//! under `V`, one per unit and year under `G`; revisions; audit summaries; the bulk writer on
//! both commit paths; an older database reads as having none.

mod store_support;

use chrono::NaiveDate;
use kinerja::domain::appraisal::{OrgGrade, PerformanceGrade, Rating};
use kinerja::domain::review::audit::{ReviewAudit, ReviewEvent, UnitGradeAudit};
use kinerja::domain::review::evaluation::{DistributionGate, RatingField, SignedPeople};
use kinerja::domain::review::objection;
use kinerja::domain::review::{ReviewKind, ReviewYear, UnitGrade};
use kinerja::domain::{AuditAction, EmployeeId, RecordKind, UnitId};
use kinerja::store::{Store, StoreError};
use store_support::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn person(id: u64) -> kinerja::domain::plan::PersonSnapshot {
    let e = employee(id, (id as u32).max(1), &format!("Pegawai {id}"), 2, Some(1));
    kinerja::domain::plan::PersonSnapshot::of(&e, "Puskesmas Salor")
}

/// Employee `emp`'s year with a signed first quarter (As/As), received and objected to, and
/// an annual draft.
fn year_of(emp: u64, year: i32) -> ReviewYear {
    let mut y = ReviewYear::new(EmployeeId(emp), year);
    let q1 = y.entry_or_new(ReviewKind::Periodic(1), EmployeeId(1));
    q1.review
        .set_rating(RatingField::WorkResult, Some(Rating::AsExpected))
        .unwrap();
    q1.review
        .set_rating(RatingField::Behaviour, Some(Rating::AsExpected))
        .unwrap();
    q1.review
        .set_feedback(kinerja::domain::CoreValue::ALL[0], "ramah melayani")
        .unwrap();
    q1.review
        .sign(
            d(year, 4, 10),
            SignedPeople {
                employee: person(emp),
                appraiser: person(1),
                appraiser_superior: None,
            },
            None,
            DistributionGate::Clear,
        )
        .unwrap();
    q1.received_on = Some(d(year, 4, 11));
    q1.objection =
        Some(objection::file(&q1.review, d(year, 4, 11), d(year, 4, 20), "alasan", 14).unwrap());
    let annual = y.entry_or_new(ReviewKind::Annual, EmployeeId(1));
    annual.review.work = Some(Rating::AboveExpectation);
    annual.review.work_justification = "melampaui target".into();
    y
}

#[test]
fn a_review_year_round_trips_with_its_revision_and_a_stale_save_is_refused() {
    let (_dir, path) = temp_db();
    let store = Store::open(&path).unwrap();
    seed(&store);
    assert_eq!(store.review_year(EmployeeId(2), 2025).unwrap(), None);

    let y = year_of(2, 2025);
    let (saved, entry) = store
        .save_review_year("maria", 10, y.clone(), AuditAction::Create, "")
        .unwrap();
    assert_eq!(saved.revision, 1);
    assert_eq!(
        store.review_year(EmployeeId(2), 2025).unwrap(),
        Some(saved.clone())
    );
    assert_eq!(
        store
            .review_year(EmployeeId(2), 2025)
            .unwrap()
            .unwrap()
            .final_grade(ReviewKind::Periodic(1)),
        Some(PerformanceGrade::Good)
    );
    assert_eq!(entry.record.kind, RecordKind::Review);
    assert_eq!(entry.record.id, 2);
    assert_eq!(entry.before, None);

    // The old revision again: someone saved meanwhile.
    match store.save_review_year("maria", 11, y, AuditAction::Update, "") {
        Err(StoreError::StaleRevision {
            kind: RecordKind::Review,
            id: 2,
            expected: 0,
            found: Some(1),
            by: None,
        }) => {}
        other => panic!("expected StaleRevision, got {other:?}"),
    }
    let mut next = saved.clone();
    next.get_mut(ReviewKind::Annual).unwrap().review.behaviour = Some(Rating::AsExpected);
    let (again, _) = store
        .save_review_year("maria", 12, next, AuditAction::Update, "")
        .unwrap();
    assert_eq!(again.revision, 2);

    // Survives a reopen of the database.
    drop(store);
    let store = Store::open(&path).unwrap();
    assert_eq!(store.review_year(EmployeeId(2), 2025).unwrap(), Some(again));
}

#[test]
fn review_years_come_by_employee_in_year_order_and_unit_grades_by_unit_and_year() {
    let (_dir, path) = temp_db();
    let store = Store::open(&path).unwrap();
    seed(&store);
    for (emp, year) in [(2, 2026), (2, 2024), (3, 2025), (2, 2025)] {
        store
            .save_review_year("t", 1, year_of(emp, year), AuditAction::Create, "")
            .unwrap();
    }
    let years: Vec<i32> = store
        .review_years(EmployeeId(2))
        .unwrap()
        .iter()
        .map(|y| y.year)
        .collect();
    assert_eq!(years, [2024, 2025, 2026]);
    assert_eq!(store.review_years(EmployeeId(3)).unwrap().len(), 1);
    assert!(store.review_years(EmployeeId(1)).unwrap().is_empty());

    let g = UnitGrade {
        unit: UnitId(2),
        year: 2025,
        grade: OrgGrade::Good,
        decree: "800/1/2025".into(),
        set_by: Some(EmployeeId(1)),
        set_on: d(2026, 1, 5),
        revision: 0,
    };
    let (stored, entry) = store
        .save_unit_grade("maria", 5, g.clone(), AuditAction::Create, "800/1/2025")
        .unwrap();
    assert_eq!(stored.revision, 1);
    assert_eq!(store.unit_grade(UnitId(2), 2025).unwrap(), Some(stored));
    assert_eq!(store.unit_grade(UnitId(2), 2024).unwrap(), None);
    assert_eq!(store.unit_grade(UnitId(1), 2025).unwrap(), None);
    assert_eq!(entry.record.kind, RecordKind::UnitGrade);
    let summary: UnitGradeAudit = serde_json::from_str(entry.after.as_deref().unwrap()).unwrap();
    assert_eq!(summary.unit_name, "Puskesmas Salor");
    assert_eq!(summary.before, None);
    assert_eq!(summary.grade, OrgGrade::Good);
    assert_eq!(summary.set_by.unwrap().name, "dr. Maria Gebze, M.Kes.");
    assert!(matches!(
        store.save_unit_grade("maria", 6, g, AuditAction::Update, ""),
        Err(StoreError::StaleRevision { .. })
    ));
}

#[test]
fn the_two_new_keys_are_v_employee_year_and_g_unit_year() {
    let (_dir, path) = temp_db();
    {
        let store = Store::open(&path).unwrap();
        seed(&store);
        store
            .save_review_year("t", 1, year_of(3, 2025), AuditAction::Create, "")
            .unwrap();
        let g = UnitGrade {
            unit: UnitId(2),
            year: 2025,
            grade: OrgGrade::Outstanding,
            decree: String::new(),
            set_by: None,
            set_on: d(2026, 1, 5),
            revision: 0,
        };
        store
            .save_unit_grade("t", 1, g, AuditAction::Create, "")
            .unwrap();
    }
    let year = ((2025u32) ^ 0x8000_0000).to_be_bytes();
    let mut v = vec![b'V'];
    v.extend_from_slice(&3u64.to_be_bytes());
    v.extend_from_slice(&year);
    let mut g = vec![b'G'];
    g.extend_from_slice(&2u64.to_be_bytes());
    g.extend_from_slice(&year);
    let data: Vec<(Vec<u8>, Vec<u8>)> = dump(&path)
        .into_iter()
        .filter(|(t, k, _)| t == "data" && matches!(k.first(), Some(b'V' | b'G')))
        .map(|(_, k, v)| (k, v))
        .collect();
    let found: Vec<&Vec<u8>> = data.iter().map(|(k, _)| k).collect();
    assert_eq!(found, [&g, &v], "exactly one record key each");
    // Versioned envelopes of kinds 11 and 12.
    assert_eq!(&data[0].1[..2], &[b'K', 12]);
    assert_eq!(&data[1].1[..2], &[b'K', 11]);
}

#[test]
fn the_audit_entry_is_a_summary_naming_the_people_and_what_changed() {
    let (_dir, path) = temp_db();
    let store = Store::open(&path).unwrap();
    seed(&store);
    let (saved, entry) = store
        .save_review_year("maria", 10, year_of(2, 2025), AuditAction::Create, "")
        .unwrap();
    let a: ReviewAudit = serde_json::from_str(entry.after.as_deref().unwrap()).unwrap();
    assert_eq!(a.year, 2025);
    assert_eq!(a.employee.employee, EmployeeId(2));
    assert_eq!(a.employee.name, "dr. Budi Santoso, M.Kes.");
    assert_eq!(a.appraiser.as_ref().unwrap().employee, EmployeeId(1));
    let q1 = ReviewKind::Periodic(1);
    for e in [
        ReviewEvent::Created { kind: q1 },
        ReviewEvent::Signed {
            kind: q1,
            grade: PerformanceGrade::Good,
        },
        ReviewEvent::Received {
            kind: q1,
            on: d(2025, 4, 11),
        },
        ReviewEvent::ObjectionFiled {
            kind: q1,
            on: d(2025, 4, 20),
        },
        ReviewEvent::Created {
            kind: ReviewKind::Annual,
        },
    ] {
        assert!(a.events.contains(&e), "{e:?} in {:?}", a.events);
    }

    // A second save names only what changed.
    let mut next = saved;
    next.get_mut(ReviewKind::Annual).unwrap().review.behaviour = Some(Rating::BelowExpectation);
    let (_, entry) = store
        .save_review_year("maria", 11, next, AuditAction::Update, "")
        .unwrap();
    let a: ReviewAudit = serde_json::from_str(entry.after.as_deref().unwrap()).unwrap();
    assert_eq!(
        a.events,
        [ReviewEvent::Rated {
            kind: ReviewKind::Annual,
            field: RatingField::Behaviour,
            before: None,
            after: Some(Rating::BelowExpectation),
        }]
    );
}

#[test]
fn evaluations_of_an_unknown_employee_are_refused() {
    let (_dir, path) = temp_db();
    let store = Store::open(&path).unwrap();
    seed(&store);
    assert!(store
        .save_review_year("t", 1, year_of(99, 2025), AuditAction::Create, "")
        .is_err());
    assert_eq!(store.review_year(EmployeeId(99), 2025).unwrap(), None);
    assert!(matches!(
        store.save_review_year("t", 1, year_of(0, 2025), AuditAction::Create, ""),
        Err(StoreError::MissingId {
            kind: RecordKind::Review
        })
    ));
}

fn bulk(store: &Store) -> Vec<kinerja::domain::AuditEntry> {
    let years = vec![year_of(3, 2025), year_of(2, 2025), year_of(2, 2024)];
    let grades = vec![UnitGrade {
        unit: UnitId(2),
        year: 2025,
        grade: OrgGrade::Good,
        decree: "SK".into(),
        set_by: None,
        set_on: d(2026, 1, 5),
        revision: 0,
    }];
    store
        .import_reviews(
            "cli:hr",
            7,
            years,
            grades,
            AuditAction::Import,
            "import penilaian",
        )
        .unwrap()
}

#[test]
fn the_bulk_writer_writes_in_key_order_on_both_commit_paths() {
    for large_from in [usize::MAX, 1] {
        let (_dir, path) = temp_db();
        let store = Store::open(&path).unwrap();
        seed(&store);
        store.set_large_commit_from(large_from);
        let entries = bulk(&store);
        let order: Vec<(RecordKind, u64)> = entries
            .iter()
            .map(|e| (e.record.kind, e.record.id))
            .collect();
        assert_eq!(
            order,
            [
                (RecordKind::UnitGrade, 2),
                (RecordKind::Review, 2),
                (RecordKind::Review, 2),
                (RecordKind::Review, 3)
            ],
            "large_from {large_from}"
        );
        assert!(entries.iter().all(|e| e.reason == "import penilaian"));
        assert_eq!(store.review_years(EmployeeId(2)).unwrap().len(), 2);
        assert_eq!(
            store
                .review_year(EmployeeId(3), 2025)
                .unwrap()
                .unwrap()
                .revision,
            1
        );
        // All or nothing: a second import of the same new records is stale as a whole.
        let before = store.audit_len().unwrap();
        let years = vec![year_of(1, 2025), year_of(3, 2025)];
        assert!(store
            .import_reviews("cli:hr", 8, years, Vec::new(), AuditAction::Import, "x")
            .is_err());
        assert_eq!(store.review_year(EmployeeId(1), 2025).unwrap(), None);
        assert_eq!(store.audit_len().unwrap(), before);
    }
}

#[test]
fn an_older_database_has_no_evaluations_and_opens_without_a_bump() {
    use kinerja::store::legacy::write_v4_database;
    let (_dir, path) = temp_db();
    let employees = vec![employee(1, 1, "Maria Gebze", 1, None)];
    let units = vec![unit(1, "Dinas Kesehatan", None)];
    write_v4_database(&path, &employees, &units, &[], &[]).unwrap();
    let store = Store::open(&path).unwrap();
    assert_eq!(
        store.schema_version().unwrap(),
        kinerja::store::SCHEMA_VERSION
    );
    assert_eq!(store.review_year(EmployeeId(1), 2025).unwrap(), None);
    assert!(store.review_years(EmployeeId(1)).unwrap().is_empty());
    assert_eq!(store.unit_grade(UnitId(1), 2025).unwrap(), None);
    store
        .save_review_year("t", 1, year_of(1, 2025), AuditAction::Create, "")
        .unwrap();
    assert_eq!(store.review_years(EmployeeId(1)).unwrap().len(), 1);
}

#[test]
fn the_annual_grade_index_follows_the_signed_and_decided_annual_evaluation() {
    let (_dir, path) = temp_db();
    let store = Store::open(&path).unwrap();
    seed(&store);
    let who = [EmployeeId(2), EmployeeId(3)];
    // year_of has an annual draft: no grade yet.
    let (mut y, _) = store
        .save_review_year("t", 1, year_of(2, 2025), AuditAction::Create, "")
        .unwrap();
    assert_eq!(store.annual_grades(&who, 2025).unwrap(), [None, None]);

    let annual = y.get_mut(ReviewKind::Annual).unwrap();
    annual.review.behaviour = Some(Rating::AsExpected);
    annual
        .review
        .sign(
            d(2026, 1, 10),
            SignedPeople {
                employee: person(2),
                appraiser: person(1),
                appraiser_superior: Some(person(1)),
            },
            None,
            DistributionGate::Clear,
        )
        .unwrap();
    let (mut y, _) = store
        .save_review_year("t", 2, y, AuditAction::Sign, "")
        .unwrap();
    assert_eq!(
        store.annual_grades(&who, 2025).unwrap(),
        [Some((PerformanceGrade::Good, false)), None]
    );
    assert_eq!(store.annual_grades(&who, 2024).unwrap(), [None, None]);

    // An objection decided with other ratings: the index carries the final grade.
    let annual = y.get_mut(ReviewKind::Annual).unwrap();
    let mut o = objection::file(&annual.review, d(2026, 1, 11), d(2026, 1, 12), "x", 14).unwrap();
    o.decide(
        &annual.review,
        EmployeeId(1),
        d(2026, 1, 20),
        objection::Outcome::Changed {
            work: Rating::AboveExpectation,
            behaviour: Rating::AboveExpectation,
        },
        "bukti",
    )
    .unwrap();
    annual.objection = Some(o);
    let (mut y, _) = store
        .save_review_year("t", 3, y, AuditAction::Decide, "")
        .unwrap();
    assert_eq!(
        store.annual_grades(&who, 2025).unwrap()[0],
        Some((PerformanceGrade::VeryGood, true))
    );

    // Reopened (had it no objection) it has no grade again.
    let annual = y.get_mut(ReviewKind::Annual).unwrap();
    annual.objection = None;
    annual
        .review
        .reopen(d(2026, 2, 1), EmployeeId(1), "salah")
        .unwrap();
    store
        .save_review_year("t", 4, y, AuditAction::Reopen, "salah")
        .unwrap();
    assert_eq!(store.annual_grades(&who, 2025).unwrap(), [None, None]);
}

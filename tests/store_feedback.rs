//! Feedback years (dialog kinerja) in the store: one record per employee and year under `F`;
//! revisions; audit summaries; the bulk writer on both commit paths; the `a` index of audit
//! entries per employee and its migration (schema 5 -> 6).

mod store_support;

use chrono::NaiveDate;
use kinerja::domain::feedback::{
    FeedbackAudit, FeedbackEvent, FeedbackYear, FollowUp, NoteTone, QuickNote, Session,
    SessionKind, Topic,
};
use kinerja::domain::{AuditAction, CoreValue, EmployeeId, RecordKind};
use kinerja::store::{Store, StoreError};
use store_support::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// Employee `emp`'s feedback of `year`: one session with a follow-up, one quick note.
fn year_of(emp: u64, year: i32) -> FeedbackYear {
    let mut y = FeedbackYear::new(EmployeeId(emp), year);
    let id = y.take_id();
    y.put_session(Session {
        id,
        situation: "Laporan bulanan terlambat.\nPerlu jadwal tetap.".into(),
        topics: vec![Topic::CoreValue(CoreValue::ALL[1])],
        follow_ups: vec![FollowUp {
            item: "Jadwal laporan".into(),
            due: Some(d(year, 4, 30)),
            ..FollowUp::default()
        }],
        ..Session::new(d(year, 3, 2), SessionKind::Coaching, EmployeeId(1))
    });
    let id = y.take_id();
    y.put_note(QuickNote {
        id,
        date: d(year, 3, 9),
        author: EmployeeId(1),
        tone: NoteTone::Positive,
        text: "Membantu rekan tanpa diminta".into(),
        topic: None,
    });
    y
}

#[test]
fn a_feedback_year_round_trips_and_a_stale_save_is_refused() {
    let (_dir, path) = temp_db();
    let store = Store::open(&path).unwrap();
    seed(&store);
    assert_eq!(store.feedback_year(EmployeeId(2), 2026).unwrap(), None);
    let y = year_of(2, 2026);
    let saved = store
        .save_feedback_year("maria", 10, y.clone(), AuditAction::Create, "")
        .unwrap();
    assert_eq!(saved.revision, 1);
    assert_eq!(saved.sessions, y.sessions);
    assert_eq!(
        store.feedback_year(EmployeeId(2), 2026).unwrap(),
        Some(saved.clone())
    );
    // The audit entry: the employee's id, the summary naming them and what was added.
    let trail = store.audit_trail().unwrap();
    let entry = trail.last().unwrap();
    assert_eq!(entry.record.kind, RecordKind::Feedback);
    assert_eq!(entry.record.id, 2);
    let sum: FeedbackAudit = serde_json::from_str(entry.after.as_deref().unwrap()).unwrap();
    assert_eq!(sum.employee.name, "dr. Budi Santoso, M.Kes.");
    assert_eq!(sum.year, 2026);
    assert_eq!(
        sum.events,
        [
            FeedbackEvent::SessionAdded {
                id: 1,
                date: d(2026, 3, 2),
                kind: SessionKind::Coaching
            },
            FeedbackEvent::NoteAdded {
                id: 2,
                date: d(2026, 3, 9),
                tone: NoteTone::Positive
            }
        ]
    );
    // A save from the old revision (0) is stale; from the stored one it goes through.
    let err = store
        .save_feedback_year("maria", 11, y, AuditAction::Update, "")
        .unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::StaleRevision {
                kind: RecordKind::Feedback,
                id: 2,
                expected: 0,
                found: Some(1),
                by: None,
            }
        ),
        "{err:?}"
    );
    let mut next = saved.clone();
    next.notes.clear();
    let again = store
        .save_feedback_year("maria", 12, next, AuditAction::Update, "")
        .unwrap();
    assert_eq!(again.revision, 2);
    assert!(store
        .feedback_year(EmployeeId(2), 2026)
        .unwrap()
        .unwrap()
        .notes
        .is_empty());
    // Years in year order, other employees apart.
    store
        .save_feedback_year("maria", 13, year_of(2, 2025), AuditAction::Create, "")
        .unwrap();
    store
        .save_feedback_year("maria", 14, year_of(3, 2024), AuditAction::Create, "")
        .unwrap();
    let years: Vec<i32> = store
        .feedback_years(EmployeeId(2))
        .unwrap()
        .iter()
        .map(|y| y.year)
        .collect();
    assert_eq!(years, [2025, 2026]);
}

#[test]
fn feedback_of_an_unknown_employee_is_refused() {
    let (_dir, path) = temp_db();
    let store = Store::open(&path).unwrap();
    seed(&store);
    let before = store.audit_len().unwrap();
    assert!(store
        .save_feedback_year("t", 1, year_of(99, 2026), AuditAction::Create, "")
        .is_err());
    assert_eq!(store.audit_len().unwrap(), before);
}

#[test]
fn the_import_is_all_or_nothing_on_both_commit_paths() {
    for large_from in [usize::MAX, 1] {
        let (_dir, path) = temp_db();
        let store = Store::open(&path).unwrap();
        seed(&store);
        store.set_large_commit_from(large_from);
        let entries = store
            .import_feedback(
                vec![year_of(3, 2026), year_of(2, 2026), year_of(2, 2025)],
                "cli:hr",
                7,
            )
            .unwrap();
        let order: Vec<(u64, i32)> = entries
            .iter()
            .map(|e| {
                let s: FeedbackAudit = serde_json::from_str(e.after.as_deref().unwrap()).unwrap();
                (e.record.id, s.year)
            })
            .collect();
        assert_eq!(order, [(2, 2025), (2, 2026), (3, 2026)], "key order");
        assert!(entries.iter().all(|e| e.action == AuditAction::Import));
        assert_eq!(store.feedback_years(EmployeeId(2)).unwrap().len(), 2);
        // A second import holding one new and one existing (revision 0) record: nothing.
        let before = store.audit_len().unwrap();
        assert!(store
            .import_feedback(vec![year_of(1, 2026), year_of(3, 2026)], "cli:hr", 8)
            .is_err());
        assert_eq!(store.feedback_year(EmployeeId(1), 2026).unwrap(), None);
        assert_eq!(
            store.audit_len().unwrap(),
            before,
            "large_from {large_from}"
        );
    }
}

#[test]
fn audit_of_an_employee_lists_their_entries_in_order() {
    let (_dir, path) = temp_db();
    let store = Store::open(&path).unwrap();
    seed(&store);
    store
        .save_feedback_year("t", 5, year_of(2, 2026), AuditAction::Create, "")
        .unwrap();
    store
        .save_plan(
            "t",
            6,
            plan(1, 2, Some(1), 2026, &[None]),
            AuditAction::Create,
            "",
        )
        .unwrap();
    store
        .save_feedback_year("t", 7, year_of(3, 2026), AuditAction::Create, "")
        .unwrap();
    let mut budi = employee(2, 2, "Budi Santoso", 2, Some(3));
    budi.position = "Pranata Komputer".into();
    budi.revision = 1; // as seeded
    store
        .commit("t", 8, vec![save_employee(&budi, AuditAction::Update)])
        .unwrap();
    let kinds: Vec<(RecordKind, i64)> = store
        .audit_of_employee(EmployeeId(2))
        .unwrap()
        .iter()
        .map(|e| (e.record.kind, e.at_ms))
        .collect();
    assert_eq!(
        kinds,
        [
            (RecordKind::Employee, 1_000),
            (RecordKind::Feedback, 5),
            (RecordKind::Plan, 6),
            (RecordKind::Employee, 8)
        ]
    );
    let of_3: Vec<RecordKind> = store
        .audit_of_employee(EmployeeId(3))
        .unwrap()
        .iter()
        .map(|e| e.record.kind)
        .collect();
    assert_eq!(of_3, [RecordKind::Employee, RecordKind::Feedback]);
    assert!(store.audit_of_employee(EmployeeId(42)).unwrap().is_empty());
}

/// A schema 5 database (as the previous build wrote it: no `a` index, version 5) gets the
/// index built from its audit trail when this build opens it.
#[test]
fn a_schema_5_database_gets_the_employee_audit_index() {
    let (_dir, path) = temp_db();
    {
        let store = Store::open(&path).unwrap();
        seed(&store);
        store
            .save_plan(
                "t",
                6,
                plan(1, 2, Some(1), 2026, &[None]),
                AuditAction::Create,
                "",
            )
            .unwrap();
        store
            .save_feedback_year("t", 7, year_of(3, 2026), AuditAction::Create, "")
            .unwrap();
    }
    let want = {
        let store = Store::open(&path).unwrap();
        (1..=3)
            .map(|e| store.audit_of_employee(EmployeeId(e)).unwrap())
            .collect::<Vec<_>>()
    };
    assert_eq!(want[1].len(), 2, "employee 2: created, plan");
    assert_eq!(want[2].len(), 2, "employee 3: created, feedback");
    // Back to what schema 5 wrote: no `a` keys, version 5.
    {
        let db = raw_sled(&path);
        let data = db.open_tree("data").unwrap();
        let keys: Vec<_> = data.scan_prefix(b"a").map(|kv| kv.unwrap().0).collect();
        assert_eq!(keys.len(), 5);
        for k in keys {
            data.remove(k).unwrap();
        }
        db.open_tree("meta")
            .unwrap()
            .insert("schema_version", &5u32.to_be_bytes()[..])
            .unwrap();
        db.flush().unwrap();
    }
    {
        let store = Store::open(&path).unwrap();
        assert_eq!(store.schema_version().unwrap(), 8);
        let got: Vec<_> = (1..=3)
            .map(|e| store.audit_of_employee(EmployeeId(e)).unwrap())
            .collect();
        assert_eq!(got, want);
    }
    let db = raw_sled(&path);
    assert_eq!(
        db.open_tree("data").unwrap().scan_prefix(b"a").count(),
        5,
        "one index key per entry about an employee"
    );
}

#[test]
fn a_schema_4_database_is_migrated_through_to_the_audit_index() {
    use kinerja::store::legacy::write_v4_database;
    let (_dir, path) = temp_db();
    let employees = vec![
        employee(1, 1, "Maria Gebze", 1, None),
        employee(2, 2, "Budi Santoso", 1, Some(1)),
    ];
    let units = vec![unit(1, "Dinas Kesehatan", None)];
    let plans = [plan(4, 2, Some(1), 2025, &[None])];
    write_v4_database(&path, &employees, &units, &[], &plans).unwrap();
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), 8);
    let of_2: Vec<RecordKind> = store
        .audit_of_employee(EmployeeId(2))
        .unwrap()
        .iter()
        .map(|e| e.record.kind)
        .collect();
    assert_eq!(of_2, [RecordKind::Employee, RecordKind::Plan]);
    assert_eq!(store.feedback_years(EmployeeId(2)).unwrap(), []);
}

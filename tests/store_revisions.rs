//! Employee revisions (issue 10): a save based on an older revision is refused inside the
//! commit, naming who saved the record last and when; databases of before schema 7 read their
//! employees as revision 0.

mod store_support;

use kinerja::domain::{AuditAction, EmployeeId, RecordKind};
use kinerja::store::legacy::write_v4_database;
use kinerja::store::{ChangedBy, Store, StoreError};
use store_support::*;

#[test]
fn two_saves_from_the_same_base_the_second_is_refused_with_who_and_when() {
    let (_dir, path) = temp_db();
    let store = Store::open(&path).unwrap();
    seed(&store);
    let base = store.employee(EmployeeId(2)).unwrap().unwrap();
    assert_eq!(base.revision, 1, "created at revision 1");

    // Maria saves first.
    let mut first = base.clone();
    first.phone = "0812 1111".into();
    store
        .commit(
            "maria",
            1_700_000_000_000,
            vec![save_employee(&first, AuditAction::Update)],
        )
        .unwrap();
    let stored = store.employee(EmployeeId(2)).unwrap().unwrap();
    assert_eq!(stored.revision, 2);
    assert_eq!(stored.phone, "0812 1111");
    let audit_len = store.audit_len().unwrap();

    // Budi's save was based on the same revision 1: refused, nothing written.
    let mut second = base.clone();
    second.email = "budi@example.go.id".into();
    let err = store
        .commit(
            "budi",
            1_700_000_060_000,
            vec![save_employee(&second, AuditAction::Update)],
        )
        .unwrap_err();
    match err {
        StoreError::StaleRevision {
            kind,
            id,
            expected,
            found,
            by,
        } => {
            assert_eq!(kind, RecordKind::Employee);
            assert_eq!(id, 2);
            assert_eq!(expected, 1);
            assert_eq!(found, Some(2));
            assert_eq!(
                by,
                Some(ChangedBy {
                    actor: "maria".into(),
                    at_ms: 1_700_000_000_000,
                })
            );
        }
        other => panic!("expected StaleRevision, got {other:?}"),
    }
    assert_eq!(store.employee(EmployeeId(2)).unwrap(), Some(stored.clone()));
    assert_eq!(store.audit_len().unwrap(), audit_len);

    // Based on the stored revision it goes through.
    second.revision = stored.revision;
    store
        .commit(
            "budi",
            1_700_000_090_000,
            vec![save_employee(&second, AuditAction::Update)],
        )
        .unwrap();
    assert_eq!(store.employee(EmployeeId(2)).unwrap().unwrap().revision, 3);
}

#[test]
fn who_and_when_is_the_employee_record_s_own_entry_not_a_plan_s() {
    let (_dir, path) = temp_db();
    let store = Store::open(&path).unwrap();
    seed(&store);
    // A later entry about employee 2 that is not their employee record.
    store
        .save_plan(
            "siti",
            5_000,
            plan(1, 2, Some(1), 2026, &[None]),
            AuditAction::Create,
            "",
        )
        .unwrap();
    let mut stale = store.employee(EmployeeId(2)).unwrap().unwrap();
    stale.revision = 0;
    stale.phone = "1".into();
    match store.commit("x", 6_000, vec![save_employee(&stale, AuditAction::Update)]) {
        Err(StoreError::StaleRevision { by, .. }) => assert_eq!(
            by,
            Some(ChangedBy {
                actor: "tester".into(),
                at_ms: 1_000,
            })
        ),
        other => panic!("expected StaleRevision, got {other:?}"),
    }
}

#[test]
fn a_new_employee_under_a_taken_id_is_refused() {
    let (_dir, path) = temp_db();
    let store = Store::open(&path).unwrap();
    seed(&store);
    // Revision 0 means "not stored yet": another record under id 3 is stale.
    let e = employee(3, 9, "Orang Lain", 1, None);
    assert!(matches!(
        store.commit("x", 2_000, vec![save_employee(&e, AuditAction::Create)]),
        Err(StoreError::StaleRevision {
            expected: 0,
            found: Some(1),
            ..
        })
    ));
}

/// Employee envelopes (bytes 2..4 of every `E` value).
fn envelope_versions(path: &std::path::Path) -> Vec<u16> {
    raw_sled(path)
        .open_tree("data")
        .unwrap()
        .scan_prefix(b"E")
        .map(|kv| {
            let v = kv.unwrap().1;
            u16::from_be_bytes([v[2], v[3]])
        })
        .collect()
}

#[test]
fn an_older_database_reads_its_employees_as_revision_0_and_checks_them() {
    let (_dir, path) = temp_db();
    let employees = vec![
        employee(1, 1, "Maria Gebze", 1, None),
        employee(2, 2, "Budi Santoso", 1, Some(1)),
    ];
    let units = vec![unit(1, "Dinas Kesehatan", None)];
    // Written as schemas 2 to 6 wrote employees: envelope version 2, no revision.
    write_v4_database(&path, &employees, &units, &[], &[]).unwrap();
    assert_eq!(envelope_versions(&path), [2, 2]);

    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), 8);
    // Read as they were, at revision 0; not rewritten by the migration.
    assert_eq!(store.employees().unwrap(), employees);
    assert_eq!(store.units().unwrap(), units);
    assert_eq!(store.units().unwrap()[0].revision, 0);
    drop(store);
    assert_eq!(envelope_versions(&path), [2, 2]);

    let store = Store::open(&path).unwrap();
    let mut e = store.employee(EmployeeId(2)).unwrap().unwrap();
    e.position = "Perawat Ahli".into();
    store
        .commit("maria", 7_000, vec![save_employee(&e, AuditAction::Update)])
        .unwrap();
    let stored = store.employee(EmployeeId(2)).unwrap().unwrap();
    assert_eq!(stored.revision, 1);
    assert_eq!(stored.position, "Perawat Ahli");
    // A second save from revision 0 is refused, naming the first.
    e.position = "Perawat Terampil".into();
    match store.commit("budi", 8_000, vec![save_employee(&e, AuditAction::Update)]) {
        Err(StoreError::StaleRevision { by, found, .. }) => {
            assert_eq!(found, Some(1));
            assert_eq!(
                by,
                Some(ChangedBy {
                    actor: "maria".into(),
                    at_ms: 7_000,
                })
            );
        }
        other => panic!("expected StaleRevision, got {other:?}"),
    }
    drop(store);
    assert_eq!(
        envelope_versions(&path),
        [2, 3],
        "the saved one at version 3"
    );
    let store = Store::open(&path).unwrap();
    assert_eq!(store.employee(EmployeeId(1)).unwrap().unwrap().revision, 0);
    assert_eq!(store.employee(EmployeeId(2)).unwrap().unwrap(), stored);
}

#[test]
fn a_unit_saved_from_an_older_revision_is_refused_with_who_and_when() {
    let (_dir, path) = temp_db();
    let store = Store::open(&path).unwrap();
    seed(&store);
    let base = store.units().unwrap().remove(1);
    assert_eq!((base.id.0, base.revision), (2, 1));
    let mut first = base.clone();
    first.name = "Puskesmas Salor Baru".into();
    store
        .commit("maria", 9_000, vec![save_unit(&first, AuditAction::Update)])
        .unwrap();
    let mut second = base;
    second.head = Some(EmployeeId(2));
    match store.commit("budi", 9_500, vec![save_unit(&second, AuditAction::Update)]) {
        Err(StoreError::StaleRevision {
            kind: RecordKind::Unit,
            id: 2,
            expected: 1,
            found: Some(2),
            by,
        }) => assert_eq!(
            by,
            Some(ChangedBy {
                actor: "maria".into(),
                at_ms: 9_000,
            })
        ),
        other => panic!("expected StaleRevision, got {other:?}"),
    }
    let stored = store.units().unwrap().remove(1);
    assert_eq!(stored, first.saved());
    assert_eq!(stored.head, None);
}

//! A commit that fails part way leaves nothing behind: no record, no index entry, no audit
//! entry, no counter change.

mod store_support;

use kinerja::domain::{AuditAction, EmployeeId, RecordKind, UnitId};
use kinerja::store::{Store, StoreError};
use store_support::*;

/// Everything a commit could touch, to compare before and after.
fn snapshot(store: &Store) -> impl PartialEq + std::fmt::Debug {
    (
        store.employees().unwrap(),
        store.units().unwrap(),
        store.audit_trail().unwrap(),
        [1, 2, 3, 4, 20].map(|s| store.employee_id_by_nip(&nip(s)).unwrap()),
        [1, 2, 3].map(|u| store.employees_in_unit(UnitId(u)).unwrap()),
        [1, 2, 3].map(|s| store.subordinates_of(EmployeeId(s)).unwrap()),
        ["budi", "maria", "yohana", "agus"].map(|n| store.employees_by_name_prefix(n).unwrap()),
    )
}

#[test]
fn duplicate_nip_at_the_end_rolls_back_everything() {
    let (_dir, path) = temp_db();
    let before;
    {
        let store = Store::open(&path).unwrap();
        seed(&store);
        before = snapshot(&store);

        let mut moved = store.employee(EmployeeId(2)).unwrap().unwrap();
        moved.nip = nip(20);
        moved.unit = UnitId(1);
        moved.supervisor = Some(EmployeeId(3));
        moved.name.name = "Agustina Ndiken".into();
        let new_unit = unit(3, "Puskesmas Okaba", Some(1));
        // Takes the NIP employee 1 keeps: the commit must fail after everything else ran.
        let thief = employee(4, 1, "Yohana Mahuze", 3, Some(1));
        let err = store
            .commit(
                "tester",
                2_000,
                vec![
                    save_employee(&moved, AuditAction::Update),
                    save_unit(&new_unit, AuditAction::Create),
                    save_employee(&thief, AuditAction::Create),
                ],
            )
            .unwrap_err();
        match err {
            StoreError::DuplicateNip { nip: n, holder } => {
                assert_eq!(n, nip(1).as_str());
                assert_eq!(holder, 1);
            }
            other => panic!("expected DuplicateNip, got {other:?}"),
        }
        assert_eq!(snapshot(&store), before);
        // The id counters were not raised by the failed commit (seed used ids up to 3).
        assert_eq!(store.next_id(RecordKind::Employee).unwrap(), 4);
        assert_eq!(store.next_id(RecordKind::Unit).unwrap(), 3);
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(snapshot(&store), before);
}

#[test]
fn record_without_id_in_the_middle_rolls_back_everything() {
    let (_dir, path) = temp_db();
    let store = Store::open(&path).unwrap();
    seed(&store);
    let before = snapshot(&store);
    let mut e = store.employee(EmployeeId(3)).unwrap().unwrap();
    e.nip = nip(4);
    let err = store
        .commit(
            "tester",
            2_000,
            vec![
                save_employee(&e, AuditAction::Update),
                save_unit(&unit(0, "Tanpa id", None), AuditAction::Create),
                save_employee(&employee(9, 9, "Yohana", 1, None), AuditAction::Create),
            ],
        )
        .unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::MissingId {
                kind: RecordKind::Unit
            }
        ),
        "{err:?}"
    );
    assert_eq!(snapshot(&store), before);
    // The store is still usable afterwards and audit seqs continue without a gap.
    let written = store
        .commit(
            "tester",
            3_000,
            vec![save_employee(&e, AuditAction::Update)],
        )
        .unwrap();
    assert_eq!(written[0].seq, 6);
}

//! Large commits (CSV import) take another path than small ones: planned in memory, then
//! written under an undo journal. Both must write the same thing, and be all or nothing.

mod store_support;

use kinerja::domain::{AuditAction, Employee, EmployeeId, Nip, RecordKind, UnitId};
use kinerja::store::{Change, Store, StoreError, TestFault};
use store_support::*;

/// A NIP for employee `i` of a large batch (the store does not validate NIPs).
fn many_nip(i: u64) -> Nip {
    Nip::from_trusted(format!("{:018}", 199_001_012_015_011_000u64 + i))
}

fn batch_employee(i: u64) -> Employee {
    let mut e = employee(i, 1, &format!("Pegawai {i}"), 1 + i % 2, Some(1));
    e.nip = many_nip(i);
    e
}

/// 300 new employees (ids 10..310) and changes to the seeded ones.
fn import(store: &Store) -> Vec<Change> {
    let mut changes: Vec<Change> = (10..310)
        .map(|i| save_employee(&batch_employee(i), AuditAction::Import))
        .collect();
    let mut a = store.employee(EmployeeId(2)).unwrap().unwrap();
    let mut b = store.employee(EmployeeId(3)).unwrap().unwrap();
    std::mem::swap(&mut a.nip, &mut b.nip);
    a.unit = UnitId(1);
    a.supervisor = Some(EmployeeId(10));
    b.name.name = "Agustina Ndiken".into();
    changes.push(save_employee(&a, AuditAction::Import));
    changes.push(save_employee(&b, AuditAction::Import));
    let mut u = unit(2, "Puskesmas Salor Baru", Some(1));
    u.revision = 1; // as seeded
    u.head = Some(EmployeeId(2));
    changes.push(save_unit(&u, AuditAction::Import));
    changes
}

#[test]
fn both_paths_write_the_same_bytes() {
    let mut dumps = Vec::new();
    let mut dirs = Vec::new();
    for large_from in [usize::MAX, 1] {
        let (dir, path) = temp_db();
        {
            let store = Store::open(&path).unwrap();
            store.set_large_commit_from(large_from);
            seed(&store);
            let changes = import(&store);
            let written = store.commit("import", 7, changes).unwrap();
            assert_eq!(written.len(), 303);
            assert_eq!(written[0].seq, 6);
            // And the indexes answer as they should.
            assert_eq!(
                store.employee_id_by_nip(&nip(2)).unwrap(),
                Some(EmployeeId(3))
            );
            assert_eq!(
                store.employee_id_by_nip(&many_nip(77)).unwrap(),
                Some(EmployeeId(77))
            );
            assert_eq!(
                store.subordinates_of(EmployeeId(10)).unwrap(),
                [EmployeeId(2)]
            );
            assert_eq!(store.subordinates_of(EmployeeId(1)).unwrap().len(), 301);
            assert_eq!(
                store.employees_by_name_prefix("agus").unwrap(),
                [EmployeeId(3)]
            );
            assert_eq!(store.next_id(RecordKind::Employee).unwrap(), 310);
        }
        dumps.push(dump(&path));
        dirs.push(dir);
    }
    assert!(dumps[0].len() > 1500);
    assert!(dumps[0] == dumps[1], "the two paths wrote different data");
}

#[test]
fn refused_in_planning_writes_nothing() {
    let (_dir, path) = temp_db();
    let before;
    {
        let store = Store::open(&path).unwrap();
        seed(&store);
        before = snapshot(&store);
        let mut changes = import(&store);
        // The last one takes the NIP employee 1 keeps.
        let mut thief = batch_employee(400);
        thief.nip = nip(1);
        changes.push(save_employee(&thief, AuditAction::Import));
        let err = store.commit("import", 7, changes).unwrap_err();
        assert!(
            matches!(err, StoreError::DuplicateNip { holder: 1, .. }),
            "{err:?}"
        );
        assert_eq!(snapshot(&store), before);
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(snapshot(&store), before);
}

#[test]
fn an_io_error_while_writing_is_undone_at_once() {
    let (_dir, path) = temp_db();
    let before;
    {
        let store = Store::open(&path).unwrap();
        seed(&store);
        before = snapshot(&store);
        store.set_test_fault(Some(TestFault::FailAfter(700)));
        let err = store.commit("import", 7, import(&store)).unwrap_err();
        assert!(matches!(err, StoreError::Io(_)), "{err:?}");
        assert_eq!(snapshot(&store), before);
        // The store goes on: seqs continue without a gap.
        store.set_test_fault(None);
        let e = store.employee(EmployeeId(3)).unwrap().unwrap();
        let written = store
            .commit("tester", 8, vec![save_employee(&e, AuditAction::Update)])
            .unwrap();
        assert_eq!(written[0].seq, 6);
    }
    // No journal was left behind.
    assert!(dump(&path)
        .iter()
        .all(|(tree, k, _)| !(tree == "meta" && k == b"commit_journal")));
}

#[test]
fn a_crash_while_writing_is_undone_at_the_next_open() {
    let (_dir, path) = temp_db();
    let before;
    {
        let store = Store::open(&path).unwrap();
        seed(&store);
        before = snapshot(&store);
        store.set_test_fault(Some(TestFault::CrashAfter(700)));
        let err = store.commit("import", 7, import(&store)).unwrap_err();
        assert!(matches!(err, StoreError::Io(_)), "{err:?}");
        // The "crashed" commit really left part of its writes behind...
        let seen = store.employees().unwrap().len();
        assert!(seen > 3 && seen < 303, "{seen} employees");
        // Until the next open undoes it, nothing may be written over it.
        store.set_test_fault(None);
        let e = store.employee(EmployeeId(1)).unwrap().unwrap();
        let refused = store.commit("tester", 8, vec![save_employee(&e, AuditAction::Update)]);
        assert!(matches!(refused, Err(StoreError::Io(_))), "{refused:?}");
    }
    // ...and the journal with them.
    assert!(dump(&path)
        .iter()
        .any(|(tree, k, _)| tree == "meta" && k == b"commit_journal"));

    let store = Store::open(&path).unwrap();
    assert_eq!(snapshot(&store), before);
    let written = store.commit("import", 9, import(&store)).unwrap();
    assert_eq!(written[0].seq, 6);
    drop(store);
    assert!(dump(&path)
        .iter()
        .all(|(tree, k, _)| !(tree == "meta" && k == b"commit_journal")));
}

//! The secondary indexes follow every update: old entries go, new ones come.

mod store_support;

use kinerja::domain::{AuditAction, EmployeeId, UnitId};
use kinerja::store::Store;
use store_support::*;

fn ids(v: &[u64]) -> Vec<EmployeeId> {
    v.iter().copied().map(EmployeeId).collect()
}

#[test]
fn indexes_after_create() {
    let (_dir, path) = temp_db();
    let store = Store::open(&path).unwrap();
    seed(&store);
    assert_eq!(
        store.employee_id_by_nip(&nip(2)).unwrap(),
        Some(EmployeeId(2))
    );
    assert_eq!(store.employee_id_by_nip(&nip(9)).unwrap(), None);
    assert_eq!(store.employees_in_unit(UnitId(1)).unwrap(), ids(&[1]));
    assert_eq!(store.employees_in_unit(UnitId(2)).unwrap(), ids(&[2, 3]));
    assert_eq!(store.employees_in_unit(UnitId(7)).unwrap(), ids(&[]));
    assert_eq!(store.subordinates_of(EmployeeId(1)).unwrap(), ids(&[2, 3]));
    assert_eq!(store.subordinates_of(EmployeeId(2)).unwrap(), ids(&[]));
    // Titles (`dr.`, `M.Kes.`) are not part of the name index; case does not matter.
    assert_eq!(
        store.employees_by_name_prefix("budi").unwrap(),
        ids(&[2, 3])
    );
    assert_eq!(store.employees_by_name_prefix("BUDI ").unwrap(), ids(&[2]));
    assert_eq!(
        store.employees_by_name_prefix("budiman").unwrap(),
        ids(&[3])
    );
    assert_eq!(store.employees_by_name_prefix("dr").unwrap(), ids(&[]));
    assert_eq!(store.employees_by_name_prefix("").unwrap().len(), 3);
}

#[test]
fn indexes_follow_nip_unit_supervisor_and_name_changes() {
    let (_dir, path) = temp_db();
    let store = Store::open(&path).unwrap();
    seed(&store);

    let mut e = store.employee(EmployeeId(2)).unwrap().unwrap();
    e.nip = nip(20);
    e.supervisor = Some(EmployeeId(3));
    e.name.name = "Agustina Ndiken".into();
    e.unit = UnitId(1);
    store
        .commit(
            "tester",
            2_000,
            vec![save_employee(&e, AuditAction::Update)],
        )
        .unwrap();
    // The store keeps it one revision on; the next save is based on that.
    e.revision += 1;

    // NIP: old entry gone, new one present.
    assert_eq!(store.employee_id_by_nip(&nip(2)).unwrap(), None);
    assert_eq!(
        store.employee_id_by_nip(&nip(20)).unwrap(),
        Some(EmployeeId(2))
    );
    // Unit.
    assert_eq!(store.employees_in_unit(UnitId(2)).unwrap(), ids(&[3]));
    assert_eq!(store.employees_in_unit(UnitId(1)).unwrap(), ids(&[1, 2]));
    // Supervisor.
    assert_eq!(store.subordinates_of(EmployeeId(1)).unwrap(), ids(&[3]));
    assert_eq!(store.subordinates_of(EmployeeId(3)).unwrap(), ids(&[2]));
    // Name.
    assert_eq!(store.employees_by_name_prefix("budi").unwrap(), ids(&[3]));
    assert_eq!(store.employees_by_name_prefix("agus").unwrap(), ids(&[2]));

    // Removing the supervisor removes the entry; an unchanged record keeps its entries.
    e.supervisor = None;
    store
        .commit(
            "tester",
            3_000,
            vec![save_employee(&e, AuditAction::Update)],
        )
        .unwrap();
    assert_eq!(store.subordinates_of(EmployeeId(3)).unwrap(), ids(&[]));
    assert_eq!(
        store.employee_id_by_nip(&nip(20)).unwrap(),
        Some(EmployeeId(2))
    );
    assert_eq!(store.employees_by_name_prefix("agus").unwrap(), ids(&[2]));

    // And all of it is on disk.
    drop(store);
    let store = Store::open(&path).unwrap();
    assert_eq!(store.employee_id_by_nip(&nip(2)).unwrap(), None);
    assert_eq!(
        store.employee_id_by_nip(&nip(20)).unwrap(),
        Some(EmployeeId(2))
    );
    assert_eq!(store.employees_in_unit(UnitId(1)).unwrap(), ids(&[1, 2]));
    assert_eq!(store.subordinates_of(EmployeeId(1)).unwrap(), ids(&[3]));
    assert_eq!(store.employees_by_name_prefix("budi").unwrap(), ids(&[3]));
}

#[test]
fn two_employees_may_swap_nips_in_one_commit() {
    let (_dir, path) = temp_db();
    let store = Store::open(&path).unwrap();
    seed(&store);
    let mut a = store.employee(EmployeeId(2)).unwrap().unwrap();
    let mut b = store.employee(EmployeeId(3)).unwrap().unwrap();
    std::mem::swap(&mut a.nip, &mut b.nip);
    store
        .commit(
            "tester",
            2_000,
            vec![
                save_employee(&a, AuditAction::Update),
                save_employee(&b, AuditAction::Update),
            ],
        )
        .unwrap();
    assert_eq!(
        store.employee_id_by_nip(&nip(2)).unwrap(),
        Some(EmployeeId(3))
    );
    assert_eq!(
        store.employee_id_by_nip(&nip(3)).unwrap(),
        Some(EmployeeId(2))
    );
}

#[test]
fn the_same_employee_twice_in_one_commit() {
    let (_dir, path) = temp_db();
    let store = Store::open(&path).unwrap();
    seed(&store);
    let mut e = store.employee(EmployeeId(3)).unwrap().unwrap();
    e.unit = UnitId(1);
    let first = e.clone();
    // The second save in the commit is based on the first.
    e = first.saved();
    e.supervisor = None;
    store
        .commit(
            "tester",
            2_000,
            vec![
                save_employee(&first, AuditAction::Update),
                save_employee(&e, AuditAction::Update),
            ],
        )
        .unwrap();
    assert_eq!(store.employees_in_unit(UnitId(1)).unwrap(), ids(&[1, 3]));
    assert_eq!(store.employees_in_unit(UnitId(2)).unwrap(), ids(&[2]));
    assert_eq!(store.subordinates_of(EmployeeId(1)).unwrap(), ids(&[2]));
}

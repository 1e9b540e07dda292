//! Records survive closing and reopening the database.

mod store_support;

use kinerja::domain::{
    AuditAction, EmployeeId, EmployeeStatus, InactiveReason, RecordKind, UnitId,
};
use kinerja::store::{Store, SCHEMA_VERSION};
use store_support::*;

#[test]
fn employees_and_units_survive_reopen() {
    let (_dir, path) = temp_db();
    let mut e2 = employee(2, 2, "Budi Santoso", 2, Some(1));
    e2.status = EmployeeStatus::Inactive {
        reason: InactiveReason::StudyLeave,
        since: chrono::NaiveDate::from_ymd_opt(2024, 8, 17),
        note: "S2 di UGM".into(),
    };
    let employees = [employee(1, 1, "Maria Gebze", 1, None), e2];
    let mut closed = unit(2, "Puskesmas Salor", Some(1));
    closed.active = false;
    closed.head = Some(EmployeeId(2));
    let units = [unit(1, "Dinas Kesehatan", None), closed];
    {
        let store = Store::open(&path).unwrap();
        assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
        assert!(store.employees().unwrap().is_empty());
        // Written in reverse id order: reads come back in id order all the same.
        let mut changes: Vec<_> = employees
            .iter()
            .rev()
            .map(|e| save_employee(e, AuditAction::Create))
            .collect();
        changes.extend(
            units
                .iter()
                .rev()
                .map(|u| save_unit(u, AuditAction::Create)),
        );
        store.commit("tester", 5, changes).unwrap();
    }
    let store = Store::open(&path).unwrap();
    // Stored one revision on from what was saved (a new record: revision 1).
    let employees: Vec<_> = employees.iter().map(|e| e.saved()).collect();
    assert_eq!(store.employees().unwrap(), employees);
    let units: Vec<_> = units.iter().map(|u| u.saved()).collect();
    assert_eq!(store.units().unwrap(), units);
    assert_eq!(
        store.employee(EmployeeId(2)).unwrap(),
        Some(employees[1].clone())
    );
    assert_eq!(store.employee(EmployeeId(9)).unwrap(), None);
    assert_eq!(store.unit(UnitId(2)).unwrap(), Some(units[1].clone()));
    assert_eq!(store.unit(UnitId(3)).unwrap(), None);
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
}

#[test]
fn ids_start_at_one_and_are_never_reused_across_reopen() {
    let (_dir, path) = temp_db();
    {
        let store = Store::open(&path).unwrap();
        assert_eq!(store.next_id(RecordKind::Employee).unwrap(), 1);
        assert_eq!(store.next_id(RecordKind::Employee).unwrap(), 2);
        assert_eq!(store.next_id(RecordKind::Unit).unwrap(), 1);
        // A record committed with an id next_id never gave out raises the counter.
        store
            .commit(
                "tester",
                1,
                vec![save_employee(
                    &employee(40, 4, "Yohana Mahuze", 1, None),
                    AuditAction::Import,
                )],
            )
            .unwrap();
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(store.next_id(RecordKind::Employee).unwrap(), 41);
    assert_eq!(store.next_id(RecordKind::Unit).unwrap(), 2);
}

#[test]
fn empty_commit_writes_nothing() {
    let (_dir, path) = temp_db();
    let store = Store::open(&path).unwrap();
    assert!(store.commit("tester", 1, Vec::new()).unwrap().is_empty());
    assert!(store.audit_trail().unwrap().is_empty());
}

#[cfg(unix)]
#[test]
fn a_created_directory_is_private() {
    use std::os::unix::fs::PermissionsExt;
    let (_dir, path) = temp_db();
    let nested = path.join("kinerja");
    let _store = Store::open(&nested).unwrap();
    let mode = std::fs::metadata(&nested).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o700);
}

//! Account and acting-assignment records (schema 3): stored, indexed, unique where they must
//! be, and never with the password hash in the audit trail.

mod store_support;

use chrono::NaiveDate;
use kinerja::domain::{
    Account, AccountId, ActingAssignment, AuditAction, EmployeeId, RecordKind, RecordRef, Role,
};
use kinerja::store::{Record, Store, StoreError};
use store_support::*;

const HASH: &str =
    "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$bm90LWEtcmVhbC1oYXNoLWJ1dC1sb25n";

fn account(id: u64, username: &str, employee: Option<u64>) -> Account {
    Account {
        id: AccountId(id),
        username: username.into(),
        employee: employee.map(EmployeeId),
        role: Role::Appraiser,
        password_hash: HASH.into(),
        must_change_password: false,
        disabled: false,
        failed_attempts: 0,
        locked_until_ms: None,
    }
}

fn save_account(a: &Account, action: AuditAction) -> kinerja::store::Change {
    change(Record::Account(a.clone()), action)
}

fn acting(id: u64, who: u64, for_whom: u64) -> ActingAssignment {
    ActingAssignment {
        id,
        acting: EmployeeId(who),
        for_supervisor: EmployeeId(for_whom),
        from: NaiveDate::from_ymd_opt(2026, 11, 10).unwrap(),
        to: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
        revision: 0,
    }
}

#[test]
fn accounts_are_stored_indexed_and_survive_reopen() {
    let (_dir, path) = temp_db();
    let maria = account(1, "maria", Some(1));
    let mut admin = account(2, "agus", None);
    admin.role = Role::Admin;
    {
        let store = Store::open(&path).unwrap();
        seed(&store);
        assert!(!store.has_accounts().unwrap());
        store
            .commit(
                "cli:root",
                5,
                vec![
                    save_account(&maria, AuditAction::Create),
                    save_account(&admin, AuditAction::Create),
                ],
            )
            .unwrap();
        // Ids continue after the ones written.
        assert_eq!(store.next_id(RecordKind::Account).unwrap(), 3);
    }
    let store = Store::open(&path).unwrap();
    assert!(store.has_accounts().unwrap());
    assert_eq!(store.accounts().unwrap(), [maria.clone(), admin.clone()]);
    assert_eq!(store.account(AccountId(2)).unwrap(), Some(admin));
    assert_eq!(store.account(AccountId(9)).unwrap(), None);
    // The user name index ignores case and blanks.
    for name in ["maria", "MARIA", " Maria "] {
        assert_eq!(
            store.account_id_by_username(name).unwrap(),
            Some(AccountId(1)),
            "{name:?}"
        );
    }
    assert_eq!(store.account_id_by_username("budi").unwrap(), None);
    assert_eq!(
        store.account_id_by_employee(EmployeeId(1)).unwrap(),
        Some(AccountId(1))
    );
    assert_eq!(store.account_id_by_employee(EmployeeId(2)).unwrap(), None);

    // Renaming and moving to another employee moves the index entries.
    let mut renamed = maria.clone();
    renamed.username = "mkaize".into();
    renamed.employee = Some(EmployeeId(2));
    store
        .commit(
            "admin",
            6,
            vec![save_account(&renamed, AuditAction::Update)],
        )
        .unwrap();
    assert_eq!(store.account_id_by_username("maria").unwrap(), None);
    assert_eq!(
        store.account_id_by_username("mkaize").unwrap(),
        Some(AccountId(1))
    );
    assert_eq!(store.account_id_by_employee(EmployeeId(1)).unwrap(), None);
    assert_eq!(
        store.account_id_by_employee(EmployeeId(2)).unwrap(),
        Some(AccountId(1))
    );
}

#[test]
fn user_names_and_employees_are_unique() {
    let (_dir, path) = temp_db();
    let store = Store::open(&path).unwrap();
    seed(&store);
    store
        .commit(
            "t",
            1,
            vec![save_account(
                &account(1, "maria", Some(1)),
                AuditAction::Create,
            )],
        )
        .unwrap();
    let before = snapshot(&store);
    let trail = store.audit_trail().unwrap().len();

    let err = store
        .commit(
            "t",
            2,
            vec![save_account(
                &account(2, "Maria", Some(2)),
                AuditAction::Create,
            )],
        )
        .unwrap_err();
    assert!(
        matches!(&err, StoreError::DuplicateUsername { username, holder: 1 } if username == "maria"),
        "{err:?}"
    );
    let err = store
        .commit(
            "t",
            2,
            vec![save_account(
                &account(2, "budi", Some(1)),
                AuditAction::Create,
            )],
        )
        .unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::DuplicateAccountEmployee {
                employee: 1,
                holder: 1
            }
        ),
        "{err:?}"
    );
    let err = store
        .commit(
            "t",
            2,
            vec![save_account(&account(0, "budi", None), AuditAction::Create)],
        )
        .unwrap_err();
    assert!(matches!(
        err,
        StoreError::MissingId {
            kind: RecordKind::Account
        }
    ));
    // Nothing of the refused commits was written.
    assert_eq!(snapshot(&store), before);
    assert_eq!(store.accounts().unwrap().len(), 1);
    assert_eq!(store.account_id_by_username("budi").unwrap(), None);
    assert_eq!(store.audit_trail().unwrap().len(), trail);
}

#[test]
fn audit_snapshots_never_hold_the_password_hash() {
    for large in [false, true] {
        let (_dir, path) = temp_db();
        let store = Store::open(&path).unwrap();
        if large {
            store.set_large_commit_from(1);
        }
        let a = account(1, "maria", None);
        store
            .commit("cli:root", 1, vec![save_account(&a, AuditAction::Create)])
            .unwrap();
        let mut b = a.clone();
        b.password_hash = HASH.replace("bm90", "YW5v");
        b.must_change_password = true;
        store
            .commit(
                "cli:root",
                2,
                vec![save_account(&b, AuditAction::PasswordReset)],
            )
            .unwrap();
        // The record itself keeps the hash.
        assert_eq!(store.account(AccountId(1)).unwrap(), Some(b.clone()));
        let trail = store.audit_trail().unwrap();
        assert_eq!(trail.len(), 2);
        assert_eq!(
            trail[1].record,
            RecordRef {
                kind: RecordKind::Account,
                id: 1
            }
        );
        assert_eq!(trail[1].action, AuditAction::PasswordReset);
        for entry in &trail {
            for snap in [&entry.before, &entry.after].into_iter().flatten() {
                assert!(!snap.contains("argon2"), "large={large}: {snap}");
                assert!(!snap.contains(&a.password_hash), "{snap}");
                assert!(!snap.contains(&b.password_hash), "{snap}");
                let v: serde_json::Value = serde_json::from_str(snap).unwrap();
                assert_eq!(v["password_hash"], "***");
                assert_eq!(v["username"], "maria");
            }
        }
        let after: serde_json::Value =
            serde_json::from_str(trail[1].after.as_deref().unwrap()).unwrap();
        assert_eq!(after["must_change_password"], true);
        // Nor is the hash anywhere else than in the account record: not in an index entry,
        // not in the audit entries' bytes.
        drop(store);
        for (tree, k, v) in dump(&path) {
            if tree == "data" && k.first() == Some(&b'P') {
                continue;
            }
            let hay = String::from_utf8_lossy(&v);
            assert!(!hay.contains("argon2"), "large={large}: {tree} {k:?}");
        }
    }
}

#[test]
fn acting_assignments_are_stored_and_found_by_the_acting_employee() {
    let (_dir, path) = temp_db();
    {
        let store = Store::open(&path).unwrap();
        seed(&store);
        store
            .commit(
                "admin",
                1,
                vec![
                    change(Record::Acting(acting(1, 2, 1)), AuditAction::Create),
                    change(Record::Acting(acting(2, 2, 3)), AuditAction::Create),
                    change(Record::Acting(acting(3, 3, 1)), AuditAction::Create),
                ],
            )
            .unwrap();
        assert_eq!(store.next_id(RecordKind::Acting).unwrap(), 4);
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(store.acting_assignments().unwrap().len(), 3);
    // Stored at revision 1.
    assert_eq!(
        store.acting_of(EmployeeId(2)).unwrap(),
        [acting(1, 2, 1).saved(), acting(2, 2, 3).saved()]
    );
    assert_eq!(
        store.acting_of(EmployeeId(3)).unwrap(),
        [acting(3, 3, 1).saved()]
    );
    assert_eq!(store.acting_of(EmployeeId(1)).unwrap(), []);
    // Given to someone else: the index follows.
    let moved = acting(2, 1, 3).saved();
    store
        .commit(
            "admin",
            2,
            vec![change(Record::Acting(moved.clone()), AuditAction::Update)],
        )
        .unwrap();
    assert_eq!(
        store.acting_of(EmployeeId(2)).unwrap(),
        [acting(1, 2, 1).saved()]
    );
    assert_eq!(store.acting_of(EmployeeId(1)).unwrap(), [moved.saved()]);
    let last = store.audit_trail().unwrap().pop().unwrap();
    assert_eq!(last.record.kind, RecordKind::Acting);
    assert!(last.before.is_some());
}

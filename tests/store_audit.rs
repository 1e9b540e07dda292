//! The audit trail: one entry per change, seq from 1 without gaps, JSON snapshots.

mod store_support;

use kinerja::domain::{
    AuditAction, Employee, EmployeeId, EmployeeStatus, InactiveReason, OrgUnit, RecordKind,
    RecordRef,
};
use kinerja::store::{Change, Record, Store};
use store_support::*;

fn from_json<T: serde::de::DeserializeOwned>(s: &Option<String>) -> T {
    serde_json::from_str(s.as_deref().expect("snapshot present")).unwrap()
}

#[test]
fn create_then_update() {
    let (_dir, path) = temp_db();
    let created = employee(7, 7, "Maria Gebze", 1, None);
    let u = unit(1, "Dinas Kesehatan", None);
    // Based on the stored record (revision 1 after its creation).
    let mut updated = created.saved();
    updated.status = EmployeeStatus::Inactive {
        reason: InactiveReason::Retired,
        since: chrono::NaiveDate::from_ymd_opt(2025, 2, 1),
        note: "BUP".into(),
    };
    {
        let store = Store::open(&path).unwrap();
        let first = store
            .commit(
                "admin",
                1_700_000_000_000,
                vec![
                    save_unit(&u, AuditAction::Create),
                    save_employee(&created, AuditAction::Create),
                ],
            )
            .unwrap();
        assert_eq!(first.iter().map(|a| a.seq).collect::<Vec<_>>(), [1, 2]);
        let second = store
            .commit(
                "cli:budi",
                1_700_000_050_000,
                vec![Change {
                    record: Record::Employee(updated.clone()),
                    action: AuditAction::Deactivate,
                    reason: "pensiun".into(),
                }],
            )
            .unwrap();
        assert_eq!(second.len(), 1);
        assert_eq!(second[0].seq, 3);
    }
    let store = Store::open(&path).unwrap();
    let trail = store.audit_trail().unwrap();
    assert_eq!(trail.len(), 3);
    assert_eq!(trail.iter().map(|a| a.seq).collect::<Vec<_>>(), [1, 2, 3]);

    let unit_entry = &trail[0];
    assert_eq!(unit_entry.action, AuditAction::Create);
    assert_eq!(
        unit_entry.record,
        RecordRef {
            kind: RecordKind::Unit,
            id: 1
        }
    );
    assert_eq!(unit_entry.before, None);
    assert_eq!(from_json::<OrgUnit>(&unit_entry.after), u);

    let create = &trail[1];
    assert_eq!(create.actor, "admin");
    assert_eq!(create.at_ms, 1_700_000_000_000);
    assert_eq!(create.action, AuditAction::Create);
    assert_eq!(
        create.record,
        RecordRef {
            kind: RecordKind::Employee,
            id: 7
        }
    );
    assert_eq!(create.before, None);
    assert_eq!(from_json::<Employee>(&create.after), created);
    assert_eq!(create.reason, "");

    let update = &trail[2];
    assert_eq!(update.actor, "cli:budi");
    assert_eq!(update.at_ms, 1_700_000_050_000);
    assert_eq!(update.action, AuditAction::Deactivate);
    assert_eq!(update.record.id, 7);
    assert_eq!(from_json::<Employee>(&update.before), created);
    // The snapshots leave the revision out (read back as 0): the trail shows what changed.
    assert!(!update.after.as_deref().unwrap().contains("revision"));
    let snapshot = Employee {
        revision: 0,
        ..updated.clone()
    };
    assert_eq!(from_json::<Employee>(&update.after), snapshot);
    assert_eq!(update.reason, "pensiun");
    // The snapshots are plain JSON, readable without the binary schema.
    assert!(update.after.as_deref().unwrap().contains("\"BUP\""));
    assert_eq!(
        store.employee(EmployeeId(7)).unwrap(),
        Some(updated.saved())
    );
}

#[test]
fn seqs_have_no_gaps_across_many_commits() {
    let (_dir, path) = temp_db();
    let store = Store::open(&path).unwrap();
    let mut e = employee(1, 1, "Maria", 1, None);
    for i in 0..20 {
        e.position = format!("Jabatan {i}");
        let action = if i == 0 {
            AuditAction::Create
        } else {
            AuditAction::Update
        };
        store
            .commit("tester", i, vec![save_employee(&e, action)])
            .unwrap();
        e.revision += 1;
    }
    let trail = store.audit_trail().unwrap();
    assert_eq!(
        trail.iter().map(|a| a.seq).collect::<Vec<_>>(),
        (1..=20).collect::<Vec<u64>>()
    );
    assert_eq!(trail.last().unwrap().at_ms, 19);
}

#[test]
fn the_trail_pages_newest_first_from_a_cursor() {
    let (_dir, path) = temp_db();
    let store = Store::open(&path).unwrap();
    assert_eq!(store.audit_page(None, 10).unwrap(), []);
    assert_eq!(store.audit_len().unwrap(), 0);
    // 25 entries, in three commits.
    for batch in 0..3u64 {
        let changes = (1..=match batch {
            2 => 5,
            _ => 10,
        })
            .map(|i| {
                let u = unit(batch * 10 + i, &format!("Unit {batch}-{i}"), None);
                save_unit(&u, AuditAction::Create)
            })
            .collect();
        store.commit("admin", 1, changes).unwrap();
    }
    assert_eq!(store.audit_len().unwrap(), 25);
    let seqs =
        |page: &[kinerja::domain::AuditEntry]| page.iter().map(|a| a.seq).collect::<Vec<_>>();
    let first = store.audit_page(None, 10).unwrap();
    assert_eq!(seqs(&first), (16..=25).rev().collect::<Vec<_>>());
    let second = store.audit_page(Some(16), 10).unwrap();
    assert_eq!(seqs(&second), (6..=15).rev().collect::<Vec<_>>());
    let last = store.audit_page(Some(6), 10).unwrap();
    assert_eq!(seqs(&last), [5, 4, 3, 2, 1]);
    assert_eq!(store.audit_page(Some(1), 10).unwrap(), []);
    // A page holds the same entries as the whole trail.
    let trail = store.audit_trail().unwrap();
    assert_eq!(second[0], trail[14]);
    assert_eq!(store.audit_page(Some(3), 0).unwrap(), []);
    assert_eq!(seqs(&store.audit_page(Some(1000), 2).unwrap()), [25, 24]);
}

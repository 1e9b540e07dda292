//! Opening a schema 1, 2 or 3 database migrates it to the current schema (4).

mod store_support;

use kinerja::domain::{
    AuditAction, Employee, EmployeeId, EmployeeKind, EmployeeStatus, Grade, InactiveReason,
    PersonName, PnsRank, PositionKind, RecordKind, UnitId,
};
use kinerja::store::legacy::{write_v1_database, write_v2_database, EmployeeV1};
use kinerja::store::{Store, StoreError, SCHEMA_VERSION};
use store_support::*;

fn v1(id: u64, serial: u32, name: &str, unit: u64, sup: Option<u64>, active: bool) -> EmployeeV1 {
    EmployeeV1 {
        id: EmployeeId(id),
        nip: nip(serial),
        kind: EmployeeKind::Pns,
        name: PersonName {
            front_title: String::new(),
            name: name.into(),
            back_title: "S.Kep., Ns.".into(),
        },
        grade: Grade::Pns(PnsRank::IIIB),
        position: "Perawat".into(),
        position_kind: PositionKind::Pelaksana,
        unit: UnitId(unit),
        supervisor: sup.map(EmployeeId),
        appointed_on: chrono::NaiveDate::from_ymd_opt(2005, 1, 1),
        active,
    }
}

fn fixture() -> (Vec<EmployeeV1>, Vec<kinerja::domain::OrgUnit>) {
    (
        vec![
            v1(1, 1, "Maria Gebze", 1, None, true),
            v1(2, 2, "Budi Santoso", 2, Some(1), false),
            v1(3, 3, "Budiman Kaize", 2, Some(1), true),
        ],
        vec![
            unit(1, "Dinas Kesehatan", None),
            unit(2, "Puskesmas Salor", Some(1)),
        ],
    )
}

/// The version field (bytes 2..4 of the envelope) of every employee record.
fn envelope_versions(db: &sled::Db) -> Vec<u16> {
    db.open_tree("data")
        .unwrap()
        .scan_prefix(b"E")
        .map(|kv| {
            let v = kv.unwrap().1;
            u16::from_be_bytes([v[2], v[3]])
        })
        .collect()
}

#[test]
fn v1_database_is_migrated_on_open() {
    let (_dir, path) = temp_db();
    let (old, units) = fixture();
    write_v1_database(&path, &old, &units).unwrap();

    // The fixture really is schema 1: meta version 1, employee envelopes of version 1.
    {
        let db = raw_sled(&path);
        let v = db.open_tree("meta").unwrap().get("schema_version").unwrap();
        assert_eq!(v.as_deref(), Some(&1u32.to_be_bytes()[..]));
        assert_eq!(envelope_versions(&db), [1, 1, 1]);
    }

    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(SCHEMA_VERSION, 8);

    let employees = store.employees().unwrap();
    let want: Vec<Employee> = old.iter().cloned().map(EmployeeV1::upgrade).collect();
    assert_eq!(employees, want);
    assert_eq!(employees[0].status, EmployeeStatus::Active);
    assert_eq!(
        employees[1].status,
        EmployeeStatus::Inactive {
            reason: InactiveReason::Other,
            since: None,
            note: "dimigrasi dari skema 1".into(),
        }
    );
    assert_eq!(employees[1].grade_since, None);
    assert_eq!(employees[1].position_since, None);
    assert_eq!(employees[1].phone, "");
    assert_eq!(employees[1].email, "");
    assert_eq!(employees[1].name.back_title, "S.Kep., Ns.");
    assert_eq!(store.units().unwrap(), units);

    // Indexes.
    assert_eq!(
        store.employee_id_by_nip(&nip(2)).unwrap(),
        Some(EmployeeId(2))
    );
    assert_eq!(
        store.employees_in_unit(UnitId(2)).unwrap(),
        [EmployeeId(2), EmployeeId(3)]
    );
    assert_eq!(
        store.subordinates_of(EmployeeId(1)).unwrap(),
        [EmployeeId(2), EmployeeId(3)]
    );
    assert_eq!(
        store.employees_by_name_prefix("budi").unwrap(),
        [EmployeeId(2), EmployeeId(3)]
    );

    // Audit: the 5 creation entries of schema 1, then one Migrate entry per employee.
    let trail = store.audit_trail().unwrap();
    assert_eq!(
        trail.iter().map(|a| a.seq).collect::<Vec<_>>(),
        (1..=8).collect::<Vec<u64>>()
    );
    let migrated: Vec<_> = trail
        .iter()
        .filter(|a| a.action == AuditAction::Migrate)
        .collect();
    assert_eq!(migrated.len(), 3);
    for (entry, (before, after)) in migrated.iter().zip(old.iter().zip(&want)) {
        assert_eq!(entry.actor, "system:migrate");
        assert_eq!(entry.record.kind, RecordKind::Employee);
        assert_eq!(entry.record.id, after.id.0);
        let b: EmployeeV1 = serde_json::from_str(entry.before.as_deref().unwrap()).unwrap();
        let a: Employee = serde_json::from_str(entry.after.as_deref().unwrap()).unwrap();
        assert_eq!(&b, before);
        assert_eq!(&a, after);
    }

    // Ids continue after the schema 1 ones; new commits work on the migrated database.
    assert_eq!(store.next_id(RecordKind::Employee).unwrap(), 4);
    let mut e = employees[1].clone();
    e.status = EmployeeStatus::Active;
    e.nip = nip(22);
    let written = store
        .commit("admin", 9, vec![save_employee(&e, AuditAction::Reactivate)])
        .unwrap();
    assert_eq!(written[0].seq, 9);
    assert_eq!(store.employee_id_by_nip(&nip(2)).unwrap(), None);
    assert_eq!(
        store.employee_id_by_nip(&nip(22)).unwrap(),
        Some(EmployeeId(2))
    );

    // Reopening does not migrate again.
    drop(store);
    // Written at today's version (3, with the revision) by the migration from schema 1.
    assert_eq!(envelope_versions(&raw_sled(&path)), [3, 3, 3]);
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(store.audit_trail().unwrap().len(), 9);
}

#[test]
fn write_v1_database_refuses_an_existing_database() {
    let (_dir, path) = temp_db();
    drop(Store::open(&path).unwrap());
    let (old, units) = fixture();
    assert!(matches!(
        write_v1_database(&path, &old, &units),
        Err(StoreError::Io(_))
    ));
}

#[test]
fn migration_repairs_the_indexes() {
    let (_dir, path) = temp_db();
    let (old, units) = fixture();
    write_v1_database(&path, &old, &units).unwrap();
    {
        // Damage the schema 1 indexes: a stale unit entry, a lost supervisor entry, a NIP
        // entry pointing at the wrong employee.
        let db = raw_sled(&path);
        let data = db.open_tree("data").unwrap();
        let mut stale = vec![b'u'];
        stale.extend_from_slice(&9u64.to_be_bytes());
        stale.extend_from_slice(&3u64.to_be_bytes());
        data.insert(stale, &[][..]).unwrap();
        let mut lost = vec![b's'];
        lost.extend_from_slice(&1u64.to_be_bytes());
        lost.extend_from_slice(&2u64.to_be_bytes());
        assert!(data.remove(lost).unwrap().is_some());
        let mut wrong = vec![b'n'];
        wrong.extend_from_slice(nip(1).as_str().as_bytes());
        data.insert(wrong, &3u64.to_be_bytes()[..]).unwrap();
        db.flush().unwrap();
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(store.employees_in_unit(UnitId(9)).unwrap(), []);
    assert_eq!(
        store.subordinates_of(EmployeeId(1)).unwrap(),
        [EmployeeId(2), EmployeeId(3)]
    );
    assert_eq!(
        store.employee_id_by_nip(&nip(1)).unwrap(),
        Some(EmployeeId(1))
    );
}

fn meta_version(path: &std::path::Path) -> Vec<u8> {
    let db = raw_sled(path);
    let v = db.open_tree("meta").unwrap().get("schema_version").unwrap();
    v.unwrap().to_vec()
}

#[test]
fn v2_database_is_migrated_to_v5_unchanged() {
    let (_dir, path) = temp_db();
    let (old, units) = fixture();
    let employees: Vec<Employee> = old.into_iter().map(EmployeeV1::upgrade).collect();
    write_v2_database(&path, &employees, &units).unwrap();
    assert_eq!(meta_version(&path), 2u32.to_be_bytes());
    assert_eq!(envelope_versions(&raw_sled(&path)), [2, 2, 2]);

    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    // Nothing was converted: the records, indexes and trail of schema 2 read as they were.
    assert_eq!(store.employees().unwrap(), employees);
    assert_eq!(store.units().unwrap(), units);
    assert_eq!(
        store.employee_id_by_nip(&nip(3)).unwrap(),
        Some(EmployeeId(3))
    );
    assert_eq!(
        store.subordinates_of(EmployeeId(1)).unwrap(),
        [EmployeeId(2), EmployeeId(3)]
    );
    let trail = store.audit_trail().unwrap();
    assert_eq!(trail.len(), 5, "no migration entries: no record changed");
    assert!(trail.iter().all(|a| a.action == AuditAction::Create));
    assert!(!store.has_accounts().unwrap());
    assert_eq!(store.accounts().unwrap(), []);
    drop(store);
    assert_eq!(envelope_versions(&raw_sled(&path)), [2, 2, 2]);
    assert_eq!(meta_version(&path), SCHEMA_VERSION.to_be_bytes());
}

#[test]
fn v1_database_goes_through_v2_v3_and_v4_to_v5() {
    let (_dir, path) = temp_db();
    let (old, units) = fixture();
    write_v1_database(&path, &old, &units).unwrap();
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(store.employees().unwrap().len(), 3);
    drop(store);
    assert_eq!(meta_version(&path), SCHEMA_VERSION.to_be_bytes());
}

#[test]
fn write_v2_database_refuses_an_existing_database() {
    let (_dir, path) = temp_db();
    drop(Store::open(&path).unwrap());
    assert!(matches!(
        write_v2_database(&path, &[], &[]),
        Err(StoreError::Io(_))
    ));
}

#[test]
fn v3_database_is_migrated_to_v5_and_takes_plans() {
    use kinerja::domain::plan::PlanId;
    use kinerja::domain::{Account, AccountId, Role};
    use kinerja::store::legacy::write_v3_database;

    let (_dir, path) = temp_db();
    let (old, units) = fixture();
    let employees: Vec<Employee> = old.into_iter().map(EmployeeV1::upgrade).collect();
    let accounts = vec![Account {
        id: AccountId(1),
        username: "maria".into(),
        employee: Some(EmployeeId(1)),
        role: Role::Admin,
        password_hash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA".into(),
        must_change_password: false,
        disabled: false,
        failed_attempts: 0,
        locked_until_ms: None,
    }];
    write_v3_database(&path, &employees, &units, &accounts).unwrap();
    assert_eq!(meta_version(&path), 3u32.to_be_bytes());

    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    // Nothing was converted: schema 3 records read as they were.
    assert_eq!(store.employees().unwrap(), employees);
    assert_eq!(store.units().unwrap(), units);
    assert_eq!(store.accounts().unwrap(), accounts);
    assert_eq!(
        store.account_id_by_username("MARIA").unwrap(),
        Some(AccountId(1))
    );
    let trail = store.audit_trail().unwrap();
    assert_eq!(trail.len(), 6, "no migration entries: no record changed");
    assert_eq!(trail[5].record.kind, RecordKind::Account);
    assert!(!trail[5].after.as_deref().unwrap().contains("argon2"));
    assert_eq!(store.plans_of_employee(EmployeeId(2), None).unwrap(), []);
    assert_eq!(store.periods().unwrap(), []);

    // The migrated database takes plans, and they survive a reopen.
    let p = plan(1, 2, Some(1), 2025, &[None]);
    store
        .save_plan("admin", 1, p.clone(), AuditAction::Create, "")
        .unwrap();
    drop(store);
    assert_eq!(meta_version(&path), SCHEMA_VERSION.to_be_bytes());
    let store = Store::open(&path).unwrap();
    let back = store.plan(PlanId(1)).unwrap().unwrap();
    assert_eq!(back.revision, 1);
    assert_eq!(back.results, p.results);
    assert_eq!(store.next_id(RecordKind::Plan).unwrap(), 2);
}

#[test]
fn write_v3_database_refuses_an_existing_database() {
    let (_dir, path) = temp_db();
    drop(Store::open(&path).unwrap());
    assert!(matches!(
        kinerja::store::legacy::write_v3_database(&path, &[], &[], &[]),
        Err(StoreError::Io(_))
    ));
}

#[test]
fn v4_database_is_migrated_to_v5_with_the_submitted_plans_index() {
    use kinerja::domain::plan::{PlanId, PlanState};
    use kinerja::store::legacy::write_v4_database;

    let (_dir, path) = temp_db();
    let (old, units) = fixture();
    let employees: Vec<Employee> = old.into_iter().map(EmployeeV1::upgrade).collect();
    let top = plan(1, 1, None, 2025, &[None]);
    let mut waiting = plan(2, 2, Some(1), 2025, &[Some((1, 1))]);
    waiting.state = PlanState::Submitted;
    waiting.revision = 3;
    let draft = plan(3, 3, Some(1), 2025, &[Some((1, 1))]);
    let mut last_year = plan(4, 3, Some(1), 2024, &[None]);
    last_year.state = PlanState::Submitted;
    let plans = [top, waiting.clone(), draft, last_year.clone()];
    write_v4_database(&path, &employees, &units, &[], &plans).unwrap();
    assert_eq!(meta_version(&path), 4u32.to_be_bytes());
    let raw = raw_sled(&path);
    let data = raw.open_tree("data").unwrap();
    assert_eq!(
        data.scan_prefix(b"q").count(),
        0,
        "schema 4 has no submitted index"
    );
    let plan_keys = data.scan_prefix(b"R").count();
    let index_keys = |data: &sled::Tree| [b'r', b'w', b'c'].map(|t| data.scan_prefix([t]).count());
    let before = index_keys(&data);
    assert_eq!(before, [4, 3, 2]);
    drop(data);
    drop(raw);

    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    // The plans read as they were; the submitted ones are found through the new index.
    for p in &plans {
        assert_eq!(store.plan(p.id).unwrap().as_ref(), Some(p));
    }
    assert_eq!(
        store.submitted_team_plans(EmployeeId(1), 2025).unwrap(),
        [waiting]
    );
    assert_eq!(
        store.submitted_team_plans(EmployeeId(1), 2024).unwrap(),
        [last_year]
    );
    let team: Vec<PlanId> = store
        .team_plans(EmployeeId(1), 2025)
        .unwrap()
        .iter()
        .map(|p| p.id)
        .collect();
    assert_eq!(team, [PlanId(2), PlanId(3)]);
    assert_eq!(
        store.audit_trail().unwrap().len(),
        3 + 2 + 4,
        "no migration entries"
    );
    drop(store);

    assert_eq!(meta_version(&path), SCHEMA_VERSION.to_be_bytes());
    let raw = raw_sled(&path);
    let data = raw.open_tree("data").unwrap();
    assert_eq!(data.scan_prefix(b"q").count(), 2);
    assert_eq!(data.scan_prefix(b"R").count(), plan_keys);
    assert_eq!(
        index_keys(&data),
        before,
        "the other plan indexes were sound"
    );
}

#[test]
fn the_v5_migration_repairs_the_plan_indexes() {
    use kinerja::store::legacy::write_v4_database;

    let (_dir, path) = temp_db();
    let (old, units) = fixture();
    let employees: Vec<Employee> = old.into_iter().map(EmployeeV1::upgrade).collect();
    let plans = [
        plan(1, 1, None, 2025, &[None]),
        plan(2, 2, Some(1), 2025, &[Some((1, 1))]),
    ];
    write_v4_database(&path, &employees, &units, &[], &plans).unwrap();
    {
        // Damage: a stale team entry for a plan that does not exist, a lost employee entry.
        let raw = raw_sled(&path);
        let data = raw.open_tree("data").unwrap();
        let mut stale = vec![b'w'];
        stale.extend_from_slice(&9u64.to_be_bytes());
        stale.extend_from_slice(&((2025u32) ^ 0x8000_0000).to_be_bytes());
        stale.extend_from_slice(&77u64.to_be_bytes());
        data.insert(stale, &[][..]).unwrap();
        let lost = data.scan_prefix(b"r").next().unwrap().unwrap().0;
        data.remove(lost).unwrap();
        raw.flush().unwrap();
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(store.team_plans(EmployeeId(9), 2025).unwrap(), []);
    assert_eq!(
        store.plans_of_employee(EmployeeId(1), None).unwrap(),
        [plans[0].clone()]
    );
    assert_eq!(
        store.plans_of_employee(EmployeeId(2), None).unwrap(),
        [plans[1].clone()]
    );
}

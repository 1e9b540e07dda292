//! Shared builders for the store tests.
#![allow(dead_code)]

use kinerja::domain::{
    AuditAction, Employee, EmployeeId, EmployeeKind, EmployeeStatus, Grade, Nip, OrgUnit,
    PersonName, PnsRank, PositionKind, UnitId,
};
use kinerja::store::{Change, Record, Store};

/// A valid PNS NIP: born 1980-01-01, appointed 2005-01, male, the given serial (1..=999).
pub fn nip(serial: u32) -> Nip {
    Nip::parse(&format!("198001012005011{serial:03}"), EmployeeKind::Pns).unwrap()
}

pub fn employee(id: u64, serial: u32, name: &str, unit: u64, sup: Option<u64>) -> Employee {
    Employee {
        id: EmployeeId(id),
        nip: nip(serial),
        kind: EmployeeKind::Pns,
        name: PersonName {
            front_title: "dr.".into(),
            name: name.into(),
            back_title: "M.Kes.".into(),
        },
        grade: Grade::Pns(PnsRank::IIIA),
        position: "Analis Kepegawaian".into(),
        position_kind: PositionKind::Pelaksana,
        unit: UnitId(unit),
        supervisor: sup.map(EmployeeId),
        appointed_on: chrono::NaiveDate::from_ymd_opt(2005, 1, 1),
        grade_since: chrono::NaiveDate::from_ymd_opt(2019, 4, 1),
        position_since: None,
        status: EmployeeStatus::Active,
        phone: "0812345678".into(),
        email: format!("pegawai{id}@example.go.id"),
        revision: 0,
    }
}

pub fn unit(id: u64, name: &str, parent: Option<u64>) -> OrgUnit {
    OrgUnit {
        id: UnitId(id),
        name: name.into(),
        parent: parent.map(UnitId),
        head: None,
        active: true,
        revision: 0,
    }
}

pub fn change(record: Record, action: AuditAction) -> Change {
    Change {
        record,
        action,
        reason: String::new(),
    }
}

pub fn save_employee(e: &Employee, action: AuditAction) -> Change {
    change(Record::Employee(e.clone()), action)
}

pub fn save_unit(u: &OrgUnit, action: AuditAction) -> Change {
    change(Record::Unit(u.clone()), action)
}

/// A database in a fresh temporary directory (the directory itself does not exist yet).
pub fn temp_db() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db");
    (dir, path)
}

/// Units 1 (top) and 2 (child); employees 1 (head, unit 1), 2 and 3 (unit 2, under 1).
pub fn seed(store: &Store) {
    let changes = vec![
        save_unit(&unit(1, "Dinas Kesehatan", None), AuditAction::Create),
        save_unit(&unit(2, "Puskesmas Salor", Some(1)), AuditAction::Create),
        save_employee(&employee(1, 1, "Maria Gebze", 1, None), AuditAction::Create),
        save_employee(
            &employee(2, 2, "Budi Santoso", 2, Some(1)),
            AuditAction::Create,
        ),
        save_employee(
            &employee(3, 3, "Budiman Kaize", 2, Some(1)),
            AuditAction::Create,
        ),
    ];
    store.commit("tester", 1_000, changes).unwrap();
}

/// Opens the database with plain sled (to inspect or tamper with it), waiting a little for
/// a `Store` just dropped by this process to release the lock.
pub fn raw_sled(path: &std::path::Path) -> sled::Db {
    let started = std::time::Instant::now();
    loop {
        match sled::open(path) {
            Ok(db) => return db,
            Err(e) if started.elapsed() > std::time::Duration::from_secs(5) => {
                panic!("cannot open {}: {e}", path.display())
            }
            Err(_) => std::thread::sleep(std::time::Duration::from_millis(10)),
        }
    }
}

/// Every key and value of both trees, read with plain sled (the store must be dropped).
pub fn dump(path: &std::path::Path) -> Vec<(String, Vec<u8>, Vec<u8>)> {
    let db = raw_sled(path);
    let mut out = Vec::new();
    for tree in ["meta", "data"] {
        for kv in db.open_tree(tree).unwrap().iter() {
            let (k, v) = kv.unwrap();
            out.push((tree.to_string(), k.to_vec(), v.to_vec()));
        }
    }
    out
}

/// Everything the public API shows, to compare before and after a failed commit.
pub fn snapshot(store: &Store) -> impl PartialEq + std::fmt::Debug {
    use kinerja::domain::{EmployeeId, UnitId};
    let employees = store.employees().unwrap();
    let nips: Vec<_> = employees
        .iter()
        .map(|e| store.employee_id_by_nip(&e.nip).unwrap())
        .collect();
    let max = employees.iter().map(|e| e.id.0).max().unwrap_or(0) + 2;
    (
        store.units().unwrap(),
        store.audit_trail().unwrap(),
        nips,
        (0..max)
            .map(|u| store.employees_in_unit(UnitId(u)).unwrap())
            .collect::<Vec<_>>(),
        (0..max)
            .map(|s| store.subordinates_of(EmployeeId(s)).unwrap())
            .collect::<Vec<_>>(),
        store.employees_by_name_prefix("").unwrap(),
        employees,
    )
}

/// A quantitative draft plan of `emp` for `year`, appraised by `appraiser`, with one RHK per
/// entry of `links` (RHK i+1 linked to the given supervisor RHK), two indicators each.
pub fn plan(
    id: u64,
    emp: u64,
    appraiser: Option<u64>,
    year: i32,
    links: &[Option<(u64, u16)>],
) -> kinerja::domain::plan::PerformancePlan {
    use kinerja::domain::plan::*;
    let person = |id: u64| PersonSnapshot {
        employee: EmployeeId(id),
        name: format!("Pegawai {id}"),
        // Unique 18-digit numbers for any id; snapshots are not validated.
        nip: Nip::from_trusted(format!("{:018}", 198_001_012_005_011_000u64 + id)),
        grade: Grade::Pns(PnsRank::IIIA),
        position: "Analis Kepegawaian".into(),
        position_kind: PositionKind::Pelaksana,
        unit: UnitId(1),
        unit_name: "Distrik Salor".into(),
    };
    let mut p = PerformancePlan::new_draft(
        PlanId(id),
        year,
        chrono::NaiveDate::from_ymd_opt(year, 1, 1).unwrap(),
        chrono::NaiveDate::from_ymd_opt(year, 12, 31).unwrap(),
        person(emp),
        Approach::Quantitative,
    );
    p.appraiser = appraiser.map(person);
    p.results = links
        .iter()
        .enumerate()
        .map(|(i, link)| PlannedResult {
            number: i as u16 + 1,
            kind: ResultKind::Main,
            text: format!("RHK {} pegawai {emp}", i + 1),
            parent_result: link.map(|(plan, number)| ResultRef {
                plan: PlanId(plan),
                number,
            }),
            indicators: (1..=2)
                .map(|n| Indicator {
                    number: n,
                    text: format!("Indikator {n}"),
                    aspect: Some(Aspect::Quantity),
                    target: Target::Number(150.0),
                    unit: "berkas".into(),
                    direction: Direction::HigherBetter,
                    perspective: None,
                    realizations: Vec::new(),
                })
                .collect(),
        })
        .collect();
    p
}

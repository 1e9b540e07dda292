use std::collections::HashMap;

use super::*;
use crate::domain::{
    EmployeeKind, EmployeeStatus, Grade, InactiveReason, PersonName, PnsRank, PositionKind,
};

#[derive(Default)]
struct Mem {
    employees: HashMap<EmployeeId, Employee>,
    units: HashMap<UnitId, OrgUnit>,
}

impl Directory for Mem {
    fn employee(&self, id: EmployeeId) -> Option<&Employee> {
        self.employees.get(&id)
    }
    fn employee_by_nip(&self, nip: &Nip) -> Option<EmployeeId> {
        self.employees
            .values()
            .find(|e| &e.nip == nip)
            .map(|e| e.id)
    }
    fn unit(&self, id: UnitId) -> Option<&OrgUnit> {
        self.units.get(&id)
    }
    fn active_subordinates(&self, id: EmployeeId) -> Vec<EmployeeId> {
        let mut v: Vec<_> = self
            .employees
            .values()
            .filter(|e| e.supervisor == Some(id) && e.is_active())
            .map(|e| e.id)
            .collect();
        v.sort();
        v
    }
}

fn emp(id: u64, serial: u32, sup: Option<u64>) -> Employee {
    Employee {
        id: EmployeeId(id),
        nip: Nip::parse(&format!("198001012005011{serial:03}"), EmployeeKind::Pns).unwrap(),
        kind: EmployeeKind::Pns,
        name: PersonName {
            front_title: String::new(),
            name: format!("Pegawai {id}"),
            back_title: String::new(),
        },
        grade: Grade::Pns(PnsRank::IIIA),
        position: "Analis".into(),
        position_kind: PositionKind::Pelaksana,
        unit: UnitId(1),
        supervisor: sup.map(EmployeeId),
        appointed_on: None,
        grade_since: None,
        position_since: None,
        status: EmployeeStatus::Active,
        phone: String::new(),
        email: String::new(),
        revision: 0,
    }
}

/// 1 <- 2 <- 3 <- 4 (4 reports to 3, ...), plus 5 under 1.
fn chain() -> Mem {
    let mut m = Mem::default();
    m.units.insert(
        UnitId(1),
        OrgUnit {
            id: UnitId(1),
            name: "Distrik".into(),
            parent: None,
            head: None,
            active: true,
            revision: 0,
        },
    );
    for e in [
        emp(1, 1, None),
        emp(2, 2, Some(1)),
        emp(3, 3, Some(2)),
        emp(4, 4, Some(3)),
        emp(5, 5, Some(1)),
    ] {
        m.employees.insert(e.id, e);
    }
    m
}

#[test]
fn a_valid_register_has_no_errors() {
    let m = chain();
    for e in m.employees.values() {
        assert_eq!(check_employee(&m, e), vec![], "employee {:?}", e.id);
    }
}

#[test]
fn cycle_is_detected_at_every_depth() {
    let m = chain();
    // Making 1 report to its direct, indirect and indirect-indirect subordinates closes a loop.
    assert_eq!(
        check_supervisor(&m, EmployeeId(1), EmployeeId(2)),
        Err(RuleError::SupervisorCycle(vec![
            EmployeeId(2),
            EmployeeId(1)
        ]))
    );
    assert_eq!(
        check_supervisor(&m, EmployeeId(1), EmployeeId(4)),
        Err(RuleError::SupervisorCycle(vec![
            EmployeeId(4),
            EmployeeId(3),
            EmployeeId(2),
            EmployeeId(1)
        ]))
    );
    assert!(matches!(
        check_supervisor(&m, EmployeeId(2), EmployeeId(3)),
        Err(RuleError::SupervisorCycle(_))
    ));
    // Another branch is fine.
    assert_eq!(check_supervisor(&m, EmployeeId(4), EmployeeId(5)), Ok(()));
    assert_eq!(check_supervisor(&m, EmployeeId(5), EmployeeId(4)), Ok(()));
}

#[test]
fn self_unknown_and_inactive_supervisors_are_refused() {
    let mut m = chain();
    assert_eq!(
        check_supervisor(&m, EmployeeId(3), EmployeeId(3)),
        Err(RuleError::SupervisorSelf)
    );
    assert_eq!(
        check_supervisor(&m, EmployeeId(3), EmployeeId(99)),
        Err(RuleError::UnknownSupervisor)
    );
    if let Some(e) = m.employees.get_mut(&EmployeeId(5)) {
        e.status = EmployeeStatus::Inactive {
            reason: InactiveReason::Retired,
            since: None,
            note: String::new(),
        };
    }
    assert_eq!(
        check_supervisor(&m, EmployeeId(4), EmployeeId(5)),
        Err(RuleError::SupervisorInactive)
    );
}

#[test]
fn an_existing_cycle_does_not_hang_the_walk() {
    let mut m = chain();
    if let Some(e) = m.employees.get_mut(&EmployeeId(1)) {
        e.supervisor = Some(EmployeeId(4));
    }
    // 5 is outside the loop 1-2-3-4; asking whether 5 may report to 4 must terminate.
    assert_eq!(cycle_through(&m, EmployeeId(5), EmployeeId(4)), None);
}

#[test]
fn nip_must_be_unique() {
    let m = chain();
    let mut dup = emp(6, 3, Some(1));
    dup.id = EmployeeId(6);
    let errors = check_employee(&m, &dup);
    assert_eq!(
        errors,
        vec![FieldError {
            field: Field::Nip,
            error: RuleError::NipTaken(EmployeeId(3))
        }]
    );
}

#[test]
fn deactivating_a_supervisor_with_active_staff_is_refused() {
    let m = chain();
    let mut one = m.employees[&EmployeeId(1)].clone();
    one.status = EmployeeStatus::Inactive {
        reason: InactiveReason::TransferredOut,
        since: None,
        note: String::new(),
    };
    assert_eq!(
        check_employee(&m, &one),
        vec![FieldError {
            field: Field::Status,
            error: RuleError::HasActiveSubordinates(2)
        }]
    );
    let mut four = m.employees[&EmployeeId(4)].clone();
    four.status = one.status.clone();
    assert_eq!(check_employee(&m, &four), vec![]);
}

#[test]
fn field_rules() {
    let m = chain();
    let mut e = emp(7, 7, Some(1));
    e.name.name = "  ".into();
    e.position = String::new();
    e.grade = Grade::Pppk(9);
    e.unit = UnitId(42);
    e.email = "maria@".into();
    e.phone = "08x".into();
    e.appointed_on = chrono::NaiveDate::from_ymd_opt(1994, 12, 31);
    let fields: Vec<(Field, RuleError)> = check_employee(&m, &e)
        .into_iter()
        .map(|f| (f.field, f.error))
        .collect();
    assert_eq!(
        fields,
        vec![
            (Field::Name, RuleError::NameRequired),
            (Field::Position, RuleError::PositionRequired),
            (Field::Grade, RuleError::GradeKindMismatch),
            (Field::Unit, RuleError::UnknownUnit),
            (Field::AppointedOn, RuleError::AppointedTooYoung),
            (Field::Email, RuleError::EmailInvalid),
            (Field::Phone, RuleError::PhoneInvalid),
        ]
    );
    e.email = "maria.gebze@merauke.go.id".into();
    e.phone = "+62 812-4800-1234".into();
    assert!(check_employee(&m, &e)
        .iter()
        .all(|f| f.field != Field::Email && f.field != Field::Phone));
}

#[test]
fn unit_tree_cycles_are_refused() {
    let mut m = chain();
    m.units.insert(
        UnitId(2),
        OrgUnit {
            id: UnitId(2),
            name: "Puskesmas".into(),
            parent: Some(UnitId(1)),
            head: None,
            active: true,
            revision: 0,
        },
    );
    let mut top = m.units[&UnitId(1)].clone();
    top.parent = Some(UnitId(2));
    assert_eq!(check_unit(&m, &top), vec![RuleError::UnitCycle]);
    let mut orphan = m.units[&UnitId(2)].clone();
    orphan.parent = Some(UnitId(9));
    assert_eq!(check_unit(&m, &orphan), vec![RuleError::UnknownParentUnit]);
    let mut blank = m.units[&UnitId(2)].clone();
    blank.name = " ".into();
    assert_eq!(check_unit(&m, &blank), vec![RuleError::UnitNameRequired]);
}

/// The command path refuses what a change breaks, not what a record stored before the dated
/// rules already held.
#[test]
fn changed_date_errors_keep_old_dates_until_they_are_edited() {
    let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
    let today = day(2026, 11, 28);
    let fe = |field, error| FieldError { field, error };
    // Born 01/01/1980, appointed 01/2005; TMT golongan before TMT CPNS (an old import).
    let mut old = emp(1, 1, None);
    old.appointed_on = Some(day(2005, 1, 1));
    old.grade_since = Some(day(2004, 1, 1));
    let broken = vec![fe(Field::GradeSince, RuleError::BeforeAppointment)];
    assert_eq!(check_employee_dates(&old, today), broken);
    // A new record: everything counts.
    assert_eq!(changed_date_errors(None, &old, today), broken);
    // A new phone number or supervisor does not touch the dates.
    let mut phone = old.clone();
    phone.phone = "0812 1111 2222".into();
    phone.supervisor = Some(EmployeeId(5));
    assert_eq!(changed_date_errors(Some(&old), &phone, today), vec![]);
    // Editing TMT golongan (still wrong) or TMT CPNS brings the rule back.
    let mut grade = old.clone();
    grade.grade_since = Some(day(2004, 6, 1));
    assert_eq!(changed_date_errors(Some(&old), &grade, today), broken);
    let mut appointed = old.clone();
    appointed.appointed_on = Some(day(2005, 2, 1));
    assert_eq!(changed_date_errors(Some(&old), &appointed, today), broken);
    // Leaving: the day may not lie after today; leaving with the old broken TMT is fine.
    let left = |since| Employee {
        status: EmployeeStatus::Inactive {
            reason: InactiveReason::Retired,
            since: Some(since),
            note: String::new(),
        },
        ..old.clone()
    };
    assert_eq!(
        changed_date_errors(Some(&old), &left(day(2026, 11, 29)), today),
        vec![fe(Field::Status, RuleError::DateInFuture)]
    );
    assert_eq!(changed_date_errors(Some(&old), &left(today), today), vec![]);
    // Coming back clears the day: nothing new is broken.
    assert_eq!(changed_date_errors(Some(&left(today)), &old, today), vec![]);
}

/// Issue 7 #12: every limited text field is checked; at the limit is fine, one over is not.
#[test]
fn text_longer_than_its_limit_is_refused_by_field() {
    let m = chain();
    let mut e = m.employees[&EmployeeId(3)].clone();
    e.name.name = "a".repeat(100);
    e.position = "p".repeat(150);
    assert!(
        check_employee(&m, &e).is_empty(),
        "{:?}",
        check_employee(&m, &e)
    );
    e.name.name = "a".repeat(101);
    e.name.front_title = "d".repeat(31);
    e.name.back_title = "b".repeat(61);
    e.position = "p".repeat(151);
    e.phone = "0".repeat(21);
    e.email = format!("{}@merauke.go.id", "x".repeat(90));
    let got: Vec<(Field, RuleError)> = check_employee(&m, &e)
        .into_iter()
        .filter(|fe| matches!(fe.error, RuleError::TooLong { .. }))
        .map(|fe| (fe.field, fe.error))
        .collect();
    assert_eq!(
        got,
        vec![
            (Field::FrontTitle, RuleError::TooLong { max: 30, len: 31 }),
            (Field::Name, RuleError::TooLong { max: 100, len: 101 }),
            (Field::BackTitle, RuleError::TooLong { max: 60, len: 61 }),
            (Field::Position, RuleError::TooLong { max: 150, len: 151 }),
            (Field::Phone, RuleError::TooLong { max: 20, len: 21 }),
            (Field::Email, RuleError::TooLong { max: 100, len: 104 }),
        ]
    );
    let mut unit = m.units[&UnitId(1)].clone();
    unit.name = "u".repeat(151);
    assert_eq!(
        check_unit(&m, &unit),
        vec![RuleError::TooLong { max: 150, len: 151 }]
    );
}

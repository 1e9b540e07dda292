//! Who may see and change what (the scoping of issue 3). Pure: the caller passes the register.

pub mod account;
pub mod public_key;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::{dates, Directory, EmployeeId, Role};

/// Pelaksana tugas (Plt/Plh): an official who acts for an absent supervisor over a period,
/// recorded by an admin. During it they appraise the absent supervisor's direct subordinates.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActingAssignment {
    pub id: u64,
    /// Who acts.
    pub acting: EmployeeId,
    /// For whom: the supervisor whose direct subordinates they appraise.
    pub for_supervisor: EmployeeId,
    #[serde(with = "dates::req")]
    pub from: NaiveDate,
    #[serde(with = "dates::req")]
    pub to: NaiveDate,
    /// Revisi: how many times the store saved this assignment (0: never, or before schema 8).
    /// A save based on another revision than the stored one is refused (ended early by one
    /// admin while another had it open).
    #[serde(default)]
    pub revision: u64,
}

impl ActingAssignment {
    /// The record as the store keeps it after a save based on this one (revision plus one).
    pub fn saved(&self) -> ActingAssignment {
        ActingAssignment {
            revision: self.revision.saturating_add(1),
            ..self.clone()
        }
    }

    pub fn covers(&self, day: NaiveDate) -> bool {
        self.from <= day && day <= self.to
    }
}

/// Why an acting assignment was refused ([`check_acting`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ActingError {
    /// No employee is the acting official.
    UnknownActing,
    /// No employee is the supervisor acted for.
    UnknownSupervisor,
    ActingInactive,
    SupervisorInactive,
    /// The acting official and the supervisor are the same person.
    SamePerson,
    /// The person acted for has no active direct report: there is nobody to appraise.
    SupervisesNobody,
    /// The period ends before it begins.
    FromAfterTo {
        from: NaiveDate,
        to: NaiveDate,
    },
    /// A day outside [`ACTING_FIRST_YEAR`]..=[`ACTING_LAST_YEAR`]: a typo or "forever".
    OutOfRange(NaiveDate),
    /// Another assignment for the same supervisor covers some of the same days: one official
    /// acts for a position at a time.
    Overlaps {
        id: u64,
        from: NaiveDate,
        to: NaiveDate,
    },
}

/// The first and last year an acting assignment may touch (`--to 31/12/9999` is refused and
/// told so; a Plt/Plh is given for months, not centuries).
pub const ACTING_FIRST_YEAR: i32 = 1900;
pub const ACTING_LAST_YEAR: i32 = 2999;

/// The rules of an acting assignment: both people known and active, two different people,
/// both days within the years above, `from <= to`, and no other assignment (`others`, any order; `a` itself is skipped by id)
/// for the same supervisor on any of its days. Every broken rule, in that order.
pub fn check_acting(
    dir: &dyn Directory,
    a: &ActingAssignment,
    others: &[ActingAssignment],
) -> Vec<ActingError> {
    let mut errors = Vec::new();
    match dir.employee(a.acting) {
        None => errors.push(ActingError::UnknownActing),
        Some(e) if !e.is_active() => errors.push(ActingError::ActingInactive),
        Some(_) => {}
    }
    match dir.employee(a.for_supervisor) {
        None => errors.push(ActingError::UnknownSupervisor),
        Some(e) if !e.is_active() => errors.push(ActingError::SupervisorInactive),
        // Only a new assignment (id 0): ending or moving an old one stays possible after
        // the reports have gone.
        Some(_) if a.id == 0 && dir.active_subordinates(a.for_supervisor).is_empty() => {
            errors.push(ActingError::SupervisesNobody)
        }
        Some(_) => {}
    }
    if a.acting == a.for_supervisor {
        errors.push(ActingError::SamePerson);
    }
    use chrono::Datelike;
    for day in [a.from, a.to] {
        if !(ACTING_FIRST_YEAR..=ACTING_LAST_YEAR).contains(&day.year()) {
            errors.push(ActingError::OutOfRange(day));
        }
    }
    if a.from > a.to {
        errors.push(ActingError::FromAfterTo {
            from: a.from,
            to: a.to,
        });
    } else if let Some(o) = others.iter().find(|o| {
        o.id != a.id && o.for_supervisor == a.for_supervisor && o.from <= a.to && a.from <= o.to
    }) {
        errors.push(ActingError::Overlaps {
            id: o.id,
            from: o.from,
            to: o.to,
        });
    }
    errors
}

/// The person at the keyboard, as the rules see them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Viewer {
    pub role: Role,
    pub employee: Option<EmployeeId>,
    /// Acting assignments held by this person (any period; the rules check the date).
    pub acting: Vec<ActingAssignment>,
}

impl Viewer {
    /// A viewer who may see and change nothing: the state between sign-out and sign-in.
    pub fn nobody() -> Viewer {
        Viewer {
            role: Role::Appraiser,
            employee: None,
            acting: Vec::new(),
        }
    }
}

/// Walks up from `target`; true if `ancestor` is above it in the reporting line.
pub fn is_above(dir: &dyn Directory, ancestor: EmployeeId, target: EmployeeId) -> bool {
    let mut current = dir.employee(target).and_then(|e| e.supervisor);
    let mut steps = 0;
    while let Some(id) = current {
        if id == ancestor {
            return true;
        }
        steps += 1;
        if steps > 10_000 {
            return false;
        }
        current = dir.employee(id).and_then(|e| e.supervisor);
    }
    false
}

/// May the viewer see `target`'s records? Admin: everyone. Others: themselves, everyone
/// below them, and everyone below a supervisor they act for on `today`.
pub fn can_view(v: &Viewer, dir: &dyn Directory, target: EmployeeId, today: NaiveDate) -> bool {
    if v.role == Role::Admin {
        return true;
    }
    let Some(me) = v.employee else { return false };
    if me == target || is_above(dir, me, target) {
        return true;
    }
    v.acting
        .iter()
        .filter(|a| a.covers(today))
        .any(|a| a.for_supervisor == target || is_above(dir, a.for_supervisor, target))
}

/// May the viewer change `target`'s plans, realisations, evaluations and feedback?
/// Admin: everyone. Others: direct subordinates, and the direct subordinates of a supervisor
/// they act for on `today`. Never their own record.
pub fn can_change(v: &Viewer, dir: &dyn Directory, target: EmployeeId, today: NaiveDate) -> bool {
    if v.role == Role::Admin {
        return true;
    }
    let Some(me) = v.employee else { return false };
    if me == target {
        return false;
    }
    let Some(sup) = dir.employee(target).and_then(|e| e.supervisor) else {
        return false;
    };
    sup == me
        || v.acting
            .iter()
            .any(|a| a.covers(today) && a.for_supervisor == sup && a.acting != target)
}

/// Does the viewer decide objections on `target`'s evaluations? The appraiser's superior:
/// the supervisor of the target's supervisor.
pub fn decides_objections(v: &Viewer, dir: &dyn Directory, target: EmployeeId) -> bool {
    let Some(me) = v.employee else { return false };
    dir.employee(target)
        .and_then(|e| e.supervisor)
        .and_then(|s| dir.employee(s))
        .and_then(|s| s.supervisor)
        == Some(me)
}

/// May the viewer change the register itself (employees, units)? Admin only.
pub fn can_manage_register(v: &Viewer) -> bool {
    v.role == Role::Admin
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;
    use crate::domain::{
        Employee, EmployeeKind, EmployeeStatus, Grade, Nip, OrgUnit, PersonName, PnsRank,
        PositionKind, UnitId,
    };

    struct Mem(HashMap<EmployeeId, Employee>);

    impl Directory for Mem {
        fn employee(&self, id: EmployeeId) -> Option<&Employee> {
            self.0.get(&id)
        }
        fn employee_by_nip(&self, _: &Nip) -> Option<EmployeeId> {
            None
        }
        fn unit(&self, _: UnitId) -> Option<&OrgUnit> {
            None
        }
        fn active_subordinates(&self, id: EmployeeId) -> Vec<EmployeeId> {
            self.0
                .values()
                .filter(|e| e.supervisor == Some(id) && e.is_active())
                .map(|e| e.id)
                .collect()
        }
    }

    const YOHANES: EmployeeId = EmployeeId(1);
    const MARIA: EmployeeId = EmployeeId(2);
    const DANIEL: EmployeeId = EmployeeId(3);
    const SITI: EmployeeId = EmployeeId(4);
    const AGUS: EmployeeId = EmployeeId(5);
    const PETRUS: EmployeeId = EmployeeId(6);

    /// Yohanes heads the office; Maria (under him) has Daniel and Siti; Agus (under him)
    /// has Petrus: another branch.
    fn office() -> Mem {
        let line = [
            (YOHANES, None),
            (MARIA, Some(YOHANES)),
            (DANIEL, Some(MARIA)),
            (SITI, Some(MARIA)),
            (AGUS, Some(YOHANES)),
            (PETRUS, Some(AGUS)),
        ];
        Mem(line
            .iter()
            .map(|(id, sup)| {
                (
                    *id,
                    Employee {
                        id: *id,
                        nip: Nip::from_trusted(format!("19800101200501100{}", id.0)),
                        kind: EmployeeKind::Pns,
                        name: PersonName::default(),
                        grade: Grade::Pns(PnsRank::IIIA),
                        position: "x".into(),
                        position_kind: PositionKind::Pelaksana,
                        unit: UnitId(1),
                        supervisor: *sup,
                        appointed_on: None,
                        grade_since: None,
                        position_since: None,
                        status: EmployeeStatus::Active,
                        phone: String::new(),
                        email: String::new(),
                        revision: 0,
                    },
                )
            })
            .collect())
    }

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    fn appraiser(id: EmployeeId) -> Viewer {
        Viewer {
            role: Role::Appraiser,
            employee: Some(id),
            acting: Vec::new(),
        }
    }

    #[test]
    fn who_may_see_and_change_what() {
        let dir = office();
        let admin = Viewer {
            role: Role::Admin,
            employee: None,
            acting: Vec::new(),
        };
        // Agus acts for Maria from 10 to 20 November.
        let mut acting_agus = appraiser(AGUS);
        acting_agus.acting.push(ActingAssignment {
            id: 1,
            acting: AGUS,
            for_supervisor: MARIA,
            from: day(10),
            to: day(20),
            revision: 0,
        });
        let rows: Vec<(&str, Viewer, EmployeeId, NaiveDate, bool, bool, bool)> = vec![
            // (case, viewer, target, day, can_view, can_change, decides_objections)
            (
                "supervisor of a direct report",
                appraiser(MARIA),
                DANIEL,
                day(28),
                true,
                true,
                false,
            ),
            (
                "supervisor of an indirect report",
                appraiser(YOHANES),
                DANIEL,
                day(28),
                true,
                false,
                true,
            ),
            (
                "supervisor in another branch",
                appraiser(AGUS),
                DANIEL,
                day(28),
                false,
                false,
                false,
            ),
            (
                "supervisor of the other branch's own report",
                appraiser(AGUS),
                PETRUS,
                day(28),
                true,
                true,
                false,
            ),
            ("admin", admin.clone(), DANIEL, day(28), true, true, false),
            (
                "the employee themself",
                appraiser(DANIEL),
                DANIEL,
                day(28),
                true,
                false,
                false,
            ),
            (
                "an employee looking up",
                appraiser(DANIEL),
                MARIA,
                day(28),
                false,
                false,
                false,
            ),
            (
                "a colleague",
                appraiser(DANIEL),
                SITI,
                day(28),
                false,
                false,
                false,
            ),
            (
                "a supervisor looking up",
                appraiser(MARIA),
                YOHANES,
                day(28),
                false,
                false,
                false,
            ),
            (
                "the head on a direct report",
                appraiser(YOHANES),
                MARIA,
                day(28),
                true,
                true,
                false,
            ),
            (
                "acting official, within the period",
                acting_agus.clone(),
                DANIEL,
                day(15),
                true,
                true,
                false,
            ),
            (
                "acting official, after the period",
                acting_agus.clone(),
                DANIEL,
                day(21),
                false,
                false,
                false,
            ),
            (
                "acting official, on the absent supervisor",
                acting_agus.clone(),
                MARIA,
                day(15),
                true,
                false,
                false,
            ),
        ];
        for (case, v, target, today, view, change, objections) in rows {
            assert_eq!(can_view(&v, &dir, target, today), view, "{case}: view");
            assert_eq!(
                can_change(&v, &dir, target, today),
                change,
                "{case}: change"
            );
            assert_eq!(
                decides_objections(&v, &dir, target),
                objections,
                "{case}: objections"
            );
        }
        assert!(can_manage_register(&admin));
        assert!(!can_manage_register(&appraiser(YOHANES)));
    }

    #[test]
    fn acting_rules() {
        let mut dir = office();
        let plt = |acting, for_supervisor, from, to| ActingAssignment {
            id: 0,
            acting,
            for_supervisor,
            from: day(from),
            to: day(to),
            revision: 0,
        };
        assert_eq!(check_acting(&dir, &plt(AGUS, MARIA, 10, 20), &[]), vec![]);
        // A single day is a period.
        assert_eq!(check_acting(&dir, &plt(AGUS, MARIA, 10, 10), &[]), vec![]);
        assert_eq!(
            check_acting(&dir, &plt(AGUS, MARIA, 21, 20), &[]),
            vec![ActingError::FromAfterTo {
                from: day(21),
                to: day(20)
            }]
        );
        assert_eq!(
            check_acting(&dir, &plt(MARIA, MARIA, 10, 20), &[]),
            vec![ActingError::SamePerson]
        );
        // Daniel supervises nobody: nobody to appraise in his place.
        assert_eq!(
            check_acting(&dir, &plt(AGUS, DANIEL, 10, 20), &[]),
            vec![ActingError::SupervisesNobody]
        );
        assert_eq!(
            check_acting(&dir, &plt(EmployeeId(99), EmployeeId(98), 10, 20), &[]),
            vec![ActingError::UnknownActing, ActingError::UnknownSupervisor]
        );
        let mut gone = dir.0[&AGUS].clone();
        gone.status = crate::domain::EmployeeStatus::Inactive {
            reason: crate::domain::InactiveReason::Retired,
            since: None,
            note: String::new(),
        };
        dir.0.insert(AGUS, gone);
        assert_eq!(
            check_acting(&dir, &plt(AGUS, MARIA, 10, 20), &[]),
            vec![ActingError::ActingInactive]
        );
        assert_eq!(
            check_acting(&dir, &plt(YOHANES, AGUS, 10, 20), &[]),
            vec![ActingError::SupervisorInactive]
        );
        // One official acts for a supervisor at a time; other supervisors, other days and
        // the assignment itself (same id) do not count.
        let dir = office();
        let held = ActingAssignment {
            id: 7,
            ..plt(YOHANES, MARIA, 10, 20)
        };
        let overlap = ActingError::Overlaps {
            id: 7,
            from: day(10),
            to: day(20),
        };
        assert_eq!(
            check_acting(&dir, &plt(AGUS, MARIA, 20, 25), std::slice::from_ref(&held)),
            vec![overlap.clone()]
        );
        assert_eq!(
            check_acting(&dir, &plt(AGUS, MARIA, 1, 10), std::slice::from_ref(&held)),
            vec![overlap]
        );
        assert_eq!(
            check_acting(&dir, &plt(AGUS, MARIA, 21, 25), std::slice::from_ref(&held)),
            vec![]
        );
        assert_eq!(
            check_acting(
                &dir,
                &plt(AGUS, YOHANES, 10, 20),
                std::slice::from_ref(&held)
            ),
            vec![]
        );
        let moved = ActingAssignment {
            id: 7,
            ..plt(YOHANES, MARIA, 12, 22)
        };
        assert_eq!(check_acting(&dir, &moved, &[held]), vec![]);
    }
}

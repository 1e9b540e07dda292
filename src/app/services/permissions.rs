//! What the signed-in person may ask of the command path. Checked in `Services::execute`, so
//! no screen or subcommand can go around it. No viewer means the local operator (CLI).

use chrono::NaiveDate;

use crate::app::reviews::command::{Act, Refusal};
use crate::app::services::register::Register;
use crate::domain::access::{can_change, can_manage_register, decides_objections};
use crate::domain::{Directory, Employee, EmployeeId, UnitId, Viewer};

/// The fields a supervisor may correct on a direct report (phone and e-mail); the rest of the
/// register, academic titles included, is HR's.
pub fn only_contact_fields_differ(before: &Employee, after: &Employee) -> bool {
    let mut b = before.clone();
    b.phone = after.phone.clone();
    b.email = after.email.clone();
    &b == after
}

/// What a command asks of the register, as far as permission goes. Commands say it
/// (`Command::ask`), so this module needs nothing of the command types.
#[derive(Clone, Copy, Debug)]
pub enum Ask<'a> {
    /// Change one employee's record to this.
    ChangeEmployee(&'a Employee),
    /// Anything else in the register (units, status, imports, acting officials): HR's.
    Register,
    /// Write an employee's plan (or its realisation), or decide on it (approve, reject,
    /// reopen).
    Plan { employee: EmployeeId, decide: bool },
    /// Penilaian (issue 8): who may act depends on the act and on the stored evaluation
    /// (the superior recorded at signing), so `allowed` lets it through and the review
    /// commands check it with the reason (`app::reviews::execute`).
    Review {
        employee: Option<EmployeeId>,
        unit: Option<UnitId>,
        act: Act,
    },
    /// Dialog kinerja (issue 9): who may act depends on the entry's date and on the stored
    /// session, so `allowed` lets it through and `app::feedback::execute` checks it with
    /// [`feedback`] and the reason.
    Feedback {
        employee: Option<EmployeeId>,
        act: crate::app::feedback::Act,
    },
}

pub fn allowed(viewer: Option<&Viewer>, reg: &Register, ask: Ask<'_>, today: NaiveDate) -> bool {
    let Some(v) = viewer else { return true };
    if let Ask::Review { .. } | Ask::Feedback { .. } = ask {
        return true;
    }
    if can_manage_register(v) {
        return true;
    }
    match ask {
        Ask::ChangeEmployee(e) => reg.employee(e.id).is_some_and(|before| {
            can_change(v, reg, e.id, today) && only_contact_fields_differ(before, e)
        }),
        Ask::Register => false,
        Ask::Plan { employee, decide } => {
            // The employee drafts and submits their own; the appraiser (or the Plt/Plh acting
            // for them) writes and decides; the appraiser's superior decides too.
            (!decide && v.employee == Some(employee))
                || can_change(v, reg, employee, today)
                || (decide && decides_objections(v, reg, employee))
        }
        Ask::Review { .. } | Ask::Feedback { .. } => true,
    }
}

/// Who may act on an employee's feedback (issue 9), with the reason when not. `None` viewer
/// is the local operator (command line), who records on anyone's behalf.
/// - write sessions, notes, follow-up reviews: the employee's appraiser on the entry's date
///   `on` or on `today` (the direct supervisor in the register, or the Plt/Plh acting for
///   them then); an admin writes none;
/// - acknowledge: the employee (own sessions) or the appraiser;
/// - import: admins.
pub fn feedback(
    viewer: Option<&Viewer>,
    reg: &Register,
    act: crate::app::feedback::Act,
    employee: EmployeeId,
    on: NaiveDate,
    today: NaiveDate,
) -> Result<(), crate::app::feedback::Refusal> {
    use crate::app::feedback::{Act as F, Refusal as R};
    let Some(v) = viewer else { return Ok(()) };
    let admin = can_manage_register(v);
    let appraiser =
        !admin && (can_change(v, reg, employee, on) || can_change(v, reg, employee, today));
    match act {
        F::Import if admin => Ok(()),
        F::Import => Err(R::NotAdmin),
        F::Write if admin => Err(R::AdminWritesNobody),
        F::Write if appraiser => Ok(()),
        F::Write => Err(R::NotAppraiser),
        F::Acknowledge if appraiser || v.employee == Some(employee) => Ok(()),
        F::Acknowledge => Err(R::NotEmployeeOrAppraiser),
    }
}

/// Who may act on an employee's evaluation (issue 8), with the reason when not. `None` viewer
/// is the local operator (command line), who records on anyone's behalf.
/// - rate, sign, reopen: the employee's appraiser on `today` (the direct supervisor, or the
///   Plt/Plh acting for them); an admin rates nobody;
/// - the receipt date: the appraiser or an admin (HR);
/// - an objection: the employee or an admin on their behalf.
///
/// Deciding an objection and setting a unit grade depend on stored data: see [`decide`] and
/// [`unit_grade`].
pub fn review(
    viewer: Option<&Viewer>,
    reg: &Register,
    act: Act,
    employee: EmployeeId,
    today: NaiveDate,
) -> Result<(), Refusal> {
    let Some(v) = viewer else { return Ok(()) };
    let admin = can_manage_register(v);
    let appraiser = !admin && can_change(v, reg, employee, today);
    match act {
        Act::Rate if admin => Err(Refusal::AdminRatesNobody),
        Act::Rate | Act::Receive if appraiser || (admin && act == Act::Receive) => Ok(()),
        Act::Rate | Act::Receive => Err(Refusal::NotAppraiser),
        Act::Object if admin || v.employee == Some(employee) => Ok(()),
        Act::Object => Err(Refusal::NotTheEmployee),
        Act::Decide | Act::UnitGrade => Err(Refusal::NotAppraiserSuperior),
    }
}

/// Deciding an objection: the appraiser's superior recorded at signing (`superior`); the
/// operator records the decision on their behalf.
pub fn decide(viewer: Option<&Viewer>, superior: Option<EmployeeId>) -> Result<(), Refusal> {
    match viewer {
        None if superior.is_some() => Ok(()),
        Some(v) if v.employee.is_some() && v.employee == superior => Ok(()),
        _ => Err(Refusal::NotAppraiserSuperior),
    }
}

/// Setting a unit's grade: the head of the unit one level up (or the Plt/Plh acting for that
/// head on `today`), or an admin with the decree's reference; the operator too.
pub fn unit_grade(
    viewer: Option<&Viewer>,
    reg: &Register,
    unit: UnitId,
    decree: &str,
    today: NaiveDate,
) -> Result<(), Refusal> {
    let Some(v) = viewer else { return Ok(()) };
    if can_manage_register(v) {
        return if decree.trim().is_empty() {
            Err(Refusal::DecreeMissing)
        } else {
            Ok(())
        };
    }
    let head_above = reg
        .unit(unit)
        .and_then(|u| u.parent)
        .and_then(|p| reg.unit(p))
        .and_then(|p| p.head);
    let Some(head) = head_above else {
        return Err(Refusal::NotUnitHeadAbove);
    };
    let acts_for_head = v
        .acting
        .iter()
        .any(|a| a.covers(today) && a.for_supervisor == head);
    if v.employee == Some(head) || acts_for_head {
        Ok(())
    } else {
        Err(Refusal::NotUnitHeadAbove)
    }
}

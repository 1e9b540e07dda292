//! What the signed-in person may ask of the command path. Checked in `Services::execute`, so
//! no screen or subcommand can go around it. No viewer means the local operator (CLI).

use chrono::NaiveDate;

use crate::app::services::register::Register;
use crate::domain::access::{can_change, can_manage_register, decides_objections};
use crate::domain::{Directory, Employee, EmployeeId, Viewer};

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
        unit: Option<crate::domain::UnitId>,
        act: crate::app::reviews::command::Act,
    },
}

pub fn allowed(viewer: Option<&Viewer>, reg: &Register, ask: Ask<'_>, today: NaiveDate) -> bool {
    let Some(v) = viewer else { return true };
    if let Ask::Review { .. } = ask {
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
        Ask::Review { .. } => true,
    }
}

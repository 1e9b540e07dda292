//! What the signed-in person may ask of the command path. Checked in `Services::execute`, so
//! no screen or subcommand can go around it. No viewer means the local operator (CLI).

use chrono::NaiveDate;

use crate::app::commands::Command;
use crate::app::register::Register;
use crate::domain::access::{can_change, can_manage_register};
use crate::domain::{Directory, Employee, Viewer};

/// The fields a supervisor may correct on a direct report (phone and e-mail); the rest of the
/// register, academic titles included, is HR's.
pub fn only_contact_fields_differ(before: &Employee, after: &Employee) -> bool {
    let mut b = before.clone();
    b.phone = after.phone.clone();
    b.email = after.email.clone();
    &b == after
}

pub fn allowed(viewer: Option<&Viewer>, reg: &Register, cmd: &Command, today: NaiveDate) -> bool {
    let Some(v) = viewer else { return true };
    if can_manage_register(v) {
        return true;
    }
    match cmd {
        Command::SaveEmployee(e) => reg.employee(e.id).is_some_and(|before| {
            can_change(v, reg, e.id, today) && only_contact_fields_differ(before, e)
        }),
        // Acting assignments widen what someone may change: HR's, like the register.
        Command::SaveActing { .. } => false,
        _ => false,
    }
}

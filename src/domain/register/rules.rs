//! Register rules, domain.md 1.4: reporting line, supervisor, NIP uniqueness, unit tree.

use crate::domain::{Employee, EmployeeId, EmployeeKind, Nip, NipError, OrgUnit, UnitId};

/// Read access to the register that the rules need; the app's in-memory register implements it.
pub trait Directory {
    fn employee(&self, id: EmployeeId) -> Option<&Employee>;
    fn employee_by_nip(&self, nip: &Nip) -> Option<EmployeeId>;
    fn unit(&self, id: UnitId) -> Option<&OrgUnit>;
    /// Active employees whose direct supervisor is `id`.
    fn active_subordinates(&self, id: EmployeeId) -> Vec<EmployeeId>;
}

/// The form field a rule speaks about, so the UI can put the message under it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Nip,
    Name,
    /// Gelar depan.
    FrontTitle,
    /// Gelar belakang.
    BackTitle,
    /// Nama unit kerja.
    UnitName,
    Kind,
    Grade,
    Position,
    PositionKind,
    Unit,
    Supervisor,
    AppointedOn,
    /// TMT golongan.
    GradeSince,
    /// TMT jabatan.
    PositionSince,
    Phone,
    Email,
    Status,
}

/// A broken register rule. Values, not text: the UI translates them.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RuleError {
    #[error("invalid NIP: {0}")]
    Nip(#[from] NipError),
    #[error("NIP already used by employee {0:?}")]
    NipTaken(EmployeeId),
    #[error("name required")]
    NameRequired,
    #[error("position title required")]
    PositionRequired,
    #[error("grade does not fit the employee kind")]
    GradeKindMismatch,
    #[error("unknown unit")]
    UnknownUnit,
    #[error("unit is closed")]
    UnitClosed,
    #[error("unknown supervisor")]
    UnknownSupervisor,
    #[error("supervisor is not active")]
    SupervisorInactive,
    #[error("an employee cannot supervise themself")]
    SupervisorSelf,
    /// The chain from the proposed supervisor upwards reaches the employee again.
    #[error("reporting line would form a cycle")]
    SupervisorCycle(Vec<EmployeeId>),
    #[error("{0} active subordinates need a new supervisor")]
    HasActiveSubordinates(usize),
    #[error("invalid e-mail address")]
    EmailInvalid,
    #[error("invalid phone number")]
    PhoneInvalid,
    /// Longer than the field's limit ([`crate::domain::limits`]); `len`: the characters given.
    #[error("longer than {max} characters ({len})")]
    TooLong { max: usize, len: usize },
    #[error("appointment date before the 15th birthday")]
    AppointedTooYoung,
    /// Minimum age for appointment as ASN: 18 (a register rule on top of the NIP's format,
    /// which only asks for 15, domain.md 1.1).
    #[error("appointed before the 18th birthday")]
    AppointedUnder18,
    /// TMT golongan or TMT jabatan before TMT CPNS.
    #[error("date before the first appointment")]
    BeforeAppointment,
    /// None of the register's dates may lie after today.
    #[error("date after today")]
    DateInFuture,
    #[error("unit name required")]
    UnitNameRequired,
    #[error("another unit under the same parent has this name")]
    UnitNameTaken,
    #[error("unit tree would form a cycle")]
    UnitCycle,
    #[error("unknown parent unit")]
    UnknownParentUnit,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: Field,
    pub error: RuleError,
}

fn push(errors: &mut Vec<FieldError>, field: Field, error: RuleError) {
    errors.push(FieldError { field, error });
}

/// Every rule an employee record must meet against the rest of the register.
/// Returns all broken rules, so a form can mark every wrong field at once.
pub fn check_employee(dir: &dyn Directory, e: &Employee) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if let Some(other) = dir.employee_by_nip(&e.nip) {
        if other != e.id {
            push(&mut errors, Field::Nip, RuleError::NipTaken(other));
        }
    }
    if e.name.name.trim().is_empty() {
        push(&mut errors, Field::Name, RuleError::NameRequired);
    }
    if e.position.trim().is_empty() {
        push(&mut errors, Field::Position, RuleError::PositionRequired);
    }
    for (field, max, len) in crate::domain::limits::employee_overruns(e) {
        push(&mut errors, field, RuleError::TooLong { max, len });
    }
    if e.grade.kind() != e.kind {
        push(&mut errors, Field::Grade, RuleError::GradeKindMismatch);
    }
    match dir.unit(e.unit) {
        None => push(&mut errors, Field::Unit, RuleError::UnknownUnit),
        Some(u) if !u.active => push(&mut errors, Field::Unit, RuleError::UnitClosed),
        Some(_) => {}
    }
    if let Some(sup) = e.supervisor {
        match check_supervisor(dir, e.id, sup) {
            // Someone who has left keeps their last supervisor, who may have left too.
            Err(RuleError::SupervisorInactive) if !e.is_active() => {}
            Err(err) => push(&mut errors, Field::Supervisor, err),
            Ok(()) => {}
        }
    }
    if let (Some(appointed), Some(birth)) = (e.appointed_on, e.nip.birth_date()) {
        if birth
            .checked_add_months(chrono::Months::new(15 * 12))
            .is_some_and(|adult| appointed < adult)
        {
            push(
                &mut errors,
                Field::AppointedOn,
                RuleError::AppointedTooYoung,
            );
        }
    }
    if !e.email.trim().is_empty() && !is_plausible_email(e.email.trim()) {
        push(&mut errors, Field::Email, RuleError::EmailInvalid);
    }
    if !e.phone.trim().is_empty() && !is_plausible_phone(e.phone.trim()) {
        push(&mut errors, Field::Phone, RuleError::PhoneInvalid);
    }
    if !e.is_active() {
        let subs = dir.active_subordinates(e.id);
        if !subs.is_empty() {
            push(
                &mut errors,
                Field::Status,
                RuleError::HasActiveSubordinates(subs.len()),
            );
        }
    }
    errors
}

/// The dated rules of an employee record, with the app's `today` (the domain reads no clock):
/// the NIP's dates are real and past, the appointment (in the NIP and TMT CPNS) is on or after
/// the 18th birthday, TMT golongan and TMT jabatan are not before TMT CPNS, and no date is
/// after today.
pub fn check_employee_dates(e: &Employee, today: chrono::NaiveDate) -> Vec<FieldError> {
    use chrono::{Datelike, Months};
    let mut errors = Vec::new();
    if let Err(err) = e.nip.check_dates(e.kind, today) {
        push(&mut errors, Field::Nip, RuleError::Nip(err));
    }
    let birth = e.nip.birth_date();
    let adult = birth.and_then(|b| b.checked_add_months(Months::new(18 * 12)));
    // The NIP knows only the month (PNS) or year (PPPK) of the appointment.
    let nip_under_18 = match (e.nip.appointment(e.kind), adult) {
        (Some(a), Some(adult)) => match e.kind {
            EmployeeKind::Pns => (a.year(), a.month()) < (adult.year(), adult.month()),
            EmployeeKind::Pppk => a.year() < adult.year(),
        },
        _ => false,
    };
    if nip_under_18 {
        push(&mut errors, Field::Nip, RuleError::AppointedUnder18);
    }
    let fifteen = birth.and_then(|b| b.checked_add_months(Months::new(15 * 12)));
    let dates = [
        (Field::AppointedOn, e.appointed_on),
        (Field::GradeSince, e.grade_since),
        (Field::PositionSince, e.position_since),
    ];
    for (field, date) in dates {
        let Some(d) = date else { continue };
        if d > today {
            push(&mut errors, field, RuleError::DateInFuture);
        } else if field == Field::AppointedOn {
            // Before 15 is `check_employee`'s `AppointedTooYoung`; one message per field.
            let under_15 = fifteen.is_some_and(|f| d < f);
            if !under_15 && adult.is_some_and(|a| d < a) {
                push(&mut errors, field, RuleError::AppointedUnder18);
            }
        } else if e.appointed_on.is_some_and(|a| d < a) {
            push(&mut errors, field, RuleError::BeforeAppointment);
        }
    }
    // The day someone left (tanggal berhenti) has happened, like the register's other dates.
    if let crate::domain::EmployeeStatus::Inactive { since: Some(d), .. } = &e.status {
        if *d > today {
            push(&mut errors, Field::Status, RuleError::DateInFuture);
        }
    }
    errors
}

/// [`check_employee_dates`] as the command path applies it: the broken dated rules of `after`
/// whose inputs this change touches (all of them for a new record, `before` = `None`). A
/// record stored before a rule existed keeps its old dates until someone edits them, so an
/// unrelated change (a new supervisor, a deactivation) is not blocked by them.
pub fn changed_date_errors(
    before: Option<&Employee>,
    after: &Employee,
    today: chrono::NaiveDate,
) -> Vec<FieldError> {
    let mut errors = check_employee_dates(after, today);
    if let Some(b) = before {
        let nip = b.nip != after.nip || b.kind != after.kind;
        let appointed = nip || b.appointed_on != after.appointed_on;
        errors.retain(|fe| match fe.field {
            Field::Nip => nip,
            Field::AppointedOn => appointed,
            Field::GradeSince => appointed || b.grade_since != after.grade_since,
            Field::PositionSince => appointed || b.position_since != after.position_since,
            Field::Status => left_on(b) != left_on(after),
            _ => true,
        });
    }
    errors
}

fn left_on(e: &Employee) -> Option<chrono::NaiveDate> {
    match &e.status {
        crate::domain::EmployeeStatus::Inactive { since, .. } => *since,
        crate::domain::EmployeeStatus::Active => None,
    }
}

/// Whether `supervisor` may become the direct superior of `employee`.
pub fn check_supervisor(
    dir: &dyn Directory,
    employee: EmployeeId,
    supervisor: EmployeeId,
) -> Result<(), RuleError> {
    if supervisor == employee {
        return Err(RuleError::SupervisorSelf);
    }
    let sup = dir
        .employee(supervisor)
        .ok_or(RuleError::UnknownSupervisor)?;
    if !sup.is_active() {
        return Err(RuleError::SupervisorInactive);
    }
    if let Some(chain) = cycle_through(dir, employee, supervisor) {
        return Err(RuleError::SupervisorCycle(chain));
    }
    Ok(())
}

/// Walks up from `supervisor`; if the walk reaches `employee` the new line would be a cycle.
/// Returns the chain `supervisor .. employee` that closes it.
pub fn cycle_through(
    dir: &dyn Directory,
    employee: EmployeeId,
    supervisor: EmployeeId,
) -> Option<Vec<EmployeeId>> {
    let mut chain = vec![supervisor];
    let mut current = supervisor;
    // A register already holding a cycle must not hang us: stop after visiting everyone once.
    let mut seen = std::collections::HashSet::new();
    while let Some(next) = dir.employee(current).and_then(|e| e.supervisor) {
        if next == employee {
            chain.push(next);
            return Some(chain);
        }
        if !seen.insert(next) {
            return None;
        }
        chain.push(next);
        current = next;
    }
    None
}

/// Rules for a unit: a name, a known parent, and no cycle in the tree.
pub fn check_unit(dir: &dyn Directory, unit: &OrgUnit) -> Vec<RuleError> {
    let mut errors = Vec::new();
    if unit.name.trim().is_empty() {
        errors.push(RuleError::UnitNameRequired);
    }
    if let Some((max, len)) = crate::domain::limits::too_long(Field::UnitName, &unit.name) {
        errors.push(RuleError::TooLong { max, len });
    }
    if let Some(parent) = unit.parent {
        if dir.unit(parent).is_none() {
            errors.push(RuleError::UnknownParentUnit);
        } else {
            let mut current = Some(parent);
            let mut steps = 0usize;
            while let Some(id) = current {
                if id == unit.id {
                    errors.push(RuleError::UnitCycle);
                    break;
                }
                steps += 1;
                if steps > 10_000 {
                    break;
                }
                current = dir.unit(id).and_then(|u| u.parent);
            }
        }
    }
    if let Some(head) = unit.head {
        match dir.employee(head) {
            None => errors.push(RuleError::UnknownSupervisor),
            Some(e) if !e.is_active() => errors.push(RuleError::SupervisorInactive),
            Some(_) => {}
        }
    }
    errors
}

fn is_plausible_email(s: &str) -> bool {
    let mut parts = s.split('@');
    match (parts.next(), parts.next(), parts.next()) {
        (Some(local), Some(domain), None) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !s.contains(char::is_whitespace)
        }
        _ => false,
    }
}

fn is_plausible_phone(s: &str) -> bool {
    let digits = s.chars().filter(char::is_ascii_digit).count();
    s.chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '+' | ' ' | '-' | '(' | ')'))
        && (8..=15).contains(&digits)
}

#[cfg(test)]
mod tests;

//! The dated rules of issue 7 #3/#4 on the command path: a command built without a form (a
//! script, a bug) with impossible dates is refused and nothing is written.

mod common;

use chrono::NaiveDate;
use common::services_with_office;
use kinerja::app::{Command, CommandError, Services};
use kinerja::domain::access::ActingError;
use kinerja::domain::{
    ActingAssignment, AuditAction, Directory, EmployeeId, Field, FieldError, InactiveReason, Nip,
    NipError, RuleError,
};

const YOHANES: EmployeeId = EmployeeId(1);
const MARIA: EmployeeId = EmployeeId(2);
const DANIEL: EmployeeId = EmployeeId(3);

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// Everything a refused command must leave as it was: records, trail, register.
fn snapshot(s: &Services) -> (usize, usize, Vec<kinerja::domain::Employee>) {
    (
        s.store.audit_trail().unwrap().len(),
        s.store.acting_assignments().unwrap().len(),
        s.store.employees().unwrap(),
    )
}

fn refused_with(result: Result<kinerja::app::Outcome, CommandError>) -> Vec<FieldError> {
    match result {
        Err(CommandError::Invalid { errors, .. }) => errors,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

fn fe(field: Field, error: RuleError) -> FieldError {
    FieldError { field, error }
}

#[test]
fn a_new_employee_with_an_impossible_nip_is_refused_without_a_form() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = services_with_office(&dir.path().join("db"));
    let before = snapshot(&s);
    let mut e = s.register.employee(DANIEL).cloned().unwrap();
    e.id = EmployeeId(0);
    // Born 2030, appointed 2080: a valid format, impossible dates (the clock is 28/11/2026).
    e.nip = Nip::parse("203001012080011001", e.kind).unwrap();
    let errors = refused_with(s.execute(Command::SaveEmployee(e)));
    assert_eq!(
        errors,
        vec![fe(Field::Nip, RuleError::Nip(NipError::BornInFuture))]
    );
    assert_eq!(snapshot(&s), before);
    assert_eq!(s.register.employees().len(), 5);
}

#[test]
fn tmt_dates_out_of_order_or_in_the_future_are_refused_without_a_form() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = services_with_office(&dir.path().join("db"));
    let before = snapshot(&s);
    // Daniel: born 20/01/1996.
    let daniel = s.register.employee(DANIEL).cloned().unwrap();
    type Case = (
        Option<NaiveDate>,
        Option<NaiveDate>,
        Option<NaiveDate>,
        Vec<FieldError>,
    );
    let cases: Vec<Case> = vec![
        // TMT CPNS before the 18th birthday (20/01/2014).
        (
            Some(d(2014, 1, 19)),
            None,
            None,
            vec![fe(Field::AppointedOn, RuleError::AppointedUnder18)],
        ),
        // TMT golongan and jabatan before TMT CPNS.
        (
            Some(d(2020, 12, 1)),
            Some(d(2020, 11, 30)),
            Some(d(2019, 1, 1)),
            vec![
                fe(Field::GradeSince, RuleError::BeforeAppointment),
                fe(Field::PositionSince, RuleError::BeforeAppointment),
            ],
        ),
        // After today (28/11/2026).
        (
            Some(d(2020, 12, 1)),
            Some(d(2026, 11, 29)),
            None,
            vec![fe(Field::GradeSince, RuleError::DateInFuture)],
        ),
    ];
    for (appointed, grade, position, want) in cases {
        let mut e = daniel.clone();
        e.appointed_on = appointed;
        e.grade_since = grade;
        e.position_since = position;
        let errors = refused_with(s.execute(Command::SaveEmployee(e)));
        assert_eq!(errors, want, "{appointed:?} {grade:?} {position:?}");
        assert_eq!(snapshot(&s), before);
        assert_eq!(s.register.employee(DANIEL), Some(&daniel));
    }
    // The same dates in order are saved.
    let mut e = daniel.clone();
    e.appointed_on = Some(d(2020, 12, 1));
    e.grade_since = Some(d(2024, 4, 1));
    e.position_since = Some(d(2026, 11, 28));
    s.execute(Command::SaveEmployee(e.clone())).unwrap();
    // Stored (and held in memory) one revision on.
    assert_eq!(s.store.employee(DANIEL).unwrap(), Some(e.saved()));
    assert_eq!(s.register.employee(DANIEL), Some(&e.saved()));
}

#[test]
fn a_batch_with_bad_dates_is_refused_whole() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = services_with_office(&dir.path().join("db"));
    let before = snapshot(&s);
    let mut ok = s.register.employee(MARIA).cloned().unwrap();
    ok.phone = "0812 3456 7890".into();
    let mut bad = s.register.employee(DANIEL).cloned().unwrap();
    bad.position_since = Some(d(2027, 1, 1));
    let errors = refused_with(s.execute(Command::Batch {
        units: Vec::new(),
        employees: vec![ok, bad],
        action: AuditAction::Import,
    }));
    assert_eq!(
        errors,
        vec![fe(Field::PositionSince, RuleError::DateInFuture)]
    );
    assert_eq!(snapshot(&s), before);
}

#[test]
fn a_deactivation_dated_after_today_is_refused_and_today_is_fine() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = services_with_office(&dir.path().join("db"));
    let before = snapshot(&s);
    let deactivate = |since| Command::DeactivateEmployee {
        id: DANIEL,
        reason: InactiveReason::TransferredOut,
        since: Some(since),
        note: String::new(),
        reassign_to: None,
    };
    let errors = refused_with(s.execute(deactivate(d(2026, 11, 29))));
    assert_eq!(errors, vec![fe(Field::Status, RuleError::DateInFuture)]);
    assert_eq!(snapshot(&s), before);
    assert!(s.register.employee(DANIEL).unwrap().is_active());
    s.execute(deactivate(d(2026, 11, 28))).unwrap();
    assert!(!s.store.employee(DANIEL).unwrap().unwrap().is_active());
}

#[test]
fn acting_dates_are_checked_on_the_command_path() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = services_with_office(&dir.path().join("db"));
    let before = snapshot(&s);
    let plt = |from, to| Command::SaveActing {
        acting: ActingAssignment {
            id: 0,
            acting: MARIA,
            for_supervisor: YOHANES,
            from,
            to,
            revision: 0,
        },
        reason: "SK 1/2026".into(),
    };
    let cases = [
        (
            d(2026, 12, 1),
            d(9999, 12, 31),
            vec![ActingError::OutOfRange(d(9999, 12, 31))],
        ),
        (
            d(1899, 12, 31),
            d(2026, 12, 31),
            vec![ActingError::OutOfRange(d(1899, 12, 31))],
        ),
        (
            d(2026, 12, 31),
            d(2026, 12, 1),
            vec![ActingError::FromAfterTo {
                from: d(2026, 12, 31),
                to: d(2026, 12, 1),
            }],
        ),
    ];
    for (from, to, want) in cases {
        match s.execute(plt(from, to)) {
            Err(CommandError::InvalidActing(errors)) => assert_eq!(errors, want, "{from} {to}"),
            other => panic!("expected a refusal, got {other:?}"),
        }
        assert_eq!(snapshot(&s), before);
    }
    // The last accepted day (31/12/2999) is accepted.
    s.execute(plt(d(2026, 12, 1), d(2999, 12, 31))).unwrap();
    assert_eq!(s.store.acting_assignments().unwrap().len(), 1);
}

/// The forms still check first and put each message under its field; a refusal of the
/// command path lands under the same fields.
#[test]
fn forms_keep_their_per_field_date_messages() {
    use kinerja::app::employees::deactivate_form::{DeactivateField, DeactivateForm};
    use kinerja::app::employees::form::{EmployeeForm, FieldId, FormError};
    use kinerja::app::employees::Popup;
    let dir = tempfile::tempdir().unwrap();
    let mut s = services_with_office(&dir.path().join("db"));
    let today = d(2026, 11, 28);
    let daniel = s.register.employee(DANIEL).cloned().unwrap();
    let mut form = EmployeeForm::edit(&daniel);
    form.appointed_on = tui_input::Input::new("01/12/2020".into());
    form.grade_since = tui_input::Input::new("30/11/2020".into());
    form.position_since = tui_input::Input::new("29/11/2026".into());
    assert_eq!(form.to_employee(&s.register, today), None);
    assert_eq!(
        form.error(FieldId::GradeSince),
        Some(&FormError::Rule(RuleError::BeforeAppointment))
    );
    assert_eq!(
        form.error(FieldId::PositionSince),
        Some(&FormError::Rule(RuleError::DateInFuture))
    );
    assert_eq!(form.error(FieldId::AppointedOn), None);
    // The same record sent as a command: refused, and the refusal marks the same fields.
    let mut bad = daniel.clone();
    bad.appointed_on = Some(d(2020, 12, 1));
    bad.grade_since = Some(d(2020, 11, 30));
    bad.position_since = Some(d(2026, 11, 29));
    let refusal = s.execute(Command::SaveEmployee(bad)).unwrap_err();
    let mut popup = Popup::Employee(Box::new(EmployeeForm::edit(&daniel)));
    kinerja::app::employees::update::refused(&mut popup, refusal);
    let Popup::Employee(form) = popup else {
        unreachable!()
    };
    assert_eq!(
        form.error(FieldId::GradeSince),
        Some(&FormError::Rule(RuleError::BeforeAppointment))
    );
    assert_eq!(
        form.error(FieldId::PositionSince),
        Some(&FormError::Rule(RuleError::DateInFuture))
    );
    // The deactivation form refuses a day after today under its date field.
    let mut form = DeactivateForm::new(DANIEL, 0, today);
    form.since = tui_input::Input::new("29/11/2026".into());
    assert_eq!(form.validate(), None);
    assert_eq!(
        form.error(DeactivateField::Since),
        Some(&FormError::FutureDate)
    );
}

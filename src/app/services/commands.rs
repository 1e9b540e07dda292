//! The one command path: every change to stored data is a [`Command`] executed here. It checks
//! the domain rules, commits records and audit entries in one transaction, flushes, and only
//! then updates the in-memory register.

use chrono::NaiveDate;

use super::permissions::{self, Ask};
pub use super::shared::{system_clock_ms, Shared};
use crate::app::services::register::Register;
use crate::domain::access::{check_acting, ActingError};
use crate::domain::plan::{PerformancePlan, Period, PeriodError};
use crate::domain::{
    rules, ActingAssignment, AuditAction, Directory, Employee, EmployeeId, EmployeeStatus, Field,
    FieldError, InactiveReason, OrgUnit, RecordKind, RuleError, UnitId,
};
use crate::store::{Change, Record, Store, StoreError};

/// A change the user (or a CLI run) asks for.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Create (when `employee.id` is `EmployeeId(0)`) or update an employee.
    SaveEmployee(Employee),
    /// Set an employee inactive; active subordinates move to `reassign_to`.
    DeactivateEmployee {
        id: EmployeeId,
        reason: InactiveReason,
        since: Option<NaiveDate>,
        note: String,
        reassign_to: Option<EmployeeId>,
    },
    ReactivateEmployee(EmployeeId),
    /// Create (when `unit.id` is `UnitId(0)`) or update a unit.
    SaveUnit(OrgUnit),
    /// Many records at once, all or nothing (CSV import). New records carry ids already
    /// taken from [`Services::next_id`].
    Batch {
        units: Vec<OrgUnit>,
        employees: Vec<Employee>,
        action: AuditAction,
    },
    /// Record (when `acting.id` is 0) or change an acting assignment (Plt/Plh). Admins and
    /// the operator only. `reason` goes to the audit trail (e.g. the decree's number).
    SaveActing {
        acting: ActingAssignment,
        reason: String,
    },
    /// Open an appraisal year (when none is stored for `period.year`) or change its stage or
    /// segmentation. Admins and the operator only; `reason` goes to the audit trail.
    SavePeriod {
        period: Period,
        reason: String,
    },
    /// Files in: plans and realisations (`kinerja import skp|realisasi`).
    Transfer(TransferCommand),
    /// The SKP tab's commands (plans, realisation).
    Plans(crate::app::plans::Command),
    /// Pengaturan kantor: admins only.
    Settings(crate::app::settings::Command),
    /// Penilaian: evaluations, unit grades, receipt, objections (issue 8).
    Reviews(crate::app::reviews::Command),
    /// Dialog kinerja: sessions, follow-ups, quick notes (issue 9).
    Feedback(crate::app::feedback::Command),
    /// Accounts from the admin screen (the CLI's `kinerja user` calls the same functions).
    Accounts(crate::app::admin::Command),
}

/// Imports of plans, checked and planned by `app::transfer`, written here in one commit (the
/// store's journaled path for large files). HR's, like the register imports.
#[derive(Clone, Debug, PartialEq)]
pub enum TransferCommand {
    /// New and changed plans (`import skp`); `approved`: `--disetujui`, agreed plans moved
    /// from another tool, which the audit trail records as such.
    ImportPlans {
        plans: Vec<PerformancePlan>,
        approved: bool,
    },
    /// Plans with new realisations (`import realisasi`).
    ImportRealizations(Vec<PerformancePlan>),
    /// The demo office's plans and the current year's period (`kinerja demo`).
    SeedDemo {
        plans: Vec<PerformancePlan>,
        period: Option<Period>,
    },
    /// Signed evaluations typed from paper (`import penilaian`): whole review years, each at
    /// the stored revision (0 for new), planned by `transfer::review_import`.
    ImportReviews(Vec<crate::domain::review::ReviewYear>),
    /// The demo office's evaluations and unit grades (`kinerja demo`).
    SeedDemoReviews {
        years: Vec<crate::domain::review::ReviewYear>,
        unit_grades: Vec<crate::domain::review::UnitGrade>,
    },
}

/// The audit reasons of the plan imports (data, like the contract words, not screen text).
pub const REASON_IMPORT_SKP: &str = "import skp";
pub const REASON_IMPORT_SKP_APPROVED: &str = "import skp --disetujui";
pub const REASON_IMPORT_REALIZATION: &str = "import realisasi";
pub const REASON_DEMO: &str = "demo";
pub const REASON_IMPORT_REVIEWS: &str = "import penilaian";

impl Command {
    /// What the command asks of the register, for the permission check.
    pub fn ask(&self) -> Ask<'_> {
        match self {
            Command::SaveEmployee(e) => Ask::ChangeEmployee(e),
            // Acting assignments widen what someone may change: HR's, like the register.
            Command::SaveActing { .. } => Ask::Register,
            // Opening and moving the year is HR's (journey 1).
            Command::SavePeriod { .. } => Ask::Register,
            Command::Plans(c) => Ask::Plan {
                employee: c.employee(),
                decide: c.decides(),
            },
            // Office settings are an admin's, like the register (`Ask::Register` is theirs).
            Command::Settings(_) => Ask::Register,
            // Accounts are an admin's, like the register.
            Command::Accounts(_) => Ask::Register,
            Command::Reviews(c) => Ask::Review {
                employee: c.employee(),
                unit: c.unit(),
                act: c.act(),
            },
            Command::Feedback(c) => Ask::Feedback {
                employee: c.employee(),
                act: c.act(),
            },
            Command::DeactivateEmployee { .. }
            | Command::ReactivateEmployee(_)
            | Command::SaveUnit(_)
            | Command::Batch { .. }
            | Command::Transfer(_) => Ask::Register,
        }
    }
}

/// What a successful command did.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    EmployeeSaved {
        id: EmployeeId,
        created: bool,
    },
    /// `units`: the names of the units whose head changed with it.
    EmployeeDeactivated {
        id: EmployeeId,
        moved: usize,
        units: Vec<String>,
    },
    EmployeeReactivated(EmployeeId),
    PeriodSaved {
        year: i32,
        created: bool,
    },
    UnitSaved {
        id: UnitId,
        created: bool,
    },
    BatchApplied {
        units: usize,
        employees: usize,
    },
    ActingSaved {
        id: u64,
        created: bool,
    },
    /// Plans written by an import (new or changed).
    PlansImported {
        plans: usize,
    },
    /// Review years written by `import penilaian` or the demo.
    ReviewsImported {
        years: usize,
    },
    Plan(crate::app::plans::command::Done),
    Settings(crate::app::settings::Done),
    Review(crate::app::reviews::Done),
    Feedback(crate::app::feedback::Done),
    Account(crate::app::admin::Done),
}

#[derive(Debug, thiserror::Error)]
pub enum CommandError {
    /// Rules broken by an employee, by field (a batch reports the first offender's id).
    #[error("invalid employee")]
    Invalid {
        id: EmployeeId,
        errors: Vec<FieldError>,
    },
    #[error("invalid unit")]
    InvalidUnit(Vec<RuleError>),
    /// Rules broken by an acting assignment (all of them).
    #[error("invalid acting assignment")]
    InvalidActing(Vec<ActingError>),
    /// A period that cannot be opened or moved this way.
    #[error("invalid period: {0}")]
    InvalidPeriod(#[from] PeriodError),
    /// A plan command refused by the SKP rules.
    #[error("plan refused: {0:?}")]
    Plan(crate::app::plans::command::Refusal),
    /// Office settings that break their rules (all of them).
    #[error("settings refused: {0:?}")]
    Settings(Vec<crate::domain::ruledata::SettingError>),
    /// A review command refused by the rules of issue 8 or by who may act.
    #[error("review refused: {0:?}")]
    Review(crate::app::reviews::Refusal),
    /// A feedback command refused by the rules of issue 9 or by who may act.
    #[error("feedback refused: {0:?}")]
    Feedback(crate::app::feedback::Refusal),
    /// An account command refused by the account rules.
    #[error("account refused: {0:?}")]
    Account(crate::app::admin::Refusal),
    #[error("record not found")]
    NotFound,
    /// The signed-in person may not make this change.
    #[error("not allowed")]
    Forbidden,
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// One session's way to the store: what the process shares ([`Shared`], reached through
/// `Deref`) and who acts in this session. Serving several terminals from one process gives
/// each its own `Services` over one `Shared`.
pub struct Services {
    pub shared: Shared,
    /// Recorded as the author of every change.
    pub actor: String,
    /// Who is signed in; `None` is the local operator (CLI, scripts).
    pub viewer: Option<crate::domain::Viewer>,
}

impl std::ops::Deref for Services {
    type Target = Shared;

    fn deref(&self) -> &Shared {
        &self.shared
    }
}

impl std::ops::DerefMut for Services {
    fn deref_mut(&mut self) -> &mut Shared {
        &mut self.shared
    }
}

impl Services {
    pub fn new(store: Store, actor: impl Into<String>) -> Result<Services, StoreError> {
        Ok(Services {
            shared: Shared::new(store)?,
            actor: actor.into(),
            viewer: None,
        })
    }

    /// The same, the register read on another thread meanwhile ([`Shared::loading`]).
    pub fn loading(store: Store, actor: impl Into<String>) -> Services {
        Services::with_shared(Shared::loading(store), actor)
    }

    /// One session on `shared` (tests hold the register's reading with
    /// [`Shared::loading_when`]).
    pub fn with_shared(shared: Shared, actor: impl Into<String>) -> Services {
        Services {
            shared,
            actor: actor.into(),
            viewer: None,
        }
    }

    /// Replaces the clock (tests, deterministic demo data).
    pub fn with_clock(mut self, clock: impl Fn() -> i64 + Send + 'static) -> Services {
        self.shared.set_clock(clock);
        self
    }

    pub fn execute(&mut self, cmd: Command) -> Result<Outcome, CommandError> {
        // A save based on an older revision is answered as the conflict it is, before the
        // permission check compares it with the newer record (a supervisor's contact-only
        // edit would otherwise look like a forbidden change of the name another person saved).
        self.refuse_stale(&cmd)?;
        if !permissions::allowed(
            self.viewer.as_ref(),
            &self.register,
            cmd.ask(),
            self.today(),
        ) {
            return Err(CommandError::Forbidden);
        }
        let result = self.run(cmd);
        // A store failure may come after sled applied part of the change (a failed flush):
        // reread the register so memory never claims something the disk does not hold.
        if matches!(result, Err(CommandError::Store(_))) {
            match Register::load(&self.store) {
                Ok(register) => self.register = register,
                Err(e) => log::error!("could not reread the register after a failed save: {e}"),
            }
        }
        if result.is_ok() {
            self.note_change();
        }
        result
    }

    /// The store's own refusal (who saved the newer revision, and when) for an employee or
    /// unit saved over a revision the register (the store's mirror) has moved past. Settings
    /// and acting assignments need no answer here: their permission (`Ask::Register`) depends
    /// on the role only, and their commands check the revision first (`save_acting`, the
    /// store's commit).
    fn refuse_stale(&self, cmd: &Command) -> Result<(), CommandError> {
        match cmd {
            Command::SaveEmployee(e) if e.id != EmployeeId(0) => match self.register.employee(e.id)
            {
                Some(now) if now.revision != e.revision => {
                    Err(self.conflict(RecordKind::Employee, e.id.0, e.revision, now.revision))
                }
                _ => Ok(()),
            },
            Command::SaveUnit(u) if u.id != UnitId(0) => match self.register.unit(u.id) {
                Some(now) if now.revision != u.revision => {
                    Err(self.conflict(RecordKind::Unit, u.id.0, u.revision, now.revision))
                }
                _ => Ok(()),
            },
            _ => Ok(()),
        }
    }

    /// The store's refusal of a save based on revision `expected` of a record now at `found`,
    /// naming who saved it last and when.
    fn conflict(&self, kind: RecordKind, id: u64, expected: u64, found: u64) -> CommandError {
        match self.store.last_change(kind, id) {
            Ok(by) => CommandError::Store(StoreError::StaleRevision {
                kind,
                id,
                expected,
                found: Some(found),
                by,
            }),
            Err(e) => CommandError::Store(e),
        }
    }

    fn run(&mut self, cmd: Command) -> Result<Outcome, CommandError> {
        match cmd {
            Command::SaveEmployee(e) => self.save_employee(e),
            Command::DeactivateEmployee {
                id,
                reason,
                since,
                note,
                reassign_to,
            } => self.deactivate(id, reason, since, note, reassign_to),
            Command::ReactivateEmployee(id) => self.reactivate(id),
            Command::SaveUnit(u) => self.save_unit(u),
            Command::Batch {
                units,
                employees,
                action,
            } => self.batch(units, employees, action),
            Command::SaveActing { acting, reason } => self.save_acting(acting, &reason),
            Command::SavePeriod { period, reason } => self.save_period(period, &reason),
            Command::Transfer(t) => self.transfer(t),
            Command::Plans(c) => self.run_plans(c),
            Command::Settings(c) => self.run_settings(c),
            Command::Reviews(c) => self.run_reviews(c),
            Command::Feedback(c) => self.run_feedback(c),
            Command::Accounts(c) => self.run_accounts(c),
        }
    }

    fn save_employee(&mut self, mut e: Employee) -> Result<Outcome, CommandError> {
        let created = e.id == EmployeeId(0);
        let today = self.today();
        if created {
            // Check before taking an id, so a refused form does not burn one.
            e.id = EmployeeId(u64::MAX);
            check(&self.register, None, &e, today)?;
            e.id = EmployeeId(self.store.next_id(RecordKind::Employee)?);
            // A new record is based on nothing stored.
            e.revision = 0;
        } else {
            match self.register.employee(e.id) {
                None => return Err(CommandError::NotFound),
                // Nothing changed: nothing to write, nothing for the audit trail.
                Some(before) if *before == e => {
                    return Ok(Outcome::EmployeeSaved {
                        id: e.id,
                        created: false,
                    })
                }
                Some(_) => {}
            }
        }
        check(&self.register, self.register.employee(e.id), &e, today)?;
        let action = if created {
            AuditAction::Create
        } else {
            AuditAction::Update
        };
        let id = e.id;
        self.commit(vec![change(Record::Employee(e.clone()), action, "")])?;
        self.register.upsert_employee(e.saved());
        Ok(Outcome::EmployeeSaved { id, created })
    }

    fn deactivate(
        &mut self,
        id: EmployeeId,
        reason: InactiveReason,
        since: Option<NaiveDate>,
        note: String,
        reassign_to: Option<EmployeeId>,
    ) -> Result<Outcome, CommandError> {
        let mut e = self
            .register
            .employee(id)
            .cloned()
            .ok_or(CommandError::NotFound)?;
        e.status = EmployeeStatus::Inactive {
            reason,
            since,
            note: note.clone(),
        };
        // Work on a copy so the rules see the register as it will be after the commit.
        let mut after = self.register.clone();
        let mut changes = Vec::new();
        let moved: Vec<EmployeeId> = self.register.active_subordinates(id);
        // Active reports must move to someone: the reporting line may not lose its top.
        if !moved.is_empty() && reassign_to.is_none() {
            return Err(CommandError::Invalid {
                id,
                errors: vec![FieldError {
                    field: Field::Status,
                    error: RuleError::HasActiveSubordinates(moved.len()),
                }],
            });
        }
        for sub in &moved {
            let mut s = after
                .employee(*sub)
                .cloned()
                .ok_or(CommandError::NotFound)?;
            // One of the reports promoted: they take the head's place under the head's own
            // supervisor, and the others report to them. Anyone deeper in the line is
            // refused by the register's rules below (a cycle).
            s.supervisor = if reassign_to == Some(*sub) {
                e.supervisor
            } else {
                reassign_to
            };
            after.upsert_employee(s.clone());
            changes.push(s);
        }
        after.upsert_employee(e.clone());
        let today = self.today();
        for s in &changes {
            check(&after, self.register.employee(s.id), s, today)?;
        }
        check(&after, self.register.employee(id), &e, today)?;
        let mut units = Vec::new();
        for u in self.register.units().iter().filter(|u| u.head == Some(id)) {
            let mut u = u.clone();
            u.head = reassign_to;
            units.push(u);
        }
        let mut all: Vec<Change> = changes
            .iter()
            .map(|s| change(Record::Employee(s.clone()), AuditAction::Update, &note))
            .collect();
        all.extend(
            units
                .iter()
                .map(|u| change(Record::Unit(u.clone()), AuditAction::Update, &note)),
        );
        all.push(change(
            Record::Employee(e.clone()),
            AuditAction::Deactivate,
            &note,
        ));
        self.commit(all)?;
        for s in changes {
            self.register.upsert_employee(s.saved());
        }
        let unit_names = units.iter().map(|u| u.name.clone()).collect();
        for u in units {
            self.register.upsert_unit(u.saved());
        }
        self.register.upsert_employee(e.saved());
        Ok(Outcome::EmployeeDeactivated {
            id,
            moved: moved.len(),
            units: unit_names,
        })
    }

    fn reactivate(&mut self, id: EmployeeId) -> Result<Outcome, CommandError> {
        let mut e = self
            .register
            .employee(id)
            .cloned()
            .ok_or(CommandError::NotFound)?;
        e.status = EmployeeStatus::Active;
        check(&self.register, self.register.employee(id), &e, self.today())?;
        self.commit(vec![change(
            Record::Employee(e.clone()),
            AuditAction::Reactivate,
            "",
        )])?;
        self.register.upsert_employee(e.saved());
        Ok(Outcome::EmployeeReactivated(id))
    }

    fn save_unit(&mut self, mut u: OrgUnit) -> Result<Outcome, CommandError> {
        let created = u.id == UnitId(0);
        if created {
            u.id = UnitId(u64::MAX);
        } else if self.register.unit(u.id).is_none() {
            return Err(CommandError::NotFound);
        }
        let mut errors = rules::check_unit(&self.register, &u);
        // Two units of one name under one parent cannot be told apart in pickers and files.
        let same_name = |o: &OrgUnit| {
            o.id != u.id
                && o.active
                && o.parent == u.parent
                && crate::domain::unit::name_key(&o.name) == crate::domain::unit::name_key(&u.name)
        };
        if self.register.units().iter().any(same_name) {
            errors.push(RuleError::UnitNameTaken);
        }
        if !errors.is_empty() {
            return Err(CommandError::InvalidUnit(errors));
        }
        if created {
            u.id = UnitId(self.store.next_id(RecordKind::Unit)?);
            u.revision = 0;
        }
        let action = if created {
            AuditAction::Create
        } else {
            AuditAction::Update
        };
        let id = u.id;
        self.commit(vec![change(Record::Unit(u.clone()), action, "")])?;
        self.register.upsert_unit(u.saved());
        Ok(Outcome::UnitSaved { id, created })
    }

    fn batch(
        &mut self,
        units: Vec<OrgUnit>,
        employees: Vec<Employee>,
        action: AuditAction,
    ) -> Result<Outcome, CommandError> {
        let mut units = units;
        let mut after = self.register.clone();
        after.upsert_many(&units, &employees);
        // A head who leaves in this batch leaves the unit without a head (the file has no column
        // to name a new one); the unit change is recorded like any other.
        let leaving: std::collections::HashSet<EmployeeId> = employees
            .iter()
            .filter(|e| !e.is_active())
            .map(|e| e.id)
            .collect();
        let headless: Vec<OrgUnit> = after
            .units()
            .iter()
            .filter(|u| u.head.is_some_and(|h| leaving.contains(&h)))
            .map(|u| OrgUnit {
                head: None,
                ..u.clone()
            })
            .collect();
        if !headless.is_empty() {
            for h in &headless {
                match units.iter_mut().find(|u| u.id == h.id) {
                    Some(u) => u.head = None,
                    None => units.push(h.clone()),
                }
            }
            after.upsert_many(&headless, &[]);
        }
        for u in &units {
            let errors = rules::check_unit(&after, u);
            if !errors.is_empty() {
                return Err(CommandError::InvalidUnit(errors));
            }
        }
        let today = self.today();
        for e in &employees {
            check(&after, self.register.employee(e.id), e, today)?;
        }
        let (nu, ne) = (units.len(), employees.len());
        // The register after the commit holds them as the store does: one revision on.
        let saved: Vec<Employee> = employees.iter().map(Employee::saved).collect();
        let saved_units: Vec<OrgUnit> = units.iter().map(OrgUnit::saved).collect();
        let mut changes: Vec<Change> = units
            .into_iter()
            .map(|u| change(Record::Unit(u), action, ""))
            .collect();
        changes.extend(
            employees
                .into_iter()
                .map(|e| change(Record::Employee(e), action, "")),
        );
        self.commit(changes)?;
        after.upsert_many(&saved_units, &saved);
        self.register = after;
        Ok(Outcome::BatchApplied {
            units: nu,
            employees: ne,
        })
    }

    fn save_acting(
        &mut self,
        mut a: ActingAssignment,
        reason: &str,
    ) -> Result<Outcome, CommandError> {
        let all = self.store.acting_assignments()?;
        let created = a.id == 0;
        match all.iter().find(|o| o.id == a.id) {
            None if !created => return Err(CommandError::NotFound),
            // Changed by someone else since the form opened: answered as the conflict it is
            // before the rules compare it with the others (the commit checks it again).
            Some(now) if now.revision != a.revision => {
                return Err(self.conflict(RecordKind::Acting, a.id, a.revision, now.revision))
            }
            _ => {}
        }
        // Checked before taking an id, so a refused assignment does not burn one.
        let errors = check_acting(&self.register, &a, &all);
        if !errors.is_empty() {
            return Err(CommandError::InvalidActing(errors));
        }
        let action = if created {
            a.id = self.store.next_id(RecordKind::Acting)?;
            a.revision = 0;
            AuditAction::Create
        } else {
            AuditAction::Update
        };
        let id = a.id;
        self.commit(vec![change(Record::Acting(a), action, reason.trim())])?;
        Ok(Outcome::ActingSaved { id, created })
    }

    /// A new year is taken as given (its defaults come from the office settings); a stored one
    /// may move one stage at a time and change its segmentation only while in planning. Its
    /// deadlines are the settings' and stay as stored.
    fn save_period(&mut self, period: Period, reason: &str) -> Result<Outcome, CommandError> {
        let year = period.year;
        let (record, action) = match self.store.period(year)? {
            None => (period, AuditAction::Create),
            Some(before) => {
                let mut next = before.clone();
                next.change_segmentation(period.segmentation)?;
                if next.state != period.state {
                    next.move_to(period.state)?;
                }
                if next == before {
                    return Ok(Outcome::PeriodSaved {
                        year,
                        created: false,
                    });
                }
                (next, AuditAction::Update)
            }
        };
        let created = action == AuditAction::Create;
        self.commit(vec![change(Record::Period(record), action, reason.trim())])?;
        Ok(Outcome::PeriodSaved { year, created })
    }

    fn transfer(&mut self, t: TransferCommand) -> Result<Outcome, CommandError> {
        let (years, grades, reason) = match t {
            TransferCommand::ImportReviews(years) => (years, Vec::new(), REASON_IMPORT_REVIEWS),
            TransferCommand::SeedDemoReviews { years, unit_grades } => {
                (years, unit_grades, REASON_DEMO)
            }
            plans => return self.transfer_plans(plans),
        };
        let n = years.len();
        if n + grades.len() > 0 {
            self.store.import_reviews(
                &self.actor,
                self.now_ms(),
                years,
                grades,
                AuditAction::Import,
                reason,
            )?;
        }
        Ok(Outcome::ReviewsImported { years: n })
    }

    fn transfer_plans(&mut self, t: TransferCommand) -> Result<Outcome, CommandError> {
        let (plans, reason) = match t {
            TransferCommand::ImportPlans { plans, approved } => (
                plans,
                if approved {
                    REASON_IMPORT_SKP_APPROVED
                } else {
                    REASON_IMPORT_SKP
                },
            ),
            TransferCommand::ImportRealizations(plans) => (plans, REASON_IMPORT_REALIZATION),
            // Evaluations go through `transfer` above.
            TransferCommand::ImportReviews(_) | TransferCommand::SeedDemoReviews { .. } => {
                return Ok(Outcome::ReviewsImported { years: 0 })
            }
            TransferCommand::SeedDemo { plans, period } => {
                if let Some(p) = period {
                    self.store.save_period(
                        &self.actor,
                        self.now_ms(),
                        p,
                        AuditAction::Create,
                        REASON_DEMO,
                    )?;
                }
                (plans, REASON_DEMO)
            }
        };
        let n = plans.len();
        if n > 0 {
            self.store.import_plans(
                &self.actor,
                self.now_ms(),
                plans,
                AuditAction::Import,
                reason,
            )?;
        }
        Ok(Outcome::PlansImported { plans: n })
    }

    /// Writes `changes` as the current actor: the one way to the store (also for `auth`).
    pub(crate) fn commit(&self, changes: Vec<Change>) -> Result<(), StoreError> {
        self.commit_as(&self.actor, changes)
    }

    /// Writes `changes` recorded under another author (failed sign-ins: `signin:LOGIN`).
    pub(super) fn commit_as(&self, actor: &str, changes: Vec<Change>) -> Result<(), StoreError> {
        self.store.commit(actor, self.now_ms(), changes)?;
        Ok(())
    }
}

pub(crate) fn change(record: Record, action: AuditAction, reason: &str) -> Change {
    Change {
        record,
        action,
        reason: reason.to_string(),
    }
}

/// The register rules and the dated rules (issue 7 #3/#4) that this change could break
/// (`before`: the stored record, `None` for a new one): the same functions the forms and the
/// import run, so a command that skips them (a script, a bug) is refused all the same.
fn check(
    dir: &Register,
    before: Option<&Employee>,
    e: &Employee,
    today: NaiveDate,
) -> Result<(), CommandError> {
    let mut errors = rules::check_employee(dir, e);
    errors.extend(rules::changed_date_errors(before, e, today));
    if errors.is_empty() {
        Ok(())
    } else {
        Err(CommandError::Invalid { id: e.id, errors })
    }
}

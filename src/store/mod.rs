//! Persistence on sled. One codec (`codec`), one key layout (`keys`), migrations (`migrate`).
//!
//! Two trees: `meta` (the schema version, and the undo journal while a large commit is being
//! written) and `data` (every record, index entry, counter and audit entry, distinguished by
//! the key prefix; see `keys`). Every value is a versioned envelope (see `codec`). Only one
//! process may open the database: sled locks it.
//!
//! One job per file: `open` (directory, lock, trees), `codec`, `keys`, `records` (envelope
//! versions per record kind), `commit` (+ `kv`, `journal`, `tx`, `counters`), `query`,
//! `reader` (the register read from another thread), `migrate` and `legacy` (schema 1 types,
//! and writers of genuine schema 1, 2 and 3 databases); plans and periods in `plan_write` and
//! `plan_query`; evaluations and unit grades in `review_write` and `review_query`; `audit_page` (the trail a
//! page at a time, newest first); `drafts` (unsaved form input); `settings` (the office
//! settings record).

mod account_keys;
mod audit_page;
mod codec;
mod commit;
mod counters;
mod drafts;
mod error;
mod feedback_query;
mod feedback_write;
mod journal;
mod keys;
mod kv;
#[doc(hidden)]
pub mod legacy;
mod migrate;
mod open;
mod plan_query;
mod plan_write;
mod query;
mod reader;
mod records;
mod review_query;
mod review_write;
mod settings;
mod tx;

use std::path::{Path, PathBuf};
use std::sync::{Arc, PoisonError, RwLock, RwLockReadGuard, RwLockWriteGuard};

#[doc(hidden)]
pub use commit::TestFault;
pub use drafts::FormDraft;
pub use error::{ChangedBy, StoreError};
pub use reader::RegisterReader;

use crate::domain::plan::{PerformancePlan, Period, PlanId};
use crate::domain::{
    Account, AccountId, ActingAssignment, AuditAction, AuditEntry, Employee, EmployeeId, Nip,
    OrgUnit, RecordKind, UnitId,
};
use keys::Counter;

/// The schema this build writes. Older databases are migrated on open.
///
/// 3: user accounts and acting assignments. Nothing was converted; the version was raised so
/// that an older kinerja, which knows no sign-in, refuses a database that has accounts
/// instead of opening it without asking for a password.
/// 4: performance plans (SKP) and appraisal periods, with the plan indexes. Nothing was
/// converted either (see `migrate`).
/// 5: the index of submitted plans per appraiser and year (`q` in `keys`), built from the
/// plans by the migration.
/// 6: the index of audit entries per employee (`a` in `keys`), built from the audit trail by
/// the migration (the history screen reads one employee's entries only).
/// 7: employees and units carry a `revision` (envelope version 3), checked by every save; the
/// records of older versions are read as revision 0 and not rewritten. The bump keeps a kinerja of schema
/// 6, which cannot read version 3, from opening the database.
/// 8: the office settings (envelope version 7) and acting assignments (version 4) carry a
/// `revision` too, checked the same way; older records read as revision 0, nothing rewritten.
/// The bump keeps a kinerja of schema 7 from opening a database it cannot read.
pub const SCHEMA_VERSION: u32 = 8;

/// One record to write in a commit.
#[derive(Clone, Debug, PartialEq)]
pub enum Record {
    Employee(Employee),
    Unit(OrgUnit),
    /// Its audit snapshots show `password_hash` as `***`.
    Account(Account),
    /// Revision checked like `Plan` (schema 8; stored before: 0).
    Acting(ActingAssignment),
    /// Saved as revision `revision + 1`; refused with `StaleRevision` unless the stored plan
    /// is at `revision` (a new plan: 0).
    Plan(Box<PerformancePlan>),
    Period(Period),
    /// The office settings (one record; see `settings`); revision checked like `Plan` (never
    /// stored, or stored before schema 8: 0).
    Settings(crate::domain::OfficeSettings),
    /// An employee's evaluations of one year, saved as revision `revision + 1`; refused with
    /// `StaleRevision` unless the stored one is at `revision` (none stored: 0).
    ReviewYear(Box<crate::domain::review::ReviewYear>),
    /// A unit's grade of one year; revision checked like `ReviewYear`.
    UnitGrade(crate::domain::review::UnitGrade),
    /// An employee's feedback sessions and quick notes of one year; revision checked like
    /// `ReviewYear`.
    FeedbackYear(Box<crate::domain::feedback::FeedbackYear>),
    /// The SSH public keys of one account, all of them (an empty list removes the record).
    /// Its audit snapshots name the keys by fingerprint only.
    AccountKeys(crate::domain::AccountKeys),
}

impl Record {
    /// The employee an audit entry of this record is about (the `a` index): employee
    /// records, evaluations, feedback and plans; `None` for the rest.
    pub fn employee(&self) -> Option<EmployeeId> {
        match self {
            Record::Employee(e) => Some(e.id),
            Record::Plan(p) => Some(p.employee_id()),
            Record::ReviewYear(y) => Some(y.employee),
            Record::FeedbackYear(y) => Some(y.employee),
            Record::Unit(_)
            | Record::Account(_)
            | Record::Acting(_)
            | Record::Period(_)
            | Record::Settings(_)
            | Record::UnitGrade(_)
            | Record::AccountKeys(_) => None,
        }
    }
}

/// One change of a commit: the record's new value, what kind of change it is, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub record: Record,
    pub action: AuditAction,
    pub reason: String,
}

/// The audit trail's JSON snapshot of an employee as `commit` writes it (without the
/// revision: the trail shows what a user changed).
pub fn employee_snapshot(e: &Employee) -> Result<String, StoreError> {
    records::employee::json(&keys::employee(e.id), e)
}

/// The audit trail's JSON snapshot of a unit as `commit` writes it (without the revision).
pub fn unit_snapshot(u: &OrgUnit) -> Result<String, StoreError> {
    records::unit::json(&keys::unit(u.id), u)
}

/// The audit trail's JSON snapshot of an acting assignment (without the revision).
pub fn acting_snapshot(a: &ActingAssignment) -> Result<String, StoreError> {
    records::acting::json(&keys::acting(a.id), a)
}

/// An open kinerja database. Only one process may hold it.
pub struct Store {
    path: PathBuf,
    db: sled::Db,
    meta: sled::Tree,
    data: sled::Tree,
    /// One writer, or any number of readers, at a time in this process; see `commit`. Shared
    /// with a [`RegisterReader`] on another thread.
    gate: Arc<RwLock<Gate>>,
}

/// What the gate guards besides the trees.
#[derive(Default)]
pub(crate) struct Gate {
    mode: commit::Mode,
}

impl Store {
    /// Opens (creating if needed) the database at `path` and runs pending migrations.
    ///
    /// Errors: `Locked` when another process (or another `Store` in this one) holds it,
    /// `NewerSchema` when a newer kinerja wrote it.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let h = open::open(path)?;
        match open::read_version(&h.meta)? {
            None if h.data.is_empty() => {
                h.meta.insert(
                    keys::SCHEMA_VERSION_KEY,
                    &open::version_bytes(SCHEMA_VERSION)[..],
                )?;
                h.db.flush()?;
            }
            None => {
                return Err(StoreError::Corrupt {
                    key: "meta/schema_version".into(),
                    detail: "missing in a database that holds data".into(),
                })
            }
            Some(found) if found > SCHEMA_VERSION => {
                return Err(StoreError::NewerSchema {
                    found,
                    supported: SCHEMA_VERSION,
                })
            }
            Some(found) => {
                journal::recover(&h.db, &h.meta, &h.data)?;
                if found < SCHEMA_VERSION {
                    migrate::run(&h, found, chrono::Utc::now().timestamp_millis())?;
                }
            }
        }
        Ok(Store {
            path: path.to_path_buf(),
            db: h.db,
            meta: h.meta,
            data: h.data,
            gate: Arc::new(RwLock::new(Gate::default())),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn schema_version(&self) -> Result<u32, StoreError> {
        open::read_version(&self.meta)?.ok_or_else(|| StoreError::Corrupt {
            key: "meta/schema_version".into(),
            detail: "missing".into(),
        })
    }

    /// A fresh id for a new record of `kind`, from 1 upwards, never reused.
    pub fn next_id(&self, kind: RecordKind) -> Result<u64, StoreError> {
        let _writer = self.write();
        // Ids handed out while an undo is pending (see `commit`) may come again after it:
        // harmless, no commit can store a record under them until then.
        counters::next(&self.data, Counter::for_kind(kind))
    }

    /// All employees in id order.
    pub fn employees(&self) -> Result<Vec<Employee>, StoreError> {
        let _reader = self.read();
        query::employees(&self.data)
    }

    /// A handle that reads the register (employees, units) from another thread, under the
    /// same reader/writer gate as this store.
    pub fn register_reader(&self) -> RegisterReader {
        RegisterReader::new(self.data.clone(), Arc::clone(&self.gate))
    }

    /// All units in id order.
    pub fn units(&self) -> Result<Vec<OrgUnit>, StoreError> {
        let _reader = self.read();
        query::units(&self.data)
    }

    pub fn employee(&self, id: EmployeeId) -> Result<Option<Employee>, StoreError> {
        let _reader = self.read();
        query::employee(&self.data, id)
    }

    pub fn unit(&self, id: UnitId) -> Result<Option<OrgUnit>, StoreError> {
        let _reader = self.read();
        query::unit(&self.data, id)
    }

    pub fn employee_id_by_nip(&self, nip: &Nip) -> Result<Option<EmployeeId>, StoreError> {
        let _reader = self.read();
        query::employee_id_by_nip(&self.data, nip)
    }

    /// Employees (any status) whose unit is `unit`, by the unit index.
    pub fn employees_in_unit(&self, unit: UnitId) -> Result<Vec<EmployeeId>, StoreError> {
        let _reader = self.read();
        query::employees_in_unit(&self.data, unit)
    }

    /// Employees (any status) whose direct supervisor is `sup`, by the supervisor index.
    pub fn subordinates_of(&self, sup: EmployeeId) -> Result<Vec<EmployeeId>, StoreError> {
        let _reader = self.read();
        query::subordinates_of(&self.data, sup)
    }

    /// Employees whose name (lower-cased, titles excluded) starts with `prefix`, by the name index.
    /// In name order, then id order.
    pub fn employees_by_name_prefix(&self, prefix: &str) -> Result<Vec<EmployeeId>, StoreError> {
        let _reader = self.read();
        query::employees_by_name_prefix(&self.data, prefix)
    }

    /// All accounts in id order.
    pub fn accounts(&self) -> Result<Vec<Account>, StoreError> {
        let _reader = self.read();
        query::accounts(&self.data)
    }

    pub fn has_accounts(&self) -> Result<bool, StoreError> {
        let _reader = self.read();
        query::has_accounts(&self.data)
    }

    pub fn account(&self, id: AccountId) -> Result<Option<Account>, StoreError> {
        let _reader = self.read();
        query::account(&self.data, id)
    }

    /// The SSH public keys registered for an account (none: empty).
    pub fn account_keys(&self, id: AccountId) -> Result<crate::domain::AccountKeys, StoreError> {
        let _reader = self.read();
        account_keys::read(&self.data, id)
    }

    /// The account of a user name (any case, surrounding blanks ignored).
    pub fn account_id_by_username(&self, username: &str) -> Result<Option<AccountId>, StoreError> {
        let _reader = self.read();
        query::account_id_by_username(&self.data, username)
    }

    /// The account tied to an employee, if any.
    pub fn account_id_by_employee(&self, emp: EmployeeId) -> Result<Option<AccountId>, StoreError> {
        let _reader = self.read();
        query::account_id_by_employee(&self.data, emp)
    }

    /// All acting assignments in id order.
    pub fn acting_assignments(&self) -> Result<Vec<ActingAssignment>, StoreError> {
        let _reader = self.read();
        query::acting_assignments(&self.data)
    }

    /// The acting assignments held by `emp` (any period), in id order.
    pub fn acting_of(&self, emp: EmployeeId) -> Result<Vec<ActingAssignment>, StoreError> {
        let _reader = self.read();
        query::acting_of(&self.data, emp)
    }

    /// Writes all changes in one transaction (records, indexes, one audit entry each),
    /// then flushes to disk. Returns the audit entries written.
    ///
    /// Commits of many changes (an import) are planned in memory and written under an undo
    /// journal instead of a sled transaction, for speed; all or nothing all the same (see
    /// `commit`).
    ///
    /// On any error nothing is written. Besides storage errors: `DuplicateNip` when an
    /// employee would take a NIP another employee keeps, `DuplicateUsername` /
    /// `DuplicateAccountEmployee` when an account would take a user name or an employee that
    /// another account keeps, `MissingId` for a record of id 0.
    /// Records whose ids `next_id` never handed out raise its counter past them.
    pub fn commit(
        &self,
        actor: &str,
        at_ms: i64,
        changes: Vec<Change>,
    ) -> Result<Vec<AuditEntry>, StoreError> {
        let mut gate = self.write();
        let target = commit::Target {
            db: &self.db,
            meta: &self.meta,
            data: &self.data,
        };
        match commit::commit(&target, &mut gate.mode, actor, at_ms, &changes) {
            // Still under the writer gate: the newest entry is the one that made it stale.
            Err(StoreError::StaleRevision {
                kind,
                id,
                expected,
                found,
                by: None,
            }) => Err(StoreError::StaleRevision {
                kind,
                id,
                expected,
                found,
                by: last_change_in(&self.data, kind, id)?,
            }),
            other => other,
        }
    }

    /// Who saved record `kind` `id` last, and when (employees, units, settings and acting
    /// assignments; `None` for other kinds or when the trail does not say).
    pub fn last_change(&self, kind: RecordKind, id: u64) -> Result<Option<ChangedBy>, StoreError> {
        let _reader = self.read();
        last_change_in(&self.data, kind, id)
    }

    /// A plan (SKP) with its RHKs, indicators and realisations.
    pub fn plan(&self, id: PlanId) -> Result<Option<PerformancePlan>, StoreError> {
        let _reader = self.read();
        plan_query::plan(&self.data, id)
    }

    /// An employee's plans of one year (two when the position or supervisor changed), or of
    /// every year; by year, then id.
    pub fn plans_of_employee(
        &self,
        emp: EmployeeId,
        year: Option<i32>,
    ) -> Result<Vec<PerformancePlan>, StoreError> {
        let _reader = self.read();
        plan_query::plans_of_employee(&self.data, emp, year)
    }

    /// The plans an appraiser appraises in a year (a supervisor's team), by plan id.
    pub fn team_plans(
        &self,
        appraiser: EmployeeId,
        year: i32,
    ) -> Result<Vec<PerformancePlan>, StoreError> {
        let _reader = self.read();
        plan_query::team_plans(&self.data, appraiser, year)
    }

    /// The submitted plans (Diajukan) of an appraiser's team in a year, by plan id; reads
    /// nothing else of the team.
    pub fn submitted_team_plans(
        &self,
        appraiser: EmployeeId,
        year: i32,
    ) -> Result<Vec<PerformancePlan>, StoreError> {
        let _reader = self.read();
        plan_query::submitted_team_plans(&self.data, appraiser, year)
    }

    /// The plans with an RHK linked to an RHK of `parent`, by plan id.
    pub fn plans_linking_to(&self, parent: PlanId) -> Result<Vec<PerformancePlan>, StoreError> {
        let _reader = self.read();
        plan_query::plans_linking_to(&self.data, parent, &[])
    }

    /// The cascade (matriks peran hasil) of `supervisor`'s plans in `year`: each of their RHKs
    /// with the RHKs of other plans linked to it, by the link index.
    pub fn cascade(
        &self,
        supervisor: EmployeeId,
        year: i32,
    ) -> Result<Vec<crate::domain::plan::cascade::CascadeRow>, StoreError> {
        self.cascade_reusing(supervisor, year, &[])
    }

    /// [`Store::cascade`], taking the linked plans found in `known` (the screen read them
    /// already: a supervisor's reports are mostly the ones linking) from there instead of
    /// reading them again.
    pub fn cascade_reusing(
        &self,
        supervisor: EmployeeId,
        year: i32,
        known: &[&PerformancePlan],
    ) -> Result<Vec<crate::domain::plan::cascade::CascadeRow>, StoreError> {
        let _reader = self.read();
        let own = plan_query::plans_of_employee(&self.data, supervisor, Some(year))?;
        let mut linked = Vec::new();
        for p in &own {
            linked.extend(plan_query::plans_linking_to(&self.data, p.id, known)?);
        }
        Ok(crate::domain::plan::cascade::cascade(&own, &linked))
    }

    /// Saves one plan (record, indexes, one audit entry; then flush) and returns it as stored,
    /// at its new revision. `StaleRevision` when the stored plan is not at `plan.revision`.
    pub fn save_plan(
        &self,
        actor: &str,
        at_ms: i64,
        plan: PerformancePlan,
        action: AuditAction,
        reason: &str,
    ) -> Result<(PerformancePlan, AuditEntry), StoreError> {
        let mut stored = plan.clone();
        stored.revision = plan.revision.saturating_add(1);
        let entry = self.commit_one(actor, at_ms, Record::Plan(Box::new(plan)), action, reason)?;
        Ok((stored, entry))
    }

    /// One record through `commit` (one audit entry; then flush): the entry written.
    fn commit_one(
        &self,
        actor: &str,
        at_ms: i64,
        record: Record,
        action: AuditAction,
        reason: &str,
    ) -> Result<AuditEntry, StoreError> {
        let change = Change {
            record,
            action,
            reason: reason.to_string(),
        };
        self.commit(actor, at_ms, vec![change])?
            .into_iter()
            .next()
            .ok_or_else(|| StoreError::Io("a save wrote no audit entry".into()))
    }

    /// Writes many new plans at once (an import): in plan-id order, so that the records go in
    /// key order, through `commit` (from 256 changes: plain inserts under the undo journal).
    /// All or nothing.
    pub fn import_plans(
        &self,
        actor: &str,
        at_ms: i64,
        mut plans: Vec<PerformancePlan>,
        action: AuditAction,
        reason: &str,
    ) -> Result<Vec<AuditEntry>, StoreError> {
        plans.sort_by_key(|p| p.id);
        let changes = plans
            .into_iter()
            .map(|p| Change {
                record: Record::Plan(Box::new(p)),
                action,
                reason: reason.to_string(),
            })
            .collect();
        self.commit(actor, at_ms, changes)
    }

    /// Saves an appraisal period (record and one audit entry; then flush).
    pub fn save_period(
        &self,
        actor: &str,
        at_ms: i64,
        period: Period,
        action: AuditAction,
        reason: &str,
    ) -> Result<AuditEntry, StoreError> {
        self.commit_one(actor, at_ms, Record::Period(period), action, reason)
    }

    /// An employee's evaluations of one year (periodic and annual, with receipt dates and
    /// objections); `None`: nothing evaluated yet.
    pub fn review_year(
        &self,
        emp: EmployeeId,
        year: i32,
    ) -> Result<Option<crate::domain::review::ReviewYear>, StoreError> {
        let _reader = self.read();
        review_query::review_year(&self.data, emp, year)
    }

    /// Every year of an employee's evaluations, in year order.
    pub fn review_years(
        &self,
        emp: EmployeeId,
    ) -> Result<Vec<crate::domain::review::ReviewYear>, StoreError> {
        let _reader = self.read();
        review_query::review_years(&self.data, emp)
    }

    /// The final annual grades of `employees` in `year` (grade, and whether it came from an
    /// objection), in the order given; `None` where none is signed yet. Reads the two-byte
    /// `v` index, not the review years: the distribution check of a large unit.
    pub fn annual_grades(
        &self,
        employees: &[EmployeeId],
        year: i32,
    ) -> Result<Vec<Option<(crate::domain::appraisal::PerformanceGrade, bool)>>, StoreError> {
        let _reader = self.read();
        review_query::annual_grades(&self.data, employees, year)
    }

    /// A unit's grade of one year (predikat kinerja organisasi), if set.
    pub fn unit_grade(
        &self,
        unit: UnitId,
        year: i32,
    ) -> Result<Option<crate::domain::review::UnitGrade>, StoreError> {
        let _reader = self.read();
        review_query::unit_grade(&self.data, unit, year)
    }

    /// Saves one review year (record, one audit entry; then flush) and returns it as stored,
    /// at its new revision. `StaleRevision` when the stored one is not at `year.revision`.
    pub fn save_review_year(
        &self,
        actor: &str,
        at_ms: i64,
        year: crate::domain::review::ReviewYear,
        action: AuditAction,
        reason: &str,
    ) -> Result<(crate::domain::review::ReviewYear, AuditEntry), StoreError> {
        let mut stored = year.clone();
        stored.revision = year.revision.saturating_add(1);
        let record = Record::ReviewYear(Box::new(year));
        let entry = self.commit_one(actor, at_ms, record, action, reason)?;
        Ok((stored, entry))
    }

    /// Saves a unit's grade of a year (record, one audit entry; then flush), returned at its
    /// new revision.
    pub fn save_unit_grade(
        &self,
        actor: &str,
        at_ms: i64,
        grade: crate::domain::review::UnitGrade,
        action: AuditAction,
        reason: &str,
    ) -> Result<(crate::domain::review::UnitGrade, AuditEntry), StoreError> {
        let mut stored = grade.clone();
        stored.revision = grade.revision.saturating_add(1);
        let entry = self.commit_one(actor, at_ms, Record::UnitGrade(grade), action, reason)?;
        Ok((stored, entry))
    }

    /// Writes many review years and unit grades at once (`import penilaian`, demo data): in
    /// key order (unit grades, then review years by employee and year), through `commit`
    /// (from 256 changes: plain inserts under the undo journal). Each record's `revision` must
    /// be the stored one's (0 for new). All or nothing; one audit entry per record.
    pub fn import_reviews(
        &self,
        actor: &str,
        at_ms: i64,
        mut years: Vec<crate::domain::review::ReviewYear>,
        mut unit_grades: Vec<crate::domain::review::UnitGrade>,
        action: AuditAction,
        reason: &str,
    ) -> Result<Vec<AuditEntry>, StoreError> {
        unit_grades.sort_by_key(|g| keys::unit_grade(g.unit, g.year));
        years.sort_by_key(|y| keys::review_year(y.employee, y.year));
        let change = |record| Change {
            record,
            action,
            reason: reason.to_string(),
        };
        let mut changes: Vec<Change> = unit_grades
            .into_iter()
            .map(|g| change(Record::UnitGrade(g)))
            .collect();
        changes.extend(
            years
                .into_iter()
                .map(|y| change(Record::ReviewYear(Box::new(y)))),
        );
        self.commit(actor, at_ms, changes)
    }

    /// An employee's feedback sessions and quick notes of one year; `None`: nothing recorded.
    pub fn feedback_year(
        &self,
        emp: EmployeeId,
        year: i32,
    ) -> Result<Option<crate::domain::feedback::FeedbackYear>, StoreError> {
        let _reader = self.read();
        feedback_query::feedback_year(&self.data, emp, year)
    }

    /// Every year of an employee's feedback, in year order (one prefix scan).
    pub fn feedback_years(
        &self,
        emp: EmployeeId,
    ) -> Result<Vec<crate::domain::feedback::FeedbackYear>, StoreError> {
        let _reader = self.read();
        feedback_query::feedback_years(&self.data, emp)
    }

    /// Saves one feedback year (record, one audit entry; then flush) and returns it as
    /// stored, at its new revision. `StaleRevision` when the stored one is not at
    /// `year.revision`.
    pub fn save_feedback_year(
        &self,
        actor: &str,
        at_ms: i64,
        year: crate::domain::feedback::FeedbackYear,
        action: AuditAction,
        reason: &str,
    ) -> Result<crate::domain::feedback::FeedbackYear, StoreError> {
        let mut saved = self.save_feedback_years(actor, at_ms, vec![year], action, reason)?;
        saved
            .pop()
            .ok_or_else(|| StoreError::Io("a feedback save wrote nothing".into()))
    }

    /// Saves several feedback years of one change together (a new session with the
    /// follow-ups it carried over from earlier records): all or nothing, one audit entry
    /// each, in the order given; returned as stored.
    pub fn save_feedback_years(
        &self,
        actor: &str,
        at_ms: i64,
        years: Vec<crate::domain::feedback::FeedbackYear>,
        action: AuditAction,
        reason: &str,
    ) -> Result<Vec<crate::domain::feedback::FeedbackYear>, StoreError> {
        let stored = years
            .iter()
            .map(|y| crate::domain::feedback::FeedbackYear {
                revision: y.revision.saturating_add(1),
                ..y.clone()
            })
            .collect();
        let changes = years
            .into_iter()
            .map(|y| Change {
                record: Record::FeedbackYear(Box::new(y)),
                action,
                reason: reason.to_string(),
            })
            .collect();
        self.commit(actor, at_ms, changes)?;
        Ok(stored)
    }

    /// Writes many feedback years at once (`import dialog`, demo data): in key order
    /// (employee, year), through `commit` (from 256 changes: plain inserts under the undo
    /// journal). Each record's `revision` must be the stored one's (0 for new). All or
    /// nothing; one audit entry per record (action `Import`).
    pub fn import_feedback(
        &self,
        mut years: Vec<crate::domain::feedback::FeedbackYear>,
        actor: &str,
        at_ms: i64,
    ) -> Result<Vec<AuditEntry>, StoreError> {
        years.sort_by_key(|y| keys::feedback_year(y.employee, y.year));
        let changes = years
            .into_iter()
            .map(|y| Change {
                record: Record::FeedbackYear(Box::new(y)),
                action: AuditAction::Import,
                reason: String::new(),
            })
            .collect();
        self.commit(actor, at_ms, changes)
    }

    /// The audit entries about one employee (their employee record, plans, evaluations and
    /// feedback), oldest first, by the `a` index.
    pub fn audit_of_employee(&self, emp: EmployeeId) -> Result<Vec<AuditEntry>, StoreError> {
        let _reader = self.read();
        feedback_query::audit_of_employee(&self.data, emp)
    }

    /// The office settings as stored; `None`: never changed, the embedded defaults apply.
    pub fn stored_settings(&self) -> Result<Option<crate::domain::OfficeSettings>, StoreError> {
        let _reader = self.read();
        settings::read(&self.data)
    }

    /// The years that hold plans (read from the plan index alone).
    pub fn plan_years(&self) -> Result<std::collections::BTreeSet<i32>, StoreError> {
        let _reader = self.read();
        settings::plan_years(&self.data)
    }

    /// The office settings in force: the stored ones, else the embedded defaults.
    pub fn office_settings(&self) -> Result<crate::domain::OfficeSettings, StoreError> {
        Ok(self.stored_settings()?.unwrap_or_default())
    }

    /// The appraisal period of a year.
    pub fn period(&self, year: i32) -> Result<Option<Period>, StoreError> {
        let _reader = self.read();
        plan_query::period(&self.data, year)
    }

    /// Every appraisal period, by year.
    pub fn periods(&self) -> Result<Vec<Period>, StoreError> {
        let _reader = self.read();
        plan_query::periods(&self.data)
    }

    /// The whole audit trail, oldest first.
    pub fn audit_trail(&self) -> Result<Vec<AuditEntry>, StoreError> {
        let _reader = self.read();
        query::audit_trail(&self.data)
    }

    /// A page of the audit trail, newest first: up to `limit` entries with a seq below
    /// `before` (from the newest when `None`). Pass the last entry's seq for the next page.
    pub fn audit_page(
        &self,
        before: Option<u64>,
        limit: usize,
    ) -> Result<Vec<AuditEntry>, StoreError> {
        let _reader = self.read();
        audit_page::page(&self.data, before, limit)
    }

    /// The number of entries in the audit trail.
    pub fn audit_len(&self) -> Result<u64, StoreError> {
        let _reader = self.read();
        audit_page::len(&self.data)
    }

    /// Keeps the unsaved input of a form (`form`: its identity, e.g. `plan/12`) for an
    /// account, replacing an earlier draft; flushed before returning.
    pub fn put_draft(
        &self,
        account: AccountId,
        form: &str,
        draft: &FormDraft,
    ) -> Result<(), StoreError> {
        let _writer = self.write();
        drafts::put(&self.db, &self.data, account, form, draft)
    }

    pub fn draft(&self, account: AccountId, form: &str) -> Result<Option<FormDraft>, StoreError> {
        let _reader = self.read();
        drafts::get(&self.data, account, form)
    }

    /// Forgets a draft (the form was saved or abandoned); nothing when there is none.
    pub fn delete_draft(&self, account: AccountId, form: &str) -> Result<(), StoreError> {
        let _writer = self.write();
        drafts::delete(&self.db, &self.data, account, form)
    }

    /// Every draft of an account, by form identity.
    pub fn drafts_of(&self, account: AccountId) -> Result<Vec<(String, FormDraft)>, StoreError> {
        let _reader = self.read();
        drafts::of_account(&self.data, account)
    }

    /// Makes large commits fail or "crash" part way (tests of the undo paths).
    #[doc(hidden)]
    pub fn set_test_fault(&self, fault: Option<TestFault>) {
        self.write().mode.fault = fault;
    }

    /// Commits of at least `changes` changes take the large-commit path (tests of both paths;
    /// `usize::MAX`: never, 1: always).
    #[doc(hidden)]
    pub fn set_large_commit_from(&self, changes: usize) {
        self.write().mode.large_from = changes.max(1);
    }

    fn read(&self) -> RwLockReadGuard<'_, Gate> {
        self.gate.read().unwrap_or_else(PoisonError::into_inner)
    }

    fn write(&self) -> RwLockWriteGuard<'_, Gate> {
        self.gate.write().unwrap_or_else(PoisonError::into_inner)
    }
}

/// [`Store::last_change`] inside a gate already held.
fn last_change_in(
    data: &sled::Tree,
    kind: RecordKind,
    id: u64,
) -> Result<Option<ChangedBy>, StoreError> {
    match kind {
        RecordKind::Employee => feedback_query::last_change_of_employee(data, EmployeeId(id)),
        // No index of their own: the newest end of the trail.
        RecordKind::Unit | RecordKind::Settings | RecordKind::Acting => {
            feedback_query::last_change_of(data, kind, id)
        }
        _ => Ok(None),
    }
}

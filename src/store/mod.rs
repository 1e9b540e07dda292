//! Persistence on sled. One codec (`codec`), one key layout (`keys`), migrations (`migrate`).
//! STUB: being implemented; signatures are the contract the app layer uses.

mod error;

use std::path::{Path, PathBuf};

pub use error::StoreError;

use crate::domain::{
    AuditAction, AuditEntry, Employee, EmployeeId, Nip, OrgUnit, RecordKind, UnitId,
};

/// The schema this build writes. Older databases are migrated on open.
pub const SCHEMA_VERSION: u32 = 2;

/// One record to write in a commit.
#[derive(Clone, Debug, PartialEq)]
pub enum Record {
    Employee(Employee),
    Unit(OrgUnit),
}

/// One change of a commit: the record's new value, what kind of change it is, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub record: Record,
    pub action: AuditAction,
    pub reason: String,
}

/// An open kinerja database. Only one process may hold it.
pub struct Store {
    path: PathBuf,
}

impl Store {
    /// Opens (creating if needed) the database at `path` and runs pending migrations.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        Ok(Store {
            path: path.to_path_buf(),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn schema_version(&self) -> Result<u32, StoreError> {
        Ok(SCHEMA_VERSION)
    }

    /// A fresh id for a new record of `kind`, from 1 upwards, never reused.
    pub fn next_id(&self, _kind: RecordKind) -> Result<u64, StoreError> {
        Err(StoreError::Io("stub".into()))
    }

    /// All employees in id order.
    pub fn employees(&self) -> Result<Vec<Employee>, StoreError> {
        Ok(Vec::new())
    }

    /// All units in id order.
    pub fn units(&self) -> Result<Vec<OrgUnit>, StoreError> {
        Ok(Vec::new())
    }

    pub fn employee(&self, _id: EmployeeId) -> Result<Option<Employee>, StoreError> {
        Ok(None)
    }

    pub fn unit(&self, _id: UnitId) -> Result<Option<OrgUnit>, StoreError> {
        Ok(None)
    }

    pub fn employee_id_by_nip(&self, _nip: &Nip) -> Result<Option<EmployeeId>, StoreError> {
        Ok(None)
    }

    /// Employees (any status) whose unit is `unit`, by the unit index.
    pub fn employees_in_unit(&self, _unit: UnitId) -> Result<Vec<EmployeeId>, StoreError> {
        Ok(Vec::new())
    }

    /// Employees (any status) whose direct supervisor is `sup`, by the supervisor index.
    pub fn subordinates_of(&self, _sup: EmployeeId) -> Result<Vec<EmployeeId>, StoreError> {
        Ok(Vec::new())
    }

    /// Employees whose name (lower-cased, titles excluded) starts with `prefix`, by the name index.
    pub fn employees_by_name_prefix(&self, _prefix: &str) -> Result<Vec<EmployeeId>, StoreError> {
        Ok(Vec::new())
    }

    /// Writes all changes in one transaction (records, indexes, one audit entry each),
    /// then flushes to disk. Returns the audit entries written.
    pub fn commit(
        &self,
        _actor: &str,
        _at_ms: i64,
        _changes: Vec<Change>,
    ) -> Result<Vec<AuditEntry>, StoreError> {
        Err(StoreError::Io("stub".into()))
    }

    /// The whole audit trail, oldest first.
    pub fn audit_trail(&self) -> Result<Vec<AuditEntry>, StoreError> {
        Ok(Vec::new())
    }
}

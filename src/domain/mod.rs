//! Pure domain types and rules (PermenPANRB 6/2022). No I/O, no storage, no UI.

pub mod access;
pub mod audit;
pub mod dates;
pub mod register;

// The modules of `register/` and `access/` keep their short paths (`domain::nip`, ...).
pub use access::account;
pub use register::{employee, grade, limits, nip, position, rules, unit};

pub use access::public_key::{AccountKeys, PublicKeyEntry};
pub use access::{ActingAssignment, Viewer};
pub use account::{Account, AccountId, Role};
pub use audit::{AuditAction, AuditEntry, RecordKind, RecordRef};
pub use employee::{
    Employee, EmployeeId, EmployeeKind, EmployeeStatus, InactiveReason, PersonName,
};
pub use grade::{Grade, PnsRank};
pub use nip::{Nip, NipError};
pub use position::{FunctionalTier, PositionKind};
pub use rules::{Directory, Field, FieldError, RuleError};
pub use unit::{OrgUnit, UnitId};

pub mod appraisal;
pub mod feedback;
pub mod plan;
pub mod plan_audit;
pub mod review;
pub mod ruledata;

pub use appraisal::{OrgGrade, PerformanceGrade, Rating};
pub use ruledata::{CoreValue, OfficeSettings};

//! Jejak audit: who changed which record, when, and what it was before and after.

use serde::{Deserialize, Serialize};

/// The kinds of record the store keeps. Later issues add plans, reviews, sessions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum RecordKind {
    Employee,
    Unit,
}

/// A reference to one stored record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct RecordRef {
    pub kind: RecordKind,
    pub id: u64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AuditAction {
    Create,
    Update,
    Deactivate,
    Reactivate,
    /// Written by `kinerja import`.
    Import,
    /// Written by a schema migration.
    Migrate,
}

/// Entri jejak audit. `before`/`after` are JSON snapshots: self-describing, so the audit
/// trail stays readable after the record's binary schema has moved on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    /// Position in the trail, from 1, without gaps.
    pub seq: u64,
    /// Milliseconds since the Unix epoch, UTC.
    pub at_ms: i64,
    /// Who: a user name, or `cli:OSUSER` for command-line runs.
    pub actor: String,
    pub action: AuditAction,
    pub record: RecordRef,
    pub before: Option<String>,
    pub after: Option<String>,
    /// Why, where the user gave a reason (e.g. deactivation).
    pub reason: String,
}

use std::path::PathBuf;

use crate::domain::RecordKind;

/// Who saved a record last and when: the actor and time of its newest audit entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChangedBy {
    pub actor: String,
    pub at_ms: i64,
}

/// Failures of the store, as values the UI translates (see `i18n::store`).
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// Another kinerja process holds the database.
    #[error("database locked by another process: {0}")]
    Locked(PathBuf),
    /// Written by a newer kinerja; refusing to touch it.
    #[error("database schema {found} is newer than supported {supported}")]
    NewerSchema { found: u32, supported: u32 },
    /// A stored value could not be decoded (wrong kind, unknown version, trailing bytes...).
    #[error("corrupt record {key}: {detail}")]
    Corrupt { key: String, detail: String },
    #[error("I/O error: {0}")]
    Io(String),
    /// A commit would give a NIP that another employee keeps; nothing was written.
    #[error("NIP {nip} already belongs to employee {holder}")]
    DuplicateNip { nip: String, holder: u64 },
    /// A commit would give an account a user name another account keeps; nothing was written.
    #[error("user name {username} already belongs to account {holder}")]
    DuplicateUsername { username: String, holder: u64 },
    /// A commit would give an employee a second account; nothing was written.
    #[error("employee {employee} already has account {holder}")]
    DuplicateAccountEmployee { employee: u64, holder: u64 },
    /// A save was based on an older revision of the record than the stored one (someone else
    /// saved it meanwhile, e.g. at another terminal); nothing was written. `found`: the stored
    /// revision, none when the record does not exist. `by`: who saved the stored revision and
    /// when, from the record's newest audit entry (filled for employees, units, the office
    /// settings and acting assignments; none when unknown).
    #[error("{kind:?} {id} was changed meanwhile (revision {expected} edited, {found:?} stored)")]
    StaleRevision {
        kind: RecordKind,
        id: u64,
        expected: u64,
        found: Option<u64>,
        by: Option<ChangedBy>,
    },
    /// A commit carried a record without an id (id 0); nothing was written.
    #[error("{kind:?} record without an id")]
    MissingId { kind: RecordKind },
}

impl From<sled::Error> for StoreError {
    fn from(e: sled::Error) -> StoreError {
        match e {
            sled::Error::Corruption { at, .. } => StoreError::Corrupt {
                key: "sled".into(),
                detail: match at {
                    Some(at) => format!("storage corrupt at {at:?}"),
                    None => "storage corrupt".into(),
                },
            },
            other => StoreError::Io(other.to_string()),
        }
    }
}

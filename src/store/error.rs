use std::path::PathBuf;

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
}

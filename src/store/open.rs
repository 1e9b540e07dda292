//! Opening the sled database: the directory, the lock, the trees and the schema version.

use std::io;
use std::path::Path;
use std::time::{Duration, Instant};

use super::{keys, StoreError};

/// Page cache size: the whole register of a large agency (50,000 employees) fits many times.
const CACHE_CAPACITY: u64 = 64 << 20;

/// How long a lock may persist before the database counts as held by someone else.
const LOCK_PATIENCE: Duration = Duration::from_millis(500);
const LOCK_RETRY: Duration = Duration::from_millis(10);

pub const META_TREE: &str = "meta";
pub const DATA_TREE: &str = "data";

/// The open database and its two trees.
pub struct Handles {
    pub db: sled::Db,
    pub meta: sled::Tree,
    pub data: sled::Tree,
}

/// Creates the directory if needed (mode 0700 on unix: the register holds personal data),
/// opens sled on it and the two trees. A database held by someone else is `Locked`.
pub fn open(path: &Path) -> Result<Handles, StoreError> {
    create_dir(path)?;
    let config = sled::Config::new()
        .path(path)
        .cache_capacity(CACHE_CAPACITY);
    let started = Instant::now();
    let db = loop {
        match config.open() {
            Ok(db) => break db,
            Err(e) if is_lock_error(&e) => {
                // A database this process has just closed stays locked until sled's background
                // work lets go of the file (milliseconds); only a lock that lasts is `Locked`.
                if started.elapsed() >= LOCK_PATIENCE {
                    return Err(StoreError::Locked(path.to_path_buf()));
                }
                std::thread::sleep(LOCK_RETRY);
            }
            Err(e) => return Err(e.into()),
        }
    };
    let meta = db.open_tree(META_TREE)?;
    let data = db.open_tree(DATA_TREE)?;
    Ok(Handles { db, meta, data })
}

fn create_dir(path: &Path) -> Result<(), StoreError> {
    if path.is_dir() {
        return Ok(());
    }
    let io_err = |e: io::Error| StoreError::Io(format!("{}: {e}", path.display()));
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
        builder.mode(0o700);
        builder.create(path).map_err(io_err)?;
        // The umask may have narrowed the mode further, never widened it; set it exactly.
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o700)).map_err(io_err)?;
    }
    #[cfg(not(unix))]
    builder.create(path).map_err(io_err)?;
    Ok(())
}

/// sled reports a held lock as an `Other` io error "could not acquire lock on ...", wrapping
/// fs2's `WouldBlock`. Only that is `Locked`; any other io error stays an io error.
fn is_lock_error(e: &sled::Error) -> bool {
    match e {
        sled::Error::Io(io) => {
            io.kind() == io::ErrorKind::WouldBlock
                || io.to_string().contains("could not acquire lock")
        }
        _ => false,
    }
}

/// The schema version recorded in `meta`, `None` for a database never initialised.
pub fn read_version(meta: &sled::Tree) -> Result<Option<u32>, StoreError> {
    match meta.get(keys::SCHEMA_VERSION_KEY)? {
        None => Ok(None),
        Some(v) => parse_version(&v).map(Some),
    }
}

pub fn parse_version(v: &[u8]) -> Result<u32, StoreError> {
    let arr: [u8; 4] = v.try_into().map_err(|_| StoreError::Corrupt {
        key: "meta/schema_version".into(),
        detail: format!("{} bytes instead of 4", v.len()),
    })?;
    Ok(u32::from_be_bytes(arr))
}

pub fn version_bytes(v: u32) -> [u8; 4] {
    v.to_be_bytes()
}

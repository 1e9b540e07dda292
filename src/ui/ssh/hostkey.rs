//! The server's Ed25519 host key: made once, kept next to the database with mode 0600.

use std::path::{Path, PathBuf};

use russh::keys::ssh_key::LineEnding;
use russh::keys::{Algorithm, HashAlg, PrivateKey};

/// Why the host key could not be had.
#[derive(Debug, thiserror::Error)]
pub enum HostKeyError {
    #[error("the host key {0} cannot be read: {1}")]
    Read(PathBuf, russh::keys::ssh_key::Error),
    #[error("a host key cannot be made: {0}")]
    Make(russh::keys::ssh_key::Error),
    #[error("the host key {0} cannot be written: {1}")]
    Write(PathBuf, std::io::Error),
}

/// The file name of the host key in the data directory.
pub const FILE_NAME: &str = "ssh_host_ed25519_key";

/// Where the host key of the database at `db` lives: next to it.
pub fn path_for(db: &Path) -> PathBuf {
    db.parent().unwrap_or(Path::new(".")).join(FILE_NAME)
}

/// Reads `path`, or makes a new key and writes it there (0600, created only if absent: two
/// servers starting at once do not overwrite each other's key, and a key is never replaced).
pub fn load_or_create(path: &Path) -> Result<PrivateKey, HostKeyError> {
    if path.exists() {
        return PrivateKey::read_openssh_file(path).map_err(|e| HostKeyError::Read(path.into(), e));
    }
    let key =
        PrivateKey::random(&mut rand::rng(), Algorithm::Ed25519).map_err(HostKeyError::Make)?;
    let pem = key.to_openssh(LineEnding::LF).map_err(HostKeyError::Make)?;
    write_new_0600(path, pem.as_bytes()).map_err(|e| HostKeyError::Write(path.into(), e))?;
    Ok(key)
}

fn write_new_0600(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// `SHA256:...` as `ssh-keygen -lf` and the OpenSSH client's first-connect question print it.
pub fn fingerprint(key: &PrivateKey) -> String {
    key.public_key().fingerprint(HashAlg::Sha256).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_is_made_once_with_mode_0600_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = path_for(&dir.path().join("db"));
        assert_eq!(path, dir.path().join(FILE_NAME));
        let first = load_or_create(&path).unwrap();
        let again = load_or_create(&path).unwrap();
        assert_eq!(fingerprint(&first), fingerprint(&again));
        assert!(fingerprint(&first).starts_with("SHA256:"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }
}

//! The server's Ed25519 host key: made once, kept in the data directory with mode 0600.

use std::path::Path;

use russh::keys::ssh_key::LineEnding;
use russh::keys::{Algorithm, HashAlg, PrivateKey};

#[derive(Debug)]
pub enum HostKeyError {
    Read(russh::keys::ssh_key::Error),
    Make(russh::keys::ssh_key::Error),
    Write(std::io::Error),
}

/// Reads `path`, or makes a new key and writes it there (0600, created only if absent:
/// two servers starting at once do not overwrite each other's key).
pub fn load_or_create(path: &Path) -> Result<PrivateKey, HostKeyError> {
    if path.exists() {
        return PrivateKey::read_openssh_file(path).map_err(HostKeyError::Read);
    }
    let key =
        PrivateKey::random(&mut rand::rng(), Algorithm::Ed25519).map_err(HostKeyError::Make)?;
    let pem = key.to_openssh(LineEnding::LF).map_err(HostKeyError::Make)?;
    write_new_0600(path, pem.as_bytes()).map_err(HostKeyError::Write)?;
    Ok(key)
}

fn write_new_0600(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
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

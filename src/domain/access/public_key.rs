//! Kunci publik SSH of an account: the Ed25519 keys an admin registered for a user, with
//! which `kinerja serve` signs them in without a password. Pure data; reading a key line and
//! its fingerprint is the app's (`app::services::public_keys`), where the SSH library is.

use serde::{Deserialize, Serialize};

use crate::domain::AccountId;

/// At most this many keys per account (a person's PCs and laptops; a typo loop is stopped).
pub const MAX_KEYS_PER_ACCOUNT: usize = 20;

/// One registered public key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicKeyEntry {
    /// The key in OpenSSH form without its comment: `ssh-ed25519 BASE64`. Compared as text
    /// with the key a client offers, normalized the same way.
    pub line: String,
    /// The comment of the line as registered (often `user@host`); shown, never compared.
    pub comment: String,
    /// `SHA256:...`, as `ssh-keygen -lf` prints it.
    pub fingerprint: String,
    /// Milliseconds since the Unix epoch.
    pub added_at_ms: i64,
    /// Who registered it: an admin's user name or `cli:OSUSER`.
    pub added_by: String,
}

/// Kunci publik akun: every key of one account, in the order they were added. Stored as one
/// record per account (absent: none).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountKeys {
    pub account: AccountId,
    pub keys: Vec<PublicKeyEntry>,
}

impl AccountKeys {
    pub fn empty(account: AccountId) -> AccountKeys {
        AccountKeys {
            account,
            keys: Vec::new(),
        }
    }

    /// Whether `line` (normalized, see [`PublicKeyEntry::line`]) is one of the keys.
    pub fn holds(&self, line: &str) -> bool {
        self.keys.iter().any(|k| k.line == line)
    }

    /// The key with this fingerprint (as `list` prints it), or this number (1-based, the
    /// list's order).
    pub fn find(&self, fingerprint_or_number: &str) -> Option<usize> {
        let wanted = fingerprint_or_number.trim();
        if let Some(i) = self.keys.iter().position(|k| k.fingerprint == wanted) {
            return Some(i);
        }
        // `SHA256:` may be left out.
        if let Some(i) = self
            .keys
            .iter()
            .position(|k| k.fingerprint.strip_prefix("SHA256:") == Some(wanted))
        {
            return Some(i);
        }
        match wanted.parse::<usize>() {
            Ok(n) if (1..=self.keys.len()).contains(&n) => Some(n - 1),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(line: &str, fp: &str) -> PublicKeyEntry {
        PublicKeyEntry {
            line: line.into(),
            comment: String::new(),
            fingerprint: fp.into(),
            added_at_ms: 0,
            added_by: "cli:root".into(),
        }
    }

    #[test]
    fn keys_are_found_by_fingerprint_or_number() {
        let k = AccountKeys {
            account: AccountId(1),
            keys: vec![
                entry("ssh-ed25519 AA", "SHA256:aa"),
                entry("ssh-ed25519 BB", "SHA256:bb"),
            ],
        };
        assert!(k.holds("ssh-ed25519 BB"));
        assert!(!k.holds("ssh-ed25519 CC"));
        assert_eq!(k.find("SHA256:bb"), Some(1));
        assert_eq!(k.find(" bb "), Some(1));
        assert_eq!(k.find("1"), Some(0));
        assert_eq!(k.find("3"), None);
        assert_eq!(k.find("0"), None);
        assert_eq!(k.find("SHA256:cc"), None);
    }
}

//! SSH public keys of accounts (issue 10): reading the line a user sends (`id_ed25519.pub`,
//! PuTTYgen's "Public key for pasting into OpenSSH authorized_keys file"), and adding and
//! removing keys on the command path (`admin::Command::AddKey` / `RemoveKey`, admins and the
//! local operator, each change an audit entry naming the key's fingerprint).
//!
//! Only Ed25519: `kinerja serve` is built without RSA (see docs/design/serve.md), so an RSA
//! key could never sign in; it is refused here, saying which key to make instead.

use russh::keys::{HashAlg, PublicKey};

use crate::app::admin::{Done, Refusal};
use crate::app::services::commands::{change, CommandError, Outcome, Services};
use crate::domain::access::public_key::MAX_KEYS_PER_ACCOUNT;
use crate::domain::{AccountId, AccountKeys, AuditAction, PublicKeyEntry};
use crate::store::{Record, StoreError};

/// The one key type accepted.
pub const ED25519: &str = "ssh-ed25519";

/// Why a key line was refused (worded by `i18n/admin_accounts.rs`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyLineError {
    /// Nothing but blanks.
    Empty,
    /// Another key type (`ssh-rsa`, `ecdsa-sha2-nistp256`, ...): named, with what to make.
    NotEd25519 { algorithm: String },
    /// PuTTY's own file format (`---- BEGIN SSH2 PUBLIC KEY ----`) instead of the OpenSSH line.
    PuttyFile,
    /// Starts like an Ed25519 key but does not read as one (cut short, mangled).
    Unreadable,
    /// A private key: never to be sent anywhere.
    PrivateKey,
}

/// A key line read: its normalized form, comment and fingerprint.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParsedKey {
    pub line: String,
    pub comment: String,
    pub fingerprint: String,
}

/// The form keys are stored and compared in: `ssh-ed25519 BASE64`, without comment.
pub fn normalized(key: &PublicKey) -> Option<String> {
    PublicKey::new(key.key_data().clone(), "").to_openssh().ok()
}

/// At most `max` characters of `s`, control characters left out: comments and names from a
/// file are printed to terminals (`user key list`, the admin screen), where an escape
/// sequence in a comment must not act.
fn printable(s: &str, max: usize) -> String {
    s.chars().filter(|c| !c.is_control()).take(max).collect()
}

/// Reads the first non-blank line of `text` as an OpenSSH public key line.
pub fn parse_key_line(text: &str) -> Result<ParsedKey, KeyLineError> {
    let Some(line) = text.lines().map(str::trim).find(|l| !l.is_empty()) else {
        return Err(KeyLineError::Empty);
    };
    if line.starts_with("-----BEGIN") && line.contains("PRIVATE KEY") {
        return Err(KeyLineError::PrivateKey);
    }
    if line.starts_with("----") {
        return Err(KeyLineError::PuttyFile);
    }
    if line.starts_with("PuTTY-User-Key-File") {
        return Err(KeyLineError::PrivateKey);
    }
    let algorithm = line.split_whitespace().next().unwrap_or_default();
    if algorithm != ED25519 {
        // `ssh-rsa`, `ecdsa-...`, `sk-...`, or not a key at all.
        let looks_like_a_key = algorithm.starts_with("ssh-")
            || algorithm.starts_with("ecdsa-")
            || algorithm.starts_with("sk-");
        return Err(if looks_like_a_key {
            KeyLineError::NotEd25519 {
                algorithm: printable(algorithm, 40),
            }
        } else {
            KeyLineError::Unreadable
        });
    }
    let key = PublicKey::from_openssh(line).map_err(|_| KeyLineError::Unreadable)?;
    let normalized = normalized(&key).ok_or(KeyLineError::Unreadable)?;
    Ok(ParsedKey {
        line: normalized,
        comment: printable(key.comment().as_str_lossy().trim(), 200),
        fingerprint: key.fingerprint(HashAlg::Sha256).to_string(),
    })
}

impl Services {
    /// The SSH public keys of an account (none: empty).
    pub fn account_keys(&self, account: AccountId) -> Result<AccountKeys, StoreError> {
        self.store.account_keys(account)
    }

    /// `Command::AddKey`: reads the line, refuses a duplicate (on any account: one key, one
    /// person) and writes the account's keys with the new one last.
    pub(crate) fn add_key(
        &mut self,
        account: AccountId,
        text: &str,
    ) -> Result<Outcome, CommandError> {
        let owner = self
            .store
            .account(account)?
            .ok_or(CommandError::Account(Refusal::UnknownAccount))?;
        let parsed = parse_key_line(text).map_err(|e| CommandError::Account(Refusal::Key(e)))?;
        let mut keys = self.store.account_keys(account)?;
        if keys.holds(&parsed.line) {
            return Err(CommandError::Account(Refusal::KeyDuplicate {
                username: owner.username,
            }));
        }
        for other in self.store.accounts()? {
            if other.id != account && self.store.account_keys(other.id)?.holds(&parsed.line) {
                return Err(CommandError::Account(Refusal::KeyDuplicate {
                    username: other.username,
                }));
            }
        }
        if keys.keys.len() >= MAX_KEYS_PER_ACCOUNT {
            return Err(CommandError::Account(Refusal::KeyTooMany {
                max: MAX_KEYS_PER_ACCOUNT,
            }));
        }
        let fingerprint = parsed.fingerprint.clone();
        keys.keys.push(PublicKeyEntry {
            line: parsed.line,
            comment: parsed.comment,
            fingerprint: parsed.fingerprint,
            added_at_ms: self.now_ms(),
            added_by: self.actor.clone(),
        });
        self.commit(vec![change(
            Record::AccountKeys(keys),
            AuditAction::KeyAdd,
            &fingerprint,
        )])?;
        Ok(Outcome::Account(Done::KeyAdded {
            username: owner.username,
            fingerprint,
        }))
    }

    /// `Command::RemoveKey`: the key named by fingerprint or by its number in the list.
    pub(crate) fn remove_key(
        &mut self,
        account: AccountId,
        which: &str,
    ) -> Result<Outcome, CommandError> {
        let owner = self
            .store
            .account(account)?
            .ok_or(CommandError::Account(Refusal::UnknownAccount))?;
        let mut keys = self.store.account_keys(account)?;
        let Some(i) = keys.find(which) else {
            return Err(CommandError::Account(Refusal::KeyUnknown {
                which: printable(which.trim(), 80),
            }));
        };
        let gone = keys.keys.remove(i);
        self.commit(vec![change(
            Record::AccountKeys(keys),
            AuditAction::KeyRemove,
            &gone.fingerprint,
        )])?;
        Ok(Outcome::Account(Done::KeyRemoved {
            username: owner.username,
            fingerprint: gone.fingerprint,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LINE: &str = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILM+rvN+ot98qgEN796jTiQfZfG1KaT0PtFDJ/XFSqti foo@bar.com";

    #[test]
    fn an_ed25519_line_reads_with_comment_and_fingerprint() {
        let k = parse_key_line(&format!("\n  {LINE}  \n")).unwrap();
        assert_eq!(
            k.line,
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILM+rvN+ot98qgEN796jTiQfZfG1KaT0PtFDJ/XFSqti"
        );
        assert_eq!(k.comment, "foo@bar.com");
        assert!(k.fingerprint.starts_with("SHA256:"), "{}", k.fingerprint);
        // Without a comment: the same key.
        let bare = parse_key_line(&k.line).unwrap();
        assert_eq!(bare.line, k.line);
        assert_eq!(bare.fingerprint, k.fingerprint);
        assert_eq!(bare.comment, "");
    }

    #[test]
    fn control_characters_never_reach_a_terminal() {
        let bare = parse_key_line(LINE).unwrap().line;
        let k = parse_key_line(&format!("{bare} evil\x1b[2Jpc\x07")).unwrap();
        assert_eq!(k.comment, "evil[2Jpc");
        assert_eq!(
            parse_key_line("ssh-\x1b[31mrsa AAAA"),
            Err(KeyLineError::NotEd25519 {
                algorithm: "ssh-[31mrsa".into()
            })
        );
    }

    #[test]
    fn other_lines_are_refused_saying_why() {
        assert_eq!(parse_key_line("  \n"), Err(KeyLineError::Empty));
        assert_eq!(
            parse_key_line("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ user@pc"),
            Err(KeyLineError::NotEd25519 {
                algorithm: "ssh-rsa".into()
            })
        );
        assert!(matches!(
            parse_key_line("ecdsa-sha2-nistp256 AAAA x"),
            Err(KeyLineError::NotEd25519 { .. })
        ));
        assert_eq!(
            parse_key_line("---- BEGIN SSH2 PUBLIC KEY ----\nComment: x"),
            Err(KeyLineError::PuttyFile)
        );
        assert_eq!(
            parse_key_line("-----BEGIN OPENSSH PRIVATE KEY-----"),
            Err(KeyLineError::PrivateKey)
        );
        assert_eq!(
            parse_key_line("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILM+rvN"),
            Err(KeyLineError::Unreadable)
        );
        assert_eq!(parse_key_line("hello"), Err(KeyLineError::Unreadable));
    }
}

//! Sign-in and accounts: the contract the UI and the CLI use.
//!
//! Passwords are hashed with argon2 (`Argon2::default()`: Argon2id v19, 19 MiB, 2 passes, a
//! random 16-byte salt per hash) and stored as PHC strings. A password is never stored, logged,
//! put in an error or in the audit trail (the store writes `password_hash` as `***` in the
//! trail's snapshots).
//!
//! Every change goes through the command path (`Services::commit`: record, indexes and an
//! audit entry in one transaction). A wrong password for an existing account is recorded with
//! the actor `signin:LOGIN`; the fifth in a row locks the account for 15 minutes
//! (`Account::after_failure`). An unknown user, a wrong password and a disabled account all
//! answer [`SignInError::BadCredentials`], after the same argon2 work.

use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::Argon2;

use crate::app::services::commands::change;
use crate::app::Services;
use crate::domain::{Account, AccountId, AuditAction, Directory, EmployeeId, Nip, Role, Viewer};
use crate::store::{Record, StoreError};

/// A signed-in person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    pub account: Account,
    pub viewer: Viewer,
}

/// Why signing in failed. `BadCredentials` never says whether the user exists.
#[derive(Debug, thiserror::Error)]
pub enum SignInError {
    #[error("wrong user name or password")]
    BadCredentials,
    #[error("account locked")]
    Locked { until_ms: i64 },
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Why an account change was refused.
#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    #[error("password too short")]
    PasswordTooShort { min: usize },
    #[error("passwords differ")]
    PasswordsDiffer,
    #[error("wrong current password")]
    WrongPassword,
    /// The wrong current password that locked the account: the session ends.
    #[error("account locked")]
    Locked { until_ms: i64 },
    #[error("the new password is the current one")]
    SamePassword,
    #[error("user name taken")]
    UsernameTaken,
    #[error("user name invalid")]
    UsernameInvalid,
    #[error("unknown employee")]
    UnknownEmployee,
    #[error("employee is not active")]
    EmployeeInactive,
    #[error("employee already has an account")]
    EmployeeHasAccount,
    #[error("unknown account")]
    UnknownAccount,
    #[error("not allowed")]
    NotAllowed,
    /// A `penilai` appraises from their own place in the register: without an employee the
    /// account would sign in to an empty screen.
    #[error("an appraiser account needs an employee")]
    AppraiserNeedsEmployee,
    /// Disabling this account would leave no active admin to manage accounts.
    #[error("the last active admin")]
    LastAdmin,
    #[error(transparent)]
    Store(#[from] StoreError),
}

pub const MIN_PASSWORD_LEN: usize = 6;

/// User names: 2 to 32 characters, a lower-case letter first, then letters, digits, `.`, `_`
/// or `-`. (A login of digits only is a NIP.)
pub const USERNAME_MAX_LEN: usize = 32;

/// Prefix of the audit actor of a failed sign-in: `signin:` + the login typed.
pub const SIGNIN_ACTOR_PREFIX: &str = "signin:";

/// A PHC hash of a password nobody knows, with the default parameters: an unknown user name
/// is verified against it, so that it costs the same argon2 work as a wrong password.
/// (A test checks that its parameters are still `Argon2::default()`'s.)
pub(crate) const DUMMY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$\
    uT5068xra4mR/UoZJQkU4Q$B9LjPutoNoUgpdUxS1qx23dYystT7W0IsuuTiZ6FTbI";

/// Hashes `password` with argon2 (default parameters, random salt) into a PHC string.
pub fn hash_password(password: &str) -> Result<String, StoreError> {
    HASHES.with(|n| n.set(n.get() + 1));
    Argon2::default()
        .hash_password(password.as_bytes())
        .map(|h| h.to_string())
        // The error names the argon2 failure (e.g. no randomness), never the password.
        .map_err(|e| StoreError::Io(format!("password hashing failed: {e}")))
}

thread_local! {
    /// argon2 verifications run on this thread: a sign-in's cost in argon2 work, counted
    /// instead of timed (an unknown user must cost what a wrong password costs).
    static VERIFICATIONS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
    /// argon2 hashes made on this thread (`kinerja serve` makes them off its loop).
    static HASHES: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// How many argon2 hashes this thread has made (see `hash_password`).
pub fn hashes_on_this_thread() -> u64 {
    HASHES.with(std::cell::Cell::get)
}

/// How many argon2 verifications this thread has run (see `verify_password`).
pub fn verifications_on_this_thread() -> u64 {
    VERIFICATIONS.with(std::cell::Cell::get)
}

/// Whether `password` matches the PHC string `phc` (false for a malformed hash).
pub fn verify_password(password: &str, phc: &str) -> bool {
    VERIFICATIONS.with(|n| n.set(n.get() + 1));
    Argon2::default()
        .verify_password(password.as_bytes(), phc)
        .is_ok()
}

/// The stored form of a user name: trimmed, lower case; `None` if it breaks the rules.
pub fn normalize_username(username: &str) -> Option<String> {
    let u = username.trim().to_lowercase();
    let mut chars = u.chars();
    let first_ok = chars.next().is_some_and(|c| c.is_ascii_lowercase());
    let rest_ok = chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "._-".contains(c));
    let len = u.chars().count();
    (first_ok && rest_ok && (2..=USERNAME_MAX_LEN).contains(&len)).then_some(u)
}

/// The digits of a login that is a NIP (blanks allowed: `19850315 201001 2 002`).
fn nip_digits(login: &str) -> Option<String> {
    let compact: String = login.chars().filter(|c| !c.is_whitespace()).collect();
    (!compact.is_empty() && compact.chars().all(|c| c.is_ascii_digit())).then_some(compact)
}

/// The audit actor of a sign-in attempt: `signin:` + the login as typed (trimmed, lower case,
/// printable, at most 64 characters).
fn signin_actor(login: &str) -> String {
    let shown: String = login
        .trim()
        .to_lowercase()
        .chars()
        .filter(|c| !c.is_control())
        .take(64)
        .collect();
    format!("{SIGNIN_ACTOR_PREFIX}{shown}")
}

fn check_password(password: &str) -> Result<(), AccountError> {
    if password.chars().count() < MIN_PASSWORD_LEN {
        return Err(AccountError::PasswordTooShort {
            min: MIN_PASSWORD_LEN,
        });
    }
    Ok(())
}

impl Services {
    /// Whether any account exists (an empty database asks for the first admin).
    pub fn has_accounts(&self) -> Result<bool, StoreError> {
        self.store.has_accounts()
    }

    /// All accounts, id order.
    pub fn accounts(&self) -> Result<Vec<Account>, StoreError> {
        self.store.accounts()
    }

    /// The account a login names: a user name (any case) or the NIP of its employee (blanks
    /// allowed). For the CLI and the sign-in; says nothing to a user.
    pub fn find_account(&self, login: &str) -> Result<Option<Account>, StoreError> {
        let id = match nip_digits(login) {
            Some(digits) => match self.register.employee_by_nip(&Nip::from_trusted(digits)) {
                Some(emp) => self.store.account_id_by_employee(emp)?,
                None => None,
            },
            None => self.store.account_id_by_username(login)?,
        };
        match id {
            Some(id) => self.store.account(id),
            None => Ok(None),
        }
    }

    /// The session of an account: its role, employee, and the acting assignments that
    /// employee holds.
    fn session_of(&self, account: Account) -> Result<Session, StoreError> {
        let acting = match account.employee {
            Some(emp) => self.store.acting_of(emp)?,
            None => Vec::new(),
        };
        let viewer = Viewer {
            role: account.role,
            employee: account.employee,
            acting,
        };
        Ok(Session { account, viewer })
    }

    /// From now on, changes are authored by the session's user and checked against its viewer.
    fn enter(&mut self, session: &Session) {
        self.actor = session.account.username.clone();
        self.viewer = Some(session.viewer.clone());
    }

    /// Creates the first admin on a database without accounts and signs them in.
    pub fn create_first_admin(
        &mut self,
        username: &str,
        employee: Option<EmployeeId>,
        password: &str,
    ) -> Result<Session, AccountError> {
        if self.store.has_accounts()? {
            return Err(AccountError::NotAllowed);
        }
        let account = self.new_account(username, employee, Role::Admin, password)?;
        // The first admin is the author of their own account.
        let previous = std::mem::replace(&mut self.actor, account.username.clone());
        let written = self.commit(vec![change(
            Record::Account(account.clone()),
            AuditAction::Create,
            "",
        )]);
        if let Err(e) = written {
            self.actor = previous;
            return Err(e.into());
        }
        let session = self.session_of(account)?;
        self.enter(&session);
        Ok(session)
    }

    /// A failed sign-in for a login without a usable account: counted and locked like a real
    /// one, so neither the time taken nor the answers tell whether the account exists.
    fn phantom_failure(
        &mut self,
        login: &str,
        verify: impl FnOnce(&str) -> bool,
        now: i64,
    ) -> SignInError {
        let _ = verify(DUMMY_HASH);
        let key: String = login
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_lowercase();
        let phantom = self.phantom_logins.entry(key).or_insert_with(|| Account {
            id: AccountId(0),
            username: String::new(),
            employee: None,
            role: Role::Appraiser,
            password_hash: String::new(),
            must_change_password: false,
            disabled: true,
            failed_attempts: 0,
            locked_until_ms: None,
        });
        if let Some(until_ms) = phantom.locked_until_ms.filter(|_| phantom.is_locked(now)) {
            return SignInError::Locked { until_ms };
        }
        *phantom = phantom.after_failure(now);
        match phantom.locked_until_ms {
            Some(until_ms) if phantom.is_locked(now) => SignInError::Locked { until_ms },
            _ => SignInError::BadCredentials,
        }
    }

    /// Signs in by user name or NIP. Five wrong passwords lock the account for 15 minutes.
    pub fn sign_in(&mut self, login: &str, password: &str) -> Result<Session, SignInError> {
        self.sign_in_with(login, |hash| verify_password(password, hash))
    }

    /// The hash a password for `login` is checked against: the account's when it may sign
    /// in, else a dummy one (the same work for unknown users). `kinerja serve` verifies it off
    /// its loop, then calls [`Services::sign_in_verified`].
    pub fn password_hash_for(&self, login: &str) -> Result<String, SignInError> {
        Ok(match self.find_account(login)? {
            Some(a)
                if !a.disabled
                    && a.employee.is_none_or(|e| {
                        self.register.employee(e).is_some_and(|p| p.is_active())
                    }) =>
            {
                a.password_hash
            }
            _ => DUMMY_HASH.to_string(),
        })
    }

    /// [`Services::sign_in`] with the password already verified against `checked_hash` (from
    /// [`Services::password_hash_for`]): `matched` counts only if the account's hash is still
    /// that one. The same lock-out, answers and audit entries.
    pub fn sign_in_verified(
        &mut self,
        login: &str,
        checked_hash: &str,
        matched: bool,
    ) -> Result<Session, SignInError> {
        self.sign_in_with(login, |hash| matched && hash == checked_hash)
    }

    /// The sign-in, with `verify` telling whether the password matches a hash.
    fn sign_in_with(
        &mut self,
        login: &str,
        verify: impl FnOnce(&str) -> bool,
    ) -> Result<Session, SignInError> {
        let now = self.now_ms();
        let account = match self.find_account(login)? {
            // An account whose employee has left (deactivated) signs in no more.
            Some(a)
                if !a.disabled
                    && a.employee.is_none_or(|e| {
                        self.register.employee(e).is_some_and(|p| p.is_active())
                    }) =>
            {
                a
            }
            // Unknown or disabled: the same work, answers and lock-out as a real account.
            _ => return Err(self.phantom_failure(login, verify, now)),
        };
        if let Some(until_ms) = account.locked_until_ms.filter(|_| account.is_locked(now)) {
            return Err(SignInError::Locked { until_ms });
        }
        if !verify(&account.password_hash) {
            let after = account.after_failure(now);
            let locked = after.is_locked(now);
            let action = if locked {
                AuditAction::Lock
            } else {
                AuditAction::SignInFailed
            };
            log::warn!(
                "sign-in failed for account {} ({} in a row{})",
                account.id.0,
                after.failed_attempts,
                if locked { ", locked" } else { "" }
            );
            let until = after.locked_until_ms;
            self.commit_as(
                &signin_actor(login),
                vec![change(Record::Account(after), action, "")],
            )?;
            return Err(match until {
                Some(until_ms) if locked => SignInError::Locked { until_ms },
                _ => SignInError::BadCredentials,
            });
        }
        self.signed_in(account)
    }

    /// The account that may sign in for `login` now: not disabled, its employee (if any)
    /// still active. `None` for an unknown login too.
    fn usable_account(&self, login: &str) -> Result<Option<Account>, StoreError> {
        Ok(self.find_account(login)?.filter(|a| {
            !a.disabled
                && a.employee
                    .is_none_or(|e| self.register.employee(e).is_some_and(|p| p.is_active()))
        }))
    }

    /// Whether `key_line` (normalized, `public_keys::normalized`) is registered for the
    /// account `login` names and that account may sign in. `kinerja serve` asks it when a
    /// client offers a key, before the client proves it holds the private half; nothing is
    /// written (an SSH client offers every key it has: those are no failed sign-ins).
    pub fn key_registered(&self, login: &str, key_line: &str) -> Result<bool, StoreError> {
        match self.usable_account(login)? {
            Some(a) => Ok(self.store.account_keys(a.id)?.holds(key_line)),
            None => Ok(false),
        }
    }

    /// Signs in with an SSH public key whose signature the server checked: the account must
    /// hold the key, be enabled (its employee active) and not locked. Then the same as a
    /// password that matched (a count of failures cleared and audited, the session entered).
    /// An unknown user, an unknown key and a disabled account are all `BadCredentials`.
    pub fn sign_in_by_key(&mut self, login: &str, key_line: &str) -> Result<Session, SignInError> {
        let Some(account) = self.usable_account(login)? else {
            return Err(SignInError::BadCredentials);
        };
        if !self.store.account_keys(account.id)?.holds(key_line) {
            return Err(SignInError::BadCredentials);
        }
        let now = self.now_ms();
        if let Some(until_ms) = account.locked_until_ms.filter(|_| account.is_locked(now)) {
            return Err(SignInError::Locked { until_ms });
        }
        log::info!("signed in by key: account {}", account.id.0);
        self.signed_in(account)
    }

    /// A sign-in that succeeded: a count of failures or an expired lock is cleared (and
    /// audited), the session entered.
    fn signed_in(&mut self, account: Account) -> Result<Session, SignInError> {
        let account = if account.failed_attempts != 0 || account.locked_until_ms.is_some() {
            let after = account.after_success();
            self.commit_as(
                &after.username,
                vec![change(
                    Record::Account(after.clone()),
                    AuditAction::SignIn,
                    "",
                )],
            )?;
            after
        } else {
            account
        };
        log::info!("signed in: account {}", account.id.0);
        let session = self.session_of(account)?;
        self.enter(&session);
        Ok(session)
    }

    /// The session of the account of the employee with this NIP, without a password: only for
    /// `kinerja demo --as NIP`. An unknown NIP or a disabled account is `BadCredentials`.
    pub fn session_for_nip(&mut self, nip: &str) -> Result<Session, SignInError> {
        let account = match nip_digits(nip) {
            Some(_) => self.find_account(nip)?,
            None => None,
        };
        let account = account
            .filter(|a| !a.disabled)
            .ok_or(SignInError::BadCredentials)?;
        let session = self.session_of(account)?;
        self.enter(&session);
        Ok(session)
    }

    /// Refuses a session that is not an admin's (still, in the store). `None`: the operator.
    fn require_admin(&self, by: Option<&Session>) -> Result<(), AccountError> {
        let Some(s) = by else { return Ok(()) };
        let current = self.store.account(s.account.id)?;
        match current {
            Some(a) if a.role == Role::Admin && !a.disabled && s.account.role == Role::Admin => {
                Ok(())
            }
            _ => Err(AccountError::NotAllowed),
        }
    }

    /// Checks and builds a new account (not yet written), with a fresh id.
    fn new_account(
        &mut self,
        username: &str,
        employee: Option<EmployeeId>,
        role: Role,
        password: &str,
    ) -> Result<Account, AccountError> {
        let username = normalize_username(username).ok_or(AccountError::UsernameInvalid)?;
        if self.store.account_id_by_username(&username)?.is_some() {
            return Err(AccountError::UsernameTaken);
        }
        if role == Role::Appraiser && employee.is_none() {
            return Err(AccountError::AppraiserNeedsEmployee);
        }
        if let Some(emp) = employee {
            match self.register.employee(emp) {
                None => return Err(AccountError::UnknownEmployee),
                Some(e) if !e.is_active() => return Err(AccountError::EmployeeInactive),
                Some(_) => {}
            }
            if self.store.account_id_by_employee(emp)?.is_some() {
                return Err(AccountError::EmployeeHasAccount);
            }
        }
        check_password(password)?;
        let password_hash = self.passwords.hash(password)?;
        Ok(Account {
            id: AccountId(self.store.next_id(crate::domain::RecordKind::Account)?),
            username,
            employee,
            role,
            password_hash,
            must_change_password: false,
            disabled: false,
            failed_attempts: 0,
            locked_until_ms: None,
        })
    }

    /// Creates an account (admin only when a session is given; the CLI passes `None`).
    pub fn create_account(
        &mut self,
        by: Option<&Session>,
        username: &str,
        employee: Option<EmployeeId>,
        role: Role,
        password: &str,
    ) -> Result<AccountId, AccountError> {
        self.require_admin(by)?;
        let account = self.new_account(username, employee, role, password)?;
        let id = account.id;
        self.commit(vec![change(
            Record::Account(account),
            AuditAction::Create,
            "",
        )])?;
        Ok(id)
    }

    /// Creates an account whose password is a one-time one (the admin screen's): the first
    /// sign-in must choose a new password. The same rules and audit entry as
    /// [`Services::create_account`].
    pub fn create_one_time_account(
        &mut self,
        by: Option<&Session>,
        username: &str,
        employee: Option<EmployeeId>,
        role: Role,
        password: &str,
    ) -> Result<AccountId, AccountError> {
        self.require_admin(by)?;
        let account = Account {
            must_change_password: true,
            ..self.new_account(username, employee, role, password)?
        };
        let id = account.id;
        self.commit(vec![change(
            Record::Account(account),
            AuditAction::Create,
            "",
        )])?;
        Ok(id)
    }

    fn load_account(&self, id: AccountId) -> Result<Account, AccountError> {
        self.store.account(id)?.ok_or(AccountError::UnknownAccount)
    }

    /// Changes the signed-in user's own password.
    pub fn change_password(
        &mut self,
        session: &mut Session,
        current: &str,
        new: &str,
    ) -> Result<(), AccountError> {
        let account = self.load_account(session.account.id)?;
        if account.disabled {
            return Err(AccountError::NotAllowed);
        }
        if !self.passwords.check(current, &account.password_hash) {
            return Err(self.wrong_current(account));
        }
        // After a reset the temporary password must really be replaced.
        if new == current {
            return Err(AccountError::SamePassword);
        }
        check_password(new)?;
        let after = Account {
            password_hash: self.passwords.hash(new)?,
            must_change_password: false,
            ..account
        };
        self.commit_as(
            &after.username,
            vec![change(
                Record::Account(after.clone()),
                AuditAction::PasswordChange,
                "",
            )],
        )?;
        session.account = after;
        Ok(())
    }

    /// A wrong current password counts like a wrong sign-in, so that a terminal left signed
    /// in cannot be used to guess the password, and is recorded; the fifth locks the account.
    fn wrong_current(&mut self, account: Account) -> AccountError {
        let now = self.now_ms();
        let after = account.after_failure(now);
        let until = after.locked_until_ms.filter(|_| after.is_locked(now));
        let action = if until.is_some() {
            AuditAction::Lock
        } else {
            AuditAction::PasswordCheckFailed
        };
        log::warn!("wrong current password for account {}", after.id.0);
        let actor = after.username.clone();
        if let Err(e) = self.commit_as(&actor, vec![change(Record::Account(after), action, "")]) {
            return e.into();
        }
        match until {
            Some(until_ms) => AccountError::Locked { until_ms },
            None => AccountError::WrongPassword,
        }
    }

    /// Records that the app ended this session itself (`reason` says why, in the trail's
    /// words: the audit screen shows it as written).
    pub fn record_forced_sign_out(&mut self, session: &Session) -> Result<(), AccountError> {
        let account = self.load_account(session.account.id)?;
        let actor = account.username.clone();
        self.commit_as(
            &actor,
            vec![change(Record::Account(account), AuditAction::SignOut, "")],
        )?;
        Ok(())
    }

    /// Sets a new password; the user must change it at the next sign-in. Also lifts a lock.
    pub fn reset_password(
        &mut self,
        by: Option<&Session>,
        account: AccountId,
        new: &str,
    ) -> Result<(), AccountError> {
        self.require_admin(by)?;
        let account = self.load_account(account)?;
        check_password(new)?;
        let after = Account {
            password_hash: self.passwords.hash(new)?,
            must_change_password: true,
            failed_attempts: 0,
            locked_until_ms: None,
            ..account
        };
        self.commit(vec![change(
            Record::Account(after),
            AuditAction::PasswordReset,
            "",
        )])?;
        Ok(())
    }

    /// Disables or enables an account. An admin session may not disable its own account.
    /// Writes nothing when the account is already so.
    pub fn set_disabled(
        &mut self,
        by: Option<&Session>,
        account: AccountId,
        disabled: bool,
    ) -> Result<(), AccountError> {
        self.require_admin(by)?;
        if disabled && by.is_some_and(|s| s.account.id == account) {
            return Err(AccountError::NotAllowed);
        }
        let current = self.load_account(account)?;
        if current.disabled == disabled {
            return Ok(());
        }
        if disabled && current.role == Role::Admin {
            let others = self
                .accounts()?
                .iter()
                .filter(|a| a.id != current.id && a.role == Role::Admin && !a.disabled)
                .count();
            if others == 0 {
                return Err(AccountError::LastAdmin);
            }
        }
        let action = if disabled {
            AuditAction::Deactivate
        } else {
            AuditAction::Reactivate
        };
        self.commit(vec![change(
            Record::Account(Account {
                disabled,
                ..current
            }),
            action,
            "",
        )])?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_names() {
        assert_eq!(normalize_username(" Maria "), Some("maria".into()));
        assert_eq!(
            normalize_username("m.kaize_2-b"),
            Some("m.kaize_2-b".into())
        );
        for bad in [
            "",
            "m",
            "1maria",
            "198503152010012002",
            "ma ria",
            "maría",
            ".x",
            &"a".repeat(33),
        ] {
            assert_eq!(normalize_username(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn nip_logins() {
        assert_eq!(
            nip_digits("19850315 201001 2 002"),
            Some("198503152010012002".into())
        );
        assert_eq!(nip_digits("maria"), None);
        assert_eq!(nip_digits("  "), None);
    }

    #[test]
    fn signin_actor_is_the_login() {
        assert_eq!(signin_actor(" Maria\n"), "signin:maria");
        assert_eq!(signin_actor(&"x".repeat(100)).len(), "signin:".len() + 64);
    }

    #[test]
    fn dummy_hash_costs_what_a_real_hash_costs() {
        let real = hash_password("rahasia").unwrap();
        let params = |phc: &str| phc.split('$').take(4).collect::<Vec<_>>().join("$");
        assert_eq!(params(DUMMY_HASH), params(&real));
        assert!(argon2::password_hash::phc::PasswordHash::new(DUMMY_HASH).is_ok());
        assert!(!verify_password("", DUMMY_HASH));
    }
}

//! Sign-in and accounts: the contract the UI and the CLI use.
//! STUB: being implemented (argon2 hashing, store records, audit); signatures are the contract.

use crate::domain::{Account, AccountId, EmployeeId, Role, Viewer};
use crate::store::StoreError;

use super::Services;

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
    #[error("user name taken")]
    UsernameTaken,
    #[error("user name invalid")]
    UsernameInvalid,
    #[error("unknown employee")]
    UnknownEmployee,
    #[error("employee already has an account")]
    EmployeeHasAccount,
    #[error("unknown account")]
    UnknownAccount,
    #[error("not allowed")]
    NotAllowed,
    #[error(transparent)]
    Store(#[from] StoreError),
}

pub const MIN_PASSWORD_LEN: usize = 6;

impl Services {
    /// Whether any account exists (an empty database asks for the first admin).
    pub fn has_accounts(&self) -> Result<bool, StoreError> {
        Ok(false)
    }

    /// All accounts, id order.
    pub fn accounts(&self) -> Result<Vec<Account>, StoreError> {
        Ok(Vec::new())
    }

    /// Creates the first admin on a database without accounts and signs them in.
    pub fn create_first_admin(
        &mut self,
        _username: &str,
        _employee: Option<EmployeeId>,
        _password: &str,
    ) -> Result<Session, AccountError> {
        Err(AccountError::NotAllowed)
    }

    /// Signs in by user name or NIP. Five wrong passwords lock the account for 15 minutes.
    pub fn sign_in(&mut self, _login: &str, _password: &str) -> Result<Session, SignInError> {
        Err(SignInError::BadCredentials)
    }

    /// Creates an account (admin only when a session is given; the CLI passes `None`).
    pub fn create_account(
        &mut self,
        _by: Option<&Session>,
        _username: &str,
        _employee: Option<EmployeeId>,
        _role: Role,
        _password: &str,
    ) -> Result<AccountId, AccountError> {
        Err(AccountError::NotAllowed)
    }

    /// Changes the signed-in user's own password.
    pub fn change_password(
        &mut self,
        _session: &mut Session,
        _current: &str,
        _new: &str,
    ) -> Result<(), AccountError> {
        Err(AccountError::NotAllowed)
    }

    /// Sets a new password; the user must change it at the next sign-in.
    pub fn reset_password(
        &mut self,
        _by: Option<&Session>,
        _account: AccountId,
        _new: &str,
    ) -> Result<(), AccountError> {
        Err(AccountError::NotAllowed)
    }

    pub fn set_disabled(
        &mut self,
        _by: Option<&Session>,
        _account: AccountId,
        _disabled: bool,
    ) -> Result<(), AccountError> {
        Err(AccountError::NotAllowed)
    }
}

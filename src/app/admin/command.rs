//! The account commands of the admin screen, on the one command path
//! (`Command::Accounts`); their answers and refusals as values, worded by
//! `i18n/admin_accounts.rs`.

use crate::app::gate::form::Secret;
use crate::app::services::auth::AccountError;
pub use crate::app::services::public_keys::KeyLineError;
use crate::domain::{AccountId, EmployeeId, Role};

/// A change to the office's accounts (admins only, `Ask::Register`).
///
/// No revision is checked on accounts (issue 10): every sign-in writes the account (last
/// sign-in, failed attempts), and none of these commands carries a view of the account to
/// write back. Each names the account and the state wanted, applied to the account as stored
/// when it runs: disabling an account that is disabled already (or enabling an enabled one) is
/// the same change twice, and a reset sets a new one-time password whatever the old one was.
/// Nothing another admin changed meanwhile is overwritten with an older value.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// A new account for an employee; the password is a one-time one: it must be changed at
    /// the first sign-in.
    Create {
        employee: EmployeeId,
        username: String,
        role: Role,
        password: Secret,
    },
    /// A new one-time password (the user must change it); lifts a lock-out.
    Reset {
        account: AccountId,
        password: Secret,
    },
    /// Disable or enable an account; the last active admin cannot be disabled.
    SetDisabled { account: AccountId, disabled: bool },
    /// Register an SSH public key (an OpenSSH `.pub` line, Ed25519) for `kinerja serve`.
    AddKey { account: AccountId, line: String },
    /// Take a key off: by its fingerprint (`SHA256:...`) or its number in the list (from 1).
    RemoveKey { account: AccountId, which: String },
}

/// What an account command did (the user name it acted on).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Done {
    Created {
        username: String,
    },
    Reset {
        username: String,
    },
    Disabled {
        username: String,
        disabled: bool,
    },
    KeyAdded {
        username: String,
        fingerprint: String,
    },
    KeyRemoved {
        username: String,
        fingerprint: String,
    },
}

/// Why an account command was refused (the rules are `services::auth`'s, the CLI's too).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    PasswordTooShort {
        min: usize,
    },
    UsernameTaken,
    UsernameInvalid,
    UnknownEmployee,
    EmployeeInactive,
    EmployeeHasAccount,
    UnknownAccount,
    /// Not an admin, or an admin disabling their own account.
    NotAllowed,
    AppraiserNeedsEmployee,
    LastAdmin,
    /// The key line is not an Ed25519 public key (why, as a value).
    Key(KeyLineError),
    /// The key is already registered (for this user name's account).
    KeyDuplicate {
        username: String,
    },
    /// The account has the most keys allowed.
    KeyTooMany {
        max: usize,
    },
    /// No key of the account has this fingerprint or number.
    KeyUnknown {
        which: String,
    },
}

impl Refusal {
    /// The refusal of an account error; `None` for a store failure (told as such).
    pub fn of(e: &AccountError) -> Option<Refusal> {
        Some(match e {
            AccountError::PasswordTooShort { min } => Refusal::PasswordTooShort { min: *min },
            AccountError::UsernameTaken => Refusal::UsernameTaken,
            AccountError::UsernameInvalid => Refusal::UsernameInvalid,
            AccountError::UnknownEmployee => Refusal::UnknownEmployee,
            AccountError::EmployeeInactive => Refusal::EmployeeInactive,
            AccountError::EmployeeHasAccount => Refusal::EmployeeHasAccount,
            AccountError::UnknownAccount => Refusal::UnknownAccount,
            AccountError::AppraiserNeedsEmployee => Refusal::AppraiserNeedsEmployee,
            AccountError::LastAdmin => Refusal::LastAdmin,
            AccountError::NotAllowed
            | AccountError::PasswordsDiffer
            | AccountError::WrongPassword
            | AccountError::Locked { .. }
            | AccountError::SamePassword => Refusal::NotAllowed,
            AccountError::Store(_) => return None,
        })
    }
}

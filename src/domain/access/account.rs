//! Akun pengguna: who may sign in, with which role, and the lock-out rule.

use serde::{Deserialize, Serialize};

use crate::domain::EmployeeId;

/// Five wrong passwords in a row lock the account for fifteen minutes.
pub const MAX_FAILED_ATTEMPTS: u32 = 5;
pub const LOCKOUT_MS: i64 = 15 * 60 * 1000;

/// Internal identifier of an account.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
pub struct AccountId(pub u64);

/// Peran: what an account may do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Role {
    /// Admin kepegawaian (BKPSDM): the register, units, periods, settings, all data.
    Admin,
    /// Penilai: a supervisor; sees their line, changes records of direct subordinates.
    Appraiser,
}

impl Role {
    pub fn code(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Appraiser => "penilai",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        match s.trim().to_lowercase().as_str() {
            "admin" => Some(Role::Admin),
            "penilai" | "appraiser" => Some(Role::Appraiser),
            _ => None,
        }
    }
}

/// Akun: a user account tied to an employee (by NIP in the UI).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Account {
    pub id: AccountId,
    /// Sign-in name, lower case; the NIP also signs in.
    pub username: String,
    pub employee: Option<EmployeeId>,
    pub role: Role,
    /// Argon2 hash in PHC string form; never the password.
    pub password_hash: String,
    /// Set by an admin reset: the next sign-in must choose a new password.
    pub must_change_password: bool,
    pub disabled: bool,
    /// Wrong passwords since the last successful sign-in.
    pub failed_attempts: u32,
    /// Milliseconds since the epoch until which sign-in is refused.
    pub locked_until_ms: Option<i64>,
}

impl Account {
    pub fn is_locked(&self, now_ms: i64) -> bool {
        self.locked_until_ms.is_some_and(|until| now_ms < until)
    }

    /// The account after a wrong password at `now_ms`: the fifth in a row locks it.
    pub fn after_failure(&self, now_ms: i64) -> Account {
        let mut a = self.clone();
        // A lock that has run out starts a fresh count.
        if a.locked_until_ms.is_some_and(|until| now_ms >= until) {
            a.locked_until_ms = None;
            a.failed_attempts = 0;
        }
        a.failed_attempts += 1;
        if a.failed_attempts >= MAX_FAILED_ATTEMPTS {
            a.locked_until_ms = Some(now_ms + LOCKOUT_MS);
        }
        a
    }

    /// The account after a successful sign-in.
    pub fn after_success(&self) -> Account {
        Account {
            failed_attempts: 0,
            locked_until_ms: None,
            ..self.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn account() -> Account {
        Account {
            id: AccountId(1),
            username: "maria".into(),
            employee: Some(EmployeeId(2)),
            role: Role::Appraiser,
            password_hash: String::new(),
            must_change_password: false,
            disabled: false,
            failed_attempts: 0,
            locked_until_ms: None,
        }
    }

    #[test]
    fn five_failures_lock_for_fifteen_minutes() {
        let t0 = 1_000_000;
        let mut a = account();
        for i in 1..=4 {
            a = a.after_failure(t0 + i);
            assert!(!a.is_locked(t0 + i), "attempt {i} does not lock");
        }
        a = a.after_failure(t0 + 5);
        assert!(a.is_locked(t0 + 5));
        assert!(a.is_locked(t0 + 5 + LOCKOUT_MS - 1));
        assert!(!a.is_locked(t0 + 5 + LOCKOUT_MS));
        // After the lock runs out, one more failure starts a new count instead of relocking.
        let b = a.after_failure(t0 + 5 + LOCKOUT_MS);
        assert_eq!(b.failed_attempts, 1);
        assert!(!b.is_locked(t0 + 5 + LOCKOUT_MS));
    }

    #[test]
    fn success_clears_the_count() {
        let a = account().after_failure(1).after_failure(2).after_success();
        assert_eq!((a.failed_attempts, a.locked_until_ms), (0, None));
    }
}

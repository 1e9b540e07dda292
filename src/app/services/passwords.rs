//! argon2 work done ahead (`kinerja serve`): the office loop owns the services and every
//! session, so a password hashed or checked there (19 MiB, tens of milliseconds) would make
//! every session wait. The loop asks for the work an effect needs (`PasswordWork`), has it
//! computed on other threads (`Prepared::compute`), and runs the effect with the results in
//! place; the services take a result from here instead of computing it again.

use std::collections::HashMap;

use crate::app::services::auth::{hash_password, verify_password};
use crate::store::StoreError;

/// The hashes of new passwords and the checks of typed ones an effect needs (no `Debug`:
/// it holds passwords).
#[derive(Clone, Default, PartialEq, Eq)]
pub struct PasswordWork {
    /// New passwords to hash.
    pub hash: Vec<String>,
    /// Typed passwords to check against a stored hash: (typed, hash).
    pub check: Vec<(String, String)>,
}

/// Results of a [`PasswordWork`], taken once each (no `Debug`: keyed by passwords).
#[derive(Default)]
pub struct Prepared {
    hashes: HashMap<String, String>,
    checks: HashMap<(String, String), bool>,
}

impl Prepared {
    /// Does the work (argon2: call it off the loop).
    pub fn compute(work: &PasswordWork) -> Result<Prepared, StoreError> {
        let mut p = Prepared::default();
        for plain in &work.hash {
            p.hashes.insert(plain.clone(), hash_password(plain)?);
        }
        for (typed, hash) in &work.check {
            let ok = verify_password(typed, hash);
            p.checks.insert((typed.clone(), hash.clone()), ok);
        }
        Ok(p)
    }

    /// A hash of `plain` made ahead, else made now.
    pub(crate) fn hash(&mut self, plain: &str) -> Result<String, StoreError> {
        match self.hashes.remove(plain) {
            Some(h) => Ok(h),
            None => hash_password(plain),
        }
    }

    /// Whether `typed` matches `hash`: checked ahead (against that same hash), else now.
    pub(crate) fn check(&mut self, typed: &str, hash: &str) -> bool {
        match self.checks.remove(&(typed.to_string(), hash.to_string())) {
            Some(ok) => ok,
            None => verify_password(typed, hash),
        }
    }
}

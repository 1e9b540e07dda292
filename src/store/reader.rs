//! The register's records read from another thread: the TUI draws its sign-in screen as soon
//! as the store is open and reads the 50,000 employees meanwhile (see `app::services::loading`).

use std::sync::{Arc, PoisonError, RwLock};

use super::{query, Gate, StoreError};
use crate::domain::{Employee, OrgUnit};

/// Reads employees and units like [`super::Store::employees`] and [`super::Store::units`],
/// and can be sent to another thread. It takes the store's reader gate, so a commit of this
/// process waits for it (never the other way round: it only reads).
pub struct RegisterReader {
    data: sled::Tree,
    gate: Arc<RwLock<Gate>>,
}

impl RegisterReader {
    pub(super) fn new(data: sled::Tree, gate: Arc<RwLock<Gate>>) -> RegisterReader {
        RegisterReader { data, gate }
    }

    /// All employees and all units, each in id order, read under one reader gate (so that no
    /// commit of this process falls between the two).
    pub fn read(&self) -> Result<(Vec<Employee>, Vec<OrgUnit>), StoreError> {
        let _reader = self.gate.read().unwrap_or_else(PoisonError::into_inner);
        Ok((query::employees(&self.data)?, query::units(&self.data)?))
    }
}

//! What every session of one process shares: the store, the register mirrored in memory,
//! the lock-out counts of unknown logins, and the clock.

use chrono::NaiveDate;

use crate::app::services::register::Register;
use crate::domain::{Account, RecordKind};
use crate::store::{Store, StoreError};

pub struct Shared {
    pub store: Store,
    pub register: Register,
    /// Failure counts of logins that match no usable account, so that they lock like real
    /// ones and the lock does not tell which accounts exist (kept for this process only).
    pub(crate) phantom_logins: std::collections::HashMap<String, Account>,
    clock: Box<dyn Fn() -> i64 + Send>,
}

/// Now, in milliseconds since the Unix epoch.
pub fn system_clock_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

impl Shared {
    pub fn new(store: Store) -> Result<Shared, StoreError> {
        let register = Register::load(&store)?;
        Ok(Shared {
            store,
            register,
            phantom_logins: std::collections::HashMap::new(),
            clock: Box::new(system_clock_ms),
        })
    }

    pub(crate) fn set_clock(&mut self, clock: impl Fn() -> i64 + Send + 'static) {
        self.clock = Box::new(clock);
    }

    pub fn now_ms(&self) -> i64 {
        (self.clock)()
    }

    /// Today's date where the office is (the machine's local time zone: Merauke is UTC+9,
    /// so a UTC date would be yesterday's every morning until nine).
    pub fn today(&self) -> NaiveDate {
        chrono::DateTime::from_timestamp_millis(self.now_ms())
            .map(|d| d.with_timezone(&chrono::Local).date_naive())
            .unwrap_or_default()
    }

    pub fn next_id(&self, kind: RecordKind) -> Result<u64, StoreError> {
        self.store.next_id(kind)
    }
}

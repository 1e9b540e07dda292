//! What every session of one process shares: the store, the register mirrored in memory
//! (perhaps still being read: see `loading`), the lock-out counts of unknown logins, and the
//! clock.

use chrono::NaiveDate;

use crate::app::services::loading::RegisterLoad;
use crate::app::services::register::Register;
use crate::domain::{Account, RecordKind};
use crate::store::{Store, StoreError};

pub struct Shared {
    pub store: Store,
    /// Empty while [`Shared::loading`]'s thread still reads it: see [`Shared::await_register`].
    pub register: Register,
    load: RegisterLoad,
    /// Failure counts of logins that match no usable account, so that they lock like real
    /// ones and the lock does not tell which accounts exist (kept for this process only).
    pub(crate) phantom_logins: std::collections::HashMap<String, Account>,
    clock: Box<dyn Fn() -> i64 + Send>,
    /// Counts the changes committed through these services: a session that showed the
    /// records at an older count reads its screen again (`kinerja serve`).
    generation: u64,
    /// argon2 results computed ahead off this thread (`kinerja serve`), and whether effects
    /// that need argon2 wait for them (see `app::services::passwords`).
    pub(crate) passwords: crate::app::services::passwords::Prepared,
    defer_passwords: bool,
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
            load: RegisterLoad::Ready,
            phantom_logins: std::collections::HashMap::new(),
            clock: Box::new(system_clock_ms),
            generation: 0,
            passwords: Default::default(),
            defer_passwords: false,
        })
    }

    /// The same, the register read on another thread (the TUI's start: the sign-in screen is
    /// drawn meanwhile). Whoever reads or changes the register first calls
    /// [`Shared::await_register`].
    pub fn loading(store: Store) -> Shared {
        Shared::loading_when(store, None)
    }

    /// [`Shared::loading`], the reading held until `go` receives (tests of the waiting).
    #[doc(hidden)]
    pub fn loading_when(store: Store, go: Option<std::sync::mpsc::Receiver<()>>) -> Shared {
        let (register, load) = RegisterLoad::start(&store, go);
        Shared {
            store,
            register,
            load,
            phantom_logins: std::collections::HashMap::new(),
            clock: Box::new(system_clock_ms),
            generation: 0,
            passwords: Default::default(),
            defer_passwords: false,
        }
    }

    /// Waits until the register is in memory. Its read failed: the error, every time asked.
    pub fn await_register(&mut self) -> Result<(), std::sync::Arc<StoreError>> {
        if let Some(register) = self.load.take(&self.store, true) {
            self.register = register;
        }
        self.load.error().map_or(Ok(()), Err)
    }

    /// Puts the register in place if its thread is done, without waiting.
    pub fn poll_register(&mut self) {
        if let Some(register) = self.load.take(&self.store, false) {
            self.register = register;
        }
    }

    /// Why the register could not be read, if it could not.
    pub fn register_error(&self) -> Option<std::sync::Arc<StoreError>> {
        self.load.error()
    }

    /// Whether the register is still being read.
    pub fn register_loading(&self) -> bool {
        self.load.is_loading()
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

    /// Whether effects that hash or check a password wait for that work to be done off the
    /// thread that owns the services (`kinerja serve`'s office loop).
    pub fn defers_passwords(&self) -> bool {
        self.defer_passwords
    }

    pub fn set_defer_passwords(&mut self, defer: bool) {
        self.defer_passwords = defer;
    }

    /// How many changes were committed through these services since they started.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// A change was committed: screens showing older data are behind now.
    pub(crate) fn note_change(&mut self) {
        self.generation += 1;
    }

    pub fn next_id(&self, kind: RecordKind) -> Result<u64, StoreError> {
        self.store.next_id(kind)
    }
}

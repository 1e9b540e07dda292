//! The register read on another thread while the sign-in screen is up. The TUI's first frame
//! needs only the open store (the lock checked, migrations run); the register is needed from
//! the sign-in on, and reading 50,000 employees takes longer than drawing that screen. The
//! runtime waits for it before anything that reads or changes it (`App::dispatch`).

use std::sync::mpsc::Receiver;
use std::sync::Arc;
use std::thread::JoinHandle;

use crate::app::services::register::Register;
use crate::store::{Store, StoreError};

/// Where the register is: in memory, still being read, or unreadable.
#[derive(Default)]
pub(crate) enum RegisterLoad {
    #[default]
    Ready,
    Loading(Reading),
    /// Kept to be shown at every sign-in attempt: without a register nobody may work.
    Failed(Arc<StoreError>),
}

/// The reading thread. Dropped while it still reads, it waits for it: the thread holds the
/// database open, and a store dropped must be closed (a reopen in this process finds no lock).
pub(crate) struct Reading(Option<JoinHandle<Result<Register, StoreError>>>);

impl Drop for Reading {
    fn drop(&mut self) {
        if let Some(handle) = self.0.take() {
            let _ = handle.join();
        }
    }
}

impl RegisterLoad {
    /// Starts reading the register of `store` on another thread. Without a thread to be had,
    /// it is read here and now, as before.
    /// `go`: tests hold the thread until they send (or drop the sender).
    pub(crate) fn start(store: &Store, go: Option<Receiver<()>>) -> (Register, RegisterLoad) {
        let reader = store.register_reader();
        let spawned = std::thread::Builder::new()
            .name("kinerja-register".into())
            .spawn(move || {
                if let Some(go) = go {
                    let _ = go.recv();
                }
                let (employees, units) = reader.read()?;
                Ok(Register::from_parts(employees, units))
            });
        match spawned {
            Ok(handle) => (
                Register::default(),
                RegisterLoad::Loading(Reading(Some(handle))),
            ),
            Err(e) => {
                log::warn!("no thread to read the register on ({e}): reading it now");
                match Register::load(store) {
                    Ok(register) => (register, RegisterLoad::Ready),
                    Err(e) => (Register::default(), RegisterLoad::failed(e)),
                }
            }
        }
    }

    fn failed(e: StoreError) -> RegisterLoad {
        log::error!("could not read the register: {e}");
        RegisterLoad::Failed(Arc::new(e))
    }

    pub(crate) fn is_loading(&self) -> bool {
        matches!(self, RegisterLoad::Loading(_))
    }

    /// The register once its thread is done (waiting for it when `wait`), or `None` while it
    /// is still being read, was already taken, or failed (the failure stays here).
    pub(crate) fn take(&mut self, store: &Store, wait: bool) -> Option<Register> {
        let handle = match self {
            RegisterLoad::Loading(Reading(h))
                if wait || h.as_ref().is_none_or(JoinHandle::is_finished) =>
            {
                h.take()?
            }
            _ => return None,
        };
        *self = RegisterLoad::Ready;
        let result = match handle.join() {
            Ok(result) => result,
            // A reading thread that panicked: read again here, where a second panic would
            // show the real cause.
            Err(_) => Register::load(store),
        };
        match result {
            Ok(register) => Some(register),
            Err(e) => {
                *self = RegisterLoad::failed(e);
                None
            }
        }
    }

    /// Why the register could not be read, if it could not.
    pub(crate) fn error(&self) -> Option<Arc<StoreError>> {
        match self {
            RegisterLoad::Failed(e) => Some(Arc::clone(e)),
            _ => None,
        }
    }
}

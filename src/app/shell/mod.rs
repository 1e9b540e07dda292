//! The frame around the features: session state, the one update path, the runtime.

mod password;
pub mod runtime;
pub mod state;
pub mod update;

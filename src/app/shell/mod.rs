//! The frame around the features: session state, the one update path, the runtime.

pub mod runtime;
pub mod state;
pub mod update;

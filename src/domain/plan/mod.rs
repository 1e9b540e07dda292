//! SKP (Sasaran Kinerja Pegawai): periods, plans, targets, achievement, realisation, and the
//! pure operations on them (linking, copy, bulk assignment, cascade, progress). domain.md 2-3.
//!
//! One file per job: `period`, `model` (the plan and its parts), `target` + `number`,
//! `achievement`, `realization`, `state` (the state machine), `validate`, `linking`, `copy`,
//! `assign`, `cascade`, `progress`, `approach` (switching kuantitatif/kualitatif), `split` (a second plan in the year); `error` holds the refusals as values.

pub mod achievement;
pub mod approach;
pub mod assign;
pub mod cascade;
pub mod codes;
pub mod copy;
pub mod error;
pub mod linking;
pub mod model;
pub mod number;
pub mod period;
pub mod progress;
pub mod realization;
pub mod split;
pub mod state;
pub mod target;
pub mod validate;

#[cfg(test)]
mod tests;

pub use achievement::{achievement, Achievement, Direction};
pub use error::{PlanAction, PlanError};
pub use model::{
    Annex, Approach, Aspect, Indicator, PerformancePlan, PersonSnapshot, Perspective, PlanId,
    PlannedResult, ResultKind, ResultRef,
};
pub use period::{Period, PeriodError, PeriodState, Segment, Segmentation};
pub use realization::{Evidence, Realization, RealizedValue};
pub use state::PlanState;
pub use target::{Target, TargetError};

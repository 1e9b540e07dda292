//! Why an operation on a plan is refused: values the UI translates, naming the RHK (and
//! indicator) concerned.

use super::{PlanState, ResultRef};

/// What was asked of a plan, for `PlanError::WrongState`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanAction {
    Edit,
    Submit,
    Approve,
    Reject,
    Reopen,
    RecordRealization,
}

#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum PlanError {
    #[error("cannot {action:?} a plan in state {state:?}")]
    WrongState {
        action: PlanAction,
        state: PlanState,
    },
    #[error("a reason is required")]
    ReasonRequired,
    #[error("the plan covers {from} to {to}, not a range within year {year}")]
    BadDates {
        year: i32,
        from: chrono::NaiveDate,
        to: chrono::NaiveDate,
    },
    #[error("the plan has no RHK")]
    NoResults,
    #[error("RHK number {result} is used twice")]
    DuplicateResult { result: u16 },
    #[error("RHK {result} has no text")]
    EmptyResult { result: u16 },
    #[error("RHK {result} has no indicator")]
    NoIndicators { result: u16 },
    #[error("indicator {indicator} of RHK {result} has no text")]
    EmptyIndicator { result: u16, indicator: u16 },
    #[error("indicator number {indicator} of RHK {result} is used twice")]
    DuplicateIndicator { result: u16, indicator: u16 },
    #[error("indicator {indicator} of RHK {result}: target does not fit the approach")]
    TargetMismatch { result: u16, indicator: u16 },
    #[error("indicator {indicator} of RHK {result} has no aspect")]
    MissingAspect { result: u16, indicator: u16 },
    #[error("indicator {indicator} of RHK {result} has no perspective (JPT)")]
    MissingPerspective { result: u16, indicator: u16 },
    #[error("RHK {result} is not linked to an RHK of the supervisor's plan")]
    Unlinked { result: u16 },
    #[error(
        "RHK {result} links to {parent:?}, which is no RHK of the supervisor's plan of the year"
    )]
    UnknownParent { result: u16, parent: ResultRef },
    #[error("no RHK {result}")]
    UnknownResult { result: u16 },
    #[error("no indicator {indicator} in RHK {result}")]
    UnknownIndicator { result: u16, indicator: u16 },
    #[error("segment {segment} is not one of the year's {segments}")]
    BadSegment { segment: u8, segments: u8 },
    #[error("indicator {indicator} of RHK {result}: a number is needed for a numeric target, text for a narrative")]
    ValueMismatch { result: u16, indicator: u16 },
}

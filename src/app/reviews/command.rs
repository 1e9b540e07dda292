//! STUB until the `rstore` contract is merged (its file wins the merge).

use std::collections::BTreeMap;

use crate::domain::appraisal::Rating;
use crate::domain::review::evaluation::RatingField;
use crate::domain::review::ReviewKind;
use crate::domain::ruledata::CoreValue;
use crate::domain::EmployeeId;

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct ReviewInput {
    pub work: Option<Rating>,
    pub behaviour: Option<Rating>,
    pub work_justification: String,
    pub behaviour_justification: String,
    pub behaviour_feedback: BTreeMap<CoreValue, String>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    Save {
        employee: EmployeeId,
        year: i32,
        kind: ReviewKind,
        input: ReviewInput,
    },
    SetRating {
        employee: EmployeeId,
        year: i32,
        kind: ReviewKind,
        field: RatingField,
        rating: Option<Rating>,
    },
    Sign {
        employee: EmployeeId,
        year: i32,
        kind: ReviewKind,
        input: ReviewInput,
    },
    Reopen {
        employee: EmployeeId,
        year: i32,
        kind: ReviewKind,
        reason: String,
    },
}

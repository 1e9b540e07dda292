//! The SKP tab's commands (`Command::Plans`), what they did, and why one was refused.
//! Every command names the employee whose plan it touches: the permission check reads it,
//! and `execute` refuses a stored plan of someone else.

use crate::domain::plan::{PerformancePlan, PlanError, PlanId, Realization};
use crate::domain::EmployeeId;

#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// An empty draft of the year, with the people as the register has them now.
    CreateDraft { employee: EmployeeId, year: i32 },
    /// This year's draft from last year's plan, keeping the RHKs numbered `keep` (links
    /// dropped, see `domain::plan::copy`).
    CopyLastYear {
        employee: EmployeeId,
        year: i32,
        keep: Vec<u16>,
    },
    /// New content of an editable plan (RHKs, indicators, expectations, annex).
    Edit {
        employee: EmployeeId,
        plan: Box<PerformancePlan>,
    },
    Submit {
        employee: EmployeeId,
        id: PlanId,
        revision: u64,
    },
    Approve {
        employee: EmployeeId,
        id: PlanId,
        revision: u64,
    },
    Reject {
        employee: EmployeeId,
        id: PlanId,
        revision: u64,
        reason: String,
    },
    Reopen {
        employee: EmployeeId,
        id: PlanId,
        revision: u64,
        reason: String,
    },
    /// Realisasi of one indicator in one segment of an approved plan.
    Realize {
        employee: EmployeeId,
        id: PlanId,
        revision: u64,
        result: u16,
        indicator: u16,
        realization: Box<Realization>,
    },
}

impl Command {
    pub fn employee(&self) -> EmployeeId {
        match self {
            Command::CreateDraft { employee, .. }
            | Command::CopyLastYear { employee, .. }
            | Command::Edit { employee, .. }
            | Command::Submit { employee, .. }
            | Command::Approve { employee, .. }
            | Command::Reject { employee, .. }
            | Command::Reopen { employee, .. }
            | Command::Realize { employee, .. } => *employee,
        }
    }

    /// A decision on the plan (approve, reject, reopen) rather than writing it.
    pub fn decides(&self) -> bool {
        matches!(
            self,
            Command::Approve { .. } | Command::Reject { .. } | Command::Reopen { .. }
        )
    }
}

/// What a plan command did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Created,
    Saved,
    Submitted,
    Approved,
    Rejected,
    Reopened,
    Realized,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Done {
    pub employee: EmployeeId,
    pub name: String,
    pub step: Step,
}

/// Why a plan command was refused.
#[derive(Clone, Debug, PartialEq)]
pub enum Refusal {
    Rule(PlanError),
    /// The employee has a plan of that year already.
    HasPlan,
    /// Not an active employee of the register.
    UnknownEmployee,
    /// A year the calendar cannot hold.
    BadYear,
    /// Someone saved the plan meanwhile: read it again.
    Stale,
}

/// The SKP tab's status-line messages (`Notice::Plan`).
#[derive(Clone, Debug, PartialEq)]
pub enum Note {
    Done(Done),
    /// `result` is the text of the RHK the refusal names, when it names one.
    Refused {
        refusal: Refusal,
        result: Option<String>,
    },
}

//! The Penilaian commands (`Command::Reviews`), what they did, and why one was refused.
//!
//! CONTRACT (issue 8; `rui` and `rcli` code against it): the variants and fields of
//! [`Command`], [`ReviewInput`], [`Done`], [`Step`] and [`Refusal`] are final; later changes
//! only ADD variants or methods. Every command names the employee (or the unit) it touches; the
//! permission check (`permissions::review`) reads it. Dates of signing, reopening and deciding
//! are the services' today; the receipt and filing dates are given (typed from paper).
//! Added after the contract commit: `Refusal::{ObjectionExists, NoObjection}`,
//! `ReviewInput::from(&Review)`; on the read side `query::may_view`, and
//! `Store::annual_grades` (the `v` index).

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::domain::appraisal::{OrgGrade, PerformanceGrade, Rating};
use crate::domain::review::distribution::DistributionCheck;
use crate::domain::review::evaluation::RatingField;
use crate::domain::review::objection::{ObjectionError, Outcome};
use crate::domain::review::{ReviewError, ReviewKind};
use crate::domain::ruledata::CoreValue;
use crate::domain::{EmployeeId, UnitId};

/// What the scoring form holds: both ratings, their justifications, the behaviour feedback
/// per core value. Saving it replaces all of these in the draft.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReviewInput {
    pub work: Option<Rating>,
    pub behaviour: Option<Rating>,
    pub work_justification: String,
    pub behaviour_justification: String,
    pub behaviour_feedback: BTreeMap<CoreValue, String>,
}

impl From<&crate::domain::review::Review> for ReviewInput {
    /// The stored draft as input: `Sign` with it signs the draft as it is (the grid).
    fn from(r: &crate::domain::review::Review) -> ReviewInput {
        ReviewInput {
            work: r.work,
            behaviour: r.behaviour,
            work_justification: r.work_justification.clone(),
            behaviour_justification: r.behaviour_justification.clone(),
            behaviour_feedback: r.behaviour_feedback.clone(),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Save the form as a draft; creates the evaluation if absent.
    Save {
        employee: EmployeeId,
        year: i32,
        kind: ReviewKind,
        input: ReviewInput,
    },
    /// One rating from the team grid (row by row); creates the draft if absent.
    SetRating {
        employee: EmployeeId,
        year: i32,
        kind: ReviewKind,
        field: RatingField,
        rating: Option<Rating>,
    },
    /// Save the input (replacing the draft's fields, like `Save`; `ReviewInput::from(&review)`
    /// signs the stored draft as it is), then sign (today). Refused with every reason at once,
    /// and then nothing is written.
    Sign {
        employee: EmployeeId,
        year: i32,
        kind: ReviewKind,
        input: ReviewInput,
    },
    /// Open a signed evaluation again as a draft, with a reason (audited).
    Reopen {
        employee: EmployeeId,
        year: i32,
        kind: ReviewKind,
        reason: String,
    },
    /// Predikat kinerja organisasi: by the head of the unit one level up, or an admin with the
    /// decree's reference.
    SetUnitGrade {
        unit: UnitId,
        year: i32,
        grade: OrgGrade,
        decree: String,
    },
    /// Tanggal diterima: the day the employee received the signed evaluation.
    RecordReceipt {
        employee: EmployeeId,
        year: i32,
        kind: ReviewKind,
        received_on: NaiveDate,
    },
    /// Keberatan by the employee (or HR on their behalf), within the office's window.
    FileObjection {
        employee: EmployeeId,
        year: i32,
        kind: ReviewKind,
        filed_on: NaiveDate,
        reasons: String,
    },
    /// Keputusan keberatan by the appraiser's superior recorded at signing; final.
    Decide {
        employee: EmployeeId,
        year: i32,
        kind: ReviewKind,
        outcome: Outcome,
        reasons: String,
    },
}

/// What a command asks, for the permission check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Act {
    /// Save, rate, sign, reopen: the appraiser's.
    Rate,
    /// The receipt date: the appraiser or an admin.
    Receive,
    /// The objection: the employee or an admin.
    Object,
    /// The decision: the appraiser's superior.
    Decide,
    /// The unit grade: the head one level up or an admin.
    UnitGrade,
}

impl Command {
    /// The employee evaluated (`None` for a unit grade).
    pub fn employee(&self) -> Option<EmployeeId> {
        match self {
            Command::Save { employee, .. }
            | Command::SetRating { employee, .. }
            | Command::Sign { employee, .. }
            | Command::Reopen { employee, .. }
            | Command::RecordReceipt { employee, .. }
            | Command::FileObjection { employee, .. }
            | Command::Decide { employee, .. } => Some(*employee),
            Command::SetUnitGrade { .. } => None,
        }
    }

    pub fn unit(&self) -> Option<UnitId> {
        match self {
            Command::SetUnitGrade { unit, .. } => Some(*unit),
            _ => None,
        }
    }

    pub fn year(&self) -> i32 {
        match self {
            Command::Save { year, .. }
            | Command::SetRating { year, .. }
            | Command::Sign { year, .. }
            | Command::Reopen { year, .. }
            | Command::SetUnitGrade { year, .. }
            | Command::RecordReceipt { year, .. }
            | Command::FileObjection { year, .. }
            | Command::Decide { year, .. } => *year,
        }
    }

    pub fn kind(&self) -> Option<ReviewKind> {
        match self {
            Command::Save { kind, .. }
            | Command::SetRating { kind, .. }
            | Command::Sign { kind, .. }
            | Command::Reopen { kind, .. }
            | Command::RecordReceipt { kind, .. }
            | Command::FileObjection { kind, .. }
            | Command::Decide { kind, .. } => Some(*kind),
            Command::SetUnitGrade { .. } => None,
        }
    }

    pub fn act(&self) -> Act {
        match self {
            Command::Save { .. }
            | Command::SetRating { .. }
            | Command::Sign { .. }
            | Command::Reopen { .. } => Act::Rate,
            Command::RecordReceipt { .. } => Act::Receive,
            Command::FileObjection { .. } => Act::Object,
            Command::Decide { .. } => Act::Decide,
            Command::SetUnitGrade { .. } => Act::UnitGrade,
        }
    }
}

/// What a review command did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Saved,
    Rated,
    Signed,
    Reopened,
    UnitGradeSet,
    ReceiptRecorded,
    ObjectionFiled,
    Decided,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Done {
    pub step: Step,
    /// The employee evaluated (`None` for a unit grade).
    pub employee: Option<EmployeeId>,
    /// The unit (unit grade only).
    pub unit: Option<UnitId>,
    /// The employee's full name, or the unit's name.
    pub name: String,
    pub year: i32,
    pub kind: Option<ReviewKind>,
    /// The evaluation's grade after the command (the matrix's; the final one after a
    /// decision), when both ratings are set.
    pub grade: Option<PerformanceGrade>,
    /// Signed although the unit breaks its distribution rule (the office only warns): the
    /// check with this evaluation's grade counted.
    pub distribution_warning: Option<DistributionCheck>,
    /// The review year's revision as stored now.
    pub revision: u64,
}

/// Why a review command was refused.
#[derive(Clone, Debug, PartialEq)]
pub enum Refusal {
    /// The evaluation's rules (signed is read-only, reason missing, ...).
    Rule(ReviewError),
    /// Signing refused: every reason at once (ratings, justifications, the distribution
    /// rule); `distribution` is the unit check when the rule is among them.
    SignBlocked {
        reasons: Vec<ReviewError>,
        distribution: Option<DistributionCheck>,
    },
    /// The objection's rules (window, dates, reasons, final decision).
    Objection(ObjectionError),
    /// Only the employee's appraiser on that date (direct supervisor, or the Plt/Plh acting
    /// for them) rates, signs and reopens.
    NotAppraiser,
    /// Admins see every evaluation and rate nobody.
    AdminRatesNobody,
    /// Only the employee (or an admin on their behalf) files an objection.
    NotTheEmployee,
    /// Only the appraiser's superior recorded at signing decides.
    NotAppraiserSuperior,
    /// Only the head of the unit one level up (or an admin) sets a unit's grade.
    NotUnitHeadAbove,
    /// An admin setting a unit grade must give the decree's reference.
    DecreeMissing,
    /// The unit head's work-result rating follows the unit's grade: only `expected` is allowed.
    HeadRatingFixed {
        expected: Rating,
    },
    /// Not an employee of the register (or inactive for a new evaluation).
    UnknownEmployee,
    UnknownUnit,
    /// The employee has no evaluation of that kind in that year.
    NoEvaluation,
    /// A segment outside the year's segmentation, or a year the calendar cannot hold.
    BadPeriod,
    /// The receipt date is needed before an objection.
    NotReceived,
    /// Someone saved the evaluation meanwhile: read it again.
    Stale,
    /// An objection is on record already (one per evaluation; it also keeps the signed
    /// evaluation and its receipt date as they are).
    ObjectionExists,
    /// No objection to decide.
    NoObjection,
}

/// The status-line messages of the review commands (`Notice::Review`).
#[derive(Clone, Debug, PartialEq)]
pub enum Note {
    Done(Done),
    Refused(Refusal),
}

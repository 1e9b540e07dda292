//! The dialog kinerja commands (`Command::Feedback`), what they did, and why one was refused.
//!
//! CONTRACT (issue 9; the screens and the command line code against it). Later changes only
//! ADD variants, fields or functions.
//!
//! Domain (`crate::domain::feedback`): `SessionKind` (code/parse/ALL), `Topic`,
//! `FollowUpRef`, `FollowUpStatus` (code/parse), `FollowUpReview`, `FollowUp` (`status()`),
//! `Session` (`new`, `locked`, `unacknowledged`), `NoteTone`, `QuickNote`, `FeedbackYear`
//! (`new`, `session`, `note`, `follow_up`, `follow_ups`, `entries_in`, `open_follow_ups`,
//! `take_id`, `put_session`, `put_note`, ...); rules `check_session`, `check_note`,
//! `check_review`, `check_edit`, `acknowledge` (`Party`), `carry_over`, `due_follow_ups`,
//! `has_feedback`, `DUE_WINDOW_DAYS`, errors `FeedbackError`; the agenda `AgendaFacts`,
//! `agenda`, `Agenda`, `DueItem`, `PlanStatus`, `EvaluationStatus`, `segments_around`; the
//! audit summary `FeedbackAudit` / `FeedbackEvent` (`RecordKind::Feedback`).
//!
//! Store: `feedback_year(emp, year)`, `feedback_years(emp)`, `save_feedback_year(actor,
//! at_ms, year, action, reason)`, `save_feedback_years(..)` (several records of one change),
//! `import_feedback(years, actor, at_ms)` (all or nothing, journaled from 256),
//! `audit_of_employee(emp)` (the `a` index, schema 6).
//!
//! App: [`Command`] (below) through `Services::execute(Command::Feedback(..))`, answered by
//! `Outcome::Feedback(`[`Done`]`)` or `CommandError::Feedback(`[`Refusal`]`)`; notices
//! `Notice::Feedback(`[`Note`]`)`; permissions `permissions::feedback`. Read side
//! (`app::feedback::query`): `may_view`, `agenda` -> `AgendaView`, `sessions_of`,
//! `notes_in` -> `PeriodFeedback`. Added after the contract: `Command::EditNote`
//! (`Step::NoteEdited`), `AgendaView::objection_at`.
//!
//! Dates: a session's, a note's and a review's are given (typed); an acknowledgement is
//! dated the services' today.

use crate::domain::feedback::{
    FeedbackError, FeedbackYear, FollowUpRef, FollowUpReview, Party, QuickNote, Session,
};
use crate::domain::EmployeeId;

#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Save a session of `year` (its date's year). `session.id` 0 = new: it gets the record's
    /// next id, the viewer as appraiser (the operator: the employee's supervisor unless
    /// given), and the follow-ups carried over from earlier unachieved ones. An existing
    /// session keeps its acknowledgements; acknowledged by both, only reviews may change.
    SaveSession {
        employee: EmployeeId,
        year: i32,
        session: Session,
    },
    /// Delete a session acknowledged by nobody.
    DeleteSession {
        employee: EmployeeId,
        year: i32,
        id: u32,
    },
    /// A quick note (id 0; the year is its date's). The author is the viewer (the operator:
    /// `note.author`, else the employee's supervisor).
    AddNote {
        employee: EmployeeId,
        note: QuickNote,
    },
    DeleteNote {
        employee: EmployeeId,
        year: i32,
        id: u32,
    },
    /// A quick note changed: text, tone, topic, date (within `year`). Its id and author stay.
    EditNote {
        employee: EmployeeId,
        year: i32,
        note: QuickNote,
    },
    /// Reviu tindak lanjut: tercapai / tidak tercapai with explanation, next plan and date.
    ReviewFollowUp {
        employee: EmployeeId,
        at: FollowUpRef,
        review: FollowUpReview,
    },
    /// The viewer acknowledges the session today: as the employee when it is theirs, else as
    /// its appraiser. The operator records the appraiser's first, then the employee's.
    Acknowledge {
        employee: EmployeeId,
        year: i32,
        session: u32,
    },
    /// Whole feedback years planned by `import dialog` or the demo (each at the stored
    /// revision, 0 for new). Admins and the operator only.
    ImportSessions(Vec<FeedbackYear>),
}

/// What a command asks, for the permission check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Act {
    /// Sessions, notes, follow-up reviews: the employee's appraiser.
    Write,
    /// The employee or the appraiser.
    Acknowledge,
    /// Admins and the operator.
    Import,
}

impl Command {
    /// The employee concerned (`None` for an import).
    pub fn employee(&self) -> Option<EmployeeId> {
        match self {
            Command::SaveSession { employee, .. }
            | Command::DeleteSession { employee, .. }
            | Command::AddNote { employee, .. }
            | Command::DeleteNote { employee, .. }
            | Command::EditNote { employee, .. }
            | Command::ReviewFollowUp { employee, .. }
            | Command::Acknowledge { employee, .. } => Some(*employee),
            Command::ImportSessions(_) => None,
        }
    }

    pub fn act(&self) -> Act {
        match self {
            Command::SaveSession { .. }
            | Command::DeleteSession { .. }
            | Command::AddNote { .. }
            | Command::DeleteNote { .. }
            | Command::EditNote { .. }
            | Command::ReviewFollowUp { .. } => Act::Write,
            Command::Acknowledge { .. } => Act::Acknowledge,
            Command::ImportSessions(_) => Act::Import,
        }
    }
}

/// What a feedback command did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    SessionSaved { created: bool },
    SessionDeleted,
    NoteAdded,
    NoteDeleted,
    NoteEdited,
    FollowUpReviewed { achieved: bool },
    Acknowledged(Party),
    Imported,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Done {
    pub step: Step,
    /// `None` for an import.
    pub employee: Option<EmployeeId>,
    /// The employee's full name (empty for an import).
    pub name: String,
    pub year: i32,
    /// The session or note saved or deleted (`None` for an import).
    pub id: Option<u32>,
    /// Follow-ups carried over into a new session.
    pub carried: usize,
    /// The year's revision as stored now (0 for an import or a deletion of nothing).
    pub revision: u64,
    /// Feedback years written by an import.
    pub imported: usize,
}

/// Why a feedback command was refused.
#[derive(Clone, Debug, PartialEq)]
pub enum Refusal {
    /// The rules of dialog kinerja: every reason at once where there are several.
    Invalid(Vec<FeedbackError>),
    /// Only the employee's appraiser (direct supervisor, or the Plt/Plh acting for them)
    /// writes sessions, notes and reviews.
    NotAppraiser,
    /// Admins read every session and write none (they import).
    AdminWritesNobody,
    /// Only the employee or the appraiser acknowledges a session.
    NotEmployeeOrAppraiser,
    /// Imports are HR's (admins) or the operator's.
    NotAdmin,
    /// Not an employee of the register (or inactive, for something new).
    UnknownEmployee,
    /// The year given is not the date's year.
    WrongYear,
    /// Someone saved the employee's feedback meanwhile: read it again.
    Stale,
}

impl Refusal {
    pub fn rule(e: FeedbackError) -> Refusal {
        Refusal::Invalid(vec![e])
    }
}

/// The status-line messages of the feedback commands (`Notice::Feedback`).
#[derive(Clone, Debug, PartialEq)]
pub enum Note {
    Done(Done),
    Refused(Refusal),
}

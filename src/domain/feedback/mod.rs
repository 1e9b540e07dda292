//! Dialog kinerja (issue 9; domain.md 7): feedback sessions, their follow-ups, quick notes
//! and the supervisor's agenda. Pure rules: no I/O, no storage, no wording (errors are enums
//! that `i18n` puts into words).
//!
//! ONE record per employee and year ([`FeedbackYear`]) holds all of that year's sessions and
//! quick notes (about 40 entries, a few KB: see sled-at-scale).

pub mod agenda;
pub mod audit;
pub mod model;
pub mod rules;

#[cfg(test)]
mod tests;

pub use agenda::{
    agenda, segments_around, Agenda, AgendaFacts, DueItem, EvaluationStatus, PlanStatus,
};
pub use audit::{FeedbackAudit, FeedbackEvent};
pub use model::{
    FeedbackYear, FollowUp, FollowUpRef, FollowUpReview, FollowUpStatus, NoteTone, QuickNote,
    Session, SessionKind, Topic,
};
pub use rules::{
    acknowledge, carry_over, check_delete, check_edit, check_note, check_review, check_session,
    due_follow_ups, has_feedback, merge_edit, FeedbackError, Party, DUE_WINDOW_DAYS,
};

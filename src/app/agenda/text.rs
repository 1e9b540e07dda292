//! The agenda's fixed texts as values (`T::Agenda`), worded in `i18n/agenda.rs`.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgendaText {
    Title,
    Loading,
    NotSupervisor,
    Nothing,
    FollowUps,
    NoFeedback,
    PlansNotApproved,
    EvaluationsUnsigned,
    ObjectionsWaiting,
    Overdue,
    Due,
    ActingFor,
    Hint,
    Segment,
    KeyJump,
}

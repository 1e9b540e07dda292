//! The agenda's fixed texts as values (`T::Agenda`), worded in `i18n/agenda.rs`.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgendaText {
    Title,
    Loading,
    NotSupervisor,
    /// What an admin (who appraises nobody) finds here instead.
    AdminAgenda,
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

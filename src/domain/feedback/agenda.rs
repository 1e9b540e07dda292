//! Agenda: what is due for a supervisor, from facts gathered per direct report. Pure: the
//! app reads the facts (`app::feedback::query::agenda`), this decides what is on the list.

use chrono::{Datelike, NaiveDate};

use super::model::{FeedbackYear, FollowUpRef};
use super::rules::{due_follow_ups, has_feedback, DUE_WINDOW_DAYS};
use crate::domain::plan::{Period, Segment};
use crate::domain::EmployeeId;

/// The plan (SKP) of a report for the agenda's year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PlanStatus {
    /// No plan this year.
    Missing,
    /// A plan, not approved (draft, submitted, rejected).
    NotApproved,
    Approved,
}

/// The evaluation of the last ended segment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EvaluationStatus {
    Missing,
    Draft,
    Signed,
}

/// What the agenda needs to know of one active direct report.
#[derive(Clone, Debug, PartialEq)]
pub struct AgendaFacts {
    pub employee: EmployeeId,
    /// The report's feedback records of this and last year (those that exist).
    pub years: Vec<FeedbackYear>,
    /// Feedback was given on a realisation of the current segment (from the plan).
    pub realisation_feedback: bool,
    pub plan: PlanStatus,
    /// Of the last ended segment.
    pub evaluation: EvaluationStatus,
}

/// One follow-up on the agenda.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DueItem {
    pub employee: EmployeeId,
    pub follow_up: FollowUpRef,
    pub item: String,
    pub due: NaiveDate,
    /// Due before the agenda's day.
    pub overdue: bool,
}

/// Agenda: what is due for a supervisor on one day.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Agenda {
    /// Open follow-ups due within 14 days or overdue: overdue first, then by due date.
    pub follow_ups: Vec<DueItem>,
    /// Reports without a session, note or realisation feedback in the current segment so far.
    pub no_feedback: Vec<EmployeeId>,
    /// Reports whose plan of the year is missing or not approved.
    pub plans_not_approved: Vec<EmployeeId>,
    /// Reports whose evaluation of the last ended segment is missing or unsigned.
    pub evaluations_unsigned: Vec<EmployeeId>,
    /// Employees whose objection waits for this supervisor's decision.
    pub objections_waiting: Vec<EmployeeId>,
}

/// The current segment (holding `on`) and the last ended one (the segment before; in the
/// first segment of a year, the last segment of `previous_year`). `None` when `on` is not in
/// `this_year`.
pub fn segments_around(
    this_year: &Period,
    previous_year: &Period,
    on: NaiveDate,
) -> Option<(Segment, Segment)> {
    let current = this_year.segment_of(on)?;
    let last = if current.number > 1 {
        this_year.segment(current.number - 1)?
    } else {
        *previous_year.segments().last()?
    };
    Some((current, last))
}

/// Agenda of a supervisor on `on`, whose current segment starts on `segment_from`, from the
/// facts of their active direct reports and the employees whose objections wait for them.
/// The lists of people keep the order of `reports`.
pub fn agenda(
    on: NaiveDate,
    segment_from: NaiveDate,
    reports: &[AgendaFacts],
    objections_waiting: Vec<EmployeeId>,
) -> Agenda {
    let mut follow_ups: Vec<DueItem> = Vec::new();
    let mut a = Agenda {
        objections_waiting,
        ..Agenda::default()
    };
    for r in reports {
        for (at, f, overdue) in due_follow_ups(&r.years, on, DUE_WINDOW_DAYS) {
            if let Some(due) = f.due {
                follow_ups.push(DueItem {
                    employee: r.employee,
                    follow_up: at,
                    item: f.item.clone(),
                    due,
                    overdue,
                });
            }
        }
        let this_year = r.years.iter().find(|y| y.year == on.year());
        if !has_feedback(this_year, r.realisation_feedback, segment_from, on) {
            a.no_feedback.push(r.employee);
        }
        if r.plan != PlanStatus::Approved {
            a.plans_not_approved.push(r.employee);
        }
        if r.evaluation != EvaluationStatus::Signed {
            a.evaluations_unsigned.push(r.employee);
        }
    }
    follow_ups.sort_by_key(|d| (!d.overdue, d.due, d.employee, d.follow_up));
    a.follow_ups = follow_ups;
    a
}

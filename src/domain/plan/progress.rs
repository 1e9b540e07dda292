//! Progres SKP for the supervisor's overview: segments with realisation and with feedback,
//! and what is overdue. Overdue is shown, never blocks.

use chrono::NaiveDate;

use super::{PerformancePlan, PlanState};
use crate::domain::plan::Period;

/// The progress of one plan on a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    /// Segments of the year that overlap the plan's date range.
    pub segments: u8,
    /// Of those, segments where every indicator has a realisation.
    pub with_realization: u8,
    /// Of those, segments where at least one realisation carries feedback.
    pub with_feedback: u8,
    /// Segments that ended before `today` without a realisation for every indicator.
    pub overdue_segments: u8,
    /// Not approved after the plan deadline (for plans that start by the deadline; a second
    /// plan starting later in the year has no plan deadline).
    pub plan_overdue: bool,
}

pub fn progress(plan: &PerformancePlan, period: &Period, today: NaiveDate) -> Progress {
    let indicators: Vec<_> = plan.results.iter().flat_map(|r| &r.indicators).collect();
    let mut p = Progress {
        segments: 0,
        with_realization: 0,
        with_feedback: 0,
        overdue_segments: 0,
        plan_overdue: plan.from <= period.plan_deadline
            && period.plan_overdue(today, plan.state == PlanState::Approved),
    };
    for s in period.segments() {
        if s.to < plan.from || s.from > plan.to {
            continue;
        }
        p.segments += 1;
        let complete =
            !indicators.is_empty() && indicators.iter().all(|i| i.realization(s.number).is_some());
        let feedback = indicators
            .iter()
            .filter_map(|i| i.realization(s.number))
            .any(|r| r.has_feedback());
        p.with_realization += u8::from(complete);
        p.with_feedback += u8::from(feedback);
        p.overdue_segments += u8::from(!complete && s.to < today);
    }
    p
}

//! Salin SKP tahun lalu: start this year's plan from last year's, choosing which RHKs to keep.
//!
//! The rule for links: they are dropped. A link must point into the supervisor's plan of the
//! same year, and last year's link points into last year's; the linking rule then asks for
//! every RHK to be linked again before the plan can be submitted. Realisations are never
//! copied. Texts, kinds, numbers, indicators and targets, expectations and the annex are.

use chrono::NaiveDate;

use super::{PerformancePlan, PersonSnapshot, PlanId, PlanState};

/// What the new plan is: its id, year, dates and the people as they are now.
#[derive(Clone, Debug)]
pub struct CopyRequest<'a> {
    pub id: PlanId,
    pub year: i32,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub employee: PersonSnapshot,
    pub appraiser: Option<PersonSnapshot>,
    pub appraiser_superior: Option<PersonSnapshot>,
    /// Numbers of last year's RHKs to keep, in any order; unknown numbers are ignored.
    pub keep: &'a [u16],
}

/// A new Draft from `previous` (see the module comment for what is kept).
pub fn copy_as_draft(previous: &PerformancePlan, req: CopyRequest<'_>) -> PerformancePlan {
    let results = previous
        .results
        .iter()
        .filter(|r| req.keep.contains(&r.number))
        .map(|r| {
            let mut r = r.clone();
            r.parent_result = None;
            for ind in &mut r.indicators {
                ind.realizations.clear();
            }
            r
        })
        .collect();
    PerformancePlan {
        id: req.id,
        revision: 0,
        year: req.year,
        from: req.from,
        to: req.to,
        employee: req.employee,
        appraiser: req.appraiser,
        appraiser_superior: req.appraiser_superior,
        approach: previous.approach,
        results,
        leader_expectations: previous.leader_expectations.clone(),
        annex: previous.annex.clone(),
        state: PlanState::Draft,
    }
}

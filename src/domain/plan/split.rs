//! A second plan in the year (domain.md 2): on a change of position or supervisor the current
//! plan ends the day before, and a new plan covers the rest of its range. Both stay.

use chrono::NaiveDate;

use super::error::PlanError;
use super::{PerformancePlan, PersonSnapshot, PlanId};

/// The new plan's identity and people, as they are from `starts`.
#[derive(Clone, Debug)]
pub struct SecondPlan {
    pub id: PlanId,
    pub starts: NaiveDate,
    pub employee: PersonSnapshot,
    pub appraiser: Option<PersonSnapshot>,
    pub appraiser_superior: Option<PersonSnapshot>,
}

/// Ends `current` on the day before `req.starts` and returns an empty Draft from `req.starts`
/// to the end of `current`'s range, with the same approach. The date range is administrative,
/// so an approved plan is cut too; its RHKs and realisations stay as they are.
/// `BadDates` unless `current.from < req.starts <= current.to`.
pub fn start_second_plan(
    current: &mut PerformancePlan,
    req: SecondPlan,
) -> Result<PerformancePlan, PlanError> {
    let bad = PlanError::BadDates {
        year: current.year,
        from: req.starts,
        to: current.to,
    };
    if req.starts <= current.from || req.starts > current.to {
        return Err(bad);
    }
    let last_day = req.starts.pred_opt().ok_or(bad)?;
    let mut next = PerformancePlan::new_draft(
        req.id,
        current.year,
        req.starts,
        current.to,
        req.employee,
        current.approach,
    );
    next.appraiser = req.appraiser;
    next.appraiser_superior = req.appraiser_superior;
    current.to = last_day;
    Ok(next)
}

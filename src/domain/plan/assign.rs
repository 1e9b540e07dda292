//! Bagikan RHK: give one RHK with its indicators to several subordinates' plans at once.

use super::error::PlanError;
use super::{PerformancePlan, PlanId, PlannedResult};

/// Appends a copy of `template` to every plan, as that plan's next RHK number, without
/// realisations; the link (`parent_result`) is kept, since the plans share the supervisor.
/// All or nothing: if one plan is not editable, no plan changes and its id is returned.
/// Ok: the number the RHK got in each plan, in the order of `plans`.
pub fn assign_result(
    plans: &mut [PerformancePlan],
    template: &PlannedResult,
) -> Result<Vec<u16>, (PlanId, PlanError)> {
    for p in plans.iter() {
        p.ensure_editable().map_err(|e| (p.id, e))?;
    }
    Ok(plans
        .iter_mut()
        .map(|p| {
            let mut r = template.clone();
            r.number = p.next_result_number();
            for ind in &mut r.indicators {
                ind.realizations.clear();
            }
            p.results.push(r);
            p.results.last().map_or(0, |r| r.number)
        })
        .collect())
}

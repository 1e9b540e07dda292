//! The linking rule (domain.md 3): below the top of the line and outside JPT, every RHK names
//! the supervisor's RHK it contributes to, from the supervisor's plan of the same year.

use super::error::PlanError;
use super::PerformancePlan;

/// Every link problem of the plan, RHK by RHK (empty: the plan may be submitted).
/// `supervisor_plans` are the supervisor's plans; those of another year do not count.
pub fn problems(
    plan: &PerformancePlan,
    supervisor_plans: &[PerformancePlan],
    top_of_line: bool,
) -> Vec<PlanError> {
    if top_of_line || plan.is_jpt() {
        return Vec::new();
    }
    plan.results
        .iter()
        .filter_map(|r| match r.parent_result {
            None => Some(PlanError::Unlinked { result: r.number }),
            Some(parent) => {
                let found = supervisor_plans
                    .iter()
                    .filter(|p| p.year == plan.year && p.id == parent.plan)
                    .any(|p| p.result(parent.number).is_some());
                (!found).then_some(PlanError::UnknownParent {
                    result: r.number,
                    parent,
                })
            }
        })
        .collect()
}

/// The first link problem, if any.
pub fn check(
    plan: &PerformancePlan,
    supervisor_plans: &[PerformancePlan],
    top_of_line: bool,
) -> Result<(), PlanError> {
    match problems(plan, supervisor_plans, top_of_line)
        .into_iter()
        .next()
    {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

//! Is a plan complete enough to submit? Dates, RHKs, indicators, targets that fit the approach.

use chrono::Datelike;

use super::error::PlanError;
use super::{Approach, PerformancePlan};

/// The first problem of the plan's content, in reading order (RHK by RHK).
pub fn check(plan: &PerformancePlan) -> Result<(), PlanError> {
    if plan.from > plan.to || plan.from.year() != plan.year || plan.to.year() != plan.year {
        return Err(PlanError::BadDates {
            year: plan.year,
            from: plan.from,
            to: plan.to,
        });
    }
    if plan.results.is_empty() {
        return Err(PlanError::NoResults);
    }
    let jpt = plan.is_jpt();
    for (i, r) in plan.results.iter().enumerate() {
        let result = r.number;
        if plan.results[..i].iter().any(|o| o.number == result) {
            return Err(PlanError::DuplicateResult { result });
        }
        if r.text.trim().is_empty() {
            return Err(PlanError::EmptyResult { result });
        }
        if r.indicators.is_empty() {
            return Err(PlanError::NoIndicators { result });
        }
        for (j, ind) in r.indicators.iter().enumerate() {
            let indicator = ind.number;
            if r.indicators[..j].iter().any(|o| o.number == indicator) {
                return Err(PlanError::DuplicateIndicator { result, indicator });
            }
            let qualitative = plan.approach == Approach::Qualitative;
            // Qualitative: indicator and target are one narrative, so the text may be empty.
            if !qualitative && ind.text.trim().is_empty() {
                return Err(PlanError::EmptyIndicator { result, indicator });
            }
            if ind.target.is_numeric() == qualitative {
                return Err(PlanError::TargetMismatch { result, indicator });
            }
            if !qualitative && ind.aspect.is_none() {
                return Err(PlanError::MissingAspect { result, indicator });
            }
            if jpt && ind.perspective.is_none() {
                return Err(PlanError::MissingPerspective { result, indicator });
            }
        }
    }
    Ok(())
}

//! Tindak lanjut on the detail pane: the selected employee's consequences of their signed
//! annual grades (domain.md 9), read when the selection changes or after a command.

use crate::app::Services;
use crate::domain::review::consequence::AnnualGrades;
use crate::domain::review::follow_up::{follow_up, FollowUp};
use crate::domain::review::ReviewKind;
use crate::domain::ruledata::CreditTable;
use crate::domain::{Directory, EmployeeId};
use crate::store::StoreError;

/// What the pane shows for one employee: `None` inside when no annual grade was ever signed
/// (nothing to follow up: the pane stays as it was).
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub employee: EmployeeId,
    pub follow_up: Option<FollowUp>,
}

/// The final annual grade (after any decided objection) of every year `employee` has one.
pub fn annual_grades(
    services: &Services,
    employee: EmployeeId,
) -> Result<AnnualGrades, StoreError> {
    Ok(services
        .store
        .review_years(employee)?
        .iter()
        .filter_map(|y| {
            let grade = y.get(ReviewKind::Annual)?.final_grade()?;
            Some((y.year, grade))
        })
        .collect())
}

/// The follow-up of `employee` today, by the office's credit coefficients.
pub fn load(services: &Services, employee: EmployeeId) -> Result<Loaded, StoreError> {
    let annual = annual_grades(services, employee)?;
    let follow_up = match services.register.employee(employee) {
        Some(e) if !annual.is_empty() => {
            let table = CreditTable::of(&services.store.office_settings()?);
            Some(follow_up(e, &annual, services.today(), &table))
        }
        _ => None,
    };
    Ok(Loaded {
        employee,
        follow_up,
    })
}

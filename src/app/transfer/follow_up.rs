//! HR's list of tindak lanjut (domain.md 9) for a unit and the units under it: every active
//! employee's consequences of their signed annual grades, today. Read by
//! `kinerja laporan tindak-lanjut`.

use crate::app::employees::follow_up::annual_grades;
use crate::app::Services;
use crate::domain::review::follow_up::{follow_up, FollowUp};
use crate::domain::ruledata::CreditTable;
use crate::domain::{Employee, UnitId};
use crate::store::StoreError;

/// One employee's line of the list.
#[derive(Clone, Debug, PartialEq)]
pub struct FollowUpRow {
    pub employee: Employee,
    pub follow_up: FollowUp,
}

/// The unit's units: itself and every unit under it, depth first.
fn units_under(services: &Services, unit: UnitId) -> Vec<UnitId> {
    let mut out = vec![unit];
    let mut i = 0;
    while let Some(u) = out.get(i).copied() {
        out.extend(services.register.child_units(Some(u)).map(|c| c.id));
        i += 1;
    }
    out
}

/// The active employees of `unit` and the units under it, by name, each with their
/// follow-up today (also those with no grade yet: HR sees who has none).
pub fn unit_follow_ups(services: &Services, unit: UnitId) -> Result<Vec<FollowUpRow>, StoreError> {
    let units = units_under(services, unit);
    let table = CreditTable::of(&services.store.office_settings()?);
    let today = services.today();
    let mut rows = Vec::new();
    for e in services
        .register
        .employees()
        .iter()
        .filter(|e| e.is_active() && units.contains(&e.unit))
    {
        let annual = annual_grades(services, e.id)?;
        rows.push(FollowUpRow {
            employee: e.clone(),
            follow_up: follow_up(e, &annual, today, &table),
        });
    }
    rows.sort_by(|a, b| {
        (a.employee.name.name.to_lowercase(), a.employee.id)
            .cmp(&(b.employee.name.name.to_lowercase(), b.employee.id))
    });
    Ok(rows)
}

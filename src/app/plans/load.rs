//! What the SKP tab reads, run by the runtime (never by `update`): the people in the
//! viewer's scope with their plans of the year, the open plan with the supervisor's plans it
//! links into, and the viewer's cascade. Plans are read per employee through the indexes.

use super::view::{Loaded, OpenPlan, Opening, Row};
use crate::app::services::commands::{CommandError, Services};
use crate::domain::access::can_manage_register;
use crate::domain::plan::progress::progress;
use crate::domain::plan::{PerformancePlan, PlanState};
use crate::domain::{Directory, EmployeeId, Viewer};
use crate::store::StoreError;

/// A person's plans of a year in date order.
fn in_order(mut plans: Vec<PerformancePlan>) -> Vec<PerformancePlan> {
    plans.sort_by_key(|p| (p.from, p.id));
    plans
}

/// The plan of the year that counts for a person: the latest (a second plan after a change).
fn current(plans: Vec<PerformancePlan>) -> Option<PerformancePlan> {
    in_order(plans).pop()
}

fn people(services: &Services, viewer: Option<&Viewer>) -> Vec<(EmployeeId, bool)> {
    let reg = &services.register;
    let everyone = || {
        reg.employees()
            .iter()
            .filter(|e| e.is_active())
            .map(|e| (e.id, false))
            .collect()
    };
    let Some(v) = viewer else { return everyone() };
    if can_manage_register(v) {
        return everyone();
    }
    let Some(me) = v.employee else {
        return Vec::new();
    };
    let today = services.today();
    let mut out = vec![(me, true)];
    let mut subs = reg.active_subordinates(me);
    for a in v.acting.iter().filter(|a| a.covers(today)) {
        subs.extend(reg.active_subordinates(a.for_supervisor));
    }
    for s in subs {
        if s != me && !out.iter().any(|(p, _)| *p == s) {
            out.push((s, false));
        }
    }
    out
}

fn row(
    services: &Services,
    emp: EmployeeId,
    plan: Option<PerformancePlan>,
    period: &crate::domain::plan::Period,
    own: bool,
    waiting: bool,
) -> Option<Row> {
    let e = services.register.employee(emp)?;
    let progress = plan.as_ref().map(|p| progress(p, period, services.today()));
    Some(Row {
        employee: emp,
        name: e.full_name(),
        nip: e.nip.grouped(),
        plan,
        progress,
        own,
        waiting,
        several: false,
    })
}

pub fn load(
    services: &Services,
    viewer: Option<&Viewer>,
    year: i32,
    open: Option<Opening>,
) -> Result<Loaded, CommandError> {
    let period = services.period_of(year)?;
    let mut rows = Vec::new();
    let scope = people(services, viewer);
    for (emp, own) in &scope {
        let plans = in_order(services.store.plans_of_employee(*emp, Some(year))?);
        let several = plans.len() > 1;
        if plans.is_empty() {
            rows.extend(row(services, *emp, None, &period, *own, false));
        }
        for p in plans {
            rows.extend(
                row(services, *emp, Some(p), &period, *own, false).map(|r| Row { several, ..r }),
            );
        }
    }
    // Plans waiting for the viewer as the appraiser's superior ("approves from his list").
    if let Some(me) = viewer
        .filter(|v| !can_manage_register(v))
        .and_then(|v| v.employee)
    {
        for (sub, _) in scope.iter().filter(|(s, own)| !own && *s != me) {
            // Only the submitted ones: a head's reports may appraise thousands between them.
            for p in services.store.submitted_team_plans(*sub, year)? {
                let emp = p.employee_id();
                if p.state == PlanState::Submitted && !rows.iter().any(|r| r.employee == emp) {
                    rows.extend(row(services, emp, Some(p), &period, false, true));
                }
            }
        }
    }
    let open = match open {
        Some(o) => open_plan(services, o, year, &rows)?,
        None => None,
    };
    // The reports' plans are in the rows already: the cascade reads only the others.
    let cascade = match viewer.and_then(|v| v.employee) {
        Some(me) => {
            let known: Vec<&PerformancePlan> =
                rows.iter().filter_map(|r| r.plan.as_ref()).collect();
            services.store.cascade_reusing(me, year, &known)?
        }
        None => Vec::new(),
    };
    Ok(Loaded {
        year,
        period,
        rows,
        open,
        cascade,
    })
}

fn open_plan(
    services: &Services,
    open: Opening,
    year: i32,
    rows: &[Row],
) -> Result<Option<OpenPlan>, StoreError> {
    let emp = open.employee;
    let of_emp = || rows.iter().filter(|r| r.employee == emp);
    let chosen =
        of_emp().find(|r| open.plan.is_some() && r.plan.as_ref().map(|p| p.id) == open.plan);
    let Some(r) = chosen.or_else(|| of_emp().next()) else {
        return Ok(None);
    };
    let sup = r
        .plan
        .as_ref()
        .and_then(PerformancePlan::appraiser_id)
        .or_else(|| services.register.employee(emp).and_then(|e| e.supervisor));
    let parents = match sup {
        Some(s) => services.store.plans_of_employee(s, Some(year))?,
        None => Vec::new(),
    };
    let previous = current(services.store.plans_of_employee(emp, Some(year - 1))?);
    Ok(Some(OpenPlan {
        employee: emp,
        name: r.name.clone(),
        plan: r.plan.clone(),
        parents,
        previous,
        cursor: 0,
        tail: 0,
    }))
}

//! What the Penilaian tab reads, run by the runtime (never by `update`): the grid's rows
//! (the viewer's direct reports, or their own evaluations), the unit's distribution panel,
//! and one evaluation with the facts its form shows.

use super::form::{Facts, Periodic, ScoringForm};
use super::grid::{GridRow, Loaded, ObjectionState, UnitPanel};
use crate::app::services::commands::{CommandError, Services};
use crate::domain::access::can_manage_register;
use crate::domain::review::{Review, ReviewKind};
use crate::domain::{Directory, EmployeeId, UnitId, Viewer};

/// Whose rows the grid shows, and whether the viewer rates them.
struct Scope {
    people: Vec<EmployeeId>,
    rates: bool,
    own: bool,
    unit: Option<UnitId>,
}

fn scope(services: &Services, viewer: Option<&Viewer>) -> Scope {
    let reg = &services.register;
    let today = services.today();
    let everyone = || Scope {
        people: reg
            .employees()
            .iter()
            .filter(|e| e.is_active())
            .map(|e| e.id)
            .collect(),
        rates: false,
        own: false,
        unit: None,
    };
    let Some(v) = viewer else { return everyone() };
    if can_manage_register(v) {
        return everyone();
    }
    let Some(me) = v.employee else {
        return Scope {
            people: Vec::new(),
            rates: false,
            own: true,
            unit: None,
        };
    };
    let mut people = reg.active_subordinates(me);
    for a in v.acting.iter().filter(|a| a.covers(today)) {
        for s in reg.active_subordinates(a.for_supervisor) {
            if s != me && !people.contains(&s) {
                people.push(s);
            }
        }
    }
    if people.is_empty() {
        return Scope {
            people: vec![me],
            rates: false,
            own: true,
            unit: None,
        };
    }
    let unit = reg.employee(me).map(|e| e.unit);
    Scope {
        people,
        rates: true,
        own: false,
        unit,
    }
}

/// The evaluation of one employee for a period, as stored.
fn review_of(
    _services: &Services,
    _employee: EmployeeId,
    _year: i32,
    _kind: ReviewKind,
) -> Result<(Option<Review>, ObjectionState), CommandError> {
    Ok((None, ObjectionState::None))
}

pub fn load(
    services: &Services,
    viewer: Option<&Viewer>,
    year: i32,
    kind: ReviewKind,
) -> Result<Loaded, CommandError> {
    let period = services.period_of(year)?;
    let segments = period.segmentation.segments_per_year();
    let kind = match kind {
        ReviewKind::Periodic(n) if n > segments || n == 0 => ReviewKind::Periodic(segments),
        k => k,
    };
    let s = scope(services, viewer);
    let mut rows = Vec::new();
    for emp in &s.people {
        let Some(e) = services.register.employee(*emp) else {
            continue;
        };
        let (review, objection) = review_of(services, *emp, year, kind)?;
        // An employee sees only their signed evaluations.
        if s.own && !review.as_ref().is_some_and(Review::is_signed) {
            continue;
        }
        let rateable = s.rates && !review.as_ref().is_some_and(Review::is_signed);
        rows.push(GridRow {
            employee: *emp,
            name: e.full_name(),
            nip: e.nip.grouped(),
            review,
            objection,
            decided_grade: None,
            rateable,
        });
    }
    rows.sort_by(|a, b| a.name.cmp(&b.name));
    let panel = match s.unit {
        Some(u) => Some(panel(services, u, year)?),
        None => None,
    };
    Ok(Loaded {
        year,
        kind,
        segments,
        rows,
        panel,
        own: s.own,
    })
}

fn panel(services: &Services, unit: UnitId, year: i32) -> Result<UnitPanel, CommandError> {
    let settings = services.office_settings()?;
    let reg = &services.register;
    let head = reg.unit(unit).and_then(|u| u.head);
    let mut members = Vec::new();
    for e in reg
        .employees()
        .iter()
        .filter(|e| e.is_active() && e.unit == unit)
    {
        if settings.distribution_excludes_unit_head && Some(e.id) == head {
            continue;
        }
        let (review, _) = review_of(services, e.id, year, ReviewKind::Annual)?;
        let grade = review.filter(Review::is_signed).and_then(|r| r.grade());
        members.push((e.id, grade));
    }
    Ok(UnitPanel {
        unit,
        name: reg.unit_name(unit).to_string(),
        grade: None,
        members,
        enforced: settings.distribution_enforced,
    })
}

/// One evaluation (a new draft if there is none) and what its form shows.
pub fn scoring(
    services: &Services,
    viewer: Option<&Viewer>,
    employee: EmployeeId,
    year: i32,
    kind: ReviewKind,
) -> Result<ScoringForm, CommandError> {
    let e = services
        .register
        .employee(employee)
        .ok_or(CommandError::NotFound)?;
    let period = services.period_of(year)?;
    let (review, _) = review_of(services, employee, year, kind)?;
    let me = viewer.and_then(|v| v.employee).unwrap_or(employee);
    let review = review.unwrap_or_else(|| Review::new(employee, me, year, kind));
    let segments: Vec<u8> = match kind {
        ReviewKind::Periodic(n) => vec![n],
        ReviewKind::Annual => (1..=period.segmentation.segments_per_year()).collect(),
    };
    let plans = services.store.plans_of_employee(employee, Some(year))?;
    let feedback_per_segment = segments
        .iter()
        .map(|s| {
            let n = plans
                .iter()
                .flat_map(|p| &p.results)
                .flat_map(|r| &r.indicators)
                .filter_map(|i| i.realization(*s))
                .filter(|r| r.has_feedback())
                .count();
            (*s, n)
        })
        .collect();
    let mut periodic = Vec::new();
    if kind == ReviewKind::Annual {
        for s in &segments {
            let (r, _) = review_of(services, employee, year, ReviewKind::Periodic(*s))?;
            if let Some(r) = r {
                periodic.push(Periodic {
                    segment: *s,
                    work: r.work,
                    behaviour: r.behaviour,
                    grade: r.grade(),
                    signed: r.is_signed(),
                });
            }
        }
    }
    let facts = Facts {
        plans,
        segments,
        periodic,
        feedback_per_segment,
    };
    Ok(ScoringForm::new(
        e.full_name(),
        e.nip.grouped(),
        review,
        facts,
    ))
}

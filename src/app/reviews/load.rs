//! What the Penilaian tab reads, run by the runtime (never by `update`), through the read
//! side it shares with the command line (`query`): the grid's rows (the viewer's reports on
//! today's date, or their own signed evaluations), the unit's distribution panel, and one
//! evaluation with the facts its form shows.

use super::form::{Facts, Periodic, ScoringForm};
use super::grid::{GridRow, Loaded, UnitPanel};
use super::query::{self, TeamRow};
use crate::app::services::commands::{CommandError, Services};
use crate::domain::access::can_manage_register;
use crate::domain::appraisal::Rating;
use crate::domain::review::objection::Outcome;
use crate::domain::review::{ObjectionState, Review, ReviewEntry, ReviewKind};
use crate::domain::{Directory, EmployeeId, UnitId, Viewer};

fn row(t: TeamRow, rates: bool) -> GridRow {
    let signed = t.is_signed();
    GridRow {
        employee: t.employee,
        name: t.name,
        nip: t.nip,
        decided_ratings: t.entry.as_ref().and_then(decided_ratings),
        objection_filed: t
            .entry
            .as_ref()
            .and_then(|e| e.objection.as_ref())
            .map(|o| (o.filed_on, o.reasons.clone())),
        review: t.entry.map(|e| e.review),
        objection: t.objection,
        decided_grade: match t.objection {
            ObjectionState::Changed => t.final_grade,
            _ => None,
        },
        rateable: rates && !signed,
        awaiting_decision: false,
    }
}

/// The ratings a decided objection changed to.
fn decided_ratings(e: &ReviewEntry) -> Option<(Rating, Rating)> {
    match e.objection.as_ref()?.decision.as_ref()?.outcome {
        Outcome::Changed { work, behaviour } => Some((work, behaviour)),
        Outcome::Upheld => None,
    }
}

/// The units the rows work in, the one with most rows first: the panel checks the first,
/// or the one the viewer chose.
fn units_of(services: &Services, rows: &[GridRow]) -> Vec<UnitId> {
    let mut counts: Vec<(UnitId, usize)> = Vec::new();
    for r in rows {
        let Some(u) = services.register.employee(r.employee).map(|e| e.unit) else {
            continue;
        };
        match counts.iter_mut().find(|(x, _)| *x == u) {
            Some(c) => c.1 += 1,
            None => counts.push((u, 1)),
        }
    }
    // Stable: equal counts keep the order of the rows.
    counts.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
    counts.into_iter().map(|(u, _)| u).collect()
}

fn panel(services: &Services, unit: UnitId, year: i32) -> Result<UnitPanel, CommandError> {
    let check = query::unit_check(services, unit, year)?;
    Ok(UnitPanel {
        unit,
        name: check.unit_name,
        grade: check.unit_grade.map(|g| g.grade),
        members: check
            .members
            .into_iter()
            .filter(|m| m.counted)
            .map(|m| (m.employee, m.grade))
            .collect(),
        enforced: services.office_settings()?.distribution_enforced,
    })
}

/// The grid for the viewer: a supervisor's reports (they rate them), an employee without
/// reports their own signed evaluations, an admin the reports of the supervisor they chose
/// (`subject`; read-only: admins rate nobody).
pub fn load(
    services: &Services,
    viewer: Option<&Viewer>,
    subject: Option<EmployeeId>,
    year: i32,
    kind: ReviewKind,
    chosen_unit: Option<UnitId>,
) -> Result<Loaded, CommandError> {
    let period = services.period_of(year)?;
    let segments = period.segmentation.segments_per_year();
    let kind = match kind {
        ReviewKind::Periodic(n) if n == 0 || n > segments => ReviewKind::Periodic(segments),
        k => k,
    };
    let today = services.today();
    let admin = viewer.is_none_or(can_manage_register);
    let me = viewer.and_then(|v| v.employee);
    let appraiser = if admin { subject } else { me };
    let mut rows: Vec<GridRow> = match appraiser {
        Some(a) => query::team(services, a, year, kind, today)?
            .into_iter()
            .map(|t| row(t, !admin))
            .collect(),
        None => Vec::new(),
    };
    // Objections waiting for the viewer as the appraiser's superior: the pending ones among
    // the reports of their reports, after their own team.
    let units = units_of(services, &rows);
    let unit = chosen_unit
        .filter(|u| units.contains(u))
        .or(units.first().copied());
    if let Some(me) = me.filter(|_| !admin) {
        let mine: Vec<EmployeeId> = rows.iter().map(|r| r.employee).collect();
        for report in mine {
            for t in query::team(services, report, year, kind, today)? {
                // The decision is the superior's recorded at signing.
                let superior = t
                    .entry
                    .as_ref()
                    .and_then(|e| e.review.signature())
                    .and_then(|s| s.appraiser_superior.as_ref())
                    .map(|p| p.employee);
                if t.objection == ObjectionState::Pending && superior == Some(me) {
                    rows.push(GridRow {
                        awaiting_decision: true,
                        ..row(t, false)
                    });
                }
            }
        }
    }
    let mut own = false;
    if rows.is_empty() && !admin {
        if let Some(me) = me {
            own = true;
            let e = services
                .register
                .employee(me)
                .ok_or(CommandError::NotFound)?;
            let entry = services
                .store
                .review_year(me, year)?
                .and_then(|y| y.get(kind).cloned())
                .filter(|e| e.review.is_signed());
            if let Some(entry) = entry {
                rows.push(GridRow {
                    employee: me,
                    name: e.full_name(),
                    nip: e.nip.grouped(),
                    objection: entry.objection_state(),
                    decided_ratings: decided_ratings(&entry),
                    objection_filed: entry
                        .objection
                        .as_ref()
                        .map(|o| (o.filed_on, o.reasons.clone())),
                    decided_grade: entry
                        .grade_from_objection()
                        .then(|| entry.final_grade())
                        .flatten(),
                    review: Some(entry.review),
                    rateable: false,
                    awaiting_decision: false,
                });
            }
        }
    }
    let panel = match unit.filter(|_| !own) {
        Some(u) => Some(panel(services, u, year)?),
        None => None,
    };
    Ok(Loaded {
        year,
        kind,
        segments,
        units: if own { Vec::new() } else { units },
        rows,
        panel,
        own,
    })
}

/// One evaluation (a new draft by the viewer if there is none) and what its form shows.
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
    let ctx = query::scoring(services, employee, year, kind, services.today())?;
    let me = viewer.and_then(|v| v.employee);
    let review = ctx
        .entry
        .as_ref()
        .map(|x| x.review.clone())
        .unwrap_or_else(|| {
            let appraiser = me.or(ctx.appraiser).unwrap_or(employee);
            Review::new(employee, appraiser, year, kind)
        });
    // Admins read; only the appraiser (or the Plt/Plh acting for them) writes.
    let may_rate = me
        .is_some_and(|m| ctx.appraiser == Some(m) || ctx.acting_appraisers.contains(&m))
        && !viewer.is_some_and(can_manage_register);
    let periodic = ctx
        .periodic
        .iter()
        .filter_map(|x| match x.review.kind {
            ReviewKind::Periodic(n) => Some(Periodic {
                segment: n,
                work: x.review.work,
                behaviour: x.review.behaviour,
                grade: x.final_grade().or_else(|| x.review.grade()),
                signed: x.review.is_signed(),
            }),
            ReviewKind::Annual => None,
        })
        .collect();
    let objection = ctx.entry.as_ref().and_then(|x| x.objection.clone());
    let decided_by = objection
        .as_ref()
        .and_then(|o| o.decision.as_ref())
        .and_then(|d| services.register.employee(d.by))
        .map(|p| p.full_name());
    // The sessions and notes of the judged period, numbered for the justifications.
    let feedback = match (ctx.segments.first(), ctx.segments.last()) {
        (Some(first), Some(last)) => crate::app::feedback::tab::evidence::cited(
            &crate::app::feedback::query::notes_in(services, employee, first.from, last.to)?,
        ),
        _ => Vec::new(),
    };
    let facts = Facts {
        feedback,
        plans: ctx.plans,
        segments: ctx.segments.iter().map(|s| s.number).collect(),
        periodic,
        feedback_per_segment: ctx.feedback_per_segment,
        received_on: ctx.entry.as_ref().and_then(|x| x.received_on),
        objection,
        decided_by,
    };
    let mut form = ScoringForm::new(e.full_name(), e.nip.grouped(), review, facts);
    form.may_rate = may_rate;
    Ok(form)
}

//! The dialog kinerja read side, shared by the screens and the command line: who may see an
//! employee's feedback, the supervisor's agenda, an employee's feedback years, and the
//! sessions and notes of a period (the scoring form).
//!
//! CONTRACT (issue 9): [`may_view`], [`agenda`] / [`AgendaView`], [`sessions_of`],
//! [`notes_in`] / [`PeriodFeedback`]; later changes only ADD. The agenda reads the register
//! in memory and a few direct gets per report (feedback of this and last year, the plans of
//! the year, one review year; two review years per report of a report for the objections).

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};

use crate::app::services::commands::{CommandError, Services};
use crate::app::services::register::Register;
use crate::domain::access::{can_manage_register, can_view};
use crate::domain::feedback::{
    self, Agenda, AgendaFacts, EvaluationStatus, FeedbackYear, PlanStatus, QuickNote, Session,
};
use crate::domain::plan::{PlanState, Segment};
use crate::domain::review::{ObjectionState, ReviewKind};
use crate::domain::{Directory, EmployeeId, Viewer};

/// May `viewer` (None: the operator) see `employee`'s feedback? Admins see all; the
/// employee their own; a supervisor their whole line (and the line of one they act for).
pub fn may_view(
    viewer: Option<&Viewer>,
    reg: &Register,
    employee: EmployeeId,
    today: NaiveDate,
) -> bool {
    match viewer {
        None => true,
        Some(v) => can_manage_register(v) || can_view(v, reg, employee, today),
    }
}

/// A person named on the agenda.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgendaPerson {
    pub employee: EmployeeId,
    /// Full name with titles.
    pub name: String,
    /// NIP digits as stored.
    pub nip: String,
    /// The absent supervisor this report belongs to when the supervisor acts for them as
    /// Plt/Plh on the day; `None` for a direct report (and for objections).
    pub acting_for: Option<EmployeeId>,
}

/// The agenda of a supervisor on one day, with the people it names.
#[derive(Clone, Debug, PartialEq)]
pub struct AgendaView {
    pub supervisor: EmployeeId,
    pub on: NaiveDate,
    /// The segment holding `on`.
    pub current: Segment,
    /// The segment before it (in the first segment: the previous year's last).
    pub last_ended: Segment,
    pub agenda: Agenda,
    /// Everyone the agenda names, by id.
    pub people: BTreeMap<EmployeeId, AgendaPerson>,
    /// Per employee whose objection waits: the year and kind of the (first) evaluation it is
    /// against, for the jump to the grid where it is decided.
    pub objection_at: BTreeMap<EmployeeId, (i32, crate::domain::review::ReviewKind)>,
}

impl AgendaView {
    pub fn person(&self, id: EmployeeId) -> Option<&AgendaPerson> {
        self.people.get(&id)
    }

    /// Nothing is due.
    pub fn is_empty(&self) -> bool {
        let a = &self.agenda;
        a.follow_ups.is_empty()
            && a.no_feedback.is_empty()
            && a.plans_not_approved.is_empty()
            && a.evaluations_unsigned.is_empty()
            && a.objections_waiting.is_empty()
    }
}

/// The agenda of `supervisor` on `on`: their active direct reports, then the active direct
/// reports of each supervisor they act for (Plt/Plh) on `on`, each once; and the pending
/// objections of their reports' reports whose decision was recorded as theirs at signing.
pub fn agenda(
    services: &Services,
    supervisor: EmployeeId,
    on: NaiveDate,
) -> Result<AgendaView, CommandError> {
    let reg = &services.register;
    let year = on.year();
    let this_period = services.period_of(year)?;
    let last_period = services.period_of(year - 1)?;
    let (current, last_ended) =
        feedback::segments_around(&this_period, &last_period, on).ok_or(CommandError::NotFound)?;
    let mut people: Vec<(EmployeeId, Option<EmployeeId>)> = reg
        .active_subordinates(supervisor)
        .into_iter()
        .map(|e| (e, None))
        .collect();
    for a in services.store.acting_of(supervisor)? {
        if !a.covers(on) {
            continue;
        }
        for e in reg.active_subordinates(a.for_supervisor) {
            if e != supervisor && !people.iter().any(|(p, _)| *p == e) {
                people.push((e, Some(a.for_supervisor)));
            }
        }
    }
    let mut facts = Vec::with_capacity(people.len());
    let mut named = BTreeMap::new();
    for (id, acting_for) in &people {
        let id = *id;
        let mut years = Vec::with_capacity(2);
        for y in [year - 1, year] {
            if let Some(rec) = services.store.feedback_year(id, y)? {
                years.push(rec);
            }
        }
        let plans = services.store.plans_of_employee(id, Some(year))?;
        let plan = match plans.iter().max_by_key(|p| p.id) {
            None => PlanStatus::Missing,
            Some(p) if p.state == PlanState::Approved => PlanStatus::Approved,
            Some(_) => PlanStatus::NotApproved,
        };
        let realisation_feedback = plans.iter().any(|p| {
            p.results.iter().any(|r| {
                r.indicators.iter().any(|i| {
                    i.realization(current.number)
                        .is_some_and(|x| x.has_feedback())
                })
            })
        });
        let last_kind = ReviewKind::Periodic(last_ended.number);
        let evaluation = match services
            .store
            .review_year(id, last_ended.from.year())?
            .and_then(|y| y.review(last_kind).cloned())
        {
            None => EvaluationStatus::Missing,
            Some(r) if r.is_signed() => EvaluationStatus::Signed,
            Some(_) => EvaluationStatus::Draft,
        };
        facts.push(AgendaFacts {
            employee: id,
            years,
            realisation_feedback,
            plan,
            evaluation,
        });
        name(reg, &mut named, id, *acting_for);
    }
    // Objections waiting for this supervisor as the appraiser's superior.
    let mut waiting = Vec::new();
    let mut objection_at = BTreeMap::new();
    for (report, _) in &people {
        for &g in reg.subordinates(*report) {
            if g == supervisor || waiting.contains(&g) {
                continue;
            }
            for y in [year - 1, year] {
                let Some(rec) = services.store.review_year(g, y)? else {
                    continue;
                };
                let pending = rec.entries.iter().find(|e| {
                    e.objection_state() == ObjectionState::Pending
                        && e.review
                            .signature()
                            .and_then(|s| s.appraiser_superior.as_ref())
                            .is_some_and(|p| p.employee == supervisor)
                });
                if let Some(e) = pending {
                    objection_at.entry(g).or_insert((y, e.review.kind));
                }
                if pending.is_some() && !waiting.contains(&g) {
                    waiting.push(g);
                    name(reg, &mut named, g, None);
                }
            }
        }
    }
    let agenda = feedback::agenda(on, current.from, &facts, waiting);
    Ok(AgendaView {
        supervisor,
        on,
        current,
        last_ended,
        agenda,
        people: named,
        objection_at,
    })
}

fn name(
    reg: &Register,
    named: &mut BTreeMap<EmployeeId, AgendaPerson>,
    id: EmployeeId,
    acting_for: Option<EmployeeId>,
) {
    if let Some(e) = reg.employee(id) {
        named.entry(id).or_insert_with(|| AgendaPerson {
            employee: id,
            name: e.full_name(),
            nip: e.nip.as_str().to_string(),
            acting_for,
        });
    }
}

/// Every feedback year of `employee`, in year order; `Forbidden` when the services' viewer
/// may not see them.
pub fn sessions_of(
    services: &Services,
    employee: EmployeeId,
) -> Result<Vec<FeedbackYear>, CommandError> {
    if !may_view(
        services.viewer.as_ref(),
        &services.register,
        employee,
        services.today(),
    ) {
        return Err(CommandError::Forbidden);
    }
    Ok(services.store.feedback_years(employee)?)
}

/// The sessions and quick notes of a period, for the scoring form (cited as evidence).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PeriodFeedback {
    /// By date, then id; each with the year of its record (ids are unique per year).
    pub sessions: Vec<(i32, Session)>,
    /// By date, then id.
    pub notes: Vec<(i32, QuickNote)>,
}

/// `employee`'s sessions and notes dated in `[from, to]` (one get per year spanned);
/// `Forbidden` when the services' viewer may not see them.
pub fn notes_in(
    services: &Services,
    employee: EmployeeId,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<PeriodFeedback, CommandError> {
    if !may_view(
        services.viewer.as_ref(),
        &services.register,
        employee,
        services.today(),
    ) {
        return Err(CommandError::Forbidden);
    }
    let mut out = PeriodFeedback::default();
    if to < from {
        return Ok(out);
    }
    let inside = |d: NaiveDate| from <= d && d <= to;
    for y in from.year()..=to.year() {
        let Some(rec) = services.store.feedback_year(employee, y)? else {
            continue;
        };
        out.sessions.extend(
            rec.sessions
                .iter()
                .filter(|s| inside(s.date))
                .map(|s| (y, s.clone())),
        );
        out.notes.extend(
            rec.notes
                .iter()
                .filter(|n| inside(n.date))
                .map(|n| (y, n.clone())),
        );
    }
    Ok(out)
}

//! The Penilaian read side, shared by the screens and the command line: a supervisor's team
//! for one evaluation, a unit's distribution check, and what the scoring form shows.
//!
//! CONTRACT (issue 8): the functions [`team`], [`unit_check`], [`unit_check_with`],
//! [`scoring`] and the fields of their results are final; later changes only ADD fields,
//! functions or methods. All read the register in memory and a few direct gets (no scans
//! beyond the unit index): the 40-report grid and a 2,000-employee unit check stay fast.

use chrono::NaiveDate;

use crate::app::services::commands::{CommandError, Services};
use crate::domain::appraisal::{PerformanceGrade, Rating};
use crate::domain::plan::{achievement, Achievement, PerformancePlan, PlanId, Segment};
use crate::domain::review::consistency::{self, ConsistencyInput, Warning};
use crate::domain::review::distribution::{self, DistributionCheck, GradeCounts, Member};
use crate::domain::review::{head, ObjectionState, ReviewEntry, ReviewKind, ReviewYear, UnitGrade};
use crate::domain::ruledata::distribution::rule_for;
use crate::domain::{Directory, EmployeeId, UnitId};
use crate::store::StoreError;

/// May `viewer` (None: the operator) see this evaluation? Admins see all; the appraiser's
/// line (whoever may see the employee's records, a Plt included) sees drafts too; the
/// employee sees their own evaluations once signed (or reopened after signing: the undone
/// signatures stay theirs to see in the record).
pub fn may_view(
    viewer: Option<&crate::domain::Viewer>,
    reg: &crate::app::services::register::Register,
    entry: &ReviewEntry,
    today: NaiveDate,
) -> bool {
    let Some(v) = viewer else { return true };
    let employee = entry.review.employee;
    if v.employee == Some(employee) {
        return entry.review.is_signed() || !entry.review.reopenings.is_empty();
    }
    crate::domain::access::can_view(v, reg, employee, today)
}

/// One report in the team grid.
#[derive(Clone, Debug, PartialEq)]
pub struct TeamRow {
    pub employee: EmployeeId,
    /// Full name with titles.
    pub name: String,
    /// NIP, grouped for reading.
    pub nip: String,
    pub position: String,
    /// The absent supervisor this report belongs to, when the appraiser acts for them as
    /// Plt/Plh on `today`; `None` for a direct report.
    pub acting_for: Option<EmployeeId>,
    /// The evaluation of the kind asked for, with receipt date and objection; `None`: not
    /// started.
    pub entry: Option<ReviewEntry>,
    /// The grade that counts (decided objection, else signed); `None` while unsigned.
    pub final_grade: Option<PerformanceGrade>,
    pub objection: ObjectionState,
    /// The stored review year's revision (0: nothing stored for that year).
    pub revision: u64,
}

impl TeamRow {
    /// The grade to show: the final one when signed, else the matrix's on the draft ratings.
    pub fn grade(&self) -> Option<PerformanceGrade> {
        self.final_grade
            .or_else(|| self.entry.as_ref().and_then(|e| e.review.grade()))
    }

    pub fn is_signed(&self) -> bool {
        self.entry.as_ref().is_some_and(|e| e.review.is_signed())
    }

    /// A rating other than Sesuai still lacks its written justification.
    pub fn justification_missing(&self) -> bool {
        self.entry.as_ref().is_some_and(|e| {
            let r = &e.review;
            [
                (r.work, &r.work_justification),
                (r.behaviour, &r.behaviour_justification),
            ]
            .iter()
            .any(|(rating, text)| {
                rating.is_some_and(|rt| consistency::justification_missing(rt, text))
            })
        })
    }
}

/// The appraiser's reports on `today` for one evaluation of `year`: their direct reports,
/// then the direct reports of each supervisor they act for (Plt/Plh) on `today`; active
/// employees only, each once, by name.
pub fn team(
    services: &Services,
    appraiser: EmployeeId,
    year: i32,
    kind: ReviewKind,
    today: NaiveDate,
) -> Result<Vec<TeamRow>, CommandError> {
    let reg = &services.register;
    let mut people: Vec<(EmployeeId, Option<EmployeeId>)> = reg
        .active_subordinates(appraiser)
        .into_iter()
        .map(|e| (e, None))
        .collect();
    for a in services.store.acting_of(appraiser)? {
        if !a.covers(today) {
            continue;
        }
        for e in reg.active_subordinates(a.for_supervisor) {
            if e != appraiser && !people.iter().any(|(p, _)| *p == e) {
                people.push((e, Some(a.for_supervisor)));
            }
        }
    }
    let mut rows = Vec::with_capacity(people.len());
    for (id, acting_for) in people {
        let Some(e) = reg.employee(id) else { continue };
        let stored = services.store.review_year(id, year)?;
        let revision = stored.as_ref().map_or(0, |y| y.revision);
        let entry = stored.and_then(|y| y.get(kind).cloned());
        rows.push(TeamRow {
            employee: id,
            name: e.full_name(),
            nip: e.nip.grouped(),
            position: e.position.clone(),
            acting_for,
            final_grade: entry.as_ref().and_then(ReviewEntry::final_grade),
            objection: entry
                .as_ref()
                .map_or(ObjectionState::None, ReviewEntry::objection_state),
            entry,
            revision,
        });
    }
    rows.sort_by(|a, b| a.name.cmp(&b.name).then(a.employee.cmp(&b.employee)));
    Ok(rows)
}

/// One member of a unit as the distribution check sees them.
#[derive(Clone, Debug, PartialEq)]
pub struct UnitMember {
    pub employee: EmployeeId,
    pub name: String,
    pub nip: String,
    pub is_head: bool,
    /// In the population the rule governs (the head is left out when the setting says so).
    pub counted: bool,
    /// The final annual grade (or the overriding one); `None`: not graded yet.
    pub grade: Option<PerformanceGrade>,
    /// The grade came from an objection's decision.
    pub from_objection: bool,
}

/// Pemeriksaan pola distribusi of one unit in one year.
#[derive(Clone, Debug, PartialEq)]
pub struct UnitCheck {
    pub unit: UnitId,
    pub unit_name: String,
    pub year: i32,
    /// Predikat kinerja organisasi; `None`: not set, no rule applies.
    pub unit_grade: Option<UnitGrade>,
    /// Active members, by name.
    pub members: Vec<UnitMember>,
    /// Members counted (head excluded per the setting), graded or not.
    pub population: usize,
    /// Head counts of the counted members' grades.
    pub counts: GradeCounts,
    /// Counted members without an annual grade yet.
    pub ungraded: usize,
    /// The rule of the unit grade against `counts`; `None` without a unit grade.
    pub check: Option<DistributionCheck>,
}

impl UnitCheck {
    /// The rule is set and broken.
    pub fn breached(&self) -> bool {
        self.check.as_ref().is_some_and(|c| !c.holds())
    }
}

/// The unit's annual grades as signed (decided objections counted) against its rule.
pub fn unit_check(services: &Services, unit: UnitId, year: i32) -> Result<UnitCheck, CommandError> {
    unit_check_with(services, unit, year, &[])
}

/// [`unit_check`] with some grades overridden (`None`: counted as not graded): the grid's
/// panel before saving, and the signing gate with the grade being signed.
pub fn unit_check_with(
    services: &Services,
    unit: UnitId,
    year: i32,
    overrides: &[(EmployeeId, Option<PerformanceGrade>)],
) -> Result<UnitCheck, CommandError> {
    let reg = &services.register;
    let u = reg.unit(unit).ok_or(CommandError::NotFound)?;
    let settings = services.office_settings()?;
    let unit_grade = services.store.unit_grade(unit, year)?;
    let ids: Vec<EmployeeId> = services
        .store
        .employees_in_unit(unit)?
        .into_iter()
        .filter(|id| {
            reg.employee(*id)
                .is_some_and(|e| e.is_active() && e.unit == unit)
        })
        .collect();
    let stored = services.store.annual_grades(&ids, year)?;
    let mut members = Vec::with_capacity(ids.len());
    for (id, annual) in ids.into_iter().zip(stored) {
        let Some(e) = reg.employee(id) else { continue };
        let is_head = u.head == Some(id);
        let (grade, from_objection) = match overrides.iter().find(|(o, _)| *o == id) {
            Some((_, g)) => (*g, false),
            None => (annual.map(|a| a.0), annual.is_some_and(|a| a.1)),
        };
        members.push(UnitMember {
            employee: id,
            name: e.full_name(),
            nip: e.nip.grouped(),
            is_head,
            counted: !(is_head && settings.distribution_excludes_unit_head),
            grade,
            from_objection,
        });
    }
    members.sort_by(|a, b| a.name.cmp(&b.name).then(a.employee.cmp(&b.employee)));
    let graded: Vec<Member> = members
        .iter()
        .filter(|m| m.counted)
        .filter_map(|m| {
            m.grade.map(|grade| Member {
                grade,
                is_unit_head: m.is_head,
            })
        })
        .collect();
    let counts = GradeCounts::of_members(&graded, settings.distribution_excludes_unit_head);
    let population = members.iter().filter(|m| m.counted).count();
    let ungraded = population.saturating_sub(counts.population());
    let check = unit_grade
        .as_ref()
        .and_then(|g| rule_for(g.grade))
        .map(|rule| distribution::check_partial(rule, counts, ungraded));
    Ok(UnitCheck {
        unit,
        unit_name: u.name.clone(),
        year,
        unit_grade,
        ungraded: population.saturating_sub(counts.population()),
        population,
        counts,
        members,
        check,
    })
}

/// The achievement of one indicator in one segment.
#[derive(Clone, Debug, PartialEq)]
pub struct IndicatorAchievement {
    pub plan: PlanId,
    /// RHK number.
    pub result: u16,
    /// IKI number within the RHK.
    pub indicator: u16,
    pub segment: u8,
    /// `None` for a narrative target or a zero bound.
    pub achievement: Option<Achievement>,
}

/// What the scoring form of one employee and one evaluation shows beside the ratings.
#[derive(Clone, Debug, PartialEq)]
pub struct ScoringContext {
    pub employee: EmployeeId,
    pub year: i32,
    pub kind: ReviewKind,
    /// The stored year (its revision), if any.
    pub review_year: Option<ReviewYear>,
    /// This kind's evaluation as stored; `None`: not started.
    pub entry: Option<ReviewEntry>,
    /// The plans of the year covering the evaluated span (RHKs, indicators, targets,
    /// realisations with evidence and feedback), by start date.
    pub plans: Vec<PerformancePlan>,
    /// The segments evaluated: one for a periodic evaluation, all of the year for the annual.
    pub segments: Vec<Segment>,
    /// Capaian of every numeric indicator realised in those segments.
    pub achievements: Vec<IndicatorAchievement>,
    /// (segment, realisations with feedback in it) for each segment evaluated.
    pub feedback_per_segment: Vec<(u8, usize)>,
    /// For the annual form: the year's periodic evaluations, by segment.
    pub periodic: Vec<ReviewEntry>,
    /// Pejabat penilai on the day: the direct supervisor in the register.
    pub appraiser: Option<EmployeeId>,
    /// Plt/Plh acting for that supervisor on the day.
    pub acting_appraisers: Vec<EmployeeId>,
    /// Atasan pejabat penilai: the supervisor's supervisor.
    pub appraiser_superior: Option<EmployeeId>,
    /// When the employee heads a unit with a grade this year: the work-result rating it
    /// fixes (annual evaluation only).
    pub head_rating: Option<Rating>,
}

impl ScoringContext {
    /// The consistency warnings for the ratings and the behaviour feedback in the form.
    pub fn warnings(
        &self,
        work: Option<Rating>,
        behaviour: Option<Rating>,
        behaviour_feedback: usize,
    ) -> Vec<Warning> {
        let achievements: Vec<Achievement> = self
            .achievements
            .iter()
            .filter_map(|a| a.achievement)
            .collect();
        let periodic_grades: Vec<PerformanceGrade> = self
            .periodic
            .iter()
            .filter_map(ReviewEntry::final_grade)
            .collect();
        let annual_grade = match (self.kind, work, behaviour) {
            (ReviewKind::Annual, Some(w), Some(b)) => Some(crate::domain::review::grade(w, b)),
            _ => None,
        };
        consistency::warnings(&ConsistencyInput {
            work,
            behaviour,
            achievements: &achievements,
            behaviour_feedback,
            feedback_per_segment: &self.feedback_per_segment,
            annual_grade,
            periodic_grades: &periodic_grades,
        })
    }
}

/// The scoring form's context for `employee`'s evaluation `kind` of `year`, as of `today`.
pub fn scoring(
    services: &Services,
    employee: EmployeeId,
    year: i32,
    kind: ReviewKind,
    today: NaiveDate,
) -> Result<ScoringContext, CommandError> {
    let reg = &services.register;
    let e = reg.employee(employee).ok_or(CommandError::NotFound)?;
    let period = services.period_of(year)?;
    let segments: Vec<Segment> = match kind {
        ReviewKind::Annual => period.segments(),
        ReviewKind::Periodic(n) => period.segment(n).into_iter().collect(),
    };
    let (from, to) = match (segments.first(), segments.last()) {
        (Some(f), Some(l)) => (f.from, l.to),
        _ => return Err(CommandError::NotFound),
    };
    let mut plans: Vec<PerformancePlan> = services
        .store
        .plans_of_employee(employee, Some(year))?
        .into_iter()
        .filter(|p| p.from <= to && from <= p.to)
        .collect();
    plans.sort_by_key(|p| (p.from, p.id));
    let numbers: Vec<u8> = segments.iter().map(|s| s.number).collect();
    let mut achievements = Vec::new();
    let mut feedback_per_segment: Vec<(u8, usize)> = numbers.iter().map(|n| (*n, 0)).collect();
    for p in &plans {
        for r in &p.results {
            for i in &r.indicators {
                for real in i
                    .realizations
                    .iter()
                    .filter(|x| numbers.contains(&x.segment))
                {
                    if real.has_feedback() {
                        if let Some(f) = feedback_per_segment
                            .iter_mut()
                            .find(|(n, _)| *n == real.segment)
                        {
                            f.1 += 1;
                        }
                    }
                    if let Some(v) = real.value.number() {
                        achievements.push(IndicatorAchievement {
                            plan: p.id,
                            result: r.number,
                            indicator: i.number,
                            segment: real.segment,
                            achievement: achievement(&i.target, i.direction, v),
                        });
                    }
                }
            }
        }
    }
    let review_year = services.store.review_year(employee, year)?;
    let entry = review_year.as_ref().and_then(|y| y.get(kind).cloned());
    let periodic = match (kind, &review_year) {
        (ReviewKind::Annual, Some(y)) => y.periodic().cloned().collect(),
        _ => Vec::new(),
    };
    let appraiser = e.supervisor;
    let mut acting_appraisers = Vec::new();
    if let Some(sup) = appraiser {
        for a in services.store.acting_assignments()? {
            if a.for_supervisor == sup && a.covers(today) && a.acting != employee {
                acting_appraisers.push(a.acting);
            }
        }
    }
    let appraiser_superior = appraiser
        .and_then(|s| reg.employee(s))
        .and_then(|s| s.supervisor);
    let head_rating = match kind {
        ReviewKind::Annual => head_rating_of(services, employee, year)?,
        ReviewKind::Periodic(_) => None,
    };
    Ok(ScoringContext {
        employee,
        year,
        kind,
        review_year,
        entry,
        plans,
        segments,
        achievements,
        feedback_per_segment,
        periodic,
        appraiser,
        acting_appraisers,
        appraiser_superior,
        head_rating,
    })
}

/// The work-result rating a unit head's annual evaluation must carry: from the grade of the
/// unit they head, through the office's mapping; `None` if they head no unit with a grade.
pub fn head_rating_of(
    services: &Services,
    employee: EmployeeId,
    year: i32,
) -> Result<Option<Rating>, StoreError> {
    let settings = services.office_settings()?;
    for u in services
        .register
        .units()
        .iter()
        .filter(|u| u.active && u.head == Some(employee))
    {
        if let Some(g) = services.store.unit_grade(u.id, year)? {
            return Ok(Some(head::head_work_result_rating(g.grade, &settings)));
        }
    }
    Ok(None)
}

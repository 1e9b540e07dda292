//! Riwayat: one employee's whole record across the years as a timeline, read for tab 5 (and
//! anyone else who needs it). A few prefix scans and direct gets: the employee's plans, their
//! evaluation years, their feedback years and the audit entries about them (`a` index),
//! decoded and merged. Newest first; entries of one day in [`EntryKind`] order.
//!
//! Scoped like every read: the viewer of the services (an admin everyone, a supervisor their
//! line, an employee themselves; `None`, the local operator, everyone). An employee sees their
//! own evaluations once signed (`reviews::query::may_view`).

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};

use crate::app::services::commands::{CommandError, Services};
use crate::domain::appraisal::{PerformanceGrade, Rating};
use crate::domain::feedback::{FeedbackYear, FollowUpStatus, NoteTone, SessionKind};
use crate::domain::plan::{achievement, Achievement, PlanId, PlanState};
use crate::domain::review::{ObjectionState, ReviewEntry, ReviewKind};
use crate::domain::{AuditEntry, Directory, EmployeeId, Grade, RecordKind, UnitId, Viewer};

/// The kinds of entry on the timeline, in the order entries of one day are listed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntryKind {
    /// Mutasi: a change of position, grade, unit or supervisor in the register.
    Change,
    /// SKP.
    Plan,
    /// Evaluasi periodik / tahunan (with its objection).
    Evaluation,
    /// Dialog kinerja.
    Session,
    /// Catatan kinerja.
    Note,
}

impl EntryKind {
    pub const ALL: [EntryKind; 5] = [
        EntryKind::Change,
        EntryKind::Plan,
        EntryKind::Evaluation,
        EntryKind::Session,
        EntryKind::Note,
    ];
}

/// One field of the employee record that changed (values as data: names resolved).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldChange {
    /// Jabatan.
    Position { before: String, after: String },
    /// Golongan / pangkat.
    Grade {
        before: Option<Grade>,
        after: Option<Grade>,
    },
    /// Unit kerja (names as in today's register; the id when gone).
    Unit { before: String, after: String },
    /// Atasan langsung (names; empty: none).
    Supervisor { before: String, after: String },
}

/// A plan (SKP) on the timeline.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanEntry {
    pub plan: PlanId,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub state: PlanState,
    /// Number of RHKs.
    pub results: usize,
    /// The mean capaian of the numeric indicators (each at its latest realisation); `None`
    /// when nothing numeric is realised.
    pub achievement: Option<Achievement>,
    /// The appraiser's name as the plan recorded it.
    pub appraiser: String,
}

/// The objection to an evaluation and its decision.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ObjectionEntry {
    pub filed_on: NaiveDate,
    pub reasons: String,
    pub state: ObjectionState,
    pub decided_on: Option<NaiveDate>,
    pub decision_reasons: String,
}

/// A periodic or annual evaluation on the timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EvaluationEntry {
    pub kind: ReviewKind,
    pub work: Option<Rating>,
    pub behaviour: Option<Rating>,
    /// The grade that counts (decided objection, else signed); the draft's matrix grade while
    /// unsigned.
    pub grade: Option<PerformanceGrade>,
    pub signed_on: Option<NaiveDate>,
    pub appraiser: String,
    pub objection: Option<ObjectionEntry>,
}

/// One follow-up of a session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FollowUpEntry {
    pub item: String,
    pub due: Option<NaiveDate>,
    pub status: FollowUpStatus,
    pub carried_over: bool,
}

/// A feedback session on the timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionEntry {
    pub id: u32,
    pub kind: SessionKind,
    pub appraiser: String,
    /// The situation described (all lines).
    pub situation: String,
    pub follow_ups: Vec<FollowUpEntry>,
    pub acknowledged_by_employee: Option<NaiveDate>,
    pub acknowledged_by_appraiser: Option<NaiveDate>,
}

/// A quick note on the timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoteEntry {
    pub id: u32,
    pub tone: NoteTone,
    pub text: String,
    pub author: String,
}

/// What an entry is.
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    Change(Vec<FieldChange>),
    Plan(PlanEntry),
    Evaluation(EvaluationEntry),
    Session(SessionEntry),
    Note(NoteEntry),
}

impl Item {
    pub fn kind(&self) -> EntryKind {
        match self {
            Item::Change(_) => EntryKind::Change,
            Item::Plan(_) => EntryKind::Plan,
            Item::Evaluation(_) => EntryKind::Evaluation,
            Item::Session(_) => EntryKind::Session,
            Item::Note(_) => EntryKind::Note,
        }
    }
}

/// One line of the timeline.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub date: NaiveDate,
    /// The appraisal year it belongs to (a plan's, an evaluation's: not always the date's).
    pub year: i32,
    pub item: Item,
}

impl Entry {
    pub fn kind(&self) -> EntryKind {
        self.item.kind()
    }

    /// The text `/` searches: a session's situation and follow-ups, a note's text; nothing
    /// for other entries.
    pub fn search_text(&self) -> Option<String> {
        match &self.item {
            Item::Session(s) => {
                let mut t = s.situation.clone();
                for f in &s.follow_ups {
                    t.push('\n');
                    t.push_str(&f.item);
                }
                Some(t)
            }
            Item::Note(n) => Some(n.text.clone()),
            _ => None,
        }
    }
}

/// One grade of the chart: an evaluation's grade placed in its year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GradePoint {
    pub year: i32,
    pub kind: ReviewKind,
    /// Segments in that year (to place a periodic grade within it).
    pub segments: u8,
    pub grade: PerformanceGrade,
}

/// Sessions and notes dated in one segment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SegmentCount {
    pub year: i32,
    pub segment: u8,
    pub count: usize,
}

/// Riwayat pegawai: the timeline and what the chart above it shows.
#[derive(Clone, Debug, PartialEq)]
pub struct History {
    pub employee: EmployeeId,
    pub name: String,
    pub nip: String,
    pub position: String,
    /// Newest first; one day's entries in [`EntryKind`] order.
    pub entries: Vec<Entry>,
    /// Grades, oldest first (signed or decided only).
    pub grades: Vec<GradePoint>,
    /// Feedback entries per segment, oldest first, from the first year with any record to
    /// the last (a year with none shows as zeros).
    pub feedback: Vec<SegmentCount>,
}

impl History {
    /// The years on the timeline, newest first.
    pub fn years(&self) -> Vec<i32> {
        let mut y: Vec<i32> = self.entries.iter().map(|e| e.year).collect();
        y.sort_unstable_by(|a, b| b.cmp(a));
        y.dedup();
        y
    }
}

/// May the services' viewer see `employee`'s history?
pub fn may_see(viewer: Option<&Viewer>, services: &Services, employee: EmployeeId) -> bool {
    viewer.is_none_or(|v| {
        crate::domain::access::can_view(v, &services.register, employee, services.today())
    })
}

fn name_of(services: &Services, id: EmployeeId) -> String {
    services
        .register
        .employee(id)
        .map(|e| e.full_name())
        .unwrap_or_default()
}

/// `employee`'s whole history as the services' viewer may see it.
pub fn history(services: &Services, employee: EmployeeId) -> Result<History, CommandError> {
    let viewer = services.viewer.as_ref();
    let e = services
        .register
        .employee(employee)
        .ok_or(CommandError::NotFound)?;
    if !may_see(viewer, services, employee) {
        return Err(CommandError::Forbidden);
    }
    let today = services.today();
    let mut entries: Vec<Entry> = Vec::new();
    let mut segments_of: BTreeMap<i32, Vec<crate::domain::plan::Segment>> = BTreeMap::new();
    let mut segments = |year: i32| -> Vec<crate::domain::plan::Segment> {
        segments_of
            .entry(year)
            .or_insert_with(|| {
                services
                    .period_of(year)
                    .map(|p| p.segments())
                    .unwrap_or_default()
            })
            .clone()
    };

    // Plans.
    for p in services.store.plans_of_employee(employee, None)? {
        entries.push(Entry {
            date: p.from,
            year: p.year,
            item: Item::Plan(PlanEntry {
                plan: p.id,
                from: p.from,
                to: p.to,
                results: p.results.len(),
                achievement: plan_achievement(&p),
                appraiser: p
                    .appraiser
                    .as_ref()
                    .map(|a| a.name.clone())
                    .unwrap_or_default(),
                state: p.state,
            }),
        });
    }

    // Evaluations, with their objections.
    let mut grades = Vec::new();
    for y in services.store.review_years(employee)? {
        let segs = segments(y.year);
        for x in &y.entries {
            if !crate::app::reviews::query::may_view(viewer, &services.register, x, today) {
                continue;
            }
            let signed_on = x.review.signature().map(|s| s.signed_on);
            let end = match x.review.kind {
                ReviewKind::Periodic(n) => segs.iter().find(|s| s.number == n).map(|s| s.to),
                ReviewKind::Annual => segs.last().map(|s| s.to),
            };
            let date = signed_on
                .or(end)
                .or_else(|| NaiveDate::from_ymd_opt(y.year, 12, 31))
                .unwrap_or(today);
            let grade = x.final_grade();
            if let Some(g) = grade {
                grades.push(GradePoint {
                    year: y.year,
                    kind: x.review.kind,
                    segments: u8::try_from(segs.len()).unwrap_or(4).max(1),
                    grade: g,
                });
            }
            entries.push(Entry {
                date,
                year: y.year,
                item: Item::Evaluation(evaluation(services, x, grade)),
            });
        }
    }
    grades.sort_by_key(|g| (g.year, g.kind));

    // Sessions and notes.
    let years: Vec<FeedbackYear> = services.store.feedback_years(employee)?;
    for y in &years {
        for s in &y.sessions {
            entries.push(Entry {
                date: s.date,
                year: y.year,
                item: Item::Session(SessionEntry {
                    id: s.id,
                    kind: s.kind,
                    appraiser: name_of(services, s.appraiser),
                    situation: s.situation.clone(),
                    follow_ups: s
                        .follow_ups
                        .iter()
                        .map(|f| FollowUpEntry {
                            item: f.item.clone(),
                            due: f.due,
                            status: f.status(),
                            carried_over: f.carried_from.is_some(),
                        })
                        .collect(),
                    acknowledged_by_employee: s.acknowledged_by_employee,
                    acknowledged_by_appraiser: s.acknowledged_by_appraiser,
                }),
            });
        }
        for n in &y.notes {
            entries.push(Entry {
                date: n.date,
                year: y.year,
                item: Item::Note(NoteEntry {
                    id: n.id,
                    tone: n.tone,
                    text: n.text.clone(),
                    author: name_of(services, n.author),
                }),
            });
        }
    }

    // Register changes from the audit trail.
    for a in services.store.audit_of_employee(employee)? {
        if let Some(entry) = change(services, &a) {
            entries.push(entry);
        }
    }

    sort(&mut entries);

    // Feedback per segment, across every year on the timeline.
    let mut feedback = Vec::new();
    let first = entries.iter().map(|e| e.year).min();
    let last = entries.iter().map(|e| e.year).max();
    if let (Some(first), Some(last)) = (first, last) {
        for year in first..=last {
            let fy = years.iter().find(|y| y.year == year);
            for s in segments(year) {
                feedback.push(SegmentCount {
                    year,
                    segment: s.number,
                    count: fy.map_or(0, |y| y.entries_in(s.from, s.to)),
                });
            }
        }
    }

    Ok(History {
        employee,
        name: e.full_name(),
        nip: e.nip.grouped(),
        position: e.position.clone(),
        entries,
        grades,
        feedback,
    })
}

/// Newest first; one day's entries in kind order; evaluations of one day the later year and
/// period first (the annual before the periodic ones); else as read.
pub fn sort(entries: &mut [Entry]) {
    entries.sort_by(|a, b| {
        b.date
            .cmp(&a.date)
            .then(a.kind().cmp(&b.kind()))
            .then(b.year.cmp(&a.year))
            .then_with(|| match (&a.item, &b.item) {
                (Item::Evaluation(x), Item::Evaluation(y)) => y.kind.cmp(&x.kind),
                _ => std::cmp::Ordering::Equal,
            })
    });
}

fn evaluation(
    services: &Services,
    x: &ReviewEntry,
    grade: Option<PerformanceGrade>,
) -> EvaluationEntry {
    let r = &x.review;
    let objection = x.objection.as_ref().map(|o| ObjectionEntry {
        filed_on: o.filed_on,
        reasons: o.reasons.clone(),
        state: x.objection_state(),
        decided_on: o.decision.as_ref().map(|d| d.on),
        decision_reasons: o
            .decision
            .as_ref()
            .map(|d| d.reasons.clone())
            .unwrap_or_default(),
    });
    let appraiser = r
        .signature()
        .map(|s| s.appraiser.name.clone())
        .unwrap_or_else(|| name_of(services, r.appraiser));
    EvaluationEntry {
        kind: r.kind,
        work: r.work,
        behaviour: r.behaviour,
        grade: grade.or_else(|| r.grade()),
        signed_on: r.signature().map(|s| s.signed_on),
        appraiser,
        objection,
    }
}

/// The mean capaian of a plan's numeric indicators, each at its latest realisation.
pub fn plan_achievement(p: &crate::domain::plan::PerformancePlan) -> Option<Achievement> {
    let mut sum: i64 = 0;
    let mut n: i64 = 0;
    for r in &p.results {
        for i in &r.indicators {
            let latest = i
                .realizations
                .iter()
                .filter_map(|x| x.value.number())
                .next_back();
            if let Some(a) = latest.and_then(|v| achievement(&i.target, i.direction, v)) {
                sum = sum.saturating_add(a.hundredths());
                n += 1;
            }
        }
    }
    (n > 0).then(|| Achievement(sum / n))
}

/// A change of position, grade, unit or supervisor from one audit entry of the employee
/// record (`before`/`after` are JSON of the record); `None` for any other entry.
fn change(services: &Services, a: &AuditEntry) -> Option<Entry> {
    if a.record.kind != RecordKind::Employee {
        return None;
    }
    let before: serde_json::Value = serde_json::from_str(a.before.as_deref()?).ok()?;
    let after: serde_json::Value = serde_json::from_str(a.after.as_deref()?).ok()?;
    let fields = field_changes(services, &before, &after);
    if fields.is_empty() {
        return None;
    }
    let date = chrono::DateTime::from_timestamp_millis(a.at_ms)?.date_naive();
    Some(Entry {
        date,
        year: date.year(),
        item: Item::Change(fields),
    })
}

/// What differs between two JSON snapshots of an employee record, in a fixed order.
pub fn field_changes(
    services: &Services,
    before: &serde_json::Value,
    after: &serde_json::Value,
) -> Vec<FieldChange> {
    let field = |v: &serde_json::Value, k: &str| v.get(k).cloned().unwrap_or_default();
    let mut out = Vec::new();
    let (b, a) = (field(before, "position"), field(after, "position"));
    if b != a {
        out.push(FieldChange::Position {
            before: b.as_str().unwrap_or_default().to_string(),
            after: a.as_str().unwrap_or_default().to_string(),
        });
    }
    let (b, a) = (field(before, "grade"), field(after, "grade"));
    if b != a {
        out.push(FieldChange::Grade {
            before: serde_json::from_value(b).ok(),
            after: serde_json::from_value(a).ok(),
        });
    }
    let unit = |v: serde_json::Value| -> String {
        match serde_json::from_value::<UnitId>(v) {
            Ok(u) => {
                let name = services.register.unit_name(u);
                if name.is_empty() {
                    u.0.to_string()
                } else {
                    name.to_string()
                }
            }
            Err(_) => String::new(),
        }
    };
    let (b, a) = (field(before, "unit"), field(after, "unit"));
    if b != a {
        out.push(FieldChange::Unit {
            before: unit(b),
            after: unit(a),
        });
    }
    let sup = |v: serde_json::Value| -> String {
        serde_json::from_value::<Option<EmployeeId>>(v)
            .ok()
            .flatten()
            .map(|id| name_of(services, id))
            .unwrap_or_default()
    };
    let (b, a) = (field(before, "supervisor"), field(after, "supervisor"));
    if b != a {
        out.push(FieldChange::Supervisor {
            before: sup(b),
            after: sup(a),
        });
    }
    out
}

/// The people whose history the viewer may page through, in order: a supervisor's line
/// (direct reports by name, each followed by their own line), the reports of a supervisor
/// they act for today, an admin every active employee by name, an employee themselves.
pub fn people(
    reg: &crate::app::services::register::Register,
    viewer: Option<&Viewer>,
    today: NaiveDate,
) -> Vec<EmployeeId> {
    let admin = viewer.is_none_or(crate::domain::access::can_manage_register);
    if admin {
        let mut all: Vec<&crate::domain::Employee> =
            reg.employees().iter().filter(|e| e.is_active()).collect();
        all.sort_by(|a, b| a.full_name().cmp(&b.full_name()).then(a.id.cmp(&b.id)));
        return all.into_iter().map(|e| e.id).collect();
    }
    let Some(v) = viewer else { return Vec::new() };
    let Some(me) = v.employee else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut roots = vec![me];
    roots.extend(
        v.acting
            .iter()
            .filter(|a| a.covers(today))
            .map(|a| a.for_supervisor),
    );
    let mut seen = std::collections::HashSet::from([me]);
    for root in roots {
        line(reg, root, &mut out, &mut seen, 0);
    }
    if out.is_empty() {
        out.push(me);
    }
    out
}

fn line(
    reg: &crate::app::services::register::Register,
    root: EmployeeId,
    out: &mut Vec<EmployeeId>,
    seen: &mut std::collections::HashSet<EmployeeId>,
    depth: usize,
) {
    if depth > 64 {
        return;
    }
    let mut reports = reg.active_subordinates(root);
    reports.sort_by_key(|id| (name_of_reg(reg, *id), *id));
    for r in reports {
        if !seen.insert(r) {
            continue;
        }
        out.push(r);
        line(reg, r, out, seen, depth + 1);
    }
}

fn name_of_reg(reg: &crate::app::services::register::Register, id: EmployeeId) -> String {
    reg.employee(id).map(|e| e.full_name()).unwrap_or_default()
}

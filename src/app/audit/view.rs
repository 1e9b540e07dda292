//! The audit viewer: the trail of changes, newest first, filtered by person, record and date.

use tui_input::Input;

use crate::app::kit::lang::Lang;
use crate::app::kit::terms::Terms;
use crate::app::services::register::Register;
use crate::domain::plan_audit::{PersonRef, PlanAudit};
use crate::domain::review::audit::{ReviewAudit, UnitGradeAudit};
use crate::domain::{AuditEntry, Directory, EmployeeId, RecordKind, UnitId, Viewer};

/// One line of the trail as shown, with the text the filter searches.
#[derive(Clone, Debug)]
pub struct AuditRow {
    pub entry: AuditEntry,
    /// The record in words: a person's name and NIP, a unit's name, an account's user name.
    pub record: String,
    /// An acting assignment's two people in words (acting, acted for), for the screen to
    /// word as "Plt/Plh ... untuk ...".
    pub acting: Option<(String, String)>,
    /// A plan entry's summary (year, people, state, edits), for the screen to word.
    pub plan: Option<PlanAudit>,
    /// An evaluation entry's summary (year, people, what changed), for the screen to word.
    pub review: Option<ReviewAudit>,
    /// A unit-grade entry's summary.
    pub unit_grade: Option<UnitGradeAudit>,
    /// A feedback entry's summary (dialog kinerja).
    pub feedback: Option<crate::domain::feedback::FeedbackAudit>,
    hay: String,
}

#[derive(Debug, Default)]
pub struct AuditView {
    pub rows: Vec<AuditRow>,
    /// Indices into `rows` matching the filter.
    pub matches: Vec<usize>,
    pub filter: Input,
    pub filtering: bool,
    pub scroll: crate::app::kit::scroll::Scroll,
    pub loaded: bool,
    /// The seq of the oldest entry read so far; the next page starts below it.
    pub oldest: Option<u64>,
    /// First line shown in the detail pane; back to 0 when the selection moves.
    pub detail_offset: u16,
}

/// Entries read at a time: the screen opens on the newest without reading the whole trail.
pub const PAGE: usize = 500;

/// What the view needs from the store next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct More {
    /// Entries with a seq below this one.
    pub before: u64,
    /// The rest of the trail at once (a filter searches all of it), else one page.
    pub all: bool,
}

/// `dd/mm/yyyy HH:MM` in local time.
pub fn format_time(at_ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(at_ms)
        .map(|d| {
            d.with_timezone(&chrono::Local)
                .format("%d/%m/%Y %H:%M")
                .to_string()
        })
        .unwrap_or_default()
}

fn json_field(json: Option<&str>, key: &str) -> Option<String> {
    let v: serde_json::Value = serde_json::from_str(json?).ok()?;
    v.get(key)?.as_str().map(str::to_string)
}

/// A person as the trail names them: name and NIP, or the bare id of someone unknown.
fn person(reg: &Register, id: u64) -> String {
    reg.employee(EmployeeId(id))
        .map(|p| format!("{} ({})", p.full_name(), p.nip.grouped()))
        .unwrap_or_else(|| format!("#{id}"))
}

/// Both people of an acting assignment entry.
fn acting_people(reg: &Register, e: &AuditEntry) -> Option<(String, String)> {
    if e.record.kind != RecordKind::Acting {
        return None;
    }
    let snap = e.after.as_deref().or(e.before.as_deref())?;
    let v: serde_json::Value = serde_json::from_str(snap).ok()?;
    let id = |k: &str| v.get(k).and_then(serde_json::Value::as_u64);
    Some((
        person(reg, id("acting")?),
        person(reg, id("for_supervisor")?),
    ))
}

/// A person as the plan entry names them (as they were when it was written).
fn plan_person(p: &PersonRef) -> String {
    format!("{} ({})", p.name, p.nip.grouped())
}

fn describe(reg: &Register, e: &AuditEntry, s: &Summaries) -> String {
    if let Some(p) = &s.plan {
        return plan_person(&p.employee);
    }
    if let Some(r) = &s.review {
        return plan_person(&r.employee);
    }
    if let Some(g) = &s.unit_grade {
        return g.unit_name.clone();
    }
    if let Some(f) = &s.feedback {
        return plan_person(&f.employee);
    }
    match e.record.kind {
        RecordKind::Employee => person(reg, e.record.id),
        RecordKind::Unit => reg
            .unit(UnitId(e.record.id))
            .map(|u| u.name.clone())
            .unwrap_or_else(|| format!("#{}", e.record.id)),
        _ => {
            let user = json_field(e.after.as_deref(), "username")
                .or_else(|| json_field(e.before.as_deref(), "username"))
                .unwrap_or_else(|| format!("#{}", e.record.id));
            // An account is also its employee, by name and NIP.
            match people(e).first() {
                Some(id) if e.record.kind == RecordKind::Account => {
                    format!("{user} · {}", person(reg, id.0))
                }
                _ => user,
            }
        }
    }
}

/// Fields of a snapshot that name a person (an employee id).
pub const PERSON_FIELDS: [&str; 5] = ["supervisor", "head", "employee", "acting", "for_supervisor"];

/// Everyone an entry concerns: the employee it is about and everyone its snapshots name
/// (supervisor, unit head, both sides of an acting assignment), without repeats.
pub fn people(e: &AuditEntry) -> Vec<EmployeeId> {
    let mut out = Vec::new();
    if e.record.kind == RecordKind::Employee {
        out.push(EmployeeId(e.record.id));
    }
    for snap in [e.before.as_deref(), e.after.as_deref()]
        .into_iter()
        .flatten()
    {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(snap) else {
            continue;
        };
        for f in PERSON_FIELDS {
            if let Some(id) = v.get(f).and_then(serde_json::Value::as_u64) {
                if !out.contains(&EmployeeId(id)) {
                    out.push(EmployeeId(id));
                }
            }
        }
    }
    out
}

/// Is the unit in the viewer's line: does someone they may see work in or head it or a unit
/// above it? A new, empty unit under theirs is in their line; a unit elsewhere is not.
fn unit_in_line(reg: &Register, v: &Viewer, unit: UnitId, today: chrono::NaiveDate) -> bool {
    let mut line = Vec::new();
    let mut cur = Some(unit);
    while let Some(id) = cur.filter(|id| !line.contains(id)) {
        line.push(id);
        cur = reg.unit(id).and_then(|u| u.parent);
    }
    let sees = |id: EmployeeId| crate::domain::access::can_view(v, reg, id, today);
    line.iter().any(|u| {
        reg.unit(*u).and_then(|u| u.head).is_some_and(sees)
            || reg
                .employees()
                .iter()
                .any(|p| p.unit == *u && p.is_active() && sees(p.id))
    })
}

/// The summaries an entry may carry (at most one is `Some`).
struct Summaries {
    plan: Option<PlanAudit>,
    review: Option<ReviewAudit>,
    unit_grade: Option<UnitGradeAudit>,
    feedback: Option<crate::domain::feedback::FeedbackAudit>,
}

impl Summaries {
    fn of(e: &AuditEntry) -> Summaries {
        Summaries {
            plan: crate::app::audit::plan::summary(e),
            review: crate::app::audit::review::summary(e),
            unit_grade: crate::app::audit::review::unit_grade(e),
            feedback: crate::app::audit::review::feedback(e),
        }
    }
}

/// May `viewer` (None: admin or operator) see this entry? Supervisors and staff see the
/// entries about people they may see, units in their line, and their own account.
fn visible(
    e: &AuditEntry,
    s: &Summaries,
    reg: &Register,
    viewer: Option<&Viewer>,
    username: Option<&str>,
    today: chrono::NaiveDate,
) -> bool {
    let Some(v) = viewer.filter(|v| !crate::domain::access::can_manage_register(v)) else {
        return true;
    };
    match e.record.kind {
        RecordKind::Employee => {
            crate::domain::access::can_view(v, reg, EmployeeId(e.record.id), today)
        }
        RecordKind::Unit => unit_in_line(reg, v, UnitId(e.record.id), today),
        // A plan is seen by whoever may see its employee: the employee, their line, a Plt.
        RecordKind::Plan => s
            .plan
            .as_ref()
            .is_some_and(|p| crate::domain::access::can_view(v, reg, p.employee.employee, today)),
        // Evaluations like plans: the employee, their line, a Plt.
        RecordKind::Review => s
            .review
            .as_ref()
            .is_some_and(|r| crate::domain::access::can_view(v, reg, r.employee.employee, today)),
        RecordKind::UnitGrade => unit_in_line(reg, v, UnitId(e.record.id), today),
        // Feedback like evaluations: the employee, their line, a Plt.
        RecordKind::Feedback => {
            crate::domain::access::can_view(v, reg, EmployeeId(e.record.id), today)
        }
        _ => {
            let own = username.map(str::to_string);
            own.is_some()
                && (json_field(e.after.as_deref(), "username") == own
                    || json_field(e.before.as_deref(), "username") == own)
        }
    }
}

impl AuditView {
    /// Fills the view from the newest page of the trail (newest first), keeping what the
    /// viewer may see.
    pub fn load(
        &mut self,
        reg: &Register,
        newest: Vec<AuditEntry>,
        viewer: Option<&Viewer>,
        username: Option<&str>,
        today: chrono::NaiveDate,
        terms: &dyn Terms,
    ) {
        self.rows.clear();
        self.oldest = None;
        self.append(reg, newest, viewer, username, today, terms);
        self.loaded = true;
        self.refilter();
    }

    /// Adds an older page (newest first) below the rows read so far; the selection stays.
    pub fn append_page(
        &mut self,
        reg: &Register,
        older: Vec<AuditEntry>,
        viewer: Option<&Viewer>,
        username: Option<&str>,
        today: chrono::NaiveDate,
        terms: &dyn Terms,
    ) {
        self.append(reg, older, viewer, username, today, terms);
        self.rematch();
    }

    /// The trail is read to its first entry (seqs run from 1 without gaps).
    pub fn complete(&self) -> bool {
        self.oldest.is_none_or(|s| s <= 1)
    }

    /// The next read: one page when the selection nears the end of what is read, the rest
    /// of the trail when a filter is typed.
    pub fn wants_more(&self) -> Option<More> {
        let before = self.oldest.filter(|_| !self.complete())?;
        if !self.filter.value().trim().is_empty() {
            return Some(More { before, all: true });
        }
        let near_end = self.scroll.selected + 2 * self.scroll.viewport.max(1) >= self.matches.len();
        near_end.then_some(More { before, all: false })
    }

    fn append(
        &mut self,
        reg: &Register,
        entries: Vec<AuditEntry>,
        viewer: Option<&Viewer>,
        username: Option<&str>,
        today: chrono::NaiveDate,
        terms: &dyn Terms,
    ) {
        if let Some(last) = entries.last() {
            self.oldest = Some(last.seq);
        } else if self.oldest.is_some() {
            // An empty page: nothing older.
            self.oldest = Some(0);
        }
        let rows = entries.into_iter().filter_map(|entry| {
            let sums = Summaries::of(&entry);
            visible(&entry, &sums, reg, viewer, username, today).then_some((entry, sums))
        });
        let rows = rows.map(|(entry, sums)| {
            let record = describe(reg, &entry, &sums);
            let Summaries {
                plan,
                review,
                unit_grade,
                feedback,
            } = sums;
            // The action in both languages, so `dinonaktifkan` and `deactivated` both find it.
            let mut hay = format!(
                "{} {} {} {} {} {}",
                format_time(entry.at_ms),
                entry.actor,
                terms.audit_action(Lang::Id, entry.action),
                terms.audit_action(Lang::En, entry.action),
                record,
                entry.reason
            );
            // Everyone the entry concerns, by name and by NIP with or without blanks.
            for id in people(&entry) {
                if let Some(p) = reg.employee(id) {
                    hay.push_str(&format!(
                        " {} {} {}",
                        p.full_name(),
                        p.nip.grouped(),
                        p.nip.as_str()
                    ));
                }
            }
            if entry.record.kind == RecordKind::Acting {
                hay.push_str(&format!(" {}", terms.acting_words()));
            }
            // A plan by its people as the entry names them (also after they left or
            // were renamed), as they are now, and by `skp` and its year.
            if let Some(p) = &plan {
                hay.push_str(&format!(" skp {}", p.year));
                for state in p.state_before.iter().chain([&p.state]) {
                    for lang in [Lang::Id, Lang::En] {
                        hay.push_str(&format!(" {}", terms.plan_state(lang, state)));
                    }
                }
                for who in p.people() {
                    hay.push_str(&format!(
                        " {} {} {}",
                        who.name,
                        who.nip.grouped(),
                        who.nip.as_str()
                    ));
                    if let Some(now) = reg.employee(who.employee) {
                        hay.push_str(&format!(" {}", now.full_name()));
                    }
                }
            }
            if entry.record.kind == RecordKind::Settings {
                hay.push_str(&format!(" {}", terms.settings_words()));
            }
            // An evaluation by `penilaian`, its year, its people as written and as now.
            if let Some(r) = &review {
                hay.push_str(&format!(" {} {}", terms.review_words(), r.year));
                for who in std::iter::once(&r.employee).chain(r.appraiser.as_ref()) {
                    hay.push_str(&format!(
                        " {} {} {}",
                        who.name,
                        who.nip.grouped(),
                        who.nip.as_str()
                    ));
                    if let Some(now) = reg.employee(who.employee) {
                        hay.push_str(&format!(" {}", now.full_name()));
                    }
                }
            }
            if let Some(g) = &unit_grade {
                hay.push_str(&format!(
                    " {} {} {}",
                    terms.unit_grade_words(),
                    g.year,
                    g.unit_name
                ));
                if let Some(p) = &g.set_by {
                    hay.push_str(&format!(
                        " {} {} {}",
                        p.name,
                        p.nip.grouped(),
                        p.nip.as_str()
                    ));
                }
            }
            if let Some(f) = &feedback {
                hay.push_str(&format!(
                    " {} {} {} {} {}",
                    terms.feedback_words(),
                    f.year,
                    f.employee.name,
                    f.employee.nip.grouped(),
                    f.employee.nip.as_str()
                ));
            }
            let hay = hay.to_lowercase();
            let acting = acting_people(reg, &entry);
            AuditRow {
                entry,
                record,
                acting,
                plan,
                review,
                unit_grade,
                feedback,
                hay,
            }
        });
        self.rows.extend(rows);
    }

    pub fn refilter(&mut self) {
        self.rematch();
        self.scroll.reset();
        self.detail_offset = 0;
    }

    /// The rows matching the filter, the selection kept where it is.
    fn rematch(&mut self) {
        let q = self.filter.value().to_lowercase();
        let terms: Vec<&str> = q.split_whitespace().collect();
        self.matches = self
            .rows
            .iter()
            .enumerate()
            .filter(|(_, r)| terms.iter().all(|t| r.hay.contains(t)))
            .map(|(i, _)| i)
            .collect();
    }

    pub fn current(&self) -> Option<&AuditRow> {
        self.matches
            .get(self.scroll.selected)
            .and_then(|i| self.rows.get(*i))
    }

    pub fn move_by(&mut self, delta: isize) {
        self.scroll.move_by(delta, self.matches.len());
        self.detail_offset = 0;
    }

    /// Scrolls the detail pane by `delta` lines, within the selected entry's lines (the
    /// screen keeps the last ones in view when wrapping makes fewer fit).
    pub fn scroll_detail(&mut self, delta: i16) {
        let lines = self
            .current()
            .map_or(0, |r| match (&r.plan, &r.review, &r.unit_grade) {
                // People, year, state, each edit, the reason.
                (Some(p), _, _) => p.edits.len() + 6,
                // The heading, each event, the reason.
                (_, Some(a), _) => a.events.len() + 3,
                (_, _, Some(_)) => 5,
                _ => changed_fields(r.entry.before.as_deref(), r.entry.after.as_deref()).len() + 2,
            });
        let last = u16::try_from(lines.saturating_sub(1)).unwrap_or(u16::MAX);
        self.detail_offset = self.detail_offset.saturating_add_signed(delta).min(last);
    }

    pub fn set_viewport(&mut self, rows: usize) {
        self.scroll.set_viewport(rows);
    }
}

/// The fields that differ between two JSON snapshots, as `(field, before, after)`. Records
/// and the name are opened field by field; other values (grade, status, ...) stay whole so
/// the screen can put them in words.
pub fn changed_fields(
    before: Option<&str>,
    after: Option<&str>,
) -> Vec<(String, serde_json::Value, serde_json::Value)> {
    let parse = |s: Option<&str>| {
        s.and_then(|s| serde_json::from_str::<serde_json::Value>(s).ok())
            .unwrap_or(serde_json::Value::Null)
    };
    let (b, a) = (parse(before), parse(after));
    let mut out = Vec::new();
    flatten("", &b, &a, &mut out);
    out
}

fn flatten(
    prefix: &str,
    b: &serde_json::Value,
    a: &serde_json::Value,
    out: &mut Vec<(String, serde_json::Value, serde_json::Value)>,
) {
    use serde_json::Value::{Null, Object};
    let opens = prefix.is_empty() || prefix == "name";
    match (b, a) {
        (Object(_) | Null, Object(_)) | (Object(_), Null) if opens => {
            let empty = serde_json::Map::new();
            let bo = b.as_object().unwrap_or(&empty);
            let ao = a.as_object().unwrap_or(&empty);
            let mut keys: Vec<&String> = bo.keys().chain(ao.keys()).collect();
            keys.sort();
            keys.dedup();
            for k in keys {
                let name = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                flatten(
                    &name,
                    bo.get(k).unwrap_or(&Null),
                    ao.get(k).unwrap_or(&Null),
                    out,
                );
            }
        }
        _ if b != a => out.push((prefix.to_string(), b.clone(), a.clone())),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changed_fields_lists_only_what_differs() {
        use serde_json::json;
        let before = r#"{"name":{"name":"Maria","back_title":""},"phone":"","unit":2,"grade":{"Pns":"IIA"}}"#;
        let after = r#"{"name":{"name":"Maria","back_title":"S.Sos."},"phone":"0812","unit":2,"grade":{"Pns":"IIB"}}"#;
        assert_eq!(
            changed_fields(Some(before), Some(after)),
            vec![
                (
                    "grade".to_string(),
                    json!({"Pns": "IIA"}),
                    json!({"Pns": "IIB"})
                ),
                ("name.back_title".to_string(), json!(""), json!("S.Sos.")),
                ("phone".to_string(), json!(""), json!("0812")),
            ]
        );
        // A creation lists every field with nothing before.
        let created = changed_fields(None, Some(r#"{"a":1}"#));
        assert_eq!(created, vec![("a".to_string(), json!(null), json!(1))]);
    }

    /// Words of two languages, as `i18n` installs them.
    struct TwoLanguages;

    impl Terms for TwoLanguages {
        fn audit_action(&self, lang: Lang, a: crate::domain::AuditAction) -> &'static str {
            match (lang, a) {
                (Lang::Id, crate::domain::AuditAction::Deactivate) => "dinonaktifkan",
                (Lang::En, crate::domain::AuditAction::Deactivate) => "deactivated",
                _ => "other",
            }
        }

        fn reason(&self, _: Lang, _: crate::domain::InactiveReason) -> &'static str {
            ""
        }
    }

    #[test]
    fn the_filter_finds_an_action_by_its_words_in_both_languages() {
        let entry = |seq, action| AuditEntry {
            seq,
            at_ms: 0,
            actor: "hr".into(),
            action,
            record: crate::domain::RecordRef {
                kind: RecordKind::Unit,
                id: 1,
            },
            before: None,
            after: None,
            reason: String::new(),
        };
        let trail = vec![
            entry(1, crate::domain::AuditAction::Create),
            entry(2, crate::domain::AuditAction::Deactivate),
        ];
        let reg = Register::from_parts(Vec::new(), Vec::new());
        let today = chrono::NaiveDate::from_ymd_opt(2026, 1, 5).expect("a date");
        let mut view = AuditView::default();
        view.load(
            &reg,
            trail.into_iter().rev().collect(),
            None,
            None,
            today,
            &TwoLanguages,
        );
        for word in ["dinonaktifkan", "DEACTIVATED"] {
            view.filter = Input::new(word.into());
            view.refilter();
            let found: Vec<u64> = view
                .matches
                .iter()
                .map(|i| view.rows[*i].entry.seq)
                .collect();
            assert_eq!(found, vec![2], "{word}");
        }
    }
}

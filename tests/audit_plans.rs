//! Plan (SKP) entries of the audit trail as an auditor reads them (issue 7 #10/#11 applied to
//! plans): worded, small, found by anyone they concern, scoped like employee entries; and an
//! entry written before the summaries (whole plans) still shows.

mod common;

use common::*;
use kinerja::app::audit::view::{AuditRow, AuditView};
use kinerja::app::plans::Command as PlanCommand;
use kinerja::app::{Command, Services};
use kinerja::domain::plan::{
    Approach, Aspect, Direction, Indicator, PerformancePlan, PlanState, PlannedResult, ResultKind,
    Target,
};
use kinerja::domain::plan_audit::{PlanAudit, PlanEdit};
use kinerja::domain::{AuditAction, AuditEntry, EmployeeId, RecordKind, RecordRef, Role, Viewer};
use kinerja::i18n::audit::{plan_lines, plan_record};
use kinerja::i18n::Lang;

const YEAR: i32 = 2026;
const YOHANES: EmployeeId = EmployeeId(1);
const MARIA: EmployeeId = EmployeeId(2);
const DANIEL: EmployeeId = EmployeeId(3);
const AGUS: EmployeeId = EmployeeId(5);

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

fn plan_of(s: &Services, e: EmployeeId) -> PerformancePlan {
    s.store
        .plans_of_employee(e, Some(YEAR))
        .unwrap()
        .pop()
        .unwrap()
}

fn indicator(text: &str, target: f64) -> Indicator {
    Indicator {
        number: 1,
        text: text.into(),
        aspect: Some(Aspect::Quantity),
        target: Target::Number(target),
        unit: "berkas".into(),
        direction: Direction::HigherBetter,
        perspective: None,
        realizations: Vec::new(),
    }
}

/// Yohanes (top of the line) drafts, writes an RHK, submits; his plan is rejected with a
/// reason and edited again (target 10 -> 12,5). Daniel gets a draft (appraiser: Maria).
fn office_with_plans(dir: &tempfile::TempDir) -> Services {
    let mut s = services_with_office(&dir.path().join("db"));
    for employee in [YOHANES, DANIEL] {
        s.execute(Command::Plans(PlanCommand::CreateDraft {
            employee,
            year: YEAR,
        }))
        .unwrap();
    }
    let mut p = plan_of(&s, YOHANES);
    p.results.push(PlannedResult {
        number: 1,
        kind: ResultKind::Main,
        text: "Pelayanan administrasi distrik tepat waktu".into(),
        parent_result: None,
        indicators: vec![indicator("Berkas layanan selesai", 10.0)],
    });
    s.execute(Command::Plans(PlanCommand::Edit {
        employee: YOHANES,
        plan: Box::new(p),
    }))
    .unwrap();
    let p = plan_of(&s, YOHANES);
    s.execute(Command::Plans(PlanCommand::Submit {
        employee: YOHANES,
        id: p.id,
        revision: p.revision,
    }))
    .unwrap();
    let p = plan_of(&s, YOHANES);
    s.execute(Command::Plans(PlanCommand::Reject {
        employee: YOHANES,
        id: p.id,
        revision: p.revision,
        reason: "Target terlalu rendah".into(),
    }))
    .unwrap();
    let mut p = plan_of(&s, YOHANES);
    p.results[0].indicators[0].target = Target::Number(12.5);
    s.execute(Command::Plans(PlanCommand::Edit {
        employee: YOHANES,
        plan: Box::new(p),
    }))
    .unwrap();
    s
}

fn rows(s: &Services, viewer: Option<&Viewer>, filter: &str) -> Vec<AuditRow> {
    audit_rows(s, viewer, filter, today())
}

/// The plan entries among `rows`, oldest first, as (employee, action).
fn plan_entries(rows: &[AuditRow]) -> Vec<(EmployeeId, AuditAction)> {
    let mut out: Vec<_> = rows
        .iter()
        .filter(|r| r.entry.record.kind == RecordKind::Plan)
        .map(|r| {
            let p = r.plan.as_ref().expect("a plan entry has a summary");
            (r.entry.seq, p.employee.employee, r.entry.action)
        })
        .collect();
    out.sort_by_key(|(seq, _, _)| *seq);
    out.into_iter().map(|(_, e, a)| (e, a)).collect()
}

fn staff(employee: EmployeeId) -> Viewer {
    Viewer {
        role: Role::Appraiser,
        employee: Some(employee),
        acting: Vec::new(),
    }
}

fn line<'a>(lines: &'a [(String, String)], label: &str) -> Option<&'a str> {
    lines
        .iter()
        .find(|(l, _)| l == label)
        .map(|(_, v)| v.as_str())
}

#[test]
fn plan_entries_are_worded_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let s = office_with_plans(&dir);
    let all = rows(&s, None, "");
    let of_yohanes: Vec<&AuditRow> = {
        let mut v: Vec<&AuditRow> = all
            .iter()
            .filter(|r| {
                r.plan
                    .as_ref()
                    .is_some_and(|p| p.employee.employee == YOHANES)
            })
            .collect();
        v.sort_by_key(|r| r.entry.seq);
        v
    };
    let actions: Vec<AuditAction> = of_yohanes.iter().map(|r| r.entry.action).collect();
    assert_eq!(
        actions,
        [
            AuditAction::Create,
            AuditAction::Update,
            AuditAction::Submit,
            AuditAction::Reject,
            AuditAction::Update
        ]
    );
    let [created, edited, submitted, rejected, retargeted] = of_yohanes[..] else {
        unreachable!()
    };
    // The record column: the year and the employee with NIP, not `#id`.
    assert_eq!(
        created.record,
        "Yohanes Gebze, S.Sos. (19750315 200003 1 002)"
    );
    assert_eq!(
        plan_record(Lang::Id, YEAR, &created.record),
        "SKP 2026 · Yohanes Gebze, S.Sos. (19750315 200003 1 002)"
    );
    assert_eq!(
        plan_record(Lang::En, YEAR, &created.record),
        "Plan (SKP) 2026 · Yohanes Gebze, S.Sos. (19750315 200003 1 002)"
    );
    let id = |r: &AuditRow| plan_lines(Lang::Id, r.plan.as_ref().unwrap());
    let en = |r: &AuditRow| plan_lines(Lang::En, r.plan.as_ref().unwrap());
    let c = id(created);
    assert_eq!(
        line(&c, "Pegawai"),
        Some("Yohanes Gebze, S.Sos. (19750315 200003 1 002)")
    );
    assert_eq!(line(&c, "Pejabat penilai"), Some("-"));
    assert_eq!(line(&c, "Tahun"), Some("2026"));
    assert_eq!(line(&c, "Status SKP"), Some("Draft (baru)"));
    assert_eq!(line(&en(created), "Plan state"), Some("Draft (new)"));
    // An edit says what changed, RHK and indicator by number.
    let e = id(edited);
    assert_eq!(
        line(&e, "RHK 1 ditambahkan (utama)"),
        Some("Pelayanan administrasi distrik tepat waktu")
    );
    assert_eq!(
        line(&e, "IKI 1.1 ditambahkan"),
        Some("Berkas layanan selesai · target: 10 berkas")
    );
    assert_eq!(
        line(&en(edited), "RHK 1 added (main)"),
        Some("Pelayanan administrasi distrik tepat waktu")
    );
    assert_eq!(line(&e, "Status SKP"), Some("Draft"));
    // The state changes, and the reason of a rejection is the entry's.
    assert_eq!(line(&id(submitted), "Status SKP"), Some("Draft → Diajukan"));
    assert_eq!(
        line(&en(submitted), "Plan state"),
        Some("Draft → Submitted")
    );
    assert_eq!(
        line(&id(rejected), "Status SKP"),
        Some("Diajukan → Ditolak")
    );
    assert_eq!(
        line(&en(rejected), "Plan state"),
        Some("Submitted → Rejected")
    );
    assert_eq!(rejected.entry.reason, "Target terlalu rendah");
    assert_eq!(
        line(&id(retargeted), "Target IKI 1.1"),
        Some("10 berkas → 12,5 berkas")
    );
    assert_eq!(
        line(&en(retargeted), "Target of indicator 1.1"),
        Some("10 berkas → 12,5 berkas")
    );
    assert_eq!(retargeted.plan.as_ref().unwrap().edits.len(), 1);
}

#[test]
fn a_plan_entry_stores_what_changed_not_the_plan_twice() {
    let dir = tempfile::tempdir().unwrap();
    let s = office_with_plans(&dir);
    let plan = plan_of(&s, YOHANES);
    let whole = serde_json::to_string(&plan).unwrap().len();
    let trail = s.store.audit_trail().unwrap();
    let submit = trail
        .iter()
        .find(|e| e.record.kind == RecordKind::Plan && e.action == AuditAction::Submit)
        .unwrap();
    assert_eq!(submit.before, None);
    let after = submit.after.as_deref().unwrap();
    // The old entries held two whole plans; a state change now holds a few people and words.
    assert!(
        after.len() * 2 < whole,
        "{} vs {whole}: {after}",
        after.len()
    );
    let summary: PlanAudit = serde_json::from_str(after).unwrap();
    assert_eq!(summary.state_before, Some(PlanState::Draft));
    assert_eq!(summary.state, PlanState::Submitted);
    assert_eq!(summary.edits, vec![]);
}

#[test]
fn plan_entries_are_found_by_everyone_they_concern() {
    let dir = tempfile::tempdir().unwrap();
    let s = office_with_plans(&dir);
    let daniel_plan = vec![(DANIEL, AuditAction::Create)];
    // Daniel's plan by his name, his NIP with and without blanks, its appraiser's name and
    // NIP (Maria), by `skp` and the year.
    for q in [
        "skp daniel",
        "skp 199601202020121004",
        "skp 19960120 202012 1 004",
        "skp maria kaize",
        "skp 198205102006042003",
        "ndiken 2026",
    ] {
        assert_eq!(plan_entries(&rows(&s, None, q)), daniel_plan, "{q}");
    }
    assert_eq!(plan_entries(&rows(&s, None, "skp agus")), vec![]);
    // The state words of both languages find the entries that reached or left a state.
    for q in ["diajukan skp", "submitted skp"] {
        assert_eq!(
            plan_entries(&rows(&s, None, q)),
            vec![
                (YOHANES, AuditAction::Submit),
                (YOHANES, AuditAction::Reject)
            ],
            "{q}"
        );
    }
    for q in ["ditolak skp", "rejected skp"] {
        assert_eq!(
            plan_entries(&rows(&s, None, q)),
            vec![
                (YOHANES, AuditAction::Reject),
                (YOHANES, AuditAction::Update)
            ],
            "{q}"
        );
    }
}

#[test]
fn plan_entries_are_scoped_like_employee_entries() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = office_with_plans(&dir);
    s.execute(Command::Plans(PlanCommand::CreateDraft {
        employee: AGUS,
        year: YEAR,
    }))
    .unwrap();
    let seen = |v: Option<&Viewer>| {
        let mut who: Vec<EmployeeId> = plan_entries(&rows(&s, v, ""))
            .into_iter()
            .map(|(e, _)| e)
            .collect();
        who.sort();
        who.dedup();
        who
    };
    // The admin sees every plan; Maria her report Daniel's (not her head's); Daniel and Agus
    // their own only.
    assert_eq!(seen(None), vec![YOHANES, DANIEL, AGUS]);
    assert_eq!(seen(Some(&staff(MARIA))), vec![DANIEL]);
    assert_eq!(seen(Some(&staff(DANIEL))), vec![DANIEL]);
    assert_eq!(seen(Some(&staff(AGUS))), vec![AGUS]);
    // Yohanes heads the line: all three are his.
    assert_eq!(seen(Some(&staff(YOHANES))), vec![YOHANES, DANIEL, AGUS]);
}

/// Entries written before the summaries hold the whole plan before and after; they keep
/// showing, worded the same way.
#[test]
fn an_old_whole_plan_entry_still_shows() {
    let dir = tempfile::tempdir().unwrap();
    let s = office_with_plans(&dir);
    let after = plan_of(&s, YOHANES);
    let mut before = after.clone();
    before.results[0].indicators[0].target = Target::Number(10.0);
    before.approach = Approach::Quantitative;
    let old = AuditEntry {
        seq: 1,
        at_ms: NOW_MS,
        actor: "maria".into(),
        action: AuditAction::Update,
        record: RecordRef {
            kind: RecordKind::Plan,
            id: after.id.0,
        },
        before: Some(serde_json::to_string(&before).unwrap()),
        after: Some(serde_json::to_string(&after).unwrap()),
        reason: String::new(),
    };
    let mut v = AuditView::default();
    v.load(
        &s.register,
        vec![old],
        Some(&staff(YOHANES)),
        None,
        today(),
        &kinerja::i18n::common::Words,
    );
    v.filter = tui_input::Input::new("skp 197503152000031002".into());
    v.refilter();
    assert_eq!(v.matches.len(), 1);
    let row = &v.rows[v.matches[0]];
    let p = row.plan.as_ref().expect("summarised from the whole plans");
    assert_eq!(p.year, YEAR);
    assert_eq!(p.employee.employee, YOHANES);
    assert!(matches!(
        p.edits[..],
        [PlanEdit::Target {
            result: 1,
            number: 1,
            ..
        }]
    ));
    let lines = plan_lines(Lang::Id, p);
    assert_eq!(
        line(&lines, "Target IKI 1.1"),
        Some("10 berkas → 12,5 berkas")
    );
    // Edited after the rejection: still Ditolak.
    assert_eq!(line(&lines, "Status SKP"), Some("Ditolak"));
    // Maria is not in Yohanes' line: she does not see it.
    let mut v = AuditView::default();
    v.load(
        &s.register,
        s.store.audit_trail().unwrap(),
        Some(&staff(MARIA)),
        None,
        today(),
        &kinerja::i18n::common::Words,
    );
    assert!(v.rows.iter().all(|r| r
        .plan
        .as_ref()
        .is_none_or(|p| p.employee.employee != YOHANES)));
}

/// A long plan entry scrolls in the detail pane (`J`/`K`): within its lines, back to the top
/// when the selection moves.
#[test]
fn the_detail_pane_scrolls_through_a_long_plan_entry() {
    let dir = tempfile::tempdir().unwrap();
    let s = office_with_plans(&dir);
    let mut v = AuditView::default();
    v.load(
        &s.register,
        s.store.audit_trail().unwrap().into_iter().rev().collect(),
        None,
        None,
        today(),
        &kinerja::i18n::common::Words,
    );
    v.filter = tui_input::Input::new("skp yohanes".into());
    v.refilter();
    // Newest first: the retarget (1 edit), the rejection, the submission, the RHK (2 edits).
    v.move_by(3);
    assert_eq!(v.current().unwrap().entry.action, AuditAction::Update);
    assert_eq!(v.current().unwrap().plan.as_ref().unwrap().edits.len(), 2);
    v.scroll_detail(1);
    v.scroll_detail(1);
    assert_eq!(v.detail_offset, 2);
    v.scroll_detail(-1);
    assert_eq!(v.detail_offset, 1);
    // At most to its last line (people, year, state, reason, 2 edits: 8 lines).
    for _ in 0..50 {
        v.scroll_detail(1);
    }
    assert_eq!(v.detail_offset, 7);
    v.move_by(-1);
    assert_eq!(v.detail_offset, 0);
}

//! Plans (SKP) and periods in the store: one record per plan, revisions, the plan indexes
//! (employee by year, appraiser's team, links for the cascade), audit entries, bulk import.

mod store_support;

use kinerja::domain::plan::{
    Evidence, Period, PeriodState, PlanId, PlanState, Realization, RealizedValue, ResultRef,
};
use kinerja::domain::{AuditAction, EmployeeId, OfficeSettings, RecordKind};
use kinerja::store::{Change, Record, Store, StoreError};
use store_support::*;

fn ids(plans: &[kinerja::domain::plan::PerformancePlan]) -> Vec<u64> {
    plans.iter().map(|p| p.id.0).collect()
}

#[test]
fn a_plan_is_saved_read_and_audited_with_its_revision() {
    let (_dir, path) = temp_db();
    let store = Store::open(&path).unwrap();
    let p = plan(1, 2, Some(1), 2025, &[Some((9, 1)), None]);
    let (saved, entry) = store
        .save_plan("maria", 10, p.clone(), AuditAction::Create, "")
        .unwrap();
    assert_eq!(saved.revision, 1);
    assert_eq!(store.plan(PlanId(1)).unwrap(), Some(saved.clone()));
    assert_eq!(entry.record.kind, RecordKind::Plan);
    assert_eq!(entry.record.id, 1);
    assert_eq!(entry.before, None);
    assert!(entry.after.as_deref().unwrap().contains("RHK 1 pegawai 2"));

    // Approve it and record a realisation: the next save is revision 2, audited with before.
    let mut next = saved.clone();
    next.state = PlanState::Approved;
    next.record_realization(
        1,
        2,
        4,
        Realization {
            segment: 1,
            value: RealizedValue::Number(142.0),
            evidence: Evidence {
                description: "142 dari 150 berkas selesai".into(),
                location: "https://drive.example/q1".into(),
            },
            feedback: "tingkatkan ketelitian".into(),
        },
    )
    .unwrap();
    let (again, entry) = store
        .save_plan(
            "yohanes",
            11,
            next.clone(),
            AuditAction::Update,
            "disetujui",
        )
        .unwrap();
    assert_eq!(again.revision, 2);
    assert_eq!(entry.reason, "disetujui");
    // The entry holds what changed, not the plan twice (`domain::plan_audit`).
    assert_eq!(entry.before, None);
    let after: kinerja::domain::plan_audit::PlanAudit =
        serde_json::from_str(entry.after.as_deref().unwrap()).unwrap();
    assert_eq!(
        after,
        kinerja::domain::plan_audit::PlanAudit::between(Some(&saved), &again)
    );
    assert_eq!(after.state_before, Some(PlanState::Draft));
    assert_eq!(after.state, PlanState::Approved);
    assert!(matches!(
        after.edits[..],
        [kinerja::domain::plan_audit::PlanEdit::Realization {
            result: 1,
            number: 2,
            segment: 1,
            before: None,
            after: Some(RealizedValue::Number(_)),
        }]
    ));
    drop(store);

    let store = Store::open(&path).unwrap();
    let back = store.plan(PlanId(1)).unwrap().unwrap();
    assert_eq!(back, again);
    let r = &back.results[0].indicators[1].realizations[0];
    assert_eq!(r.value, RealizedValue::Number(142.0));
    assert_eq!(r.feedback, "tingkatkan ketelitian");
    assert_eq!(store.audit_trail().unwrap().len(), 2);
    drop(store);
    // One key for the plan record, whatever its RHKs, indicators and realisations.
    let plan_keys = dump(&path)
        .iter()
        .filter(|(tree, k, _)| tree == "data" && k.first() == Some(&b'R'))
        .count();
    assert_eq!(plan_keys, 1);
}

#[test]
fn a_stale_revision_is_refused_and_nothing_is_written() {
    let (_dir, path) = temp_db();
    let store = Store::open(&path).unwrap();
    let p = plan(1, 2, Some(1), 2025, &[None]);
    let (saved, _) = store
        .save_plan("maria", 1, p.clone(), AuditAction::Create, "")
        .unwrap();
    // A second terminal still holds revision 0.
    let mut other = p.clone();
    other.results.clear();
    let err = store
        .save_plan("agus", 2, other, AuditAction::Update, "")
        .unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::StaleRevision {
                kind: RecordKind::Plan,
                id: 1,
                expected: 0,
                found: Some(1),
                by: None,
            }
        ),
        "{err:?}"
    );
    assert_eq!(store.plan(PlanId(1)).unwrap(), Some(saved));
    assert_eq!(store.audit_trail().unwrap().len(), 1);
    // A "new" plan that claims a revision is stale too.
    let mut ghost = plan(2, 3, Some(1), 2025, &[None]);
    ghost.revision = 4;
    assert!(matches!(
        store.save_plan("agus", 3, ghost, AuditAction::Create, ""),
        Err(StoreError::StaleRevision { found: None, .. })
    ));
    assert_eq!(store.plan(PlanId(2)).unwrap(), None);
    // A plan of id 0 is refused.
    assert!(matches!(
        store.save_plan(
            "agus",
            3,
            plan(0, 3, None, 2025, &[]),
            AuditAction::Create,
            ""
        ),
        Err(StoreError::MissingId {
            kind: RecordKind::Plan
        })
    ));
}

#[test]
fn plans_are_found_by_employee_year_and_appraiser() {
    let (_dir, path) = temp_db();
    let store = Store::open(&path).unwrap();
    let mut first = plan(3, 2, Some(1), 2025, &[None]);
    first.to = chrono::NaiveDate::from_ymd_opt(2025, 6, 30).unwrap();
    let mut second = plan(4, 2, Some(5), 2025, &[None]);
    second.from = chrono::NaiveDate::from_ymd_opt(2025, 7, 1).unwrap();
    let changes = [
        plan(1, 2, Some(1), 2024, &[None]),
        first,
        second,
        plan(2, 7, Some(1), 2025, &[None]),
        plan(5, 8, Some(1), 2024, &[None]),
    ]
    .into_iter()
    .map(|p| Change {
        record: Record::Plan(Box::new(p)),
        action: AuditAction::Create,
        reason: String::new(),
    })
    .collect();
    store.commit("agus", 1, changes).unwrap();

    let emp = EmployeeId(2);
    assert_eq!(ids(&store.plans_of_employee(emp, None).unwrap()), [1, 3, 4]);
    assert_eq!(
        ids(&store.plans_of_employee(emp, Some(2025)).unwrap()),
        [3, 4]
    );
    assert_eq!(
        ids(&store.plans_of_employee(emp, Some(2023)).unwrap()),
        [] as [u64; 0]
    );
    assert_eq!(ids(&store.team_plans(EmployeeId(1), 2025).unwrap()), [2, 3]);
    assert_eq!(ids(&store.team_plans(EmployeeId(1), 2024).unwrap()), [1, 5]);
    assert_eq!(ids(&store.team_plans(EmployeeId(5), 2025).unwrap()), [4]);

    // A new appraiser moves the plan from one team to the other.
    let mut moved = store.plan(PlanId(2)).unwrap().unwrap();
    moved.appraiser = store.plan(PlanId(4)).unwrap().unwrap().appraiser;
    store
        .save_plan("agus", 2, moved, AuditAction::Update, "atasan baru")
        .unwrap();
    assert_eq!(ids(&store.team_plans(EmployeeId(1), 2025).unwrap()), [3]);
    assert_eq!(ids(&store.team_plans(EmployeeId(5), 2025).unwrap()), [2, 4]);
    assert_eq!(store.next_id(RecordKind::Plan).unwrap(), 6);
}

#[test]
fn the_cascade_reads_through_the_link_index() {
    let (_dir, path) = temp_db();
    let store = Store::open(&path).unwrap();
    // Pak Yohanes (1): plan 1 with RHKs 1, 2, 3. Maria (2) links to 1 and 1; Agus (3) to 3.
    let plans = vec![
        plan(1, 1, None, 2025, &[None, None, None]),
        plan(2, 2, Some(1), 2025, &[Some((1, 1)), Some((1, 1))]),
        plan(3, 3, Some(1), 2025, &[Some((1, 3))]),
        plan(4, 4, Some(1), 2024, &[Some((1, 2))]),
    ];
    store
        .import_plans("cli:agus", 1, plans, AuditAction::Import, "")
        .unwrap();
    assert_eq!(ids(&store.plans_linking_to(PlanId(1)).unwrap()), [2, 3, 4]);

    let rows = store.cascade(EmployeeId(1), 2025).unwrap();
    let shape: Vec<(u16, Vec<(u64, u16)>)> = rows
        .iter()
        .map(|r| {
            (
                r.result.number,
                r.contributors
                    .iter()
                    .map(|c| (c.employee.0, c.result.number))
                    .collect(),
            )
        })
        .collect();
    // Plan 4 links into plan 1 too (a wrong year, which the linking rule refuses at submit);
    // the cascade shows what is stored.
    assert_eq!(
        shape,
        [
            (1, vec![(2, 1), (2, 2)]),
            (2, vec![(4, 1)]),
            (3, vec![(3, 1)]),
        ]
    );

    // Agus's RHK is unlinked: plan 3 leaves the link index, RHK 3 is unsupported.
    let mut agus = store.plan(PlanId(3)).unwrap().unwrap();
    agus.results[0].parent_result = None;
    store
        .save_plan("maria", 2, agus, AuditAction::Update, "")
        .unwrap();
    assert_eq!(ids(&store.plans_linking_to(PlanId(1)).unwrap()), [2, 4]);
    let rows = store.cascade(EmployeeId(1), 2025).unwrap();
    assert_eq!(
        kinerja::domain::plan::cascade::unsupported(&rows),
        [ResultRef {
            plan: PlanId(1),
            number: 3
        }]
    );
}

#[test]
fn periods_are_stored_by_year_and_audited() {
    let (_dir, path) = temp_db();
    let store = Store::open(&path).unwrap();
    let settings = OfficeSettings::default();
    let p2025 = Period::new(2025, &settings).unwrap();
    let mut p2024 = Period::new(2024, &settings).unwrap();
    let save = |p: &Period, action| {
        store
            .commit(
                "agus",
                1,
                vec![Change {
                    record: Record::Period(p.clone()),
                    action,
                    reason: String::new(),
                }],
            )
            .unwrap()
    };
    save(&p2025, AuditAction::Create);
    let entries = save(&p2024, AuditAction::Create);
    assert_eq!(entries[0].record.kind, RecordKind::Period);
    assert_eq!(entries[0].record.id, 2024);
    p2024.move_to(PeriodState::Running).unwrap();
    let entries = save(&p2024, AuditAction::Update);
    assert!(entries[0].before.as_deref().unwrap().contains("Planning"));
    assert!(entries[0].after.as_deref().unwrap().contains("Running"));
    assert_eq!(store.period(2024).unwrap(), Some(p2024.clone()));
    p2024.move_to(PeriodState::Evaluation).unwrap();
    let entry = store
        .save_period("agus", 2, p2024.clone(), AuditAction::Update, "akhir tahun")
        .unwrap();
    assert_eq!(
        (entry.record.id, entry.reason.as_str()),
        (2024, "akhir tahun")
    );
    assert_eq!(store.period(2026).unwrap(), None);
    assert_eq!(store.periods().unwrap(), [p2024, p2025]);
}

#[test]
fn a_bulk_import_is_all_or_nothing() {
    let (_dir, path) = temp_db();
    let store = Store::open(&path).unwrap();
    // 300 plans: over the large-commit threshold, so written under the undo journal.
    let mut plans: Vec<_> = (1..=300)
        .rev()
        .map(|id| plan(id, id + 1, Some(1), 2025, &[None, None]))
        .collect();
    plans[10].revision = 7; // stale: refuses the whole import
    let err = store
        .import_plans("cli:agus", 1, plans.clone(), AuditAction::Import, "")
        .unwrap_err();
    assert!(matches!(err, StoreError::StaleRevision { .. }), "{err:?}");
    assert_eq!(store.team_plans(EmployeeId(1), 2025).unwrap(), []);
    assert_eq!(store.audit_trail().unwrap(), []);

    plans[10].revision = 0;
    let entries = store
        .import_plans("cli:agus", 1, plans, AuditAction::Import, "impor skp.csv")
        .unwrap();
    assert_eq!(entries.len(), 300);
    // Written in plan-id order.
    assert_eq!(entries[0].record.id, 1);
    assert_eq!(entries[299].record.id, 300);
    let team = store.team_plans(EmployeeId(1), 2025).unwrap();
    assert_eq!(team.len(), 300);
    assert!(team.iter().all(|p| p.revision == 1));
    assert_eq!(
        ids(&store.plans_of_employee(EmployeeId(151), None).unwrap()),
        [150]
    );
}

/// The submitted-plans index agrees with the plans: what `submitted_team_plans` returns is
/// exactly the team's plans in state Diajukan, after single saves and a bulk import.
fn assert_submitted_index_agrees(store: &Store, appraiser: u64, year: i32) {
    let want: Vec<u64> = store
        .team_plans(EmployeeId(appraiser), year)
        .unwrap()
        .into_iter()
        .filter(|p| p.state == PlanState::Submitted)
        .map(|p| p.id.0)
        .collect();
    assert_eq!(
        ids(&store
            .submitted_team_plans(EmployeeId(appraiser), year)
            .unwrap()),
        want
    );
}

#[test]
fn the_submitted_index_follows_saves_and_imports() {
    let (_dir, path) = temp_db();
    let store = Store::open(&path).unwrap();
    let (draft, _) = store
        .save_plan(
            "maria",
            1,
            plan(1, 2, Some(1), 2025, &[None]),
            AuditAction::Create,
            "",
        )
        .unwrap();
    store
        .save_plan(
            "maria",
            1,
            plan(2, 3, Some(1), 2025, &[None]),
            AuditAction::Create,
            "",
        )
        .unwrap();
    assert_eq!(
        ids(&store.submitted_team_plans(EmployeeId(1), 2025).unwrap()),
        [] as [u64; 0]
    );

    let mut submitted = draft;
    submitted.state = PlanState::Submitted;
    let (submitted, _) = store
        .save_plan("maria", 2, submitted, AuditAction::Submit, "")
        .unwrap();
    assert_eq!(
        ids(&store.submitted_team_plans(EmployeeId(1), 2025).unwrap()),
        [1]
    );
    assert_eq!(
        ids(&store.submitted_team_plans(EmployeeId(1), 2024).unwrap()),
        [] as [u64; 0]
    );
    assert_submitted_index_agrees(&store, 1, 2025);

    // Another appraiser takes it while it waits: it waits for them now.
    let mut moved = submitted;
    moved.appraiser = plan(9, 2, Some(5), 2025, &[None]).appraiser;
    let (moved, _) = store
        .save_plan("agus", 3, moved, AuditAction::Update, "atasan baru")
        .unwrap();
    assert_eq!(
        ids(&store.submitted_team_plans(EmployeeId(1), 2025).unwrap()),
        [] as [u64; 0]
    );
    assert_eq!(
        ids(&store.submitted_team_plans(EmployeeId(5), 2025).unwrap()),
        [1]
    );

    let mut approved = moved;
    approved.state = PlanState::Approved;
    store
        .save_plan("yohanes", 4, approved, AuditAction::Approve, "")
        .unwrap();
    assert_eq!(
        ids(&store.submitted_team_plans(EmployeeId(5), 2025).unwrap()),
        [] as [u64; 0]
    );
    assert_submitted_index_agrees(&store, 5, 2025);

    // A bulk import (journaled path) indexes its submitted plans too.
    let plans: Vec<_> = (10..=309)
        .map(|id| {
            let mut p = plan(id, id + 1, Some(1), 2026, &[None]);
            if id % 100 == 0 {
                p.state = PlanState::Submitted;
            }
            p
        })
        .collect();
    store
        .import_plans("cli:agus", 5, plans, AuditAction::Import, "")
        .unwrap();
    assert_eq!(
        ids(&store.submitted_team_plans(EmployeeId(1), 2026).unwrap()),
        [100, 200, 300]
    );
    assert_submitted_index_agrees(&store, 1, 2026);
    assert_submitted_index_agrees(&store, 1, 2025);
}

#[test]
fn the_cascade_takes_linked_plans_it_is_given_and_reads_the_rest() {
    let (_dir, path) = temp_db();
    let store = Store::open(&path).unwrap();
    let plans = vec![
        plan(1, 1, None, 2025, &[None, None]),
        plan(2, 2, Some(1), 2025, &[Some((1, 1))]),
        plan(3, 3, Some(1), 2025, &[Some((1, 2))]),
        plan(4, 4, Some(1), 2025, &[None]),
    ];
    store
        .import_plans("cli:agus", 1, plans, AuditAction::Import, "")
        .unwrap();
    let stored = store.cascade(EmployeeId(1), 2025).unwrap();

    // Given as read for the screen: the same rows come out.
    let team = store.team_plans(EmployeeId(1), 2025).unwrap();
    let known: Vec<_> = team.iter().collect();
    assert_eq!(
        store.cascade_reusing(EmployeeId(1), 2025, &known).unwrap(),
        stored
    );

    // A given plan is used as given (not read again); one not given (plan 3) is read, and a
    // given plan that does not link (plan 4) adds nothing.
    let mut maria = store.plan(PlanId(2)).unwrap().unwrap();
    maria.results[0].text = "RHK seperti dibaca layar".into();
    let other = store.plan(PlanId(4)).unwrap().unwrap();
    let rows = store
        .cascade_reusing(EmployeeId(1), 2025, &[&maria, &other])
        .unwrap();
    let texts: Vec<Vec<&str>> = rows
        .iter()
        .map(|r| r.contributors.iter().map(|c| c.text.as_str()).collect())
        .collect();
    assert_eq!(
        texts,
        [vec!["RHK seperti dibaca layar"], vec!["RHK 1 pegawai 3"]]
    );
}

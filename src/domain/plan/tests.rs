//! Tests of the plan operations across files: state machine, validation, linking, copy,
//! bulk assignment, cascade, progress.

use chrono::NaiveDate;

use super::*;
use crate::domain::ruledata::{CoreValue, OfficeSettings};
use crate::domain::{EmployeeId, EmployeeKind, Grade, Nip, PnsRank, PositionKind, UnitId};

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn person(id: u64, name: &str, kind: PositionKind) -> PersonSnapshot {
    PersonSnapshot {
        employee: EmployeeId(id),
        name: name.into(),
        nip: Nip::parse(&format!("198001012005011{id:03}"), EmployeeKind::Pns).unwrap(),
        grade: Grade::Pns(PnsRank::IIIA),
        position: "Analis".into(),
        position_kind: kind,
        unit: UnitId(1),
        unit_name: "Distrik Salor".into(),
    }
}

fn indicator(number: u16, target: Target) -> Indicator {
    Indicator {
        number,
        text: format!("Jumlah berkas {number}"),
        aspect: Some(Aspect::Quantity),
        target,
        unit: "berkas".into(),
        direction: Direction::HigherBetter,
        perspective: None,
        realizations: Vec::new(),
    }
}

fn rhk(number: u16, text: &str, parent: Option<ResultRef>) -> PlannedResult {
    PlannedResult {
        number,
        kind: ResultKind::Main,
        text: text.into(),
        parent_result: parent,
        indicators: vec![
            indicator(1, Target::Number(150.0)),
            indicator(2, Target::Range { min: 7.0, max: 8.0 }),
        ],
    }
}

fn plan(id: u64, emp: u64, name: &str, results: Vec<PlannedResult>) -> PerformancePlan {
    let mut p = PerformancePlan::new_draft(
        PlanId(id),
        2025,
        ymd(2025, 1, 1),
        ymd(2025, 12, 31),
        person(emp, name, PositionKind::Pelaksana),
        Approach::Quantitative,
    );
    p.results = results;
    p
}

/// Pak Yohanes's plan (top of the line in the office): two RHKs.
fn head_plan() -> PerformancePlan {
    let mut p = plan(
        1,
        1,
        "Yohanes",
        vec![
            rhk(1, "Layanan kependudukan", None),
            rhk(2, "Laporan keuangan", None),
        ],
    );
    p.employee.position_kind = PositionKind::Administrator;
    p
}

fn link(plan: u64, number: u16) -> Option<ResultRef> {
    Some(ResultRef {
        plan: PlanId(plan),
        number,
    })
}

fn real(segment: u8, v: f64, feedback: &str) -> Realization {
    Realization {
        segment,
        value: RealizedValue::Number(v),
        evidence: Evidence {
            description: "142 dari 150 berkas selesai".into(),
            location: "\\\\server\\bersama\\q1.xlsx".into(),
        },
        feedback: feedback.into(),
    }
}

// --- state machine ---

#[test]
fn draft_submitted_approved() {
    let sup = [head_plan()];
    let mut p = plan(2, 2, "Maria", vec![rhk(1, "Berkas selesai", link(1, 1))]);
    assert!(p.state.is_editable());
    assert_eq!(
        p.approve(),
        Err(PlanError::WrongState {
            action: PlanAction::Approve,
            state: PlanState::Draft
        })
    );
    assert_eq!(p.submit(&sup, false), Ok(()));
    assert_eq!(p.state, PlanState::Submitted);
    assert!(p.ensure_editable().is_err());
    assert!(p.submit(&sup, false).is_err());
    assert_eq!(p.approve(), Ok(()));
    assert_eq!(p.state, PlanState::Approved);
    assert_eq!(
        p.ensure_editable(),
        Err(PlanError::WrongState {
            action: PlanAction::Edit,
            state: PlanState::Approved
        })
    );
    assert!(p.reject("x").is_err());
}

#[test]
fn rejected_with_reason_is_editable_and_resubmittable() {
    let sup = [head_plan()];
    let mut p = plan(2, 2, "Maria", vec![rhk(1, "Berkas selesai", link(1, 1))]);
    p.submit(&sup, false).unwrap();
    assert_eq!(p.reject("  "), Err(PlanError::ReasonRequired));
    assert_eq!(p.state, PlanState::Submitted);
    assert_eq!(p.reject(" target terlalu rendah "), Ok(()));
    assert_eq!(
        p.state,
        PlanState::Rejected {
            reason: "target terlalu rendah".into()
        }
    );
    assert_eq!(p.ensure_editable(), Ok(()));
    assert_eq!(p.submit(&sup, false), Ok(()));
}

#[test]
fn reopen_needs_a_reason_and_an_approved_plan() {
    let sup = [head_plan()];
    let mut p = plan(2, 2, "Maria", vec![rhk(1, "Berkas selesai", link(1, 1))]);
    assert_eq!(
        p.reopen("perubahan tugas"),
        Err(PlanError::WrongState {
            action: PlanAction::Reopen,
            state: PlanState::Draft
        })
    );
    p.submit(&sup, false).unwrap();
    p.approve().unwrap();
    assert_eq!(p.reopen(""), Err(PlanError::ReasonRequired));
    assert_eq!(p.state, PlanState::Approved);
    assert_eq!(p.reopen("perubahan tugas"), Ok(()));
    assert_eq!(p.state, PlanState::Draft);
}

// --- validation ---

#[test]
fn incomplete_plans_are_refused_naming_the_rhk() {
    let mut p = plan(2, 2, "Maria", vec![]);
    assert_eq!(p.submit(&[], true), Err(PlanError::NoResults));
    p.results = vec![rhk(1, "A", None), rhk(1, "B", None)];
    assert_eq!(
        p.submit(&[], true),
        Err(PlanError::DuplicateResult { result: 1 })
    );
    p.results = vec![rhk(1, "A", None), rhk(2, " ", None)];
    assert_eq!(
        p.submit(&[], true),
        Err(PlanError::EmptyResult { result: 2 })
    );
    p.results[1].text = "B".into();
    p.results[1].indicators.clear();
    assert_eq!(
        p.submit(&[], true),
        Err(PlanError::NoIndicators { result: 2 })
    );
    p.results[1] = rhk(2, "B", None);
    p.results[1].indicators[1].aspect = None;
    assert_eq!(
        p.submit(&[], true),
        Err(PlanError::MissingAspect {
            result: 2,
            indicator: 2
        })
    );
    p.results[1].indicators[1] = indicator(2, Target::Narrative("baik".into()));
    assert_eq!(
        p.submit(&[], true),
        Err(PlanError::TargetMismatch {
            result: 2,
            indicator: 2
        })
    );
    p.results[1].indicators[1] = indicator(2, Target::Number(3.0));
    p.results[1].indicators[0].text = String::new();
    assert_eq!(
        p.submit(&[], true),
        Err(PlanError::EmptyIndicator {
            result: 2,
            indicator: 1
        })
    );
    p.results[1] = rhk(2, "B", None);
    p.to = ymd(2026, 1, 1);
    assert!(matches!(
        p.submit(&[], true),
        Err(PlanError::BadDates { .. })
    ));
    p.to = ymd(2025, 6, 30);
    assert_eq!(p.submit(&[], true), Ok(()));
}

#[test]
fn qualitative_plans_take_narratives_and_jpt_needs_perspectives() {
    let mut p = plan(2, 2, "Maria", vec![rhk(1, "A", None)]);
    p.approach = Approach::Qualitative;
    assert_eq!(
        p.submit(&[], true),
        Err(PlanError::TargetMismatch {
            result: 1,
            indicator: 1
        })
    );
    for ind in &mut p.results[0].indicators {
        ind.target = Target::Narrative("Laporan diterima tepat waktu".into());
        ind.aspect = None;
        ind.text = String::new();
    }
    assert_eq!(p.submit(&[], true), Ok(()));

    let mut jpt = plan(3, 3, "Kepala Dinas", vec![rhk(1, "Indeks layanan", None)]);
    jpt.employee.position_kind = PositionKind::JptPratama;
    assert_eq!(
        jpt.submit(&[], false),
        Err(PlanError::MissingPerspective {
            result: 1,
            indicator: 1
        })
    );
    for ind in &mut jpt.results[0].indicators {
        ind.perspective = Some(Perspective::ServiceRecipients);
    }
    // JPT: no link needed even below the top of the line.
    assert_eq!(jpt.submit(&[], false), Ok(()));
}

#[test]
fn switching_the_approach_keeps_what_was_typed() {
    use approach::{fits, switch_approach};
    let mut p = plan(2, 2, "Maria", vec![rhk(1, "A", None)]);
    p.results[0].indicators[1].unit = "bulan".into();
    p.results[0].indicators.push(Indicator {
        unit: String::new(),
        ..indicator(3, Target::Number(12.5))
    });
    // Kuantitatif -> kualitatif: each target becomes its narrative, aspects go.
    let q = switch_approach(&p, Approach::Qualitative);
    assert_eq!(q.approach, Approach::Qualitative);
    let inds = &q.results[0].indicators;
    assert_eq!(inds[0].target, Target::Narrative("150 berkas".into()));
    assert_eq!(inds[1].target, Target::Narrative("7-8 bulan".into()));
    assert_eq!(inds[2].target, Target::Narrative("12,5".into()));
    assert!(inds.iter().all(|i| i.unit.is_empty() && i.aspect.is_none()));
    assert!(inds.iter().all(|i| fits(i, Approach::Qualitative, false)));
    assert_eq!(q.clone().submit(&[], true), Ok(()));
    // And back: numbers and units return; the aspect is to be chosen again.
    let mut back = switch_approach(&q, Approach::Quantitative);
    back.results[0].indicators[1].text = "x".into();
    let inds = &back.results[0].indicators;
    assert_eq!(inds[0].target, Target::Number(150.0));
    assert_eq!(inds[0].unit, "berkas");
    assert_eq!(inds[1].target, Target::Range { min: 7.0, max: 8.0 });
    assert_eq!(inds[1].unit, "bulan");
    assert_eq!(inds[2].target, Target::Number(12.5));
    assert_eq!(inds[2].unit, "");
    assert!(inds.iter().all(|i| i.aspect.is_none()));
    assert!(!fits(&inds[0], Approach::Quantitative, false));
    assert_eq!(
        back.submit(&[], true),
        Err(PlanError::MissingAspect {
            result: 1,
            indicator: 1
        })
    );
    // A narrative that is no number stays, flagged, and submitting names it.
    let mut n = q.clone();
    n.results[0].indicators[0].target = Target::Narrative("Laporan tepat waktu".into());
    let mut k = switch_approach(&n, Approach::Quantitative);
    assert_eq!(
        k.results[0].indicators[0].target,
        Target::Narrative("Laporan tepat waktu".into())
    );
    for i in &mut k.results[0].indicators {
        i.aspect = Some(Aspect::Quantity);
    }
    assert!(!fits(
        &k.results[0].indicators[0],
        Approach::Quantitative,
        false
    ));
    assert!(fits(
        &k.results[0].indicators[1],
        Approach::Quantitative,
        false
    ));
    assert_eq!(
        k.submit(&[], true),
        Err(PlanError::TargetMismatch {
            result: 1,
            indicator: 1
        })
    );
    // The same approach changes nothing; JPT also asks for a perspective.
    assert_eq!(switch_approach(&p, Approach::Quantitative), p);
    assert!(!fits(
        &p.results[0].indicators[0],
        Approach::Quantitative,
        true
    ));
    let mut with = p.results[0].indicators[0].clone();
    with.perspective = Some(Perspective::Budget);
    assert!(fits(&with, Approach::Quantitative, true));
}

// --- linking rule ---

#[test]
fn every_rhk_links_to_the_supervisors_plan_of_the_same_year() {
    let sup = head_plan();
    let mut last_year = head_plan();
    last_year.id = PlanId(9);
    last_year.year = 2024;
    let p = plan(
        2,
        2,
        "Maria",
        vec![
            rhk(1, "A", link(1, 2)),
            rhk(2, "B", None),
            rhk(3, "C", link(1, 7)),
            rhk(4, "D", link(9, 1)),
        ],
    );
    let sups = [sup, last_year];
    assert_eq!(
        linking::problems(&p, &sups, false),
        [
            PlanError::Unlinked { result: 2 },
            PlanError::UnknownParent {
                result: 3,
                parent: ResultRef {
                    plan: PlanId(1),
                    number: 7
                }
            },
            PlanError::UnknownParent {
                result: 4,
                parent: ResultRef {
                    plan: PlanId(9),
                    number: 1
                }
            },
        ]
    );
    let mut q = p.clone();
    assert_eq!(
        q.submit(&sups, false),
        Err(PlanError::Unlinked { result: 2 })
    );
    assert_eq!(q.state, PlanState::Draft);
    // At the top of the line no link is asked for.
    assert!(linking::problems(&p, &sups, true).is_empty());
}

// --- realisation ---

#[test]
fn realisation_only_in_approved_plans_one_per_segment() {
    let sup = [head_plan()];
    let mut p = plan(2, 2, "Maria", vec![rhk(1, "Berkas selesai", link(1, 1))]);
    assert!(matches!(
        p.record_realization(1, 1, 4, real(1, 142.0, "")),
        Err(PlanError::WrongState {
            action: PlanAction::RecordRealization,
            ..
        })
    ));
    p.submit(&sup, false).unwrap();
    p.approve().unwrap();
    assert_eq!(p.record_realization(1, 1, 4, real(2, 100.0, "")), Ok(()));
    assert_eq!(
        p.record_realization(1, 1, 4, real(1, 142.0, "bagus")),
        Ok(())
    );
    assert_eq!(
        p.record_realization(1, 1, 4, real(1, 145.0, "lebih baik")),
        Ok(())
    );
    let segs: Vec<(u8, Option<f64>)> = p.results[0].indicators[0]
        .realizations
        .iter()
        .map(|r| (r.segment, r.value.number()))
        .collect();
    assert_eq!(segs, [(1, Some(145.0)), (2, Some(100.0))]);
    assert_eq!(
        p.record_realization(1, 1, 4, real(5, 1.0, "")),
        Err(PlanError::BadSegment {
            segment: 5,
            segments: 4
        })
    );
    assert_eq!(
        p.record_realization(3, 1, 4, real(1, 1.0, "")),
        Err(PlanError::UnknownResult { result: 3 })
    );
    assert_eq!(
        p.record_realization(1, 9, 4, real(1, 1.0, "")),
        Err(PlanError::UnknownIndicator {
            result: 1,
            indicator: 9
        })
    );
    let mut text = real(1, 0.0, "");
    text.value = RealizedValue::Text("selesai".into());
    assert_eq!(
        p.record_realization(1, 1, 4, text),
        Err(PlanError::ValueMismatch {
            result: 1,
            indicator: 1
        })
    );
}

// --- copy last year's plan ---

#[test]
fn copy_keeps_chosen_rhks_drops_links_and_realisations() {
    let mut prev = plan(
        5,
        2,
        "Maria",
        vec![
            rhk(1, "A", link(9, 1)),
            rhk(2, "B", link(9, 2)),
            rhk(3, "C", None),
        ],
    );
    prev.year = 2024;
    prev.state = PlanState::Approved;
    prev.results[0].indicators[0]
        .realizations
        .push(real(1, 3.0, "ok"));
    prev.leader_expectations
        .insert(CoreValue::Loyal, "Menjaga rahasia".into());
    prev.annex.resources.push("Laptop".into());
    let new = copy::copy_as_draft(
        &prev,
        copy::CopyRequest {
            id: PlanId(20),
            year: 2025,
            from: ymd(2025, 1, 1),
            to: ymd(2025, 12, 31),
            employee: person(2, "Maria Gebze", PositionKind::Pengawas),
            appraiser: Some(person(1, "Yohanes", PositionKind::Administrator)),
            appraiser_superior: None,
            keep: &[3, 1, 42],
        },
    );
    assert_eq!(new.id, PlanId(20));
    assert_eq!(
        (new.year, new.revision, new.state.clone()),
        (2025, 0, PlanState::Draft)
    );
    let kept: Vec<(u16, &str, Option<ResultRef>)> = new
        .results
        .iter()
        .map(|r| (r.number, r.text.as_str(), r.parent_result))
        .collect();
    assert_eq!(kept, [(1, "A", None), (3, "C", None)]);
    assert!(new
        .results
        .iter()
        .flat_map(|r| &r.indicators)
        .all(|i| i.realizations.is_empty()));
    assert_eq!(new.results[0].indicators, {
        let mut i = prev.results[0].indicators.clone();
        i[0].realizations.clear();
        i
    });
    assert_eq!(new.employee.name, "Maria Gebze");
    assert_eq!(new.expectation_shown(CoreValue::Loyal), "Menjaga rahasia");
    assert_eq!(new.expectation_shown(CoreValue::Adaptive), "-");
    assert_eq!(new.annex.resources, ["Laptop"]);
    // The previous plan is untouched.
    assert_eq!(prev.results.len(), 3);
}

// --- bulk assignment ---

#[test]
fn assign_one_rhk_to_several_plans() {
    let mut plans = vec![
        plan(2, 2, "Daniel", vec![rhk(1, "A", None), rhk(4, "B", None)]),
        plan(3, 3, "Sara", vec![]),
    ];
    let mut template = rhk(
        99,
        "Layanan administrasi kependudukan selesai tepat waktu",
        link(1, 1),
    );
    template.indicators[0].realizations.push(real(1, 1.0, ""));
    assert_eq!(assign::assign_result(&mut plans, &template), Ok(vec![5, 1]));
    for p in &plans {
        let r = p.results.last().unwrap();
        assert_eq!(r.text, template.text);
        assert_eq!(r.parent_result, link(1, 1));
        assert_eq!(r.indicators.len(), 2);
        assert!(r.indicators.iter().all(|i| i.realizations.is_empty()));
    }
    // A plan that is not editable: nothing changes anywhere.
    plans[1].state = PlanState::Submitted;
    let before = plans.clone();
    assert_eq!(
        assign::assign_result(&mut plans, &template),
        Err((
            PlanId(3),
            PlanError::WrongState {
                action: PlanAction::Edit,
                state: PlanState::Submitted
            }
        ))
    );
    assert_eq!(plans, before);
}

// --- cascade ---

#[test]
fn cascade_lists_contributors_and_unsupported_rhks() {
    let sup = head_plan();
    let subs = [
        plan(
            2,
            2,
            "Maria",
            vec![rhk(1, "M1", link(1, 1)), rhk(2, "M2", None)],
        ),
        plan(
            3,
            3,
            "Agus",
            vec![rhk(1, "A1", link(1, 1)), rhk(2, "A2", link(8, 1))],
        ),
    ];
    let rows = cascade::cascade(std::slice::from_ref(&sup), &subs);
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0].text, "Layanan kependudukan");
    let who: Vec<(&str, u64, u16)> = rows[0]
        .contributors
        .iter()
        .map(|c| (c.employee_name.as_str(), c.result.plan.0, c.result.number))
        .collect();
    assert_eq!(who, [("Maria", 2, 1), ("Agus", 3, 1)]);
    assert!(rows[1].unsupported());
    assert_eq!(
        cascade::unsupported(&rows),
        [ResultRef {
            plan: PlanId(1),
            number: 2
        }]
    );
}

// --- progress ---

#[test]
fn progress_counts_segments_feedback_and_overdue() {
    let period = Period::new(2025, &OfficeSettings::default()).unwrap();
    let sup = [head_plan()];
    let mut p = plan(2, 2, "Maria", vec![rhk(1, "Berkas", link(1, 1))]);
    // Not approved in March: the plan is overdue, no segment has ended yet... but Q1 has not.
    let early = progress::progress(&p, &period, ymd(2025, 3, 1));
    assert_eq!(
        early,
        progress::Progress {
            segments: 4,
            with_realization: 0,
            with_feedback: 0,
            overdue_segments: 0,
            plan_overdue: true,
        }
    );
    p.submit(&sup, false).unwrap();
    p.approve().unwrap();
    // Q1 complete with feedback; Q2 only one of two indicators; Q3 nothing.
    p.record_realization(1, 1, 4, real(1, 142.0, "tingkatkan ketelitian"))
        .unwrap();
    p.record_realization(1, 2, 4, real(1, 7.0, "")).unwrap();
    p.record_realization(1, 1, 4, real(2, 150.0, "")).unwrap();
    let oct = progress::progress(&p, &period, ymd(2025, 10, 15));
    assert_eq!(
        oct,
        progress::Progress {
            segments: 4,
            with_realization: 1,
            with_feedback: 1,
            overdue_segments: 2,
            plan_overdue: false,
        }
    );
    // A second plan from 1 August covers Q3 and Q4 only and has no plan deadline.
    let mut second = plan(7, 2, "Maria", vec![rhk(1, "Berkas", link(1, 1))]);
    second.from = ymd(2025, 8, 1);
    let s = progress::progress(&second, &period, ymd(2025, 10, 15));
    assert_eq!(
        (s.segments, s.overdue_segments, s.plan_overdue),
        (2, 1, false)
    );
}

// --- achievement through a plan's indicator ---

#[test]
fn achievement_of_a_recorded_realisation() {
    let ind = indicator(1, Target::Number(150.0));
    let got = achievement(&ind.target, ind.direction, 142.0).map(Achievement::hundredths);
    assert_eq!(got, Some(9_467));
}

// --- a second plan in the year ---

#[test]
fn a_change_of_supervisor_starts_a_second_plan() {
    let sup = [head_plan()];
    let mut first = plan(2, 2, "Maria", vec![rhk(1, "Berkas", link(1, 1))]);
    first.submit(&sup, false).unwrap();
    first.approve().unwrap();
    let req = |starts| split::SecondPlan {
        id: PlanId(8),
        starts,
        employee: person(2, "Maria", PositionKind::Pengawas),
        appraiser: Some(person(5, "Plt Kepala", PositionKind::Administrator)),
        appraiser_superior: None,
    };
    for wrong in [ymd(2025, 1, 1), ymd(2024, 12, 31), ymd(2026, 1, 1)] {
        assert!(matches!(
            split::start_second_plan(&mut first, req(wrong)),
            Err(PlanError::BadDates { .. })
        ));
    }
    assert_eq!(first.to, ymd(2025, 12, 31));
    let second = split::start_second_plan(&mut first, req(ymd(2025, 7, 1))).unwrap();
    assert_eq!((first.from, first.to), (ymd(2025, 1, 1), ymd(2025, 6, 30)));
    assert_eq!(first.state, PlanState::Approved);
    assert_eq!(first.results.len(), 1);
    assert_eq!(
        (second.from, second.to),
        (ymd(2025, 7, 1), ymd(2025, 12, 31))
    );
    assert_eq!((second.id, second.year), (PlanId(8), 2025));
    assert_eq!(second.state, PlanState::Draft);
    assert!(second.results.is_empty());
    assert_eq!(second.appraiser_id(), Some(EmployeeId(5)));
    assert_eq!(second.employee.position_kind, PositionKind::Pengawas);
}

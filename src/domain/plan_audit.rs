//! Jejak audit SKP: what one save of a plan changed, as an auditor reads it. A plan's audit
//! entry stores this summary (who, which year, the state change, the edits) instead of the
//! whole plan twice; entries written before it hold whole plans and are summarised the same
//! way when read ([`PlanAudit::between`]).

use serde::{Deserialize, Serialize};

use super::plan::{
    Approach, PerformancePlan, PersonSnapshot, PlanState, RealizedValue, ResultKind, Target,
};
use super::ruledata::CoreValue;
use super::{EmployeeId, Nip};

/// The format of [`PlanAudit`]: the field that tells a summary from an old whole-plan entry.
pub const PLAN_AUDIT_FORMAT: u16 = 1;

/// A person as the entry names them, kept so the entry reads right after the register moves.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonRef {
    pub employee: EmployeeId,
    pub name: String,
    pub nip: Nip,
}

impl PersonRef {
    pub fn of(p: &PersonSnapshot) -> PersonRef {
        PersonRef {
            employee: p.employee,
            name: p.name.clone(),
            nip: p.nip.clone(),
        }
    }
}

/// Ringkasan perubahan SKP: one audit entry of a plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlanAudit {
    /// [`PLAN_AUDIT_FORMAT`]; absent in whole-plan entries.
    pub plan_audit: u16,
    pub year: i32,
    /// Pegawai yang dinilai.
    pub employee: PersonRef,
    /// Pejabat penilai kinerja after the save.
    pub appraiser: Option<PersonRef>,
    /// The state before the save; `None` for a new plan.
    pub state_before: Option<PlanState>,
    pub state: PlanState,
    pub edits: Vec<PlanEdit>,
}

/// One change inside a plan. RHKs and indicators by their numbers (RHK 2, IKI 2.1).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum PlanEdit {
    ResultAdded {
        number: u16,
        kind: ResultKind,
        text: String,
    },
    ResultRemoved {
        number: u16,
        text: String,
    },
    ResultText {
        number: u16,
        before: String,
        after: String,
    },
    ResultKind {
        number: u16,
        kind: ResultKind,
    },
    /// The supervisor's RHK it contributes to was set, changed or removed.
    ResultLink {
        number: u16,
        linked: bool,
    },
    IndicatorAdded {
        result: u16,
        number: u16,
        text: String,
        target: Target,
        unit: String,
    },
    IndicatorRemoved {
        result: u16,
        number: u16,
        text: String,
    },
    IndicatorText {
        result: u16,
        number: u16,
        before: String,
        after: String,
    },
    Target {
        result: u16,
        number: u16,
        before: Target,
        after: Target,
        unit: String,
    },
    Realization {
        result: u16,
        number: u16,
        segment: u8,
        before: Option<RealizedValue>,
        after: Option<RealizedValue>,
    },
    /// Evidence or feedback of a realisation changed (their text stays in the plan).
    RealizationNotes {
        result: u16,
        number: u16,
        segment: u8,
    },
    Expectation {
        value: CoreValue,
        before: String,
        after: String,
    },
    Annex,
    Appraiser {
        before: Option<PersonRef>,
        after: Option<PersonRef>,
    },
    Approach(Approach),
    /// The part of the year the plan covers.
    Dates,
}

impl PlanAudit {
    /// What the save from `before` (`None`: a new plan) to `after` changed.
    pub fn between(before: Option<&PerformancePlan>, after: &PerformancePlan) -> PlanAudit {
        let mut edits = Vec::new();
        let empty = PerformancePlan {
            results: Vec::new(),
            leader_expectations: Default::default(),
            annex: Default::default(),
            ..after.clone()
        };
        let b = before.unwrap_or(&empty);
        if before.is_some() {
            if b.appraiser != after.appraiser {
                edits.push(PlanEdit::Appraiser {
                    before: b.appraiser.as_ref().map(PersonRef::of),
                    after: after.appraiser.as_ref().map(PersonRef::of),
                });
            }
            if b.approach != after.approach {
                edits.push(PlanEdit::Approach(after.approach));
            }
            if (b.from, b.to) != (after.from, after.to) {
                edits.push(PlanEdit::Dates);
            }
        }
        results(b, after, &mut edits);
        for value in CoreValue::ALL {
            let text = |p: &PerformancePlan| {
                p.leader_expectations
                    .get(&value)
                    .cloned()
                    .unwrap_or_default()
            };
            let (old, new) = (text(b), text(after));
            if old != new {
                edits.push(PlanEdit::Expectation {
                    value,
                    before: old,
                    after: new,
                });
            }
        }
        if b.annex != after.annex {
            edits.push(PlanEdit::Annex);
        }
        PlanAudit {
            plan_audit: PLAN_AUDIT_FORMAT,
            year: after.year,
            employee: PersonRef::of(&after.employee),
            appraiser: after.appraiser.as_ref().map(PersonRef::of),
            state_before: before.map(|p| p.state.clone()),
            state: after.state.clone(),
            edits,
        }
    }

    /// Everyone the entry concerns: the employee, the appraiser, and an appraiser replaced.
    pub fn people(&self) -> Vec<&PersonRef> {
        let mut out = vec![&self.employee];
        let replaced = self.edits.iter().filter_map(|e| match e {
            PlanEdit::Appraiser { before, .. } => before.as_ref(),
            _ => None,
        });
        for p in self.appraiser.iter().chain(replaced) {
            if !out.iter().any(|o| o.employee == p.employee) {
                out.push(p);
            }
        }
        out
    }
}

fn results(b: &PerformancePlan, a: &PerformancePlan, edits: &mut Vec<PlanEdit>) {
    for old in &b.results {
        if !a.results.iter().any(|r| r.number == old.number) {
            edits.push(PlanEdit::ResultRemoved {
                number: old.number,
                text: old.text.clone(),
            });
        }
    }
    for new in &a.results {
        let n = new.number;
        let Some(old) = b.results.iter().find(|r| r.number == n) else {
            edits.push(PlanEdit::ResultAdded {
                number: n,
                kind: new.kind,
                text: new.text.clone(),
            });
            for i in &new.indicators {
                edits.push(PlanEdit::IndicatorAdded {
                    result: n,
                    number: i.number,
                    text: i.text.clone(),
                    target: i.target.clone(),
                    unit: i.unit.clone(),
                });
                // An imported plan may come with its realisations.
                for r in &i.realizations {
                    edits.push(PlanEdit::Realization {
                        result: n,
                        number: i.number,
                        segment: r.segment,
                        before: None,
                        after: Some(r.value.clone()),
                    });
                }
            }
            continue;
        };
        if old.text != new.text {
            edits.push(PlanEdit::ResultText {
                number: n,
                before: old.text.clone(),
                after: new.text.clone(),
            });
        }
        if old.kind != new.kind {
            edits.push(PlanEdit::ResultKind {
                number: n,
                kind: new.kind,
            });
        }
        if old.parent_result != new.parent_result {
            edits.push(PlanEdit::ResultLink {
                number: n,
                linked: new.parent_result.is_some(),
            });
        }
        for oi in &old.indicators {
            if !new.indicators.iter().any(|i| i.number == oi.number) {
                edits.push(PlanEdit::IndicatorRemoved {
                    result: n,
                    number: oi.number,
                    text: oi.text.clone(),
                });
            }
        }
        for ni in &new.indicators {
            let Some(oi) = old.indicators.iter().find(|i| i.number == ni.number) else {
                edits.push(PlanEdit::IndicatorAdded {
                    result: n,
                    number: ni.number,
                    text: ni.text.clone(),
                    target: ni.target.clone(),
                    unit: ni.unit.clone(),
                });
                continue;
            };
            if oi.text != ni.text {
                edits.push(PlanEdit::IndicatorText {
                    result: n,
                    number: ni.number,
                    before: oi.text.clone(),
                    after: ni.text.clone(),
                });
            }
            if oi.target != ni.target || oi.unit != ni.unit {
                edits.push(PlanEdit::Target {
                    result: n,
                    number: ni.number,
                    before: oi.target.clone(),
                    after: ni.target.clone(),
                    unit: ni.unit.clone(),
                });
            }
            let segments = oi
                .realizations
                .iter()
                .chain(&ni.realizations)
                .map(|r| r.segment);
            let mut seen = Vec::new();
            for s in segments {
                if seen.contains(&s) {
                    continue;
                }
                seen.push(s);
                let (ro, rn) = (oi.realization(s), ni.realization(s));
                let (vo, vn) = (ro.map(|r| &r.value), rn.map(|r| &r.value));
                if vo != vn {
                    edits.push(PlanEdit::Realization {
                        result: n,
                        number: ni.number,
                        segment: s,
                        before: vo.cloned(),
                        after: vn.cloned(),
                    });
                } else if ro != rn {
                    edits.push(PlanEdit::RealizationNotes {
                        result: n,
                        number: ni.number,
                        segment: s,
                    });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::plan::{
        Aspect, Direction, Evidence, Indicator, PlanId, PlannedResult, Realization,
    };
    use crate::domain::{Grade, PnsRank, PositionKind, UnitId};

    fn person(id: u64, name: &str) -> PersonSnapshot {
        PersonSnapshot {
            employee: EmployeeId(id),
            name: name.into(),
            nip: Nip::from_trusted(format!("{:018}", 198_001_012_005_011_000u64 + id)),
            grade: Grade::Pns(PnsRank::IIIA),
            position: "Analis".into(),
            position_kind: PositionKind::Pelaksana,
            unit: UnitId(1),
            unit_name: "Seksi".into(),
        }
    }

    fn indicator(number: u16, text: &str, target: f64) -> Indicator {
        Indicator {
            number,
            text: text.into(),
            aspect: Some(Aspect::Quantity),
            target: Target::Number(target),
            unit: "berkas".into(),
            direction: Direction::HigherBetter,
            perspective: None,
            realizations: Vec::new(),
        }
    }

    fn rhk(number: u16, text: &str, indicators: Vec<Indicator>) -> PlannedResult {
        PlannedResult {
            number,
            kind: ResultKind::Main,
            text: text.into(),
            parent_result: None,
            indicators,
        }
    }

    fn plan() -> PerformancePlan {
        let day = |m, d| chrono::NaiveDate::from_ymd_opt(2026, m, d).unwrap();
        let mut p = PerformancePlan::new_draft(
            PlanId(4),
            2026,
            day(1, 1),
            day(12, 31),
            person(3, "Daniel"),
            Approach::Quantitative,
        );
        p.appraiser = Some(person(2, "Maria"));
        p.results = vec![
            rhk(1, "Arsip tertata", vec![indicator(1, "Berkas", 10.0)]),
            rhk(
                2,
                "Data mutakhir",
                vec![indicator(1, "Data", 5.0), indicator(2, "Laporan", 2.0)],
            ),
        ];
        p
    }

    #[test]
    fn a_new_plan_lists_its_rhks_and_indicators() {
        let p = plan();
        let s = PlanAudit::between(None, &p);
        assert_eq!(s.plan_audit, PLAN_AUDIT_FORMAT);
        assert_eq!(s.year, 2026);
        assert_eq!(s.employee.name, "Daniel");
        assert_eq!(
            s.appraiser.as_ref().map(|a| a.employee),
            Some(EmployeeId(2))
        );
        assert_eq!(s.state_before, None);
        assert_eq!(s.state, PlanState::Draft);
        let added: Vec<(u16, u16)> = s
            .edits
            .iter()
            .map(|e| match e {
                PlanEdit::ResultAdded { number, .. } => (*number, 0),
                PlanEdit::IndicatorAdded { result, number, .. } => (*result, *number),
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(added, [(1, 0), (1, 1), (2, 0), (2, 1), (2, 2)]);
    }

    #[test]
    fn an_edit_lists_what_changed_and_nothing_else() {
        let before = plan();
        let mut after = before.clone();
        after.state = PlanState::Submitted;
        after.results.remove(0);
        after.results[0].text = "Data kependudukan mutakhir".into();
        after.results[0].indicators[0].target = Target::Number(6.0);
        after.results[0].indicators.remove(1);
        after.results.push(rhk(3, "Laporan bulanan", Vec::new()));
        after.results[0].indicators[0]
            .realizations
            .push(Realization {
                segment: 2,
                value: RealizedValue::Number(4.0),
                evidence: Evidence::default(),
                feedback: String::new(),
            });
        after
            .leader_expectations
            .insert(CoreValue::ServiceOriented, "Ramah".into());
        after.annex.resources.push("Laptop".into());
        after.appraiser = Some(person(1, "Yohanes"));
        let s = PlanAudit::between(Some(&before), &after);
        assert_eq!(s.state_before, Some(PlanState::Draft));
        assert_eq!(s.state, PlanState::Submitted);
        let maria = PersonRef::of(&person(2, "Maria"));
        let yohanes = PersonRef::of(&person(1, "Yohanes"));
        assert_eq!(
            s.edits,
            vec![
                PlanEdit::Appraiser {
                    before: Some(maria.clone()),
                    after: Some(yohanes.clone()),
                },
                PlanEdit::ResultRemoved {
                    number: 1,
                    text: "Arsip tertata".into(),
                },
                PlanEdit::ResultText {
                    number: 2,
                    before: "Data mutakhir".into(),
                    after: "Data kependudukan mutakhir".into(),
                },
                PlanEdit::IndicatorRemoved {
                    result: 2,
                    number: 2,
                    text: "Laporan".into(),
                },
                PlanEdit::Target {
                    result: 2,
                    number: 1,
                    before: Target::Number(5.0),
                    after: Target::Number(6.0),
                    unit: "berkas".into(),
                },
                PlanEdit::Realization {
                    result: 2,
                    number: 1,
                    segment: 2,
                    before: None,
                    after: Some(RealizedValue::Number(4.0)),
                },
                PlanEdit::ResultAdded {
                    number: 3,
                    kind: ResultKind::Main,
                    text: "Laporan bulanan".into(),
                },
                PlanEdit::Expectation {
                    value: CoreValue::ServiceOriented,
                    before: String::new(),
                    after: "Ramah".into(),
                },
                PlanEdit::Annex,
            ]
        );
        // Everyone concerned: the employee, the appraiser now and the one replaced.
        let who: Vec<EmployeeId> = s.people().iter().map(|p| p.employee).collect();
        assert_eq!(who, [EmployeeId(3), EmployeeId(1), EmployeeId(2)]);
        // A save without changes says so by an empty list.
        assert_eq!(PlanAudit::between(Some(&before), &before).edits, vec![]);
    }
}

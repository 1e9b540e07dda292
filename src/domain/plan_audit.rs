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

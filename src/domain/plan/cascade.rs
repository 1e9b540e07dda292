//! Matriks peran hasil (the cascade): each of the supervisor's RHKs with the subordinates'
//! RHKs that contribute to it; the supervisor's RHKs that nobody supports yet.

use super::{PerformancePlan, ResultKind, ResultRef};
use crate::domain::EmployeeId;

/// A subordinate's RHK that links to a supervisor's RHK.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Contribution {
    pub employee: EmployeeId,
    pub employee_name: String,
    pub result: ResultRef,
    pub text: String,
}

/// One supervisor RHK and what contributes to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CascadeRow {
    pub result: ResultRef,
    pub kind: ResultKind,
    pub text: String,
    pub contributors: Vec<Contribution>,
}

impl CascadeRow {
    /// No subordinate RHK supports it yet (highlighted in the view).
    pub fn unsupported(&self) -> bool {
        self.contributors.is_empty()
    }
}

/// The supervisor's RHKs (plan by plan, in RHK order) with their contributors (in the order of
/// `subordinate_plans`, then RHK order). Links to anything else are ignored here.
pub fn cascade(
    supervisor_plans: &[PerformancePlan],
    subordinate_plans: &[PerformancePlan],
) -> Vec<CascadeRow> {
    let mut rows: Vec<CascadeRow> = supervisor_plans
        .iter()
        .flat_map(|p| {
            p.results.iter().map(move |r| CascadeRow {
                result: ResultRef {
                    plan: p.id,
                    number: r.number,
                },
                kind: r.kind,
                text: r.text.clone(),
                contributors: Vec::new(),
            })
        })
        .collect();
    for sub in subordinate_plans {
        for r in &sub.results {
            let Some(parent) = r.parent_result else {
                continue;
            };
            if let Some(row) = rows.iter_mut().find(|row| row.result == parent) {
                row.contributors.push(Contribution {
                    employee: sub.employee_id(),
                    employee_name: sub.employee.name.clone(),
                    result: ResultRef {
                        plan: sub.id,
                        number: r.number,
                    },
                    text: r.text.clone(),
                });
            }
        }
    }
    rows
}

/// The supervisor's RHKs that no subordinate RHK supports.
pub fn unsupported(rows: &[CascadeRow]) -> Vec<ResultRef> {
    rows.iter()
        .filter(|r| r.unsupported())
        .map(|r| r.result)
        .collect()
}

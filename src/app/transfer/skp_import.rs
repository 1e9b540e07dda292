//! Planning an SKP import (`kinerja import skp FILE.csv [--disetujui]`): raw rows in, either the
//! plans to write or every bad row with its reason. Reads stored plans through `stored`, writes
//! nothing: `Command::Transfer(TransferCommand::ImportPlans{..})` writes.
//!
//! Rows with the same `nip`, `tahun` and `no_rhk` are one RHK (text, kind and link must agree);
//! rows with the same `nip` and `tahun` one plan (approach must agree). `no_rhk_atasan` is
//! resolved against the direct supervisor's plan of that year, in the file first, else in the
//! database.
//!
//! Re-import rule: an employee's plan of that year already stored (the latest, if the year has
//! two) is updated in place, not duplicated: its RHKs are replaced by the file's, realisations
//! of indicators whose `no_rhk`/`no_indikator` stay are kept, the snapshots of the people are
//! kept. A Draft or Ditolak plan becomes Draft (Disetujui with `--disetujui`); a Diajukan or
//! Disetujui plan is refused unless `--disetujui`. A plan the file leaves as it was is not
//! written at all.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::import::RawRow;
use super::skp_rows::{nip_digits, Cells, SkpProblem, SkpRowError, SKP_HEADER, YEARS};
use crate::app::services::register::Register;
use crate::domain::plan::{
    Approach, Aspect, Direction, Indicator, PerformancePlan, PersonSnapshot, PlanId, PlanState,
    PlannedResult, ResultKind, ResultRef, Target,
};
use crate::domain::{Directory, EmployeeId, Nip};

/// Where an RHK's link points before the new plans have ids.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Parent {
    /// A plan of the file (index into `SkpImport::plans`).
    File(usize, u16),
    Stored(ResultRef),
}

#[derive(Clone, Debug)]
struct ResultDraft {
    line: u64,
    number: u16,
    kind: ResultKind,
    text: String,
    parent_number: Option<u16>,
    parent: Option<Parent>,
    indicators: Vec<Indicator>,
}

#[derive(Clone, Debug)]
struct PlanDraft {
    line: u64,
    employee: EmployeeId,
    year: i32,
    approach: Approach,
    results: Vec<ResultDraft>,
    /// The plan this one replaces.
    stored: Option<PerformancePlan>,
}

/// An accepted file: the plans it makes, before new plans get their ids.
#[derive(Clone, Debug)]
pub struct SkpImport {
    plans: Vec<PlanDraft>,
    approved: bool,
}

/// The plans to write, and what the file did.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PlansToWrite {
    pub plans: Vec<PerformancePlan>,
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
}

/// One row, read.
struct Row {
    line: u64,
    nip: String,
    employee: EmployeeId,
    year: i32,
    approach: Approach,
    kind: ResultKind,
    result: u16,
    result_text: String,
    parent: Option<u16>,
    indicator: Indicator,
}

fn read_row(reg: &Register, c: &Cells<'_>) -> Result<Row, SkpRowError> {
    let nip = nip_digits(c.get("nip"));
    if nip.is_empty() {
        return Err(c.error(SkpProblem::Required { column: "nip" }));
    }
    let employee = reg
        .employee_by_nip(&Nip::from_trusted(nip.clone()))
        .ok_or_else(|| c.error(SkpProblem::UnknownEmployee(nip.clone())))?;
    let year: i32 = c.required("tahun", i64::from(*YEARS.start())..=i64::from(*YEARS.end()))?;
    let approach = Approach::parse(c.get("pendekatan"))
        .ok_or_else(|| c.error(SkpProblem::Approach(c.get("pendekatan").into())))?;
    let kind = ResultKind::parse(c.get("jenis_rhk"))
        .ok_or_else(|| c.error(SkpProblem::ResultKind(c.get("jenis_rhk").into())))?;
    let result: u16 = c.required("no_rhk", 1..=9999)?;
    let result_text = c.text("rhk")?;
    let parent: Option<u16> = c.number("no_rhk_atasan", 1..=9999)?;
    let number: u16 = c.required("no_indikator", 1..=9999)?;
    let text = c.text("indikator")?;
    let aspect = match (approach, c.get("aspek")) {
        (Approach::Qualitative, "") => None,
        (Approach::Qualitative, _) => return Err(c.error(SkpProblem::AspectForQualitative)),
        (Approach::Quantitative, "") => {
            return Err(c.error(SkpProblem::Required { column: "aspek" }))
        }
        (Approach::Quantitative, a) => {
            Some(Aspect::parse(a).ok_or_else(|| c.error(SkpProblem::Aspect(a.to_string())))?)
        }
    };
    let target =
        Target::parse(c.get("target"), approach).map_err(|e| c.error(SkpProblem::Target(e)))?;
    let direction = Direction::parse(c.get("arah"))
        .ok_or_else(|| c.error(SkpProblem::Direction(c.get("arah").into())))?;
    Ok(Row {
        line: c.line,
        nip,
        employee,
        year,
        approach,
        kind,
        result,
        result_text,
        parent,
        indicator: Indicator {
            number,
            text,
            aspect,
            target,
            unit: c.get("satuan").to_string(),
            direction,
            perspective: None,
            realizations: Vec::new(),
        },
    })
}

/// Checks the whole file. `stored(employee, year)` gives the plans of that employee and year
/// in the database (its errors end the planning). `approved`: `--disetujui`.
pub fn plan<E>(
    reg: &Register,
    rows: &[RawRow],
    approved: bool,
    mut stored: impl FnMut(EmployeeId, i32) -> Result<Vec<PerformancePlan>, E>,
) -> Result<Result<SkpImport, Vec<SkpRowError>>, E> {
    let mut errors = Vec::new();
    let mut plans: Vec<PlanDraft> = Vec::new();
    let mut plan_of: HashMap<(EmployeeId, i32), usize> = HashMap::new();
    let mut seen: HashMap<(usize, u16, u16), u64> = HashMap::new();
    for raw in rows {
        let Some(cells) = Cells::new(raw.line, &raw.fields, &SKP_HEADER, &mut errors) else {
            continue;
        };
        let row = match read_row(reg, &cells) {
            Ok(r) => r,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        let bad = |problem| SkpRowError {
            line: row.line,
            nip: row.nip.clone(),
            problem,
        };
        let pi = *plan_of.entry((row.employee, row.year)).or_insert_with(|| {
            plans.push(PlanDraft {
                line: row.line,
                employee: row.employee,
                year: row.year,
                approach: row.approach,
                results: Vec::new(),
                stored: None,
            });
            plans.len() - 1
        });
        let p = &mut plans[pi];
        if p.approach != row.approach {
            errors.push(bad(SkpProblem::Disagrees {
                column: "pendekatan",
                first_line: p.line,
            }));
            continue;
        }
        let key = (pi, row.result, row.indicator.number);
        if let Some(&first_line) = seen.get(&key) {
            errors.push(bad(SkpProblem::Duplicate { first_line }));
            continue;
        }
        seen.insert(key, row.line);
        match p.results.iter_mut().find(|r| r.number == row.result) {
            Some(r) => {
                let differs = if r.text != row.result_text {
                    Some("rhk")
                } else if r.kind != row.kind {
                    Some("jenis_rhk")
                } else if r.parent_number != row.parent {
                    Some("no_rhk_atasan")
                } else {
                    None
                };
                if let Some(column) = differs {
                    errors.push(bad(SkpProblem::Disagrees {
                        column,
                        first_line: r.line,
                    }));
                    continue;
                }
                r.indicators.push(row.indicator);
            }
            None => p.results.push(ResultDraft {
                line: row.line,
                number: row.result,
                kind: row.kind,
                text: row.result_text,
                parent_number: row.parent,
                parent: None,
                indicators: vec![row.indicator],
            }),
        }
    }
    // Links and stored plans: only for plans whose rows all read.
    let mut supervisor_plans: HashMap<(EmployeeId, i32), Option<PerformancePlan>> = HashMap::new();
    for pi in 0..plans.len() {
        let (employee, year, line) = (plans[pi].employee, plans[pi].year, plans[pi].line);
        let Some(e) = reg.employee(employee) else {
            continue;
        };
        let nip = e.nip.as_str().to_string();
        let bad = |line, problem| SkpRowError {
            line,
            nip: nip.clone(),
            problem,
        };
        let current = stored(employee, year)?.into_iter().last();
        if let Some(s) = &current {
            if !s.state.is_editable() && !approved {
                errors.push(bad(
                    line,
                    SkpProblem::PlanLocked {
                        state: s.state.code(),
                    },
                ));
            }
        }
        plans[pi].stored = current;
        let below_top = e.supervisor;
        let top_or_jpt = below_top.is_none() || e.position_kind.is_jpt();
        for ri in 0..plans[pi].results.len() {
            let (rline, number) = {
                let r = &plans[pi].results[ri];
                (r.line, r.parent_number)
            };
            let parent = match (number, below_top) {
                (None, _) if top_or_jpt => None,
                (None, _) => {
                    errors.push(bad(rline, SkpProblem::MissingParent));
                    continue;
                }
                (Some(n), None) => {
                    errors.push(bad(rline, SkpProblem::UnknownParent { number: n }));
                    continue;
                }
                (Some(n), Some(sup)) => match plan_of.get(&(sup, year)) {
                    Some(&si) => plans[si]
                        .results
                        .iter()
                        .any(|r| r.number == n)
                        .then_some(Parent::File(si, n)),
                    None => {
                        let sp = match supervisor_plans.get(&(sup, year)) {
                            Some(sp) => sp.clone(),
                            None => {
                                let sp = stored(sup, year)?.into_iter().last();
                                supervisor_plans.insert((sup, year), sp.clone());
                                sp
                            }
                        };
                        sp.filter(|p| p.result(n).is_some()).map(|p| {
                            Parent::Stored(ResultRef {
                                plan: p.id,
                                number: n,
                            })
                        })
                    }
                }
                .or_else(|| {
                    errors.push(bad(rline, SkpProblem::UnknownParent { number: n }));
                    None
                }),
            };
            plans[pi].results[ri].parent = parent;
        }
    }
    if errors.is_empty() {
        Ok(Ok(SkpImport { plans, approved }))
    } else {
        errors.sort_by_key(|e| e.line);
        Ok(Err(errors))
    }
}

fn snapshot(reg: &Register, id: EmployeeId) -> Option<PersonSnapshot> {
    reg.employee(id)
        .map(|e| PersonSnapshot::of(e, reg.unit_name(e.unit)))
}

impl SkpImport {
    /// How many plans the file names.
    pub fn len(&self) -> usize {
        self.plans.len()
    }

    pub fn is_empty(&self) -> bool {
        self.plans.is_empty()
    }

    /// The plans as they will be stored; new plans take ids from `next_id` (only once the
    /// whole file is accepted, so a refused file burns none).
    pub fn finish<E>(
        self,
        reg: &Register,
        mut next_id: impl FnMut() -> Result<u64, E>,
    ) -> Result<PlansToWrite, E> {
        let mut ids = Vec::with_capacity(self.plans.len());
        for p in &self.plans {
            ids.push(match &p.stored {
                Some(s) => s.id,
                None => PlanId(next_id()?),
            });
        }
        let state = if self.approved {
            PlanState::Approved
        } else {
            PlanState::Draft
        };
        let mut out = PlansToWrite::default();
        for (p, id) in self.plans.into_iter().zip(&ids) {
            let mut results: Vec<PlannedResult> = p
                .results
                .into_iter()
                .map(|r| PlannedResult {
                    number: r.number,
                    kind: r.kind,
                    text: r.text,
                    parent_result: r.parent.map(|pr| match pr {
                        Parent::File(i, number) => ResultRef {
                            plan: ids[i],
                            number,
                        },
                        Parent::Stored(rr) => rr,
                    }),
                    indicators: r.indicators,
                })
                .collect();
            results.sort_by_key(|r| (r.kind, r.number));
            for r in &mut results {
                r.indicators.sort_by_key(|i| i.number);
            }
            match p.stored {
                Some(old) => {
                    for r in &mut results {
                        for ind in &mut r.indicators {
                            if let Some(o) = old.result(r.number).and_then(|or| {
                                or.indicators.iter().find(|i| i.number == ind.number)
                            }) {
                                ind.realizations = o.realizations.clone();
                            }
                        }
                    }
                    let mut new = old.clone();
                    new.approach = p.approach;
                    new.results = results;
                    new.state = state.clone();
                    if new == old {
                        out.unchanged += 1;
                    } else {
                        out.updated += 1;
                        out.plans.push(new);
                    }
                }
                None => {
                    let Some(employee) = snapshot(reg, p.employee) else {
                        continue;
                    };
                    let (from, to) = year_bounds(p.year);
                    let mut new =
                        PerformancePlan::new_draft(*id, p.year, from, to, employee, p.approach);
                    let sup = reg.employee(p.employee).and_then(|e| e.supervisor);
                    new.appraiser = sup.and_then(|s| snapshot(reg, s));
                    new.appraiser_superior = sup
                        .and_then(|s| reg.employee(s))
                        .and_then(|s| s.supervisor)
                        .and_then(|s| snapshot(reg, s));
                    new.results = results;
                    new.state = state.clone();
                    out.created += 1;
                    out.plans.push(new);
                }
            }
        }
        Ok(out)
    }
}

/// 1 January and 31 December of `year` (years outside chrono's range cannot reach here).
fn year_bounds(year: i32) -> (NaiveDate, NaiveDate) {
    (
        NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or_default(),
        NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or_default(),
    )
}

//! Planning a realisasi import (`kinerja import realisasi FILE.csv`): one row per indicator and
//! segment, only into approved (Disetujui) plans, all or nothing. A row replaces what the plan
//! held for that indicator and segment.

use std::collections::HashMap;

use super::import::RawRow;
use super::skp_rows::{nip_digits, Cells, SkpProblem, SkpRowError, REALIZATION_HEADER, YEARS};
use crate::app::services::register::Register;
use crate::domain::plan::{Evidence, PerformancePlan, PlanState, Realization, RealizedValue};
use crate::domain::{Directory, EmployeeId, Nip};

/// Checks the whole file and returns the plans it changes. `stored(employee, year)` gives the
/// stored plans of that employee and year; `segments(year)` how many segments the year has.
pub fn plan<E>(
    reg: &Register,
    rows: &[RawRow],
    mut stored: impl FnMut(EmployeeId, i32) -> Result<Vec<PerformancePlan>, E>,
    mut segments: impl FnMut(i32) -> Result<u8, E>,
) -> Result<Result<Vec<PerformancePlan>, Vec<SkpRowError>>, E> {
    let mut errors = Vec::new();
    // The approved plan of each employee and year named (None: there is none).
    let mut plans: HashMap<(EmployeeId, i32), Option<PerformancePlan>> = HashMap::new();
    let mut order: Vec<(EmployeeId, i32)> = Vec::new();
    let mut seen: HashMap<(EmployeeId, i32, u8, u16, u16), u64> = HashMap::new();
    let mut max_segment: HashMap<i32, u8> = HashMap::new();
    for raw in rows {
        let Some(c) = Cells::new(raw.line, &raw.fields, &REALIZATION_HEADER, &mut errors) else {
            continue;
        };
        let nip = nip_digits(c.get("nip"));
        let employee = match reg.employee_by_nip(&Nip::from_trusted(nip.clone())) {
            Some(id) if !nip.is_empty() => id,
            _ if nip.is_empty() => {
                errors.push(c.error(SkpProblem::Required { column: "nip" }));
                continue;
            }
            _ => {
                errors.push(c.error(SkpProblem::UnknownEmployee(nip)));
                continue;
            }
        };
        let numbers = (|| {
            let year: i32 =
                c.required("tahun", i64::from(*YEARS.start())..=i64::from(*YEARS.end()))?;
            let segment: u8 = c.required("segmen", 1..=255)?;
            let result: u16 = c.required("no_rhk", 1..=9999)?;
            let indicator: u16 = c.required("no_indikator", 1..=9999)?;
            Ok::<_, SkpRowError>((year, segment, result, indicator))
        })();
        let (year, segment, result, indicator) = match numbers {
            Ok(n) => n,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        let max = match max_segment.get(&year) {
            Some(m) => *m,
            None => {
                let m = segments(year)?;
                max_segment.insert(year, m);
                m
            }
        };
        if segment > max {
            errors.push(c.error(SkpProblem::Segment {
                value: c.get("segmen").to_string(),
                max,
            }));
            continue;
        }
        let key = (employee, year, segment, result, indicator);
        if let Some(&first_line) = seen.get(&key) {
            errors.push(c.error(SkpProblem::Duplicate { first_line }));
            continue;
        }
        seen.insert(key, c.line);
        if let std::collections::hash_map::Entry::Vacant(slot) = plans.entry((employee, year)) {
            let approved = stored(employee, year)?
                .into_iter()
                .rfind(|p| p.state == PlanState::Approved);
            slot.insert(approved);
            order.push((employee, year));
        }
        let Some(Some(plan)) = plans.get_mut(&(employee, year)) else {
            errors.push(c.error(SkpProblem::NoApprovedPlan));
            continue;
        };
        let Some(ind) = plan
            .results
            .iter_mut()
            .find(|r| r.number == result)
            .and_then(|r| r.indicators.iter_mut().find(|i| i.number == indicator))
        else {
            errors.push(c.error(SkpProblem::UnknownIndicator { result, indicator }));
            continue;
        };
        let value = match RealizedValue::parse(c.get("realisasi"), ind.target.is_numeric()) {
            Ok(v) => v,
            Err(_) => {
                errors.push(c.error(SkpProblem::Realized(c.get("realisasi").to_string())));
                continue;
            }
        };
        let r = Realization {
            segment,
            value,
            evidence: Evidence {
                description: c.get("bukti").to_string(),
                location: String::new(),
            },
            feedback: c.get("umpan_balik").to_string(),
        };
        ind.realizations.retain(|x| x.segment != segment);
        ind.realizations.push(r);
        ind.realizations.sort_by_key(|x| x.segment);
    }
    if !errors.is_empty() {
        errors.sort_by_key(|e| e.line);
        return Ok(Err(errors));
    }
    Ok(Ok(order
        .into_iter()
        .filter_map(|k| plans.remove(&k).flatten())
        .collect()))
}

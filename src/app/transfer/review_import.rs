//! Planning an evaluation import (`kinerja import penilaian FILE.csv`): raw rows in, either the
//! review years to write or every bad row with its reason. Writes nothing:
//! `Command::Transfer(TransferCommand::ImportReviews(..))` writes.
//!
//! Each row is one evaluation typed from paper, saved signed through the domain's signing: the
//! grade by the matrix, the appraiser the employee's direct supervisor in the register, the
//! people's snapshot from the register on the import day (which is the signing date), no plan
//! reference (there may be no plan in kinerja). `alasan` is the justification of both ratings;
//! a rating other than Sesuai without it is refused, as the form refuses to sign. A stored
//! draft of the same evaluation is replaced; a stored signed one is refused (reopen it first).

use std::collections::HashMap;

use chrono::NaiveDate;

use super::import::RawRow;
use super::review_rows::{read_row, ReviewProblem, ReviewRow, REVIEW_HEADER};
use super::skp_rows::{Cells, SkpProblem, SkpRowError};
use crate::app::services::register::Register;
use crate::domain::plan::PersonSnapshot;
use crate::domain::review::evaluation::{DistributionGate, RatingField, SignedPeople};
use crate::domain::review::year::{ReviewEntry, ReviewYear};
use crate::domain::review::{Review, ReviewError, ReviewKind};
use crate::domain::{Directory, EmployeeId};

/// An accepted file: the review years to write, in key order (employee, year).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReviewImport {
    pub years: Vec<ReviewYear>,
    pub annual: usize,
    pub periodic: usize,
}

fn snapshot(reg: &Register, id: EmployeeId) -> Option<PersonSnapshot> {
    reg.employee(id)
        .map(|e| PersonSnapshot::of(e, reg.unit_name(e.unit)))
}

/// The people a signature freezes, from the register as it is `today`: the employee, their
/// direct supervisor (the appraiser) and the supervisor's supervisor.
pub fn people(reg: &Register, employee: EmployeeId) -> Option<(EmployeeId, SignedPeople)> {
    let appraiser = reg.employee(employee)?.supervisor?;
    let superior = reg.employee(appraiser)?.supervisor;
    Some((
        appraiser,
        SignedPeople {
            employee: snapshot(reg, employee)?,
            appraiser: snapshot(reg, appraiser)?,
            appraiser_superior: superior.and_then(|s| snapshot(reg, s)),
        },
    ))
}

fn column(field: RatingField) -> &'static str {
    match field {
        RatingField::WorkResult => "rating_hasil",
        RatingField::Behaviour => "rating_perilaku",
    }
}

/// The row's evaluation, signed `on`; the first reason signing refuses otherwise.
fn signed(reg: &Register, row: &ReviewRow, on: NaiveDate) -> Result<Review, ReviewProblem> {
    let (appraiser, people) = people(reg, row.employee).ok_or(ReviewProblem::NoAppraiser)?;
    let mut r = Review::new(row.employee, appraiser, row.year, row.kind);
    r.work = Some(row.work);
    r.behaviour = Some(row.behaviour);
    r.work_justification = row.justification.clone();
    r.behaviour_justification = row.justification.clone();
    // Paper evaluations come without the unit check: it was the office's to apply then.
    match r.sign(on, people, None, DistributionGate::Clear) {
        Ok(()) => Ok(r),
        Err(ReviewError::JustificationMissing(field)) => Err(ReviewProblem::JustificationMissing {
            column: column(field),
        }),
        // Both ratings are set and a fresh draft is not signed: nothing else can refuse.
        Err(_) => Err(ReviewProblem::AlreadySigned),
    }
}

/// Checks the whole file. `segments(year)`: the year's number of periodic segments;
/// `stored(employee, year)`: the review year in the database. Their errors end the planning.
pub fn plan<E>(
    reg: &Register,
    rows: &[RawRow],
    today: NaiveDate,
    mut segments: impl FnMut(i32) -> Result<u8, E>,
    mut stored: impl FnMut(EmployeeId, i32) -> Result<Option<ReviewYear>, E>,
) -> Result<Result<ReviewImport, Vec<SkpRowError>>, E> {
    use chrono::Datelike;
    let mut errors = Vec::new();
    let mut seen: HashMap<(EmployeeId, i32, ReviewKind), u64> = HashMap::new();
    let mut years: HashMap<(EmployeeId, i32), ReviewYear> = HashMap::new();
    let mut out = ReviewImport::default();
    for raw in rows {
        let Some(cells) = Cells::new(raw.line, &raw.fields, &REVIEW_HEADER, &mut errors) else {
            continue;
        };
        let row = match read_row(reg, &cells, today.year(), &mut segments)? {
            Ok(r) => r,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        let bad = |p| SkpRowError {
            line: row.line,
            nip: row.nip.clone(),
            problem: SkpProblem::Review(p),
        };
        let key = (row.employee, row.year, row.kind);
        if let Some(&first_line) = seen.get(&key) {
            errors.push(bad(ReviewProblem::DuplicateEvaluation { first_line }));
            continue;
        }
        seen.insert(key, row.line);
        let review = match signed(reg, &row, today) {
            Ok(r) => r,
            Err(p) => {
                errors.push(bad(p));
                continue;
            }
        };
        let year = match years.get_mut(&(row.employee, row.year)) {
            Some(y) => y,
            None => {
                let y = stored(row.employee, row.year)?
                    .unwrap_or_else(|| ReviewYear::new(row.employee, row.year));
                years.entry((row.employee, row.year)).or_insert(y)
            }
        };
        if year.review(row.kind).is_some_and(Review::is_signed) {
            errors.push(bad(ReviewProblem::AlreadySigned));
            continue;
        }
        match row.kind {
            ReviewKind::Annual => out.annual += 1,
            ReviewKind::Periodic(_) => out.periodic += 1,
        }
        year.put(ReviewEntry::new(review));
    }
    if !errors.is_empty() {
        errors.sort_by_key(|e| e.line);
        return Ok(Err(errors));
    }
    let mut list: Vec<ReviewYear> = years.into_values().collect();
    list.sort_by_key(|y| (y.employee, y.year));
    out.years = list;
    Ok(Ok(out))
}

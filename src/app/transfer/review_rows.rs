//! The evaluation file of `kinerja import penilaian`: its header, the reading of one row, and
//! the refusals of that import as values (the CLI words them). Rows from paper: no plan needed.

use serde::Serialize;

use super::skp_rows::{nip_digits, Cells, SkpProblem, SkpRowError};
use crate::app::services::register::Register;
use crate::domain::appraisal::Rating;
use crate::domain::review::ReviewKind;
use crate::domain::{Directory, EmployeeId, Nip};

/// `kinerja import penilaian`: one row per evaluation.
pub const REVIEW_HEADER: [&str; 7] = [
    "nip",
    "tahun",
    "jenis",
    "segmen",
    "rating_hasil",
    "rating_perilaku",
    "alasan",
];

/// The first year an evaluation may be imported for.
pub const FIRST_YEAR: i32 = 2000;

/// Why a row of an evaluation file was refused (beside the problems it shares with the SKP
/// files: columns, required cells, numbers, unknown NIP, segment).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReviewProblem {
    /// `jenis` is neither `tahunan` nor `periodik`.
    Kind(String),
    /// `segmen` given for an annual evaluation.
    SegmentForAnnual(String),
    /// `tahun` after the current year (an evaluation judges a year that has begun).
    FutureYear { year: i32, this_year: i32 },
    /// A rating none of the accepted spellings reads.
    Rating { column: &'static str, value: String },
    /// A rating other than Sesuai without `alasan` (`column`: the rating's column).
    JustificationMissing { column: &'static str },
    /// The employee has no direct supervisor in the register, so nobody appraises them.
    NoAppraiser,
    /// The same employee, year, jenis and segment on an earlier line.
    DuplicateEvaluation { first_line: u64 },
    /// This evaluation is already signed in the database (reopen it first).
    AlreadySigned,
}

/// One accepted row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReviewRow {
    pub line: u64,
    pub nip: String,
    pub employee: EmployeeId,
    pub year: i32,
    pub kind: ReviewKind,
    pub work: Rating,
    pub behaviour: Rating,
    /// `alasan`, trimmed (may be empty when both ratings are Sesuai).
    pub justification: String,
}

fn review(c: &Cells<'_>, p: ReviewProblem) -> SkpRowError {
    c.error(SkpProblem::Review(p))
}

/// `tahunan` / `periodik` (any case).
fn kind_word(s: &str) -> Option<bool> {
    match s.to_lowercase().as_str() {
        "tahunan" => Some(true),
        "periodik" => Some(false),
        _ => None,
    }
}

fn rating(c: &Cells<'_>, column: &'static str) -> Result<Rating, SkpRowError> {
    let v = c.get(column);
    if v.is_empty() {
        return Err(c.error(SkpProblem::Required { column }));
    }
    Rating::parse(v).ok_or_else(|| {
        review(
            c,
            ReviewProblem::Rating {
                column,
                value: v.to_string(),
            },
        )
    })
}

/// Reads one row. `segments(year)` is the number of periodic segments of that year (the
/// year's Period record, else the office settings); its error ends the import.
pub fn read_row<E>(
    reg: &Register,
    c: &Cells<'_>,
    this_year: i32,
    segments: &mut impl FnMut(i32) -> Result<u8, E>,
) -> Result<Result<ReviewRow, SkpRowError>, E> {
    let nip = nip_digits(c.get("nip"));
    if nip.is_empty() {
        return Ok(Err(c.error(SkpProblem::Required { column: "nip" })));
    }
    let Some(employee) = reg.employee_by_nip(&Nip::from_trusted(nip.clone())) else {
        return Ok(Err(c.error(SkpProblem::UnknownEmployee(nip))));
    };
    let year: i32 = match c.required("tahun", i64::from(FIRST_YEAR)..=9999) {
        Ok(y) => y,
        Err(e) => return Ok(Err(e)),
    };
    if year > this_year {
        return Ok(Err(review(
            c,
            ReviewProblem::FutureYear { year, this_year },
        )));
    }
    let annual = match kind_word(c.get("jenis")) {
        Some(a) => a,
        None if c.get("jenis").is_empty() => {
            return Ok(Err(c.error(SkpProblem::Required { column: "jenis" })))
        }
        None => return Ok(Err(review(c, ReviewProblem::Kind(c.get("jenis").into())))),
    };
    let segment = c.get("segmen");
    let kind = if annual {
        if !segment.is_empty() {
            return Ok(Err(review(
                c,
                ReviewProblem::SegmentForAnnual(segment.into()),
            )));
        }
        ReviewKind::Annual
    } else {
        if segment.is_empty() {
            return Ok(Err(c.error(SkpProblem::Required { column: "segmen" })));
        }
        let max = segments(year)?;
        match segment.parse::<u8>() {
            Ok(n) if (1..=max).contains(&n) => ReviewKind::Periodic(n),
            _ => {
                return Ok(Err(c.error(SkpProblem::Segment {
                    value: segment.into(),
                    max,
                })))
            }
        }
    };
    let work = match rating(c, "rating_hasil") {
        Ok(r) => r,
        Err(e) => return Ok(Err(e)),
    };
    let behaviour = match rating(c, "rating_perilaku") {
        Ok(r) => r,
        Err(e) => return Ok(Err(e)),
    };
    let appraised = reg.employee(employee).and_then(|e| e.supervisor).is_some();
    if !appraised {
        return Ok(Err(review(c, ReviewProblem::NoAppraiser)));
    }
    Ok(Ok(ReviewRow {
        line: c.line,
        nip,
        employee,
        year,
        kind,
        work,
        behaviour,
        justification: c.get("alasan").to_string(),
    }))
}

/// A scale's official wording (its serde name: "Di Atas Ekspektasi", "Kurang/Misconduct",
/// "Istimewa"), the words of the files whatever the user's language.
pub fn official<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// `jenis` and `segmen` cells of an evaluation kind.
pub fn kind_cells(kind: ReviewKind) -> (&'static str, Option<u8>) {
    match kind {
        ReviewKind::Annual => ("tahunan", None),
        ReviewKind::Periodic(n) => ("periodik", Some(n)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::appraisal::{OrgGrade, PerformanceGrade};

    #[test]
    fn official_words_are_domain_md_s() {
        assert_eq!(official(&Rating::AboveExpectation), "Di Atas Ekspektasi");
        assert_eq!(official(&Rating::AsExpected), "Sesuai Ekspektasi");
        assert_eq!(official(&Rating::BelowExpectation), "Di Bawah Ekspektasi");
        assert_eq!(official(&PerformanceGrade::Poor), "Kurang/Misconduct");
        assert_eq!(
            official(&PerformanceGrade::NeedsImprovement),
            "Butuh Perbaikan"
        );
        assert_eq!(official(&OrgGrade::Outstanding), "Istimewa");
    }

    #[test]
    fn kind_words() {
        assert_eq!(kind_word("Tahunan"), Some(true));
        assert_eq!(kind_word("PERIODIK"), Some(false));
        assert_eq!(kind_word("bulanan"), None);
        assert_eq!(kind_cells(ReviewKind::Periodic(3)), ("periodik", Some(3)));
        assert_eq!(kind_cells(ReviewKind::Annual), ("tahunan", None));
    }
}

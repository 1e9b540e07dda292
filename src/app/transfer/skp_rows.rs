//! What the SKP and realisasi files share: their headers, the refusals as values (the CLI words
//! them), and the reading of one cell.

use crate::domain::plan::TargetError;

/// `kinerja import skp` / `export skp --format csv`: one row per indicator (IKI).
pub const SKP_HEADER: [&str; 13] = [
    "nip",
    "tahun",
    "pendekatan",
    "jenis_rhk",
    "no_rhk",
    "rhk",
    "no_rhk_atasan",
    "no_indikator",
    "indikator",
    "aspek",
    "target",
    "satuan",
    "arah",
];

/// `kinerja import realisasi`: one row per indicator and segment.
pub const REALIZATION_HEADER: [&str; 8] = [
    "nip",
    "tahun",
    "segmen",
    "no_rhk",
    "no_indikator",
    "realisasi",
    "bukti",
    "umpan_balik",
];

/// Years a plan may be for.
pub const YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

/// Why a row of an SKP or realisasi file was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SkpProblem {
    Columns {
        found: usize,
        expected: usize,
    },
    NotUtf8,
    /// A control character (tab, line break, ...) in a cell.
    ControlCharacter {
        column: &'static str,
    },
    Required {
        column: &'static str,
    },
    /// `tahun`, `no_rhk`, `no_indikator`, `no_rhk_atasan`, `segmen`: not a whole number in range.
    BadNumber {
        column: &'static str,
        value: String,
    },
    /// No employee has this NIP.
    UnknownEmployee(String),
    Approach(String),
    ResultKind(String),
    Aspect(String),
    /// `aspek` given for a qualitative plan.
    AspectForQualitative,
    Direction(String),
    Target(TargetError),
    /// A cell of the RHK (or the plan) that differs from an earlier row of the same RHK.
    Disagrees {
        column: &'static str,
        first_line: u64,
    },
    /// The same indicator (or realisation) on an earlier line.
    Duplicate {
        first_line: u64,
    },
    /// `no_rhk_atasan` names no RHK of the direct supervisor's plan of that year.
    UnknownParent {
        number: u16,
    },
    /// `no_rhk_atasan` is empty below the top of the reporting line.
    MissingParent,
    /// The stored plan is Diajukan or Disetujui: only `--disetujui` replaces it.
    PlanLocked {
        state: &'static str,
    },
    /// Realisasi: no approved plan of this employee and year.
    NoApprovedPlan,
    /// Realisasi: the plan has no such RHK / indicator.
    UnknownIndicator {
        result: u16,
        indicator: u16,
    },
    /// Realisasi: the segment is not one of the year's (1..=max).
    Segment {
        value: String,
        max: u8,
    },
    /// Realisasi: not a number for a numeric target.
    Realized(String),
    /// Penilaian: a problem only the evaluation file has.
    Review(super::review_rows::ReviewProblem),
    /// Dialog kinerja: a problem only the feedback file has.
    Dialog(super::feedback_import::DialogProblem),
}

/// One refused row: its line (the header is line 1), the NIP cell, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SkpRowError {
    pub line: u64,
    pub nip: String,
    pub problem: SkpProblem,
}

/// The cells of a row, with the checks every cell gets; problems are pushed to `errors`.
pub struct Cells<'a> {
    pub line: u64,
    pub nip: &'a str,
    fields: &'a [String],
    header: &'static [&'static str],
}

impl<'a> Cells<'a> {
    /// `None` (and a `Columns` or `ControlCharacter` problem) when the row cannot be read.
    pub fn new(
        line: u64,
        fields: &'a [String],
        header: &'static [&'static str],
        errors: &mut Vec<SkpRowError>,
    ) -> Option<Cells<'a>> {
        let nip = fields.first().map(String::as_str).unwrap_or_default();
        let mut push = |problem| {
            errors.push(SkpRowError {
                line,
                nip: nip.to_string(),
                problem,
            })
        };
        if fields.len() != header.len() {
            push(SkpProblem::Columns {
                found: fields.len(),
                expected: header.len(),
            });
            return None;
        }
        let mut ok = true;
        for (f, column) in fields.iter().zip(header) {
            // A line break or tab inside a cell would break the printed SKP and the screens.
            if f.chars().any(char::is_control) {
                push(SkpProblem::ControlCharacter { column });
                ok = false;
            }
        }
        ok.then_some(Cells {
            line,
            nip,
            fields,
            header,
        })
    }

    pub fn get(&self, column: &str) -> &'a str {
        self.header
            .iter()
            .position(|h| *h == column)
            .and_then(|i| self.fields.get(i))
            .map(|s| s.trim())
            .unwrap_or_default()
    }

    pub fn error(&self, problem: SkpProblem) -> SkpRowError {
        SkpRowError {
            line: self.line,
            nip: self.nip.to_string(),
            problem,
        }
    }

    /// A whole number in `range` (`None` for an empty cell).
    pub fn number<T: TryFrom<i64> + Copy>(
        &self,
        column: &'static str,
        range: std::ops::RangeInclusive<i64>,
    ) -> Result<Option<T>, SkpRowError> {
        let v = self.get(column);
        if v.is_empty() {
            return Ok(None);
        }
        v.parse::<i64>()
            .ok()
            .filter(|n| range.contains(n))
            .and_then(|n| T::try_from(n).ok())
            .map(Some)
            .ok_or_else(|| {
                self.error(SkpProblem::BadNumber {
                    column,
                    value: v.to_string(),
                })
            })
    }

    /// Like `number`, but an empty cell is refused.
    pub fn required<T: TryFrom<i64> + Copy>(
        &self,
        column: &'static str,
        range: std::ops::RangeInclusive<i64>,
    ) -> Result<T, SkpRowError> {
        self.number(column, range)?
            .ok_or_else(|| self.error(SkpProblem::Required { column }))
    }

    pub fn text(&self, column: &'static str) -> Result<String, SkpRowError> {
        let v = self.get(column);
        if v.is_empty() {
            Err(self.error(SkpProblem::Required { column }))
        } else {
            Ok(v.to_string())
        }
    }
}

/// NIP cell as digits, spaces removed.
pub fn nip_digits(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

//! Planning a feedback import (`kinerja import dialog FILE.csv`): raw rows in, either the
//! feedback years to write or every bad row with its reason. Writes nothing:
//! `Command::Feedback(feedback::Command::ImportSessions(..))` writes.
//!
//! One row per follow-up (tindak lanjut); rows with the same `nip`, `tanggal` and `jenis` are
//! one session, wherever they stand in the file. A row with an empty `tindak_lanjut` is a
//! session without one. `catatan` is the session's situation: the first non-empty one of the
//! session's rows; another row of the session may repeat it or leave it empty. The appraiser is
//! the employee's direct supervisor in the register. A follow-up marked `tercapai` or
//! `tidak_tercapai` gets a review dated its due date when that has passed, else the import day
//! (never before the session). Sessions are added to what is stored; a session of the same
//! employee, date and kind already in the database is refused (the file would duplicate it).
//! No carry-over here: the file says where each follow-up stands.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};

use super::import::{unguard, RawRow};
use super::skp_rows::{nip_digits, Cells, SkpProblem, SkpRowError};
use crate::app::services::register::Register;
use crate::domain::dates::{parse_dmy, DateError};
use crate::domain::feedback::{
    FeedbackYear, FollowUp, FollowUpReview, FollowUpStatus, Session, SessionKind,
};
use crate::domain::{Directory, EmployeeId, Nip};

/// `kinerja import dialog` (and `export dialog --format csv`): one row per follow-up.
pub const DIALOG_HEADER: [&str; 7] = [
    "nip",
    "tanggal",
    "jenis",
    "catatan",
    "tindak_lanjut",
    "jatuh_tempo",
    "status_tindak_lanjut",
];

/// The column of `catatan` in [`DIALOG_HEADER`].
const CATATAN: usize = 3;

/// Why a row of a feedback file was refused (beside the problems it shares with the SKP
/// files: columns, control characters, required cells, unknown NIP, disagreeing cells).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DialogProblem {
    /// The employee is not active (retired, moved, ...).
    InactiveEmployee,
    /// `tanggal` or `jatuh_tempo` is not a date (or no such day).
    Date {
        column: &'static str,
        value: String,
        reason: DateError,
    },
    /// `tanggal` after the import day.
    FutureDate(NaiveDate),
    /// `jatuh_tempo` before the session's date.
    DueBeforeSession { due: NaiveDate, session: NaiveDate },
    /// `jenis` is none of the six kinds.
    Kind(String),
    /// `status_tindak_lanjut` is none of terbuka, tercapai, tidak_tercapai.
    Status(String),
    /// `jatuh_tempo` or `status_tindak_lanjut` on a row without `tindak_lanjut`.
    FollowUpCellsWithoutItem,
    /// The employee has no direct supervisor in the register, so nobody holds the session.
    NoAppraiser,
    /// The database holds a session of this employee on this date and of this kind already.
    SessionExists,
}

/// An accepted file: the feedback years to write (each at its stored revision, 0 for new),
/// in key order (employee, year).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DialogImport {
    pub years: Vec<FeedbackYear>,
    pub sessions: usize,
    pub follow_ups: usize,
}

fn dialog(c: &Cells<'_>, p: DialogProblem) -> SkpRowError {
    c.error(SkpProblem::Dialog(p))
}

/// A cell with the export's formula guard taken off.
fn cell<'a>(c: &Cells<'a>, column: &str) -> &'a str {
    unguard(c.get(column)).trim()
}

fn date(c: &Cells<'_>, column: &'static str, today: NaiveDate) -> Result<NaiveDate, SkpRowError> {
    let v = cell(c, column);
    parse_dmy(v, today).map_err(|reason| {
        dialog(
            c,
            DialogProblem::Date {
                column,
                value: v.to_string(),
                reason,
            },
        )
    })
}

/// One accepted row.
struct Row {
    line: u64,
    employee: EmployeeId,
    appraiser: EmployeeId,
    date: NaiveDate,
    kind: SessionKind,
    situation: String,
    follow_up: Option<FollowUp>,
}

fn read_row(reg: &Register, c: &Cells<'_>, today: NaiveDate) -> Result<Row, SkpRowError> {
    let nip = nip_digits(cell(c, "nip"));
    if nip.is_empty() {
        return Err(c.error(SkpProblem::Required { column: "nip" }));
    }
    let employee = reg
        .employee_by_nip(&Nip::from_trusted(nip.clone()))
        .and_then(|id| reg.employee(id))
        .ok_or_else(|| c.error(SkpProblem::UnknownEmployee(nip)))?;
    if !employee.is_active() {
        return Err(dialog(c, DialogProblem::InactiveEmployee));
    }
    if cell(c, "tanggal").is_empty() {
        return Err(c.error(SkpProblem::Required { column: "tanggal" }));
    }
    let on = date(c, "tanggal", today)?;
    if on > today {
        return Err(dialog(c, DialogProblem::FutureDate(on)));
    }
    let kind_cell = cell(c, "jenis");
    if kind_cell.is_empty() {
        return Err(c.error(SkpProblem::Required { column: "jenis" }));
    }
    let kind = SessionKind::parse(kind_cell)
        .ok_or_else(|| dialog(c, DialogProblem::Kind(kind_cell.to_string())))?;
    let item = cell(c, "tindak_lanjut");
    let due_cell = cell(c, "jatuh_tempo");
    let status_cell = cell(c, "status_tindak_lanjut");
    let status = if status_cell.is_empty() {
        FollowUpStatus::Open
    } else {
        FollowUpStatus::parse(status_cell)
            .ok_or_else(|| dialog(c, DialogProblem::Status(status_cell.to_string())))?
    };
    let due = if due_cell.is_empty() {
        None
    } else {
        Some(date(c, "jatuh_tempo", today)?)
    };
    if let Some(due) = due.filter(|d| *d < on) {
        return Err(dialog(
            c,
            DialogProblem::DueBeforeSession { due, session: on },
        ));
    }
    let follow_up = if item.is_empty() {
        if !due_cell.is_empty() || !status_cell.is_empty() {
            return Err(dialog(c, DialogProblem::FollowUpCellsWithoutItem));
        }
        None
    } else {
        let review = match status {
            FollowUpStatus::Open => None,
            done => Some(FollowUpReview {
                on: due.filter(|d| *d <= today).unwrap_or(today).max(on),
                achieved: done == FollowUpStatus::Achieved,
                explanation: String::new(),
                next_plan: String::new(),
                next_review: None,
            }),
        };
        Some(FollowUp {
            item: item.to_string(),
            due,
            review,
            ..FollowUp::default()
        })
    };
    let appraiser = employee
        .supervisor
        .ok_or_else(|| dialog(c, DialogProblem::NoAppraiser))?;
    Ok(Row {
        line: c.line,
        employee: employee.id,
        appraiser,
        date: on,
        kind,
        situation: cell(c, "catatan").to_string(),
        follow_up,
    })
}

/// A session being gathered from the file: its first line and the line of its `catatan`.
struct Gathered {
    first_line: u64,
    nip: String,
    situation_line: Option<u64>,
    session: Session,
}

/// Checks the whole file against the register as it is `today`. `stored(employee, year)`:
/// the feedback year in the database; its error ends the planning.
pub fn plan<E>(
    reg: &Register,
    rows: &[RawRow],
    today: NaiveDate,
    mut stored: impl FnMut(EmployeeId, i32) -> Result<Option<FeedbackYear>, E>,
) -> Result<Result<DialogImport, Vec<SkpRowError>>, E> {
    let mut errors = Vec::new();
    let mut order: Vec<(EmployeeId, NaiveDate, SessionKind)> = Vec::new();
    let mut sessions: HashMap<(EmployeeId, NaiveDate, SessionKind), Gathered> = HashMap::new();
    for raw in rows {
        // The situation is multi-line text: its line breaks pass the control-character check.
        let situation = raw
            .fields
            .get(CATATAN)
            .map(|c| c.replace("\r\n", "\n"))
            .unwrap_or_default();
        let mut fields = raw.fields.clone();
        if let Some(c) = fields.get_mut(CATATAN) {
            *c = situation.replace('\n', " ");
        }
        let Some(cells) = Cells::new(raw.line, &fields, &DIALOG_HEADER, &mut errors) else {
            continue;
        };
        let row = match read_row(reg, &cells, today) {
            Ok(r) => Row {
                situation: unguard(situation.trim()).trim().to_string(),
                ..r
            },
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        let key = (row.employee, row.date, row.kind);
        let g = sessions.entry(key).or_insert_with(|| {
            order.push(key);
            Gathered {
                first_line: row.line,
                nip: cells.nip.to_string(),
                situation_line: None,
                session: Session::new(row.date, row.kind, row.appraiser),
            }
        });
        if !row.situation.is_empty() {
            match g.situation_line {
                None => {
                    g.session.situation = row.situation;
                    g.situation_line = Some(row.line);
                }
                Some(first_line) if g.session.situation != row.situation => {
                    errors.push(cells.error(SkpProblem::Disagrees {
                        column: "catatan",
                        first_line,
                    }));
                    continue;
                }
                Some(_) => {}
            }
        }
        if let Some(f) = row.follow_up {
            g.session.follow_ups.push(f);
        }
    }
    let mut years: HashMap<(EmployeeId, i32), FeedbackYear> = HashMap::new();
    let mut out = DialogImport::default();
    for key in order {
        let Some(g) = sessions.remove(&key) else {
            continue;
        };
        let bad = |problem| SkpRowError {
            line: g.first_line,
            nip: g.nip.clone(),
            problem,
        };
        if g.session.situation.trim().is_empty() {
            errors.push(bad(SkpProblem::Required { column: "catatan" }));
            continue;
        }
        let (employee, on, kind) = key;
        let year = match years.get_mut(&(employee, on.year())) {
            Some(y) => y,
            None => {
                let y = stored(employee, on.year())?
                    .unwrap_or_else(|| FeedbackYear::new(employee, on.year()));
                years.entry((employee, on.year())).or_insert(y)
            }
        };
        // Two sessions of the file never meet here (they would have been one): this finds
        // the stored ones.
        if year.sessions.iter().any(|s| s.date == on && s.kind == kind) {
            errors.push(bad(SkpProblem::Dialog(DialogProblem::SessionExists)));
            continue;
        }
        let mut session = g.session;
        session.id = year.take_id();
        out.sessions += 1;
        out.follow_ups += session.follow_ups.len();
        year.put_session(session);
    }
    if !errors.is_empty() {
        errors.sort_by_key(|e| e.line);
        return Ok(Err(errors));
    }
    let mut list: Vec<FeedbackYear> = years.into_values().collect();
    list.sort_by_key(|y| (y.employee, y.year));
    out.years = list;
    Ok(Ok(out))
}

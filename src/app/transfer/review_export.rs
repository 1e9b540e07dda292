//! Exporting evaluations (`kinerja export penilaian --tahun YYYY --format csv|json`): one row
//! per evaluation (periodic and annual, drafts included), written as they are read so that
//! 50,000 employees' years never sit in memory at once.
//!
//! Columns ([`REVIEW_EXPORT_HEADER`]): `nip`, `nama` (as signed; the register's name for a
//! draft), `jenis` (tahunan/periodik), `segmen` (empty for tahunan), `rating_hasil`,
//! `rating_perilaku`, `predikat`, `ditandatangani` (DD/MM/YYYY, empty for a draft),
//! `nip_penilai`, `keberatan` (`none`, `pending`: filed and undecided, `decided`). After a
//! decided objection the ratings and the grade are the decided ones (the final grade);
//! `predikat` is empty until signed. Words as domain.md writes them, in every language.
//! JSON: an array of objects with the same fields (`segmen`, `ditandatangani` and empty
//! ratings/grade as null).

use std::io::Write;

use serde::Serialize;

use super::export::{ExportError, Format};
use super::review_rows::{kind_cells, official};
use crate::app::services::register::Register;
use crate::domain::appraisal::Rating;
use crate::domain::review::objection::Outcome;
use crate::domain::review::year::{ObjectionState, ReviewEntry, ReviewYear};
use crate::domain::Directory;

pub const REVIEW_EXPORT_HEADER: [&str; 10] = [
    "nip",
    "nama",
    "jenis",
    "segmen",
    "rating_hasil",
    "rating_perilaku",
    "predikat",
    "ditandatangani",
    "nip_penilai",
    "keberatan",
];

/// One evaluation in the export.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ReviewExportRow {
    pub nip: String,
    pub nama: String,
    pub jenis: &'static str,
    pub segmen: Option<u8>,
    pub rating_hasil: Option<String>,
    pub rating_perilaku: Option<String>,
    pub predikat: Option<String>,
    pub ditandatangani: Option<String>,
    pub nip_penilai: String,
    pub keberatan: &'static str,
}

/// `none` / `pending` / `decided` (upheld or changed).
pub fn objection_word(state: ObjectionState) -> &'static str {
    match state {
        ObjectionState::None => "none",
        ObjectionState::Pending => "pending",
        ObjectionState::Upheld | ObjectionState::Changed => "decided",
    }
}

/// The ratings that count: the decision's when it changed them.
fn final_ratings(e: &ReviewEntry) -> (Option<Rating>, Option<Rating>) {
    let decided = e
        .objection
        .as_ref()
        .and_then(|o| o.decision.as_ref())
        .map(|d| d.outcome);
    match decided {
        Some(Outcome::Changed { work, behaviour }) => (Some(work), Some(behaviour)),
        _ => (e.review.work, e.review.behaviour),
    }
}

/// The rows of one employee's year, in kind order (segments, then the annual evaluation).
pub fn rows_of(reg: &Register, y: &ReviewYear) -> Vec<ReviewExportRow> {
    let now = reg.employee(y.employee);
    y.entries
        .iter()
        .map(|e| {
            let signature = e.review.signature();
            let (jenis, segmen) = kind_cells(e.review.kind);
            let (work, behaviour) = final_ratings(e);
            let nip = signature
                .map(|s| s.employee.nip.as_str().to_string())
                .or_else(|| now.map(|n| n.nip.as_str().to_string()))
                .unwrap_or_default();
            let nama = signature
                .map(|s| s.employee.name.clone())
                .or_else(|| now.map(|n| n.full_name()))
                .unwrap_or_default();
            let nip_penilai = signature
                .map(|s| s.appraiser.nip.as_str().to_string())
                .or_else(|| {
                    reg.employee(e.review.appraiser)
                        .map(|a| a.nip.as_str().to_string())
                })
                .unwrap_or_default();
            ReviewExportRow {
                nip,
                nama,
                jenis,
                segmen,
                rating_hasil: work.map(|r| official(&r)),
                rating_perilaku: behaviour.map(|r| official(&r)),
                predikat: e.final_grade().map(|g| official(&g)),
                ditandatangani: signature.map(|s| s.signed_on.format("%d/%m/%Y").to_string()),
                nip_penilai,
                keberatan: objection_word(e.objection_state()),
            }
        })
        .collect()
}

/// Where the rows go.
enum Sink<W: Write> {
    Csv(Box<csv::Writer<W>>),
    Json(W),
}

/// Writes rows as they come: CSV with the header, or one JSON array.
pub struct ReviewWriter<W: Write> {
    sink: Sink<W>,
    rows: usize,
}

impl<W: Write> ReviewWriter<W> {
    pub fn new(format: Format, mut w: W) -> Result<ReviewWriter<W>, ExportError> {
        let sink = match format {
            Format::Csv => {
                let mut c = csv::Writer::from_writer(w);
                c.write_record(REVIEW_EXPORT_HEADER)?;
                Sink::Csv(Box::new(c))
            }
            Format::Json => {
                w.write_all(b"[")?;
                Sink::Json(w)
            }
        };
        Ok(ReviewWriter { sink, rows: 0 })
    }

    pub fn row(&mut self, r: &ReviewExportRow) -> Result<(), ExportError> {
        let text = |o: &Option<String>| o.clone().unwrap_or_default();
        match &mut self.sink {
            Sink::Csv(c) => c.write_record([
                r.nip.clone(),
                r.nama.clone(),
                r.jenis.to_string(),
                r.segmen.map(|s| s.to_string()).unwrap_or_default(),
                text(&r.rating_hasil),
                text(&r.rating_perilaku),
                text(&r.predikat),
                text(&r.ditandatangani),
                r.nip_penilai.clone(),
                r.keberatan.to_string(),
            ])?,
            Sink::Json(w) => {
                if self.rows > 0 {
                    w.write_all(b",")?;
                }
                w.write_all(b"\n  ")?;
                serde_json::to_writer(&mut *w, r)?;
            }
        }
        self.rows += 1;
        Ok(())
    }

    /// Closes the array (JSON), flushes, and gives back the writer with the row count.
    pub fn finish(self) -> Result<(usize, W), ExportError> {
        let mut w = match self.sink {
            Sink::Csv(c) => c
                .into_inner()
                .map_err(|e| ExportError::Io(e.into_error()))?,
            Sink::Json(mut w) => {
                w.write_all(if self.rows > 0 { b"\n]\n" } else { b"]\n" })?;
                w
            }
        };
        w.flush()?;
        Ok((self.rows, w))
    }
}

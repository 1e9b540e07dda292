//! Exporting feedback sessions (`kinerja export dialog --tahun YYYY --format csv|json`): one
//! entry per session with its follow-ups, employee by employee in register order, sessions by
//! date; written as they are read so that a whole office's year never sits in memory.
//!
//! CSV: exactly the import header ([`DIALOG_HEADER`]), one row per follow-up (a session
//! without follow-ups: one row with the follow-up cells empty), so that the file imports
//! again into another database. Text cells are guarded against spreadsheet formulas (a
//! leading apostrophe the import takes off); the situation keeps its line breaks (quoted).
//! JSON: an array of session objects ([`SessionJson`]) with everything the record holds:
//! the appraiser, topics, acknowledgements, and a `tindak_lanjut` array with each follow-up's
//! details, review and carry-over. Dates DD/MM/YYYY; codes as the import reads them.

use std::io::Write;

use chrono::NaiveDate;
use serde::Serialize;

use super::export::{guard, ExportError, Format};
use super::feedback_import::DIALOG_HEADER;
use crate::app::services::register::Register;
use crate::domain::feedback::{FeedbackYear, FollowUp, FollowUpRef, Session, Topic};
use crate::domain::{Directory, EmployeeId};

fn dmy(d: NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

fn dmy_opt(d: Option<NaiveDate>) -> Option<String> {
    d.map(dmy)
}

/// A topic as one line: `RHK 2: <text>` or the core value's official name.
pub fn topic_text(t: &Topic) -> String {
    match t {
        Topic::Result { number, text, .. } => format!("RHK {number}: {text}"),
        Topic::CoreValue(v) => v.text().name.clone(),
    }
}

/// Where a follow-up was carried from or to: `tahun/sesi/nomor` (the number from 1).
pub fn reference(r: &FollowUpRef) -> String {
    format!("{}/{}/{}", r.year, r.session, u32::from(r.index) + 1)
}

/// One follow-up in the JSON export.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FollowUpJson {
    pub tindak_lanjut: String,
    pub kompetensi: String,
    pub metode: String,
    pub waktu: String,
    pub tanggung_jawab_pegawai: String,
    pub tanggung_jawab_penilai: String,
    pub jatuh_tempo: Option<String>,
    /// `terbuka`, `tercapai`, `tidak_tercapai`.
    pub status: &'static str,
    pub tanggal_reviu: Option<String>,
    pub penjelasan: Option<String>,
    pub rencana_berikutnya: Option<String>,
    pub reviu_berikutnya: Option<String>,
    /// `tahun/sesi/nomor` of the unachieved follow-up this one continues.
    pub lanjutan_dari: Option<String>,
    /// `tahun/sesi/nomor` of the follow-up it was carried to.
    pub dilanjutkan_ke: Option<String>,
}

/// One session in the JSON export.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SessionJson {
    pub nip: String,
    pub nama: String,
    /// The session's number within the employee's year.
    pub sesi: u32,
    pub tanggal: String,
    pub jenis: &'static str,
    pub catatan: String,
    pub nip_penilai: String,
    pub nama_penilai: String,
    pub topik: Vec<String>,
    pub diketahui_pegawai: Option<String>,
    pub diketahui_penilai: Option<String>,
    pub tindak_lanjut: Vec<FollowUpJson>,
}

fn follow_up_json(f: &FollowUp) -> FollowUpJson {
    FollowUpJson {
        tindak_lanjut: f.item.clone(),
        kompetensi: f.competence.clone(),
        metode: f.method.clone(),
        waktu: f.when.clone(),
        tanggung_jawab_pegawai: f.employee_part.clone(),
        tanggung_jawab_penilai: f.appraiser_part.clone(),
        jatuh_tempo: dmy_opt(f.due),
        status: f.status().code(),
        tanggal_reviu: f.review.as_ref().map(|r| dmy(r.on)),
        penjelasan: f.review.as_ref().map(|r| r.explanation.clone()),
        rencana_berikutnya: f.review.as_ref().map(|r| r.next_plan.clone()),
        reviu_berikutnya: f.review.as_ref().and_then(|r| dmy_opt(r.next_review)),
        lanjutan_dari: f.carried_from.as_ref().map(reference),
        dilanjutkan_ke: f.carried_to.as_ref().map(reference),
    }
}

fn person(reg: &Register, id: EmployeeId) -> (String, String) {
    reg.employee(id).map_or_else(
        || (String::new(), String::new()),
        |e| (e.nip.as_str().to_string(), e.full_name()),
    )
}

/// The JSON object of one session of `employee`.
pub fn session_json(reg: &Register, employee: EmployeeId, s: &Session) -> SessionJson {
    let (nip, nama) = person(reg, employee);
    let (nip_penilai, nama_penilai) = person(reg, s.appraiser);
    SessionJson {
        nip,
        nama,
        sesi: s.id,
        tanggal: dmy(s.date),
        jenis: s.kind.code(),
        catatan: s.situation.clone(),
        nip_penilai,
        nama_penilai,
        topik: s.topics.iter().map(topic_text).collect(),
        diketahui_pegawai: dmy_opt(s.acknowledged_by_employee),
        diketahui_penilai: dmy_opt(s.acknowledged_by_appraiser),
        tindak_lanjut: s.follow_ups.iter().map(follow_up_json).collect(),
    }
}

/// The CSV rows of one session, in [`DIALOG_HEADER`] order.
pub fn session_rows(nip: &str, s: &Session) -> Vec<[String; 7]> {
    let head = |item: String, due: String, status: String| {
        [
            nip.to_string(),
            dmy(s.date),
            s.kind.code().to_string(),
            guard(s.situation.clone()),
            item,
            due,
            status,
        ]
    };
    if s.follow_ups.is_empty() {
        return vec![head(String::new(), String::new(), String::new())];
    }
    s.follow_ups
        .iter()
        .map(|f| {
            head(
                guard(f.item.clone()),
                dmy_opt(f.due).unwrap_or_default(),
                f.status().code().to_string(),
            )
        })
        .collect()
}

enum Sink<W: Write> {
    Csv(Box<csv::Writer<W>>),
    Json(W),
}

/// Writes sessions as they come: CSV with the header, or one JSON array.
pub struct DialogWriter<W: Write> {
    sink: Sink<W>,
    sessions: usize,
}

impl<W: Write> DialogWriter<W> {
    pub fn new(format: Format, mut w: W) -> Result<DialogWriter<W>, ExportError> {
        let sink = match format {
            Format::Csv => {
                let mut c = csv::Writer::from_writer(w);
                c.write_record(DIALOG_HEADER)?;
                Sink::Csv(Box::new(c))
            }
            Format::Json => {
                w.write_all(b"[")?;
                Sink::Json(w)
            }
        };
        Ok(DialogWriter { sink, sessions: 0 })
    }

    /// Every session of one employee's year, by date.
    pub fn year(&mut self, reg: &Register, y: &FeedbackYear) -> Result<(), ExportError> {
        let nip = person(reg, y.employee).0;
        for s in &y.sessions {
            match &mut self.sink {
                Sink::Csv(c) => {
                    for row in session_rows(&nip, s) {
                        c.write_record(row)?;
                    }
                }
                Sink::Json(w) => {
                    if self.sessions > 0 {
                        w.write_all(b",")?;
                    }
                    w.write_all(b"\n  ")?;
                    serde_json::to_writer(&mut *w, &session_json(reg, y.employee, s))?;
                }
            }
            self.sessions += 1;
        }
        Ok(())
    }

    /// Closes the array (JSON), flushes, and gives back the writer with the session count.
    pub fn finish(self) -> Result<(usize, W), ExportError> {
        let mut w = match self.sink {
            Sink::Csv(c) => c
                .into_inner()
                .map_err(|e| ExportError::Io(e.into_error()))?,
            Sink::Json(mut w) => {
                w.write_all(if self.sessions > 0 { b"\n]\n" } else { b"]\n" })?;
                w
            }
        };
        w.flush()?;
        Ok((self.sessions, w))
    }
}

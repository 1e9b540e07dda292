//! Exporting the register (`kinerja export pegawai|unit --format csv|json`).
//!
//! The employee CSV has the import header ([`crate::app::transfer::import::HEADER`]), so an exported file
//! re-imports unchanged. The unit CSV has `id,nama,induk_id,induk_nama,kepala_nip,kepala_nama,
//! aktif`. JSON: an array of objects with readable fields, dates as `yyyy-mm-dd`.

use std::io::Write;

use chrono::NaiveDate;
use serde::Serialize;

use crate::app::services::register::Register;
use crate::app::transfer::import::HEADER;
use crate::domain::{Directory, Employee, EmployeeStatus, OrgUnit};

/// Columns of the unit CSV.
pub const UNIT_HEADER: [&str; 7] = [
    "id",
    "nama",
    "induk_id",
    "induk_nama",
    "kepala_nip",
    "kepala_nama",
    "aktif",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
}

/// Why an export could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Io(#[from] std::io::Error),
    #[error(transparent)]
    Json(#[from] serde_json::Error),
}

impl From<csv::Error> for ExportError {
    fn from(e: csv::Error) -> ExportError {
        match e.into_kind() {
            csv::ErrorKind::Io(io) => ExportError::Io(io),
            other => ExportError::Io(std::io::Error::other(format!("{other:?}"))),
        }
    }
}

/// One employee in the JSON export.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EmployeeJson {
    pub id: u64,
    pub nip: String,
    pub nama: String,
    pub gelar_depan: String,
    pub gelar_belakang: String,
    pub nama_lengkap: String,
    pub jenis: String,
    pub golongan: String,
    pub pangkat: String,
    pub jabatan: String,
    pub jenis_jabatan: String,
    pub unit_id: u64,
    pub unit: String,
    pub nip_atasan: Option<String>,
    pub nama_atasan: Option<String>,
    pub tmt_cpns: Option<String>,
    pub tmt_pangkat: Option<String>,
    pub tmt_jabatan: Option<String>,
    pub status: String,
    pub status_sejak: Option<String>,
    pub status_catatan: String,
    pub telepon: String,
    pub email: String,
}

/// One unit in the JSON export.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct UnitJson {
    pub id: u64,
    pub nama: String,
    pub induk_id: Option<u64>,
    pub induk_nama: Option<String>,
    pub kepala_nip: Option<String>,
    pub kepala_nama: Option<String>,
    pub aktif: bool,
}

fn date(d: Option<NaiveDate>) -> Option<String> {
    d.map(|d| d.format("%Y-%m-%d").to_string())
}

/// The CSV cells of one employee, in [`HEADER`] order.
/// A text cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) gets a
/// leading apostrophe; import takes it off again (`import::unguard`).
pub fn guard(cell: String) -> String {
    if cell.starts_with(['=', '+', '-', '@']) {
        format!("'{cell}")
    } else {
        cell
    }
}

/// The CSV cells of one employee; NIPs and codes are written as they are, text is guarded.
pub fn employee_cells(reg: &Register, e: &Employee) -> [String; 11] {
    let mut cells = raw_cells(reg, e);
    for c in [1, 2, 3, 6, 8] {
        cells[c] = guard(std::mem::take(&mut cells[c]));
    }
    cells
}

fn raw_cells(reg: &Register, e: &Employee) -> [String; 11] {
    [
        e.nip.as_str().to_string(),
        e.name.name.clone(),
        e.name.front_title.clone(),
        e.name.back_title.clone(),
        e.kind.code().to_string(),
        e.grade.code(),
        e.position.clone(),
        e.position_kind.label(),
        // The path names the unit even when another one elsewhere has its name.
        reg.unit_path(e.unit),
        supervisor(reg, e).map_or_else(String::new, |s| s.nip.as_str().to_string()),
        e.status.code().to_string(),
    ]
}

fn supervisor<'a>(reg: &'a Register, e: &Employee) -> Option<&'a Employee> {
    e.supervisor.and_then(|s| reg.employee(s))
}

pub fn employee_json(reg: &Register, e: &Employee) -> EmployeeJson {
    let sup = supervisor(reg, e);
    let (since, note) = match &e.status {
        EmployeeStatus::Active => (None, String::new()),
        EmployeeStatus::Inactive { since, note, .. } => (date(*since), note.clone()),
    };
    EmployeeJson {
        id: e.id.0,
        nip: e.nip.as_str().to_string(),
        nama: e.name.name.clone(),
        gelar_depan: e.name.front_title.clone(),
        gelar_belakang: e.name.back_title.clone(),
        nama_lengkap: e.full_name(),
        jenis: e.kind.code().to_string(),
        golongan: e.grade.code(),
        pangkat: e.grade.label(),
        jabatan: e.position.clone(),
        jenis_jabatan: e.position_kind.label(),
        unit_id: e.unit.0,
        unit: reg.unit_name(e.unit).to_string(),
        nip_atasan: sup.map(|s| s.nip.as_str().to_string()),
        nama_atasan: sup.map(Employee::full_name),
        tmt_cpns: date(e.appointed_on),
        tmt_pangkat: date(e.grade_since),
        tmt_jabatan: date(e.position_since),
        status: e.status.code().to_string(),
        status_sejak: since,
        status_catatan: note,
        telepon: e.phone.clone(),
        email: e.email.clone(),
    }
}

pub fn unit_json(reg: &Register, u: &OrgUnit) -> UnitJson {
    let parent = u.parent.and_then(|p| reg.unit(p));
    let head = u.head.and_then(|h| reg.employee(h));
    UnitJson {
        id: u.id.0,
        nama: u.name.clone(),
        induk_id: u.parent.map(|p| p.0),
        induk_nama: parent.map(|p| p.name.clone()),
        kepala_nip: head.map(|h| h.nip.as_str().to_string()),
        kepala_nama: head.map(Employee::full_name),
        aktif: u.active,
    }
}

/// Writes every employee, in id order.
pub fn write_employees(reg: &Register, format: Format, out: impl Write) -> Result<(), ExportError> {
    match format {
        Format::Csv => {
            let mut w = csv::Writer::from_writer(out);
            w.write_record(HEADER)?;
            for e in reg.employees() {
                w.write_record(employee_cells(reg, e))?;
            }
            w.flush()?;
        }
        Format::Json => {
            let rows: Vec<EmployeeJson> = reg
                .employees()
                .iter()
                .map(|e| employee_json(reg, e))
                .collect();
            write_json(&rows, out)?;
        }
    }
    Ok(())
}

/// Writes every unit, in id order.
pub fn write_units(reg: &Register, format: Format, out: impl Write) -> Result<(), ExportError> {
    match format {
        Format::Csv => {
            let mut w = csv::Writer::from_writer(out);
            w.write_record(UNIT_HEADER)?;
            for u in reg.units() {
                let j = unit_json(reg, u);
                w.write_record([
                    j.id.to_string(),
                    guard(j.nama),
                    j.induk_id.map_or_else(String::new, |p| p.to_string()),
                    guard(j.induk_nama.unwrap_or_default()),
                    j.kepala_nip.unwrap_or_default(),
                    guard(j.kepala_nama.unwrap_or_default()),
                    if j.aktif { "ya" } else { "tidak" }.to_string(),
                ])?;
            }
            w.flush()?;
        }
        Format::Json => {
            let rows: Vec<UnitJson> = reg.units().iter().map(|u| unit_json(reg, u)).collect();
            write_json(&rows, out)?;
        }
    }
    Ok(())
}

fn write_json<T: Serialize>(rows: &[T], mut out: impl Write) -> Result<(), ExportError> {
    serde_json::to_writer_pretty(&mut out, rows)?;
    out.write_all(b"\n")?;
    out.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::transfer::import::{plan, RawRow};
    use crate::domain::RecordKind;

    fn register() -> Register {
        let lines = [
            "198001012005011001,Yohanes Gebze,,S.Sos.,PNS,IV/a,Kepala Distrik,Administrator,Kantor Distrik Salor,,aktif",
            "198503152010012002,Maria Kaize,,\"S.Sos., M.Si.\",PNS,III/d,Kepala Seksi,Pengawas,Seksi Pelayanan,198001012005011001,aktif",
            "199401012022211004,Rina Samkakai,,A.Md.,PPPK,VII,Pengelola Layanan,Pelaksana,Seksi Pelayanan,198503152010012002,pensiun",
        ];
        let rows: Vec<RawRow> = lines
            .iter()
            .enumerate()
            .map(|(i, l)| {
                let mut r = csv::ReaderBuilder::new()
                    .has_headers(false)
                    .from_reader(l.as_bytes());
                let rec = r.records().next().unwrap().unwrap();
                RawRow {
                    line: i as u64 + 2,
                    fields: rec.iter().map(str::to_string).collect(),
                }
            })
            .collect();
        let mut p = plan(
            &Register::default(),
            &rows,
            chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(),
        )
        .unwrap();
        let mut n = 0;
        p.assign_ids(|_: RecordKind| {
            n += 1;
            Ok::<u64, ()>(n)
        })
        .unwrap();
        Register::from_parts(p.employees, p.units)
    }

    #[test]
    fn csv_has_the_import_header_and_quotes_titles_with_commas() {
        let reg = register();
        let mut out = Vec::new();
        write_employees(&reg, Format::Csv, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], HEADER.join(","));
        assert_eq!(lines.len(), 4);
        assert!(lines.contains(&"198503152010012002,Maria Kaize,,\"S.Sos., M.Si.\",PNS,III/d,Kepala Seksi,Pengawas,Kantor Distrik Salor / Seksi Pelayanan,198001012005011001,aktif"), "{text}");
        assert!(lines.contains(&"199401012022211004,Rina Samkakai,,A.Md.,PPPK,VII,Pengelola Layanan,Pelaksana,Kantor Distrik Salor / Seksi Pelayanan,198503152010012002,pensiun"), "{text}");
    }

    #[test]
    fn json_has_readable_fields() {
        let reg = register();
        let mut out = Vec::new();
        write_employees(&reg, Format::Json, &mut out).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        let arr = v.as_array().unwrap();
        assert_eq!(arr.len(), 3);
        let maria = arr.iter().find(|e| e["nama"] == "Maria Kaize").unwrap();
        assert_eq!(maria["nama_lengkap"], "Maria Kaize, S.Sos., M.Si.");
        assert_eq!(maria["pangkat"], "III/d Penata Tingkat I");
        assert_eq!(maria["tmt_cpns"], "2010-01-01");
        assert_eq!(maria["nama_atasan"], "Yohanes Gebze, S.Sos.");

        let mut out = Vec::new();
        write_units(&reg, Format::Csv, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.starts_with("id,nama,induk_id,induk_nama,kepala_nip,kepala_nama,aktif\n"));
        assert!(
            text.contains(
                "\n1,Kantor Distrik Salor,,,198001012005011001,\"Yohanes Gebze, S.Sos.\",ya\n"
            ) && text.contains("\n2,Seksi Pelayanan,1,Kantor Distrik Salor,198503152010012002,"),
            "{text}"
        );
    }
}

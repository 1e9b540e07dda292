//! `kinerja laporan tindak-lanjut --unit UNIT [--format text|csv|json]`: HR's list of what the
//! signed annual grades lead to (domain.md 9) for every active employee of a unit and the
//! units under it, today. Codes in the CSV/JSON are language-neutral (like the contracts'
//! words); `keterangan` explains in the CLI's language.

use std::path::Path;

use serde::Serialize;

use super::args::FollowUpArgs;
use super::error::CliError;
use super::review_unit::find_unit;
use super::{cli_actor, open_services, write_stdout};
use crate::app::transfer::follow_up::{unit_follow_ups, FollowUpRow};
use crate::app::transfer::review_rows::official;
use crate::domain::review::consequence::{PayStep, PromotionBlocker};
use crate::i18n::follow_up as words;
use crate::i18n::Lang;

/// The CSV header, also the JSON fields.
pub const HEADER: [&str; 12] = [
    "nip",
    "nama",
    "jabatan",
    "jenis_pegawai",
    "tahun",
    "predikat_tahun_sebelumnya",
    "predikat",
    "angka_kredit",
    "kenaikan_pangkat",
    "kgb",
    "pengembangan",
    "keterangan",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum FollowUpFormat {
    Text,
    Csv,
    Json,
}

/// One line of the list, as written.
#[derive(Debug, Serialize)]
pub struct FollowUpJson {
    pub nip: String,
    pub nama: String,
    pub jabatan: String,
    pub jenis_pegawai: &'static str,
    pub tahun: i32,
    pub predikat_tahun_sebelumnya: Option<String>,
    pub predikat: Option<String>,
    /// Since the later of TMT jabatan and TMT pangkat, three decimals; null outside
    /// functional positions.
    pub angka_kredit: Option<f64>,
    /// `memenuhi`, `belum`, or `bandingkan_angka_kredit` (time and grades qualify, the credit
    /// points are HR's to compare with the rank's requirement).
    pub kenaikan_pangkat: &'static str,
    /// `memenuhi`, `ditunda`, `belum_ada_predikat`.
    pub kgb: &'static str,
    /// `rencana_pengembangan`, `talent_pool` or empty.
    pub pengembangan: &'static str,
    pub keterangan: String,
}

fn promotion_code(blockers: &[PromotionBlocker]) -> &'static str {
    if blockers.is_empty() {
        "memenuhi"
    } else if blockers
        .iter()
        .all(|b| matches!(b, PromotionBlocker::CreditPointsToCompare { .. }))
    {
        "bandingkan_angka_kredit"
    } else {
        "belum"
    }
}

pub fn json_row(lang: Lang, r: &FollowUpRow) -> FollowUpJson {
    let f = &r.follow_up;
    let e = &r.employee;
    let grade = |y: i32| f.grades.get(&y).map(official);
    FollowUpJson {
        nip: e.nip.as_str().to_string(),
        nama: e.full_name(),
        jabatan: e.position.clone(),
        jenis_pegawai: e.kind.code(),
        tahun: f.last_year,
        predikat_tahun_sebelumnya: grade(f.last_year - 1),
        predikat: grade(f.last_year),
        angka_kredit: f
            .credit
            .as_ref()
            .map(|c| (c.total * 1000.0).round() / 1000.0),
        kenaikan_pangkat: promotion_code(&f.promotion),
        kgb: match f.pay_step {
            PayStep::Due => "memenuhi",
            PayStep::Postponed => "ditunda",
            PayStep::NoGrades => "belum_ada_predikat",
        },
        pengembangan: match (f.development.development_plan, f.development.talent_pool) {
            (true, _) => "rencana_pengembangan",
            (false, true) => "talent_pool",
            (false, false) => "",
        },
        keterangan: words::promotion(lang, f),
    }
}

fn csv_text(rows: &[FollowUpJson]) -> Result<String, CliError> {
    let out_err = |e: csv::Error| CliError::Output(std::io::Error::other(e));
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(HEADER).map_err(out_err)?;
    for r in rows {
        w.write_record([
            r.nip.clone(),
            r.nama.clone(),
            r.jabatan.clone(),
            r.jenis_pegawai.to_string(),
            r.tahun.to_string(),
            r.predikat_tahun_sebelumnya.clone().unwrap_or_default(),
            r.predikat.clone().unwrap_or_default(),
            r.angka_kredit.map_or_else(String::new, |p| p.to_string()),
            r.kenaikan_pangkat.to_string(),
            r.kgb.to_string(),
            r.pengembangan.to_string(),
            r.keterangan.clone(),
        ])
        .map_err(out_err)?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| CliError::Output(std::io::Error::other(e.to_string())))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// The readable list: one block per employee with the pane's lines.
fn text(lang: Lang, unit: &str, rows: &[FollowUpRow]) -> String {
    let mut s = format!("{} · {unit} · {}\n", words::heading(lang), rows.len());
    for r in rows {
        s.push_str(&format!(
            "\n{} · NIP {}\n",
            r.employee.full_name(),
            r.employee.nip.as_str()
        ));
        for (label, value) in words::lines(lang, &r.follow_up) {
            s.push_str(&format!("  {label}: {value}\n"));
        }
    }
    s
}

pub fn report(db: &Path, a: &FollowUpArgs, lang: Lang) -> Result<(), CliError> {
    let services = open_services(db, cli_actor())?;
    let unit = find_unit(&services.register, &a.unit)?;
    let rows = unit_follow_ups(&services, unit)?;
    let out = match a.format {
        FollowUpFormat::Text => text(lang, services.register.unit_name(unit), &rows),
        FollowUpFormat::Csv => {
            csv_text(&rows.iter().map(|r| json_row(lang, r)).collect::<Vec<_>>())?
        }
        FollowUpFormat::Json => {
            let json: Vec<FollowUpJson> = rows.iter().map(|r| json_row(lang, r)).collect();
            let mut s = serde_json::to_string_pretty(&json)
                .map_err(|e| CliError::Output(std::io::Error::from(e)))?;
            s.push('\n');
            s
        }
    };
    write_stdout(out.as_bytes())
}

//! Exporting plans (`kinerja export skp --tahun YYYY [--nip NIP] --format csv|json`).
//!
//! CSV: the import layout ([`SKP_HEADER`], one row per indicator), so an export re-imports.
//! JSON: an array of plans `{nip, nama, tahun, status, pendekatan, rhk: [{no, jenis, teks,
//! no_rhk_atasan, indikator: [{no, teks, aspek, target, satuan, arah, realisasi: [{segmen,
//! nilai, capaian, bukti, umpan_balik}]}]}]}`; `capaian` in percent with two decimals, null
//! for a qualitative target.
//!
//! Cells are written as stored: like the employee export, nothing guards a cell that begins
//! with `=`, `+`, `-` or `@` against spreadsheet formulas yet (being fixed for both exports).

use std::io::Write;

use serde::Serialize;

use super::export::{ExportError, Format};
use super::skp_rows::SKP_HEADER;
use crate::domain::plan::{achievement, Indicator, PerformancePlan, RealizedValue, Target};

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PlanJson {
    pub nip: String,
    pub nama: String,
    pub tahun: i32,
    pub status: String,
    pub pendekatan: String,
    pub rhk: Vec<ResultJson>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ResultJson {
    pub no: u16,
    pub jenis: String,
    pub teks: String,
    pub no_rhk_atasan: Option<u16>,
    pub indikator: Vec<IndicatorJson>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct IndicatorJson {
    pub no: u16,
    pub teks: String,
    pub aspek: Option<String>,
    pub target: String,
    pub satuan: String,
    pub arah: String,
    pub realisasi: Vec<RealizationJson>,
}

/// `nilai` is a number for a numeric target, text for a narrative one.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum ValueJson {
    Number(f64),
    Text(String),
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RealizationJson {
    pub segmen: u8,
    pub nilai: ValueJson,
    pub capaian: Option<f64>,
    pub bukti: String,
    pub umpan_balik: String,
}

/// A target as the import reads it: `150`, `12.5`, `7-8`, or the narrative.
pub fn target_cell(t: &Target) -> String {
    match t {
        Target::Number(n) => n.to_string(),
        Target::Range { min, max } => format!("{min}-{max}"),
        Target::Narrative(s) => s.clone(),
    }
}

fn indicator_json(i: &Indicator) -> IndicatorJson {
    IndicatorJson {
        no: i.number,
        teks: i.text.clone(),
        aspek: i.aspect.map(|a| a.code().to_string()),
        target: target_cell(&i.target),
        satuan: i.unit.clone(),
        arah: i.direction.code().to_string(),
        realisasi: i
            .realizations
            .iter()
            .map(|r| RealizationJson {
                segmen: r.segment,
                nilai: match &r.value {
                    RealizedValue::Number(n) => ValueJson::Number(*n),
                    RealizedValue::Text(s) => ValueJson::Text(s.clone()),
                },
                capaian: r
                    .value
                    .number()
                    .and_then(|v| achievement(&i.target, i.direction, v))
                    .map(|a| a.percent()),
                bukti: evidence_cell(&r.evidence),
                umpan_balik: r.feedback.clone(),
            })
            .collect(),
    }
}

fn evidence_cell(e: &crate::domain::plan::Evidence) -> String {
    match (e.description.trim(), e.location.trim()) {
        (d, "") => d.to_string(),
        ("", l) => l.to_string(),
        (d, l) => format!("{d} ({l})"),
    }
}

pub fn plan_json(p: &PerformancePlan) -> PlanJson {
    PlanJson {
        nip: p.employee.nip.as_str().to_string(),
        nama: p.employee.name.clone(),
        tahun: p.year,
        status: p.state.code().to_string(),
        pendekatan: p.approach.code().to_string(),
        rhk: p
            .results
            .iter()
            .map(|r| ResultJson {
                no: r.number,
                jenis: r.kind.code().to_string(),
                teks: r.text.clone(),
                no_rhk_atasan: r.parent_result.map(|pr| pr.number),
                indikator: r.indicators.iter().map(indicator_json).collect(),
            })
            .collect(),
    }
}

/// The CSV rows of one plan, in [`SKP_HEADER`] order.
pub fn plan_rows(p: &PerformancePlan) -> Vec<[String; 13]> {
    let mut rows = Vec::new();
    for r in &p.results {
        for i in &r.indicators {
            rows.push([
                p.employee.nip.as_str().to_string(),
                p.year.to_string(),
                p.approach.code().to_string(),
                r.kind.code().to_string(),
                r.number.to_string(),
                r.text.clone(),
                r.parent_result
                    .map_or_else(String::new, |pr| pr.number.to_string()),
                i.number.to_string(),
                i.text.clone(),
                i.aspect.map_or_else(String::new, |a| a.code().to_string()),
                target_cell(&i.target),
                i.unit.clone(),
                i.direction.code().to_string(),
            ]);
        }
    }
    rows
}

/// Writes `plans` in `format`; returns how many rows (CSV) or plans (JSON) it wrote.
pub fn write_plans(
    plans: &[PerformancePlan],
    format: Format,
    mut out: impl Write,
) -> Result<usize, ExportError> {
    match format {
        Format::Csv => {
            let mut w = csv::Writer::from_writer(out);
            w.write_record(SKP_HEADER)?;
            let mut n = 0;
            for p in plans {
                for row in plan_rows(p) {
                    w.write_record(row)?;
                    n += 1;
                }
            }
            w.flush()?;
            Ok(n)
        }
        Format::Json => {
            let rows: Vec<PlanJson> = plans.iter().map(plan_json).collect();
            serde_json::to_writer_pretty(&mut out, &rows)?;
            out.write_all(b"\n")?;
            out.flush()?;
            Ok(rows.len())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::plan::Approach;

    #[test]
    fn target_cells_read_back_as_the_same_target() {
        for (t, cell) in [
            (Target::Number(150.0), "150"),
            (Target::Number(12.5), "12.5"),
            (Target::Range { min: 7.0, max: 8.0 }, "7-8"),
            (Target::Range { min: 2.5, max: 3.0 }, "2.5-3"),
        ] {
            assert_eq!(target_cell(&t), cell);
            assert_eq!(Target::parse(cell, Approach::Quantitative), Ok(t));
        }
        let n = Target::Narrative("Laporan lengkap setiap bulan".into());
        assert_eq!(target_cell(&n), "Laporan lengkap setiap bulan");
        assert_eq!(
            Target::parse(&target_cell(&n), Approach::Qualitative),
            Ok(n)
        );
    }
}

//! `kinerja unit predikat` (the unit's grade of a year, an admin's act with the decree) and
//! `kinerja laporan kurva` (the unit's grades against its rule), both naming the unit by name
//! or id as `kinerja export unit` shows them.

use std::path::Path;

use super::args::{CurveArgs, ReportFormat, UnitGradeArgs};
use super::error::CliError;
use super::review_report::{Curve, CurveMember};
use super::{cli_actor, open_services, review_words, write_stdout};
use crate::app::reviews::query;
use crate::app::services::register::Register;
use crate::app::transfer::review_rows::{official, FIRST_YEAR};
use crate::app::Command;
use crate::domain::{Directory, UnitId};
use crate::i18n::Lang;

/// The unit named `text`: its id, else its name (case and outer spaces ignored).
pub fn find_unit(reg: &Register, text: &str) -> Result<UnitId, CliError> {
    let t = text.trim();
    if let Ok(n) = t.parse::<u64>() {
        if reg.unit(UnitId(n)).is_some() {
            return Ok(UnitId(n));
        }
    }
    let wanted = t.to_lowercase();
    let found: Vec<UnitId> = reg
        .units()
        .iter()
        .filter(|u| u.name.trim().to_lowercase() == wanted)
        .map(|u| u.id)
        .collect();
    match found.as_slice() {
        [one] => Ok(*one),
        [] => Err(CliError::UnknownUnit(t.to_string())),
        many => Err(CliError::AmbiguousUnit {
            name: t.to_string(),
            ids: many.iter().map(|u| u.0).collect(),
        }),
    }
}

fn check_year(year: i32, this_year: i32) -> Result<(), CliError> {
    if (FIRST_YEAR..=this_year + 1).contains(&year) {
        Ok(())
    } else {
        Err(CliError::BadYear {
            year,
            last: this_year + 1,
        })
    }
}

pub fn set_unit_grade(db: &Path, a: &UnitGradeArgs, lang: Lang) -> Result<(), CliError> {
    let decree = a.keputusan.as_deref().map(str::trim).unwrap_or_default();
    if decree.is_empty() {
        return Err(CliError::DecreeRequired);
    }
    let mut services = open_services(db, cli_actor())?;
    use chrono::Datelike;
    check_year(a.tahun, services.today().year())?;
    let unit = find_unit(&services.register, &a.unit)?;
    let grade = a.predikat.grade();
    services.execute(Command::Reviews(
        crate::app::reviews::Command::SetUnitGrade {
            unit,
            year: a.tahun,
            grade,
            decree: decree.to_string(),
        },
    ))?;
    let name = services.register.unit_name(unit).to_string();
    let mut msg = review_words::unit_grade_set(lang, &name, a.tahun, &official(&grade), decree);
    msg.push('\n');
    write_stdout(msg.as_bytes())
}

pub fn curve_report(db: &Path, a: &CurveArgs, lang: Lang) -> Result<(), CliError> {
    let services = open_services(db, cli_actor())?;
    let unit = find_unit(&services.register, &a.unit)?;
    let c = query::unit_check(&services, unit, a.tahun)?;
    let reg = &services.register;
    let curve = Curve {
        unit: c.unit_name.clone(),
        year: a.tahun,
        grade: c.unit_grade.as_ref().map(|g| g.grade),
        members: c
            .members
            .iter()
            .filter(|m| m.counted)
            .map(|m| CurveMember {
                nip: reg
                    .employee(m.employee)
                    .map(|e| e.nip.as_str().to_string())
                    .unwrap_or_default(),
                name: m.name.clone(),
                grade: m.grade,
            })
            .collect(),
        check: c.check.clone(),
    };
    let out = match a.format {
        ReportFormat::Json => {
            let mut s = serde_json::to_string_pretty(&curve.json(lang))
                .map_err(|e| CliError::Output(std::io::Error::from(e)))?;
            s.push('\n');
            s
        }
        ReportFormat::Text => curve.text(lang),
    };
    write_stdout(out.as_bytes())
}

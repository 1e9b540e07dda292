//! `kinerja import skp|realisasi` and `kinerja export skp`: read the file, let
//! `app::transfer` decide, write through `Services::execute`.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;

use super::args::{ExportSkpArgs, FormatArg};
use super::error::CliError;
use super::{cli_actor, csv_in, open_services, skp_words, write_stdout};
use crate::app::transfer::export::Format;
use crate::app::transfer::import::RawRow;
use crate::app::transfer::skp_rows::{
    nip_digits, SkpProblem, SkpRowError, REALIZATION_HEADER, SKP_HEADER,
};
use crate::app::transfer::{realization_import, skp_export, skp_import};
use crate::app::{Command, Services, TransferCommand};
use crate::domain::plan::PerformancePlan;
use crate::domain::{Directory, Nip};
use crate::i18n::Lang;

/// The rows of an import file with `header`; lines that are not UTF-8 refuse the file.
pub(super) fn read(file: &Path, header: &'static [&'static str]) -> Result<Vec<RawRow>, CliError> {
    let bytes = std::fs::read(file).map_err(|error| CliError::ReadFile {
        path: file.to_path_buf(),
        error,
    })?;
    let (rows, bad) = csv_in::read_rows_with(&bytes, header)?;
    if !bad.is_empty() {
        return Err(CliError::SkpRejected(
            bad.into_iter()
                .map(|(line, nip)| SkpRowError {
                    line,
                    nip,
                    problem: SkpProblem::NotUtf8,
                })
                .collect(),
        ));
    }
    Ok(rows)
}

pub fn import_plans(db: &Path, file: &Path, approved: bool, lang: Lang) -> Result<(), CliError> {
    let rows = read(file, &SKP_HEADER)?;
    let mut services = open_services(db, cli_actor())?;
    let store = &services.store;
    let planned = skp_import::plan(&services.register, &rows, approved, |e, y| {
        store.plans_of_employee(e, Some(y))
    })?
    .map_err(CliError::SkpRejected)?;
    let out = planned.finish(&services.register, || {
        services.next_id(crate::domain::RecordKind::Plan)
    })?;
    let (created, updated, unchanged) = (out.created, out.updated, out.unchanged);
    services.execute(Command::Transfer(TransferCommand::ImportPlans {
        plans: out.plans,
        approved,
    }))?;
    let mut msg = skp_words::plans_summary(lang, created, updated, unchanged);
    msg.push('\n');
    write_stdout(msg.as_bytes())
}

pub fn import_realizations(db: &Path, file: &Path, lang: Lang) -> Result<(), CliError> {
    let rows = read(file, &REALIZATION_HEADER)?;
    let mut services = open_services(db, cli_actor())?;
    let store = &services.store;
    let plans = realization_import::plan(
        &services.register,
        &rows,
        |e, y| store.plans_of_employee(e, Some(y)),
        |y| segments(&services, y),
    )?
    .map_err(CliError::SkpRejected)?;
    let n = plans.len();
    services.execute(Command::Transfer(TransferCommand::ImportRealizations(
        plans,
    )))?;
    let mut msg = skp_words::realizations_summary(lang, rows.len(), n);
    msg.push('\n');
    write_stdout(msg.as_bytes())
}

/// The year's segment count: its Period record's, else the office settings'.
fn segments(services: &Services, year: i32) -> Result<u8, crate::store::StoreError> {
    Ok(match services.store.period(year)? {
        Some(p) => u8::try_from(p.segments().len()).unwrap_or(u8::MAX),
        None => services.office_settings()?.segmentation.segments_per_year(),
    })
}

/// The plans of `year`, of one employee or of all in id order.
fn plans_of_year(
    services: &Services,
    year: i32,
    nip: Option<&str>,
) -> Result<Vec<PerformancePlan>, CliError> {
    let reg = &services.register;
    let ids = match nip {
        Some(n) => {
            let digits = nip_digits(n);
            vec![reg
                .employee_by_nip(&Nip::from_trusted(digits.clone()))
                .ok_or(CliError::UnknownNip(digits))?]
        }
        None => reg.employees().iter().map(|e| e.id).collect(),
    };
    let mut plans = Vec::new();
    for id in ids {
        plans.extend(services.store.plans_of_employee(id, Some(year))?);
    }
    Ok(plans)
}

pub fn export_plans(db: &Path, a: &ExportSkpArgs, lang: Lang) -> Result<(), CliError> {
    let services = open_services(db, cli_actor())?;
    let plans = plans_of_year(&services, a.tahun, a.nip.as_deref())?;
    let format = match a.format {
        FormatArg::Csv => Format::Csv,
        FormatArg::Json => Format::Json,
    };
    let io_of = |e: crate::app::transfer::export::ExportError| match e {
        crate::app::transfer::export::ExportError::Io(io) => io,
        crate::app::transfer::export::ExportError::Json(j) => std::io::Error::from(j),
    };
    match &a.output {
        Some(path) => {
            let wrap = |error| CliError::WriteFile {
                path: path.to_path_buf(),
                error,
            };
            let file = File::create(path).map_err(wrap)?;
            let mut w = BufWriter::new(file);
            let rows =
                skp_export::write_plans(&plans, format, &mut w).map_err(|e| wrap(io_of(e)))?;
            w.flush().map_err(wrap)?;
            w.get_ref().sync_all().map_err(wrap)?;
            let mut msg = skp_words::export_written(lang, rows, path);
            msg.push('\n');
            eprint!("{msg}");
            Ok(())
        }
        None => {
            let stdout = std::io::stdout();
            let mut w = BufWriter::new(stdout.lock());
            match skp_export::write_plans(&plans, format, &mut w)
                .map_err(io_of)
                .and_then(|_| w.flush())
            {
                Ok(()) => Ok(()),
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                Err(e) => Err(CliError::Output(e)),
            }
        }
    }
}

//! `kinerja import penilaian` and `kinerja export penilaian`: read the file, let
//! `app::transfer` decide, write through `Services::execute`; stream the export.

use std::io::Write;
use std::path::Path;

use super::args::{ExportReviewArgs, FormatArg};
use super::error::CliError;
use super::output::export_to;
use super::{cli_actor, open_services, review_words, skp_words, write_stdout};
use crate::app::transfer::export::{ExportError, Format};
use crate::app::transfer::review_export::{rows_of, ReviewWriter};
use crate::app::transfer::review_import;
use crate::app::transfer::review_rows::REVIEW_HEADER;
use crate::app::{Command, Services, TransferCommand};
use crate::i18n::Lang;

/// The year's segment count: its Period record's, else the office settings'.
pub(super) fn segments(services: &Services, year: i32) -> Result<u8, crate::store::StoreError> {
    Ok(match services.store.period(year)? {
        Some(p) => u8::try_from(p.segments().len()).unwrap_or(u8::MAX),
        None => services.office_settings()?.segmentation.segments_per_year(),
    })
}

pub fn import_reviews(db: &Path, file: &Path, lang: Lang) -> Result<(), CliError> {
    let rows = super::skp::read(file, &REVIEW_HEADER)?;
    let mut services = open_services(db, cli_actor())?;
    let today = services.today();
    let planned = review_import::plan(
        &services.register,
        &rows,
        today,
        |y| segments(&services, y),
        |e, y| services.store.review_year(e, y),
    )?
    .map_err(CliError::SkpRejected)?;
    let (annual, periodic) = (planned.annual, planned.periodic);
    if !planned.years.is_empty() {
        services.execute(Command::Transfer(TransferCommand::ImportReviews(
            planned.years,
        )))?;
    }
    let mut msg = review_words::import_summary(lang, annual, periodic);
    msg.push('\n');
    write_stdout(msg.as_bytes())
}

/// Every evaluation of `year`, employee by employee in register order; the rows written.
fn write_year<W: Write>(
    services: &Services,
    year: i32,
    format: Format,
    w: W,
) -> Result<Result<(usize, W), ExportError>, CliError> {
    let mut out = match ReviewWriter::new(format, w) {
        Ok(o) => o,
        Err(e) => return Ok(Err(e)),
    };
    for e in services.register.employees() {
        let Some(y) = services.store.review_year(e.id, year)? else {
            continue;
        };
        for row in rows_of(&services.register, &y) {
            if let Err(e) = out.row(&row) {
                return Ok(Err(e));
            }
        }
    }
    Ok(out.finish())
}

pub fn export_reviews(db: &Path, a: &ExportReviewArgs, lang: Lang) -> Result<(), CliError> {
    let services = open_services(db, cli_actor())?;
    let format = match a.format {
        FormatArg::Csv => Format::Csv,
        FormatArg::Json => Format::Json,
    };
    export_to(
        a.output.as_deref(),
        |n, path| skp_words::export_written(lang, n, path),
        |w| Ok(write_year(&services, a.tahun, format, w)?.map(|(n, _)| n)),
    )
}

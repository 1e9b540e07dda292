//! Dialog kinerja on the command line (issue 9): `import dialog`, `export dialog`, `agenda`
//! and `cetak dialog`. Files are planned by `app::transfer::feedback_*`, written through
//! `Services::execute(Command::Feedback(..))`; the agenda is `app::feedback::query::agenda`,
//! the same query as the agenda screen.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;

use chrono::NaiveDate;
use serde::Serialize;

use super::args::{AgendaArgs, ExportReviewArgs, FormatArg, PrintDialogArgs, ReportFormat};
use super::error::CliError;
use super::output::export_to;
use super::{cli_actor, dialog_form, dialog_words, open_services, write_stdout};
use crate::app::feedback::query::{self, AgendaView};
use crate::app::services::register::Register;
use crate::app::transfer::export::{ExportError, Format};
use crate::app::transfer::feedback_export::DialogWriter;
use crate::app::transfer::feedback_import::{self, DIALOG_HEADER};
use crate::app::{Command, Services};
use crate::domain::dates::parse_dmy;
use crate::domain::feedback::SessionKind;
use crate::domain::{Directory, EmployeeId, Nip};
use crate::i18n::Lang;

pub fn import_sessions(db: &Path, file: &Path, lang: Lang) -> Result<(), CliError> {
    let rows = super::skp::read(file, &DIALOG_HEADER)?;
    let mut services = open_services(db, cli_actor())?;
    let today = services.today();
    let planned = feedback_import::plan(&services.register, &rows, today, |e, y| {
        services.store.feedback_year(e, y)
    })?
    .map_err(CliError::SkpRejected)?;
    if !planned.years.is_empty() {
        services.execute(Command::Feedback(
            crate::app::feedback::Command::ImportSessions(planned.years),
        ))?;
    }
    let mut msg = dialog_words::import_summary(lang, planned.sessions, planned.follow_ups);
    msg.push('\n');
    write_stdout(msg.as_bytes())
}

/// Every session of `year`, employee by employee in register order; the sessions written.
fn write_year<W: Write>(
    services: &Services,
    year: i32,
    format: Format,
    w: W,
) -> Result<Result<(usize, W), ExportError>, CliError> {
    let mut out = match DialogWriter::new(format, w) {
        Ok(o) => o,
        Err(e) => return Ok(Err(e)),
    };
    for e in services.register.employees() {
        let Some(y) = services.store.feedback_year(e.id, year)? else {
            continue;
        };
        if let Err(e) = out.year(&services.register, &y) {
            return Ok(Err(e));
        }
    }
    Ok(out.finish())
}

pub fn export_sessions(db: &Path, a: &ExportReviewArgs, lang: Lang) -> Result<(), CliError> {
    let services = open_services(db, cli_actor())?;
    let format = match a.format {
        FormatArg::Csv => Format::Csv,
        FormatArg::Json => Format::Json,
    };
    export_to(
        a.output.as_deref(),
        |n, path| dialog_words::export_written(lang, n, path),
        |w| Ok(write_year(&services, a.tahun, format, w)?.map(|(n, _)| n)),
    )
}

fn employee_of(reg: &Register, nip: &str) -> Result<EmployeeId, CliError> {
    let digits: String = nip.chars().filter(|c| !c.is_whitespace()).collect();
    reg.employee_by_nip(&Nip::from_trusted(digits.clone()))
        .ok_or(CliError::UnknownNip(digits))
}

fn date_arg(arg: &'static str, value: &str, today: NaiveDate) -> Result<NaiveDate, CliError> {
    parse_dmy(value, today).map_err(|reason| CliError::BadDate {
        arg,
        value: value.to_string(),
        reason: Some(reason),
    })
}

/// One person of the agenda's JSON.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PersonJson {
    pub nip: String,
    pub nama: String,
}

/// One follow-up of the agenda's JSON.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DueJson {
    pub nip: String,
    pub nama: String,
    pub tindak_lanjut: String,
    /// DD/MM/YYYY.
    pub jatuh_tempo: String,
    pub terlambat: bool,
}

/// `kinerja agenda --format json`: exactly these five arrays (issue 9).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AgendaJson {
    pub tindak_lanjut: Vec<DueJson>,
    pub tanpa_umpan_balik: Vec<PersonJson>,
    pub skp_belum_disetujui: Vec<PersonJson>,
    pub penilaian_belum_ditandatangani: Vec<PersonJson>,
    pub keberatan_menunggu: Vec<PersonJson>,
}

fn person_json(view: &AgendaView, reg: &Register, id: EmployeeId) -> PersonJson {
    match view.person(id) {
        Some(p) => PersonJson {
            nip: p.nip.clone(),
            nama: p.name.clone(),
        },
        None => PersonJson {
            nip: reg
                .employee(id)
                .map(|e| e.nip.as_str().to_string())
                .unwrap_or_default(),
            nama: reg.employee(id).map(|e| e.full_name()).unwrap_or_default(),
        },
    }
}

pub fn agenda_json(view: &AgendaView, reg: &Register) -> AgendaJson {
    let a = &view.agenda;
    let people = |ids: &[EmployeeId]| -> Vec<PersonJson> {
        ids.iter().map(|id| person_json(view, reg, *id)).collect()
    };
    AgendaJson {
        tindak_lanjut: a
            .follow_ups
            .iter()
            .map(|d| {
                let p = person_json(view, reg, d.employee);
                DueJson {
                    nip: p.nip,
                    nama: p.nama,
                    tindak_lanjut: d.item.clone(),
                    jatuh_tempo: d.due.format("%d/%m/%Y").to_string(),
                    terlambat: d.overdue,
                }
            })
            .collect(),
        tanpa_umpan_balik: people(&a.no_feedback),
        skp_belum_disetujui: people(&a.plans_not_approved),
        penilaian_belum_ditandatangani: people(&a.evaluations_unsigned),
        keberatan_menunggu: people(&a.objections_waiting),
    }
}

pub fn agenda(db: &Path, a: &AgendaArgs, lang: Lang) -> Result<(), CliError> {
    let services = open_services(db, cli_actor())?;
    let today = services.today();
    let on = match &a.tanggal {
        Some(t) => date_arg("--tanggal", t, today)?,
        None => today,
    };
    let supervisor = employee_of(&services.register, &a.nip)?;
    let view = query::agenda(&services, supervisor, on)?;
    let json = agenda_json(&view, &services.register);
    let out = match a.format {
        ReportFormat::Json => {
            let mut s = serde_json::to_string_pretty(&json)
                .map_err(|e| CliError::Output(std::io::Error::from(e)))?;
            s.push('\n');
            s
        }
        ReportFormat::Text => {
            let name = services
                .register
                .employee(supervisor)
                .map(|e| e.full_name())
                .unwrap_or_default();
            dialog_words::agenda_text(lang, &name, &view, &json)
        }
    };
    write_stdout(out.as_bytes())
}

pub fn print_session(db: &Path, a: &PrintDialogArgs, lang: Lang) -> Result<(), CliError> {
    let services = open_services(db, cli_actor())?;
    let today = services.today();
    let on = date_arg("--tanggal", &a.tanggal, today)?;
    let kind = match &a.jenis {
        Some(j) => Some(SessionKind::parse(j).ok_or_else(|| CliError::BadKind(j.clone()))?),
        None => None,
    };
    let employee = employee_of(&services.register, &a.nip)?;
    use chrono::Datelike;
    let year = services.store.feedback_year(employee, on.year())?;
    let found: Vec<_> = year
        .iter()
        .flat_map(|y| y.sessions.iter())
        .filter(|s| s.date == on && kind.is_none_or(|k| s.kind == k))
        .collect();
    let session = match found.as_slice() {
        [one] => *one,
        [] => {
            return Err(CliError::NoSession {
                nip: a.nip.clone(),
                on,
            })
        }
        many => {
            return Err(CliError::SeveralSessions {
                kinds: many.iter().map(|s| s.kind.code()).collect(),
            })
        }
    };
    let text = dialog_form::form(lang, &services.register, employee, session);
    let path = &a.output;
    let wrap = |error| CliError::WriteFile {
        path: path.to_path_buf(),
        error,
    };
    let mut w = BufWriter::new(File::create(path).map_err(wrap)?);
    w.write_all(text.as_bytes()).map_err(wrap)?;
    w.flush().map_err(wrap)?;
    w.get_ref().sync_all().map_err(wrap)?;
    let mut msg = dialog_words::form_written(lang, path);
    msg.push('\n');
    eprint!("{msg}");
    Ok(())
}

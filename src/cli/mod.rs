//! The command line: `kinerja [--db PATH] [--lang id|en] [demo|import|export|script|user|plt|
//! periode|pengaturan|unit|laporan|agenda|cetak]`.
//! Parses, opens the store before any terminal mode, runs the command through
//! `Services::execute`, and turns every failure into a translated message and an exit code
//! (0 ok, 1 rejected input or usage, 2 database locked or unusable).

pub mod acting;
pub mod args;
pub mod csv_in;
pub mod demo;
pub mod demo_dialogs;
pub mod demo_plans;
pub mod demo_reviews;
pub mod dialog;
pub mod dialog_form;
pub mod dialog_words;
pub mod error;
pub mod follow_up;
pub mod gen;
pub mod output;
pub mod password;
pub mod period;
pub mod review;
pub mod review_report;
pub mod review_unit;
pub mod review_words;
pub mod serve;
pub mod serve_words;
pub mod settings;
pub mod settings_words;
pub mod skp;
pub mod skp_words;
pub mod user;
pub mod user_key;
pub mod user_key_words;
pub mod words;

use std::ffi::OsString;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::FromArgMatches;

use crate::app::transfer::export::{self, Format};
use crate::app::transfer::import;
use crate::app::{Command, Services};
use crate::domain::AuditAction;
use crate::i18n::Lang;
use crate::store::Store;
use args::{Cli, Cmd, ExportWhat, FormatArg, ImportWhat};
use error::{CliError, UsageError};

/// Entry point of the binary.
pub fn main() -> ExitCode {
    ExitCode::from(run(std::env::args_os().collect()))
}

/// Runs one command line; returns the exit code.
pub fn run(argv: Vec<OsString>) -> u8 {
    let lang = args::prescan_lang(&argv);
    match parse_and_run(argv, lang) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!(
                "{} {}",
                crate::cli::words::error_prefix(lang),
                crate::cli::words::error(lang, &e)
            );
            if let CliError::Store(crate::store::StoreError::Locked(db)) = &e {
                if let Some(addr) = serve::running_on(db) {
                    eprintln!("{}", crate::cli::serve_words::held_by_serve(lang, &addr));
                }
            }
            if matches!(e, CliError::Usage(_)) {
                eprintln!("{}", crate::cli::words::usage_hint(lang));
            }
            e.exit_code()
        }
    }
}

fn parse_and_run(argv: Vec<OsString>, lang: Lang) -> Result<(), CliError> {
    let matches = match args::command(lang).try_get_matches_from(&argv) {
        Ok(m) => m,
        Err(e) => {
            use clap::error::ErrorKind;
            return match e.kind() {
                ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
                    // Help and version go to stdout; a closed pipe is not worth a message.
                    let _ = e.print();
                    Ok(())
                }
                ErrorKind::MissingSubcommand
                | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => Err(CliError::Usage(
                    UsageError::MissingCommand(next_commands(&args::command(lang), &argv)),
                )),
                _ => Err(e.into()),
            };
        }
    };
    let cli = Cli::from_arg_matches(&matches)?;
    if let Some(flag) = &cli.lang {
        if Lang::parse(flag).is_none() {
            return Err(CliError::Usage(UsageError::Lang(flag.clone())));
        }
    }
    match cli.command {
        None => open_tui(resolve_db(cli.db)?, lang),
        Some(Cmd::Demo(d)) => {
            let db = if args::from_command_line(&matches, "db") {
                cli.db
            } else {
                None
            };
            demo::run(
                db.unwrap_or_else(demo::default_path),
                !d.no_open,
                d.as_nip.as_deref(),
                lang,
            )
        }
        Some(Cmd::Import {
            what: ImportWhat::Pegawai { file },
        }) => import_employees(&resolve_db(cli.db)?, &file, lang),
        Some(Cmd::Import {
            what: ImportWhat::Skp { file, disetujui },
        }) => skp::import_plans(&resolve_db(cli.db)?, &file, disetujui, lang),
        Some(Cmd::Import {
            what: ImportWhat::Realisasi { file },
        }) => skp::import_realizations(&resolve_db(cli.db)?, &file, lang),
        Some(Cmd::Import {
            what: ImportWhat::Penilaian { file },
        }) => review::import_reviews(&resolve_db(cli.db)?, &file, lang),
        Some(Cmd::Import {
            what: ImportWhat::Dialog { file },
        }) => dialog::import_sessions(&resolve_db(cli.db)?, &file, lang),
        Some(Cmd::Export { what }) => {
            let db = resolve_db(cli.db)?;
            match what {
                ExportWhat::Pegawai(a) => export(&db, false, a.format, a.output.as_deref(), lang),
                ExportWhat::Unit(a) => export(&db, true, a.format, a.output.as_deref(), lang),
                ExportWhat::Skp(a) => skp::export_plans(&db, &a, lang),
                ExportWhat::Penilaian(a) => review::export_reviews(&db, &a, lang),
                ExportWhat::Dialog(a) => dialog::export_sessions(&db, &a, lang),
            }
        }
        Some(Cmd::Script(s)) => {
            let size =
                args::parse_size(&s.size).ok_or_else(|| CliError::BadSize(s.size.clone()))?;
            // A missing key file is the user's mistake: say so in their language.
            File::open(&s.keys).map_err(|error| CliError::ReadFile {
                path: s.keys.clone(),
                error,
            })?;
            // Without accounts a script runs as the local operator (`cli:` + OS user); with
            // accounts only as someone who signs in, so a script cannot bypass the sign-in.
            let mut services = open_services(&resolve_db(cli.db)?, cli_actor())?;
            let session = script_session(&mut services, s.as_user.as_deref())?;
            match crate::ui::run_script(services, lang, &s.keys, size, session) {
                Ok(out) => write_stdout(out.as_bytes()),
                Err(msg) => Err(CliError::Script(msg)),
            }
        }
        Some(Cmd::User { what }) => user::run(&resolve_db(cli.db)?, what, lang),
        Some(Cmd::Plt { what }) => acting::run(&resolve_db(cli.db)?, what, lang),
        Some(Cmd::Periode { what }) => period::run(&resolve_db(cli.db)?, what, lang),
        Some(Cmd::Pengaturan { what }) => settings::run(&resolve_db(cli.db)?, what, lang),
        Some(Cmd::Unit {
            what: args::UnitCmd::Predikat(a),
        }) => review_unit::set_unit_grade(&resolve_db(cli.db)?, &a, lang),
        Some(Cmd::Laporan {
            what: args::ReportCmd::Kurva(a),
        }) => review_unit::curve_report(&resolve_db(cli.db)?, &a, lang),
        Some(Cmd::Laporan {
            what: args::ReportCmd::TindakLanjut(a),
        }) => follow_up::report(&resolve_db(cli.db)?, &a, lang),
        Some(Cmd::Agenda(a)) => dialog::agenda(&resolve_db(cli.db)?, &a, lang),
        Some(Cmd::Cetak {
            what: args::PrintCmd::Dialog(a),
        }) => dialog::print_session(&resolve_db(cli.db)?, &a, lang),
        Some(Cmd::Serve(a)) => serve::run(&resolve_db(cli.db)?, &a, lang),
        Some(Cmd::Gen(g)) => gen::run(&resolve_db(cli.db)?, g.employees, lang),
    }
}

/// The session a script runs in: none on a database without accounts, else `--as USER` signed
/// in with the first line of standard input as the password.
fn script_session(
    services: &mut Services,
    login: Option<&str>,
) -> Result<Option<crate::app::services::auth::Session>, CliError> {
    use crate::app::services::auth::SignInError;
    if !services.has_accounts()? {
        return Ok(None);
    }
    let login = login.ok_or(CliError::ScriptNeedsSignIn)?;
    let password = password::first_line(&mut std::io::stdin().lock())?;
    match services.sign_in(login, &password) {
        Ok(session) => Ok(Some(session)),
        Err(SignInError::Store(e)) => Err(CliError::Store(e)),
        Err(e) => Err(CliError::SignIn(e)),
    }
}

/// The visible subcommands of the deepest command named in `argv` (for "incomplete command").
fn next_commands(root: &clap::Command, argv: &[OsString]) -> Vec<String> {
    let mut cmd = root;
    for a in argv.iter().skip(1).filter_map(|a| a.to_str()) {
        if let Some(sub) = cmd.find_subcommand(a) {
            cmd = sub;
        }
    }
    cmd.get_subcommands()
        .filter(|s| !s.is_hide_set())
        .map(|s| s.get_name().to_string())
        .collect()
}

/// `--db`/`KINERJA_DB`, else `<data dir>/kinerja/db` (e.g. `~/.local/share/kinerja/db`).
fn resolve_db(db: Option<PathBuf>) -> Result<PathBuf, CliError> {
    match db {
        Some(p) => Ok(p),
        None => default_db_path().ok_or(CliError::NoDataDir),
    }
}

pub fn default_db_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("id", "Salor", "kinerja").map(|d| d.data_dir().join("db"))
}

/// The OS user running the command, for the audit trail.
fn os_user() -> String {
    ["USER", "USERNAME", "LOGNAME"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .map(|s| s.trim().to_string())
        .find(|s| !s.is_empty())
        .unwrap_or_else(|| "operator".to_string())
}

/// `cli:<os user>`: author of changes made by command-line runs.
pub fn cli_actor() -> String {
    format!("cli:{}", os_user())
}

/// `tui:<os user>`: the author until someone signs in (who then replaces it).
pub fn tui_actor() -> String {
    format!("tui:{}", os_user())
}

/// Opens the store (so a locked database is reported on a normal screen) and loads the register.
pub fn open_services(db: &Path, actor: String) -> Result<Services, CliError> {
    let store = Store::open(db)?;
    Ok(Services::new(store, actor)?)
}

/// The store is opened here (a locked database is an error before any screen), the register
/// read on another thread while the sign-in screen is drawn.
fn open_tui(db: PathBuf, lang: Lang) -> Result<(), CliError> {
    let services = Services::loading(Store::open(&db)?, tui_actor());
    match crate::ui::run_tui(services, lang).map_err(CliError::Terminal)? {
        Some(unreadable) => Err(CliError::Register(unreadable)),
        None => Ok(()),
    }
}

pub(crate) fn write_stdout(bytes: &[u8]) -> Result<(), CliError> {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(CliError::Output(e)),
    }
}

fn import_employees(db: &Path, file: &Path, lang: Lang) -> Result<(), CliError> {
    let bytes = std::fs::read(file).map_err(|error| CliError::ReadFile {
        path: file.to_path_buf(),
        error,
    })?;
    let (rows, mut problems) = csv_in::read_rows(&bytes)?;
    let mut services = open_services(db, cli_actor())?;
    let plan = import::plan(&services.register, &rows, services.today());
    let mut plan = match plan {
        Ok(p) if problems.is_empty() => p,
        Ok(_) => return Err(CliError::Rejected(problems)),
        Err(errors) => {
            problems.extend(errors);
            problems.sort_by_key(|e| e.line);
            return Err(CliError::Rejected(problems));
        }
    };
    if !plan.is_empty() {
        plan.assign_ids(|k| services.next_id(k))?;
        services.execute(Command::Batch {
            units: plan.units.clone(),
            employees: std::mem::take(&mut plan.employees),
            action: AuditAction::Import,
        })?;
    }
    let mut out =
        crate::cli::words::import_summary(lang, plan.created, plan.updated, plan.unchanged);
    out.push('\n');
    out.push_str(&crate::cli::words::units_created(
        lang,
        &plan.new_unit_names(),
    ));
    out.push('\n');
    write_stdout(out.as_bytes())
}

fn export(
    db: &Path,
    units: bool,
    format: FormatArg,
    output: Option<&Path>,
    lang: Lang,
) -> Result<(), CliError> {
    let services = open_services(db, cli_actor())?;
    let reg = &services.register;
    let format = match format {
        FormatArg::Csv => Format::Csv,
        FormatArg::Json => Format::Json,
    };
    let rows = if units {
        reg.units().len()
    } else {
        reg.employees().len()
    };
    let write = |w: &mut dyn Write| {
        if units {
            export::write_units(reg, format, w)
        } else {
            export::write_employees(reg, format, w)
        }
    };
    let io_of = |e: export::ExportError| match e {
        export::ExportError::Io(io) => io,
        export::ExportError::Json(j) => std::io::Error::from(j),
    };
    match output {
        Some(path) => {
            let wrap = |error| CliError::WriteFile {
                path: path.to_path_buf(),
                error,
            };
            let file = File::create(path).map_err(wrap)?;
            let mut w = BufWriter::new(file);
            write(&mut w).map_err(|e| wrap(io_of(e)))?;
            w.flush().map_err(wrap)?;
            w.get_ref().sync_all().map_err(wrap)?;
            let mut msg = crate::cli::words::export_written(lang, rows, path);
            msg.push('\n');
            // The data went to the file: the note goes to stderr, so stdout stays clean.
            eprint!("{msg}");
            Ok(())
        }
        None => {
            let stdout = std::io::stdout();
            let mut w = BufWriter::new(stdout.lock());
            match write(&mut w).map_err(io_of).and_then(|()| w.flush()) {
                Ok(()) => Ok(()),
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                Err(e) => Err(CliError::Output(e)),
            }
        }
    }
}

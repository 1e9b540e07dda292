//! The command line: clap derive gives the structure and the typed result; every text a user
//! reads (about, help, usage, headings) is set at run time from `cli::words`, in the language
//! found by [`prescan_lang`] before the parser is built.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::parser::ValueSource;
use clap::{ArgAction, ArgMatches, Args, CommandFactory, Parser, Subcommand, ValueEnum};

use crate::i18n::Lang;

#[derive(Debug, Parser)]
#[command(
    name = "kinerja",
    version,
    disable_help_flag = true,
    disable_version_flag = true,
    disable_help_subcommand = true
)]
pub struct Cli {
    #[arg(
        long,
        global = true,
        env = "KINERJA_DB",
        value_name = "PATH",
        hide_env = true
    )]
    pub db: Option<PathBuf>,
    #[arg(long, global = true, value_name = "id|en")]
    pub lang: Option<String>,
    #[arg(short = 'h', long, global = true, action = ArgAction::Help)]
    help: Option<bool>,
    #[arg(short = 'V', long, action = ArgAction::Version)]
    version: Option<bool>,
    #[command(subcommand)]
    pub command: Option<Cmd>,
}

#[derive(Debug, Subcommand)]
pub enum Cmd {
    Demo(DemoArgs),
    Import {
        #[command(subcommand)]
        what: ImportWhat,
    },
    Export {
        #[command(subcommand)]
        what: ExportWhat,
    },
    Script(ScriptArgs),
    User {
        #[command(subcommand)]
        what: UserCmd,
    },
    Plt {
        #[command(subcommand)]
        what: PltCmd,
    },
    Periode {
        #[command(subcommand)]
        what: PeriodCmd,
    },
    Pengaturan {
        #[command(subcommand)]
        what: SettingsCmd,
    },
    Unit {
        #[command(subcommand)]
        what: UnitCmd,
    },
    Laporan {
        #[command(subcommand)]
        what: ReportCmd,
    },
    /// Agenda: what is due for a supervisor (issue 9).
    Agenda(AgendaArgs),
    /// Printable forms written to a file.
    Cetak {
        #[command(subcommand)]
        what: PrintCmd,
    },
    /// Serves the app over SSH to the office (issue 10).
    Serve(ServeArgs),
    #[command(hide = true)]
    Gen(GenArgs),
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    #[arg(long)]
    pub no_open: bool,
    /// Open the app signed in as the demo account of this employee.
    #[arg(long = "as", value_name = "NIP")]
    pub as_nip: Option<String>,
}

/// `kinerja user ...`: accounts, run as the local operator.
#[derive(Debug, Subcommand)]
pub enum UserCmd {
    Add(UserAddArgs),
    List,
    ResetPassword(UserPasswordArgs),
    Disable(UserNameArgs),
    Enable(UserNameArgs),
    /// SSH public keys for `kinerja serve` (issue 10).
    Key {
        #[command(subcommand)]
        what: UserKeyCmd,
    },
}

/// `kinerja user key add|list|remove`.
#[derive(Debug, Subcommand)]
pub enum UserKeyCmd {
    Add(UserKeyAddArgs),
    List(UserNameArgs),
    Remove(UserKeyRemoveArgs),
}

#[derive(Debug, Args)]
pub struct UserKeyAddArgs {
    #[arg(value_name = "USERNAME")]
    pub username: String,
    /// The `.pub` file; absent or `-`: standard input.
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct UserKeyRemoveArgs {
    #[arg(value_name = "USERNAME")]
    pub username: String,
    /// A fingerprint as `list` prints it, or the key's number in that list.
    #[arg(value_name = "FINGERPRINT|NO")]
    pub which: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum RoleArg {
    Admin,
    Penilai,
}

#[derive(Debug, Args)]
pub struct UserAddArgs {
    #[arg(value_name = "USERNAME")]
    pub username: String,
    #[arg(long, value_enum, value_name = "admin|penilai")]
    pub role: RoleArg,
    #[arg(long, value_name = "NIP")]
    pub nip: Option<String>,
    #[arg(long)]
    pub password_stdin: bool,
}

#[derive(Debug, Args)]
pub struct UserPasswordArgs {
    #[arg(value_name = "USERNAME")]
    pub username: String,
    #[arg(long)]
    pub password_stdin: bool,
}

#[derive(Debug, Args)]
pub struct UserNameArgs {
    #[arg(value_name = "USERNAME")]
    pub username: String,
}

/// `kinerja plt ...`: acting assignments (Plt/Plh), run as the local operator.
#[derive(Debug, Subcommand)]
pub enum PltCmd {
    Add(PltAddArgs),
    List,
    End(PltEndArgs),
}

#[derive(Debug, Args)]
pub struct PltEndArgs {
    /// The assignment's number (`plt list`).
    #[arg(value_name = "ID")]
    pub id: u64,
    /// The last day it holds (default: today).
    #[arg(long, value_name = "DD/MM/YYYY")]
    pub on: Option<String>,
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
}

#[derive(Debug, Args)]
pub struct PltAddArgs {
    /// Who acts.
    #[arg(value_name = "NIP_PLT")]
    pub acting_nip: String,
    /// For whom: the absent supervisor.
    #[arg(long = "for", value_name = "NIP_ATASAN")]
    pub for_nip: String,
    #[arg(long, value_name = "DD/MM/YYYY")]
    pub from: String,
    #[arg(long, value_name = "DD/MM/YYYY")]
    pub to: String,
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
}

/// `kinerja pengaturan list|ubah`: the office settings (admins, on the office computer).
#[derive(Debug, Subcommand)]
pub enum SettingsCmd {
    List,
    Ubah(SettingsChangeArgs),
}

#[derive(Debug, Args)]
pub struct SettingsChangeArgs {
    #[arg(value_name = "KUNCI")]
    pub key: String,
    #[arg(value_name = "NILAI", allow_hyphen_values = true)]
    pub value: String,
    #[arg(long, value_name = "TEKS", visible_alias = "reason")]
    pub alasan: Option<String>,
}

/// `kinerja periode ...`: the appraisal years (journey 1: HR opens the year).
#[derive(Debug, Subcommand)]
pub enum PeriodCmd {
    List,
    Buka(PeriodOpenArgs),
    Tahap(PeriodStageArgs),
    Segmen(PeriodSegmentArgs),
}

#[derive(Debug, Args)]
pub struct PeriodOpenArgs {
    #[arg(value_name = "TAHUN")]
    pub year: i32,
    #[arg(long, value_name = "bulanan|triwulan|semester")]
    pub segmen: Option<String>,
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
}

#[derive(Debug, Args)]
pub struct PeriodStageArgs {
    #[arg(value_name = "TAHUN")]
    pub year: i32,
    #[arg(value_name = "TAHAP")]
    pub stage: String,
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
}

#[derive(Debug, Args)]
pub struct PeriodSegmentArgs {
    #[arg(value_name = "TAHUN")]
    pub year: i32,
    #[arg(value_name = "SEGMEN")]
    pub segmentation: String,
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum ImportWhat {
    Pegawai {
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    Skp {
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Store the plans as approved (agreed plans moved from another tool).
        #[arg(long)]
        disetujui: bool,
    },
    Realisasi {
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    Penilaian {
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    Dialog {
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub enum ExportWhat {
    Pegawai(ExportArgs),
    Unit(ExportArgs),
    Skp(ExportSkpArgs),
    Penilaian(ExportReviewArgs),
    /// `kinerja export dialog`: one entry per feedback session of a year.
    Dialog(ExportReviewArgs),
}

/// `kinerja agenda --nip NIP [--tanggal DD/MM/YYYY] --format json|text`.
#[derive(Debug, Args)]
pub struct AgendaArgs {
    #[arg(long, value_name = "NIP")]
    pub nip: String,
    #[arg(long, value_name = "DD/MM/YYYY")]
    pub tanggal: Option<String>,
    #[arg(long, value_enum, default_value = "text", value_name = "json|text")]
    pub format: ReportFormat,
}

/// `kinerja cetak ...`: forms as text files.
#[derive(Debug, Subcommand)]
pub enum PrintCmd {
    Dialog(PrintDialogArgs),
}

/// `kinerja cetak dialog --nip NIP --tanggal DD/MM/YYYY [--jenis J] -o FILE`.
#[derive(Debug, Args)]
pub struct PrintDialogArgs {
    #[arg(long, value_name = "NIP")]
    pub nip: String,
    #[arg(long, value_name = "DD/MM/YYYY")]
    pub tanggal: String,
    #[arg(long, value_name = "JENIS")]
    pub jenis: Option<String>,
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: PathBuf,
}

/// `kinerja export penilaian`: one row per evaluation of a year.
#[derive(Debug, Args)]
pub struct ExportReviewArgs {
    #[arg(long, value_name = "YYYY")]
    pub tahun: i32,
    #[arg(long, value_enum, default_value = "csv", value_name = "csv|json")]
    pub format: FormatArg,
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// `kinerja unit ...`: a unit's yearly records.
#[derive(Debug, Subcommand)]
pub enum UnitCmd {
    Predikat(UnitGradeArgs),
}

/// Predikat kinerja organisasi, as the command line writes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum OrgGradeArg {
    Istimewa,
    Baik,
    #[value(alias = "cukup")]
    ButuhPerbaikan,
    Kurang,
    SangatKurang,
}

impl OrgGradeArg {
    pub fn grade(self) -> crate::domain::appraisal::OrgGrade {
        use crate::domain::appraisal::OrgGrade;
        match self {
            OrgGradeArg::Istimewa => OrgGrade::Outstanding,
            OrgGradeArg::Baik => OrgGrade::Good,
            OrgGradeArg::ButuhPerbaikan => OrgGrade::NeedsImprovement,
            OrgGradeArg::Kurang => OrgGrade::Poor,
            OrgGradeArg::SangatKurang => OrgGrade::VeryPoor,
        }
    }
}

#[derive(Debug, Args)]
pub struct UnitGradeArgs {
    /// The unit's name or id (as `export unit` shows them).
    #[arg(long, value_name = "UNIT")]
    pub unit: String,
    #[arg(long, value_name = "YYYY")]
    pub tahun: i32,
    #[arg(
        long,
        value_enum,
        value_name = "istimewa|baik|butuh-perbaikan|kurang|sangat-kurang"
    )]
    pub predikat: OrgGradeArg,
    /// Nomor keputusan: required (an admin sets a unit grade by decree).
    #[arg(long, value_name = "TEXT")]
    pub keputusan: Option<String>,
}

/// `kinerja laporan ...`: reports read from the database.
#[derive(Debug, Subcommand)]
pub enum ReportCmd {
    Kurva(CurveArgs),
    /// Tindak lanjut: credit points, promotion, pay step and development of a unit's staff.
    TindakLanjut(FollowUpArgs),
}

#[derive(Debug, Args)]
pub struct FollowUpArgs {
    #[arg(long, value_name = "UNIT")]
    pub unit: String,
    #[arg(long, value_enum, default_value = "text", value_name = "text|csv|json")]
    pub format: super::follow_up::FollowUpFormat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Text,
    Json,
}

#[derive(Debug, Args)]
pub struct CurveArgs {
    #[arg(long, value_name = "UNIT")]
    pub unit: String,
    #[arg(long, value_name = "YYYY")]
    pub tahun: i32,
    #[arg(long, value_enum, default_value = "text", value_name = "json|text")]
    pub format: ReportFormat,
}

#[derive(Debug, Args)]
pub struct ExportSkpArgs {
    #[arg(long, value_name = "YYYY")]
    pub tahun: i32,
    #[arg(long, value_name = "NIP")]
    pub nip: Option<String>,
    #[arg(long, value_enum, default_value = "csv", value_name = "csv|json")]
    pub format: FormatArg,
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    Csv,
    Json,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[arg(long, value_enum, default_value = "csv", value_name = "csv|json")]
    pub format: FormatArg,
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ScriptArgs {
    #[arg(long, value_name = "FILE")]
    pub keys: PathBuf,
    #[arg(long, default_value = "100x30", value_name = "WxH")]
    pub size: String,
    /// Signs in as this user first (password: the first line of standard input).
    #[arg(long = "as", id = "as_user", value_name = "USER")]
    pub as_user: Option<String>,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    #[arg(long, value_name = "ADDR:PORT", default_value = "127.0.0.1:2222")]
    pub listen: String,
    #[arg(long)]
    pub fingerprint: bool,
    /// Minutes without input after which a session is closed; 0: never.
    #[arg(long, value_name = "MENIT", default_value_t = 30)]
    pub idle: u64,
}

#[derive(Debug, Args)]
pub struct GenArgs {
    #[arg(long, value_name = "N")]
    pub employees: usize,
}

/// The language before parsing: `--lang X` / `--lang=X` on the command line (up to `--`),
/// then `KINERJA_LANG`, then Indonesian.
pub fn prescan_lang(args: &[OsString]) -> Lang {
    let mut flag: Option<String> = None;
    let mut it = args.iter().skip(1);
    while let Some(a) = it.next() {
        let Some(a) = a.to_str() else { continue };
        if a == "--" {
            break;
        }
        if a == "--lang" {
            flag = it.next().and_then(|v| v.to_str()).map(str::to_string);
        } else if let Some(v) = a.strip_prefix("--lang=") {
            flag = Some(v.to_string());
        }
    }
    Lang::resolve(flag.as_deref())
}

/// The whole parser with every text in `lang`.
pub fn command(lang: Lang) -> clap::Command {
    localize(Cli::command(), "", lang)
}

fn localize(mut cmd: clap::Command, path: &str, lang: Lang) -> clap::Command {
    let t = crate::cli::words::command_text(lang, path);
    cmd = cmd
        .about(t.about.lines().next().unwrap_or(t.about))
        .long_about(t.about)
        .override_usage(t.usage)
        .help_template(crate::cli::words::help_template(lang))
        .subcommand_help_heading(crate::cli::words::heading_commands(lang))
        .subcommand_value_name(crate::cli::words::value_name_command(lang));
    if let Some(after) = t.after_help {
        cmd = cmd.after_help(after);
    }
    let args: Vec<(String, bool, bool)> = cmd
        .get_arguments()
        .map(|a| {
            (
                a.get_id().to_string(),
                a.is_positional(),
                a.get_action().takes_values(),
            )
        })
        .collect();
    for (id, positional, takes_values) in args {
        let help = crate::cli::words::arg_help(lang, path, &id);
        let heading = if positional {
            crate::cli::words::heading_arguments(lang)
        } else {
            crate::cli::words::heading_options(lang)
        };
        cmd = cmd.mut_arg(&id, |a| {
            let a = a.help(help).help_heading(heading);
            if takes_values {
                // The help text names the choices and the default in the user's language.
                a.hide_possible_values(true).hide_default_value(true)
            } else {
                a
            }
        });
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in subs {
        let sub_path = if path.is_empty() {
            name.clone()
        } else {
            format!("{path} {name}")
        };
        cmd = cmd.mut_subcommand(&name, |s| localize(s, &sub_path, lang));
    }
    cmd
}

/// Whether `id` was given on the command line (not by an environment variable or a default),
/// at any level of the subcommand chain.
pub fn from_command_line(m: &ArgMatches, id: &str) -> bool {
    let mut current = Some(m);
    while let Some(m) = current {
        if m.try_get_raw(id).ok().flatten().is_some()
            && m.value_source(id) == Some(ValueSource::CommandLine)
        {
            return true;
        }
        current = m.subcommand().map(|(_, sub)| sub);
    }
    false
}

/// `100x30` -> (100, 30); at least 20x5, at most 1000x1000.
pub fn parse_size(s: &str) -> Option<(u16, u16)> {
    let (w, h) = s.trim().split_once(['x', 'X'])?;
    let w: u16 = w.trim().parse().ok()?;
    let h: u16 = h.trim().parse().ok()?;
    ((20..=1000).contains(&w) && (5..=1000).contains(&h)).then_some((w, h))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn os(v: &[&str]) -> Vec<OsString> {
        v.iter().map(OsString::from).collect()
    }

    #[test]
    fn prescan_finds_the_flag_in_both_forms() {
        assert_eq!(
            prescan_lang(&os(&["kinerja", "--lang", "en", "demo"])),
            Lang::En
        );
        assert_eq!(
            prescan_lang(&os(&["kinerja", "demo", "--lang=en"])),
            Lang::En
        );
        assert_eq!(prescan_lang(&os(&["kinerja", "--lang", "id"])), Lang::Id);
        assert_eq!(
            prescan_lang(&os(&[
                "kinerja",
                "script",
                "--keys",
                "f",
                "--",
                "--lang=en"
            ])),
            Lang::resolve(None)
        );
    }

    #[test]
    fn every_argument_and_command_has_text_in_both_languages() {
        for lang in [Lang::Id, Lang::En] {
            let mut cmd = command(lang);
            cmd.build();
            fn walk(c: &clap::Command, path: &str) {
                assert!(c.get_about().is_some(), "about of {path:?}");
                for a in c.get_arguments() {
                    let help = a.get_help().map(|h| h.to_string()).unwrap_or_default();
                    assert!(!help.is_empty(), "help of {path} --{}", a.get_id());
                }
                for s in c.get_subcommands() {
                    walk(s, &format!("{path} {}", s.get_name()));
                }
            }
            walk(&cmd, "kinerja");
        }
    }

    #[test]
    fn sizes() {
        assert_eq!(parse_size("100x30"), Some((100, 30)));
        assert_eq!(parse_size(" 80 X 24 "), Some((80, 24)));
        assert_eq!(parse_size("100"), None);
        assert_eq!(parse_size("0x0"), None);
        assert_eq!(parse_size("axb"), None);
    }
}

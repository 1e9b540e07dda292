//! Every way a command-line run can fail, as values: `crate::cli::words::error` words them, and each
//! has an exit code (0 ok, 1 rejected input or usage, 2 database locked or unusable).

use std::path::PathBuf;

use crate::app::services::auth::AccountError;
use crate::app::transfer::import::RowError;
use crate::app::transfer::skp_rows::SkpRowError;
use crate::app::CommandError;
use crate::store::StoreError;

/// A command line clap refused, with what clap could tell about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UsageError {
    UnknownArgument {
        arg: String,
        suggestion: Option<String>,
    },
    UnknownCommand {
        name: String,
        suggestion: Option<String>,
    },
    InvalidValue {
        arg: String,
        value: String,
        valid: Vec<String>,
    },
    MissingValue {
        arg: String,
    },
    MissingArguments(Vec<String>),
    /// A subcommand is needed; the ones that exist.
    MissingCommand(Vec<String>),
    UnexpectedValue {
        value: String,
    },
    Conflict {
        arg: String,
        other: String,
    },
    RepeatedArgument {
        arg: String,
    },
    NotUtf8,
    Lang(String),
    Other,
}

#[derive(Debug)]
pub enum CliError {
    Usage(UsageError),
    Store(StoreError),
    /// The register could not be read while the TUI was up (it was read on another thread
    /// and shown at every sign-in); reported again once the terminal is back.
    Register(std::sync::Arc<StoreError>),
    Command(CommandError),
    /// No home folder to put the default database in.
    NoDataDir,
    ReadFile {
        path: PathBuf,
        error: std::io::Error,
    },
    WriteFile {
        path: PathBuf,
        error: std::io::Error,
    },
    /// Writing to standard output failed.
    Output(std::io::Error),
    /// The first line of the CSV is not the expected header.
    CsvHeader {
        expected: &'static [&'static str],
        found: Vec<String>,
    },
    /// The CSV could not be read at all (after this line).
    Csv {
        line: Option<u64>,
        detail: String,
    },
    /// The import was refused: every bad row.
    Rejected(Vec<RowError>),
    /// The SKP or realisasi import was refused: every bad row.
    SkpRejected(Vec<SkpRowError>),
    Terminal(std::io::Error),
    /// `kinerja serve` could not start: host key or listening address.
    Serve(crate::cli::serve::ServeError),
    Script(String),
    /// `kinerja script` on a database with accounts without `--as USER`.
    ScriptNeedsSignIn,
    /// `kinerja script --as USER`: the sign-in failed (never says why beyond a lock).
    SignIn(crate::app::services::auth::SignInError),
    BadSize(String),
    /// `demo` only works on an empty database or one it made itself: it would otherwise add
    /// accounts with published passwords to a real register.
    NotDemo(PathBuf),
    /// `gen` only fills an empty database.
    NotEmpty {
        path: PathBuf,
        employees: usize,
    },
    /// An account change was refused (`kinerja user ...`).
    Account(AccountError),
    /// `kinerja user ...` names a user name no account has.
    UnknownUser(String),
    /// No employee has this NIP.
    UnknownNip(String),
    /// A date that is not `DD/MM/YYYY` (`arg`: the option, e.g. `--from`).
    BadDate {
        arg: &'static str,
        value: String,
        /// Why it is not a date; `None`: a date, but after the last year allowed.
        reason: Option<crate::domain::dates::DateError>,
    },
    /// `kinerja demo --as NIP`: no (enabled) account for this NIP.
    NoAccountForNip(String),
    /// `kinerja periode buka` for a year already open.
    PeriodExists(i32),
    /// `kinerja periode tahap|segmen` for a year never opened.
    NoPeriod(i32),
    /// A stage or segmentation word the command line does not know.
    BadPeriodWord(String),
    /// `kinerja pengaturan ubah`: an unknown key or a value it does not take.
    Setting(crate::domain::ruledata::SettingError),
    /// `kinerja plt end ID`: no acting assignment has this number.
    UnknownActing(u64),
    /// `--unit` names no unit (by id or name).
    UnknownUnit(String),
    /// `--unit` names several units: their ids.
    AmbiguousUnit {
        name: String,
        ids: Vec<u64>,
    },
    /// `kinerja unit predikat` without `--keputusan`.
    DecreeRequired,
    /// `--tahun` outside 2000 ..= `last`.
    BadYear {
        year: i32,
        last: i32,
    },
    /// `--jenis` is none of the six kinds of dialog kinerja.
    BadKind(String),
    /// `kinerja cetak dialog`: no session of this employee on this date (and kind).
    NoSession {
        nip: String,
        on: chrono::NaiveDate,
    },
    /// `kinerja cetak dialog` without `--jenis`: several sessions that day, of these kinds.
    SeveralSessions {
        kinds: Vec<&'static str>,
    },
    /// Reading standard input failed.
    Input(std::io::Error),
    /// The user cancelled a prompt (Esc, Ctrl-C).
    Cancelled,
}

impl CliError {
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::Store(_)
            | CliError::Register(_)
            | CliError::Command(CommandError::Store(_))
            | CliError::Serve(_) => 2,
            _ => 1,
        }
    }
}

impl From<AccountError> for CliError {
    fn from(e: AccountError) -> CliError {
        match e {
            AccountError::Store(s) => CliError::Store(s),
            other => CliError::Account(other),
        }
    }
}

impl From<StoreError> for CliError {
    fn from(e: StoreError) -> CliError {
        CliError::Store(e)
    }
}

impl From<CommandError> for CliError {
    fn from(e: CommandError) -> CliError {
        match e {
            CommandError::Store(s) => CliError::Store(s),
            other => CliError::Command(other),
        }
    }
}

impl From<clap::Error> for CliError {
    fn from(e: clap::Error) -> CliError {
        CliError::Usage(usage_error(&e))
    }
}

/// What a clap error says, in values.
pub fn usage_error(e: &clap::Error) -> UsageError {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let get = |k: ContextKind| -> Option<String> {
        match e.get(k)? {
            ContextValue::String(s) => Some(s.clone()),
            ContextValue::Strings(v) => v.first().cloned(),
            ContextValue::StyledStr(s) => Some(s.to_string()),
            ContextValue::StyledStrs(v) => v.first().map(|s| s.to_string()),
            ContextValue::Number(n) => Some(n.to_string()),
            ContextValue::Bool(b) => Some(b.to_string()),
            _ => None,
        }
    };
    let all = |k: ContextKind| -> Vec<String> {
        match e.get(k) {
            Some(ContextValue::Strings(v)) => v.clone(),
            Some(ContextValue::StyledStrs(v)) => v.iter().map(|s| s.to_string()).collect(),
            Some(ContextValue::String(s)) => vec![s.clone()],
            Some(ContextValue::StyledStr(s)) => vec![s.to_string()],
            _ => Vec::new(),
        }
    };
    let arg = || get(ContextKind::InvalidArg).unwrap_or_default();
    match e.kind() {
        ErrorKind::UnknownArgument => UsageError::UnknownArgument {
            arg: arg(),
            suggestion: get(ContextKind::SuggestedArg),
        },
        ErrorKind::InvalidSubcommand => UsageError::UnknownCommand {
            name: get(ContextKind::InvalidSubcommand).unwrap_or_default(),
            suggestion: get(ContextKind::SuggestedSubcommand),
        },
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let value = get(ContextKind::InvalidValue).unwrap_or_default();
            if value.is_empty() && e.kind() == ErrorKind::InvalidValue {
                UsageError::MissingValue { arg: arg() }
            } else {
                UsageError::InvalidValue {
                    arg: arg(),
                    value,
                    valid: all(ContextKind::ValidValue),
                }
            }
        }
        ErrorKind::MissingRequiredArgument => {
            UsageError::MissingArguments(all(ContextKind::InvalidArg))
        }
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            UsageError::MissingCommand(all(ContextKind::ValidSubcommand))
        }
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues | ErrorKind::NoEquals => {
            UsageError::UnexpectedValue {
                value: get(ContextKind::InvalidValue).unwrap_or_else(arg),
            }
        }
        ErrorKind::ArgumentConflict => {
            let other = get(ContextKind::PriorArg).unwrap_or_default();
            if other.is_empty() || other == arg() {
                UsageError::RepeatedArgument { arg: arg() }
            } else {
                UsageError::Conflict { arg: arg(), other }
            }
        }
        ErrorKind::InvalidUtf8 => UsageError::NotUtf8,
        _ => {
            if let Some(value) = get(ContextKind::InvalidValue) {
                UsageError::UnexpectedValue { value }
            } else {
                UsageError::Other
            }
        }
    }
}

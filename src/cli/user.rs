//! `kinerja user add|list|reset-password|disable|enable|key`: accounts at the command line
//! (`key`: SSH public keys, in `user_key.rs`). Runs as the local operator (audit actor
//! `cli:OSUSER`): whoever can run it can read the database file anyway.

use std::path::Path;

use super::args::{RoleArg, UserCmd};
use super::error::CliError;
use super::password;
use crate::app::Services;
use crate::domain::{Account, Directory, Nip, Role};
use crate::i18n::Lang;

pub fn run(db: &Path, cmd: UserCmd, lang: Lang) -> Result<(), CliError> {
    let mut services = super::open_services(db, super::cli_actor())?;
    let message = match cmd {
        UserCmd::Add(a) => {
            let role = match a.role {
                RoleArg::Admin => Role::Admin,
                RoleArg::Penilai => Role::Appraiser,
            };
            let employee = match &a.nip {
                None => None,
                Some(nip) => Some(employee_by_nip(&services, nip)?),
            };
            let pw = password::read_new(lang, a.password_stdin)?;
            services.create_account(None, &a.username, employee, role, &pw)?;
            let name =
                crate::app::services::auth::normalize_username(&a.username).unwrap_or_default();
            crate::cli::words::user_added(lang, &name, role)
        }
        UserCmd::List => list(&services, lang)?,
        UserCmd::ResetPassword(a) => {
            let account = account_named(&services, &a.username)?;
            let pw = password::read_new(lang, a.password_stdin)?;
            services.reset_password(None, account.id, &pw)?;
            crate::cli::words::password_reset(lang, &account.username)
        }
        UserCmd::Disable(a) => {
            let account = account_named(&services, &a.username)?;
            services.set_disabled(None, account.id, true)?;
            crate::cli::words::user_disabled(lang, &account.username, true)
        }
        UserCmd::Enable(a) => {
            let account = account_named(&services, &a.username)?;
            services.set_disabled(None, account.id, false)?;
            crate::cli::words::user_disabled(lang, &account.username, false)
        }
        UserCmd::Key { what } => super::user_key::run(&mut services, what, lang)?,
    };
    super::write_stdout(format!("{message}\n").as_bytes())
}

/// The employee with this NIP (blanks allowed).
fn employee_by_nip(services: &Services, nip: &str) -> Result<crate::domain::EmployeeId, CliError> {
    let digits: String = nip.chars().filter(|c| !c.is_whitespace()).collect();
    services
        .register
        .employee_by_nip(&Nip::from_trusted(digits))
        .ok_or_else(|| CliError::UnknownNip(nip.trim().to_string()))
}

/// The account with this user name (not a NIP: the CLI names accounts by user name).
pub(super) fn account_named(services: &Services, username: &str) -> Result<Account, CliError> {
    let id = services.store.account_id_by_username(username)?;
    let account = match id {
        Some(id) => services.store.account(id)?,
        None => None,
    };
    account.ok_or_else(|| CliError::UnknownUser(username.trim().to_string()))
}

/// One line per account: user name, role, NIP, name, state.
fn list(services: &Services, lang: Lang) -> Result<String, CliError> {
    let accounts = services.accounts()?;
    if accounts.is_empty() {
        return Ok(crate::cli::words::no_accounts(lang).to_string());
    }
    let now = services.now_ms();
    let rows: Vec<[String; 5]> = accounts
        .iter()
        .map(|a| {
            let emp = a.employee.and_then(|id| services.register.employee(id));
            let mut state = Vec::new();
            if a.disabled {
                state.push(crate::cli::words::state_disabled(lang).to_string());
            }
            if let Some(until) = a.locked_until_ms.filter(|_| a.is_locked(now)) {
                state.push(crate::cli::words::state_locked(lang, &local_time(until)));
            }
            if a.must_change_password {
                state.push(crate::cli::words::state_must_change(lang).to_string());
            }
            if state.is_empty() {
                state.push(crate::cli::words::state_active(lang).to_string());
            }
            [
                a.username.clone(),
                a.role.code().to_string(),
                emp.map(|e| e.nip.as_str().to_string())
                    .unwrap_or_else(|| "-".into()),
                emp.map(|e| e.name.full()).unwrap_or_else(|| "-".into()),
                state.join(", "),
            ]
        })
        .collect();
    Ok(table(&crate::cli::words::user_list_header(lang), &rows))
}

pub(super) fn local_time(ms: i64) -> String {
    crate::i18n::common::local_minute(ms)
}

/// Columns padded to their widest cell (by characters), the last one not padded.
fn table(header: &[&str; 5], rows: &[[String; 5]]) -> String {
    let mut widths = header.map(|h| h.chars().count());
    for r in rows {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(c.chars().count());
        }
    }
    let line = |cells: [&str; 5]| {
        let mut s = String::new();
        for (i, c) in cells.iter().enumerate() {
            if i + 1 == cells.len() {
                s.push_str(c);
            } else {
                s.push_str(c);
                s.push_str(&" ".repeat(widths[i] - c.chars().count() + 2));
            }
        }
        s.trim_end().to_string()
    };
    let mut out = vec![line(*header)];
    for r in rows {
        out.push(line([&r[0], &r[1], &r[2], &r[3], &r[4]]));
    }
    out.join("\n")
}

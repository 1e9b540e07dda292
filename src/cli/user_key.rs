//! `kinerja user key add|list|remove`: the SSH public keys an account signs in with to
//! `kinerja serve`. Changes go through `Services::execute` (`admin::Command::AddKey` /
//! `RemoveKey`), as the local operator (audit actor `cli:OSUSER`), like the admin screen's.
//!
//! `remove` takes the key's fingerprint as `list` prints it (`SHA256:...`, the prefix may be
//! left out) or its number in that list: a fingerprint is what `ssh-keygen -lf` shows the
//! user, a number is quicker to type for the admin looking at the list.

use std::io::{IsTerminal, Read};
use std::path::Path;

use super::args::UserKeyCmd;
use super::error::CliError;
use crate::app::admin::Command as AccountCommand;
use crate::app::services::commands::{Command, Outcome};
use crate::app::Services;
use crate::i18n::Lang;

/// More than any public key line: a file this large is not one.
const MAX_INPUT: u64 = 64 * 1024;

pub fn run(services: &mut Services, cmd: UserKeyCmd, lang: Lang) -> Result<String, CliError> {
    match cmd {
        UserKeyCmd::Add(a) => {
            let account = super::user::account_named(services, &a.username)?;
            let text = read_key_text(a.file.as_deref(), lang)?;
            let outcome = services.execute(Command::Accounts(AccountCommand::AddKey {
                account: account.id,
                line: text,
            }))?;
            Ok(said(lang, &outcome))
        }
        UserKeyCmd::List(a) => {
            let account = super::user::account_named(services, &a.username)?;
            list(services, account.id, lang)
        }
        UserKeyCmd::Remove(a) => {
            let account = super::user::account_named(services, &a.username)?;
            let outcome = services.execute(Command::Accounts(AccountCommand::RemoveKey {
                account: account.id,
                which: a.which,
            }))?;
            Ok(said(lang, &outcome))
        }
    }
}

fn said(lang: Lang, outcome: &Outcome) -> String {
    match outcome {
        Outcome::Account(done) => crate::i18n::admin_accounts::done(lang, done),
        _ => String::new(),
    }
}

/// The key line from `file`, or from standard input when it is absent or `-` (a terminal is
/// asked for one line; a pipe is read to its end).
fn read_key_text(file: Option<&Path>, lang: Lang) -> Result<String, CliError> {
    match file {
        Some(path) if path != Path::new("-") => {
            let mut text = String::new();
            std::fs::File::open(path)
                .and_then(|f| f.take(MAX_INPUT).read_to_string(&mut text))
                .map_err(|error| CliError::ReadFile {
                    path: path.to_path_buf(),
                    error,
                })?;
            Ok(text)
        }
        _ => {
            let stdin = std::io::stdin();
            let mut text = String::new();
            if stdin.is_terminal() {
                eprintln!("{}", super::user_key_words::paste_prompt(lang));
                stdin.read_line(&mut text).map_err(CliError::Input)?;
            } else {
                stdin
                    .lock()
                    .take(MAX_INPUT)
                    .read_to_string(&mut text)
                    .map_err(CliError::Input)?;
            }
            Ok(text)
        }
    }
}

/// One line per key: number, fingerprint, comment, added when and by whom.
fn list(
    services: &Services,
    account: crate::domain::AccountId,
    lang: Lang,
) -> Result<String, CliError> {
    let keys = services.account_keys(account)?;
    if keys.keys.is_empty() {
        return Ok(crate::i18n::admin_keys::no_keys(lang).to_string());
    }
    let header = crate::i18n::admin_keys::header(lang).map(str::to_string);
    let rows: Vec<[String; 4]> = keys
        .keys
        .iter()
        .enumerate()
        .map(|(i, k)| {
            [
                (i + 1).to_string(),
                k.fingerprint.clone(),
                if k.comment.is_empty() {
                    "-".to_string()
                } else {
                    k.comment.clone()
                },
                crate::i18n::admin_keys::added_when_by(
                    lang,
                    &super::user::local_time(k.added_at_ms),
                    &k.added_by,
                ),
            ]
        })
        .collect();
    Ok(table(&header, &rows))
}

/// Columns padded to their widest cell (by characters), the last one not padded.
fn table<const N: usize>(header: &[String; N], rows: &[[String; N]]) -> String {
    let mut widths = header.clone().map(|h| h.chars().count());
    for r in rows {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(c.chars().count());
        }
    }
    std::iter::once(header)
        .chain(rows)
        .map(|cells| {
            let mut s = String::new();
            for (i, c) in cells.iter().enumerate() {
                s.push_str(c);
                if i + 1 < N {
                    s.push_str(&" ".repeat(widths[i] - c.chars().count() + 2));
                }
            }
            s.trim_end().to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

//! Reading a new password at the command line: with `--password-stdin` (or when standard input
//! is not a terminal) the first line of standard input; otherwise asked twice on the terminal
//! without echo. The password is never printed.

use std::io::{self, BufRead, IsTerminal, Write};

use super::error::CliError;
use crate::app::services::auth::AccountError;
use crate::i18n::Lang;

/// The new password for an account.
pub fn read_new(lang: Lang, from_stdin: bool) -> Result<String, CliError> {
    let stdin = io::stdin();
    if from_stdin || !stdin.is_terminal() {
        return first_line(&mut stdin.lock());
    }
    let first = read_hidden(crate::cli::words::prompt_password(lang))?;
    let second = read_hidden(crate::cli::words::prompt_password_again(lang))?;
    if first != second {
        return Err(AccountError::PasswordsDiffer.into());
    }
    Ok(first)
}

/// The first line of `input`, without its line ending. Nothing at all is an empty password
/// (refused as too short by the caller).
pub fn first_line(input: &mut dyn BufRead) -> Result<String, CliError> {
    let mut line = String::new();
    input.read_line(&mut line).map_err(CliError::Input)?;
    while line.ends_with(['\n', '\r']) {
        line.pop();
    }
    Ok(line)
}

/// Reads one line on the terminal without showing it (raw mode, so no echo).
fn read_hidden(prompt: &str) -> Result<String, CliError> {
    use crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};
    let mut err = io::stderr();
    let _ = write!(err, "{prompt}");
    let _ = err.flush();
    crossterm::terminal::enable_raw_mode().map_err(CliError::Terminal)?;
    let read = (|| -> Result<String, CliError> {
        let mut s = String::new();
        loop {
            match event::read().map_err(CliError::Terminal)? {
                Event::Key(k) if k.kind != KeyEventKind::Release => {
                    let ctrl = k.modifiers.contains(KeyModifiers::CONTROL);
                    match k.code {
                        KeyCode::Enter => return Ok(s),
                        KeyCode::Backspace => {
                            s.pop();
                        }
                        KeyCode::Esc => return Err(CliError::Cancelled),
                        KeyCode::Char('c' | 'd') if ctrl => return Err(CliError::Cancelled),
                        KeyCode::Char('u') if ctrl => s.clear(),
                        KeyCode::Char(c) if !ctrl => s.push(c),
                        _ => {}
                    }
                }
                Event::Paste(p) => s.push_str(p.trim_end_matches(['\n', '\r'])),
                _ => {}
            }
        }
    })();
    let _ = crossterm::terminal::disable_raw_mode();
    let _ = writeln!(err);
    read
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_line_only_without_line_ending() {
        let mut input: &[u8] = b"rahasia 123\r\nsecond line\n";
        assert_eq!(first_line(&mut input).unwrap(), "rahasia 123");
        let mut input: &[u8] = b"no newline";
        assert_eq!(first_line(&mut input).unwrap(), "no newline");
        let mut input: &[u8] = b"";
        assert_eq!(first_line(&mut input).unwrap(), "");
    }
}

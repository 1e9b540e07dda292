//! Typing into single-line fields, and dates as offices type them.

use chrono::NaiveDate;
use tui_input::{Input, InputRequest};

use super::key::{Key, KeyCode};

/// Applies an editing key to a single-line input; true if the key meant something.
pub fn edit_input(input: &mut Input, key: Key) -> bool {
    let req = match (key.code, key.ctrl) {
        (KeyCode::Char('w'), true) => InputRequest::DeletePrevWord,
        (KeyCode::Char('u'), true) => InputRequest::DeleteLine,
        (KeyCode::Char('a'), true) => InputRequest::GoToStart,
        (KeyCode::Char('e'), true) => InputRequest::GoToEnd,
        (KeyCode::Char(c), false) if !key.alt => InputRequest::InsertChar(c),
        (KeyCode::Backspace, _) => InputRequest::DeletePrevChar,
        (KeyCode::Delete, _) => InputRequest::DeleteNextChar,
        (KeyCode::Left, _) => InputRequest::GoToPrevChar,
        (KeyCode::Right, _) => InputRequest::GoToNextChar,
        (KeyCode::Home, _) => InputRequest::GoToStart,
        (KeyCode::End, _) => InputRequest::GoToEnd,
        _ => return false,
    };
    input.handle(req);
    true
}

pub fn format_date(d: Option<NaiveDate>) -> String {
    d.map(|d| d.format("%d/%m/%Y").to_string())
        .unwrap_or_default()
}

/// The one date reader of forms, import and CLI: [`crate::domain::dates::parse_dmy`].
pub use crate::domain::dates::parse_dmy as parse_date;

/// Pasted text for a one-line field: line breaks and tabs become one space each (`\r\n`
/// counts once), other control characters (ESC, BEL, ...) are dropped.
pub fn one_line_paste(text: &str) -> String {
    text.replace("\r\n", "\n")
        .chars()
        .filter_map(|c| match c {
            '\n' | '\r' | '\t' => Some(' '),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
}

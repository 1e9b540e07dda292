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

/// The part of a one-line value that a field `width` columns wide shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    /// Byte range of the value to draw.
    pub start: usize,
    pub end: usize,
    /// Column of the cursor inside the field.
    pub cursor: usize,
}

impl Window {
    pub fn text<'a>(&self, value: &'a str) -> &'a str {
        &value[self.start..self.end]
    }
}

/// Scrolls a one-line value so that the cursor (`cursor`: in characters, as `tui_input`
/// counts) stays inside `width` columns. Computed from the cursor alone, so drawing needs no
/// state: the value starts at its beginning while the cursor fits, else the cursor sits at
/// the right edge. Widths are display widths (wide characters two, combining marks none), as
/// the tree view measures them; the cell under the cursor counts (one past the end too).
pub fn window(value: &str, cursor: usize, width: usize) -> Window {
    use unicode_width::UnicodeWidthChar;
    let chars: Vec<(usize, char)> = value.char_indices().collect();
    let w = |i: usize| chars.get(i).map_or(1, |(_, c)| c.width().unwrap_or(0));
    let byte = |i: usize| chars.get(i).map_or(value.len(), |(b, _)| *b);
    let cursor = cursor.min(chars.len());
    // Leftmost first character that still leaves room for the cursor cell; a combining mark
    // never starts the window (it belongs to the character before it).
    let mut first = cursor;
    // The cursor needs a cell even on a mark that tui_input would not stop on.
    let mut used = w(cursor).max(1);
    while first > 0 {
        let more = w(first - 1);
        if used + more > width {
            break;
        }
        used += more;
        first -= 1;
    }
    while first < cursor && first > 0 && w(first) == 0 {
        first += 1;
    }
    let mut end = first;
    let mut shown = 0;
    while end < chars.len() && shown + w(end) <= width {
        shown += w(end);
        end += 1;
    }
    let cursor_col = (first..cursor).map(w).sum();
    Window {
        start: byte(first),
        end: byte(end),
        cursor: cursor_col,
    }
}

#[cfg(test)]
mod window_tests {
    use super::window;
    use unicode_width::UnicodeWidthStr;

    /// (value, cursor, width) -> (shown text, cursor column).
    fn shown(value: &str, cursor: usize, width: usize) -> (String, usize) {
        let w = window(value, cursor, width);
        (w.text(value).to_string(), w.cursor)
    }

    #[test]
    fn a_value_that_fits_is_shown_whole_from_its_start() {
        assert_eq!(shown("Maria", 5, 10), ("Maria".into(), 5));
        assert_eq!(shown("Maria", 0, 10), ("Maria".into(), 0));
        assert_eq!(shown("", 0, 10), ("".into(), 0));
    }

    #[test]
    fn the_cursor_at_the_end_of_a_long_value_is_at_the_right_edge() {
        // 10 columns: 9 characters and the cell of the cursor.
        assert_eq!(shown("abcdefghijklmnop", 16, 10), ("hijklmnop".into(), 9));
        // The cursor inside: the text after it fills the rest.
        assert_eq!(shown("abcdefghijklmnop", 12, 10), ("defghijklm".into(), 9));
        // Back at the start: the beginning shows again.
        assert_eq!(shown("abcdefghijklmnop", 0, 10), ("abcdefghij".into(), 0));
        assert_eq!(shown("abcdefghijklmnop", 9, 10), ("abcdefghij".into(), 9));
    }

    #[test]
    fn wide_characters_count_two_columns() {
        // 王小明李 = 8 columns; 6 columns with the cursor at the end: 2 characters + cursor.
        let (text, cur) = shown("王小明李", 4, 6);
        assert_eq!(text, "明李");
        assert_eq!(cur, 4);
        assert!(text.width() < 6);
        // The cursor on a wide character needs both its columns.
        let (text, cur) = shown("王小明李", 3, 6);
        assert_eq!((text.as_str(), cur), ("小明李", 4));
    }

    #[test]
    fn combining_marks_take_no_column_and_stay_with_their_letter() {
        let value = "e\u{301}cole e\u{301}te\u{301}";
        // 12 characters, 9 columns; everything fits in 10 with the cursor.
        assert_eq!(shown(value, 12, 10), (value.to_string(), 9));
        // Narrower: never starts on a bare combining mark.
        let (text, cur) = shown(value, 12, 4);
        assert!(!text.starts_with('\u{301}'), "{text:?}");
        assert_eq!(text.width() + 1, 4);
        assert_eq!(cur, 3);
    }

    #[test]
    fn the_cursor_is_always_inside_the_field() {
        let value = "Drs. Yohanes Gebze, S.Sos., M.Si. (王小明) e\u{301}";
        let n = value.chars().count();
        for width in 1..20 {
            for cursor in 0..=n {
                let w = window(value, cursor, width);
                assert!(w.cursor < width.max(2), "{cursor} in {width}: {w:?}");
                assert!(w.text(value).width() <= width, "{cursor} in {width}");
            }
        }
    }
}

//! One labelled form line, with its error below it when there is one.

use std::borrow::Cow;

use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::Frame;
use tui_input::Input;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::app::kit::input::window;

use crate::ui::kit::theme::Theme;

pub const LABEL_WIDTH: usize = 22;

/// Lines for one field: `Label ....: value` and, if wrong, the message under it.
pub fn lines<'a>(
    label: &str,
    value: Span<'a>,
    hint: Option<&'a str>,
    error: Option<String>,
    focused: bool,
    theme: &Theme,
) -> Vec<Line<'a>> {
    let marker = if focused { "›" } else { " " };
    // Cut, not pushed: the value (and the cursor placed after LABEL_WIDTH) keeps its column.
    let label = cut_width(label, LABEL_WIDTH - 2);
    let pad = (LABEL_WIDTH - 1).saturating_sub(label.width());
    let mut first = vec![
        Span::styled(marker.to_string(), theme.key),
        Span::styled(format!("{label}{}", " ".repeat(pad)), theme.label),
        value,
    ];
    if let Some(h) = hint {
        first.push(Span::styled(format!("  {h}"), theme.dim));
    }
    let mut out = vec![Line::from(first)];
    if let Some(e) = error {
        out.push(Line::from(vec![
            Span::raw(" ".repeat(LABEL_WIDTH)),
            Span::styled(format!("✗ {e}"), theme.error),
        ]));
    }
    out
}

/// Columns left for a value in a field line drawn in `area` (after the label).
pub fn value_width(area: Rect) -> usize {
    usize::from(area.width).saturating_sub(LABEL_WIDTH)
}

/// What an input shows: its text, or one dot per character for a password.
fn shown(input: &Input, secret: bool) -> Cow<'_, str> {
    if secret {
        Cow::Owned("•".repeat(input.value().chars().count()))
    } else {
        Cow::Borrowed(input.value())
    }
}

/// A focused input in reverse video, scrolled so that its cursor shows in `width` columns.
fn focused_value<'a>(text: &str, cursor: usize, width: usize, style: Style) -> Span<'a> {
    let w = window(text, cursor, width);
    let mut visible = w.text(text).to_string();
    // The highlighted cell the cursor stands on after the last character (an unstyled
    // input, such as a picker's query, needs none).
    if style != Style::new() && w.end == text.len() && visible.width() < width {
        visible.push(' ');
    }
    Span::styled(visible, style)
}

/// The value of a text input in a field `width` columns wide ([`value_width`]): a focused
/// input scrolls with its cursor, another one shows its start, cut with `…`.
pub fn text_value<'a>(input: &Input, width: usize, focused: bool, theme: &Theme) -> Span<'a> {
    if focused {
        focused_value(input.value(), input.cursor(), width, theme.field_focus)
    } else if input.value().is_empty() {
        Span::styled("-", theme.dim)
    } else {
        Span::raw(cut_width(input.value(), width))
    }
}

/// A password input: one dot per character, never the text.
pub fn secret_value<'a>(input: &Input, width: usize, focused: bool, theme: &Theme) -> Span<'a> {
    let dots = shown(input, true);
    if focused {
        focused_value(&dots, input.cursor(), width, theme.field_focus)
    } else {
        Span::raw(cut_width(&dots, width))
    }
}

/// Puts the terminal cursor in the focused input on line `line` of `area`, where
/// [`text_value`] (or [`secret_value`], `secret`) drew it.
pub fn place_cursor(frame: &mut Frame, area: Rect, line: usize, input: &Input, secret: bool) {
    let col = window(&shown(input, secret), input.cursor(), value_width(area)).cursor;
    let x = area.x as usize + LABEL_WIDTH + col;
    let y = area.y as usize + line;
    if y < area.bottom() as usize && x < area.right() as usize {
        frame.set_cursor_position((x as u16, y as u16));
    }
}

/// A one-line input after a label outside the field kit (filter lines, picker queries): the
/// span scrolled to `width` columns, and the cursor's column in it.
pub fn inline_input<'a>(input: &Input, width: usize, style: Style) -> (Span<'a>, u16) {
    let col = window(input.value(), input.cursor(), width).cursor;
    (
        focused_value(input.value(), input.cursor(), width, style),
        u16::try_from(col).unwrap_or(u16::MAX),
    )
}

/// First line to show so that `focus_line` is visible in `height` lines.
pub fn scroll_for(focus_line: usize, height: usize) -> usize {
    if height == 0 {
        0
    } else {
        focus_line.saturating_sub(height.saturating_sub(2))
    }
}

/// `Name, titles (NIP grouped)` of a chosen person, or `empty` when none is chosen.
pub fn person(
    reg: &crate::app::Register,
    id: Option<crate::domain::EmployeeId>,
    empty: &str,
) -> String {
    use crate::domain::Directory;
    id.and_then(|id| reg.employee(id))
        .map(|e| format!("{} ({})", e.full_name(), e.nip.grouped()))
        .unwrap_or_else(|| empty.to_string())
}

/// Cuts `s` to at most `w` characters, marking the cut with `…` (counts characters, so
/// multi-byte names are safe).
pub fn cut(s: &str, w: usize) -> String {
    if s.chars().count() <= w {
        s.to_string()
    } else {
        let mut out: String = s.chars().take(w.saturating_sub(1)).collect();
        out.push('…');
        out
    }
}

/// Columns for an inline input after a `label` columns wide label, leaving `tail` columns for
/// what follows it (a match count) while the line is wide enough.
pub fn inline_width(area: Rect, label: usize, tail: usize) -> usize {
    let room = usize::from(area.width).saturating_sub(label);
    room.saturating_sub(tail).max(room.min(12))
}

/// Cuts `s` to at most `w` terminal columns (wide characters two, combining marks none),
/// marking the cut with `…`.
pub fn cut_width(s: &str, w: usize) -> String {
    if s.width() <= w {
        return s.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let cw = c.width().unwrap_or(0);
        if used + cw + 1 > w {
            break;
        }
        out.push(c);
        used += cw;
    }
    if w > 0 {
        out.push('…');
    }
    out
}

//! One labelled form line, with its error below it when there is one.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::Frame;
use tui_input::Input;

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
    let mut first = vec![
        Span::styled(marker.to_string(), theme.key),
        Span::styled(format!("{label:<w$}", w = LABEL_WIDTH - 1), theme.label),
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

/// The value of a text input; focused inputs are shown in reverse video.
pub fn text_value<'a>(input: &'a Input, focused: bool, theme: &Theme) -> Span<'a> {
    if focused {
        Span::styled(format!("{} ", input.value()), theme.field_focus)
    } else if input.value().is_empty() {
        Span::styled("-", theme.dim)
    } else {
        Span::raw(input.value())
    }
}

/// A password input: one dot per character, never the text.
pub fn secret_value<'a>(input: &Input, focused: bool, theme: &Theme) -> Span<'a> {
    let dots = "•".repeat(input.value().chars().count());
    if focused {
        Span::styled(format!("{dots} "), theme.field_focus)
    } else {
        Span::raw(dots)
    }
}

/// Puts the terminal cursor in the focused input on line `line` of `area`.
pub fn place_cursor(frame: &mut Frame, area: Rect, line: usize, input: &Input) {
    let x = area.x as usize + LABEL_WIDTH + input.visual_cursor();
    let y = area.y as usize + line;
    if y < area.bottom() as usize && x < area.right() as usize {
        frame.set_cursor_position((x as u16, y as u16));
    }
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

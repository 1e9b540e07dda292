//! The employee table (flat, sortable) and the organisation tree.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Cell, HighlightSpacing, List, ListItem, ListState, Paragraph, Row as TableRow, Table,
    TableState,
};
use ratatui::Frame;

use crate::app::employees::list::{Column, Pane, Row};
use crate::app::App;
use crate::domain::Employee;
use crate::i18n::common::{t, T};
use crate::i18n::Lang;
use crate::ui::kit::theme::Theme;

/// Below this width the status column folds into the name (inactive rows say so there).
const WIDE: u16 = 110;

fn column_title(c: Column) -> T {
    match c {
        Column::Name => T::ColName,
        Column::Nip => T::ColNip,
        Column::Position => T::ColPosition,
        Column::Unit => T::ColUnit,
        Column::Grade => T::ColGrade,
        Column::Status => T::ColStatus,
    }
}

/// The columns shown at `width`. Narrow screens drop the status column, except while the list
/// is sorted by it: every order must be labelled by its column's arrow.
fn columns(width: u16, sorted: Option<Column>) -> Vec<Column> {
    if width >= WIDE {
        Column::ALL.to_vec()
    } else {
        Column::ALL
            .iter()
            .copied()
            .filter(|c| *c != Column::Status || sorted == Some(Column::Status))
            .collect()
    }
}

fn constraint(c: Column, lang: Lang) -> Constraint {
    match c {
        Column::Name => Constraint::Fill(3),
        Column::Nip => Constraint::Length(21),
        Column::Position | Column::Unit => Constraint::Fill(2),
        // Room for the title and its sort arrow (` ▲`), so the arrow is never cut off.
        Column::Grade => {
            let title = t(lang, column_title(c)).chars().count() + 2;
            Constraint::Length(u16::try_from(title).unwrap_or(u16::MAX).max(5))
        }
        Column::Status => Constraint::Length(8),
    }
}

fn status_text(lang: Lang, e: &Employee) -> &'static str {
    if e.is_active() {
        t(lang, T::StatusActive)
    } else {
        t(lang, T::StatusInactive)
    }
}

fn cell(lang: Lang, c: Column, e: &Employee, unit: &str, wide: bool) -> String {
    match c {
        // Without a status column the marker goes first, where it survives truncation.
        Column::Name if !wide && !e.is_active() => {
            format!("[{}] {}", status_text(lang, e), e.full_name())
        }
        Column::Name => e.full_name(),
        Column::Nip => e.nip.grouped(),
        Column::Position => e.position.clone(),
        Column::Unit => unit.to_string(),
        Column::Grade => e.grade.code(),
        Column::Status => status_text(lang, e).to_string(),
    }
}

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let lang = app.state.lang;
    let list = &app.state.list;
    let reg = &app.services.register;
    if list.rows.is_empty() {
        let text = if reg.employees().is_empty() {
            T::NoEmployees
        } else {
            T::NoMatches
        };
        frame.render_widget(
            Paragraph::new(Span::styled(t(lang, text), theme.dim))
                .wrap(ratatui::widgets::Wrap { trim: true }),
            Rect {
                y: area.y + 1,
                height: area.height.saturating_sub(1),
                ..area
            },
        );
        return;
    }
    let focused = list.pane != Some(Pane::Detail) && !list.filtering;
    let highlight = if focused {
        theme.selected
    } else {
        theme.selected_unfocused
    };
    if list.tree {
        draw_tree(frame, area, app, theme, highlight);
    } else {
        draw_table(frame, area, app, theme, highlight);
    }
}

fn draw_table(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    theme: &Theme,
    highlight: ratatui::style::Style,
) {
    let lang = app.state.lang;
    let list = &app.state.list;
    let reg = &app.services.register;
    let wide = area.width >= WIDE;
    let cols = columns(area.width, list.sort.map(|(c, _)| c));
    let header = TableRow::new(cols.iter().map(|c| {
        let mut title = t(lang, column_title(*c)).to_string();
        match list.sort {
            Some((sorted, desc)) if sorted == *c => {
                title.push_str(if desc { " ▼" } else { " ▲" })
            }
            _ => {}
        }
        Cell::from(title)
    }))
    .style(theme.header);
    let constraints: Vec<Constraint> = cols.iter().map(|c| constraint(*c, lang)).collect();
    // The same split the table makes (minus the highlight column), so long text gets an ellipsis.
    let widths: Vec<usize> = Layout::horizontal(constraints.clone())
        .spacing(1)
        .split(Rect::new(0, 0, area.width.saturating_sub(2), 1))
        .iter()
        .map(|r| usize::from(r.width))
        .collect();
    let end = (list.offset + list.viewport).min(list.rows.len());
    let rows = list.rows[list.offset..end].iter().map(|row| {
        let Row::Employee { index, .. } = row else {
            return TableRow::new(vec![Cell::from("")]);
        };
        match reg.employees().get(*index as usize) {
            Some(e) => {
                let unit = reg.unit_name(e.unit);
                let r = TableRow::new(cols.iter().zip(&widths).map(|(c, w)| {
                    Cell::from(crate::ui::kit::field::cut(
                        &cell(lang, *c, e, unit, wide),
                        *w,
                    ))
                }));
                if e.is_active() {
                    r
                } else {
                    r.style(theme.inactive)
                }
            }
            None => TableRow::new(vec![Cell::from("?")]),
        }
    });
    let table = Table::new(rows, constraints)
        .header(header)
        .column_spacing(1)
        .row_highlight_style(highlight)
        .highlight_symbol("› ")
        .highlight_spacing(HighlightSpacing::Always);
    // `update` already placed the window; drawing only mirrors it.
    let mut view = TableState::new().with_selected(Some(list.selected.saturating_sub(list.offset)));
    frame.render_stateful_widget(table, area, &mut view);
}

/// The tree: unit lines span the width; employee lines are laid out in fixed columns.
fn draw_tree(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    theme: &Theme,
    highlight: ratatui::style::Style,
) {
    let lang = app.state.lang;
    let list = &app.state.list;
    let reg = &app.services.register;
    let width = usize::from(area.width.saturating_sub(2));
    let pos_w = (width / 4).clamp(10, 40);
    let end = (list.offset + list.viewport + 1).min(list.rows.len());
    let items: Vec<ListItem> = list.rows[list.offset..end]
        .iter()
        .map(|row| match row {
            Row::Unit { id, depth } => {
                let indent = "  ".repeat(usize::from(*depth));
                ListItem::new(Line::from(Span::styled(
                    format!("{indent}▾ {}", reg.unit_name(*id)),
                    theme.unit_row,
                )))
            }
            Row::Employee { index, depth } => {
                let Some(e) = reg.employees().get(*index as usize) else {
                    return ListItem::new("?");
                };
                let indent = "  ".repeat(usize::from(*depth));
                let name = cell(lang, Column::Name, e, "", false);
                let name_w = width.saturating_sub(indent.chars().count() + 21 + pos_w + 5 + 3);
                let text = format!(
                    "{indent}{} {} {} {}",
                    fit(&name, name_w),
                    e.nip.grouped(),
                    fit(&e.position, pos_w),
                    e.grade.code()
                );
                let item = ListItem::new(text);
                if e.is_active() {
                    item
                } else {
                    item.style(theme.inactive)
                }
            }
        })
        .collect();
    let widget = List::new(items)
        .highlight_style(highlight)
        .highlight_symbol("› ")
        .highlight_spacing(HighlightSpacing::Always);
    let mut view =
        ListState::default().with_selected(Some(list.selected.saturating_sub(list.offset)));
    // The tree has no header row, so it shows one row more than the table.
    frame.render_stateful_widget(widget, area, &mut view);
}

/// Pads or cuts `s` to exactly `w` terminal columns, measured as the table of the list view
/// measures them: wide characters count two, combining marks none.
fn fit(s: &str, w: usize) -> String {
    use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};
    let n = s.width();
    if n <= w {
        return format!("{s}{}", " ".repeat(w - n));
    }
    if w == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let cw = c.width().unwrap_or(0);
        if used + cw > w - 1 {
            break;
        }
        out.push(c);
        used += cw;
    }
    out.push('…');
    format!("{out}{}", " ".repeat(w - 1 - used))
}

#[cfg(test)]
mod tests {
    use super::fit;
    use unicode_width::UnicodeWidthStr;

    /// Issue 7 #13: wide and combining characters keep the tree's columns in line.
    #[test]
    fn fit_measures_display_width() {
        for (s, w) in [
            ("王小明", 8),
            ("王小明", 5),
            ("e\u{301}cole Dupont", 8),
            ("e\u{301}cole", 8),
            ("🙂 Maria", 6),
            ("Maria", 3),
        ] {
            assert_eq!(fit(s, w).width(), w, "{s:?} in {w}");
        }
        assert_eq!(fit("王小明", 5), "王小…");
        assert_eq!(fit("王小明", 4), "王… ");
        assert_eq!(fit("e\u{301}cole", 6), "e\u{301}cole ");
    }
}

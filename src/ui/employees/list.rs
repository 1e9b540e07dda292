//! The employee table (flat, sortable) and the organisation tree.

use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Cell, HighlightSpacing, List, ListItem, ListState, Paragraph, Row as TableRow, Table,
    TableState,
};
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

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

/// The width of a column that does not depend on the rows.
fn fixed_width(c: Column, lang: Lang) -> Option<usize> {
    match c {
        Column::Nip => Some(21),
        // Room for the title and its sort arrow (` ▲`), so the arrow is never cut off.
        Column::Grade => Some((t(lang, column_title(c)).width() + 2).max(5)),
        Column::Status => Some(8),
        Column::Name | Column::Position | Column::Unit => None,
    }
}

/// Column widths for a table `width` wide (highlight column and spacing taken off): fixed
/// columns get theirs; name, position and unit share the rest by what they need on the page
/// (a column that needs less than an even share gives the difference to the others), and
/// width left over once all fit goes to the last of them. So a wide screen cuts nothing
/// that fits, and a narrow one cuts the longest texts first.
fn column_widths(cols: &[Column], needs: &[usize], width: u16, lang: Lang) -> Vec<usize> {
    let spacing = cols.len().saturating_sub(1);
    let fixed: usize = cols.iter().filter_map(|c| fixed_width(*c, lang)).sum();
    let mut room = usize::from(width).saturating_sub(2 + spacing + fixed);
    let mut out: Vec<usize> = cols
        .iter()
        .map(|c| fixed_width(*c, lang).unwrap_or(0))
        .collect();
    let mut open: Vec<usize> = (0..cols.len())
        .filter(|i| fixed_width(cols[*i], lang).is_none())
        .collect();
    open.sort_by_key(|i| needs[*i]);
    let mut left = open.len();
    for i in &open {
        let share = room / left.max(1);
        out[*i] = needs[*i].min(share);
        room -= out[*i];
        left -= 1;
    }
    if let Some(last) = (0..cols.len())
        .rev()
        .find(|i| fixed_width(cols[*i], lang).is_none())
    {
        out[last] += room;
    }
    out
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
    let end = (list.offset + list.viewport).min(list.rows.len());
    let shown: Vec<&Employee> = list.rows[list.offset..end]
        .iter()
        .filter_map(|row| match row {
            Row::Employee { index, .. } => reg.employees().get(*index as usize),
            Row::Unit { .. } => None,
        })
        .collect();
    // What each text column needs on this page (its title with a sort arrow at least).
    let needs: Vec<usize> = cols
        .iter()
        .map(|c| {
            let title = t(lang, column_title(*c)).width() + 2;
            shown
                .iter()
                .map(|e| cell(lang, *c, e, reg.unit_name(e.unit), wide).width())
                .max()
                .unwrap_or(0)
                .max(title)
        })
        .collect();
    let widths = column_widths(&cols, &needs, area.width, lang);
    let constraints: Vec<Constraint> = widths
        .iter()
        .map(|w| Constraint::Length(u16::try_from(*w).unwrap_or(u16::MAX)))
        .collect();
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
                let mark = if list.is_folded(*id) { '▸' } else { '▾' };
                ListItem::new(Line::from(Span::styled(
                    format!("{indent}{mark} {}", reg.unit_name(*id)),
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

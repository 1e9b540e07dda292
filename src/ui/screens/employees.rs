//! The employees screen: filter line, list or organisation tree, detail pane.

use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Paragraph, Row as TableRow, Table};
use ratatui::Frame;

use crate::app::employee_form::format_date;
use crate::app::employee_list::{Column, Pane, Row};
use crate::app::state::detail_people;
use crate::app::App;
use crate::domain::{Directory, Employee};
use crate::i18n::messages;
use crate::i18n::ui::{t, T};
use crate::i18n::Lang;
use crate::ui::layout;
use crate::ui::theme::Theme;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let l = layout::employees(area);
    draw_filter(frame, l.filter, app, theme);
    draw_list(frame, l.list, app, theme);
    draw_detail(frame, l.detail, app, theme);
}

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

fn draw_filter(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let lang = app.state.lang;
    let list = &app.state.list;
    let total = app.services.register.employees().len();
    let mut spans = vec![Span::styled(
        format!("{}: ", t(lang, T::FilterLabel)),
        theme.label,
    )];
    if list.filtering {
        spans.push(Span::styled(
            format!("{}▏", list.query()),
            theme.field_focus,
        ));
    } else if list.query().is_empty() {
        spans.push(Span::styled(t(lang, T::FilterHint), theme.dim));
    } else {
        spans.push(Span::raw(list.query().to_string()));
    }
    spans.push(Span::raw("  "));
    spans.push(Span::styled(
        messages::matches(lang, list.match_count(), total),
        theme.dim,
    ));
    let view = if list.tree { T::TreeView } else { T::FlatView };
    spans.push(Span::styled(format!(" · {}", t(lang, view)), theme.dim));
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
    if list.filtering {
        let x = area.x + t(lang, T::FilterLabel).chars().count() as u16 + 2;
        let cur = list.filter.visual_cursor() as u16;
        frame.set_cursor_position((
            x.saturating_add(cur).min(area.right().saturating_sub(1)),
            area.y,
        ));
    }
}

fn draw_list(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let lang = app.state.lang;
    let reg = &app.services.register;
    let list = &app.state.list;
    let header = TableRow::new(Column::ALL.iter().map(|c| {
        let mut title = t(lang, column_title(*c)).to_string();
        if let Some((sorted, desc)) = list.sort {
            if sorted == *c {
                title.push_str(if desc { " ▼" } else { " ▲" });
            }
        }
        Cell::from(title)
    }))
    .style(theme.header);
    if list.rows.is_empty() {
        let text = if reg.employees().is_empty() {
            T::NoEmployees
        } else {
            T::NoMatches
        };
        let table = Table::new(Vec::<TableRow>::new(), widths()).header(header);
        frame.render_widget(table, area);
        let msg_area = Rect {
            y: area.y + 2,
            height: area.height.saturating_sub(2),
            ..area
        };
        frame.render_widget(
            Paragraph::new(Span::styled(t(lang, text), theme.dim)),
            msg_area,
        );
        return;
    }
    let focused = list.pane != Some(Pane::Detail) && !list.filtering;
    let end = (list.offset + list.viewport).min(list.rows.len());
    let rows = list.rows[list.offset..end]
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let selected = list.offset + i == list.selected;
            let style = if selected && focused {
                theme.selected
            } else if selected {
                theme.selected_unfocused
            } else {
                Style::new()
            };
            match row {
                Row::Unit { id, depth } => {
                    let indent = "  ".repeat(usize::from(*depth));
                    TableRow::new(vec![Cell::from(format!(
                        "{indent}▾ {}",
                        reg.unit_name(*id)
                    ))])
                    .style(theme.unit_row.patch(style))
                }
                Row::Employee { index, depth } => match reg.employees().get(*index as usize) {
                    Some(e) => employee_row(lang, e, reg.unit_name(e.unit), *depth, theme).style(
                        if e.is_active() {
                            style
                        } else {
                            theme.inactive.patch(style)
                        },
                    ),
                    None => TableRow::new(vec![Cell::from("?")]),
                },
            }
        });
    frame.render_widget(
        Table::new(rows, widths()).header(header).column_spacing(1),
        area,
    );
}

fn widths() -> [Constraint; 6] {
    [
        Constraint::Fill(3),
        Constraint::Length(21),
        Constraint::Fill(2),
        Constraint::Fill(2),
        Constraint::Length(5),
        Constraint::Length(8),
    ]
}

fn employee_row<'a>(
    lang: Lang,
    e: &'a Employee,
    unit: &'a str,
    depth: u16,
    _theme: &Theme,
) -> TableRow<'a> {
    let indent = "  ".repeat(usize::from(depth));
    let status = if e.is_active() {
        t(lang, T::StatusActive)
    } else {
        t(lang, T::StatusInactive)
    };
    TableRow::new(vec![
        Cell::from(format!("{indent}{}", e.full_name())),
        Cell::from(e.nip.grouped()),
        Cell::from(e.position.as_str()),
        Cell::from(unit),
        Cell::from(e.grade.code()),
        Cell::from(status),
    ])
}

fn draw_detail(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let lang = app.state.lang;
    let reg = &app.services.register;
    let list = &app.state.list;
    let focused = list.pane == Some(Pane::Detail);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(if focused {
            theme.border_focus
        } else {
            theme.border
        })
        .title(Span::styled(
            format!(" {} ", t(lang, T::DetailTitle)),
            theme.label,
        ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(e) = list.selected_employee(reg).and_then(|id| reg.employee(id)) else {
        let text = match list.selected_row() {
            Some(Row::Unit { id, .. }) => {
                let head = reg
                    .unit(id)
                    .and_then(|u| u.head)
                    .and_then(|h| reg.employee(h))
                    .map_or_else(|| "-".to_string(), |h| h.full_name());
                vec![
                    Line::from(Span::styled(reg.unit_path(id), theme.label)),
                    Line::from(format!("{}: {head}", t(lang, T::LabelHead))),
                ]
            }
            _ => vec![Line::from(Span::styled(t(lang, T::DetailNone), theme.dim))],
        };
        frame.render_widget(Paragraph::new(text), inner);
        return;
    };
    let kv = |label: T, value: String| {
        Line::from(vec![
            Span::styled(format!("{}: ", t(lang, label)), theme.label),
            Span::raw(value),
        ])
    };
    let status = match &e.status {
        crate::domain::EmployeeStatus::Active => t(lang, T::StatusActive).to_string(),
        crate::domain::EmployeeStatus::Inactive {
            reason,
            since,
            note,
        } => {
            let mut s = format!(
                "{} ({})",
                t(lang, T::StatusInactive),
                crate::i18n::ui::reason(lang, *reason)
            );
            if since.is_some() {
                s.push_str(&format!(" {}", format_date(*since)));
            }
            if !note.is_empty() {
                s.push_str(&format!(" · {note}"));
            }
            s
        }
    };
    let or_dash = |s: &str| {
        if s.is_empty() {
            "-".to_string()
        } else {
            s.to_string()
        }
    };
    let date = |d| {
        let s = format_date(d);
        or_dash(&s)
    };
    let mut lines = vec![
        Line::from(vec![
            Span::styled(e.full_name(), theme.title),
            Span::raw("  "),
            Span::styled(format!("NIP {}", e.nip.grouped()), theme.label),
        ]),
        kv(
            T::LabelGrade,
            format!("{} · {}", e.kind.code(), e.grade.label()),
        ),
        kv(
            T::LabelPosition,
            format!("{} ({})", e.position, e.position_kind.label()),
        ),
        kv(T::LabelUnit, reg.unit_path(e.unit)),
        kv(
            T::LabelAppointedOn,
            format!(
                "{} · {}: {} · {}: {}",
                date(e.appointed_on),
                t(lang, T::LabelGradeSince),
                date(e.grade_since),
                t(lang, T::LabelPositionSince),
                date(e.position_since)
            ),
        ),
        kv(
            T::LabelStatus,
            format!(
                "{status} · {}: {} · {}: {}",
                t(lang, T::LabelPhone),
                or_dash(&e.phone),
                t(lang, T::LabelEmail),
                or_dash(&e.email)
            ),
        ),
    ];
    // The reporting line: supervisor and direct reports, selectable when the pane has focus.
    let people = detail_people(reg, e.id);
    let has_sup = e.supervisor.is_some();
    if !has_sup {
        lines.push(kv(T::LabelSupervisor, t(lang, T::NoSupervisor).to_string()));
    }
    let fixed =
        lines.len() + usize::from(!people.is_empty() && people.len() > usize::from(has_sup));
    let room = usize::from(inner.height).saturating_sub(fixed).max(1);
    let sel = list.detail_selected.min(people.len().saturating_sub(1));
    let start = if sel >= room { sel + 1 - room } else { 0 };
    let subs_count = people.len() - usize::from(has_sup);
    for (i, id) in people.iter().enumerate().skip(start).take(room) {
        if i == usize::from(has_sup) && subs_count > 0 {
            lines.push(Line::from(Span::styled(
                format!("{} ({subs_count}):", t(lang, T::LabelSubordinates)),
                theme.label,
            )));
        }
        let Some(p) = reg.employee(*id) else { continue };
        let style = if focused && i == sel {
            theme.selected
        } else if p.is_active() {
            Style::new()
        } else {
            theme.inactive
        };
        let prefix = if i == 0 && has_sup {
            format!("{}: ", t(lang, T::LabelSupervisor))
        } else {
            "  ".to_string()
        };
        lines.push(Line::from(vec![
            Span::styled(prefix, theme.label),
            Span::styled(
                format!("{} · {} · {}", p.full_name(), p.position, p.grade.code()),
                style,
            ),
        ]));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

//! The audit trail screen: who changed which record, when, and what changed.

use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, Borders, Cell, HighlightSpacing, Paragraph, Row, Table, TableState, Wrap,
};
use ratatui::Frame;

use serde_json::Value;

use crate::app::audit::view::{changed_fields, format_time};
use crate::app::employees::form::format_date;
use crate::app::App;
use crate::app::Register;
use crate::domain::dates::from_days;
use crate::domain::{Directory, EmployeeId, UnitId};
use crate::i18n::common::{t, T};
use crate::i18n::employees::reason;
use crate::i18n::Lang;
use crate::ui::kit::field;
use crate::ui::kit::theme::Theme;
use crate::ui::shell::layout;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let lang = app.state.lang;
    let view = &app.state.audit;
    let l = layout::employees(area);
    // Filter line.
    let label = format!("{}: ", t(lang, T::FilterLabel));
    let label_w = unicode_width::UnicodeWidthStr::width(label.as_str());
    let count = format!("  {} / {}", view.matches.len(), view.rows.len());
    let width = field::inline_width(l.filter, label_w, count.chars().count());
    let label_w = u16::try_from(label_w).unwrap_or(u16::MAX);
    let mut spans = vec![Span::styled(label, theme.label)];
    let mut cur = 0;
    if view.filtering {
        let (typed, col) = field::inline_input(&view.filter, width, theme.field_focus);
        spans.push(typed);
        cur = col;
    } else if view.filter.value().is_empty() {
        spans.push(Span::styled(t(lang, T::FilterHint), theme.dim));
    } else {
        spans.push(Span::raw(field::cut_width(view.filter.value(), width)));
    }
    spans.push(Span::styled(count, theme.dim));
    frame.render_widget(Paragraph::new(Line::from(spans)), l.filter);
    if view.filtering {
        let x = l.filter.x.saturating_add(label_w).saturating_add(cur);
        frame.set_cursor_position((x.min(l.filter.right().saturating_sub(1)), l.filter.y));
    }
    if view.matches.is_empty() {
        let text = if view.loaded {
            T::AuditEmpty
        } else {
            T::AuditLoading
        };
        frame.render_widget(
            Paragraph::new(Span::styled(t(lang, text), theme.dim)),
            Rect {
                y: l.list.y + 1,
                height: l.list.height.saturating_sub(1),
                ..l.list
            },
        );
    } else {
        // The reason gets its own column only where there is room; the pane always shows it.
        let wide = l.list.width >= 110;
        let mut titles = vec![
            T::AuditColTime,
            T::AuditColActor,
            T::AuditColAction,
            T::AuditColRecord,
        ];
        let mut widths = vec![
            Constraint::Length(16),
            Constraint::Length(14),
            Constraint::Length(13),
            Constraint::Fill(3),
        ];
        if wide {
            titles.push(T::AuditColReason);
            widths.push(Constraint::Fill(1));
        }
        let record_width = ratatui::layout::Layout::horizontal(widths.clone())
            .spacing(1)
            .split(Rect::new(0, 0, l.list.width.saturating_sub(2), 1))
            .get(3)
            .map_or(20, |r| usize::from(r.width));
        let header =
            Row::new(titles.into_iter().map(|c| Cell::from(t(lang, c)))).style(theme.header);
        let end = (view.scroll.offset + view.scroll.viewport).min(view.matches.len());
        let rows = view.matches[view.scroll.offset..end]
            .iter()
            .filter_map(|i| {
                let r = view.rows.get(*i)?;
                let mut cells = vec![
                    Cell::from(format_time(r.entry.at_ms)),
                    Cell::from(r.entry.actor.clone()),
                    Cell::from(crate::i18n::audit::audit_action(lang, r.entry.action)),
                    Cell::from(field::cut(&record_text(lang, r), record_width)),
                ];
                if wide {
                    cells.push(Cell::from(r.entry.reason.clone()));
                }
                Some(Row::new(cells))
            });
        let table = Table::new(rows, widths)
            .header(header)
            .column_spacing(1)
            .row_highlight_style(if view.filtering {
                theme.selected_unfocused
            } else {
                theme.selected
            })
            .highlight_symbol("› ")
            .highlight_spacing(HighlightSpacing::Always);
        let mut state = TableState::new().with_selected(Some(
            view.scroll.selected.saturating_sub(view.scroll.offset),
        ));
        frame.render_stateful_widget(table, l.list, &mut state);
    }
    draw_detail(frame, l.detail, app, theme);
}

fn draw_detail(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let lang = app.state.lang;
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border)
        .title(Span::styled(
            format!(" {} ", t(lang, T::AuditDetail)),
            theme.label,
        ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(row) = app.state.audit.current() else {
        return;
    };
    let mut lines = vec![Line::from(vec![
        Span::styled(format_time(row.entry.at_ms), theme.label),
        Span::raw(format!(
            " · {} · {} · {}",
            row.entry.actor,
            crate::i18n::audit::audit_action(lang, row.entry.action),
            record_text(lang, row)
        )),
    ])];
    if !row.entry.reason.is_empty() {
        lines.push(Line::from(vec![
            Span::styled(format!("{}: ", t(lang, T::AuditColReason)), theme.label),
            Span::raw(row.entry.reason.clone()),
        ]));
    }
    // A plan entry in words: people, year, state, each edit (not the plan's fields).
    if let Some(plan) = &row.plan {
        for (label, value) in crate::i18n::audit::plan_lines(lang, plan) {
            lines.push(Line::from(vec![
                Span::styled(format!("{label}: "), theme.label),
                Span::raw(value),
            ]));
        }
        render_detail(frame, inner, lines, app.state.audit.detail_offset, theme);
        return;
    }
    // An evaluation or unit-grade entry in words: whose, which year, what changed.
    let summary = match (&row.review, &row.unit_grade) {
        (Some(a), _) => Some(crate::i18n::reviews::audit_summary(lang, a)),
        (_, Some(g)) => Some(crate::i18n::reviews::unit_grade_summary(lang, g)),
        _ => row
            .feedback
            .as_ref()
            .map(|f| crate::i18n::feedback::audit_summary(lang, f)),
    };
    if let Some(summary) = summary {
        lines.extend(summary.into_iter().map(|l| Line::from(Span::raw(l))));
        render_detail(frame, inner, lines, app.state.audit.detail_offset, theme);
        return;
    }
    let (before, after) = (row.entry.before.as_deref(), row.entry.after.as_deref());
    if row.entry.record.kind == crate::domain::RecordKind::Settings {
        if let Some(changes) = crate::i18n::settings::audit_changes(lang, before, after) {
            lines.extend(changes.into_iter().map(|(label, old, new)| {
                Line::from(vec![
                    Span::styled(format!("{label}: "), theme.label),
                    Span::styled(old, theme.dim),
                    Span::raw(" → "),
                    Span::raw(new),
                ])
            }));
            render_detail(frame, inner, lines, app.state.audit.detail_offset, theme);
            return;
        }
    }
    let changes = changed_fields(before, after);
    if changes.is_empty() {
        lines.push(Line::from(Span::styled(
            t(lang, T::AuditNoChange),
            theme.dim,
        )));
    }
    let reg = &app.services.register;
    for (field, before, after) in changes {
        lines.push(Line::from(vec![
            Span::styled(
                format!(
                    "{}: ",
                    crate::i18n::audit::field_label(lang, &field).unwrap_or(&field)
                ),
                theme.label,
            ),
            Span::styled(value_text(lang, reg, &field, &before), theme.dim),
            Span::raw(" → "),
            Span::raw(value_text(lang, reg, &field, &after)),
        ]));
    }
    render_detail(frame, inner, lines, app.state.audit.detail_offset, theme);
}

/// The detail lines from `offset` (`J`/`K`), wrapped; the offset stops where the last line is
/// in view, and a `↓` in the corner says that more lines follow.
fn render_detail(frame: &mut Frame, inner: Rect, lines: Vec<Line>, offset: u16, theme: &Theme) {
    let width = usize::from(inner.width.max(1));
    let rows: usize = lines.iter().map(|l| l.width().max(1).div_ceil(width)).sum();
    let rows = u16::try_from(rows).unwrap_or(u16::MAX);
    let top = offset.min(rows.saturating_sub(inner.height));
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((top, 0)),
        inner,
    );
    if rows > top.saturating_add(inner.height) && inner.width > 0 && inner.height > 0 {
        let corner = Rect::new(inner.right() - 1, inner.bottom() - 1, 1, 1);
        frame.render_widget(Paragraph::new(Span::styled("↓", theme.label)), corner);
    }
}

/// The record column: an acting assignment by its two people, others as described.
fn record_text(lang: Lang, row: &crate::app::audit::view::AuditRow) -> String {
    match (&row.acting, &row.plan) {
        (Some((acting, for_whom)), _) => crate::i18n::audit::acting_record(lang, acting, for_whom),
        (None, Some(plan)) => crate::i18n::audit::plan_record(lang, plan.year, &row.record),
        (None, None) if row.review.is_some() || row.unit_grade.is_some() => {
            let year = row
                .review
                .as_ref()
                .map(|r| r.year)
                .or(row.unit_grade.as_ref().map(|g| g.year))
                .unwrap_or_default();
            crate::i18n::reviews::audit_record(lang, row.unit_grade.is_some(), year, &row.record)
        }
        (None, None) if row.feedback.is_some() => {
            let year = row.feedback.as_ref().map(|f| f.year).unwrap_or_default();
            crate::i18n::feedback::audit_record(lang, year, &row.record)
        }
        (None, None) if row.entry.record.kind == crate::domain::RecordKind::Settings => {
            crate::i18n::settings::title(lang).to_string()
        }
        (None, None) => row.record.clone(),
    }
}

/// A stored value in words for an auditor: people and units by name, dates as dd/mm/yyyy,
/// grades, kinds and statuses as the register writes them.
fn value_text(lang: Lang, reg: &Register, field: &str, v: &Value) -> String {
    use crate::domain::{EmployeeKind, EmployeeStatus, Grade, PositionKind, Role};
    let person = |v: &Value| {
        v.as_u64()
            .and_then(|id| reg.employee(EmployeeId(id)))
            .map(|e| format!("{} ({})", e.full_name(), e.nip.grouped()))
    };
    let unit = |v: &Value| v.as_u64().map(|id| reg.unit_path(UnitId(id)));
    let date = |v: &Value| {
        v.as_i64()
            .and_then(|d| i32::try_from(d).ok())
            .and_then(from_days)
            .map(|d| format_date(Some(d)))
    };
    let typed = match field {
        _ if v.is_null() => Some("-".to_string()),
        "supervisor" | "head" | "employee" | "acting" | "for_supervisor" => person(v),
        "unit" | "parent" => unit(v),
        "appointed_on" | "grade_since" | "position_since" | "from" | "to" => date(v),
        "locked_until_ms" => v.as_i64().map(format_time),
        "grade" => serde_json::from_value::<Grade>(v.clone())
            .ok()
            .map(Grade::label),
        "kind" => serde_json::from_value::<EmployeeKind>(v.clone())
            .ok()
            .map(|k| k.code().to_string()),
        "position_kind" => serde_json::from_value::<PositionKind>(v.clone())
            .ok()
            .map(PositionKind::label),
        "role" => serde_json::from_value::<Role>(v.clone())
            .ok()
            .map(|r| r.code().to_string()),
        "status" => serde_json::from_value::<EmployeeStatus>(v.clone())
            .ok()
            .map(|s| match s {
                EmployeeStatus::Active => t(lang, T::StatusActive).to_string(),
                EmployeeStatus::Inactive {
                    reason: r,
                    since,
                    note,
                } => {
                    let mut s = format!("{} ({})", t(lang, T::StatusInactive), reason(lang, r));
                    if since.is_some() {
                        s.push_str(&format!(" {}", format_date(since)));
                    }
                    if !note.is_empty() {
                        s.push_str(&format!(" · {note}"));
                    }
                    s
                }
            }),
        _ => None,
    };
    typed.unwrap_or_else(|| match v {
        Value::String(s) if s.is_empty() => "-".to_string(),
        Value::String(s) => s.clone(),
        Value::Bool(b) => lang
            .pick(
                if *b { "ya" } else { "tidak" },
                if *b { "yes" } else { "no" },
            )
            .to_string(),
        other => other.to_string(),
    })
}

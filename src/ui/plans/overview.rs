//! Progres SKP: the viewer's team (and own plan) for the year, with state and progress.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, HighlightSpacing, Paragraph, Row, Table, TableState};
use ratatui::Frame;

use crate::app::plans::PlanText as X;
use crate::app::App;
use crate::i18n::common::t;
use crate::i18n::plans::{state, text};
use crate::ui::kit::field::cut;
use crate::ui::kit::theme::Theme;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let lang = app.state.lang;
    let view = &app.state.plans;
    let [head, list] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(area);
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(text(lang, X::OverviewTitle), theme.title),
            Span::raw("  "),
            Span::styled(
                format!("{} {}", text(lang, X::Year), view.year),
                theme.label,
            ),
            Span::styled("  < >", theme.key),
            Span::raw("   "),
            Span::styled(
                format!("{}: ", t(lang, crate::i18n::common::T::FilterLabel)),
                theme.label,
            ),
            if view.filtering {
                Span::styled(format!("{} ", view.filter.value()), theme.field_focus)
            } else if view.filter.value().is_empty() {
                Span::styled(t(lang, crate::i18n::common::T::FilterHint), theme.dim)
            } else {
                Span::raw(view.filter.value().to_string())
            },
        ])),
        head,
    );
    let visible = view.visible();
    if visible.is_empty() {
        let msg = if view.loaded { X::NoPeople } else { X::Loading };
        frame.render_widget(
            Paragraph::new(Span::styled(text(lang, msg), theme.dim)),
            Rect {
                y: list.y + 1,
                height: list.height.saturating_sub(1),
                ..list
            },
        );
        return;
    }
    let wide = list.width >= 110;
    let mut titles = vec![t(lang, crate::i18n::common::T::ColName)];
    let mut widths = vec![Constraint::Fill(1)];
    if wide {
        titles.push(t(lang, crate::i18n::common::T::ColNip));
        widths.push(Constraint::Length(21));
    }
    // At 80 columns the name keeps its room: short headers, narrow counts.
    let cols = if wide {
        [
            (X::ColState, 9),
            (X::ColResults, 4),
            (X::ColUnlinked, 10),
            (X::ColRealized, 9),
            (X::ColFeedback, 11),
            (X::ColOverdue, 11),
        ]
    } else {
        [
            (X::ColState, 9),
            (X::ColResults, 3),
            (X::ColUnlinkedShort, 5),
            (X::ColRealizedShort, 5),
            (X::ColFeedbackShort, 5),
            (X::ColOverdue, 13),
        ]
    };
    let fixed: u16 = cols.iter().map(|c| c.1 + 1).sum();
    for (x, w) in cols {
        titles.push(text(lang, x));
        widths.push(Constraint::Length(w));
    }
    let name_w = usize::from(
        list.width
            .saturating_sub(fixed + 3 + if wide { 22 } else { 0 }),
    );
    let header = Row::new(titles.into_iter().map(Cell::from)).style(theme.header);
    let end = (view.scroll.offset + view.scroll.viewport).min(visible.len());
    let rows = visible[view.scroll.offset.min(end)..end].iter().map(|r| {
        // A second plan in the year: each row says which part of the year it covers. The
        // name gives way first so that the dates and the marks stay readable.
        let mut tail = String::new();
        if let Some(p) = r.plan.as_ref().filter(|_| r.several) {
            tail = format!(" ({}–{})", p.from.format("%d/%m"), p.to.format("%d/%m"));
        }
        if r.own {
            tail = format!("{tail} {}", text(lang, X::Own));
        } else if r.waiting {
            tail = format!("{tail} {}", text(lang, X::Waiting));
        }
        let room = name_w.max(8).saturating_sub(tail.chars().count()).max(8);
        let name = format!("{}{tail}", cut(&r.name, room));
        let mut cells = vec![Cell::from(cut(&name, name_w.max(8)))];
        if wide {
            cells.push(Cell::from(r.nip.clone()));
        }
        match (&r.plan, &r.progress) {
            (Some(p), Some(g)) => {
                let mut overdue = Vec::new();
                if g.plan_overdue {
                    overdue.push(text(lang, X::PlanOverdue).to_string());
                }
                if g.overdue_segments > 0 {
                    overdue.push(format!(
                        "{} {}",
                        g.overdue_segments,
                        text(lang, X::SegmentsOverdue)
                    ));
                }
                let unlinked = r.unlinked();
                cells.extend([
                    Cell::from(state(lang, &p.state)),
                    Cell::from(p.results.len().to_string()),
                    Cell::from(Span::styled(
                        unlinked.to_string(),
                        if unlinked > 0 { theme.error } else { theme.dim },
                    )),
                    Cell::from(format!("{}/{}", g.with_realization, g.segments)),
                    Cell::from(format!("{}/{}", g.with_feedback, g.segments)),
                    Cell::from(Span::styled(overdue.join(", "), theme.error)),
                ]);
            }
            _ => cells.push(Cell::from(Span::styled(text(lang, X::NoPlan), theme.dim))),
        }
        Row::new(cells)
    });
    let table = Table::new(rows, widths)
        .header(header)
        .column_spacing(1)
        .row_highlight_style(theme.selected)
        .highlight_symbol("› ")
        .highlight_spacing(HighlightSpacing::Always)
        .block(Block::default().borders(Borders::NONE));
    let mut st = TableState::new().with_selected(Some(
        view.scroll.selected.saturating_sub(view.scroll.offset),
    ));
    frame.render_stateful_widget(table, list, &mut st);
}

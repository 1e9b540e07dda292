//! Matriks peran hasil: the viewer's RHKs with every subordinate RHK that contributes to
//! each; the viewer's RHKs nobody supports are highlighted.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

use crate::app::plans::PlanText as X;
use crate::app::App;
use crate::i18n::plans::text;
use crate::ui::kit::field::cut;
use crate::ui::kit::theme::Theme;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let lang = app.state.lang;
    let view = &app.state.plans;
    let [head, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(area);
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(text(lang, X::CascadeTitle), theme.title),
            Span::raw("  "),
            Span::styled(
                format!("{} {}", text(lang, X::Year), view.year),
                theme.label,
            ),
        ])),
        head,
    );
    let w = usize::from(body.width);
    let mut lines = Vec::new();
    if view.cascade.is_empty() {
        lines.push(Line::from(Span::styled(
            text(lang, X::CascadeNone),
            theme.dim,
        )));
    }
    for row in &view.cascade {
        let kind = match row.kind {
            crate::domain::plan::ResultKind::Main => X::Main,
            crate::domain::plan::ResultKind::Additional => X::Additional,
        };
        let head = format!(
            "▸ {}. {} ({})",
            row.result.number,
            row.text,
            text(lang, kind)
        );
        if row.unsupported() {
            let tag = text(lang, X::Unsupported);
            lines.push(Line::from(vec![
                Span::styled(
                    cut(&head, w.saturating_sub(tag.chars().count() + 2)),
                    theme.error,
                ),
                Span::raw("  "),
                Span::styled(tag, theme.error),
            ]));
        } else {
            lines.push(Line::from(Span::styled(cut(&head, w), theme.label)));
        }
        let n = row.contributors.len();
        for (i, c) in row.contributors.iter().enumerate() {
            let branch = if i + 1 == n { "└" } else { "├" };
            lines.push(Line::from(vec![
                Span::styled(format!("  {branch} "), theme.dim),
                Span::styled(format!("{}: ", c.employee_name), theme.key),
                Span::raw(cut(
                    &format!("{}. {}", c.result.number, c.text),
                    w.saturating_sub(6 + c.employee_name.chars().count()),
                )),
            ]));
        }
    }
    let sel = view.cascade_scroll.selected;
    let h = usize::from(body.height);
    let offset = sel.saturating_sub(h.saturating_sub(1));
    let shown: Vec<Line> = lines
        .into_iter()
        .enumerate()
        .skip(offset)
        .take(h)
        .map(|(i, l)| {
            if i == sel && !view.cascade.is_empty() {
                l.patch_style(theme.selected_unfocused)
            } else {
                l
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(shown), body);
}

//! The searchable picker popup.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

use crate::app::kit::picker::Picker;
use crate::i18n::common::{t, T};
use crate::i18n::Lang;
use crate::ui::kit::theme::Theme;
use crate::ui::shell::layout::picker_box;

pub fn draw<Target>(frame: &mut Frame, body: Rect, lang: Lang, p: &Picker<Target>, theme: &Theme) {
    let area = picker_box(body);
    let inner = crate::ui::kit::popup(frame, area, t(lang, p.title), theme);
    let [query, list, hint] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(inner);
    let label = format!("{}: ", t(lang, T::FilterLabel));
    let prompt = label.width();
    let count = format!("   ({})", p.matches.len());
    let width = crate::ui::kit::field::inline_width(query, prompt, count.width());
    let (typed, cur) = crate::ui::kit::field::inline_input(&p.query, width, Style::new());
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(label, theme.label),
            typed,
            Span::styled(count, theme.dim),
        ])),
        query,
    );
    let prompt = u16::try_from(prompt).unwrap_or(u16::MAX);
    let x = query.x.saturating_add(prompt).saturating_add(cur);
    frame.set_cursor_position((x.min(query.right().saturating_sub(1)), query.y));
    let lines: Vec<Line> = p
        .matches
        .iter()
        .enumerate()
        .skip(p.scroll.offset)
        .take(usize::from(list.height))
        .filter_map(|(i, idx)| {
            let item = p.items.get(*idx)?;
            let (style, marker) = if i == p.scroll.selected {
                (theme.selected, "› ")
            } else {
                (Style::new(), "  ")
            };
            let mut spans = vec![
                Span::styled(marker, theme.key),
                Span::styled(item.label.clone(), style),
            ];
            if !item.detail.is_empty() {
                spans.push(Span::styled(format!("  {}", item.detail), theme.dim));
            }
            Some(Line::from(spans))
        })
        .collect();
    if lines.is_empty() {
        let text = if p.items.is_empty() {
            p.no_items
        } else {
            T::PickerEmpty
        };
        frame.render_widget(
            Paragraph::new(Span::styled(t(lang, text), theme.dim))
                .wrap(ratatui::widgets::Wrap { trim: true }),
            list,
        );
    } else {
        frame.render_widget(Paragraph::new(lines), list);
    }
    frame.render_widget(
        Paragraph::new(Span::styled(
            t(
                lang,
                if p.allow_none {
                    T::PickerHintNone
                } else {
                    T::PickerHint
                },
            ),
            theme.dim,
        )),
        hint,
    );
}

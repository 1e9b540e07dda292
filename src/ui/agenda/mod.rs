//! The agenda: what is due for the signed-in supervisor, by section, one person per line.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

use crate::app::agenda::view::{AgendaState, Section};
use crate::app::agenda::AgendaText as X;
use crate::app::App;
use crate::i18n::agenda::{section, text};
use crate::i18n::common::{dmy, T};
use crate::i18n::Lang;
use crate::ui::kit::field::cut_width;
use crate::ui::kit::theme::Theme;

pub fn hint() -> T {
    T::Agenda(X::Hint)
}

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let lang = app.state.lang;
    let a = &app.state.agenda;
    let [head, body] = Layout::vertical([Constraint::Length(2), Constraint::Min(1)]).areas(area);
    let mut title = vec![Span::styled(text(lang, X::Title), theme.title)];
    if let Some(v) = &a.view {
        title.push(Span::styled(
            format!(
                " · {} · {} {} ({}–{})",
                dmy(v.on),
                text(lang, X::Segment),
                v.current.number,
                dmy(v.current.from),
                dmy(v.current.to)
            ),
            theme.dim,
        ));
    }
    frame.render_widget(Paragraph::new(Line::from(title)), head);
    let msg = match (&a.view, a.loaded) {
        (_, false) => Some(X::Loading),
        (None, true) if app.state.can_manage_register() => Some(X::AdminAgenda),
        (None, true) => Some(X::NotSupervisor),
        (Some(_), true) if a.lines.is_empty() => Some(X::Nothing),
        _ => None,
    };
    if let Some(m) = msg {
        frame.render_widget(
            Paragraph::new(Span::styled(text(lang, m), theme.dim))
                .wrap(ratatui::widgets::Wrap { trim: true }),
            body,
        );
        return;
    }
    let lines = render_lines(lang, a, usize::from(body.width), theme);
    // Keep the selected line in view (headings take rows too).
    let height = usize::from(body.height);
    let sel_row = lines.iter().position(|(sel, _)| *sel).unwrap_or(0);
    let skip = sel_row.saturating_sub(height.saturating_sub(1));
    let shown: Vec<Line> = lines
        .into_iter()
        .skip(skip)
        .take(height)
        .map(|(_, l)| l)
        .collect();
    frame.render_widget(Paragraph::new(shown), body);
}

/// Every row of the agenda: section headings and lines; `true` marks the selected line.
fn render_lines<'a>(
    lang: Lang,
    a: &AgendaState,
    width: usize,
    theme: &Theme,
) -> Vec<(bool, Line<'a>)> {
    let mut out = Vec::new();
    let mut last: Option<Section> = None;
    for (i, l) in a.lines.iter().enumerate() {
        if last != Some(l.section) {
            if last.is_some() {
                out.push((false, Line::from("")));
            }
            let n = a.lines.iter().filter(|x| x.section == l.section).count();
            out.push((
                false,
                Line::from(Span::styled(
                    cut_width(&format!("{} ({n})", section(lang, l.section)), width),
                    theme.header,
                )),
            ));
            last = Some(l.section);
        }
        let selected = i == a.scroll.selected;
        let style = if selected {
            theme.selected
        } else {
            Style::default()
        };
        // The date first: a long item is cut at the right edge, never the date.
        let mut s = match &l.due {
            Some(d) => {
                let when = if d.overdue { X::Overdue } else { X::Due };
                format!(
                    "  {} {} · {} · {}",
                    text(lang, when),
                    dmy(d.due),
                    l.name,
                    d.item
                )
            }
            None => format!("  {}", l.name),
        };
        if let Some(f) = &l.acting_for {
            s.push_str(&format!(" · {} {f}", text(lang, X::ActingFor)));
        }
        let overdue = l.due.as_ref().is_some_and(|d| d.overdue);
        let style = if overdue && !selected {
            theme.error
        } else {
            style
        };
        out.push((
            selected,
            Line::from(Span::styled(cut_width(&s, width), style)),
        ));
    }
    out
}

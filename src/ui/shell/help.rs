//! The `?` overlay: the key table of the context under it, straight from the key map.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};
use ratatui::Frame;

use crate::app::employees;
use crate::app::keymap::{self, Binding, Context};
use crate::app::shell::state::{AppState, Popup};
use crate::app::App;
use crate::i18n::common::{t, T};
use crate::i18n::Lang;
use crate::ui::kit::theme::Theme;
use crate::ui::shell::layout::centered;

/// The context the help is about: the one under the help popup.
fn context_below(state: &AppState) -> Context {
    let below = state
        .popups
        .iter()
        .rev()
        .find(|p| !matches!(p, Popup::Help));
    below.map_or_else(|| state.base_context(), Popup::context)
}

/// One line per help text: neighbours with the same text (e.g. screens 1..5) share a line.
fn binding_lines<'a>(
    lang: Lang,
    table: &[Binding],
    theme: &Theme,
    width: usize,
    admin: bool,
) -> Vec<Line<'a>> {
    let mut merged: Vec<(Vec<String>, T)> = Vec::new();
    // A supervisor's help shows the keys that work for them, not the HR office's.
    for b in table.iter().filter(|b| b.right.held(admin)) {
        let keys = b.keys.iter().map(|k| k.to_string());
        match merged.last_mut() {
            Some((k, help)) if *help == b.help => k.extend(keys),
            _ => merged.push((keys.collect(), b.help)),
        }
    }
    merged
        .into_iter()
        .map(|(keys, help)| {
            Line::from(vec![
                Span::styled(format!(" {:<w$}", keys.join(" "), w = width), theme.key),
                Span::raw(t(lang, help)),
            ])
        })
        .collect()
}

pub fn draw(frame: &mut Frame, body: Rect, app: &App, theme: &Theme) {
    let lang = app.state.lang;
    let ctx = context_below(&app.state);
    let area = centered(body, 100, 100, 70, 10);
    frame.render_widget(Clear, area);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border_focus)
        .title(Span::styled(
            format!(" {} ", t(lang, T::HelpTitle)),
            theme.title,
        ))
        .title_bottom(Span::styled(
            format!(" {} ", t(lang, T::HelpFooter)),
            theme.dim,
        ));
    let w = 16;
    let admin = app.state.can_manage_register();
    let mut lines = binding_lines(lang, keymap::bindings(ctx), theme, w, admin);
    if matches!(
        ctx,
        Context::Employees(employees::Context::Filter) | Context::Form | Context::Picker
    ) {
        lines.push(Line::from(vec![
            Span::styled(format!(" {:<w$}", "a-z 0-9 …"), theme.key),
            Span::raw(t(lang, T::KeyTypeText)),
        ]));
    }
    if keymap::uses_global(ctx) {
        lines.push(Line::from(""));
        lines.push(Line::from(Span::styled(
            t(lang, T::HelpGlobal),
            theme.label,
        )));
        lines.extend(binding_lines(
            lang,
            keymap::bindings(Context::Global),
            theme,
            w,
            admin,
        ));
    }
    // Two columns when the list is longer than the box.
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let h = usize::from(inner.height);
    if lines.len() > h {
        let right: Vec<Line> = lines.split_off(h);
        let half = inner.width / 2;
        frame.render_widget(
            Paragraph::new(lines),
            Rect {
                width: half,
                ..inner
            },
        );
        frame.render_widget(
            Paragraph::new(right),
            Rect {
                x: inner.x + half,
                width: inner.width - half,
                ..inner
            },
        );
    } else {
        frame.render_widget(Paragraph::new(lines), inner);
    }
}

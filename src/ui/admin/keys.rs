//! The keys window of the admin screen (one account's SSH public keys: number, fingerprint,
//! comment, added when and by whom) and the one-line form of a new key.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

use crate::app::admin::{KeyForm, KeysWindow};
use crate::app::App;
use crate::i18n::{admin_accounts, admin_keys as words};
use crate::ui::kit::field;
use crate::ui::kit::theme::Theme;
use crate::ui::shell::layout::centered;

pub fn window(frame: &mut Frame, body: Rect, app: &App, w: &KeysWindow, theme: &Theme) {
    let lang = app.state.lang;
    let keys = crate::app::admin::update::view(&app.state)
        .map(|v| v.keys_of(w.account))
        .unwrap_or_default();
    let area = centered(body, 96, 0, 70, 14);
    let inner = crate::ui::kit::popup(frame, area, &words::title(lang, &w.username), theme);
    let [header, list, hint] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(inner);
    let width = usize::from(inner.width);
    // A SHA256 fingerprint is 50 characters: it keeps them all when there is room. Narrow
    // windows leave out when and by whom (`kinerja user key list` shows it too).
    let (no_w, fp_w) = (3, 51.min(width.saturating_sub(20)));
    let added_w = if width >= 100 { 30 } else { 0 };
    let comment_w = width.saturating_sub(no_w + fp_w + added_w + 3).max(6);
    let cells = |cols: [&str; 4]| {
        let widths = [no_w, fp_w, comment_w, added_w];
        let mut s = String::new();
        for (i, (c, w)) in cols.iter().zip(widths).enumerate() {
            if w == 0 {
                continue;
            }
            if i > 0 {
                s.push(' ');
            }
            let c = field::cut(c, w);
            let pad = w.saturating_sub(c.chars().count());
            s.push_str(&c);
            s.push_str(&" ".repeat(pad));
        }
        s.trim_end().to_string()
    };
    frame.render_widget(
        Paragraph::new(Span::styled(cells(words::header(lang)), theme.header)),
        header,
    );
    let rows = usize::from(list.height).max(1);
    let offset = w.selected.saturating_sub(rows - 1);
    let lines: Vec<Line> = if keys.is_empty() {
        vec![Line::from(Span::styled(words::no_keys(lang), theme.dim))]
    } else {
        keys.iter()
            .enumerate()
            .skip(offset)
            .take(rows)
            .map(|(i, k)| {
                let text = cells([
                    &(i + 1).to_string(),
                    &k.fingerprint,
                    if k.comment.is_empty() {
                        "-"
                    } else {
                        &k.comment
                    },
                    &words::added_when_by(
                        lang,
                        &crate::i18n::common::local_minute(k.added_at_ms),
                        &k.added_by,
                    ),
                ]);
                let style = if i == w.selected {
                    theme.selected
                } else {
                    ratatui::style::Style::default()
                };
                Line::from(Span::styled(format!("{text:<width$}"), style))
            })
            .collect()
    };
    frame.render_widget(Paragraph::new(lines), list);
    frame.render_widget(
        Paragraph::new(Span::styled(words::hint(lang), theme.dim)),
        hint,
    );
}

pub fn add(frame: &mut Frame, body: Rect, app: &App, f: &KeyForm, theme: &Theme) {
    let lang = app.state.lang;
    let area = centered(body, 96, 0, 70, 10);
    let inner = crate::ui::kit::popup(frame, area, &words::add_title(lang, &f.username), theme);
    let w = field::value_width(inner);
    // The field first (its line is where the cursor goes; the help may wrap), the help on
    // its own lines under it: a pasted key fills the whole field.
    let mut out = Vec::new();
    let line = out.len();
    out.extend(field::lines(
        words::add_label(lang),
        field::text_value(&f.line, w, true, theme),
        None,
        f.error.as_ref().map(|e| admin_accounts::error(lang, e)),
        true,
        theme,
    ));
    out.push(Line::from(""));
    out.push(Line::from(Span::styled(words::add_help(lang), theme.dim)));
    super::forms::finish(
        frame,
        inner,
        out,
        Some((line, &f.line, false)),
        None,
        lang,
        theme,
    );
}

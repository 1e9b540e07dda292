//! The admin screen's lists: accounts (user name, role, NIP, name, state) and acting
//! assignments (who acts for whom, period, today, reason), the part shown as tabs on top.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

use crate::app::admin::view::{AdminView, Part};
use crate::app::App;
use crate::domain::Directory;
use crate::i18n::{admin_accounts as words, admin_acting as acting_words, Lang};
use crate::ui::kit::field::cut_width;
use crate::ui::kit::theme::Theme;
use unicode_width::UnicodeWidthStr;

/// Cells cut and padded to their widths, one space apart.
fn row(cells: &[(&str, usize)]) -> String {
    let mut out = String::new();
    for (i, (text, w)) in cells.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let t = cut_width(text, *w);
        let pad = w.saturating_sub(t.width());
        out.push_str(&t);
        out.push_str(&" ".repeat(pad));
    }
    out.trim_end().to_string()
}

pub fn draw(frame: &mut Frame, body: Rect, app: &App, v: &AdminView, theme: &Theme) {
    let lang = app.state.lang;
    let inner = crate::ui::kit::popup(frame, body, words::title(lang), theme);
    let [tabs, header, list, hint] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(inner);
    let mut spans = Vec::new();
    for (i, p) in [Part::Accounts, Part::Acting].into_iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled(" │ ", theme.dim));
        }
        let style = if p == v.part {
            theme.tab_active
        } else {
            theme.tab
        };
        spans.push(Span::styled(format!(" {} ", words::part(lang, p)), style));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), tabs);
    let width = usize::from(inner.width);
    let (head, lines) = match v.part {
        Part::Accounts => accounts(app, v, width),
        Part::Acting => acting(app, v, width),
    };
    frame.render_widget(Paragraph::new(Span::styled(head, theme.header)), header);
    let rows = usize::from(list.height).max(1);
    let cursor = v.cursor();
    let offset = cursor.saturating_sub(rows - 1);
    let shown: Vec<Line> = if !v.loaded {
        vec![Line::from(Span::styled(words::reading(lang), theme.dim))]
    } else if lines.is_empty() {
        let empty = match v.part {
            Part::Accounts => words::no_accounts(lang),
            Part::Acting => acting_words::no_acting(lang),
        };
        vec![Line::from(Span::styled(empty, theme.dim))]
    } else {
        lines
            .into_iter()
            .enumerate()
            .skip(offset)
            .take(rows)
            .map(|(i, (text, dim))| {
                let style = if i == cursor {
                    theme.selected
                } else if dim {
                    theme.inactive
                } else {
                    ratatui::style::Style::default()
                };
                Line::from(Span::styled(format!("{text:<width$}"), style))
            })
            .collect()
    };
    frame.render_widget(Paragraph::new(shown), list);
    frame.render_widget(
        Paragraph::new(Span::styled(words::hint(lang, v.part), theme.dim)),
        hint,
    );
}

/// The header and one line per account (dim: disabled).
fn accounts(app: &App, v: &AdminView, width: usize) -> (String, Vec<(String, bool)>) {
    let lang = app.state.lang;
    let reg = &app.services.register;
    let h = words::header(lang);
    let wide = width >= 100;
    let user_w = if wide { 14 } else { 12 };
    let role_w = if wide { 9 } else { 8 };
    let nip_w = if wide { 21 } else { 18 };
    let state_w = if wide { (width / 4).clamp(12, 36) } else { 14 };
    let name_w = width
        .saturating_sub(user_w + role_w + nip_w + state_w + 4)
        .max(8);
    let widths = [user_w, role_w, nip_w, name_w, state_w];
    let head = row(&[
        (h[0], widths[0]),
        (h[1], widths[1]),
        (h[2], widths[2]),
        (h[3], widths[3]),
        (h[4], widths[4]),
    ]);
    let lines = v
        .accounts
        .iter()
        .map(|a| {
            let emp = a.employee.and_then(|id| reg.employee(id));
            let nip = emp
                .map(|e| {
                    if wide {
                        e.nip.grouped()
                    } else {
                        e.nip.as_str().to_string()
                    }
                })
                .unwrap_or_else(|| "-".into());
            let name = emp.map(|e| e.full_name()).unwrap_or_else(|| "-".into());
            let state = words::states(lang, &a.states);
            let text = row(&[
                (&a.username, widths[0]),
                (words::role(lang, a.role), widths[1]),
                (&nip, widths[2]),
                (&name, widths[3]),
                (&state, widths[4]),
            ]);
            (text, a.disabled)
        })
        .collect();
    (head, lines)
}

/// The header and one line per acting assignment (dim: not in force today).
fn acting(app: &App, v: &AdminView, width: usize) -> (String, Vec<(String, bool)>) {
    let lang: Lang = app.state.lang;
    let reg = &app.services.register;
    let today = app.state.today;
    let h = acting_words::header(lang);
    let no_w = 3;
    // Narrow terminals get two-digit years, so that the names keep some room.
    let wide = width >= 100;
    let period_w = match (wide, lang) {
        (false, _) => 17,
        (true, Lang::Id) => 26,
        (true, Lang::En) => 24,
    };
    let today_w = 11;
    let reason_w = if wide { (width / 5).max(8) } else { 10 };
    let names = width.saturating_sub(no_w + period_w + today_w + reason_w + 5);
    let name_w = (names / 2).max(8);
    let widths = [no_w, name_w, name_w, period_w, today_w, reason_w];
    let head = row(&[
        (h[0], widths[0]),
        (h[1], widths[1]),
        (h[2], widths[2]),
        (h[3], widths[3]),
        (h[4], widths[4]),
        (h[5], widths[5]),
    ]);
    let name = |id| {
        reg.employee(id)
            .map(|e| e.full_name())
            .unwrap_or_else(|| "-".into())
    };
    let lines = v
        .acting
        .iter()
        .map(|r| {
            let a = &r.assignment;
            let text = row(&[
                (&a.id.to_string(), widths[0]),
                (&name(a.acting), widths[1]),
                (&name(a.for_supervisor), widths[2]),
                (
                    &if wide {
                        acting_words::period(lang, a.from, a.to)
                    } else {
                        acting_words::period_short(a.from, a.to)
                    },
                    widths[3],
                ),
                (acting_words::when(lang, a.from, a.to, today), widths[4]),
                (if r.reason.is_empty() { "-" } else { &r.reason }, widths[5]),
            ]);
            (text, !r.active_on(today))
        })
        .collect();
    (head, lines)
}

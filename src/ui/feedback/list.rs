//! The list of people (sessions, notes, open follow-ups with the overdue ones, last
//! feedback) and the selected person's sessions, follow-ups and notes of the year, newest
//! first. Side by side from 100 columns, one above the other below that.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};
use ratatui::Frame;

use crate::app::feedback::tab::view::{Entry, Pane, Row, SessionsView};
use crate::app::feedback::tab::SessionText as X;
use crate::app::App;
use crate::domain::feedback::{FollowUpStatus, NoteTone, Session};
use crate::i18n::common::dmy;
use crate::i18n::feedback as words;
use crate::i18n::feedback_screen::{carried_from, text};
use crate::i18n::Lang;
use crate::ui::kit::field::cut_width;
use crate::ui::kit::theme::Theme;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let lang = app.state.lang;
    let view = &app.state.feedback;
    let wide = area.width >= 100;
    let [left, right] = if wide {
        Layout::horizontal([Constraint::Length(56), Constraint::Min(30)]).areas(area)
    } else {
        let h = (view.rows.len() as u16 + 3).clamp(4, area.height / 2);
        Layout::vertical([Constraint::Length(h), Constraint::Min(3)]).areas(area)
    };
    let whose = view
        .subject
        .and_then(|s| crate::domain::Directory::employee(&app.services.register, s))
        .map(|e| e.full_name());
    let title = if view.own { X::OwnTitle } else { X::ListTitle };
    let mut title = format!(
        " {} · {} {} {{}} ",
        text(lang, title),
        text(lang, X::Year),
        view.year
    );
    if let Some(w) = whose {
        title = format!("{title}· {w} ");
    }
    let focus_list = view.pane == Pane::List;
    let block = |t: String, focused: bool| {
        Block::default()
            .borders(Borders::ALL)
            .border_style(if focused {
                theme.border_focus
            } else {
                theme.border
            })
            .title(Span::styled(t, theme.title))
    };
    let b = block(title, focus_list);
    let inner = b.inner(left);
    frame.render_widget(b, left);
    let lines = people(lang, view, inner, focus_list, app.state.today, theme);
    let mut p = Paragraph::new(lines);
    if view.rows.is_empty() {
        p = p.wrap(ratatui::widgets::Wrap { trim: true });
    }
    frame.render_widget(p, inner);
    let who = view.current().map(|r| r.name.clone()).unwrap_or_default();
    let b = block(
        format!(" {} · {} ", text(lang, X::EntriesTitle), who),
        !focus_list,
    );
    let inner = b.inner(right);
    frame.render_widget(b, right);
    let lines = entries(lang, view, inner, !focus_list, app.state.today, theme);
    let mut p = Paragraph::new(lines);
    if view.entries().is_empty() {
        p = p.wrap(ratatui::widgets::Wrap { trim: true });
    }
    frame.render_widget(p, inner);
}

/// First row to show so that `selected` is visible in `height` rows.
fn offset(selected: usize, height: usize) -> usize {
    if height == 0 {
        0
    } else {
        (selected + 1).saturating_sub(height)
    }
}

fn people<'a>(
    lang: Lang,
    view: &SessionsView,
    area: Rect,
    focused: bool,
    today: chrono::NaiveDate,
    theme: &Theme,
) -> Vec<Line<'a>> {
    let w = usize::from(area.width);
    if view.rows.is_empty() {
        let msg = if view.loaded { X::NoPeople } else { X::Loading };
        return vec![Line::from(Span::styled(text(lang, msg), theme.dim))];
    }
    // Name, then "Dlg Ctt TL Terakhir" in fixed columns.
    let name_w = w.saturating_sub(4 + 4 + 7 + 11).max(8);
    let mut out = vec![Line::from(Span::styled(
        format!(
            "{:<name_w$}{:>4}{:>4}{:>7} {:<10}",
            cut_width(text(lang, X::ColName), name_w),
            text(lang, X::ColSessions),
            text(lang, X::ColNotes),
            text(lang, X::ColOpen),
            text(lang, X::ColLast),
        ),
        theme.header,
    ))];
    let height = usize::from(area.height).saturating_sub(1);
    let start = offset(view.scroll.selected, height);
    for (i, r) in view.rows.iter().enumerate().skip(start).take(height) {
        let style = if i == view.scroll.selected {
            if focused {
                theme.selected
            } else {
                theme.selected_unfocused
            }
        } else {
            Style::new()
        };
        out.push(row(lang, r, name_w, style, today, theme));
    }
    out
}

fn row<'a>(
    lang: Lang,
    r: &Row,
    name_w: usize,
    style: Style,
    today: chrono::NaiveDate,
    theme: &Theme,
) -> Line<'a> {
    let open = if r.overdue > 0 {
        format!("{}/{}!", r.open, r.overdue)
    } else {
        r.open.to_string()
    };
    // A year with no feedback for a long while stands out.
    let last = r.last.map(dmy).unwrap_or_else(|| "-".to_string());
    let stale = r.last.is_none_or(|d| (today - d).num_days() > 90);
    let name = if r.acting {
        format!("{} ({})", r.name, text(lang, X::ActingMarker))
    } else {
        r.name.clone()
    };
    let mut spans = vec![Span::styled(
        format!(
            "{:<name_w$}{:>4}{:>4}",
            cut_width(&name, name_w),
            r.sessions,
            r.notes
        ),
        style,
    )];
    spans.push(Span::styled(
        format!("{open:>7} "),
        if r.overdue > 0 { theme.error } else { style },
    ));
    spans.push(Span::styled(
        format!("{last:<10}"),
        if stale { theme.dim.patch(style) } else { style },
    ));
    Line::from(spans)
}

fn ack(lang: Lang, s: &Session) -> &'static str {
    text(
        lang,
        match (
            s.acknowledged_by_employee.is_some(),
            s.acknowledged_by_appraiser.is_some(),
        ) {
            (true, true) => X::AckBoth,
            (true, false) => X::AckEmployee,
            (false, true) => X::AckAppraiser,
            (false, false) => X::AckNone,
        },
    )
}

fn entries<'a>(
    lang: Lang,
    view: &SessionsView,
    area: Rect,
    focused: bool,
    today: chrono::NaiveDate,
    theme: &Theme,
) -> Vec<Line<'a>> {
    let w = usize::from(area.width);
    let list = view.entries();
    if list.is_empty() {
        if view.current().is_some() {
            return vec![Line::from(Span::styled(
                text(lang, X::NoEntries),
                theme.dim,
            ))];
        }
        return Vec::new();
    }
    let height = usize::from(area.height);
    let start = offset(view.entry.selected, height);
    let mut out = Vec::new();
    for (i, e) in list.iter().enumerate().skip(start).take(height) {
        let here = i == view.entry.selected;
        let style = match (here, focused) {
            (true, true) => theme.selected,
            (true, false) => theme.selected_unfocused,
            _ => Style::new(),
        };
        let line = match *e {
            Entry::Session(id) => {
                let Some(s) = view.session(id) else { continue };
                let first = s.situation.lines().next().unwrap_or_default();
                let head = format!(
                    "{} {} · {} · ",
                    dmy(s.date),
                    words::session_kind(lang, s.kind),
                    ack(lang, s)
                );
                Line::from(vec![
                    Span::styled(head.clone(), theme.label.patch(style)),
                    Span::styled(
                        cut_width(
                            first,
                            w.saturating_sub(unicode_width::UnicodeWidthStr::width(head.as_str())),
                        ),
                        style,
                    ),
                ])
            }
            Entry::FollowUp(at) => {
                let Some(f) = view.follow_up(&at) else {
                    continue;
                };
                let status = f.status();
                let mut t = format!(
                    "   ↳ {} · {}",
                    f.item,
                    words::follow_up_status(lang, status)
                );
                if let Some(d) = f.due {
                    t.push_str(&format!(" · {} {}", text(lang, X::Due), dmy(d)));
                }
                let overdue = status == FollowUpStatus::Open && f.due.is_some_and(|d| d < today);
                if overdue {
                    t.push_str(&format!(" ({})", text(lang, X::Overdue)));
                }
                if let Some(from) = &f.carried_from {
                    t.push_str(&format!(" · {}", carried_from(lang, view.origin(from))));
                }
                let st = if overdue {
                    theme.error.patch(style)
                } else {
                    style
                };
                Line::from(Span::styled(cut_width(&t, w), st))
            }
            Entry::Note(id) => {
                let Some(n) = view.note(id) else { continue };
                let sign = match n.tone {
                    NoteTone::Positive => "+",
                    NoteTone::Negative => "−",
                };
                let head = format!(
                    "{} {} {} ({}) ",
                    dmy(n.date),
                    text(lang, X::NoteWord),
                    sign,
                    words::tone(lang, n.tone)
                );
                Line::from(vec![
                    Span::styled(head.clone(), theme.dim.patch(style)),
                    Span::styled(
                        cut_width(
                            &n.text,
                            w.saturating_sub(unicode_width::UnicodeWidthStr::width(head.as_str())),
                        ),
                        style,
                    ),
                ])
            }
        };
        out.push(line);
    }
    out
}

//! The detail pane: the selected employee, and the reporting line to move along.

use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};
use ratatui::Frame;

use crate::app::employees::detail_people;
use crate::app::employees::form::format_date;
use crate::app::employees::list::{Pane, Row};
use crate::app::App;
use crate::domain::{Directory, Employee, EmployeeStatus};
use crate::i18n::common::{t, T};
use crate::i18n::employees::reason;
use crate::i18n::Lang;
use crate::ui::kit::theme::Theme;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
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
                    .map_or_else(|| "-".to_string(), Employee::full_name);
                vec![
                    Line::from(Span::styled(reg.unit_path(id), theme.label)),
                    Line::from(format!("{}: {head}", t(lang, T::LabelHead))),
                ]
            }
            _ => vec![Line::from(Span::styled(t(lang, T::DetailNone), theme.dim))],
        };
        frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), inner);
        return;
    };
    let mut lines = vec![Line::from(vec![
        Span::styled(e.full_name(), theme.title),
        Span::raw("  "),
        Span::styled(format!("NIP {}", e.nip.grouped()), theme.label),
    ])];
    if focused {
        lines.extend(people_lines(
            app,
            e,
            usize::from(inner.height).saturating_sub(1),
            theme,
        ));
    } else {
        lines.extend(facts(lang, app, e, theme));
    }
    // Facts wrap; the people list keeps one person per line so its scrolling stays exact.
    let paragraph = Paragraph::new(lines);
    let paragraph = if focused {
        paragraph
    } else {
        paragraph.wrap(Wrap { trim: false })
    };
    frame.render_widget(paragraph, inner);
}

fn kv<'a>(lang: Lang, label: T, value: String, theme: &Theme) -> Line<'a> {
    Line::from(vec![
        Span::styled(format!("{}: ", t(lang, label)), theme.label),
        Span::raw(value),
    ])
}

fn or_dash(s: &str) -> String {
    if s.trim().is_empty() {
        "-".to_string()
    } else {
        s.to_string()
    }
}

/// The record, compact: grade and position, unit, dates, status and contacts, the line.
fn facts<'a>(lang: Lang, app: &App, e: &Employee, theme: &Theme) -> Vec<Line<'a>> {
    let reg = &app.services.register;
    let date = |d| or_dash(&format_date(d));
    let status = match &e.status {
        EmployeeStatus::Active => t(lang, T::StatusActive).to_string(),
        EmployeeStatus::Inactive {
            reason: r,
            since,
            note,
        } => {
            let mut s = format!("{} ({})", t(lang, T::StatusInactive), reason(lang, *r));
            if since.is_some() {
                s.push_str(&format!(" {}", format_date(*since)));
            }
            if !note.is_empty() {
                s.push_str(&format!(" · {note}"));
            }
            s
        }
    };
    let supervisor = e.supervisor.and_then(|s| reg.employee(s)).map_or_else(
        || t(lang, T::NoSupervisor).to_string(),
        |s| format!("{} · {}", s.full_name(), s.position),
    );
    let subs: Vec<String> = reg
        .subordinates(e.id)
        .iter()
        .filter_map(|s| reg.employee(*s))
        .filter(|s| s.is_active())
        .map(|s| s.name.name.clone())
        .collect();
    vec![
        kv(
            lang,
            T::LabelPosition,
            format!(
                "{} ({}) · {} {}",
                e.position,
                e.position_kind.label(),
                e.kind.code(),
                e.grade.label()
            ),
            theme,
        ),
        kv(lang, T::LabelUnit, reg.unit_path(e.unit), theme),
        kv(
            lang,
            T::LabelAppointedOn,
            format!(
                "{} · {}: {} · {}: {}",
                date(e.appointed_on),
                t(lang, T::LabelGradeSince),
                date(e.grade_since),
                t(lang, T::LabelPositionSince),
                date(e.position_since)
            ),
            theme,
        ),
        kv(
            lang,
            T::LabelStatus,
            format!(
                "{status} · {}: {} · {}: {}",
                t(lang, T::LabelPhone),
                or_dash(&e.phone),
                t(lang, T::LabelEmail),
                or_dash(&e.email)
            ),
            theme,
        ),
        kv(lang, T::LabelSupervisor, supervisor, theme),
        kv(
            lang,
            T::LabelSubordinates,
            if subs.is_empty() {
                "-".to_string()
            } else {
                format!("{} · {}", subs.len(), subs.join(", "))
            },
            theme,
        ),
    ]
}

/// With the focus in the pane: the supervisor and every direct report, one per line, to
/// move along with ↑/↓ and open with Enter.
fn people_lines<'a>(app: &App, e: &Employee, room: usize, theme: &Theme) -> Vec<Line<'a>> {
    let lang = app.state.lang;
    let reg = &app.services.register;
    let people = detail_people(reg, &app.state.list, e.id);
    if people.is_empty() {
        return vec![Line::from(Span::styled(
            t(lang, T::NoSupervisor),
            theme.dim,
        ))];
    }
    let has_sup = e.supervisor.is_some_and(|s| people.first() == Some(&s));
    let sel = app.state.list.detail_selected.min(people.len() - 1);
    let room = room.max(1);
    let start = (sel + 1).saturating_sub(room);
    people
        .iter()
        .enumerate()
        .skip(start)
        .take(room)
        .filter_map(|(i, id)| {
            let p = reg.employee(*id)?;
            let role = if i == 0 && has_sup {
                T::LabelSupervisor
            } else {
                T::LabelSubordinates
            };
            let style = if i == sel {
                theme.selected
            } else if p.is_active() {
                Style::new()
            } else {
                theme.inactive
            };
            let marker = if i == sel { "› " } else { "  " };
            Some(Line::from(vec![
                Span::styled(marker, theme.key),
                Span::styled(format!("{:<18}", t(lang, role)), theme.label),
                Span::styled(
                    format!("{} · {} · {}", p.full_name(), p.position, p.grade.code()),
                    style,
                ),
            ]))
        })
        .collect()
}

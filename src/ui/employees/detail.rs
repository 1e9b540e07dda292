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
    let header = Fact {
        keep: 6,
        label: e.full_name(),
        sep: " · ",
        value: format!("NIP {}", e.nip.grouped()),
        label_style: theme.title,
        value_style: theme.label,
    };
    if focused {
        let mut lines = vec![Line::from(vec![
            Span::styled(header.label, header.label_style),
            Span::raw(header.sep),
            Span::styled(header.value, header.value_style),
        ])];
        lines.extend(people_lines(
            app,
            e,
            usize::from(inner.height).saturating_sub(1),
            theme,
        ));
        // One person per line, so that its scrolling stays exact.
        frame.render_widget(Paragraph::new(lines), inner);
    } else {
        let mut all = vec![header];
        all.extend(facts(lang, app, e, theme));
        let lines = fit(all, usize::from(inner.width), usize::from(inner.height));
        frame.render_widget(Paragraph::new(lines), inner);
    }
}

/// One line of the record: `label: value`, and how much it matters when rows are short
/// (`keep`: higher stays longer; 2 and below may be left out).
struct Fact {
    keep: u8,
    label: String,
    sep: &'static str,
    value: String,
    label_style: Style,
    value_style: Style,
}

/// Rows a fact takes at most before it is cut with `…`.
const MOST_ROWS: usize = 3;

/// The facts wrapped into `width` x `height`: long values wrap (up to three rows); when the
/// rows run out, the least important facts are cut to one row, then the dates and the
/// status are left out, so that the supervisor and the reports always show.
fn fit<'a>(facts: Vec<Fact>, width: usize, height: usize) -> Vec<Line<'a>> {
    let mut most: Vec<usize> = vec![MOST_ROWS; facts.len()];
    let rows = |f: &Fact, max: usize| {
        crate::ui::kit::wrap::wrap_at_most(&format!("{}{}{}", f.label, f.sep, f.value), width, max)
    };
    let total = |most: &[usize]| -> usize {
        facts
            .iter()
            .zip(most)
            .map(|(f, m)| if *m == 0 { 0 } else { rows(f, *m).len() })
            .sum()
    };
    let mut levels: Vec<u8> = facts.iter().map(|f| f.keep).collect();
    levels.sort_unstable();
    levels.dedup();
    'fitting: for level in levels {
        for (shrink_to, droppable) in [(1, false), (0, true)] {
            if total(&most) <= height {
                break 'fitting;
            }
            for (f, m) in facts.iter().zip(most.iter_mut()) {
                if f.keep == level && (!droppable || f.keep <= 2) {
                    *m = (*m).min(shrink_to);
                }
            }
        }
    }
    let mut out = Vec::new();
    for (f, m) in facts.iter().zip(&most) {
        if *m == 0 {
            continue;
        }
        for (i, row) in rows(f, *m).into_iter().enumerate() {
            // The label keeps its style on the first row.
            let split = if i == 0 && row.starts_with(&f.label) {
                f.label.len()
            } else {
                0
            };
            let (head, tail) = row.split_at(split);
            out.push(Line::from(vec![
                Span::styled(head.to_string(), f.label_style),
                Span::styled(tail.to_string(), f.value_style),
            ]));
        }
    }
    out
}

fn kv(lang: Lang, keep: u8, label: T, value: String, theme: &Theme) -> Fact {
    Fact {
        keep,
        label: t(lang, label).to_string(),
        sep: ": ",
        value,
        label_style: theme.label,
        value_style: Style::new(),
    }
}

fn or_dash(s: &str) -> String {
    if s.trim().is_empty() {
        "-".to_string()
    } else {
        s.to_string()
    }
}

/// The record, compact: grade and position, unit, dates, status and contacts, the line.
fn facts(lang: Lang, app: &App, e: &Employee, theme: &Theme) -> Vec<Fact> {
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
    let mut out = vec![
        kv(
            lang,
            4,
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
        kv(lang, 4, T::LabelUnit, reg.unit_path(e.unit), theme),
        kv(
            lang,
            1,
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
            2,
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
        kv(lang, 5, T::LabelSupervisor, supervisor, theme),
        kv(
            lang,
            5,
            T::LabelSubordinates,
            if subs.is_empty() {
                "-".to_string()
            } else {
                format!("{} · {}", subs.len(), subs.join(", "))
            },
            theme,
        ),
    ];
    // Tindak lanjut once an annual grade was signed; on short panes it gives way with the
    // status, so that the supervisor and the reports still show.
    let loaded = app.state.list.follow_up.as_ref();
    if let Some(f) = loaded
        .filter(|l| l.employee == e.id)
        .and_then(|l| l.follow_up.as_ref())
    {
        for (label, value) in crate::i18n::follow_up::lines(lang, f) {
            out.push(Fact {
                keep: 2,
                label: label.to_string(),
                sep: ": ",
                value,
                label_style: theme.label,
                value_style: Style::new(),
            });
        }
    }
    out
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

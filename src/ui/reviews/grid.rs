//! The team grid: one row per report with both ratings, the grade from the matrix, and the
//! states of justification, signature and objection; the focused row in words under it; the
//! unit's distribution panel below. Under 100 columns the NIP moves to the focused row's line
//! so that the name keeps its room.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, HighlightSpacing, Paragraph, Row, Table, TableState};
use ratatui::Frame;

use crate::app::reviews::grid::{GridRow, GridView, Justification};
use crate::app::reviews::ReviewText as X;
use crate::app::App;
use crate::domain::review::evaluation::RatingField;
use crate::i18n::common::{dmy, t, T};
use crate::i18n::review_screen::{self as words, text};
use crate::i18n::Lang;
use crate::ui::kit::field::{cut, cut_width};
use crate::ui::kit::theme::Theme;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let lang = app.state.lang;
    let view = &app.state.reviews;
    let panel = super::panel::lines(lang, view, usize::from(area.width), theme);
    // The panel's top border and its lines; none without a unit.
    let panel_h = if panel.is_empty() {
        0
    } else {
        panel.len() as u16 + 1
    };
    let [head, list, focus, panel_area] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(1),
        Constraint::Length(panel_h),
    ])
    .areas(area);
    // An admin's grid names the supervisor whose team it shows.
    let whose = view
        .subject
        .and_then(|s| crate::domain::Directory::employee(&app.services.register, s))
        .map(|e| e.full_name());
    frame.render_widget(Paragraph::new(selector(lang, view, whose, theme)), head);
    if view.rows.is_empty() {
        let msg = match (view.loaded, view.own) {
            (false, _) => X::Loading,
            (true, true) => X::NoOwn,
            (true, false) if app.state.can_manage_register() && view.subject.is_none() => {
                X::AdminChoose
            }
            (true, false) => X::NoPeople,
        };
        frame.render_widget(
            Paragraph::new(Span::styled(text(lang, msg), theme.dim)),
            Rect {
                y: list.y + 1,
                height: list.height.saturating_sub(1),
                ..list
            },
        );
    } else {
        table(frame, list, lang, view, theme);
        if let Some(r) = view.current() {
            frame.render_widget(
                Paragraph::new(row_line(lang, r, usize::from(focus.width), theme)),
                focus,
            );
        }
    }
    super::panel::draw(frame, panel_area, lang, panel, theme);
}

/// `Penilaian tim  Tahun 2026 {}  S1 [S2] S3 S4 Tahunan  < >`.
fn selector<'a>(lang: Lang, view: &GridView, whose: Option<String>, theme: &Theme) -> Line<'a> {
    let title = if view.own { X::OwnTitle } else { X::GridTitle };
    let title = match whose {
        Some(w) => format!("{} · {w}", text(lang, title)),
        None => text(lang, title).to_string(),
    };
    let mut spans = vec![
        Span::styled(title, theme.title),
        Span::raw("  "),
        Span::styled(
            format!("{} {}", text(lang, X::Year), view.year),
            theme.label,
        ),
        Span::styled(" {}", theme.key),
        Span::raw("  "),
    ];
    for kind in view.periods() {
        let label = match kind {
            crate::domain::review::ReviewKind::Periodic(n) => format!("S{n}"),
            crate::domain::review::ReviewKind::Annual => text(lang, X::Annual).to_string(),
        };
        if kind == view.kind {
            spans.push(Span::styled(format!("[{label}]"), theme.tab_active));
        } else {
            spans.push(Span::styled(format!(" {label} "), theme.tab));
        }
    }
    spans.push(Span::styled(" < >", theme.key));
    Line::from(spans)
}

fn rating_cell<'a>(
    lang: Lang,
    r: &GridRow,
    field: RatingField,
    focused: bool,
    theme: &Theme,
) -> Cell<'a> {
    let s = r
        .rating(field)
        .map_or("·", |x| words::rating_short(lang, x))
        .to_string();
    if focused {
        Cell::from(Span::styled(format!("{s:<8}"), theme.field_focus))
    } else {
        Cell::from(s)
    }
}

fn table(frame: &mut Frame, area: Rect, lang: Lang, view: &GridView, theme: &Theme) {
    let wide = area.width >= 100;
    let mut titles = vec![t(lang, T::ColName)];
    let mut widths = vec![Constraint::Fill(1)];
    if wide {
        titles.push(t(lang, T::ColNip));
        widths.push(Constraint::Length(21));
    }
    for (x, w) in [
        (X::ColWork, 8),
        (X::ColBehaviour, 8),
        (X::ColGrade, 17),
        (X::ColJustification, 6),
        (X::ColSigned, 6),
        (X::ColObjection, 5),
    ] {
        titles.push(text(lang, x));
        widths.push(Constraint::Length(w));
    }
    let header = Row::new(titles.into_iter().map(Cell::from)).style(theme.header);
    // The rows that fit here, around the selection (the state's viewport is only a guess of
    // this screen's height, made before the panel is laid out).
    let fit = usize::from(area.height.saturating_sub(1)).max(1);
    let sel = view.scroll.selected;
    let start = view
        .scroll
        .offset
        .min(sel)
        .max((sel + 1).saturating_sub(fit))
        // No empty rows below while earlier rows are hidden.
        .min(view.rows.len().saturating_sub(fit));
    let end = (start + fit).min(view.rows.len());
    let start = start.min(end);
    let rows = view.rows[start..end].iter().enumerate().map(|(i, r)| {
        let here = start + i == view.scroll.selected;
        let mut cells = vec![Cell::from(r.name.clone())];
        if wide {
            cells.push(Cell::from(r.nip.clone()));
        }
        let grade = r.grade().map_or("·", words::grade);
        let just = words::justification_short(lang, r.justification());
        let just_style = match r.justification() {
            Justification::NotNeeded => theme.dim,
            Justification::Missing => theme.error,
            Justification::Written => Style::new(),
        };
        let signed = match (&r.review, r.signed_on()) {
            (_, Some(_)) => "✓",
            (Some(_), None) => text(lang, X::Draft),
            (None, None) => "-",
        };
        let objection = words::objection_short(lang, r.objection);
        cells.extend([
            rating_cell(
                lang,
                r,
                RatingField::WorkResult,
                here && view.column == RatingField::WorkResult && r.rateable,
                theme,
            ),
            rating_cell(
                lang,
                r,
                RatingField::Behaviour,
                here && view.column == RatingField::Behaviour && r.rateable,
                theme,
            ),
            Cell::from(grade),
            Cell::from(Span::styled(just, just_style)),
            Cell::from(signed),
            Cell::from(objection),
        ]);
        Row::new(cells)
    });
    let table = Table::new(rows, widths)
        .header(header)
        .column_spacing(1)
        .row_highlight_style(theme.selected)
        .highlight_symbol("› ")
        .highlight_spacing(HighlightSpacing::Always);
    let mut st = TableState::new().with_selected(Some(sel.saturating_sub(start)));
    frame.render_stateful_widget(table, area, &mut st);
}

/// The focused row in words: NIP, justification, signature, objection.
fn row_line<'a>(lang: Lang, r: &GridRow, width: usize, theme: &Theme) -> Line<'a> {
    let signed = match (&r.review, r.signed_on()) {
        (_, Some(d)) => format!("{} {}", text(lang, X::Signed), dmy(d)),
        (Some(_), None) => text(lang, X::Draft).to_string(),
        (None, None) => text(lang, X::NotStarted).to_string(),
    };
    let mut parts = vec![
        r.nip.clone(),
        words::justification(lang, r.justification()).to_string(),
        signed,
        words::objection(lang, r.objection).to_string(),
    ];
    if r.awaiting_decision {
        parts.push(text(lang, X::AwaitingDecision).to_string());
    } else if !r.rateable {
        parts.push(text(lang, X::ReadOnly).to_string());
    }
    let s = format!("  {}", parts.join(" · "));
    Line::from(Span::styled(cut_width(&cut(&s, width), width), theme.dim))
}

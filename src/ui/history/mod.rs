//! The Riwayat tab: who, the filters, a chart of grades over time beside the count of feedback
//! entries per segment, and the timeline under them (the opened entry's details in place).

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Block, Borders, Chart, Dataset, GraphType, Paragraph, Sparkline};
use ratatui::Frame;

use crate::app::history::query::{GradePoint, History};
use crate::app::history::view::HistoryView;
use crate::app::history::{Context, HistoryText as X};
use crate::app::App;
use crate::domain::appraisal::PerformanceGrade;
use crate::domain::review::ReviewKind;
use crate::i18n::common::{dmy, T};
use crate::i18n::history::{self as words, text};
use crate::i18n::Lang;
use crate::ui::kit::field::cut_width;
use crate::ui::kit::theme::Theme;
use crate::ui::kit::wrap::wrap;

/// The hint line of each place on the tab.
pub fn hint(ctx: Context) -> T {
    T::History(match ctx {
        Context::Timeline => X::Hint,
        Context::Search => X::HintSearch,
    })
}

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let lang = app.state.lang;
    let view = &app.state.history;
    // Five plot rows, one per grade, between the borders and the year axis.
    let chart_h = crate::app::history::view::CHART_ROWS;
    let [head, filters, chart, list] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(chart_h),
        Constraint::Min(3),
    ])
    .areas(area);
    let Some(person) = view.person else {
        frame.render_widget(
            Paragraph::new(Span::styled(text(lang, X::NoPerson), theme.dim)),
            head,
        );
        return;
    };
    let Some(h) = view.history.as_ref().filter(|h| h.employee == person) else {
        let name = crate::domain::Directory::employee(&app.services.register, person)
            .map(|e| e.full_name())
            .unwrap_or_default();
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled(format!("{} · ", text(lang, X::Title)), theme.title),
                Span::styled(name, theme.label),
            ])),
            head,
        );
        frame.render_widget(
            Paragraph::new(Span::styled(text(lang, X::Loading), theme.dim)),
            filters,
        );
        return;
    };
    let of = view
        .people
        .iter()
        .position(|p| *p == person)
        .map(|i| format!("  ({}/{})", i + 1, view.people.len()))
        .unwrap_or_default();
    let head_text = format!("{} · {} · {}", h.name, h.nip, h.position);
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(format!("{} · ", text(lang, X::Title)), theme.title),
            Span::styled(
                cut_width(
                    &head_text,
                    usize::from(head.width).saturating_sub(12 + of.chars().count()),
                ),
                theme.label,
            ),
            Span::styled(of, theme.dim),
        ])),
        head,
    );
    frame.render_widget(
        Paragraph::new(filter_line(lang, view, theme, app.state.context())),
        filters,
    );
    let [grades, feedback] =
        Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(chart);
    draw_grades(frame, grades, lang, h, theme);
    draw_feedback(frame, feedback, lang, h, theme);
    draw_timeline(frame, list, lang, view, h, theme);
}

fn filter_line<'a>(
    lang: Lang,
    view: &HistoryView,
    theme: &Theme,
    ctx: crate::app::keymap::Context,
) -> Line<'a> {
    let year = view
        .year
        .map_or_else(|| text(lang, X::AllYears).to_string(), |y| y.to_string());
    let kind = view.kind.map_or_else(
        || text(lang, X::AllKinds).to_string(),
        |k| words::kind(lang, k).to_string(),
    );
    let searching = ctx == crate::app::keymap::Context::History(Context::Search);
    let mut spans = vec![
        Span::styled(format!("{}: ", text(lang, X::Year)), theme.dim),
        Span::styled(year, theme.key),
        Span::styled(format!("  {}: ", text(lang, X::Kind)), theme.dim),
        Span::styled(kind, theme.key),
    ];
    if searching || !view.search.value().is_empty() {
        spans.push(Span::styled(
            format!("  {}: ", text(lang, X::Search)),
            theme.dim,
        ));
        let mut q = view.search.value().to_string();
        if searching {
            q.push('▏');
        }
        spans.push(Span::styled(
            q,
            if searching {
                theme.field_focus
            } else {
                theme.key
            },
        ));
    }
    Line::from(spans)
}

/// 5 for Sangat Baik down to 1 for Sangat Kurang: the chart's height.
fn score(g: PerformanceGrade) -> f64 {
    match g {
        PerformanceGrade::VeryGood => 5.0,
        PerformanceGrade::Good => 4.0,
        PerformanceGrade::NeedsImprovement => 3.0,
        PerformanceGrade::Poor => 2.0,
        PerformanceGrade::VeryPoor => 1.0,
    }
}

/// Where a grade sits on the time axis: a periodic one in the middle of its segment, the
/// annual one at the end of its year.
fn x_of(p: &GradePoint) -> f64 {
    let year = f64::from(p.year);
    match p.kind {
        ReviewKind::Periodic(n) => year + (f64::from(n) - 0.5) / f64::from(p.segments.max(1)),
        // Just inside the year's end, so that the last year's point is not on the border.
        ReviewKind::Annual => year + 0.99,
    }
}

fn draw_grades(frame: &mut Frame, area: Rect, lang: Lang, h: &History, theme: &Theme) {
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border)
        .title(Span::styled(
            format!(" {} ", text(lang, X::ChartGrades)),
            theme.title,
        ));
    if h.grades.is_empty() {
        frame.render_widget(
            Paragraph::new(Span::styled(text(lang, X::NoGrades), theme.dim)).block(block),
            area,
        );
        return;
    }
    let periodic: Vec<(f64, f64)> = h
        .grades
        .iter()
        .filter(|g| g.kind != ReviewKind::Annual)
        .map(|g| (x_of(g), score(g.grade)))
        .collect();
    let annual: Vec<(f64, f64)> = h
        .grades
        .iter()
        .filter(|g| g.kind == ReviewKind::Annual)
        .map(|g| (x_of(g), score(g.grade)))
        .collect();
    let first = h.grades.iter().map(|g| g.year).min().unwrap_or(0);
    let last = h.grades.iter().map(|g| g.year).max().unwrap_or(first);
    let bounds = [f64::from(first), f64::from(last) + 1.0];
    let datasets = vec![
        Dataset::default()
            .marker(Marker::Dot)
            .graph_type(GraphType::Scatter)
            .style(theme.dim)
            .data(&periodic),
        Dataset::default()
            .marker(Marker::Braille)
            .graph_type(GraphType::Line)
            .style(theme.key)
            .data(&annual),
        Dataset::default()
            .marker(Marker::Block)
            .graph_type(GraphType::Scatter)
            .style(theme.key)
            .data(&annual),
    ];
    let y_labels: Vec<Line> = PerformanceGrade::ALL
        .iter()
        .rev()
        .map(|g| Line::from(words::grade_short(lang, *g)))
        .collect();
    // The axis runs from the start of the first year to the end of the last.
    let x_labels: Vec<Line> = vec![
        Line::from(first.to_string()),
        Line::from(format!("{}", last + 1)),
    ];
    let chart = Chart::new(datasets)
        .block(block)
        .x_axis(
            Axis::default()
                .bounds(bounds)
                .labels(x_labels)
                .style(theme.dim),
        )
        .y_axis(
            Axis::default()
                .bounds([0.5, 5.5])
                .labels(y_labels)
                .style(theme.dim),
        );
    frame.render_widget(chart, area);
}

fn draw_feedback(frame: &mut Frame, area: Rect, lang: Lang, h: &History, theme: &Theme) {
    let span = match (h.feedback.first(), h.feedback.last()) {
        (Some(a), Some(b)) if a.year != b.year => format!(" {}–{}", a.year, b.year),
        (Some(a), _) => format!(" {}", a.year),
        _ => String::new(),
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border)
        .title(Span::styled(
            format!(" {}{span} ", text(lang, X::ChartFeedback)),
            theme.title,
        ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.height == 0 || inner.width == 0 {
        return;
    }
    // The newest segments when they do not all fit; up to three columns per segment.
    let width = usize::from(inner.width);
    let shown = &h.feedback[h.feedback.len().saturating_sub(width)..];
    let per = (width / shown.len().max(1)).clamp(1, 3);
    // A segment without any feedback shows as a shaded gap, not as nothing.
    let data: Vec<Option<u64>> = shown
        .iter()
        .flat_map(|s| std::iter::repeat_n((s.count > 0).then_some(s.count as u64), per))
        .collect();
    let [bars, axis] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(inner);
    // A fixed floor for the scale: one or two entries a segment stay short bars instead of
    // filling the chart when every segment has as few.
    let top = shown
        .iter()
        .map(|s| s.count as u64)
        .max()
        .unwrap_or(0)
        .max(6);
    frame.render_widget(
        Sparkline::default()
            .data(&data)
            .max(top)
            .style(theme.key)
            .absent_value_symbol(ratatui::symbols::shade::LIGHT)
            .absent_value_style(theme.dim),
        bars,
    );
    // Under the bars: the year starting at its first segment.
    let mut line = String::new();
    for (i, s) in shown.iter().enumerate() {
        let i = i * per;
        if s.segment == 1 && line.chars().count() <= i {
            while line.chars().count() < i {
                line.push(' ');
            }
            line.push_str(&format!("'{:02}", s.year.rem_euclid(100)));
        }
    }
    frame.render_widget(
        Paragraph::new(Span::styled(cut_width(&line, width), theme.dim)),
        axis,
    );
}

fn draw_timeline(
    frame: &mut Frame,
    area: Rect,
    lang: Lang,
    view: &HistoryView,
    h: &History,
    theme: &Theme,
) {
    let height = usize::from(area.height);
    if view.rows.is_empty() {
        let msg = if h.entries.is_empty() {
            X::NoEntries
        } else {
            X::NoMatches
        };
        frame.render_widget(
            Paragraph::new(Span::styled(text(lang, msg), theme.dim)),
            area,
        );
        return;
    }
    let width = usize::from(area.width);
    let sel = view.scroll.selected.min(view.rows.len() - 1);
    // The window: the scroll's offset, moved so that the selection (and what it opens) shows.
    let opened_len = |i: usize| -> usize {
        if view.open == Some(i) {
            h.entries
                .get(i)
                .map(|e| {
                    words::details(lang, e)
                        .iter()
                        .map(|l| wrap(l, width.saturating_sub(14).max(10)).len().max(1))
                        .sum::<usize>()
                })
                .unwrap_or(0)
        } else {
            0
        }
    };
    let mut start = view.scroll.offset.min(sel);
    loop {
        let used: usize = view.rows[start..=sel]
            .iter()
            .map(|i| 1 + opened_len(*i))
            .sum();
        if used <= height || start == sel {
            break;
        }
        start += 1;
    }
    let mut lines: Vec<Line> = Vec::new();
    for (at, i) in view.rows.iter().enumerate().skip(start) {
        if lines.len() >= height {
            break;
        }
        let Some(e) = h.entries.get(*i) else { continue };
        let selected = at == sel;
        let style = if selected {
            theme.selected
        } else {
            Style::default()
        };
        let marker = if view.open == Some(*i) { "▾" } else { "▸" };
        let kind = words::kind(lang, e.kind());
        let head = format!("{marker} {}  {:<10}", dmy(e.date), kind);
        let head_w = unicode_width::UnicodeWidthStr::width(head.as_str());
        let rest = cut_width(&words::summary(lang, e), width.saturating_sub(head_w + 1));
        lines.push(Line::from(vec![
            Span::styled(head, if selected { theme.selected } else { theme.dim }),
            Span::styled(format!(" {rest}"), style),
        ]));
        if view.open == Some(*i) {
            for d in words::details(lang, e) {
                for part in wrap(&d, width.saturating_sub(14).max(10)) {
                    lines.push(Line::from(vec![
                        Span::raw(" ".repeat(14)),
                        Span::styled(part, theme.label),
                    ]));
                }
            }
        }
    }
    lines.truncate(height);
    frame.render_widget(Paragraph::new(lines), area);
}

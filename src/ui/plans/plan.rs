//! One plan (SKP): header, RHKs Utama / Tambahan with links and indicators (achievement of
//! the chosen segment), the BerAKHLAK values with the leader's expectation, the annex.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};
use ratatui::Frame;

use super::{gauge, percent};
use crate::app::plans::update::target_text;
use crate::app::plans::view::{items, OpenPlan};
use crate::app::plans::PlanText as X;
use crate::app::App;
use crate::domain::plan::approach::fits;
use crate::domain::plan::{
    achievement, Direction, PerformancePlan, PlanState, RealizedValue, ResultKind,
};
use crate::domain::ruledata::CoreValue;
use crate::i18n::plans::{approach, aspect, perspective, state, text};
use crate::i18n::Lang;
use crate::ui::kit::field::cut;
use crate::ui::kit::theme::Theme;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let lang = app.state.lang;
    let view = &app.state.plans;
    let Some(open) = &view.open else { return };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border)
        .title(Span::styled(
            format!(" SKP {} · {} ", view.year, open.name),
            theme.title,
        ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(plan) = &open.plan else {
        frame.render_widget(
            Paragraph::new(Span::styled(text(lang, X::NoPlanYet), theme.label)),
            inner,
        );
        return;
    };
    let header = header_lines(lang, plan, view.segment, theme);
    let [head, body] =
        Layout::vertical([Constraint::Length(header.len() as u16), Constraint::Min(1)])
            .areas(inner);
    frame.render_widget(Paragraph::new(header), head);
    let (lines, cursor_line) = body_lines(
        lang,
        open,
        plan,
        view.segment,
        usize::from(body.width),
        theme,
    );
    let h = usize::from(body.height);
    let base = cursor_line.map_or(0, |c| c.saturating_sub(h.saturating_sub(3)));
    // Scrolled on past the last item: the rest (behaviour, annex) comes into view.
    let end = lines.len().saturating_sub(h);
    let offset = base.max(base.saturating_add(open.tail).min(end));
    let shown: Vec<Line> = lines.into_iter().skip(offset).take(h).collect();
    frame.render_widget(Paragraph::new(shown), body);
}

fn person(p: Option<&crate::domain::plan::PersonSnapshot>) -> String {
    p.map_or("-".to_string(), |p| {
        format!("{} ({})", p.name, p.nip.grouped())
    })
}

fn header_lines<'a>(
    lang: Lang,
    plan: &PerformancePlan,
    segment: u8,
    theme: &Theme,
) -> Vec<Line<'a>> {
    let label = |x| Span::styled(format!("{}: ", text(lang, x)), theme.label);
    let mut out = vec![
        Line::from(vec![
            label(X::Employee),
            Span::raw(person(Some(&plan.employee))),
        ]),
        Line::from(vec![
            label(X::Appraiser),
            Span::raw(person(plan.appraiser.as_ref())),
        ]),
        Line::from(vec![
            label(X::AppraiserSuperior),
            Span::raw(person(plan.appraiser_superior.as_ref())),
        ]),
        Line::from(vec![
            label(X::Period),
            Span::raw(format!(
                "{} – {}  ",
                crate::i18n::common::dmy(plan.from),
                crate::i18n::common::dmy(plan.to)
            )),
            label(X::State),
            Span::styled(state(lang, &plan.state), theme.key),
        ]),
        Line::from(vec![
            label(X::Approach),
            Span::raw(format!("{}  ", approach(lang, plan.approach))),
            label(X::Segment),
            Span::raw(segment.to_string()),
        ]),
    ];
    if let PlanState::Rejected { reason } = &plan.state {
        out.push(Line::from(vec![
            label(X::RejectedBecause),
            Span::styled(reason.clone(), theme.error),
        ]));
    }
    out
}

fn parent_text(open: &OpenPlan, r: crate::domain::plan::ResultRef) -> Option<String> {
    open.parents.iter().find(|p| p.id == r.plan).and_then(|p| {
        p.result(r.number)
            .map(|x| format!("{}: {}. {}", p.employee.name, x.number, x.text))
    })
}

fn body_lines<'a>(
    lang: Lang,
    open: &OpenPlan,
    plan: &PerformancePlan,
    segment: u8,
    width: usize,
    theme: &Theme,
) -> (Vec<Line<'a>>, Option<usize>) {
    let mut lines: Vec<Line> = Vec::new();
    let mut cursor_line = None;
    let all = items(plan);
    let mut idx = 0usize;
    let mut mark = |lines: &mut Vec<Line<'a>>, cursor_line: &mut Option<usize>| {
        let here = idx == open.cursor;
        if here {
            *cursor_line = Some(lines.len());
        }
        idx += 1;
        here
    };
    if all.is_empty() {
        lines.push(Line::from(Span::styled(
            text(lang, X::NoResults),
            theme.dim,
        )));
    }
    let linked_needed = plan.appraiser.is_some() && !plan.is_jpt();
    for (kind, title) in [
        (ResultKind::Main, X::Main),
        (ResultKind::Additional, X::Additional),
    ] {
        let results: Vec<_> = plan.results.iter().filter(|r| r.kind == kind).collect();
        if results.is_empty() {
            continue;
        }
        lines.push(Line::from(Span::styled(
            format!("RHK {}", text(lang, title)),
            theme.header,
        )));
        for r in results {
            let here = mark(&mut lines, &mut cursor_line);
            let style = if here { theme.selected } else { theme.label };
            let marker = if here { "› " } else { "  " };
            lines.push(Line::from(Span::styled(
                cut(&format!("{marker}{}. {}", r.number, r.text), width),
                style,
            )));
            match r.parent_result.and_then(|p| parent_text(open, p)) {
                Some(p) => lines.push(Line::from(Span::styled(
                    cut(&format!("     {}: {p}", text(lang, X::LinkedTo)), width),
                    theme.dim,
                ))),
                None if linked_needed => lines.push(Line::from(Span::styled(
                    format!("     {}", text(lang, X::Unlinked)),
                    theme.error,
                ))),
                None => {}
            }
            for ind in &r.indicators {
                let here = mark(&mut lines, &mut cursor_line);
                let marker = if here { "›" } else { " " };
                let dir = match ind.direction {
                    Direction::HigherBetter => "↑",
                    Direction::LowerBetter => "↓",
                };
                let mut asp = ind.aspect.map_or("-", |a| aspect(lang, a)).to_string();
                if plan.is_jpt() {
                    let p = ind.perspective.map_or("-", |p| perspective(lang, p));
                    asp = format!("{asp} · {p}");
                }
                let flag = if fits(ind, plan.approach, plan.is_jpt()) {
                    String::new()
                } else {
                    format!(" {}", text(lang, X::Incomplete))
                };
                let real = ind.realization(segment);
                let ach = real
                    .and_then(|x| x.value.number())
                    .and_then(|v| achievement(&ind.target, ind.direction, v));
                let tail = match (ach, real.map(|x| &x.value)) {
                    (Some(a), _) => format!(
                        "{} {}",
                        percent(lang, a.hundredths()),
                        gauge(a.hundredths())
                    ),
                    (None, Some(RealizedValue::Text(s))) => s.clone(),
                    _ => "-".to_string(),
                };
                // A narrative target is the whole target: no unit, no direction.
                let target = if ind.target.is_numeric() {
                    [target_text(&ind.target), ind.unit.clone(), dir.to_string()]
                        .into_iter()
                        .filter(|s| !s.is_empty())
                        .collect::<Vec<_>>()
                        .join(" ")
                } else {
                    target_text(&ind.target)
                };
                let body = format!(
                    "   {marker}{}.{} {} · {} · {target}{flag}",
                    r.number, ind.number, ind.text, asp,
                );
                let tail_w = tail.chars().count() + 2;
                let body_w = width.saturating_sub(tail_w);
                let body = cut(&body, body_w);
                let pad = body_w.saturating_sub(body.chars().count());
                let style = if here {
                    theme.selected
                } else {
                    ratatui::style::Style::new()
                };
                lines.push(Line::from(vec![
                    Span::styled(body, style),
                    Span::raw(" ".repeat(pad + 2)),
                    Span::styled(tail, theme.info),
                ]));
            }
        }
    }
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(
        text(lang, X::Behaviour),
        theme.header,
    )));
    for v in CoreValue::ALL {
        lines.push(Line::from(vec![
            Span::styled(format!("  {:<23}", v.text().name), theme.label),
            Span::raw(cut(plan.expectation_shown(v), width.saturating_sub(25))),
        ]));
    }
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(text(lang, X::Annex), theme.header)));
    // One line per item, the list's name beside the first.
    for (x, list) in [
        (X::AnnexResources, &plan.annex.resources),
        (X::AnnexAccountability, &plan.annex.accountability),
        (X::AnnexConsequences, &plan.annex.consequences),
    ] {
        let items: Vec<String> = if list.is_empty() {
            vec!["-".to_string()]
        } else {
            list.iter().map(|i| format!("• {i}")).collect()
        };
        for (n, item) in items.iter().enumerate() {
            let name = if n == 0 { text(lang, x) } else { "" };
            lines.push(Line::from(vec![
                Span::styled(format!("  {name:<25}"), theme.label),
                Span::raw(cut(item, width.saturating_sub(27))),
            ]));
        }
    }
    (lines, cursor_line)
}

//! The unit's distribution panel: the unit's grade (or "belum ditetapkan"), head counts per
//! employee grade, and every clause of the rule with its head counts, the broken ones saying
//! how many employees must move. Worked out live from the grid (`GridView::live_check`).

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};
use ratatui::Frame;

use crate::app::reviews::grid::GridView;
use crate::app::reviews::ReviewText as X;
use crate::domain::appraisal::PerformanceGrade;
use crate::domain::review::ReviewKind;
use crate::i18n::review_screen::{self as words, text};
use crate::i18n::Lang;
use crate::ui::kit::field::cut_width;
use crate::ui::kit::theme::Theme;
use crate::ui::kit::wrap::wrap;

pub fn lines<'a>(lang: Lang, view: &GridView, width: usize, theme: &Theme) -> Vec<Line<'a>> {
    let (Some(panel), Some(live)) = (&view.panel, view.live_check()) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let cut = |s: String| cut_width(&s, width);
    let grade = panel
        .grade
        .map_or(text(lang, X::UnitGradeUnset), words::org_grade);
    // Nobody graded yet: a rule of shares says nothing of an empty population.
    let nobody = live.counts.population() == 0;
    let verdict = match &live.check {
        _ if nobody => Span::raw(""),
        Some(c) if c.holds() && c.open() => Span::styled(text(lang, X::RuleOpen), theme.dim),
        Some(c) if c.holds() => Span::styled(text(lang, X::RuleHolds), theme.info),
        Some(_) => Span::styled(text(lang, X::RuleBroken), theme.error),
        None => Span::raw(""),
    };
    let mut pop = format!(
        "{} {}",
        live.counts.population() + live.ungraded,
        text(lang, X::Population)
    );
    if live.ungraded > 0 {
        pop = format!("{pop} ({} {})", live.ungraded, text(lang, X::Ungraded));
    }
    // Several units among the rows: which one this is, `U` shows the next.
    let which = view
        .panel_position()
        .map(|(at, n)| format!(" ({} {at}/{n} · U)", text(lang, X::PanelUnitOf)))
        .unwrap_or_default();
    let head = cut(format!(
        "{}{which} · {}: {} ",
        panel.name,
        text(lang, X::UnitGrade),
        grade,
    ));
    out.push(Line::from(vec![Span::styled(head, theme.label), verdict]));
    let counts: Vec<String> = PerformanceGrade::ALL
        .iter()
        .map(|g| format!("{} {}", words::grade(*g), live.counts.get(*g)))
        .collect();
    let counts = format!("{pop}: {}", counts.join(" · "));
    out.extend(wrap(&counts, width).into_iter().map(Line::from));
    if nobody && live.check.is_some() {
        out.push(Line::from(Span::styled(
            cut(text(lang, X::NobodyGraded).to_string()),
            theme.dim,
        )));
    } else if let Some(c) = &live.check {
        for o in &c.outcomes {
            let style = if o.holds() { theme.dim } else { theme.error };
            out.push(Line::from(Span::styled(cut(words::clause(lang, o)), style)));
        }
        let gate = if panel.enforced {
            X::Enforced
        } else {
            X::Warned
        };
        out.push(Line::from(Span::styled(text(lang, gate), theme.dim)));
    }
    if matches!(view.kind, ReviewKind::Periodic(_)) {
        out.push(Line::from(Span::styled(
            cut(text(lang, X::PanelPeriodic).to_string()),
            theme.dim,
        )));
    }
    out
}

pub fn draw(frame: &mut Frame, area: Rect, lang: Lang, lines: Vec<Line>, theme: &Theme) {
    if area.height == 0 {
        return;
    }
    let block = Block::default()
        .borders(Borders::TOP)
        .border_style(theme.border)
        .title(Span::styled(
            format!(" {} ", text(lang, X::PanelTitle)),
            theme.header,
        ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    frame.render_widget(Paragraph::new(lines), inner);
}

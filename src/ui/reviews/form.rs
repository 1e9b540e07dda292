//! The scoring form: a header with the live grade, the work results it judges (read-only,
//! scrolled with PageUp/PageDown) above, and below them the fields that follow the focus:
//! the work rating and its justification, each core value with its guides, the leader's
//! expectation and a feedback field, the behaviour rating and its justification, then the
//! warnings, the year's periodic evaluations (annual form) and the signature.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};
use ratatui::Frame;

use crate::app::plans::update::target_text;
use crate::app::reviews::entry::{EntryForm, Purpose, Slot};
use crate::app::reviews::form::{order, FieldId, ScoringForm};
use crate::app::reviews::popup::ReasonForm;
use crate::app::reviews::ReviewText as X;
use crate::app::App;
use crate::domain::appraisal::Rating;
use crate::domain::plan::{achievement, RealizedValue};
use crate::domain::review::evaluation::RatingField;
use crate::domain::review::objection::Outcome;
use crate::domain::review::ReviewKind;
use crate::domain::ruledata::CoreValue;
use crate::i18n::common::dmy;
use crate::i18n::review_screen::{self as words, text};
use crate::i18n::Lang;
use crate::ui::kit::field::{self, cut_width, place_cursor, scroll_for, text_value};
use crate::ui::kit::theme::Theme;
use crate::ui::plans::percent;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, f: &ScoringForm, theme: &Theme) {
    let lang = app.state.lang;
    let title = format!(
        "{} · {} · {} {}",
        text(lang, X::FormTitle),
        words::period(lang, f.kind),
        text(lang, X::Year),
        f.year
    );
    let inner = crate::ui::kit::popup(frame, area, &title, theme);
    let results_h = (inner.height.saturating_sub(3) * 2 / 5).max(3);
    let [head, results, fields, foot] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Length(results_h),
        Constraint::Min(3),
        Constraint::Length(1),
    ])
    .areas(inner);
    let w = usize::from(inner.width);
    frame.render_widget(Paragraph::new(header(lang, f, w, theme)), head);
    // Work results, read-only.
    let block = Block::default()
        .borders(Borders::TOP | Borders::BOTTOM)
        .border_style(theme.border)
        .title(Span::styled(
            format!(" {} ", text(lang, X::WorkResults)),
            theme.header,
        ));
    let body = block.inner(results);
    frame.render_widget(block, results);
    let lines = result_lines(lang, f, usize::from(body.width), theme);
    let max = lines.len().saturating_sub(usize::from(body.height));
    let skip = f.results_scroll.min(max);
    frame.render_widget(
        Paragraph::new(lines.into_iter().skip(skip).collect::<Vec<_>>()),
        body,
    );
    // Fields, following the focus.
    let (lines, focus_line, cursor) = field_lines(lang, f, fields, theme);
    // On the last field the lines after it (warnings, the periodic evaluations, the
    // signature) come into view.
    let h = usize::from(fields.height);
    let mut skip = scroll_for(focus_line, h);
    if f.focus + 1 == order().len() {
        skip = skip.max(lines.len().saturating_sub(h));
    }
    if let Some((line, input)) = cursor {
        if line >= skip {
            place_cursor(frame, fields, line - skip, &input, false);
        }
    }
    frame.render_widget(
        Paragraph::new(lines.into_iter().skip(skip).collect::<Vec<_>>()),
        fields,
    );
    let footer = if f.read_only() {
        X::SignedFooter
    } else {
        X::FormFooter
    };
    frame.render_widget(
        Paragraph::new(Span::styled(cut_width(text(lang, footer), w), theme.dim)),
        foot,
    );
}

fn header<'a>(lang: Lang, f: &ScoringForm, w: usize, theme: &Theme) -> Vec<Line<'a>> {
    let state = match f.signature() {
        Some(s) => format!("{} {}", text(lang, X::Signed), dmy(s.signed_on)),
        None => text(lang, X::Draft).to_string(),
    };
    let grade = f.grade().map_or("·", words::grade);
    let mut second = vec![
        Span::styled(format!("{}: ", text(lang, X::GradeLive)), theme.label),
        Span::styled(grade.to_string(), theme.title),
    ];
    if let Some(o) = &f.facts.objection {
        let changed = o
            .decision
            .as_ref()
            .is_some_and(|d| matches!(d.outcome, Outcome::Changed { .. }));
        if let Some(g) = o.final_grade(&f.review).filter(|_| changed) {
            second.push(Span::styled(
                format!("  → {}: {}", text(lang, X::FinalGrade), words::grade(g)),
                theme.title,
            ));
        }
    }
    let warnings = f.warnings().len();
    if warnings > 0 && !f.read_only() {
        second.push(Span::styled(
            format!("  ⚠ {warnings} {}", text(lang, X::WarningCount)),
            theme.error,
        ));
    }
    // The annual form: the year's periodic grades beside it.
    if f.kind == ReviewKind::Annual && !f.facts.periodic.is_empty() {
        let periodic: Vec<String> = f
            .facts
            .periodic
            .iter()
            .map(|p| format!("S{} {}", p.segment, p.grade.map_or("-", words::grade)))
            .collect();
        second.push(Span::styled(
            format!("  · {}", periodic.join(", ")),
            theme.dim,
        ));
    }
    vec![
        Line::from(Span::styled(
            cut_width(&format!("{} · {} · {state}", f.name, f.nip), w),
            theme.label,
        )),
        Line::from(second),
    ]
}

fn result_lines<'a>(lang: Lang, f: &ScoringForm, w: usize, theme: &Theme) -> Vec<Line<'a>> {
    let mut out = Vec::new();
    let cut = |s: String| cut_width(&s, w);
    if f.facts.plans.is_empty() {
        out.push(Line::from(Span::styled(text(lang, X::NoPlan), theme.dim)));
    }
    for p in &f.facts.plans {
        for r in &p.results {
            out.push(Line::from(Span::styled(
                cut(format!("{}. {}", r.number, r.text)),
                theme.label,
            )));
            for ind in &r.indicators {
                let target = [target_text(&ind.target), ind.unit.clone()]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join(" ");
                out.push(Line::from(cut(format!(
                    "  {}.{} {} · {} {target}",
                    r.number,
                    ind.number,
                    ind.text,
                    text(lang, X::Target)
                ))));
                for seg in &f.facts.segments {
                    let Some(real) = ind.realization(*seg) else {
                        continue;
                    };
                    let value = match &real.value {
                        RealizedValue::Number(n) => {
                            let ach = achievement(&ind.target, ind.direction, *n)
                                .map(|a| format!(" ({})", percent(lang, a.hundredths())))
                                .unwrap_or_default();
                            format!("{}{ach}", crate::app::plans::update::number_text(*n))
                        }
                        RealizedValue::Text(s) => s.clone(),
                    };
                    out.push(Line::from(Span::styled(
                        cut(format!("    S{seg} {} {value}", text(lang, X::Realisation))),
                        theme.info,
                    )));
                    let ev = &real.evidence;
                    if !ev.description.is_empty() || !ev.location.is_empty() {
                        out.push(Line::from(Span::styled(
                            cut(format!(
                                "       {}: {}",
                                text(lang, X::Evidence),
                                [ev.description.as_str(), ev.location.as_str()]
                                    .into_iter()
                                    .filter(|s| !s.is_empty())
                                    .collect::<Vec<_>>()
                                    .join(" · ")
                            )),
                            theme.dim,
                        )));
                    }
                    if real.has_feedback() {
                        out.push(Line::from(Span::styled(
                            cut(format!(
                                "       {}: {}",
                                text(lang, X::Feedback),
                                real.feedback
                            )),
                            theme.dim,
                        )));
                    }
                }
            }
        }
    }
    // The judged period's sessions and notes, numbered so that a justification cites them.
    out.push(Line::from(""));
    out.push(Line::from(Span::styled(
        cut(crate::i18n::feedback_screen::cited_title(lang).to_string()),
        theme.label,
    )));
    if f.facts.feedback.is_empty() {
        out.push(Line::from(Span::styled(
            cut(crate::i18n::feedback_screen::cited_none(lang).to_string()),
            theme.dim,
        )));
    }
    for c in &f.facts.feedback {
        out.push(Line::from(cut(format!(
            "  {}",
            crate::i18n::feedback_screen::cited_line(lang, c)
        ))));
    }
    out
}

type Cursor = Option<(usize, tui_input::Input)>;

fn field_lines<'a>(
    lang: Lang,
    f: &ScoringForm,
    area: Rect,
    theme: &Theme,
) -> (Vec<Line<'a>>, usize, Cursor) {
    let w = usize::from(area.width);
    let vw = field::value_width(area);
    let focus = f.focused();
    let mut out: Vec<Line> = Vec::new();
    let mut focus_line = 0;
    let mut cursor = None;
    let editable = !f.read_only();
    let mut push_field = |out: &mut Vec<Line<'a>>, id: FieldId, label: String| {
        let here = id == focus && editable;
        if id == focus {
            focus_line = out.len();
        }
        let (value, hint) = match id {
            FieldId::Rating(field) => {
                let s = f.rating(field).map_or("-", |r| words::rating(lang, r));
                let span = if here {
                    Span::styled(format!("‹ {s} ›"), theme.field_focus)
                } else {
                    Span::raw(s.to_string())
                };
                (span, here.then(|| text(lang, X::RatingHint)))
            }
            FieldId::Justification(field) => {
                let input = f.justification(field);
                if here {
                    cursor = Some((out.len(), input.clone()));
                }
                (text_value(input, vw, here, theme), None)
            }
            FieldId::Feedback(v) => {
                let input = &f.feedback[v as usize];
                if here {
                    cursor = Some((out.len(), input.clone()));
                }
                (text_value(input, vw, here, theme), None)
            }
        };
        let error = f.error_at(id).map(|x| text(lang, x).to_string());
        out.extend(field::lines(&label, value, hint, error, id == focus, theme));
    };
    for id in order() {
        match id {
            FieldId::Rating(RatingField::WorkResult) => {
                push_field(&mut out, id, text(lang, X::WorkRating).to_string())
            }
            FieldId::Rating(RatingField::Behaviour) => {
                out.push(Line::from(""));
                push_field(&mut out, id, text(lang, X::BehaviourRating).to_string())
            }
            FieldId::Justification(_) => {
                push_field(&mut out, id, text(lang, X::Justification).to_string())
            }
            FieldId::Feedback(v) => {
                if v == CoreValue::ServiceOriented {
                    out.push(Line::from(""));
                    out.push(Line::from(Span::styled(
                        text(lang, X::Behaviour),
                        theme.header,
                    )));
                }
                let tv = v.text();
                // The value's full name as a heading: the field label would cut it.
                out.push(Line::from(Span::styled(
                    cut_width(&format!(" {} ({})", tv.name, tv.definition), w),
                    theme.label,
                )));
                // The three guides in full, wrapped: the appraiser judges against them.
                let guides = format!("{}: {}", text(lang, X::Guides), tv.guides.join("; "));
                for l in crate::ui::kit::wrap::wrap(&guides, w.saturating_sub(3)) {
                    out.push(Line::from(Span::styled(format!("   {l}"), theme.dim)));
                }
                out.push(Line::from(Span::styled(
                    cut_width(
                        &format!(
                            "   {}: {}",
                            text(lang, X::Expectation),
                            f.facts.expectation(v)
                        ),
                        w,
                    ),
                    theme.dim,
                )));
                push_field(&mut out, id, text(lang, X::FeedbackField).to_string());
            }
        }
    }
    out.push(Line::from(""));
    out.push(Line::from(Span::styled(
        text(lang, X::Warnings),
        theme.header,
    )));
    let warnings = f.warnings();
    if warnings.is_empty() {
        out.push(Line::from(Span::styled(
            text(lang, X::NoWarnings),
            theme.dim,
        )));
    }
    for wn in &warnings {
        out.push(Line::from(Span::styled(
            cut_width(&format!("⚠ {}", words::warning(lang, wn)), w),
            theme.error,
        )));
    }
    if f.kind == ReviewKind::Annual {
        out.push(Line::from(""));
        out.push(Line::from(Span::styled(
            text(lang, X::PeriodicBeside),
            theme.header,
        )));
        for p in &f.facts.periodic {
            let r = |x: Option<crate::domain::appraisal::Rating>| {
                x.map_or("-", |x| words::rating_short(lang, x))
            };
            let state = if p.signed {
                text(lang, X::Signed)
            } else {
                text(lang, X::Draft)
            };
            out.push(Line::from(cut_width(
                &format!(
                    "  S{}: {} / {} → {} ({state})",
                    p.segment,
                    r(p.work),
                    r(p.behaviour),
                    p.grade.map_or("-", words::grade)
                ),
                w,
            )));
        }
    }
    if let Some(s) = f.signature() {
        out.push(Line::from(""));
        for (x, v) in [
            (X::SignedOn, dmy(s.signed_on)),
            (
                X::Appraiser,
                format!("{} ({})", s.appraiser.name, s.appraiser.nip.grouped()),
            ),
            (
                X::AppraiserSuperior,
                s.appraiser_superior.as_ref().map_or("-".to_string(), |p| {
                    format!("{} ({})", p.name, p.nip.grouped())
                }),
            ),
        ] {
            out.push(Line::from(cut_width(&format!("{}: {v}", text(lang, x)), w)));
        }
    }
    if !f.review.reopenings.is_empty() {
        out.push(Line::from(Span::styled(
            format!("{}: {}", text(lang, X::Reopened), f.review.reopenings.len()),
            theme.dim,
        )));
    }
    objection_lines(lang, f, w, theme, &mut out);
    (out, focus_line, cursor)
}

/// The receipt, the objection and its decision, the original ratings beside the decided ones.
fn objection_lines(lang: Lang, f: &ScoringForm, w: usize, theme: &Theme, out: &mut Vec<Line>) {
    if f.facts.received_on.is_none() && f.facts.objection.is_none() {
        return;
    }
    let row = |label: X, value: String| {
        Line::from(cut_width(&format!("  {}: {value}", text(lang, label)), w))
    };
    out.push(Line::from(""));
    out.push(Line::from(Span::styled(
        text(lang, X::ObjectionTitle),
        theme.header,
    )));
    if let Some(d) = f.facts.received_on {
        out.push(row(X::LabelReceivedOn, dmy(d)));
    }
    let Some(o) = &f.facts.objection else {
        return;
    };
    out.push(row(X::LabelFiledOn, dmy(o.filed_on)));
    out.push(row(X::LabelReasons, o.reasons.clone()));
    let Some(d) = &o.decision else {
        out.push(Line::from(Span::styled(
            format!("  {}", text(lang, X::ObjectionWaits)),
            theme.error,
        )));
        return;
    };
    let outcome = match d.outcome {
        Outcome::Upheld => X::OutcomeUpheld,
        Outcome::Changed { .. } => X::OutcomeChanged,
    };
    let by = f
        .facts
        .decided_by
        .as_ref()
        .map(|n| format!(" {} {n}", text(lang, X::DecidedBy)))
        .unwrap_or_default();
    out.push(row(X::LabelOutcome, text(lang, outcome).to_string()));
    out.push(row(X::DecidedOn, format!("{}{by}", dmy(d.on))));
    out.push(row(X::LabelDecisionReasons, d.reasons.clone()));
    let r = |x: Option<Rating>| x.map_or("-", |x| words::rating_short(lang, x));
    let original = format!(
        "{} / {} → {}",
        r(f.review.work),
        r(f.review.behaviour),
        f.signature()
            .map(|s| s.grade)
            .or(f.review.grade())
            .map_or("-", words::grade)
    );
    out.push(row(X::OriginalEvaluation, original.clone()));
    let decided = match d.outcome {
        Outcome::Upheld => original,
        Outcome::Changed { work, behaviour } => format!(
            "{} / {} → {}",
            r(Some(work)),
            r(Some(behaviour)),
            o.final_grade(&f.review).map_or("-", words::grade)
        ),
    };
    out.push(Line::from(Span::styled(
        cut_width(
            &format!("  {}: {decided}", text(lang, X::DecidedEvaluation)),
            w,
        ),
        theme.title,
    )));
}

pub fn draw_reason(frame: &mut Frame, area: Rect, lang: Lang, f: &ReasonForm, theme: &Theme) {
    let boxed = crate::ui::shell::layout::centered(area, 70, 0, 50, 6);
    let inner = crate::ui::kit::popup(frame, boxed, text(lang, X::ReopenTitle), theme);
    let mut lines = field::lines(
        text(lang, X::ReopenReason),
        text_value(&f.reason, field::value_width(inner), true, theme),
        None,
        f.error.map(|x| text(lang, x).to_string()),
        true,
        theme,
    );
    place_cursor(frame, inner, 0, &f.reason, false);
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(
        text(lang, X::ReopenFooter),
        theme.dim,
    )));
    frame.render_widget(Paragraph::new(lines), inner);
}

pub fn draw_entry(frame: &mut Frame, area: Rect, lang: Lang, f: &EntryForm, theme: &Theme) {
    let h = (f.slots().len() as u16) * 2 + 4;
    // The box's width does not depend on its height: wrap the facts to it first.
    let w = usize::from(
        crate::ui::shell::layout::centered(area, 70, 0, 50, h)
            .width
            .saturating_sub(2),
    );
    let facts: Vec<String> = decision_facts(lang, f)
        .iter()
        .flat_map(|s| crate::ui::kit::wrap::wrap(s, w.max(1)))
        .collect();
    let h = h + u16::try_from(facts.len()).unwrap_or(u16::MAX);
    let boxed = crate::ui::shell::layout::centered(area, 70, 0, 50, h);
    let title = format!("{} · {}", text(lang, f.title()), f.subject);
    let inner = crate::ui::kit::popup(frame, boxed, &title, theme);
    let vw = field::value_width(inner);
    let mut lines: Vec<Line> = facts
        .into_iter()
        .map(|s| Line::from(Span::styled(s, theme.dim)))
        .collect();
    let mut cursor = None;
    for (i, slot) in f.slots().iter().enumerate() {
        let here = i == f.focus;
        let (label, value) = match slot {
            Slot::Grade => {
                let g = crate::domain::appraisal::OrgGrade::ALL
                    .get(f.grade)
                    .map_or("-", |g| words::org_grade(*g));
                let span = if here {
                    Span::styled(format!("‹ {g} ›"), theme.field_focus)
                } else {
                    Span::raw(g.to_string())
                };
                (X::LabelUnitGrade, span)
            }
            Slot::Outcome => {
                let x = if f.changed {
                    X::OutcomeChanged
                } else {
                    X::OutcomeUpheld
                };
                (X::LabelOutcome, choice(text(lang, x), here, theme))
            }
            Slot::Work | Slot::Behaviour => {
                let (label, r) = if *slot == Slot::Work {
                    (X::LabelWork, f.work)
                } else {
                    (X::LabelBehaviour, f.behaviour)
                };
                // The ratings apply only when they are changed.
                let shown = if f.changed {
                    words::rating(lang, r)
                } else {
                    "-"
                };
                (label, choice(shown, here, theme))
            }
            Slot::Decree | Slot::Reasons | Slot::Date => {
                let input = if *slot == Slot::Date {
                    &f.date
                } else {
                    &f.text
                };
                if here {
                    cursor = Some((lines.len(), input.clone()));
                }
                let label = match (slot, f.purpose) {
                    (Slot::Decree, _) => X::LabelDecree,
                    (Slot::Reasons, Purpose::Decide { .. }) => X::LabelDecisionReasons,
                    (Slot::Reasons, _) => X::LabelReasons,
                    (_, Purpose::Objection { .. }) => X::LabelFiledOn,
                    _ => X::LabelReceivedOn,
                };
                (label, text_value(input, vw, here, theme))
            }
        };
        let error = f
            .error
            .filter(|(s, _)| s == slot)
            .map(|(_, x)| text(lang, x).to_string());
        lines.extend(field::lines(
            text(lang, label),
            value,
            None,
            error,
            here,
            theme,
        ));
    }
    if let Some((line, input)) = cursor {
        place_cursor(frame, inner, line, &input, false);
    }
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(
        cut_width(text(lang, X::EntryFooter), usize::from(inner.width)),
        theme.dim,
    )));
    frame.render_widget(Paragraph::new(lines), inner);
}

fn choice<'a>(s: &str, focused: bool, theme: &Theme) -> Span<'a> {
    if focused {
        Span::styled(format!("‹ {s} ›"), theme.field_focus)
    } else {
        Span::raw(s.to_string())
    }
}

/// Above a decision's fields: the objection (filed on, reasons) and the evaluation it is
/// against, so that the superior decides with both in front of them.
fn decision_facts(lang: Lang, f: &EntryForm) -> Vec<String> {
    let Some(d) = &f.decision else {
        return Vec::new();
    };
    let r = |x: Option<Rating>| x.map_or("-", |x| words::rating_short(lang, x));
    vec![
        format!("{}: {}", text(lang, X::LabelFiledOn), dmy(d.filed_on)),
        format!("{}: {}", text(lang, X::LabelReasons), d.reasons.trim()),
        format!(
            "{}: {} / {} → {}",
            text(lang, X::OriginalEvaluation),
            r(d.work),
            r(d.behaviour),
            d.grade.map_or("-", words::grade)
        ),
        String::new(),
    ]
}

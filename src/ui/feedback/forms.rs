//! The tab's forms: the session editor (date, kind, the situation in a text area, topics,
//! follow-ups), the follow-up sub-form, the follow-up review and the quick note. Errors
//! under their fields.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};
use ratatui::Frame;
use tui_input::Input;

use crate::app::feedback::tab::follow_up_form::{FollowUpError, FollowUpForm, Slot as FSlot};
use crate::app::feedback::tab::note_form::{NoteError, NoteForm, Slot as NSlot};
use crate::app::feedback::tab::review_form::{ReviewError, ReviewForm, Slot as RSlot};
use crate::app::feedback::tab::session_form::{Focus, SessionForm};
use crate::app::feedback::tab::SessionText as X;
use crate::domain::feedback::{FollowUp, Topic};
use crate::i18n::common::dmy;
use crate::i18n::feedback as words;
use crate::i18n::feedback_screen::{achieved, carried_from, text};
use crate::i18n::Lang;
use crate::ui::kit::field::{self, cut_width, place_cursor, text_value};
use crate::ui::kit::theme::Theme;

fn topic_text(t: &Topic) -> String {
    match t {
        Topic::Result { number, text, .. } => format!("RHK {number}: {text}"),
        Topic::CoreValue(v) => v.text().name.clone(),
    }
}

fn choice<'a>(value: &str, focused: bool, theme: &Theme) -> Span<'a> {
    if focused {
        Span::styled(format!("‹ {value} ›"), theme.field_focus)
    } else {
        Span::raw(value.to_string())
    }
}

fn follow_up_line(lang: Lang, f: &FollowUp, origin: Option<chrono::NaiveDate>) -> String {
    let mut t = f.item.clone();
    if let Some(d) = f.due {
        t.push_str(&format!(" · {} {}", text(lang, X::Due), dmy(d)));
    }
    t.push_str(&format!(" · {}", words::follow_up_status(lang, f.status())));
    if f.carried_from.is_some() {
        t.push_str(&format!(" · {}", carried_from(lang, origin)));
    }
    t
}

pub fn draw_session(frame: &mut Frame, area: Rect, lang: Lang, f: &SessionForm, theme: &Theme) {
    let boxed = crate::ui::shell::layout::centered(area, 98, 96, 60, 18);
    let title = if f.is_new() {
        X::EditorTitleNew
    } else {
        X::EditorTitleEdit
    };
    let title = format!("{} · {}", text(lang, title), f.name);
    let inner = crate::ui::kit::popup(frame, boxed, &title, theme);
    let vw = field::value_width(inner);
    let foc = |x: Focus| f.focus == x && !f.locked;
    // Date and kind, each with its error.
    let mut head: Vec<Line> = Vec::new();
    let date_err = f.errors.date.map(|e| match e {
        None => text(lang, X::DateUnreadable).to_string(),
        Some(e) => words::error(lang, &e),
    });
    head.extend(field::lines(
        text(lang, X::LabelDate),
        text_value(&f.date, vw, foc(Focus::Date), theme),
        None,
        date_err,
        f.focus == Focus::Date,
        theme,
    ));
    let date_line = 0;
    head.extend(field::lines(
        text(lang, X::LabelKind),
        choice(words::session_kind(lang, f.kind), foc(Focus::Kind), theme),
        None,
        None,
        f.focus == Focus::Kind,
        theme,
    ));
    if f.locked {
        let why = if f.writable {
            X::ReadOnlyAcknowledged
        } else {
            X::ReadOnlyNotAppraiser
        };
        head.push(Line::from(Span::styled(text(lang, why), theme.dim)));
    } else if let Some(e) = f.errors.other {
        head.push(Line::from(Span::styled(
            format!("✗ {}", words::error(lang, &e)),
            theme.error,
        )));
    }
    let n_follow = f.follow_ups.len() + f.carried.len() + 1 + f.errors.follow_ups.len();
    let low_h = (inner.height / 4).max(3);
    let [head_a, sit_a, top_a, fol_a, foot_a] = Layout::vertical([
        Constraint::Length(head.len() as u16),
        Constraint::Min(4),
        Constraint::Length(low_h.min(f.topic_options.len() as u16 + 1)),
        Constraint::Length(low_h.min(n_follow as u16 + 1)),
        Constraint::Length(1),
    ])
    .areas(inner);
    frame.render_widget(Paragraph::new(head), head_a);
    if foc(Focus::Date) {
        place_cursor(frame, head_a, date_line, &f.date, false);
    }
    // The situation: a text area with its own border, its error in the title.
    let mut sit_title = format!(" {} ", text(lang, X::LabelSituation));
    if let Some(e) = f.errors.situation {
        sit_title = format!("{sit_title}✗ {} ", words::error(lang, &e));
    }
    let focused = foc(Focus::Situation);
    let mut ta = f.situation.clone();
    ta.set_block(
        Block::default()
            .borders(Borders::ALL)
            .border_style(if focused {
                theme.border_focus
            } else {
                theme.border
            })
            .title(Span::styled(
                sit_title,
                if f.errors.situation.is_some() {
                    theme.error
                } else {
                    theme.label
                },
            )),
    );
    ta.set_cursor_line_style(Style::new());
    if !focused {
        ta.set_cursor_style(Style::new());
    }
    frame.render_widget(&ta, sit_a);
    // Topics: [x] chosen, the cursor's line highlighted when focused.
    let mut lines = vec![Line::from(Span::styled(
        format!(
            "{}{} ({})",
            if f.focus == Focus::Topics { "›" } else { " " },
            text(lang, X::LabelTopics),
            f.chosen.len()
        ),
        theme.label,
    ))];
    let th = usize::from(top_a.height).saturating_sub(1);
    let start = (f.topic_at + 1).saturating_sub(th);
    let w = usize::from(top_a.width);
    for (i, t) in f.topic_options.iter().enumerate().skip(start).take(th) {
        let mark = if f.chosen.contains(&i) { "[x]" } else { "[ ]" };
        let style = if foc(Focus::Topics) && i == f.topic_at {
            theme.selected
        } else {
            Style::new()
        };
        lines.push(Line::from(Span::styled(
            cut_width(&format!("  {mark} {}", topic_text(t)), w),
            style,
        )));
    }
    frame.render_widget(Paragraph::new(lines), top_a);
    // Follow-ups, then those a new session will carry over, then the "add" line.
    let mut lines = vec![Line::from(Span::styled(
        format!(
            "{}{}",
            if f.focus == Focus::FollowUps {
                "›"
            } else {
                " "
            },
            text(lang, X::LabelFollowUps)
        ),
        theme.label,
    ))];
    let mut rows: Vec<(Line, bool)> = Vec::new();
    for (i, x) in f.follow_ups.iter().enumerate() {
        let here = foc(Focus::FollowUps) && i == f.follow_up_at;
        let origin = x.carried_from.as_ref().and_then(|r| f.origin(r));
        let style = if here { theme.selected } else { Style::new() };
        rows.push((
            Line::from(Span::styled(
                cut_width(
                    &format!("  {}. {}", i + 1, follow_up_line(lang, x, origin)),
                    w,
                ),
                style,
            )),
            here,
        ));
        for (at, e) in &f.errors.follow_ups {
            if usize::from(*at) == i {
                rows.push((
                    Line::from(Span::styled(
                        format!("     ✗ {}", words::error(lang, e)),
                        theme.error,
                    )),
                    false,
                ));
            }
        }
    }
    for x in &f.carried {
        let origin = x.carried_from.as_ref().and_then(|r| f.origin(r));
        rows.push((
            Line::from(Span::styled(
                cut_width(
                    // The mark first: on a narrow screen the line's end is cut.
                    &format!(
                        "  ↪ ({}) {}",
                        text(lang, X::WillCarry),
                        follow_up_line(lang, x, origin)
                    ),
                    w,
                ),
                theme.dim,
            )),
            false,
        ));
    }
    if !f.locked {
        let here = foc(Focus::FollowUps) && f.follow_up_at == f.follow_ups.len();
        rows.push((
            Line::from(Span::styled(
                format!("  {}", text(lang, X::AddFollowUp)),
                if here { theme.selected } else { theme.dim },
            )),
            here,
        ));
    }
    let fh = usize::from(fol_a.height).saturating_sub(1);
    let at = rows.iter().position(|(_, h)| *h).unwrap_or(0);
    let start = (at + 1).saturating_sub(fh);
    lines.extend(rows.into_iter().skip(start).take(fh).map(|(l, _)| l));
    frame.render_widget(Paragraph::new(lines), fol_a);
    frame.render_widget(
        Paragraph::new(Span::styled(text(lang, X::HintEditor), theme.dim)),
        foot_a,
    );
}

/// A small form: its field lines with errors, the cursor in the focused input.
/// One line of a small form: label, input (or a choice's value), error.
type FieldLine<'f> = (&'f str, Option<&'f Input>, Option<String>, Option<String>);

/// What a small form shows: title, a line above the fields, the footer.
struct Frame3<'f> {
    title: &'f str,
    head: Option<String>,
    footer: &'f str,
}

fn small_form(
    frame: &mut Frame,
    area: Rect,
    words: Frame3,
    fields: Vec<FieldLine>,
    focus: usize,
    theme: &Theme,
) {
    let Frame3 {
        title,
        head,
        footer,
    } = words;
    let h = fields.len() as u16
        + fields.iter().filter(|f| f.3.is_some()).count() as u16
        + 4
        + u16::from(head.is_some());
    let boxed = crate::ui::shell::layout::centered(area, 80, 0, 56, h);
    let inner = crate::ui::kit::popup(frame, boxed, title, theme);
    let vw = field::value_width(inner);
    let mut lines: Vec<Line> = Vec::new();
    if let Some(h) = head {
        lines.push(Line::from(Span::styled(
            cut_width(&h, usize::from(inner.width)),
            theme.label,
        )));
    }
    let mut cursor = None;
    for (i, (label, input, choice_value, error)) in fields.into_iter().enumerate() {
        let here = i == focus;
        let value = match (input, choice_value) {
            (Some(input), _) => {
                if here {
                    cursor = Some((lines.len(), input));
                }
                text_value(input, vw, here, theme)
            }
            (None, Some(v)) => choice(&v, here, theme),
            (None, None) => Span::raw(""),
        };
        lines.extend(field::lines(label, value, None, error, here, theme));
    }
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(footer.to_string(), theme.dim)));
    if let Some((line, input)) = cursor {
        place_cursor(frame, inner, line, input, false);
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

pub fn draw_follow_up(frame: &mut Frame, area: Rect, lang: Lang, f: &FollowUpForm, theme: &Theme) {
    let labels = [
        X::LabelItem,
        X::LabelCompetence,
        X::LabelMethod,
        X::LabelWhen,
        X::LabelEmployeePart,
        X::LabelAppraiserPart,
        X::LabelDue,
    ];
    let fields = FSlot::ALL
        .iter()
        .zip(labels)
        .enumerate()
        .map(|(i, (slot, label))| {
            let error = match &f.error {
                Some((s, e)) if s == slot => Some(
                    match e {
                        FollowUpError::ItemEmpty => text(lang, X::ItemEmpty),
                        FollowUpError::DueUnreadable => text(lang, X::DateUnreadable),
                    }
                    .to_string(),
                ),
                _ => None,
            };
            (text(lang, label), f.inputs.get(i), None, error)
        })
        .collect();
    let title = text(lang, X::FollowUpTitle);
    let footer = text(lang, X::FormFooter);
    small_form(
        frame,
        area,
        Frame3 {
            title,
            head: None,
            footer,
        },
        fields,
        f.focus,
        theme,
    );
}

pub fn draw_review(frame: &mut Frame, area: Rect, lang: Lang, f: &ReviewForm, theme: &Theme) {
    let err = |slot: RSlot| match f.error {
        Some((s, e)) if s == slot => Some(match e {
            ReviewError::Unreadable => text(lang, X::DateUnreadable).to_string(),
            ReviewError::Rule(e) => words::error(lang, &e),
        }),
        _ => None,
    };
    let fields = vec![
        (
            text(lang, X::LabelAchieved),
            None,
            Some(achieved(lang, f.achieved).to_string()),
            err(RSlot::Achieved),
        ),
        (
            text(lang, X::LabelExplanation),
            Some(&f.explanation),
            None,
            err(RSlot::Explanation),
        ),
        (
            text(lang, X::LabelNextPlan),
            Some(&f.next_plan),
            None,
            err(RSlot::NextPlan),
        ),
        (
            text(lang, X::LabelNextReview),
            Some(&f.next_review),
            None,
            err(RSlot::NextReview),
        ),
        (
            text(lang, X::LabelReviewOn),
            Some(&f.on),
            None,
            err(RSlot::On),
        ),
    ];
    let title = format!("{} · {}", text(lang, X::ReviewTitle), f.name);
    let footer = text(lang, X::FormFooter);
    small_form(
        frame,
        area,
        Frame3 {
            title: &title,
            head: Some(f.item.clone()),
            footer,
        },
        fields,
        f.focus,
        theme,
    );
}

pub fn draw_note(frame: &mut Frame, area: Rect, lang: Lang, f: &NoteForm, theme: &Theme) {
    let err = |slot: NSlot| match f.error {
        Some((s, e)) if s == slot => Some(match e {
            NoteError::Unreadable => text(lang, X::DateUnreadable).to_string(),
            NoteError::Rule(e) => words::error(lang, &e),
        }),
        _ => None,
    };
    let topic = f
        .topic
        .and_then(|i| f.topic_options.get(i))
        .map_or_else(|| text(lang, X::NoTopic).to_string(), topic_text);
    let fields = vec![
        (
            text(lang, X::LabelText),
            Some(&f.text),
            None,
            err(NSlot::Text),
        ),
        (
            text(lang, X::LabelTone),
            None,
            Some(words::tone(lang, f.tone).to_string()),
            err(NSlot::Tone),
        ),
        (
            text(lang, X::LabelTopic),
            None,
            Some(topic),
            err(NSlot::Topic),
        ),
        (
            text(lang, X::LabelNoteDate),
            Some(&f.date),
            None,
            err(NSlot::Date),
        ),
    ];
    let heading = if f.editing.is_some() {
        X::NoteEditTitle
    } else {
        X::NoteTitle
    };
    let title = format!("{} · {}", text(lang, heading), f.name);
    let footer = text(lang, X::NoteFooter);
    small_form(
        frame,
        area,
        Frame3 {
            title: &title,
            head: None,
            footer,
        },
        fields,
        f.focus,
        theme,
    );
}

//! The SKP forms: labelled fields, each with its error under it; the same keys as every form.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

use crate::app::plans::forms::{Label, PlanForm, Value};
use crate::i18n::common::{t, T};
use crate::i18n::plans::text;
use crate::i18n::Lang;
use crate::ui::kit::field::{self, lines, place_cursor, scroll_for, text_value};
use crate::ui::kit::theme::Theme;
use crate::ui::shell::layout::centered;

pub fn draw(frame: &mut Frame, area: Rect, lang: Lang, f: &PlanForm, theme: &Theme) {
    let h = (f.fields.len() as u16 * 2 + 4).min(area.height);
    let boxed = centered(area, 90, 0, 70, h);
    let inner = crate::ui::kit::popup(frame, boxed, text(lang, f.title), theme);
    let mut out: Vec<Line> = Vec::new();
    let mut focus_line = 0;
    let mut cursor = None;
    for (i, fld) in f.fields.iter().enumerate() {
        let focused = i == f.focus;
        if focused {
            focus_line = out.len();
        }
        let label = match &fld.label {
            Label::Text(x) => text(lang, *x).to_string(),
            Label::Value(v) => v.text().name.clone(),
            Label::Data(s) => field::cut(s, field::LABEL_WIDTH - 2),
            Label::Item(x, Some(n)) => format!("{} {n}", text(lang, *x)),
            Label::Item(x, None) => format!("{} +", text(lang, *x)),
        };
        let value = match &fld.value {
            Value::Text(inp) => {
                if focused {
                    cursor = Some((out.len(), inp.clone()));
                }
                text_value(inp, field::value_width(inner), focused, theme)
            }
            Value::Choice { options, index } => {
                let s = format!("‹ {} ›", options.get(*index).map_or("", |o| text(lang, *o)));
                if focused {
                    Span::styled(s, theme.field_focus)
                } else {
                    Span::raw(s)
                }
            }
            Value::Check(on) => {
                let s = if *on { "[x]" } else { "[ ]" };
                if focused {
                    Span::styled(s, theme.field_focus)
                } else {
                    Span::raw(s)
                }
            }
            Value::Parent { shown, .. } => {
                let s = if shown.is_empty() {
                    "-".to_string()
                } else {
                    field::cut(shown, 60)
                };
                if focused {
                    Span::styled(s, theme.field_focus)
                } else {
                    Span::raw(s)
                }
            }
        };
        let hint = match (&fld.value, fld.hint) {
            (Value::Parent { .. }, _) if focused => Some(t(lang, T::FormPickHint)),
            (Value::Choice { .. }, _) if focused => Some(t(lang, T::FormChoiceCycleHint)),
            (_, Some(h)) if focused => Some(text(lang, h)),
            _ => None,
        };
        out.extend(lines(
            &label,
            value,
            hint,
            fld.error.map(|e| text(lang, e).to_string()),
            focused,
            theme,
        ));
    }
    out.push(Line::from(""));
    out.push(Line::from(Span::styled(t(lang, T::FormFooter), theme.dim)));
    let skip = scroll_for(focus_line, usize::from(inner.height));
    if let Some((line, inp)) = cursor {
        if line >= skip {
            place_cursor(frame, inner, line - skip, &inp, false);
        }
    }
    let shown: Vec<Line> = out.into_iter().skip(skip).collect();
    frame.render_widget(Paragraph::new(shown), inner);
}

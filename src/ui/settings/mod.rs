//! The office settings form: one line per setting (label, value as typed), its error under
//! it, the focused field's accepted values as the hint; then the reason for the audit trail.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

use crate::app::settings::form::SettingsForm;
use crate::domain::ruledata::SettingKey;
use crate::domain::{FunctionalTier, OrgGrade};
use crate::i18n::common::{t, T};
use crate::i18n::settings as words;
use crate::i18n::Lang;
use crate::ui::kit::field::{self, lines, place_cursor, scroll_for, text_value};
use crate::ui::kit::theme::Theme;
use crate::ui::shell::layout::centered;

pub fn draw(frame: &mut Frame, area: Rect, lang: Lang, f: &SettingsForm, theme: &Theme) {
    let h = (f.fields.len() as u16 + 10).min(area.height);
    let boxed = centered(area, 90, 0, 70, h);
    let inner = crate::ui::kit::popup(frame, boxed, words::title(lang), theme);
    let mut out: Vec<Line> = Vec::new();
    let mut focus_line = 0;
    let mut cursor = None;
    for (i, fld) in f.fields.iter().enumerate() {
        let focused = i == f.focus;
        if fld.key == SettingKey::HeadRating(OrgGrade::ALL[0]) {
            out.push(Line::from(Span::styled(
                format!(" {}", words::head_rating_heading(lang)),
                theme.label,
            )));
        }
        if fld.key == SettingKey::CreditCoefficient(FunctionalTier::ALL[0]) {
            out.push(Line::from(Span::styled(
                format!(" {}", words::coefficient_heading(lang)),
                theme.label,
            )));
        }
        if focused {
            focus_line = out.len();
            cursor = Some((out.len(), &fld.input));
        }
        out.extend(lines(
            words::short_label(lang, fld.key),
            text_value(&fld.input, field::value_width(inner), focused, theme),
            focused.then(|| words::value_hint(lang, fld.key)),
            fld.error.as_ref().map(|e| words::error(lang, e)),
            focused,
            theme,
        ));
    }
    let on_reason = f.focus >= f.fields.len();
    if on_reason {
        focus_line = out.len();
        cursor = Some((out.len(), &f.reason));
    }
    out.extend(lines(
        words::reason_label(lang),
        text_value(&f.reason, field::value_width(inner), on_reason, theme),
        on_reason.then(|| words::reason_hint(lang)),
        None,
        on_reason,
        theme,
    ));
    if let Some(e) = &f.error {
        out.push(Line::from(Span::styled(words::error(lang, e), theme.error)));
    }
    out.push(Line::from(""));
    out.push(Line::from(Span::styled(t(lang, T::FormFooter), theme.dim)));
    let skip = scroll_for(focus_line, usize::from(inner.height));
    if let Some((line, inp)) = cursor {
        if line >= skip {
            place_cursor(frame, inner, line - skip, inp, false);
        }
    }
    let shown: Vec<Line> = out.into_iter().skip(skip).collect();
    frame.render_widget(Paragraph::new(shown), inner);
}

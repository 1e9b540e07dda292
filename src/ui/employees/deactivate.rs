//! The deactivation popup.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use ratatui::Frame;

use crate::app::employees::deactivate_form::{DeactivateField, DeactivateForm};
use crate::app::App;
use crate::domain::Directory;
use crate::i18n::common::{t, T};
use crate::i18n::employees as messages;
use crate::i18n::employees::reason;
use crate::ui::kit::field;
use crate::ui::kit::theme::Theme;
use crate::ui::shell::layout::centered;

pub fn draw(frame: &mut Frame, body: Rect, app: &App, form: &DeactivateForm, theme: &Theme) {
    let lang = app.state.lang;
    let reg = &app.services.register;
    let extra = if form.headed_units.is_empty() { 0 } else { 2 };
    let area = centered(body, 85, 70, 70, 14 + extra);
    let inner = crate::ui::kit::popup(frame, area, t(lang, T::DeactivateTitle), theme);
    let [head, fields, footer] = Layout::vertical([
        Constraint::Length(3 + extra),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(inner);
    let name = reg
        .employee(form.employee)
        .map(|e| format!("{} ({})", e.full_name(), e.nip.grouped()))
        .unwrap_or_default();
    let subs = if form.subordinates > 0 {
        Span::styled(
            messages::subordinates_to_move(lang, form.subordinates),
            theme.error,
        )
    } else {
        Span::styled(t(lang, T::DeactivateNoSubs), theme.dim)
    };
    frame.render_widget(
        Paragraph::new(
            vec![
                Line::from(Span::styled(
                    messages::deactivate_question(lang, &name),
                    theme.label,
                )),
                Line::from(subs),
            ]
            .into_iter()
            .chain((!form.headed_units.is_empty()).then(|| {
                Line::from(Span::styled(
                    messages::heads_units(lang, &form.headed_units),
                    theme.error,
                ))
            }))
            .collect::<Vec<_>>(),
        )
        .wrap(Wrap { trim: true }),
        head,
    );
    let mut lines = Vec::new();
    let mut cursor = None;
    for (i, f) in form.fields().iter().enumerate() {
        let focused = i == form.focus;
        let sel = if focused {
            theme.field_focus
        } else {
            Style::new()
        };
        let (label, value, hint) = match f {
            DeactivateField::Reason => (
                T::LabelReason,
                Span::styled(format!("‹ {} ›", reason(lang, form.reason)), sel),
                focused.then(|| t(lang, T::FormChoiceHint)),
            ),
            DeactivateField::Since => {
                if focused {
                    cursor = Some((lines.len(), &form.since));
                }
                (
                    T::LabelSince,
                    field::text_value(&form.since, field::value_width(fields), focused, theme),
                    Some(t(lang, T::FormDateHint)),
                )
            }
            DeactivateField::Note => {
                if focused {
                    cursor = Some((lines.len(), &form.note));
                }
                (
                    T::LabelNote,
                    field::text_value(&form.note, field::value_width(fields), focused, theme),
                    None,
                )
            }
            DeactivateField::ReassignTo => (
                T::LabelReassignTo,
                Span::styled(
                    field::person(reg, form.reassign_to, t(lang, T::NoneChosen)),
                    sel,
                ),
                focused.then(|| t(lang, T::FormPickHint)),
            ),
        };
        let error = form
            .error(*f)
            .map(|e| crate::ui::employees::form::error_text(lang, e, app));
        lines.extend(field::lines(
            t(lang, label),
            value,
            hint,
            error,
            focused,
            theme,
        ));
    }
    if let Some((who, above)) = form.promotion(reg) {
        let name = |id| reg.employee(id).map(|e| e.full_name()).unwrap_or_default();
        let above = above.map(name);
        let text = messages::promoted(lang, &name(who), above.as_deref());
        let width = field::value_width(fields).max(20);
        for part in crate::ui::kit::wrap::wrap(&text, width) {
            lines.push(Line::from(vec![
                Span::raw(" ".repeat(field::LABEL_WIDTH)),
                Span::styled(part, theme.info),
            ]));
        }
    }
    frame.render_widget(Paragraph::new(lines), fields);
    if let Some((line, input)) = cursor {
        field::place_cursor(frame, fields, line, input, false);
    }
    frame.render_widget(
        Paragraph::new(Span::styled(t(lang, T::DeactivateFooter), theme.dim)),
        footer,
    );
}

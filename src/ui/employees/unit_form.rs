//! The add/edit unit popup.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Span;
use ratatui::widgets::Paragraph;
use ratatui::Frame;

use crate::app::employees::unit_form::{UnitField, UnitForm};
use crate::app::App;
use crate::i18n::common::{t, T};
use crate::ui::kit::field;
use crate::ui::kit::theme::Theme;
use crate::ui::shell::layout::centered;

pub fn draw(frame: &mut Frame, body: Rect, app: &App, form: &UnitForm, theme: &Theme) {
    let lang = app.state.lang;
    let reg = &app.services.register;
    let area = centered(body, 85, 50, 70, 10);
    let title = if form.editing.is_some() {
        T::UnitEditTitle
    } else {
        T::UnitNewTitle
    };
    let inner = crate::ui::kit::popup(frame, area, t(lang, title), theme);
    let [fields, footer] =
        Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(inner);
    let mut lines = Vec::new();
    let mut cursor_line = None;
    for (i, f) in UnitField::ORDER.iter().enumerate() {
        let focused = i == form.focus;
        let sel = if focused {
            theme.field_focus
        } else {
            Style::new()
        };
        let (label, value, hint) = match f {
            UnitField::Name => {
                if focused {
                    cursor_line = Some(lines.len());
                }
                (
                    format!("{} *", t(lang, T::LabelUnitName)),
                    field::text_value(&form.name, field::value_width(fields), focused, theme),
                    None,
                )
            }
            UnitField::Parent => (
                t(lang, T::LabelParentUnit).to_string(),
                Span::styled(
                    form.parent
                        .map(|p| reg.unit_path(p))
                        .unwrap_or_else(|| t(lang, T::TopLevel).to_string()),
                    sel,
                ),
                focused.then(|| t(lang, T::FormPickHint)),
            ),
            UnitField::Head => (
                t(lang, T::LabelHead).to_string(),
                Span::styled(field::person(reg, form.head, t(lang, T::NoneChosen)), sel),
                focused.then(|| t(lang, T::FormPickHint)),
            ),
        };
        let error = form
            .error(*f)
            .map(|e| crate::ui::employees::form::error_text(lang, e, app));
        lines.extend(field::lines(&label, value, hint, error, focused, theme));
    }
    frame.render_widget(Paragraph::new(lines), fields);
    if let Some(line) = cursor_line {
        field::place_cursor(frame, fields, line, &form.name, false);
    }
    frame.render_widget(
        Paragraph::new(Span::styled(t(lang, T::FormFooter), theme.dim)),
        footer,
    );
}

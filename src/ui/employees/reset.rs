//! The admin's password reset popup.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use ratatui::Frame;

use crate::app::employees::reset_form::ResetForm;
use crate::app::App;
use crate::i18n::common::{t, T};
use crate::ui::kit::field;
use crate::ui::kit::theme::Theme;
use crate::ui::shell::layout::centered;

pub fn draw(frame: &mut Frame, body: Rect, app: &App, form: &ResetForm, theme: &Theme) {
    let lang = app.state.lang;
    let area = centered(body, 80, 50, 70, 12);
    let inner = crate::ui::kit::popup(frame, area, t(lang, T::ResetTitle), theme);
    let [head, fields, error, footer] = Layout::vertical([
        Constraint::Length(3),
        Constraint::Min(1),
        Constraint::Length(2),
        Constraint::Length(1),
    ])
    .areas(inner);
    let who = field::person(&app.services.register, Some(form.employee), "-");
    frame.render_widget(
        Paragraph::new(vec![
            Line::from(Span::styled(who, theme.label)),
            Line::from(Span::styled(t(lang, T::ResetIntro), theme.dim)),
        ])
        .wrap(Wrap { trim: true }),
        head,
    );
    let mut lines = Vec::new();
    let mut cursor = None;
    for (i, (label, input)) in [
        (T::GateNewPassword, &form.password),
        (T::GateRepeat, &form.repeat),
    ]
    .into_iter()
    .enumerate()
    {
        let focused = i == form.focus;
        if focused {
            cursor = Some((lines.len(), input));
        }
        lines.extend(field::lines(
            t(lang, label),
            field::secret_value(input, field::value_width(fields), focused, theme),
            None,
            None,
            focused,
            theme,
        ));
    }
    frame.render_widget(Paragraph::new(lines), fields);
    if let Some((line, input)) = cursor {
        field::place_cursor(frame, fields, line, input, true);
    }
    if let Some(e) = &form.error {
        frame.render_widget(
            Paragraph::new(Span::styled(
                format!("✗ {}", crate::i18n::gate::error(lang, e)),
                theme.error,
            ))
            .wrap(Wrap { trim: true }),
            error,
        );
    }
    frame.render_widget(
        Paragraph::new(Span::styled(t(lang, T::FormFooter), theme.dim)),
        footer,
    );
}

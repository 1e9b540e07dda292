//! The sign-in screens: first admin, sign-in, password change. Passwords show as dots.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use ratatui::Frame;

use crate::app::gate::form::{GateField, GateMode, SignInForm};
use crate::i18n::common::{t, T};
use crate::i18n::Lang;
use crate::ui::kit::theme::Theme;
use crate::ui::kit::{field, popup};
use crate::ui::shell::layout::centered;

fn label(mode: GateMode, f: GateField) -> T {
    match (mode, f) {
        (GateMode::SignIn, GateField::Login) => T::GateLogin,
        (_, GateField::Login) => T::GateUsername,
        (_, GateField::Nip) => T::GateNip,
        (_, GateField::Current) => T::GateCurrent,
        (GateMode::ChangePassword { .. }, GateField::Password) => T::GateNewPassword,
        (_, GateField::Password) => T::GatePassword,
        (_, GateField::Repeat) => T::GateRepeat,
    }
}

pub fn draw(frame: &mut Frame, body: Rect, lang: Lang, form: &SignInForm, theme: &Theme) {
    let (title, intro) = match form.mode {
        GateMode::FirstAdmin => (T::GateFirstAdminTitle, T::GateFirstAdminIntro),
        GateMode::SignIn => (T::GateSignInTitle, T::GateSignInIntro),
        GateMode::ChangePassword { forced: true } => (T::GateChangeTitle, T::GateForcedIntro),
        GateMode::ChangePassword { forced: false } => (T::GateChangeTitle, T::GateChangeIntro),
    };
    // Tall enough for the four fields of the first-admin form at 80x24.
    let area = centered(body, 75, 90, 70, 16);
    let inner = popup(frame, area, t(lang, title), theme);
    let [head, fields, error, footer] = Layout::vertical([
        Constraint::Length(3),
        Constraint::Min(4),
        Constraint::Length(3),
        Constraint::Length(1),
    ])
    .areas(inner);
    frame.render_widget(
        Paragraph::new(Span::styled(t(lang, intro), theme.label)).wrap(Wrap { trim: true }),
        head,
    );
    let mut lines: Vec<Line> = Vec::new();
    let mut cursor = None;
    for (i, f) in form.fields().iter().enumerate() {
        let focused = i == form.focus;
        let input = form.input(*f);
        let value = if SignInForm::is_secret(*f) {
            field::secret_value(input, field::value_width(fields), focused, theme)
        } else {
            field::text_value(input, field::value_width(fields), focused, theme)
        };
        if focused {
            cursor = Some((lines.len(), input, SignInForm::is_secret(*f)));
        }
        lines.extend(field::lines(
            t(lang, label(form.mode, *f)),
            value,
            None,
            None,
            focused,
            theme,
        ));
    }
    frame.render_widget(Paragraph::new(lines), fields);
    if let Some((line, input, secret)) = cursor {
        field::place_cursor(frame, fields, line, input, secret);
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
        Paragraph::new(Span::styled(
            t(
                lang,
                if form.mode == (GateMode::ChangePassword { forced: false }) {
                    T::GateFooterChange
                } else {
                    T::GateFooter
                },
            ),
            theme.dim,
        )),
        footer,
    );
}

//! The add/edit employee form popup.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

use crate::app::employees::form::{EmployeeForm, FieldId, FormError, Shape};
use crate::app::App;
use crate::i18n::common::{t, T};
use crate::i18n::employees as messages;
use crate::i18n::Lang;
use crate::ui::kit::field;
use crate::ui::kit::theme::Theme;

pub fn label(f: FieldId) -> T {
    match f {
        FieldId::Nip => T::LabelNip,
        FieldId::Kind => T::LabelKind,
        FieldId::FrontTitle => T::LabelFrontTitle,
        FieldId::Name => T::LabelName,
        FieldId::BackTitle => T::LabelBackTitle,
        FieldId::Grade => T::LabelGrade,
        FieldId::Position => T::LabelPosition,
        FieldId::PositionKind => T::LabelPositionKind,
        FieldId::Unit => T::LabelUnit,
        FieldId::Supervisor => T::LabelSupervisor,
        FieldId::AppointedOn => T::LabelAppointedOn,
        FieldId::GradeSince => T::LabelGradeSince,
        FieldId::PositionSince => T::LabelPositionSince,
        FieldId::Phone => T::LabelPhone,
        FieldId::Email => T::LabelEmail,
    }
}

pub fn error_text(lang: Lang, e: &FormError, app: &App) -> String {
    match e {
        FormError::Required => t(lang, T::ErrRequired).to_string(),
        FormError::Date(crate::domain::dates::DateError::YearDigits) => {
            t(lang, T::ErrDateYear).to_string()
        }
        FormError::Date(_) => t(lang, T::ErrDate).to_string(),
        FormError::FutureDate => t(lang, T::ErrFutureDate).to_string(),
        FormError::Rule(r) => messages::rule_error(lang, r, &app.services.register),
    }
}

pub fn draw(frame: &mut Frame, area: Rect, app: &App, form: &EmployeeForm, theme: &Theme) {
    let lang = app.state.lang;
    let reg = &app.services.register;
    let title = if form.editing.is_some() {
        T::FormEditTitle
    } else {
        T::FormNewTitle
    };
    let inner = crate::ui::kit::popup(frame, area, t(lang, title), theme);
    let [body, footer] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(inner);

    let mut lines: Vec<Line> = Vec::new();
    let mut focus_line = 0;
    for (i, f) in FieldId::ORDER.iter().enumerate() {
        let focused = i == form.focus;
        if focused {
            focus_line = lines.len();
        }
        let (value, hint) = match f.shape() {
            Shape::Text => {
                let input = form.text(*f);
                let value = match input {
                    Some(input) => {
                        field::text_value(input, field::value_width(body), focused, theme)
                    }
                    None => Span::raw(""),
                };
                let hint = matches!(
                    f,
                    FieldId::AppointedOn | FieldId::GradeSince | FieldId::PositionSince
                )
                .then(|| t(lang, T::FormDateHint));
                (value, hint)
            }
            Shape::Choice => {
                let text = match f {
                    FieldId::Kind => form.kind.code().to_string(),
                    FieldId::Grade => form.grade.label(),
                    _ => form.position_kind.label(),
                };
                let style = if focused {
                    theme.field_focus
                } else {
                    ratatui::style::Style::new()
                };
                (
                    Span::styled(format!("‹ {text} ›"), style),
                    focused.then(|| t(lang, T::FormChoiceHint)),
                )
            }
            Shape::Reference => {
                let text = match f {
                    FieldId::Unit => form
                        .unit
                        .map(|u| reg.unit_path(u))
                        .unwrap_or_else(|| t(lang, T::NoneChosen).to_string()),
                    _ => field::person(reg, form.supervisor, t(lang, T::NoSupervisor)),
                };
                let style = if focused {
                    theme.field_focus
                } else {
                    ratatui::style::Style::new()
                };
                (
                    Span::styled(field::cut_width(&text, field::value_width(body)), style),
                    focused.then(|| t(lang, T::FormPickHint)),
                )
            }
        };
        // Read-only for a supervisor: shown dim, and the focus says why.
        let (value, hint) = if form.is_locked(*f) {
            (
                Span::styled(value.content, theme.dim),
                focused.then(|| t(lang, T::FieldAdminOnly)),
            )
        } else {
            (value, hint)
        };
        let error = form.error(*f).map(|e| error_text(lang, e, app));
        let mut text = t(lang, label(*f)).to_string();
        if matches!(
            f,
            FieldId::Nip | FieldId::Name | FieldId::Position | FieldId::Unit
        ) {
            text.push_str(" *");
        }
        lines.extend(field::lines(&text, value, hint, error, focused, theme));
    }
    let height = usize::from(body.height);
    let skip = field::scroll_for(focus_line + 1, height);
    let total = lines.len();
    let visible: Vec<Line> = lines.into_iter().skip(skip).collect();
    frame.render_widget(Paragraph::new(visible), body);
    // Say when fields are hidden above or below.
    let corner = |y| Rect::new(body.right().saturating_sub(2), y, 2, 1);
    if skip > 0 {
        frame.render_widget(Paragraph::new(Span::styled("▲", theme.key)), corner(body.y));
    }
    if total > skip + height {
        frame.render_widget(
            Paragraph::new(Span::styled("▼", theme.key)),
            corner(body.bottom().saturating_sub(1)),
        );
    }
    if let Some(input) = form.text(form.focused()) {
        if focus_line >= skip {
            field::place_cursor(frame, body, focus_line - skip, input, false);
        }
    }
    frame.render_widget(
        Paragraph::new(Span::styled(t(lang, T::FormFooter), theme.dim)),
        footer,
    );
}

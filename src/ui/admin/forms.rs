//! The admin screen's forms: new account, one-time password, new Plt/Plh, ending one early.
//! Each field's error is drawn under it; passwords show as dots.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use ratatui::Frame;
use tui_input::Input;

use crate::app::admin::forms::{
    AccountField, AccountForm, ActingField, ActingForm, EndField, EndForm, PasswordForm,
};
use crate::app::App;
use crate::domain::Directory;
use crate::i18n::common::{t, T};
use crate::i18n::{admin_accounts as words, admin_acting as acting_words};
use crate::ui::kit::field;
use crate::ui::kit::theme::Theme;
use crate::ui::shell::layout::centered;

/// Where the cursor goes: the line of a text field in the form's lines, its input, secret.
type Cursor<'a> = Option<(usize, &'a Input, bool)>;

pub(super) fn finish(
    frame: &mut Frame,
    inner: Rect,
    mut out: Vec<Line<'_>>,
    cursor: Cursor<'_>,
    general: Option<String>,
    lang: crate::i18n::Lang,
    theme: &Theme,
) {
    if let Some(g) = general {
        out.push(Line::from(Span::styled(format!("✗ {g}"), theme.error)));
    }
    out.push(Line::from(""));
    out.push(Line::from(Span::styled(t(lang, T::FormFooter), theme.dim)));
    let focus_line = cursor.map_or(0, |c| c.0);
    let skip = field::scroll_for(focus_line, usize::from(inner.height));
    if let Some((line, input, secret)) = cursor {
        if line >= skip {
            field::place_cursor(frame, inner, line - skip, input, secret);
        }
    }
    let shown: Vec<Line> = out.into_iter().skip(skip).collect();
    frame.render_widget(Paragraph::new(shown).wrap(Wrap { trim: false }), inner);
}

pub fn account(frame: &mut Frame, body: Rect, app: &App, f: &AccountForm, theme: &Theme) {
    let lang = app.state.lang;
    let reg = &app.services.register;
    let area = centered(body, 80, 0, 70, 16);
    let inner = crate::ui::kit::popup(frame, area, words::new_title(lang), theme);
    let w = field::value_width(inner);
    let mut out = Vec::new();
    let mut cursor = None;
    for fld in AccountField::ALL {
        let focused = f.focused() == fld;
        let value = match fld {
            AccountField::Employee => Span::styled(
                field::cut(&field::person(reg, f.employee, words::none_chosen(lang)), w),
                if focused {
                    theme.field_focus
                } else {
                    theme.info
                },
            ),
            AccountField::Username => field::text_value(&f.username, w, focused, theme),
            AccountField::Role => Span::styled(
                format!("‹ {} ›", words::role(lang, f.role)),
                if focused {
                    theme.field_focus
                } else {
                    theme.info
                },
            ),
            AccountField::Password => field::secret_value(&f.password, w, focused, theme),
            AccountField::Repeat => field::secret_value(&f.repeat, w, focused, theme),
        };
        if focused {
            cursor = match fld {
                AccountField::Username => Some((out.len(), &f.username, false)),
                AccountField::Password => Some((out.len(), &f.password, true)),
                AccountField::Repeat => Some((out.len(), &f.repeat, true)),
                AccountField::Employee | AccountField::Role => None,
            };
        }
        out.extend(field::lines(
            words::label(lang, fld),
            value,
            focused.then(|| words::field_hint(lang, fld)),
            f.error(fld).map(|e| words::error(lang, e)),
            focused,
            theme,
        ));
    }
    let general = f.general.as_ref().map(|e| words::error(lang, e));
    finish(frame, inner, out, cursor, general, lang, theme);
}

pub fn password(frame: &mut Frame, body: Rect, app: &App, f: &PasswordForm, theme: &Theme) {
    let lang = app.state.lang;
    let area = centered(body, 80, 0, 70, 11);
    let inner = crate::ui::kit::popup(frame, area, words::reset_title(lang), theme);
    let w = field::value_width(inner);
    let mut out = vec![
        Line::from(Span::styled(f.username.clone(), theme.label)),
        Line::from(Span::styled(words::reset_intro(lang), theme.dim)),
    ];
    let mut cursor = None;
    for (i, (label, input)) in [
        (words::new_password(lang), &f.password),
        (words::repeat(lang), &f.repeat),
    ]
    .into_iter()
    .enumerate()
    {
        let focused = i == f.focus;
        if focused {
            cursor = Some((out.len(), input, true));
        }
        out.extend(field::lines(
            label,
            field::secret_value(input, w, focused, theme),
            None,
            None,
            focused,
            theme,
        ));
    }
    let general = f.error.as_ref().map(|e| words::error(lang, e));
    finish(frame, inner, out, cursor, general, lang, theme);
}

pub fn acting(frame: &mut Frame, body: Rect, app: &App, f: &ActingForm, theme: &Theme) {
    let lang = app.state.lang;
    let reg = &app.services.register;
    let area = centered(body, 80, 0, 70, 16);
    let inner = crate::ui::kit::popup(frame, area, acting_words::new_title(lang), theme);
    let w = field::value_width(inner);
    let mut out = Vec::new();
    let mut cursor = None;
    for fld in ActingField::ALL {
        let focused = f.focused() == fld;
        let person = |id| {
            Span::styled(
                field::cut(&field::person(reg, id, words::none_chosen(lang)), w),
                if focused {
                    theme.field_focus
                } else {
                    theme.info
                },
            )
        };
        let value = match fld {
            ActingField::Acting => person(f.acting),
            ActingField::For => person(f.for_supervisor),
            ActingField::From => field::text_value(&f.from, w, focused, theme),
            ActingField::To => field::text_value(&f.to, w, focused, theme),
            ActingField::Reason => field::text_value(&f.reason, w, focused, theme),
        };
        if focused {
            cursor = match fld {
                ActingField::From => Some((out.len(), &f.from, false)),
                ActingField::To => Some((out.len(), &f.to, false)),
                ActingField::Reason => Some((out.len(), &f.reason, false)),
                ActingField::Acting | ActingField::For => None,
            };
        }
        out.extend(field::lines(
            acting_words::label(lang, fld),
            value,
            focused.then(|| acting_words::field_hint(lang, fld)),
            f.error(fld).map(|e| words::error(lang, e)),
            focused,
            theme,
        ));
    }
    finish(frame, inner, out, cursor, None, lang, theme);
}

pub fn end(frame: &mut Frame, body: Rect, app: &App, f: &EndForm, theme: &Theme) {
    let lang = app.state.lang;
    let reg = &app.services.register;
    let area = centered(body, 80, 0, 70, 12);
    let inner = crate::ui::kit::popup(frame, area, acting_words::end_title(lang), theme);
    let w = field::value_width(inner);
    let a = &f.assignment;
    let name = |id| {
        reg.employee(id)
            .map(|e| e.full_name())
            .unwrap_or_else(|| "-".into())
    };
    let subject = acting_words::end_subject(
        lang,
        &name(a.acting),
        &name(a.for_supervisor),
        &acting_words::period(lang, a.from, a.to),
    );
    let mut out = vec![
        Line::from(Span::styled(subject, theme.label)),
        Line::from(""),
    ];
    let mut cursor = None;
    for (fld, label, input) in [
        (EndField::On, acting_words::end_on(lang), &f.on),
        (EndField::Reason, acting_words::end_reason(lang), &f.reason),
    ] {
        let focused = f.focused() == fld;
        if focused {
            cursor = Some((out.len(), input, false));
        }
        out.extend(field::lines(
            label,
            field::text_value(input, w, focused, theme),
            (focused && fld == EndField::On)
                .then(|| acting_words::field_hint(lang, ActingField::To)),
            f.error(fld).map(|e| words::error(lang, e)),
            focused,
            theme,
        ));
    }
    finish(frame, inner, out, cursor, None, lang, theme);
}

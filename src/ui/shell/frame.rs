//! Draws the whole app from state. Reads only.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};
use ratatui::Frame;

use super::layout;
use crate::app::keymap::Context;
use crate::app::shell::state::{Popup, Screen};
use crate::app::App;
use crate::i18n::common::{t, T};
use crate::ui::kit::theme::Theme;

pub fn draw(frame: &mut Frame, app: &App, theme: &Theme) {
    let area = frame.area();
    if layout::too_small(area) {
        draw_too_small(frame, area, app, theme);
        return;
    }
    let lang = app.state.lang;
    let f = layout::frame(area);
    let mut title = vec![
        Span::styled(t(lang, T::AppTitle), theme.title),
        Span::raw("  "),
        Span::styled(app.services.store.path().display().to_string(), theme.dim),
    ];
    if let Some(s) = &app.state.session {
        let role = match s.account.role {
            crate::domain::Role::Admin => T::RoleAdmin,
            crate::domain::Role::Appraiser => T::RoleAppraiser,
        };
        // While acting for someone today, the role says so (and for whom).
        let today = app.state.today;
        let acting: Vec<String> = s
            .viewer
            .acting
            .iter()
            .filter(|a| a.from <= today && today <= a.to)
            .map(|a| crate::domain::Directory::employee(&app.services.register, a.for_supervisor))
            .map(|e| e.map(|e| e.full_name()).unwrap_or_default())
            .collect();
        let mut role = t(lang, role).to_string();
        if !acting.is_empty() {
            role.push_str(" · ");
            role.push_str(&crate::i18n::acting::acting_title(lang, &acting));
        }
        title.push(Span::raw("  "));
        title.push(Span::styled(
            format!("[{} · {role}]", s.account.username),
            theme.key,
        ));
    }
    frame.render_widget(Paragraph::new(Line::from(title)), f.title);
    if let Some(gate) = &app.state.gate {
        crate::ui::gate::draw(frame, f.body, lang, gate, theme);
    } else {
        draw_tabs(frame, f.tabs, app, theme);
        match app.state.screen {
            Screen::Employees => crate::ui::employees::draw(frame, f.body, app, theme),
            Screen::Audit => crate::ui::audit::draw(frame, f.body, app, theme),
            Screen::Plans => crate::ui::plans::draw(frame, f.body, app, theme),
            Screen::Reviews => crate::ui::reviews::draw(frame, f.body, app, theme),
            Screen::History => crate::ui::history::draw(frame, f.body, app, theme),
            Screen::Agenda => crate::ui::agenda::draw(frame, f.body, app, theme),
            Screen::Sessions => crate::ui::feedback::draw(frame, f.body, app, theme),
        }
    }
    // A message too long for its row takes the key hints' row too: what just happened
    // matters more than the keys, which `?` lists anyway.
    let mut hints_free = true;
    if let Some(status) = &app.state.status {
        let style = if status.error {
            theme.error
        } else {
            theme.info
        };
        let text = crate::i18n::notice::notice(lang, &status.notice, &app.services.register);
        let mut area = f.status;
        if unicode_width::UnicodeWidthStr::width(text.as_str()) > usize::from(area.width) {
            area.height += f.hints.height;
            hints_free = false;
        }
        frame.render_widget(
            Paragraph::new(Span::styled(text, style)).wrap(Wrap { trim: true }),
            area,
        );
    }
    // The most used keys of the screen in view; `?` lists them all. Under a popup its own
    // footer names its keys: the screen's would be wrong there.
    let hint = match app.state.base_context() {
        _ if !app.state.popups.is_empty() => None,
        Context::Gate => None,
        Context::Audit(_) => Some(T::StatusHintAudit),
        Context::Plans(c) => Some(crate::ui::plans::hint(c)),
        Context::Reviews(c) => Some(crate::ui::reviews::hint(c)),
        Context::History(c) => Some(crate::ui::history::hint(c)),
        Context::Agenda(_) => Some(crate::ui::agenda::hint()),
        Context::Feedback(c) => Some(crate::ui::feedback::hint(c)),
        Context::Placeholder => Some(T::StatusHintPlaceholder),
        _ if app.state.can_manage_register() => Some(T::StatusHint),
        _ => Some(T::StatusHintSupervisor),
    };
    if let Some(hint) = hint.filter(|_| hints_free) {
        frame.render_widget(
            Paragraph::new(Span::styled(t(lang, hint), theme.dim)),
            f.hints,
        );
    }
    for popup in &app.state.popups {
        match popup {
            Popup::Help => super::help::draw(frame, f.body, app, theme),
            Popup::Employees(p) => crate::ui::employees::draw_popup(frame, f.body, app, p, theme),
            Popup::Plans(p) => crate::ui::plans::draw_popup(frame, f.body, app, p, theme),
            Popup::Reviews(p) => crate::ui::reviews::draw_popup(frame, f.body, app, p, theme),
            Popup::Feedback(p) => crate::ui::feedback::draw_popup(frame, f.body, app, p, theme),
            Popup::Settings(s) => crate::ui::settings::draw(frame, f.body, lang, s, theme),
            Popup::Admin(p) => crate::ui::admin::draw_popup(frame, f.body, app, p, theme),
            Popup::Picker(p) => super::picker::draw(frame, f.body, lang, p, theme),
            Popup::Confirm(c) => super::confirm::draw(frame, f.body, lang, c, theme),
        }
    }
}

fn draw_tabs(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let lang = app.state.lang;
    let mut spans = Vec::new();
    // Seven tabs fit 80 columns with a narrow separator.
    let sep = if area.width >= 96 { " │ " } else { "│" };
    for (i, s) in Screen::ALL.iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled(sep, theme.dim));
        }
        let style = if *s == app.state.screen {
            theme.tab_active
        } else {
            theme.tab
        };
        spans.push(Span::styled(format!("{i} "), theme.key));
        spans.push(Span::styled(t(lang, s.title()), style));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn draw_too_small(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    frame.render_widget(Clear, area);
    let text = format!(
        "{}\n({}x{})",
        t(app.state.lang, T::TooSmall),
        area.width,
        area.height
    );
    frame.render_widget(
        Paragraph::new(text)
            .style(theme.error)
            .wrap(Wrap { trim: true }),
        area,
    );
}

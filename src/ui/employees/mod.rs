//! The employees screen: filter line, list or organisation tree, detail pane.

pub mod deactivate;
mod detail;
pub mod form;
mod list;
pub mod reset;
pub mod unit_form;

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

use crate::app::employees::Popup;
use crate::app::App;
use crate::i18n::common::{t, T};
use crate::i18n::employees as messages;
use crate::ui::kit::field;
use crate::ui::kit::theme::Theme;
use crate::ui::shell::layout;
use unicode_width::UnicodeWidthStr;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let l = layout::employees_fitted(area, app.state.list.rows.len() + 1);
    draw_filter(frame, l.filter, app, theme);
    list::draw(frame, l.list, app, theme);
    detail::draw(frame, l.detail, app, theme);
}

fn draw_filter(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let lang = app.state.lang;
    let list = &app.state.list;
    let total = list.total();
    let label = format!("{}: ", t(lang, T::FilterLabel));
    let label_width = label.width();
    let view = if list.tree { T::TreeView } else { T::FlatView };
    let tail = format!(
        "  {} · {}",
        messages::matches(lang, list.match_count(), total),
        t(lang, view)
    );
    let width = field::inline_width(area, label_width, tail.width());
    let label_width = u16::try_from(label_width).unwrap_or(u16::MAX);
    let mut spans = vec![Span::styled(label, theme.label)];
    let mut cur = 0;
    if list.filtering {
        let (typed, col) = field::inline_input(&list.filter, width, theme.field_focus);
        spans.push(typed);
        cur = col;
    } else if list.query().is_empty() {
        spans.push(Span::styled(t(lang, T::FilterHint), theme.dim));
    } else {
        spans.push(Span::raw(field::cut_width(list.query(), width)));
    }
    spans.push(Span::styled(tail, theme.dim));
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
    if list.filtering {
        let x = area.x.saturating_add(label_width).saturating_add(cur);
        frame.set_cursor_position((x.min(area.right().saturating_sub(1)), area.y));
    }
}

/// One of the screen's forms, over whatever is under it.
pub fn draw_popup(frame: &mut Frame, area: Rect, app: &App, popup: &Popup, theme: &Theme) {
    match popup {
        Popup::Employee(form) => self::form::draw(frame, area, app, form, theme),
        Popup::Deactivate(form) => deactivate::draw(frame, area, app, form, theme),
        Popup::Unit(form) => unit_form::draw(frame, area, app, form, theme),
        Popup::ResetPassword(form) => reset::draw(frame, area, app, form, theme),
    }
}

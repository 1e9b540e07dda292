//! The Penilaian tab: the team grid with the distribution panel, and the scoring form.

mod form;
mod grid;
mod panel;

use ratatui::layout::Rect;
use ratatui::Frame;

use crate::app::reviews::{Context, Popup, ReviewText as X};
use crate::app::App;
use crate::i18n::common::T;
use crate::ui::kit::theme::Theme;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    grid::draw(frame, area, app, theme);
}

pub fn draw_popup(frame: &mut Frame, area: Rect, app: &App, p: &Popup, theme: &Theme) {
    match p {
        Popup::Scoring(f) => form::draw(frame, area, app, f, theme),
        Popup::Reason(f) => form::draw_reason(frame, area, app.state.lang, f, theme),
        Popup::Entry(f) => form::draw_entry(frame, area, app.state.lang, f, theme),
    }
}

/// The hint line of each place on the tab.
pub fn hint(ctx: Context) -> T {
    T::Reviews(match ctx {
        Context::Grid => X::HintGrid,
        Context::Form => X::HintForm,
        Context::Signed => X::HintSigned,
    })
}

//! Tab 4, Dialog Kinerja: the list of people with their year of feedback, the selected
//! person's sessions and notes, and the tab's forms.

mod forms;
mod list;

use ratatui::layout::Rect;
use ratatui::Frame;

use crate::app::feedback::tab::{Context, Popup, SessionText as X};
use crate::app::App;
use crate::i18n::common::T;
use crate::ui::kit::theme::Theme;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    list::draw(frame, area, app, theme);
}

pub fn draw_popup(frame: &mut Frame, area: Rect, app: &App, p: &Popup, theme: &Theme) {
    let lang = app.state.lang;
    match p {
        Popup::Session(f) => forms::draw_session(frame, area, lang, f, theme),
        Popup::FollowUp(f) => forms::draw_follow_up(frame, area, lang, f, theme),
        Popup::Review(f) => forms::draw_review(frame, area, lang, f, theme),
        Popup::Note(f) => forms::draw_note(frame, area, lang, f, theme),
    }
}

/// The hint line of each place on the tab.
pub fn hint(ctx: Context) -> T {
    T::Sessions(match ctx {
        Context::List => X::HintList,
        Context::Entries => X::HintEntries,
        Context::Editor => X::HintEditor,
        Context::SubForm => X::HintSubForm,
    })
}

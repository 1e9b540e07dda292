//! The admin screen (accounts, Plt/Plh) and its forms: `lists.rs` the two lists over the
//! whole body, `forms.rs` the four forms, `keys.rs` an account's SSH keys and the form of a
//! new one.

mod forms;
mod keys;
mod lists;

use ratatui::layout::Rect;
use ratatui::Frame;

use crate::app::admin::Popup;
use crate::app::App;
use crate::ui::kit::theme::Theme;

pub fn draw_popup(frame: &mut Frame, body: Rect, app: &App, popup: &Popup, theme: &Theme) {
    match popup {
        Popup::Screen(v) => lists::draw(frame, body, app, v, theme),
        Popup::Account(f) => forms::account(frame, body, app, f, theme),
        Popup::Password(f) => forms::password(frame, body, app, f, theme),
        Popup::Acting(f) => forms::acting(frame, body, app, f, theme),
        Popup::End(f) => forms::end(frame, body, app, f, theme),
        Popup::Keys(w) => keys::window(frame, body, app, w, theme),
        Popup::KeyAdd(f) => keys::add(frame, body, app, f, theme),
    }
}

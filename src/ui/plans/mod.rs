//! The SKP tab: the progress overview, one plan, the cascade, and the SKP forms.

mod cascade;
mod form;
mod overview;
mod plan;

use ratatui::layout::Rect;
use ratatui::Frame;

use crate::app::plans::view::Mode;
use crate::app::plans::{Context, PlanText as X, Popup};
use crate::app::App;
use crate::i18n::common::T;
use crate::ui::kit::theme::Theme;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    match app.state.plans.mode {
        Mode::Overview => overview::draw(frame, area, app, theme),
        Mode::Plan => plan::draw(frame, area, app, theme),
        Mode::Cascade => cascade::draw(frame, area, app, theme),
    }
}

pub fn draw_popup(frame: &mut Frame, area: Rect, app: &App, p: &Popup, theme: &Theme) {
    match p {
        Popup::Form(f) => form::draw(frame, area, app.state.lang, f, theme),
    }
}

/// The hint line of each place on the tab.
pub fn hint(ctx: Context) -> T {
    T::Plans(match ctx {
        Context::Overview | Context::Filter => X::HintOverview,
        Context::Plan => X::HintPlan,
        Context::Cascade => X::HintCascade,
    })
}

/// A small gauge of an achievement: ten cells, full at 100 %, a `+` beyond.
pub fn gauge(hundredths: i64) -> String {
    let cells = (hundredths.clamp(0, 10_000) / 1_000) as usize;
    let mut s = "█".repeat(cells);
    s.push_str(&"░".repeat(10 - cells));
    if hundredths > 10_000 {
        s.push('+');
    }
    s
}

/// `94,67 %` in Indonesian, `94.67 %` in English.
pub fn percent(lang: crate::i18n::Lang, hundredths: i64) -> String {
    let s = format!("{}.{:02} %", hundredths / 100, (hundredths % 100).abs());
    match lang {
        crate::i18n::Lang::Id => s.replace('.', ","),
        crate::i18n::Lang::En => s,
    }
}

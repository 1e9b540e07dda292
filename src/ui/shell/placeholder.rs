//! Screens of later issues: say plainly that they are not available yet.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};
use ratatui::Frame;

use crate::app::shell::state::Screen;
use crate::i18n::common::{t, T};
use crate::i18n::Lang;
use crate::ui::kit::theme::Theme;

pub fn draw(frame: &mut Frame, area: Rect, lang: Lang, screen: Screen, theme: &Theme) {
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border)
        .title(Span::styled(
            format!(" {} ", t(lang, screen.title())),
            theme.title,
        ));
    let text = vec![
        Line::from(""),
        Line::from(Span::styled(t(lang, T::NotYetAvailable), theme.label)),
        Line::from(""),
        Line::from(Span::styled(t(lang, T::NotYetAvailableHint), theme.dim)),
    ];
    frame.render_widget(
        Paragraph::new(text).block(block).wrap(Wrap { trim: true }),
        area,
    );
}

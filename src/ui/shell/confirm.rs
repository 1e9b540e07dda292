//! A yes/no question.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};
use ratatui::Frame;

use crate::app::shell::state::{Confirm, OnYes};
use crate::i18n::common::{t, T};
use crate::i18n::Lang;
use crate::ui::kit::theme::Theme;
use crate::ui::shell::layout::centered;

pub fn draw(frame: &mut Frame, body: Rect, lang: Lang, c: &Confirm, theme: &Theme) {
    let question = match &c.subject {
        Some(subject) => format!("{} {subject}", t(lang, c.question)),
        None => t(lang, c.question).to_string(),
    };
    let keys = match c.on_yes {
        OnYes::RestoreDraft { .. } => T::ConfirmDraftKeys,
        _ => T::ConfirmYesNo,
    };
    let area = centered(body, 60, 30, 50, 7);
    frame.render_widget(Clear, area);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border_focus)
        .title(Span::styled(
            format!(" {} ", t(lang, T::ConfirmTitle)),
            theme.title,
        ));
    frame.render_widget(
        Paragraph::new(vec![
            Line::from(Span::styled(question, theme.label)),
            Line::from(""),
            Line::from(Span::styled(t(lang, keys), theme.key)),
        ])
        .wrap(Wrap { trim: true })
        .block(block),
        area,
    );
}

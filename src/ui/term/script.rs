//! `kinerja script`: the same app state, update and render code, headless on a `TestBackend`,
//! driven by a file of key tokens (one per line). Used by tests and bug reports.

use std::path::Path;

use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::Terminal;

use crate::app::kit::key::Key;
use crate::app::{App, Services};
use crate::i18n::Lang;

use crate::ui::kit::theme::Theme;
use crate::ui::shell::frame as render;
use crate::ui::sync_viewport;

/// One step of a script.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    Key(Key),
    Text(String),
    Dump,
}

/// Parses a script: blank lines and `#` comments are skipped; `text:…` types the rest of the
/// line; `dump` prints the screen; anything else must be a key token.
pub fn parse(script: &str, lang: Lang) -> Result<Vec<Step>, String> {
    let mut steps = Vec::new();
    for (n, raw) in script.lines().enumerate() {
        let line = raw.trim_end_matches('\r');
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        if let Some(text) = line.trim_start().strip_prefix("text:") {
            steps.push(Step::Text(text.to_string()));
        } else if trimmed.eq_ignore_ascii_case("dump") {
            steps.push(Step::Dump);
        } else {
            match Key::parse(trimmed) {
                Some(k) => steps.push(Step::Key(k)),
                None => return Err(crate::i18n::term::unknown_token(lang, n + 1, trimmed)),
            }
        }
    }
    Ok(steps)
}

/// The screen as text, one line per row, trailing spaces trimmed.
pub fn buffer_text(buf: &Buffer) -> String {
    let area = buf.area;
    let mut out = String::new();
    for y in area.top()..area.bottom() {
        let mut line = String::new();
        for x in area.left()..area.right() {
            if let Some(cell) = buf.cell((x, y)) {
                line.push_str(cell.symbol());
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// Runs `steps` and returns every dump plus the final screen.
pub fn run_steps(app: &mut App, steps: &[Step], size: (u16, u16)) -> Result<String, String> {
    let theme = Theme::plain();
    let mut terminal =
        Terminal::new(TestBackend::new(size.0, size.1)).map_err(|e| e.to_string())?;
    let area = Rect::new(0, 0, size.0, size.1);
    let mut out = String::new();
    let mut draw = |app: &mut App, out: &mut String| -> Result<(), String> {
        sync_viewport(app, area);
        let frame = terminal
            .draw(|f| render::draw(f, app, &theme))
            .map_err(|e| e.to_string())?;
        out.push_str(&buffer_text(frame.buffer));
        Ok(())
    };
    for step in steps {
        if app.state.quit {
            break;
        }
        sync_viewport(app, area);
        match step {
            Step::Key(k) => {
                if crate::ui::accepts_key(area, *k) {
                    app.handle_key(*k);
                }
            }
            Step::Text(text) => {
                for c in text.chars().map(Key::ch) {
                    if crate::ui::accepts_key(area, c) {
                        app.handle_key(c);
                    }
                }
            }
            Step::Dump => {
                draw(app, &mut out)?;
                out.push_str("----\n");
            }
        }
    }
    draw(app, &mut out)?;
    Ok(out)
}

/// Runs the app headless: one key token per line of `keys`; returns every dump plus the final
/// screen. An unknown token is an error naming its line. With a session the app runs as that
/// signed-in person; without one as the local operator (only for a database without accounts:
/// the CLI checks that).
pub fn run_script(
    services: Services,
    lang: Lang,
    keys: &Path,
    size: (u16, u16),
    session: Option<crate::app::services::auth::Session>,
) -> Result<String, String> {
    let script = std::fs::read_to_string(keys).map_err(|e| {
        crate::i18n::term::cannot_read(lang, &keys.display().to_string(), &e.to_string())
    })?;
    let steps = parse(&script, lang)?;
    let app = match session {
        Some(s) => App::signed_in(services, lang, s),
        None => App::new(services, lang),
    };
    let mut app = app.with_terms(&crate::i18n::common::Words);
    run_steps(&mut app, &steps, size)
}

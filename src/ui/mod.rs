//! Terminal user interface: screens, widgets, theme, key map. Rendering only reads state.
//! STUB: the real TUI is being written.

use std::path::Path;

use crate::app::Services;
use crate::i18n::Lang;

/// Runs the interactive TUI until the user quits. The store is already open (so a lock error
/// printed before raw mode), and the terminal is restored on every way out.
pub fn run_tui(_services: Services, _lang: Lang) -> std::io::Result<()> {
    Ok(())
}

/// Runs the app headless on a `TestBackend`: one key token per line of `keys`, `dump` prints the
/// screen; returns every dump plus the final screen. Unknown tokens are an error naming the line.
pub fn run_script(
    _services: Services,
    _lang: Lang,
    _keys: &Path,
    _size: (u16, u16),
) -> Result<String, String> {
    Ok(String::new())
}

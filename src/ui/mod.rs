//! Terminal user interface: `term/` (terminal, input, log, scripts), `shell/` (frame, popups,
//! help), `kit/` (theme, fields), one folder per feature. Rendering only reads state; keys
//! become app `Key`s here and go through the app's key map and update path.

pub mod admin;
pub mod agenda;
pub mod audit;
pub mod employees;
pub mod feedback;
pub mod gate;
pub mod history;
pub mod kit;
pub mod plans;
pub mod reviews;
pub mod settings;
pub mod shell;
pub mod ssh;
pub mod term;

use shell::{frame, layout};
use term::{input, log, terminal};

use crossterm::event::{self, Event, KeyEventKind};

use crate::app::shell::update::Msg;
use crate::app::{App, Services};
use crate::i18n::Lang;

pub use term::script::run_script;

/// Tells the app how many rows the list and pickers have at this size.
pub fn sync_viewport(app: &mut App, area: ratatui::layout::Rect) {
    let (list_rows, picker_rows) = layout::viewports(area);
    // Every view that scrolls is compared: one reset (the audit view at a sign-out) must not
    // keep a stale height until the window is resized.
    if app.state.list.viewport != list_rows
        || app.state.audit.scroll.viewport != list_rows
        || app.state.picker_rows != picker_rows
    {
        app.dispatch(Msg::Viewport {
            list_rows,
            picker_rows,
        });
    }
}

/// Below the minimum size the screen shows only a notice, so only quitting keys act.
pub fn accepts_key(area: ratatui::layout::Rect, key: crate::app::kit::key::Key) -> bool {
    use crate::app::kit::key::Key;
    !layout::too_small(area) || key == Key::ch('q') || key == Key::ctrl('c')
}

/// Why the register could not be read, when the session ended on that (see
/// `Services::loading`): the caller reports it once the terminal is back.
pub type Unreadable = Option<std::sync::Arc<crate::store::StoreError>>;

/// Runs the interactive TUI until the user quits. The store is already open (so a lock error
/// printed before raw mode), and the terminal is restored on every way out.
/// Everyone signs in first (the first run creates the admin account).
pub fn run_tui(services: Services, lang: Lang) -> std::io::Result<Unreadable> {
    run_tui_as(services, lang, None)
}

/// The same, already signed in as `session` when given (`kinerja demo --as NIP`).
pub fn run_tui_as(
    services: Services,
    lang: Lang,
    session: Option<crate::app::services::auth::Session>,
) -> std::io::Result<Unreadable> {
    let log_path = log::init(&log::path_for(services.store.path()));
    terminal::install_panic_hook(lang, log_path);
    let theme = kit::theme::Theme::from_env();
    let mut app = match session {
        Some(s) => App::signed_in(services, lang, s),
        None => App::with_sign_in(services, lang),
    }
    .with_terms(&crate::i18n::common::Words);
    let mut guard = terminal::TerminalGuard::enter()?;
    ::log::info!("started on {}", app.services.store.path().display());
    loop {
        let size = guard.terminal.size()?;
        sync_viewport(
            &mut app,
            ratatui::layout::Rect::new(0, 0, size.width, size.height),
        );
        guard.terminal.draw(|f| frame::draw(f, &app, &theme))?;
        if app.state.quit {
            break;
        }
        // Debug builds only: lets the end-to-end tests check the terminal and the log on a panic.
        #[cfg(debug_assertions)]
        if std::env::var_os("KINERJA_TEST_PANIC").is_some() {
            panic!("KINERJA_TEST_PANIC is set");
        }
        // Waiting for a key, the runtime writes a draft once typing has paused.
        if !event::poll(std::time::Duration::from_millis(250))? {
            app.tick();
            continue;
        }
        match event::read()? {
            Event::Key(k) if k.kind != KeyEventKind::Release => {
                let area = ratatui::layout::Rect::new(0, 0, size.width, size.height);
                if let Some(key) = input::from_crossterm(k).filter(|key| accepts_key(area, *key)) {
                    app.handle_key(key);
                }
            }
            // A paste is text: it goes into a focused text field, never run as key commands.
            Event::Paste(text) => app.paste(&text),
            _ => {}
        }
    }
    ::log::info!("quit");
    Ok(app.services.register_error())
}

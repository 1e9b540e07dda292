//! The start of `kinerja` as its user sees it, for both benches (included with `#[path]`).
//!
//! The TUI opens the store, draws the sign-in screen and reads the register on another thread
//! meanwhile (`Services::loading`); the sign-in waits for it. So a start is measured as:
//! - first frame: `Store::open` + `Services::loading` + `App::with_sign_in` + one frame (the
//!   sign-in screen, or the first-admin screen on a database without accounts);
//! - register ready: from the start until `await_register` returns, i.e. when someone who
//!   signed in at once could work (typing a name and a password takes longer);
//! - sign-in: an admin's session handed to the app (`Msg::GateDone`: the list built for them)
//!   and the list's first frame, once the register is in. Argon2 and reading the accounts
//!   are left out: they are the same before and after the change.
//! - the start before the change, for comparison: `Store::open` + `Services::new` (the
//!   register read first) + `App::new` + one frame (the list); `kinerja script` still starts so.

use std::path::Path;
use std::time::{Duration, Instant};

use kinerja::app::services::auth::Session;
use kinerja::app::shell::update::Msg;
use kinerja::app::{App, Services};
use kinerja::domain::{Account, AccountId, Role, Viewer};
use kinerja::i18n::Lang;
use kinerja::store::Store;
use kinerja::ui::kit::theme::Theme;
use kinerja::ui::shell::frame as render;
use kinerja::ui::sync_viewport;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;
use ratatui::Terminal;

/// One start, its parts measured from the same instant.
pub struct Start {
    pub open: Duration,
    /// `Services::loading` + `App::with_sign_in`.
    pub state: Duration,
    pub draw: Duration,
    /// Start to the sign-in screen drawn.
    pub first_frame: Duration,
    /// Start to the register in memory.
    pub ready: Duration,
    /// The admin's sign-in handed to the app, to the list drawn.
    pub sign_in: Duration,
}

fn frame(app: &mut App, width: u16, height: u16, theme: &Theme) -> String {
    let mut term = Terminal::new(TestBackend::new(width, height)).expect("terminal");
    sync_viewport(app, Rect::new(0, 0, width, height));
    term.draw(|f| render::draw(f, app, theme)).expect("draw");
    let buf = term.backend().buffer();
    buf.content().iter().map(|c| c.symbol()).collect()
}

fn admin() -> Session {
    Session {
        account: Account {
            id: AccountId(1),
            username: "bench".into(),
            employee: None,
            role: Role::Admin,
            password_hash: String::new(),
            must_change_password: false,
            disabled: false,
            failed_attempts: 0,
            locked_until_ms: None,
        },
        viewer: Viewer {
            role: Role::Admin,
            employee: None,
            acting: Vec::new(),
        },
    }
}

/// A store this process has just dropped stays locked until sled's background threads let go
/// of the file; `Store::open` waits for that in steps of 10 ms. A user's start is a new
/// process, which never waits so: give the last one time to let go before timing an open.
fn settle() {
    std::thread::sleep(Duration::from_millis(300));
}

/// One start of the TUI on `db`; the store is closed again when it returns.
pub fn start(db: &Path, width: u16, height: u16, theme: &Theme) -> Start {
    settle();
    let t = Instant::now();
    let store = Store::open(db).expect("open");
    let open = t.elapsed();
    let mut app = App::with_sign_in(Services::loading(store, "bench"), Lang::Id);
    let state = t.elapsed();
    let screen = frame(&mut app, width, height, theme);
    let first_frame = t.elapsed();
    assert!(
        app.state.gate.is_some(),
        "not the sign-in screen:\n{screen}"
    );
    app.services.await_register().expect("register");
    let ready = t.elapsed();
    let s = Instant::now();
    app.dispatch(Msg::GateDone(Ok(admin())));
    let list = frame(&mut app, width, height, theme);
    let sign_in = s.elapsed();
    assert!(
        app.state.gate.is_none() && list.contains("NIP"),
        "not the list:\n{list}"
    );
    Start {
        open,
        state: state - open,
        draw: first_frame - state,
        first_frame,
        ready,
        sign_in,
    }
}

/// The start before the register was read on another thread: open, read, state, first frame
/// (the list, as `kinerja script` draws it). Returns the total.
pub fn start_reading_first(db: &Path, width: u16, height: u16, theme: &Theme) -> Duration {
    settle();
    let t = Instant::now();
    let store = Store::open(db).expect("open");
    let mut app = App::new(Services::new(store, "bench").expect("load"), Lang::Id);
    let list = frame(&mut app, width, height, theme);
    let total = t.elapsed();
    assert!(list.contains("NIP"), "not the list:\n{list}");
    total
}

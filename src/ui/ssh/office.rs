//! The office loop: one thread owns the services (store, register, lock-out counts) and every
//! session's app state. Sessions send it their input; it moves the services into that
//! session's `App`, runs the same update and draw code as the local terminal, and moves them
//! back. Commands and sign-ins are so serialized; drawing never waits on a client (frames go
//! into a bounded queue, see [`super::ChannelWriter`]).

use std::collections::HashMap;
use std::sync::atomic::Ordering;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::app::kit::draft::Debounce;
use crate::app::kit::key::Key;
use crate::app::services::auth::Session;
use crate::app::shell::state::AppState;
use crate::app::{App, Services};
use crate::domain::Viewer;
use crate::i18n::Lang;
use crate::ui::kit::theme::Theme;
use crate::ui::shell::frame;

use super::keys::Event;
use super::{terminal, ChannelWriter, SshTerminal};

/// How often the loop writes drafts whose typing has paused.
const TICK: Duration = Duration::from_millis(250);

/// The longest a behind session waits to be read again, however slow its screen is to read.
const MAX_REFRESH_WAIT: Duration = Duration::from_secs(30);

/// A screen that took longer than this to read again is not read again at other sessions'
/// changes (it would stall every session each time); it says that data changed instead.
const SLOW_READ: Duration = Duration::from_millis(300);

/// A session's number, given when its connection is accepted.
pub type SeatId = u64;

/// What the sessions (and the server) ask of the loop.
pub enum Input {
    /// A password sign-in, first step: the hash to verify the password against (a dummy
    /// one for unknown users), or `None` when the store cannot be read.
    HashFor {
        user: String,
        reply: tokio::sync::oneshot::Sender<Option<String>>,
    },
    /// The second step, after argon2 ran off the loop: the session, or `None` (never why).
    SignIn {
        user: String,
        checked_hash: String,
        matched: bool,
        reply: tokio::sync::oneshot::Sender<Option<Session>>,
    },
    /// A key offered for `user` (normalized `ssh-ed25519 BASE64`): whether it is registered
    /// for that user's usable account. Nothing is written.
    KeyKnown {
        user: String,
        key_line: String,
        reply: tokio::sync::oneshot::Sender<bool>,
    },
    /// A key sign-in whose signature the server checked: the session, or `None` (never why).
    KeySignIn {
        user: String,
        key_line: String,
        reply: tokio::sync::oneshot::Sender<Option<Session>>,
    },
    /// The shell started: the seat opens signed in as `session`, drawing to `writer`.
    Open {
        seat: SeatId,
        session: Box<Session>,
        writer: ChannelWriter,
        cols: u16,
        rows: u16,
        /// No colours: the client's `TERM` is `dumb` or it sent `NO_COLOR`.
        plain: bool,
    },
    Key(SeatId, Key),
    Paste(SeatId, String),
    Resize(SeatId, u16, u16),
    /// The client went away (EOF, close, dropped connection).
    Closed(SeatId),
    /// The argon2 work a seat's effect waited for, done off the loop.
    Prepared(
        SeatId,
        Result<crate::app::services::passwords::Prepared, crate::store::StoreError>,
    ),
    /// The server stops: drafts are written, every seat closed.
    Shutdown,
}

/// One session's own part: everything of an `App` except the services, and its terminal.
struct Seat {
    state: AppState,
    drafts: Debounce,
    actor: String,
    viewer: Option<Viewer>,
    term: SshTerminal,
    writer: ChannelWriter,
    cols: u16,
    rows: u16,
    /// The last key, paste or resize: the idle timeout counts from it.
    last_input: Instant,
    /// No colours (see [`Input::Open`]).
    plain: bool,
    /// The services' change count its screen was read at (`Shared::generation`).
    seen: u64,
    /// Not read again before this: a screen slow to read waits longer (see [`catch_up`]).
    refresh_after: Instant,
    /// The screen whose last reading took longer than [`SLOW_READ`].
    slow_on: Option<crate::app::shell::state::Screen>,
    /// Keys and pastes typed while an effect of this seat waits for its argon2 work
    /// (`AppState::deferred`, until `Input::Prepared`), handled in order after it.
    held: Vec<Event>,
}

/// Where argon2 work goes, and how its results come back to the loop.
pub struct Passwords {
    pub verifier: super::verifier::Verifier,
    pub to_loop: mpsc::Sender<Input>,
}

/// What the loop does with a seat after its input.
enum After {
    Draw,
    Quiet,
}

/// Runs until `Shutdown` or until every sender is gone; the services (and the store) are
/// dropped at the end, which flushes the store. `idle`: a session without input for that long
/// is closed (its typing written as a draft first).
pub fn run(
    mut services: Services,
    lang: Lang,
    idle: Option<Duration>,
    inputs: mpsc::Receiver<Input>,
    passwords: Passwords,
) {
    // Effects that hash or check a password wait for it to be done off this thread.
    services.set_defer_passwords(true);
    let mut seats: HashMap<SeatId, Seat> = HashMap::new();
    let mut last_tick = Instant::now();
    loop {
        // Every session's tick (drafts, register), even while others keep the loop busy.
        if last_tick.elapsed() >= TICK {
            last_tick = Instant::now();
            let ids: Vec<SeatId> = seats.keys().copied().collect();
            for id in ids {
                // A frame dropped for a slow client (or a burst of typed-ahead keys) is made
                // good now that its queue had time to drain: else the last screen never shows.
                let redraw = seats
                    .get(&id)
                    .is_some_and(|s| s.writer.stale.load(Ordering::Relaxed));
                let after = if redraw { After::Draw } else { After::Quiet };
                services = act(services, &mut seats, id, after, App::tick);
            }
            if let Some(idle) = idle {
                let idle_ids: Vec<SeatId> = seats
                    .iter()
                    .filter(|(_, s)| s.last_input.elapsed() >= idle)
                    .map(|(id, _)| *id)
                    .collect();
                for id in idle_ids {
                    services = act(services, &mut seats, id, After::Quiet, App::flush_draft);
                    if let Some(seat) = seats.remove(&id) {
                        let minutes = idle.as_secs().div_ceil(60);
                        let text = crate::i18n::serve::idle_closed(seat.state.lang, minutes);
                        say_goodbye(seat, &text);
                    }
                }
            }
        }
        let input = match inputs.recv_timeout(TICK) {
            Ok(input) => input,
            Err(mpsc::RecvTimeoutError::Timeout) => continue,
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
        };
        if let Input::Key(id, _) | Input::Paste(id, _) | Input::Resize(id, _, _) = &input {
            if let Some(seat) = seats.get_mut(id) {
                seat.last_input = Instant::now();
            }
        }
        match input {
            Input::HashFor { user, reply } => {
                let _ = reply.send(services.password_hash_for(&user).ok());
            }
            Input::SignIn {
                user,
                checked_hash,
                matched,
                reply,
            } => {
                services.actor = "serve".to_string();
                services.viewer = None;
                // The lock-out counts and the audit entry are written here, in turn.
                let session = match services.sign_in_verified(&user, &checked_hash, matched) {
                    Ok(session) => Some(session),
                    Err(e) => {
                        log::warn!("ssh sign-in refused for {user:?}: {e}");
                        None
                    }
                };
                let _ = reply.send(session);
            }
            Input::KeyKnown {
                user,
                key_line,
                reply,
            } => {
                let _ = reply.send(services.key_registered(&user, &key_line).unwrap_or(false));
            }
            Input::KeySignIn {
                user,
                key_line,
                reply,
            } => {
                services.actor = "serve".to_string();
                services.viewer = None;
                let session = match services.sign_in_by_key(&user, &key_line) {
                    Ok(session) => Some(session),
                    Err(e) => {
                        log::warn!("ssh key sign-in refused for {user:?}: {e}");
                        None
                    }
                };
                let _ = reply.send(session);
            }
            Input::Open {
                seat,
                session,
                writer,
                cols,
                rows,
                plain,
            } => {
                services = open(
                    services,
                    &mut seats,
                    seat,
                    *session,
                    writer,
                    (cols, rows, plain),
                    lang,
                );
                services = act(services, &mut seats, seat, After::Draw, |_| {});
            }
            Input::Key(id, key) => {
                services = typed(services, &mut seats, id, Event::Key(key), &passwords);
            }
            Input::Paste(id, text) => {
                services = typed(services, &mut seats, id, Event::Paste(text), &passwords);
            }
            Input::Prepared(id, prepared) => {
                services = act(services, &mut seats, id, After::Draw, |app| {
                    app.resume_passwords(prepared)
                });
                // What was typed meanwhile, in order (it may wait again).
                let held = seats
                    .get_mut(&id)
                    .map(|s| std::mem::take(&mut s.held))
                    .unwrap_or_default();
                for t in held {
                    services = typed(services, &mut seats, id, t, &passwords);
                }
            }
            Input::Resize(id, cols, rows) => {
                if let Some(seat) = seats.get_mut(&id) {
                    match terminal(&seat.writer, cols, rows) {
                        Ok(term) => {
                            seat.term = term;
                            seat.cols = cols;
                            seat.rows = rows;
                        }
                        Err(_) => {
                            seats.remove(&id);
                            continue;
                        }
                    }
                }
                services = act(services, &mut seats, id, After::Draw, |_| {});
            }
            Input::Closed(id) => {
                services = act(services, &mut seats, id, After::Quiet, App::flush_draft);
                seats.remove(&id);
            }
            Input::Shutdown => break,
        }
        services = catch_up(services, &mut seats);
    }
    let ids: Vec<SeatId> = seats.keys().copied().collect();
    for id in ids {
        services = act(services, &mut seats, id, After::Quiet, App::flush_draft);
        if let Some(seat) = seats.remove(&id) {
            let text = crate::i18n::serve::server_stopping(seat.state.lang).to_string();
            say_goodbye(seat, &text);
        }
    }
    drop(services);
}

/// Leaves `text` for the client's own screen; dropping the seat then ends its writer task,
/// which leaves the alternate screen, writes it and closes the channel.
fn say_goodbye(seat: Seat, text: &str) {
    seat.writer.say_farewell(text);
}

/// Makes the seat of a session that signed in, and draws its first frame.
fn open(
    mut services: Services,
    seats: &mut HashMap<SeatId, Seat>,
    id: SeatId,
    session: Session,
    writer: ChannelWriter,
    (cols, rows, plain): (u16, u16, bool),
    lang: Lang,
) -> Services {
    // Alternate screen and bracketed paste, as the local terminal's guard does.
    let mut w = writer.clone();
    let entered = crossterm::execute!(
        w,
        crossterm::terminal::EnterAlternateScreen,
        crossterm::event::EnableBracketedPaste
    );
    let term = match entered.and_then(|()| terminal(&writer, cols, rows)) {
        Ok(term) => term,
        Err(_) => return services,
    };
    services.actor = "serve".to_string();
    services.viewer = None;
    let app = App::signed_in(services, lang, session).with_terms(&crate::i18n::common::Words);
    let (mut services, state, drafts) = app.into_parts();
    let seat = Seat {
        state,
        drafts,
        actor: std::mem::take(&mut services.actor),
        viewer: services.viewer.take(),
        term,
        writer,
        cols,
        rows,
        last_input: Instant::now(),
        plain,
        seen: services.generation(),
        refresh_after: Instant::now(),
        slow_on: None,
        held: Vec::new(),
    };
    seats.insert(id, seat);
    services
}

/// Runs `f` on the seat's app (the services moved in for it), then draws when asked. A seat
/// that quit or whose client is gone is removed (dropping it closes its channel).
fn act(
    mut services: Services,
    seats: &mut HashMap<SeatId, Seat>,
    id: SeatId,
    after: After,
    f: impl FnOnce(&mut App),
) -> Services {
    let Some(mut seat) = seats.remove(&id) else {
        return services;
    };
    services.actor = std::mem::take(&mut seat.actor);
    services.viewer = seat.viewer.take();
    let before = services.generation();
    let mut app = App::from_parts(services, seat.state, seat.drafts);
    f(&mut app);
    // A seat that was up to date read its own change back as it saved it.
    if seat.seen >= before {
        seat.seen = app.services.generation();
    }
    // Signing out ends the SSH session too: its user is the one who signed in over SSH, so no
    // sign-in screen is ever shown (nor its argon2 run on this loop).
    let mut keep = !app.state.quit && app.state.session.is_some();
    if keep && matches!(after, After::Draw) {
        keep = draw(
            &mut app,
            &mut seat.term,
            &seat.writer,
            seat.cols,
            seat.rows,
            &if seat.plain {
                Theme::plain()
            } else {
                Theme::colour()
            },
        );
    }
    if !keep {
        app.flush_draft();
    }
    let (mut services, state, drafts) = app.into_parts();
    seat.state = state;
    seat.drafts = drafts;
    seat.actor = std::mem::take(&mut services.actor);
    seat.viewer = services.viewer.take();
    if keep {
        seats.insert(id, seat);
    }
    services
}

/// A key or paste of a seat: held while the seat waits for argon2 work, else handled; an
/// effect that needs argon2 then sends its work off the loop (`Input::Prepared` comes back).
fn typed(
    mut services: Services,
    seats: &mut HashMap<SeatId, Seat>,
    id: SeatId,
    t: Event,
    passwords: &Passwords,
) -> Services {
    let Some(seat) = seats.get_mut(&id) else {
        return services;
    };
    if seat.state.deferred.is_some() {
        seat.held.push(t);
        return services;
    }
    match t {
        Event::Key(key) => {
            let area = ratatui::layout::Rect::new(0, 0, seat.cols, seat.rows);
            if crate::ui::accepts_key(area, key) {
                services = act(services, seats, id, After::Draw, |app| app.handle_key(key));
            }
        }
        Event::Paste(text) => {
            services = act(services, seats, id, After::Draw, |app| app.paste(&text));
        }
    }
    let Some(seat) = seats.get_mut(&id) else {
        return services;
    };
    if let Some((_, work)) = &seat.state.deferred {
        let back = passwords.to_loop.clone();
        let sent = passwords.verifier.prepare(work.clone(), move |prepared| {
            let _ = back.send(Input::Prepared(id, prepared));
        });
        if !sent {
            // No verifier threads: the work is done here after all.
            let failed = Err(crate::store::StoreError::Io("no password threads".into()));
            services = act(services, seats, id, After::Draw, |app| {
                app.resume_passwords(failed)
            });
        }
    }
    services
}

/// Reads the screens of the sessions behind the last committed change again and redraws them.
/// A seat whose screen took `t` to read waits `t` x 4 x seats before its next read, so that
/// sessions on slow screens cannot keep the loop from answering keys; a screen slower than
/// [`SLOW_READ`] is only told that data changed (its user presses `r`).
fn catch_up(mut services: Services, seats: &mut HashMap<SeatId, Seat>) -> Services {
    let now = services.generation();
    let behind: Vec<(SeatId, bool)> = seats
        .iter()
        .filter(|(_, s)| s.seen < now && s.refresh_after <= Instant::now())
        .map(|(id, s)| (*id, s.slow_on == Some(s.state.screen)))
        .collect();
    let factor = u32::try_from(seats.len())
        .unwrap_or(u32::MAX)
        .saturating_mul(4);
    for (id, slow) in behind {
        let started = Instant::now();
        if slow {
            services = act(services, seats, id, After::Draw, App::announce_change);
        } else {
            services = act(services, seats, id, After::Draw, App::refresh);
        }
        let took = started.elapsed();
        if let Some(seat) = seats.get_mut(&id) {
            seat.seen = now;
            if !slow {
                seat.refresh_after =
                    Instant::now() + took.saturating_mul(factor).min(MAX_REFRESH_WAIT);
                seat.slow_on = (took > SLOW_READ).then_some(seat.state.screen);
            }
        }
    }
    services
}

/// Draws one frame; `false` when the client is gone.
fn draw(
    app: &mut App,
    term: &mut SshTerminal,
    writer: &ChannelWriter,
    cols: u16,
    rows: u16,
    theme: &Theme,
) -> bool {
    if writer.stale.swap(false, Ordering::Relaxed) {
        // A frame was dropped for a slow client: a new terminal makes this draw a full one.
        match terminal(writer, cols, rows) {
            Ok(t) => *term = t,
            Err(_) => return false,
        }
    }
    crate::ui::sync_viewport(app, ratatui::layout::Rect::new(0, 0, cols, rows));
    term.draw(|f| frame::draw(f, app, theme)).is_ok()
}

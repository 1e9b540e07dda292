//! `kinerja serve`: the TUI over SSH, one session per connection on the one store.
//!
//! russh runs the connections on tokio. The handler ([`Conn`]) only signs in (through the
//! office loop, which owns the services) and accepts the session channel; everything after
//! that (pty size, shell, bytes, window changes, EOF) arrives on the channel, which one task
//! per session reads ([`session_task`]) and turns into [`office::Input`]s. The office loop
//! ([`office::run`], a plain thread) draws each session's frames into its
//! `CrosstermBackend<ChannelWriter>`; `flush` hands a frame to a bounded queue and a writer
//! task sends it with `Handle::data`, the only place that waits on a slow client. A full
//! queue drops the frame and the next draw is a full redraw.

pub mod hostkey;
pub mod keys;
pub mod office;
pub(crate) mod verifier;

use std::io;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{mpsc as std_mpsc, Arc};

use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use russh::server::{Auth, ChannelOpenHandle, Handle, Msg, Server, Session};
use russh::{Channel, ChannelId, ChannelMsg};
use tokio::net::TcpListener;
use tokio::sync::mpsc;

use crate::app::Services;
use crate::i18n::Lang;
use office::{Input, SeatId};

/// How many frames may wait for a slow client before frames are dropped.
const FRAME_QUEUE: usize = 4;

/// The size until the client says (`ssh -tt` from a pipe asks for 0x0).
const DEFAULT_SIZE: (u16, u16) = (80, 24);

/// How long an ESC waits for the rest of a sequence before it counts as the Esc key: a
/// terminal writes a key's bytes at once, so only a network split makes them arrive apart.
const ESC_WAIT: std::time::Duration = std::time::Duration::from_millis(50);

/// The `Write` a session's `CrosstermBackend` writes to. Bytes collect until `flush` (ratatui
/// flushes once per `draw`), then go to the writer task as one message.
#[derive(Clone)]
pub struct ChannelWriter {
    buf: Vec<u8>,
    queue: mpsc::Sender<Vec<u8>>,
    /// Set when a frame was dropped: the session must redraw everything.
    stale: Arc<AtomicBool>,
    /// The closing words (idle, server stopping): sent after the last frame by the writer
    /// task, not through the queue, where a full queue would drop them.
    farewell: Arc<std::sync::Mutex<Option<String>>>,
}

impl ChannelWriter {
    /// Leaves `text` to be written on the client's own screen once the session ends.
    pub fn say_farewell(&self, text: &str) {
        if let Ok(mut slot) = self.farewell.lock() {
            *slot = Some(text.to_string());
        }
    }
}

impl io::Write for ChannelWriter {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        self.buf.extend_from_slice(data);
        Ok(data.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let frame = std::mem::take(&mut self.buf);
        match self.queue.try_send(frame) {
            Ok(()) => Ok(()),
            Err(mpsc::error::TrySendError::Full(_)) => {
                self.stale.store(true, Ordering::Relaxed);
                Ok(())
            }
            Err(mpsc::error::TrySendError::Closed(_)) => {
                Err(io::Error::new(io::ErrorKind::BrokenPipe, "session gone"))
            }
        }
    }
}

pub type SshTerminal = Terminal<CrosstermBackend<ChannelWriter>>;

/// A terminal of a fixed size. Never `Terminal::resize` it: with a Fixed viewport ratatui
/// clears it through `backend.size()`, which `CrosstermBackend` answers from the *server
/// process's* tty. A new terminal per size instead, after clearing the client's screen (a new
/// terminal's previous frame is blank, so stale cells would otherwise stay).
fn terminal(writer: &ChannelWriter, cols: u16, rows: u16) -> io::Result<SshTerminal> {
    let mut w = writer.clone();
    crossterm::execute!(
        w,
        crossterm::terminal::Clear(crossterm::terminal::ClearType::All)
    )?;
    Terminal::with_options(
        CrosstermBackend::new(writer.clone()),
        TerminalOptions {
            viewport: Viewport::Fixed(Rect::new(0, 0, cols, rows)),
        },
    )
}

/// Makes the connection handlers; numbers the sessions.
struct Office {
    inputs: std_mpsc::Sender<Input>,
    esc_wait: std::time::Duration,
    next: Arc<AtomicU64>,
    writers: std::sync::Weak<()>,
    /// Held upgraded by every connection's handler: the shutdown waits for the clients to go.
    conns: std::sync::Weak<()>,
    verifier: verifier::Verifier,
}

/// Per-connection handler: only the sign-in and the channel's opening.
pub struct Conn {
    inputs: std_mpsc::Sender<Input>,
    esc_wait: std::time::Duration,
    next: Arc<AtomicU64>,
    /// Each live writer task holds it upgraded: the shutdown waits for them (goodbyes sent).
    writers: std::sync::Weak<()>,
    session: Option<crate::app::services::auth::Session>,
    /// Wrong passwords on this connection (see [`PASSWORD_TRIES`]).
    password_failures: u8,
    verifier: verifier::Verifier,
    _alive: Option<Arc<()>>,
}

/// Wrong passwords one connection may send; the last one ends it, as OpenSSH's MaxAuthTries.
/// Counted here, not by russh's `max_auth_attempts`, which also counts every key a client
/// offers: OpenSSH offers each key in `~/.ssh` and the agent before it asks for a password.
const PASSWORD_TRIES: u8 = 3;

/// Refusals of any kind (unregistered keys offered, `none`, passwords) before russh ends a
/// connection.
const AUTH_REFUSALS: usize = PASSWORD_TRIES as usize + 10;

impl Server for Office {
    type Handler = Conn;
    fn new_client(&mut self, _peer: Option<std::net::SocketAddr>) -> Conn {
        Conn {
            inputs: self.inputs.clone(),
            esc_wait: self.esc_wait,
            next: self.next.clone(),
            writers: self.writers.clone(),
            session: None,
            password_failures: 0,
            verifier: self.verifier.clone(),
            _alive: self.conns.upgrade(),
        }
    }
}

impl Conn {
    /// The password sign-in through the office loop (argon2 on the verifier's threads).
    async fn check_password(&mut self, user: &str, password: &str) -> Auth {
        let (reply, answer) = tokio::sync::oneshot::channel();
        let asked = self.inputs.send(Input::HashFor {
            user: user.to_string(),
            reply,
        });
        if asked.is_err() {
            return refused();
        }
        let Ok(Some(hash)) = answer.await else {
            return refused();
        };
        let matched = self
            .verifier
            .verify(password.to_string(), hash.clone())
            .await;
        let (reply, answer) = tokio::sync::oneshot::channel();
        let asked = self.inputs.send(Input::SignIn {
            user: user.to_string(),
            checked_hash: hash,
            matched,
            reply,
        });
        if asked.is_err() {
            return refused();
        }
        match answer.await {
            Ok(Some(session)) => {
                self.session = Some(session);
                Auth::Accept
            }
            _ => refused(),
        }
    }
}

impl russh::server::Handler for Conn {
    type Error = russh::Error;

    /// The SSH user name is the kinerja user name (or NIP); the office loop applies the
    /// same lock-out and answers as the sign-in screen. argon2 runs on the verifier's two
    /// threads, not on the loop, so other sessions do not wait for it.
    async fn auth_password(&mut self, user: &str, password: &str) -> Result<Auth, Self::Error> {
        let answer = self.check_password(user, password).await;
        if matches!(answer, Auth::Accept) {
            return Ok(answer);
        }
        self.password_failures = self.password_failures.saturating_add(1);
        if self.password_failures >= PASSWORD_TRIES {
            return Err(russh::Error::Disconnect);
        }
        Ok(answer)
    }
    /// A key the client offers: refused at once unless registered for that user's usable
    /// account (asked of the office loop, no signature checked yet, nothing written). An
    /// unknown user and an unknown key answer the same.
    async fn auth_publickey_offered(
        &mut self,
        user: &str,
        offer: russh::server::PublicKeyOffer<'_>,
    ) -> Result<Auth, Self::Error> {
        let Some(line) = crate::app::services::public_keys::normalized(offer.public_key) else {
            return Ok(refused());
        };
        let (reply, answer) = tokio::sync::oneshot::channel();
        let asked = self.inputs.send(Input::KeyKnown {
            user: user.to_string(),
            key_line: line,
            reply,
        });
        match (asked, answer.await) {
            (Ok(()), Ok(true)) => Ok(Auth::Accept),
            _ => Ok(refused()),
        }
    }

    /// The client proved it holds the key: the loop checks again (the account may have
    /// changed meanwhile) and signs in exactly as after a password.
    async fn auth_publickey(
        &mut self,
        user: &str,
        key: russh::server::VerifiedPublicKey<'_>,
    ) -> Result<Auth, Self::Error> {
        let Some(line) = crate::app::services::public_keys::normalized(key.public_key) else {
            return Ok(refused());
        };
        let (reply, answer) = tokio::sync::oneshot::channel();
        let asked = self.inputs.send(Input::KeySignIn {
            user: user.to_string(),
            key_line: line,
            reply,
        });
        if asked.is_err() {
            return Ok(refused());
        }
        match answer.await {
            Ok(Some(session)) => {
                self.session = Some(session);
                Ok(Auth::Accept)
            }
            _ => Ok(refused()),
        }
    }

    async fn channel_open_session(
        &mut self,
        channel: Channel<Msg>,
        reply: ChannelOpenHandle,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        // One TUI per connection: a second channel is refused (`reply` dropped).
        let Some(signed_in) = self.session.take() else {
            return Ok(());
        };
        let seat = self.next.fetch_add(1, Ordering::Relaxed);
        tokio::spawn(session_task(
            channel,
            session.handle(),
            seat,
            signed_in,
            self.inputs.clone(),
            self.writers.clone(),
            self.esc_wait,
        ));
        reply.accept().await;
        Ok(())
    }

    // Both must answer, or a client that asked `want_reply` waits.
    #[allow(clippy::too_many_arguments)]
    async fn pty_request(
        &mut self,
        channel: ChannelId,
        _term: &str,
        _cols: u32,
        _rows: u32,
        _pix_width: u32,
        _pix_height: u32,
        _modes: &[(russh::Pty, u32)],
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        session.channel_success(channel)
    }

    async fn shell_request(
        &mut self,
        channel: ChannelId,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        session.channel_success(channel)
    }
}

/// The methods kinerja checks: its own passwords, and the Ed25519 keys an admin registered.
const METHODS: &[russh::MethodKind] = &[russh::MethodKind::Password, russh::MethodKind::PublicKey];

/// A refused password or key after which the client may try again on the same connection (up
/// to the config's `max_auth_attempts`): `Auth::reject()` would take the method away after one
/// try (a client tries its keys first, then asks for the password).
fn refused() -> Auth {
    Auth::Reject {
        proceed_with_methods: Some(russh::MethodSet::from(METHODS)),
        partial_success: false,
    }
}

fn size_of(cols: u32, rows: u32, fallback: (u16, u16)) -> (u16, u16) {
    if cols == 0 || rows == 0 {
        return fallback;
    }
    (
        u16::try_from(cols).unwrap_or(u16::MAX),
        u16::try_from(rows).unwrap_or(u16::MAX),
    )
}

/// One session: reads its channel and sends the loop what it means; a writer task sends the
/// loop's frames to the client and closes the channel once the seat is gone.
async fn session_task(
    mut channel: Channel<Msg>,
    handle: Handle,
    seat: SeatId,
    session: crate::app::services::auth::Session,
    inputs: std_mpsc::Sender<Input>,
    writers: std::sync::Weak<()>,
    esc_wait: std::time::Duration,
) {
    let id = channel.id();
    let mut session = Some(session);
    let mut size = DEFAULT_SIZE;
    // Colours unless the client's terminal is `dumb` or it sends `NO_COLOR`.
    let mut plain = false;
    let mut parser = keys::Parser::default();
    let mut writer_task = None;
    loop {
        // An ESC with nothing after it yet: more bytes soon (a sequence split by the network)
        // make it a key sequence or Alt+key; none within `ESC_WAIT` make it the Esc key.
        let next = if parser.waits_on_esc() {
            match tokio::time::timeout(esc_wait, channel.wait()).await {
                Ok(next) => next,
                Err(_) => {
                    let mut events: Vec<keys::Event> = parser.flush_esc().into_iter().collect();
                    events.extend(parser.feed(&[]));
                    if !send_events(&inputs, seat, events) {
                        return;
                    }
                    continue;
                }
            }
        } else {
            channel.wait().await
        };
        let Some(msg) = next else { break };
        let mut out: Vec<Input> = Vec::new();
        match msg {
            ChannelMsg::RequestPty {
                term,
                col_width,
                row_height,
                ..
            } => {
                size = size_of(col_width, row_height, size);
                plain |= term == "dumb";
            }
            // `NO_COLOR` reaches us when the client sends it (OpenSSH: `SetEnv`/`SendEnv`).
            ChannelMsg::SetEnv {
                variable_name,
                variable_value,
                ..
            } if variable_name == "NO_COLOR" => plain |= !variable_value.is_empty(),
            ChannelMsg::WindowChange {
                col_width,
                row_height,
                ..
            } => {
                size = size_of(col_width, row_height, size);
                if writer_task.is_some() {
                    out.push(Input::Resize(seat, size.0, size.1));
                }
            }
            ChannelMsg::RequestShell { .. } => {
                if let Some(signed_in) = session.take() {
                    let (queue, frames) = mpsc::channel::<Vec<u8>>(FRAME_QUEUE);
                    let writer = ChannelWriter {
                        buf: Vec::new(),
                        queue,
                        stale: Arc::new(AtomicBool::new(false)),
                        farewell: Arc::default(),
                    };
                    writer_task = Some(tokio::spawn(write_frames(
                        frames,
                        handle.clone(),
                        id,
                        writer.farewell.clone(),
                        writers.upgrade(),
                    )));
                    out.push(Input::Open {
                        seat,
                        session: Box::new(signed_in),
                        writer,
                        cols: size.0,
                        rows: size.1,
                        plain,
                    });
                }
            }
            ChannelMsg::Data { data } if writer_task.is_some() => {
                out.extend(parser.feed(&data).into_iter().map(|e| input_of(seat, e)));
            }
            ChannelMsg::Eof | ChannelMsg::Close => break,
            _ => {}
        }
        for input in out {
            if inputs.send(input).is_err() {
                return;
            }
        }
    }
    let _ = inputs.send(Input::Closed(seat));
    if let Some(task) = writer_task {
        let _ = task.await;
    }
}

fn input_of(seat: SeatId, event: keys::Event) -> Input {
    match event {
        keys::Event::Key(key) => Input::Key(seat, key),
        keys::Event::Paste(text) => Input::Paste(seat, text),
    }
}

/// Hands `events` to the office loop; `false` when the loop is gone.
fn send_events(inputs: &std_mpsc::Sender<Input>, seat: SeatId, events: Vec<keys::Event>) -> bool {
    events
        .into_iter()
        .all(|e| inputs.send(input_of(seat, e)).is_ok())
}

/// Sends the frames; when the seat is gone (every writer dropped), leaves the alternate
/// screen and ends the channel with exit status 0.
async fn write_frames(
    mut frames: mpsc::Receiver<Vec<u8>>,
    handle: Handle,
    id: ChannelId,
    farewell: Arc<std::sync::Mutex<Option<String>>>,
    _alive: Option<Arc<()>>,
) {
    while let Some(frame) = frames.recv().await {
        if handle.data(id, frame).await.is_err() {
            return;
        }
    }
    let mut bye: Vec<u8> = Vec::new();
    let _ = crossterm::execute!(
        bye,
        crossterm::event::DisableBracketedPaste,
        crossterm::terminal::LeaveAlternateScreen,
        crossterm::cursor::Show
    );
    if let Some(text) = farewell.lock().ok().and_then(|mut f| f.take()) {
        bye.extend_from_slice(format!("{text}\r\n").as_bytes());
    }
    let _ = handle.data(id, bye).await;
    let _ = handle.exit_status_request(id, 0).await;
    let _ = handle.eof(id).await;
    let _ = handle.close(id).await;
}

/// A running server: [`Served::stop`] ends it.
pub struct Served {
    handle: russh::server::RunningServerHandle,
    /// `None` once [`Served::wait`] has seen it end.
    task: Option<tokio::task::JoinHandle<io::Result<()>>>,
    inputs: std_mpsc::Sender<Input>,
    office: std::thread::JoinHandle<()>,
    /// Upgraded by every live writer task (see [`Conn`]).
    writers: Arc<()>,
    /// Upgraded by every connection's handler.
    conns: Arc<()>,
}

impl Served {
    /// Stops accepting, closes every session (drafts written) and drops the store (flushed).
    pub async fn stop(self) {
        // The loop first: it writes the drafts, tells each session and drops the store.
        let _ = self.inputs.send(Input::Shutdown);
        let office = self.office;
        let _ = tokio::task::spawn_blocking(move || office.join()).await;
        // The goodbyes reach the clients, which then leave by themselves (2 s at most for slow
        // ones): `Handle::data` only queues the bytes on the connection, so ending the
        // connections as soon as the writers are done could drop the goodbye unsent.
        let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(2);
        while (Arc::strong_count(&self.writers) > 1 || Arc::strong_count(&self.conns) > 1)
            && tokio::time::Instant::now() < deadline
        {
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        self.handle.shutdown("kinerja serve stopping".into());
        if let Some(task) = self.task {
            let _ = task.await;
        }
    }

    /// Waits until the server ends by itself (the listener failed).
    pub async fn wait(&mut self) -> io::Result<()> {
        let Some(task) = self.task.take() else {
            return Ok(());
        };
        match task.await {
            Ok(result) => result,
            Err(e) => Err(io::Error::other(e)),
        }
    }
}

/// How the server treats its sessions.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    /// Close a session after this long without input (`None`: never).
    pub idle: Option<std::time::Duration>,
    /// How long an ESC waits for the rest of a sequence (`None`: [`ESC_WAIT`]).
    pub esc_wait: Option<std::time::Duration>,
}

/// Serves `services` on `listener` until [`Served::stop`].
pub async fn serve(
    listener: TcpListener,
    host_key: russh::keys::PrivateKey,
    services: Services,
    lang: Lang,
    options: Options,
) -> io::Result<Served> {
    let config = Arc::new(russh::server::Config {
        keys: vec![host_key],
        // Only what kinerja checks: no "none", host-based or keyboard-interactive.
        methods: russh::MethodSet::from(METHODS),
        auth_rejection_time: std::time::Duration::from_millis(500),
        auth_rejection_time_initial: Some(std::time::Duration::ZERO),
        max_auth_attempts: AUTH_REFUSALS,
        // A backstop only: the office loop closes idle sessions itself (drafts kept).
        inactivity_timeout: Some(
            options
                .idle
                .map_or(std::time::Duration::from_secs(3600), |idle| {
                    idle + std::time::Duration::from_secs(300)
                }),
        ),
        keepalive_interval: Some(std::time::Duration::from_secs(30)),
        nodelay: true,
        ..Default::default()
    });
    let (inputs, received) = std_mpsc::channel();
    let verifier = verifier::Verifier::start()?;
    let passwords = office::Passwords {
        verifier: verifier.clone(),
        to_loop: inputs.clone(),
    };
    let office = std::thread::Builder::new()
        .name("kinerja-office".into())
        .spawn(move || office::run(services, lang, options.idle, received, passwords))?;
    let (tx, rx) = tokio::sync::oneshot::channel();
    let for_server = inputs.clone();
    let writers = Arc::new(());
    let for_writers = Arc::downgrade(&writers);
    let conns = Arc::new(());
    let for_conns = Arc::downgrade(&conns);
    // `run_on_socket` borrows the server and the listener: both live in the task.
    let task = tokio::spawn(async move {
        let mut server = Office {
            inputs: for_server,
            esc_wait: options.esc_wait.unwrap_or(ESC_WAIT),
            next: Arc::new(AtomicU64::new(1)),
            writers: for_writers,
            conns: for_conns,
            verifier,
        };
        let running = server.run_on_socket(config, &listener);
        let _ = tx.send(running.handle());
        running.await
    });
    let handle = rx
        .await
        .map_err(|_| io::Error::other("the SSH server did not start"))?;
    Ok(Served {
        handle,
        task: Some(task),
        inputs,
        office,
        writers,
        conns,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// A client that reads nothing: its queue fills, `flush` still returns at once, the frame
    /// is dropped and the session marked for a full redraw; a gone session is an error.
    #[test]
    fn a_full_queue_drops_frames_without_waiting() {
        let (queue, mut frames) = mpsc::channel(1);
        let stale = Arc::new(AtomicBool::new(false));
        let mut w = ChannelWriter {
            buf: Vec::new(),
            queue,
            stale: stale.clone(),
            farewell: Arc::default(),
        };
        w.write_all(b"frame 1").unwrap();
        w.flush().unwrap();
        assert!(!stale.load(Ordering::Relaxed));
        w.write_all(b"frame 2").unwrap();
        w.flush().unwrap();
        assert!(stale.load(Ordering::Relaxed));
        assert_eq!(frames.try_recv().unwrap(), b"frame 1".to_vec());
        assert!(frames.try_recv().is_err());
        drop(frames);
        w.write_all(b"frame 3").unwrap();
        assert_eq!(w.flush().unwrap_err().kind(), io::ErrorKind::BrokenPipe);
    }
}

//! Scratch proof for kinerja issue 10: one process, many SSH sessions, each with its own
//! ratatui `Terminal` whose writer sends to the session's channel.
//!
//! Shape (the one the design note recommends for the real `serve`):
//! - russh runs the connections on tokio; the `Handler` only authenticates and accepts the
//!   session channel; everything after that (pty size, shell, bytes, window changes, EOF)
//!   arrives on the `Channel<Msg>` that `channel_open_session` hands over, which one task
//!   per session reads (`session_task`).
//! - The session's frame goes through `CrosstermBackend<ChannelWriter>`: `flush` hands the
//!   bytes to a bounded queue (never blocking the session); a writer task sends them with
//!   `Handle::data`, which is what waits on a slow client's SSH window. If the queue is full
//!   the frame is dropped and the next draw is a full redraw.

pub mod hostkey;
pub mod keys;

use std::io;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Borders, Paragraph};
use ratatui::{Terminal, TerminalOptions, Viewport};
use russh::server::{Auth, ChannelOpenHandle, Handle, Msg, Server, Session};
use russh::{Channel, ChannelId, ChannelMsg};
use tokio::net::TcpListener;
use tokio::sync::mpsc;

/// Checks a user name and password (kinerja: argon2 + the shared lock-out counts).
pub type PasswordCheck = Arc<dyn Fn(&str, &str) -> bool + Send + Sync>;

/// Whether a public key is registered for a user (kinerja: `user key add`, Ed25519 only).
pub type KeyCheck = Arc<dyn Fn(&str, &russh::keys::PublicKey) -> bool + Send + Sync>;

/// How many frames may wait for a slow client before frames are dropped.
const FRAME_QUEUE: usize = 4;

/// The `Write` a session's `CrosstermBackend` writes to. Bytes collect until `flush` (ratatui
/// flushes once per `draw`), then go to the writer task as one message.
#[derive(Clone)]
pub struct ChannelWriter {
    buf: Vec<u8>,
    queue: mpsc::Sender<Vec<u8>>,
    /// Set when a frame was dropped: the session must redraw everything.
    stale: Arc<AtomicBool>,
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
/// 0.30 clears it through `backend.size()`, which `CrosstermBackend` answers from the
/// *server process's* tty (`crossterm::terminal::size`). A new terminal per size instead.
/// The screen is cleared first: a new terminal's "previous frame" is blank, so whatever the
/// client still shows would otherwise stay where the new frame draws nothing.
fn terminal(writer: &ChannelWriter, cols: u16, rows: u16) -> io::Result<SshTerminal> {
    let mut w = writer.clone();
    crossterm::execute!(
        w,
        crossterm::terminal::Clear(crossterm::terminal::ClearType::All)
    )?;
    let area = Rect::new(0, 0, cols, rows);
    Terminal::with_options(
        CrosstermBackend::new(writer.clone()),
        TerminalOptions {
            viewport: Viewport::Fixed(area),
        },
    )
}

/// Per-connection handler: only authentication and the channel's opening.
pub struct Conn {
    check: PasswordCheck,
    key_check: KeyCheck,
    user: Option<String>,
}

pub struct App {
    pub check: PasswordCheck,
    pub key_check: KeyCheck,
}

impl Server for App {
    type Handler = Conn;
    fn new_client(&mut self, _peer: Option<std::net::SocketAddr>) -> Conn {
        Conn {
            check: self.check.clone(),
            key_check: self.key_check.clone(),
            user: None,
        }
    }
}

impl russh::server::Handler for Conn {
    type Error = russh::Error;

    async fn auth_password(&mut self, user: &str, password: &str) -> Result<Auth, Self::Error> {
        // Real code: argon2 is slow (~50 ms+): run it with spawn_blocking.
        if (self.check)(user, password) {
            self.user = Some(user.to_string());
            Ok(Auth::Accept)
        } else {
            Ok(Auth::reject())
        }
    }

    /// The client's probe: unknown keys are refused before any signature work.
    async fn auth_publickey_offered(
        &mut self,
        user: &str,
        offer: russh::server::PublicKeyOffer<'_>,
    ) -> Result<Auth, Self::Error> {
        Ok(if (self.key_check)(user, offer.public_key) {
            Auth::Accept
        } else {
            Auth::reject()
        })
    }

    /// The signature is verified by russh; the key is checked again (the client may skip the probe).
    async fn auth_publickey(
        &mut self,
        user: &str,
        key: russh::server::VerifiedPublicKey<'_>,
    ) -> Result<Auth, Self::Error> {
        if (self.key_check)(user, key.public_key) {
            self.user = Some(user.to_string());
            Ok(Auth::Accept)
        } else {
            Ok(Auth::reject())
        }
    }

    async fn channel_open_session(
        &mut self,
        channel: Channel<Msg>,
        reply: ChannelOpenHandle,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        let user = self.user.clone().unwrap_or_default();
        tokio::spawn(session_task(channel, session.handle(), user));
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
        _pw: u32,
        _ph: u32,
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

/// What a session shows (stands for kinerja's `AppState`).
struct Screen {
    user: String,
    cols: u16,
    rows: u16,
    received: usize,
    keys: Vec<String>,
}

fn draw(term: &mut SshTerminal, s: &Screen) -> io::Result<()> {
    term.draw(|f| {
        let text = format!(
            "Selamat datang, {}\nukuran {}x{}\nditerima {} byte\ntombol: {}",
            s.user,
            s.cols,
            s.rows,
            s.received,
            s.keys.join(" ")
        );
        f.render_widget(
            Paragraph::new(text).block(Block::default().borders(Borders::ALL).title("kinerja")),
            f.area(),
        );
    })
    .map(|_| ())
}

fn short(ev: &keys::Event) -> String {
    match ev {
        keys::Event::Key(k) => format!("{:?}", k.code),
        keys::Event::Paste(t) => format!("Paste({})", t.chars().count()),
    }
}

/// One session: reads its channel, keeps its state, draws its frames.
async fn session_task(mut channel: Channel<Msg>, handle: Handle, user: String) {
    let id = channel.id();
    let (queue, mut frames) = mpsc::channel::<Vec<u8>>(FRAME_QUEUE);
    let stale = Arc::new(AtomicBool::new(false));
    let writer = ChannelWriter {
        buf: Vec::new(),
        queue,
        stale: stale.clone(),
    };
    // The writer task: the only place that waits on the client.
    let out = handle.clone();
    let writer_task = tokio::spawn(async move {
        while let Some(frame) = frames.recv().await {
            if out.data(id, frame).await.is_err() {
                break;
            }
        }
    });
    let mut screen = Screen {
        user,
        cols: 80,
        rows: 24,
        received: 0,
        keys: Vec::new(),
    };
    let mut term: Option<SshTerminal> = None;
    let mut parser = keys::Parser::default();
    while let Some(msg) = channel.wait().await {
        match msg {
            ChannelMsg::RequestPty {
                col_width,
                row_height,
                ..
            }
            | ChannelMsg::WindowChange {
                col_width,
                row_height,
                ..
            } => {
                // `ssh -tt` from a pipe asks for a 0x0 pty: keep 80x24 then.
                if col_width > 0 && row_height > 0 {
                    screen.cols = u16::try_from(col_width).unwrap_or(u16::MAX);
                    screen.rows = u16::try_from(row_height).unwrap_or(u16::MAX);
                }
                if term.is_some() {
                    term = terminal(&writer, screen.cols, screen.rows).ok();
                }
            }
            ChannelMsg::RequestShell { .. } => {
                // Alternate screen, hidden cursor, bracketed paste on: as TerminalGuard::enter.
                let mut w = writer.clone();
                let _ = crossterm::execute!(
                    w,
                    crossterm::terminal::EnterAlternateScreen,
                    crossterm::event::EnableBracketedPaste
                );
                term = terminal(&writer, screen.cols, screen.rows).ok();
            }
            ChannelMsg::Data { data } => {
                screen.received += data.len();
                for ev in parser.feed(&data) {
                    screen.keys.push(short(&ev));
                    if ev == keys::Event::Key(keys::Key::ch('q')) {
                        // Leave the alternate screen, then exit status 0, EOF, close:
                        // OpenSSH then exits 0 and restores the user's screen.
                        let mut w = writer.clone();
                        let _ = crossterm::execute!(
                            w,
                            crossterm::event::DisableBracketedPaste,
                            crossterm::terminal::LeaveAlternateScreen,
                            crossterm::cursor::Show
                        );
                        drop(term.take());
                        let _ = handle.exit_status_request(id, 0).await;
                        let _ = handle.eof(id).await;
                        let _ = handle.close(id).await;
                    }
                }
                // A lone ESC waits for more: kinerja would flush it after ~25 ms.
                if let Some(ev) = parser.flush_esc() {
                    screen.keys.push(short(&ev));
                }
            }
            ChannelMsg::Eof | ChannelMsg::Close => break,
            _ => {}
        }
        if term.is_some() {
            if stale.swap(false, Ordering::Relaxed) {
                // A frame was dropped: a new terminal makes the next draw a full one.
                term = terminal(&writer, screen.cols, screen.rows).ok();
            }
            if let Some(t) = term.as_mut() {
                if draw(t, &screen).is_err() {
                    break;
                }
            }
        }
    }
    drop(term);
    drop(writer);
    let _ = writer_task.await;
}

/// Runs the server on `listener` until the returned handle's `shutdown`.
pub async fn spawn(
    listener: TcpListener,
    host_key: russh::keys::PrivateKey,
    check: PasswordCheck,
    key_check: KeyCheck,
) -> Option<(
    russh::server::RunningServerHandle,
    tokio::task::JoinHandle<io::Result<()>>,
)> {
    let config = Arc::new(russh::server::Config {
        keys: vec![host_key],
        // Only what kinerja checks: no "none", host-based or keyboard-interactive.
        methods: russh::MethodSet::from(
            &[russh::MethodKind::Password, russh::MethodKind::PublicKey][..],
        ),
        auth_rejection_time: std::time::Duration::from_millis(200),
        auth_rejection_time_initial: Some(std::time::Duration::ZERO),
        max_auth_attempts: 3,
        inactivity_timeout: Some(std::time::Duration::from_secs(3600)),
        nodelay: true,
        ..Default::default()
    });
    let (tx, rx) = tokio::sync::oneshot::channel();
    // `run_on_socket` borrows the server and the listener: both live in the task.
    let task = tokio::spawn(async move {
        let mut app = App { check, key_check };
        let running = app.run_on_socket(config, &listener);
        let _ = tx.send(running.handle());
        running.await
    });
    let handle = rx.await.ok()?;
    Some((handle, task))
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

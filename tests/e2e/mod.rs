//! A small pseudo-terminal harness for the end-to-end tests: runs the real `kinerja` binary
//! in a pty (portable-pty), feeds everything it writes into a `vt100` parser, and lets a test
//! type keys and wait for text on the screen. ratatui redraws only the cells that changed, so
//! the screen is always read through the parser, never from the raw byte stream.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use portable_pty::{native_pty_system, Child, CommandBuilder, ExitStatus, MasterPty, PtySize};

/// The binary under test.
pub const BIN: &str = env!("CARGO_BIN_EXE_kinerja");

/// How long to wait for anything to show up. Generous: CI machines are small and busy.
pub const TIMEOUT: Duration = Duration::from_secs(15);

/// crossterm tells a lone Esc from the start of an escape sequence by whether more bytes
/// follow at once; after an Esc the next key waits this long so they are not read together.
const ESC_GAP: Duration = Duration::from_millis(150);

pub const ENTER: &str = "\r";
pub const ESC: &str = "\x1b";
pub const TAB: &str = "\t";
pub const CTRL_S: &str = "\x13";
pub const CTRL_C: &str = "\x03";
pub const DOWN: &str = "\x1b[B";
pub const UP: &str = "\x1b[A";

/// Variables of the test's own environment that would change what the app does.
const SCRUBBED_ENV: [&str; 4] = ["KINERJA_LANG", "KINERJA_DB", "KINERJA_DEBUG", "NO_COLOR"];

/// A `kinerja` process running in a pseudo-terminal.
pub struct Tui {
    parser: Arc<Mutex<vt100::Parser>>,
    writer: Arc<Mutex<Box<dyn Write + Send>>>,
    master: Box<dyn MasterPty + Send>,
    child: Box<dyn Child + Send + Sync>,
    reader: Option<JoinHandle<()>>,
    /// Set by the reader thread when the pty reports end of output (the child is gone).
    closed: Arc<AtomicBool>,
    exit: Option<ExitStatus>,
}

impl Tui {
    /// Starts `kinerja ARGS` in a `cols` x `rows` terminal, in `cwd`.
    pub fn spawn(args: &[&str], cols: u16, rows: u16, cwd: &Path) -> Tui {
        Tui::spawn_with_env(args, cols, rows, cwd, &[])
    }

    pub fn spawn_with_env(
        args: &[&str],
        cols: u16,
        rows: u16,
        cwd: &Path,
        env: &[(&str, &str)],
    ) -> Tui {
        let pair = native_pty_system()
            .openpty(size(cols, rows))
            .expect("open a pseudo-terminal");
        let mut cmd = CommandBuilder::new(BIN);
        cmd.args(args);
        cmd.cwd(cwd);
        for k in SCRUBBED_ENV {
            cmd.env_remove(k);
        }
        cmd.env("TERM", "xterm-256color");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pair.slave.spawn_command(cmd).expect("spawn kinerja");
        // Only the child keeps the slave side open, so its exit ends the output stream.
        drop(pair.slave);
        let master = pair.master;
        let mut reader = master.try_clone_reader().expect("pty reader");
        let writer: Arc<Mutex<Box<dyn Write + Send>>> =
            Arc::new(Mutex::new(master.take_writer().expect("pty writer")));
        let parser = Arc::new(Mutex::new(vt100::Parser::new(rows, cols, 0)));
        let closed = Arc::new(AtomicBool::new(false));
        let thread = {
            let parser = Arc::clone(&parser);
            let writer = Arc::clone(&writer);
            let closed = Arc::clone(&closed);
            std::thread::spawn(move || {
                let mut buf = [0u8; 16 * 1024];
                // The end of the previous read, so a query split across two reads is seen.
                let mut tail: Vec<u8> = Vec::new();
                loop {
                    let n = match reader.read(&mut buf) {
                        Ok(0) => break,
                        Ok(n) => n,
                        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                        // Linux reports EIO once the last slave descriptor is closed.
                        Err(_) => break,
                    };
                    let chunk = &buf[..n];
                    let mut p = lock(&parser);
                    p.process(chunk);
                    // Answer cursor-position queries (ESC [ 6 n), as a real terminal would.
                    tail.extend_from_slice(chunk);
                    let queries = count(&tail, b"\x1b[6n");
                    if queries > 0 {
                        let (row, col) = p.screen().cursor_position();
                        let answer = format!("\x1b[{};{}R", row + 1, col + 1);
                        let mut w = lock(&writer);
                        for _ in 0..queries {
                            let _ = w.write_all(answer.as_bytes());
                        }
                        let _ = w.flush();
                        tail.clear();
                    }
                    let keep = tail.len().saturating_sub(3);
                    tail.drain(..keep);
                }
                closed.store(true, Ordering::SeqCst);
            })
        };
        Tui {
            parser,
            writer,
            master,
            child,
            reader: Some(thread),
            closed,
            exit: None,
        }
    }

    /// The child's process id.
    pub fn pid(&self) -> u32 {
        self.child.process_id().expect("child has a pid")
    }

    /// The screen as text, one line per row (trailing blanks trimmed).
    pub fn contents(&self) -> String {
        lock(&self.parser).screen().contents()
    }

    /// Runs `f` on the current screen.
    pub fn with_screen<R>(&self, f: impl FnOnce(&vt100::Screen) -> R) -> R {
        f(lock(&self.parser).screen())
    }

    /// Sends raw bytes (keys) to the app.
    pub fn send(&self, keys: &str) {
        let mut w = lock(&self.writer);
        w.write_all(keys.as_bytes()).expect("write to the pty");
        w.flush().expect("flush the pty");
    }

    /// Sends a lone Esc, then leaves the gap crossterm needs to read it as Esc.
    pub fn esc(&self) {
        self.send(ESC);
        std::thread::sleep(ESC_GAP);
    }

    /// Waits until the screen shows `text`; returns the screen. Fails with the screen shown.
    pub fn wait_for(&self, text: &str) -> String {
        self.wait_until(&format!("{text:?} on the screen"), |s| s.contains(text))
    }

    /// Waits until the screen shows every text of `present` and none of `absent`; returns the
    /// screen. A frame reaches the terminal in several writes, so everything a step should
    /// show is waited for together rather than asserted on the first sign of the frame.
    pub fn wait_screen(&self, present: &[&str], absent: &[&str]) -> String {
        self.wait_until(
            &format!("{present:?} on the screen and {absent:?} not"),
            |s| present.iter().all(|t| s.contains(t)) && !absent.iter().any(|t| s.contains(t)),
        )
    }

    /// Waits until the screen no longer shows `text`; returns the screen.
    pub fn wait_gone(&self, text: &str) -> String {
        self.wait_until(&format!("{text:?} gone from the screen"), |s| {
            !s.contains(text)
        })
    }

    /// Waits until `pred` holds for the screen text; returns the screen.
    pub fn wait_until(&self, what: &str, pred: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            // Read the flag before the screen: if it was set, the screen is final.
            let closed = self.closed.load(Ordering::SeqCst);
            let screen = self.contents();
            if pred(&screen) {
                return screen;
            }
            if closed {
                panic!("waiting for {what}, but kinerja has exited; last screen:\n{screen}");
            }
            if Instant::now() >= deadline {
                panic!("timed out after {TIMEOUT:?} waiting for {what}; screen:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Resizes the terminal (the parser first, so the redraw is read at the new size).
    pub fn resize(&self, cols: u16, rows: u16) {
        let mut p = lock(&self.parser);
        p.screen_mut().set_size(rows, cols);
        self.master
            .resize(size(cols, rows))
            .expect("resize the pty");
    }

    /// The terminal's local modes as the app left them: (canonical input, echo). A TUI in raw
    /// mode has both off; a restored terminal has both on.
    #[cfg(target_os = "linux")]
    pub fn line_modes(&self) -> (bool, bool) {
        // Linux `termios.c_lflag` bits (asm-generic/termbits.h).
        const ICANON: u32 = 0o000002;
        const ECHO: u32 = 0o000010;
        let t = self.master.get_termios().expect("termios of the pty");
        let bits: u32 = t.local_flags.bits();
        (bits & ICANON != 0, bits & ECHO != 0)
    }

    /// Waits for the process to end and for its last output to reach the parser.
    pub fn wait_exit(&mut self) -> ExitStatus {
        if let Some(s) = &self.exit {
            return s.clone();
        }
        let deadline = Instant::now() + TIMEOUT;
        let status = loop {
            match self.child.try_wait().expect("poll the child") {
                Some(s) => break s,
                None if Instant::now() >= deadline => panic!(
                    "kinerja did not exit within {TIMEOUT:?}; screen:\n{}",
                    self.contents()
                ),
                None => std::thread::sleep(Duration::from_millis(20)),
            }
        };
        self.exit = Some(status.clone());
        while !self.closed.load(Ordering::SeqCst) {
            if Instant::now() >= deadline {
                panic!("the pty output did not end after kinerja exited");
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        if let Some(t) = self.reader.take() {
            t.join().expect("reader thread");
        }
        status
    }

    /// `kill -9`: no signal handler, no destructor, no flush at exit.
    pub fn kill9(&mut self) -> ExitStatus {
        let pid = self.pid().to_string();
        let ok = std::process::Command::new("kill")
            .args(["-9", &pid])
            .status()
            .expect("run kill")
            .success();
        assert!(ok, "kill -9 {pid} failed");
        self.wait_exit()
    }
}

impl Drop for Tui {
    fn drop(&mut self) {
        // A failed test must not leave a process behind holding the database.
        if self.exit.is_none() && matches!(self.child.try_wait(), Ok(None)) {
            let _ = std::process::Command::new("kill")
                .args(["-9", &self.pid().to_string()])
                .status();
            let _ = self.child.wait();
        }
    }
}

fn size(cols: u16, rows: u16) -> PtySize {
    PtySize {
        rows,
        cols,
        pixel_width: 0,
        pixel_height: 0,
    }
}

/// Locks, also after a panic in another thread (the data is still readable).
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

fn count(hay: &[u8], needle: &[u8]) -> usize {
    hay.windows(needle.len()).filter(|w| *w == needle).count()
}

/// Runs `kinerja ARGS` without a terminal; returns (exit code, stdout, stderr). A run that
/// has not ended within the timeout is killed and fails the test.
pub fn run(args: &[&str], cwd: &Path) -> (i32, String, String) {
    run_with_stdin(args, cwd, None)
}

/// The same, with `input` on standard input.
pub fn run_with_stdin(args: &[&str], cwd: &Path, input: Option<&str>) -> (i32, String, String) {
    use std::process::{Command, Stdio};
    let mut cmd = Command::new(BIN);
    cmd.args(args)
        .current_dir(cwd)
        .stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for k in SCRUBBED_ENV {
        cmd.env_remove(k);
    }
    let mut child = cmd.spawn().expect("run kinerja");
    if let (Some(text), Some(mut stdin)) = (input, child.stdin.take()) {
        use std::io::Write;
        stdin.write_all(text.as_bytes()).expect("write stdin");
    }
    let drain = |r: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut s = Vec::new();
            if let Some(mut r) = r {
                let _ = r.read_to_end(&mut s);
            }
            String::from_utf8_lossy(&s).into_owned()
        })
    };
    let out = drain(
        child
            .stdout
            .take()
            .map(|r| Box::new(r) as Box<dyn Read + Send>),
    );
    let err = drain(
        child
            .stderr
            .take()
            .map(|r| Box::new(r) as Box<dyn Read + Send>),
    );
    let deadline = Instant::now() + TIMEOUT;
    let status = loop {
        if let Some(s) = child.try_wait().expect("poll kinerja") {
            break s;
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("kinerja {args:?} did not finish within {TIMEOUT:?}");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    (
        status.code().unwrap_or(-1),
        out.join().expect("stdout reader"),
        err.join().expect("stderr reader"),
    )
}

/// A fresh demo database (`kinerja demo --no-open`: 60 employees in 10 units) in `dir`.
pub fn demo_db(dir: &Path) -> PathBuf {
    let db = dir.join("db");
    let (code, out, err) = run(
        &[
            "demo",
            "--db",
            db.to_str().expect("utf-8 path"),
            "--no-open",
        ],
        dir,
    );
    assert_eq!(code, 0, "kinerja demo failed\nstdout: {out}\nstderr: {err}");
    db
}

/// A path as a `&str` argument.
pub fn arg(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

/// The admin account the end-to-end tests sign in with.
pub const ADMIN: &str = "uji";
pub const ADMIN_PASSWORD: &str = "rahasia-uji";

/// Adds the test admin account to `db` through the command line.
pub fn add_admin(db: &Path, cwd: &Path) {
    let (code, out, err) = run_with_stdin(
        &[
            "--db",
            arg(db),
            "user",
            "add",
            ADMIN,
            "--role",
            "admin",
            "--password-stdin",
        ],
        cwd,
        Some(&format!("{ADMIN_PASSWORD}\n")),
    );
    assert_eq!(
        code, 0,
        "kinerja user add failed\nstdout: {out}\nstderr: {err}"
    );
}

impl Tui {
    /// Signs in on the sign-in screen (Indonesian or English) and waits for the list.
    pub fn sign_in(&self, user: &str, password: &str) {
        self.wait_until("the sign-in screen", |s| {
            s.contains("Masuk dengan nama pengguna") || s.contains("Sign in with your user name")
        });
        self.send(user);
        self.send(TAB);
        self.send(password);
        self.send(ENTER);
        self.wait_until("the signed-in screen", |s| {
            s.contains(&format!("[{user} ·")) && !s.contains("Masuk dengan nama pengguna")
        });
    }

    /// Spawns the TUI on `db` (which has the test admin) and signs in as that admin.
    pub fn spawn_admin(args: &[&str], cols: u16, rows: u16, cwd: &Path) -> Tui {
        let tui = Tui::spawn(args, cols, rows, cwd);
        tui.sign_in(ADMIN, ADMIN_PASSWORD);
        tui
    }
}

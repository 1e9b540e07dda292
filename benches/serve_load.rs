//! Load of `kinerja serve` (issue 10): many people at once over SSH, on one database.
//!
//! `cargo bench --bench serve_load` (release profile; not part of `cargo test`, not in CI).
//! 1. Builds the register of `kinerja gen` in a temp dir (`KINERJA_BENCH_N` employees, default
//!    50,000 as in the other benches) and a `penilai` account for each of the
//!    `KINERJA_BENCH_SESSIONS` (20) supervisors with the most direct reports, before the server
//!    starts (the server holds the database; nothing else may write while it runs).
//! 2. Starts the real binary: `kinerja serve --listen 127.0.0.1:0 --idle 0`, and reads the
//!    port it bound from `serve.addr`.
//! 3. One russh client per account, all at once (tokio; `support/ssh_client.rs`), a 120x40 pty
//!    each: sign in with the password, open the Dialog Kinerja tab (`4`), then
//!    `KINERJA_BENCH_CHANGES` (200) times a quick note about the person under the cursor: `w`,
//!    the text (unique per note) a key at a time, each key's echo awaited, `Enter`. Timed:
//!    from sending `Enter` to the first data after which the client's vt100 screen shows the
//!    note in the list of that person's notes with the form closed (what the user waits for:
//!    the save, the reload of the tab and the frame over SSH); and each key to its echo.
//!    `KINERJA_BENCH_PAUSE_MS` waits that long before each key (a person's pace; default 0:
//!    as fast as the server answers); `KINERJA_BENCH_BURST=1` sends each note's text in one
//!    write, as an SSH client sends what was typed ahead over a slow link.
//! 4. The server's resident memory from `/proc/PID/status` (VmRSS and VmHWM before the
//!    sessions, after their sign-ins and after the changes), then SIGTERM with every session
//!    still open: each must be told, and the server must exit with status 0.
//! 5. Opens the database again and checks that every note sent is stored exactly once and that
//!    each save has its audit entry under the account's name. Anything missing: exit 1.
//!
//! The change is a quick note because every supervisor may write one about their direct
//! reports, and it shows on their own screen at once. There is no `kinerja audit` command:
//! the check reads the store through the library, as the app's audit screen does.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Child, Command as Process, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::Datelike;
use kinerja::app::Services;
use kinerja::domain::{EmployeeId, RecordKind, Role};
use kinerja::store::Store;
use kinerja::ui::ssh::hostkey;

#[path = "support/measure.rs"]
mod measure;
use measure::{env_usize, load_average, ms, stats};
#[path = "support/ssh_client.rs"]
mod ssh_client;
use ssh_client::Term;

/// What the screens show (the server runs with `--lang id`).
const LIST_HINT: &str = "Tab/Enter dialognya";
const NOTE_FOOTER: &str = "Enter simpan · Tab sifat";
/// The note's text field with the focus marker, as the form draws it.
const NOTE_FIELD: &str = "›Catatan";
const STOPPED: &str = "Server kinerja dihentikan";
const COLS: u16 = 120;
const ROWS: u16 = 40;

/// One account of the bench and the people it may write notes about.
struct Seat {
    username: String,
    password: String,
    reports: Vec<EmployeeId>,
}

fn note_text(seat: usize, k: usize) -> String {
    format!("beban-{seat:02}-{k:03}")
}

/// The generated register and one account per seat; the database is closed on return.
fn build(db: &Path, n: usize, sessions: usize) -> (Vec<Seat>, i32) {
    let t = Instant::now();
    let mut services = Services::new(Store::open(db).expect("open"), "bench").expect("services");
    let today = services.today();
    measure::fill_register(&mut services, n);
    let reg = &services.register;
    let mut supervisors: Vec<(usize, EmployeeId)> = reg
        .employees()
        .iter()
        .map(|e| (reg.subordinates(e.id).len(), e.id))
        .filter(|(reports, _)| *reports > 0)
        .collect();
    supervisors.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    assert!(
        supervisors.len() >= sessions,
        "only {} supervisors for {sessions} sessions: raise KINERJA_BENCH_N",
        supervisors.len()
    );
    let seats: Vec<(EmployeeId, Seat)> = supervisors
        .iter()
        .take(sessions)
        .enumerate()
        .map(|(i, &(_, id))| {
            let seat = Seat {
                username: format!("beban{:02}", i + 1),
                password: format!("sandi-beban-{:02}", i + 1),
                reports: reg.subordinates(id).to_vec(),
            };
            (id, seat)
        })
        .collect();
    for (id, seat) in &seats {
        services
            .create_account(
                None,
                &seat.username,
                Some(*id),
                Role::Appraiser,
                &seat.password,
            )
            .expect("account");
    }
    let fewest = seats
        .iter()
        .map(|(_, s)| s.reports.len())
        .min()
        .unwrap_or(0);
    let most = seats
        .iter()
        .map(|(_, s)| s.reports.len())
        .max()
        .unwrap_or(0);
    println!(
        "generated {n} employees and {sessions} accounts (supervisors with {fewest}-{most} \
         direct reports) in {:.1} s",
        t.elapsed().as_secs_f64()
    );
    (seats.into_iter().map(|(_, s)| s).collect(), today.year())
}

/// `VmRSS` and `VmHWM` of a process, in KiB.
fn memory_kib(pid: u32) -> (Option<u64>, Option<u64>) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse().ok())
    };
    (field("VmRSS:"), field("VmHWM:"))
}

fn mib(k: Option<u64>) -> String {
    k.map_or("?".into(), |k| format!("{:.0} MiB", k as f64 / 1024.0))
}

/// The real binary serving `db` on a free loopback port (`serve.addr` then names the port).
fn start_server(db: &Path) -> Child {
    Process::new(env!("CARGO_BIN_EXE_kinerja"))
        .args([
            "--lang",
            "id",
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--idle",
            "0",
        ])
        .arg("--db")
        .arg(db)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .spawn()
        .expect("start kinerja serve")
}

/// The address the server at `db` listens on, once it does (within a minute).
fn listening(db: &Path) -> Option<std::net::SocketAddr> {
    let addr_file = db.parent()?.join("serve.addr");
    let deadline = Instant::now() + Duration::from_secs(60);
    while Instant::now() < deadline {
        let addr = std::fs::read_to_string(&addr_file)
            .ok()
            .and_then(|t| t.lines().next().and_then(|l| l.trim().parse().ok()));
        if addr.is_some() {
            return addr;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    None
}

/// How the clients type.
#[derive(Clone, Copy)]
struct Pace {
    /// Waited before each key (`KINERJA_BENCH_PAUSE_MS`; 0: as fast as the server answers).
    pause: Duration,
    /// The note's text in one write instead of a key at a time (`KINERJA_BENCH_BURST=1`),
    /// as an SSH client sends what was typed ahead over a slow link.
    burst: bool,
}

/// One person's run: sign in (reported on `signed_in`), the Dialog Kinerja tab, `changes`
/// quick notes. The times from `Enter` to the note on screen; each typed key's echo is
/// pushed to `echo`.
async fn work(
    term: &mut Term,
    seat: &Seat,
    index: usize,
    changes: usize,
    pace: Pace,
    signed_in: tokio::sync::mpsc::UnboundedSender<()>,
    echo: &mut Vec<Duration>,
) -> Result<Vec<Duration>, String> {
    let header = format!("[{} · ", seat.username);
    term.until("the signed-in header", |s| s.contains(&header))
        .await?;
    let _ = signed_in.send(());
    term.paced(pace.pause, b"4").await?;
    term.until("the Dialog Kinerja list", |s| s.contains(LIST_HINT))
        .await?;
    let mut times = Vec::with_capacity(changes);
    for k in 0..changes {
        let text = note_text(index, k);
        term.paced(pace.pause, b"w").await?;
        term.until("the quick note form", |s| s.contains(NOTE_FOOTER))
            .await?;
        if pace.burst {
            term.paced(pace.pause, text.as_bytes()).await?;
            term.until("the typed note", |s| typed(s, &text)).await?;
        } else {
            // One key at a time, as a person types: each shows before the next is sent.
            // (The text is ASCII: a byte is a key.)
            for end in 1..=text.len() {
                tokio::time::sleep(pace.pause).await;
                let sent = Instant::now();
                term.send(&text.as_bytes()[end - 1..end]).await?;
                term.until("the typed character", |s| typed(s, &text[..end]))
                    .await?;
                echo.push(sent.elapsed());
            }
        }
        tokio::time::sleep(pace.pause).await;
        let sent = Instant::now();
        term.send(b"\r").await?;
        term.until("the saved note in the list", |s| {
            !s.contains(NOTE_FOOTER) && s.contains(&text)
        })
        .await?;
        times.push(sent.elapsed());
    }
    Ok(times)
}

/// Whether the quick note form's text field holds exactly `text`.
fn typed(screen: &str, text: &str) -> bool {
    screen.lines().any(|l| {
        l.split_once(NOTE_FIELD)
            .is_some_and(|(_, rest)| rest.trim_matches(|c: char| c == ' ' || c == '│') == text)
    })
}

/// What one client reports when its changes are done, and after the server stopped.
struct Done {
    index: usize,
    result: Result<Vec<Duration>, String>,
    /// Each typed character to its echo on screen.
    echo: Vec<Duration>,
}

/// Every note sent is stored once, and each save is in the audit trail under the account.
/// Returns (notes missing or doubled, saves without an audit entry).
fn check_stored(db: &Path, seats: &[Seat], year: i32, changes: usize) -> (usize, usize) {
    let store = Store::open(db).expect("open after serve");
    let mut wrong_notes = 0;
    let mut unaudited = 0;
    for (i, seat) in seats.iter().enumerate() {
        let prefix = format!("beban-{i:02}-");
        let mut found = Vec::new();
        let mut audited = 0;
        for &r in &seat.reports {
            if let Some(y) = store.feedback_year(r, year).expect("read feedback") {
                found.extend(
                    y.notes
                        .iter()
                        .filter(|n| n.text.starts_with(&prefix))
                        .map(|n| n.text.clone()),
                );
            }
            audited += store
                .audit_of_employee(r)
                .expect("read audit")
                .iter()
                .filter(|a| a.actor == seat.username && a.record.kind == RecordKind::Feedback)
                .count();
        }
        let unique: BTreeSet<&String> = found.iter().collect();
        let expected: BTreeSet<String> = (0..changes).map(|k| note_text(i, k)).collect();
        let missing = expected.iter().filter(|t| !unique.contains(t)).count();
        let doubled = found.len() - unique.len();
        if missing + doubled > 0 || audited != changes {
            eprintln!(
                "{}: {missing} notes missing, {doubled} doubled, {audited} audit entries for {changes} saves",
                seat.username
            );
        }
        wrong_notes += missing + doubled;
        unaudited += changes.abs_diff(audited);
    }
    (wrong_notes, unaudited)
}

fn main() {
    let started = Instant::now();
    let n = env_usize("KINERJA_BENCH_N", 50_000);
    let sessions = env_usize("KINERJA_BENCH_SESSIONS", 20);
    let changes = env_usize("KINERJA_BENCH_CHANGES", 200);
    let pace = Pace {
        pause: Duration::from_millis(env_usize("KINERJA_BENCH_PAUSE_MS", 0) as u64),
        burst: env_usize("KINERJA_BENCH_BURST", 0) != 0,
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("db");
    println!("load average at start: {}", load_average());

    let (seats, year) = build(&db, n, sessions);
    let seats = Arc::new(seats);
    let mut server = start_server(&db);
    let Some(addr) = listening(&db) else {
        let _ = server.kill();
        let _ = server.wait();
        panic!("kinerja serve did not start");
    };
    let pid = server.id();
    let public = hostkey::load_or_create(&hostkey::path_for(&db))
        .expect("host key")
        .public_key()
        .clone();
    let (idle_rss, idle_hwm) = memory_kib(pid);

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let t = Instant::now();
    let (results, told, memory, work_time, after_sign_in) = runtime.block_on(async {
        let (done_tx, mut done_rx) = tokio::sync::mpsc::unbounded_channel::<Done>();
        let (signed_tx, mut signed_rx) = tokio::sync::mpsc::unbounded_channel::<()>();
        let mut tasks = Vec::new();
        for index in 0..sessions {
            let seats = seats.clone();
            let public = public.clone();
            let done_tx = done_tx.clone();
            let signed_tx = signed_tx.clone();
            tasks.push(tokio::spawn(async move {
                let seat = &seats[index];
                let mut term =
                    match Term::open(addr, public, &seat.username, &seat.password, (COLS, ROWS))
                        .await
                    {
                        Ok(term) => term,
                        Err(e) => {
                            let _ = done_tx.send(Done {
                                index,
                                result: Err(e),
                                echo: Vec::new(),
                            });
                            return false;
                        }
                    };
                let mut echo = Vec::new();
                let result =
                    work(&mut term, seat, index, changes, pace, signed_tx, &mut echo).await;
                let _ = done_tx.send(Done {
                    index,
                    result,
                    echo,
                });
                // Still connected while the server stops: the session must be told.
                match term
                    .until("the stop message", |s| s.contains(STOPPED))
                    .await
                {
                    Ok(()) => true,
                    Err(e) => {
                        eprintln!("{}: {e}", seats[index].username);
                        false
                    }
                }
            }));
        }
        drop(done_tx);
        drop(signed_tx);
        // The sign-ins (argon2, 19 MiB each while it runs) are at the start: the memory then.
        let mut signed = 0;
        while signed < sessions && signed_rx.recv().await.is_some() {
            signed += 1;
        }
        let after_sign_in = memory_kib(pid);
        let mut results = Vec::new();
        // One report per session (the tasks keep their sender until the server stopped).
        while results.len() < sessions {
            match done_rx.recv().await {
                Some(done) => results.push(done),
                None => break,
            }
        }
        let work_time = t.elapsed();
        let memory = memory_kib(pid);
        let killed = Process::new("kill")
            .args(["-TERM", &pid.to_string()])
            .status()
            .map(|s| s.success())
            .unwrap_or(false);
        assert!(killed, "could not send SIGTERM to the server");
        let mut told = 0;
        for task in tasks {
            if task.await.unwrap_or(false) {
                told += 1;
            }
        }
        (results, told, memory, work_time, after_sign_in)
    });
    let status = server.wait().expect("wait for the server");

    let mut failures = Vec::new();
    let mut times = Vec::new();
    let mut echoes = Vec::new();
    for done in results {
        echoes.extend(done.echo);
        match done.result {
            Ok(v) => times.extend(v),
            Err(e) => failures.push(format!("{}: {e}", seats[done.index].username)),
        }
    }
    let (wrong_notes, unaudited) = check_stored(&db, &seats, year, changes);

    let total = sessions * changes;
    let (rss, hwm) = memory;
    println!();
    println!(
        "| what ({n} employees, {sessions} sessions x {changes} quick notes; {}) | measured |",
        match (pace.burst, pace.pause.as_millis()) {
            (false, 0) => "keys as fast as the server answers".to_string(),
            (false, p) => format!("a key every {p} ms or slower"),
            (true, p) => format!("each note's text in one write, pause {p} ms"),
        }
    );
    println!("|---|---|");
    if times.is_empty() {
        println!("| Enter to the saved note on screen | no change measured |");
    } else {
        let s = stats(times.clone());
        println!(
            "| Enter to the saved note on screen, p50 / p99 / max of {} | {} / {} / {} |",
            times.len(),
            ms(s.median),
            ms(s.p99),
            ms(s.max)
        );
    }
    if !echoes.is_empty() {
        let n = echoes.len();
        let s = stats(echoes);
        println!(
            "| a typed character to its echo, p50 / p99 / max of {n} | {} / {} / {} |",
            ms(s.median),
            ms(s.p99),
            ms(s.max)
        );
    }
    println!(
        "| all sessions' changes, wall time | {:.1} s ({:.0} saves/s) |",
        work_time.as_secs_f64(),
        times.len() as f64 / work_time.as_secs_f64().max(0.001)
    );
    println!(
        "| server resident memory before the sessions: VmRSS / VmHWM | {} / {} |",
        mib(idle_rss),
        mib(idle_hwm)
    );
    println!(
        "| server resident memory after the {sessions} sign-ins: VmRSS / VmHWM | {} / {} |",
        mib(after_sign_in.0),
        mib(after_sign_in.1)
    );
    println!(
        "| server resident memory after the changes: VmRSS / VmHWM (peak of the whole run) | {} / {} |",
        mib(rss),
        mib(hwm)
    );
    println!("| sessions told of the stop (SIGTERM) | {told} of {sessions} |");
    println!("| server exit status | {status} |");
    println!(
        "| notes stored once each / saves audited (of {total}) | {} / {} |",
        total - wrong_notes.min(total),
        total - unaudited.min(total)
    );
    println!();
    println!(
        "load average at end: {}; total bench time {:.0} s",
        load_average(),
        started.elapsed().as_secs_f64()
    );
    for f in &failures {
        eprintln!("session failed: {f}");
    }
    if !failures.is_empty()
        || wrong_notes > 0
        || unaudited > 0
        || told < sessions
        || !status.success()
    {
        eprintln!("serve_load FAILED: changes lost, sessions failed, or the stop was not clean");
        std::process::exit(1);
    }
}

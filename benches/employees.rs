//! Performance of the employees screen and the register at the size of a large agency.
//!
//! `cargo bench --bench employees` (release profile). `KINERJA_BENCH_N` overrides the number
//! of employees (default 50,000), `KINERJA_BENCH_IMPORT_RUNS` the number of timed imports
//! (default 2). A small harness on `std::time::Instant`: warm-up, many iterations, min /
//! median / p99. At the end a table of every measure against its budget.
//!
//! Measures:
//! 1. open + first frame as the user sees it (`support/start.rs`): `Store::open` +
//!    `Services::loading` (the register read on another thread) + `App::with_sign_in` + one
//!    `render::draw` of the sign-in screen on a 120x40 `TestBackend`; then when the register
//!    is in memory, an admin's sign-in to the list drawn, and for comparison the start that
//!    reads the register first (`Services::new` + `App::new` + the list); the store is
//!    dropped between runs;
//! 2. filter + frame per key press, through the app's real path (`/`, typed characters,
//!    Backspace, Esc), each key followed by one frame;
//! 3. one frame alone;
//! 4. `kinerja import pegawai FILE.csv` of the generated register into an empty database,
//!    with the real release binary;
//! 5. resident memory after loading and drawing (a child process of this bench, so the
//!    generation done here does not count; and `kinerja script` with the real binary), and
//!    the peak of the import process;
//! 6. `Store::employees()` (decode of every record) against a bare sled scan of the same keys.
//!
//! Wall time is what the budgets judge. The thread CPU time (Linux) and the 1-minute load
//! average are printed beside it: on a busy machine they tell slow code from a stolen core.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::{Command as Process, Stdio};
use std::time::{Duration, Instant};

use kinerja::app::kit::key::{Key, KeyCode};
use kinerja::app::transfer::export::{self, Format};
use kinerja::app::{App, Command, Services};
use kinerja::domain::AuditAction;
use kinerja::i18n::Lang;
use kinerja::store::Store;
use kinerja::ui::kit::theme::Theme;
use kinerja::ui::shell::frame as render;
use kinerja::ui::sync_viewport;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;
use ratatui::Terminal;

const WIDTH: u16 = 120;
const HEIGHT: u16 = 40;
/// Page cache of the store (src/store/open.rs), used for the bare sled scan too.
const CACHE_CAPACITY: u64 = 64 << 20;
/// Key prefix of employee records in the `data` tree (src/store/keys.rs).
const EMPLOYEE_TAG: u8 = b'E';
const CHILD_ENV: &str = "KINERJA_BENCH_CHILD_DB";

#[path = "support/start.rs"]
mod start;

// ---------------------------------------------------------------------------------------------
// Harness
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy, Debug)]
struct Stats {
    n: usize,
    min: Duration,
    median: Duration,
    p99: Duration,
    max: Duration,
}

fn stats(samples: &[Duration]) -> Stats {
    assert!(!samples.is_empty(), "no samples");
    let mut s = samples.to_vec();
    s.sort_unstable();
    // Nearest rank.
    let rank = |p: f64| s[((p * s.len() as f64).ceil() as usize).clamp(1, s.len()) - 1];
    Stats {
        n: s.len(),
        min: s[0],
        median: rank(0.5),
        p99: rank(0.99),
        max: s[s.len() - 1],
    }
}

/// Runs `f` `warmup` times untimed, then `runs` times timed. What `f` returns is dropped after
/// the clock stops.
fn bench<T>(warmup: usize, runs: usize, mut f: impl FnMut() -> T) -> Stats {
    for _ in 0..warmup {
        drop(f());
    }
    let samples: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            let out = std::hint::black_box(f());
            let d = t.elapsed();
            drop(out);
            d
        })
        .collect();
    stats(&samples)
}

fn ms(d: Duration) -> String {
    let v = d.as_secs_f64() * 1e3;
    if v >= 100.0 {
        format!("{v:.0} ms")
    } else if v >= 10.0 {
        format!("{v:.1} ms")
    } else {
        format!("{v:.2} ms")
    }
}

fn line(label: &str, s: &Stats) {
    println!(
        "  {label:<44} n={:<5} min {:>9}  median {:>9}  p99 {:>9}  max {:>9}",
        s.n,
        ms(s.min),
        ms(s.median),
        ms(s.p99),
        ms(s.max)
    );
}

/// One row of the final table.
struct Verdict {
    what: String,
    budget: String,
    measured: String,
    ok: Option<bool>,
}

fn verdict(what: &str, budget: &str, measured: String, ok: Option<bool>) -> Verdict {
    Verdict {
        what: what.to_string(),
        budget: budget.to_string(),
        measured,
        ok,
    }
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

fn open_services(path: &Path) -> Services {
    let store = Store::open(path).unwrap_or_else(|e| panic!("open {}: {e}", path.display()));
    Services::new(store, "bench").expect("load register")
}

fn terminal() -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(WIDTH, HEIGHT)).expect("test terminal")
}

fn area() -> Rect {
    Rect::new(0, 0, WIDTH, HEIGHT)
}

/// One frame, as the TUI loop does it: viewport sync, then draw.
fn frame(app: &mut App, term: &mut Terminal<TestBackend>, theme: &Theme) {
    sync_viewport(app, area());
    term.draw(|f| render::draw(f, app, theme)).expect("draw");
}

/// VmRSS and VmHWM of `/proc/<pid>/status`, in KiB.
fn proc_mem(pid: &str) -> Option<(u64, u64)> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse::<u64>().ok())
    };
    Some((field("VmRSS:")?, field("VmHWM:")?))
}

/// CPU time of the calling thread (`CLOCK_THREAD_CPUTIME_ID`): unlike wall time it does not
/// count the time other processes held the core, so it shows the app's own cost on a busy
/// machine.
#[cfg(all(target_os = "linux", target_pointer_width = "64"))]
fn thread_cpu() -> Option<Duration> {
    #[repr(C)]
    struct Timespec {
        tv_sec: i64,
        tv_nsec: i64,
    }
    extern "C" {
        fn clock_gettime(clock: i32, tp: *mut Timespec) -> i32;
    }
    const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
    let mut ts = Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: libc's clock_gettime with a valid clock id and a pointer to a live timespec
    // (two 64-bit fields on 64-bit Linux).
    let rc = unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    (rc == 0).then(|| Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32))
}

#[cfg(not(all(target_os = "linux", target_pointer_width = "64")))]
fn thread_cpu() -> Option<Duration> {
    None
}

/// The 1-minute load average: how busy the machine was while measuring.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|s| s.split_whitespace().next().map(str::to_string))
        .unwrap_or_else(|| "n/a".to_string())
}

fn mib(kib: u64) -> f64 {
    kib as f64 / 1024.0
}

fn dir_size(path: &Path) -> u64 {
    std::fs::read_dir(path)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| match e.metadata() {
                    Ok(m) if m.is_dir() => dir_size(&e.path()),
                    Ok(m) => m.len(),
                    Err(_) => 0,
                })
                .sum()
        })
        .unwrap_or(0)
}

/// The release binary built by `cargo bench` next to this bench.
fn kinerja_bin() -> PathBuf {
    let p = PathBuf::from(env!("CARGO_BIN_EXE_kinerja"));
    if !p.exists() {
        eprintln!(
            "the kinerja binary is missing at {}; build it with `cargo build --release`",
            p.display()
        );
        std::process::exit(2);
    }
    p
}

fn env_usize(name: &str, default: usize) -> usize {
    match std::env::var(name) {
        Ok(v) => v
            .trim()
            .replace('_', "")
            .parse()
            .unwrap_or_else(|_| panic!("{name}={v}: not a number")),
        Err(_) => default,
    }
}

// ---------------------------------------------------------------------------------------------
// Measures
// ---------------------------------------------------------------------------------------------

/// Fills an empty database with `n` generated employees, as `kinerja gen` does.
fn generate_db(path: &Path, n: usize) -> (Duration, Duration) {
    let mut services = open_services(path);
    let t = Instant::now();
    let today = services.today();
    let (units, employees) =
        kinerja::cli::gen::generate(n, today, |k| services.next_id(k)).expect("ids");
    let built = t.elapsed();
    let t = Instant::now();
    services
        .execute(Command::Batch {
            units,
            employees,
            action: AuditAction::Create,
        })
        .expect("batch");
    (built, t.elapsed())
}

struct OpenTimes {
    /// Start to the first frame: the sign-in screen, the register read meanwhile.
    total: Stats,
    /// Thread CPU time of that path (sled's and the reading thread's not included).
    cpu: Option<Stats>,
    open: Stats,
    /// `Services::loading` + `App::with_sign_in`.
    app: Stats,
    draw: Stats,
    /// Start to the register in memory.
    ready: Stats,
    /// An admin's sign-in to the list drawn, the register in.
    sign_in: Stats,
    /// The start that reads the register before the first frame (the list), for comparison.
    before: Stats,
}

/// Measure 1: the start as the user sees it (`support/start.rs`); the store is closed
/// (dropped) between runs.
fn open_first_frame(path: &Path, runs: usize) -> OpenTimes {
    let theme = Theme::plain();
    let (mut total, mut cpu, mut open, mut app_t, mut draw) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let (mut ready, mut sign_in, mut before) = (Vec::new(), Vec::new(), Vec::new());
    // One warm-up run (OS page cache, allocator), then the timed ones.
    for run in 0..=runs {
        let c0 = thread_cpu();
        let s = start::start(path, WIDTH, HEIGHT, &theme);
        let c1 = thread_cpu();
        let b = start::start_reading_first(path, WIDTH, HEIGHT, &theme);
        if run == 0 {
            continue;
        }
        total.push(s.first_frame);
        if let (Some(c0), Some(c1)) = (c0, c1) {
            // The whole start, sign-in included: an upper bound of the first frame's CPU.
            cpu.push(c1.saturating_sub(c0));
        }
        open.push(s.open);
        app_t.push(s.state);
        draw.push(s.draw);
        ready.push(s.ready);
        sign_in.push(s.sign_in);
        before.push(b);
    }
    OpenTimes {
        total: stats(&total),
        cpu: (!cpu.is_empty()).then(|| stats(&cpu)),
        open: stats(&open),
        app: stats(&app_t),
        draw: stats(&draw),
        ready: stats(&ready),
        sign_in: stats(&sign_in),
        before: stats(&before),
    }
}

struct KeyTimes {
    per_key: Stats,
    narrowing: Stats,
    widening: Stats,
    update_only: Stats,
    draw_only: Stats,
    /// Thread CPU time per key: the same work without the time other processes took the core.
    cpu: Option<Stats>,
    worst: (Duration, String),
    /// The key whose median over the sessions is highest: robust against a loaded machine.
    worst_median: (Duration, String),
}

/// Measure 2: filter as you type: each key through `App::handle_key`, then one frame.
fn filter_keys(app: &mut App, sessions: usize) -> KeyTimes {
    let theme = Theme::plain();
    let mut term = terminal();
    frame(app, &mut term, &theme);
    let bs = Key::plain(KeyCode::Backspace);
    let mut script: Vec<(Key, &'static str)> = vec![(Key::ch('/'), "/")];
    for word in [
        "mar",
        "mahuze",
        "1990",
        "kependudukan",
        "seksi pert",
        "yohana kaize",
    ] {
        for c in word.chars() {
            script.push((Key::ch(c), "type"));
        }
        for _ in word.chars() {
            script.push((bs, "backspace"));
        }
    }
    script.push((Key::plain(KeyCode::Esc), "esc"));

    let (mut all, mut narrow, mut widen, mut upd, mut drw, mut cpu) = (
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
    );
    let mut per_step: Vec<Vec<Duration>> = vec![Vec::new(); script.len()];
    let mut labels = vec![String::new(); script.len()];
    let mut worst = (Duration::ZERO, String::new());
    // Session 0 is the warm-up.
    for session in 0..=sessions {
        let mut typed = String::new();
        for (step, (key, kind)) in script.iter().enumerate() {
            let c0 = thread_cpu();
            let t0 = Instant::now();
            app.handle_key(*key);
            let t1 = Instant::now();
            frame(app, &mut term, &theme);
            let t2 = Instant::now();
            let c1 = thread_cpu();
            match *kind {
                "type" => typed.push(key.typed_char().unwrap_or('?')),
                "backspace" => {
                    typed.pop();
                }
                _ => {}
            }
            if session == 0 {
                labels[step] = format!("{kind} -> {typed:?}");
                continue;
            }
            let d = t2 - t0;
            all.push(d);
            upd.push(t1 - t0);
            drw.push(t2 - t1);
            per_step[step].push(d);
            if let (Some(c0), Some(c1)) = (c0, c1) {
                cpu.push(c1.saturating_sub(c0));
            }
            match *kind {
                "type" => narrow.push(d),
                "backspace" => widen.push(d),
                _ => {}
            }
            if d > worst.0 {
                worst = (d, labels[step].clone());
            }
        }
        assert!(
            !app.state.list.filtering && app.state.list.query().is_empty(),
            "the script should end with the filter closed and empty"
        );
    }
    let worst_median = per_step
        .iter()
        .zip(&labels)
        .map(|(v, l)| (stats(v).median, l.clone()))
        .max_by_key(|(d, _)| *d)
        .unwrap_or_default();
    // Sanity: the filter really filters.
    for c in "/mahuze".chars() {
        app.handle_key(Key::ch(c));
    }
    let matched = app.state.list.match_count();
    let total = app.services.register.employees().len();
    assert!(
        matched < total && (matched > 0 || total < 1_000),
        "filter 'mahuze' matched {matched} of {total}"
    );
    app.handle_key(Key::plain(KeyCode::Esc));
    KeyTimes {
        per_key: stats(&all),
        narrowing: stats(&narrow),
        widening: stats(&widen),
        update_only: stats(&upd),
        draw_only: stats(&drw),
        cpu: (!cpu.is_empty()).then(|| stats(&cpu)),
        worst,
        worst_median,
    }
}

/// Measure 3: one frame alone, the list unchanged and the list scrolled by one row per frame.
fn frame_alone(app: &mut App, iterations: usize) -> (Stats, Stats) {
    let theme = Theme::plain();
    let mut term = terminal();
    let still = bench(50, iterations, || frame(app, &mut term, &theme));
    let down = Key::plain(KeyCode::Down);
    let mut samples = Vec::with_capacity(iterations);
    for i in 0..iterations + 50 {
        app.handle_key(down);
        let t = Instant::now();
        frame(app, &mut term, &theme);
        if i >= 50 {
            samples.push(t.elapsed());
        }
    }
    app.handle_key(Key::ch('g'));
    (still, stats(&samples))
}

struct ScanTimes {
    employees_warm: Stats,
    employees_cold: Stats,
    scan_warm: Stats,
    scan_cold: Stats,
    keys: usize,
    bytes: usize,
}

/// Measure 6: `Store::employees()` against a bare sled scan of the employee keys.
fn load_vs_scan(path: &Path, iterations: usize) -> ScanTimes {
    let mut employees_cold = Vec::new();
    let mut scan_cold = Vec::new();
    let mut count = 0;
    for _ in 0..5 {
        let store = Store::open(path).expect("open");
        let t = Instant::now();
        let all = store.employees().expect("employees");
        employees_cold.push(t.elapsed());
        count = all.len();
        drop(all);
        drop(store);
    }
    let store = Store::open(path).expect("open");
    let employees_warm = bench(3, iterations, || store.employees().expect("employees"));
    assert_eq!(store.employees().expect("employees").len(), count);
    drop(store);

    let scan = |tree: &sled::Tree| {
        let (mut keys, mut bytes) = (0usize, 0usize);
        for kv in tree.scan_prefix([EMPLOYEE_TAG]) {
            let (k, v) = kv.expect("scan");
            keys += 1;
            bytes += k.len() + v.len();
        }
        (keys, bytes)
    };
    let open_sled = || {
        let db = sled::Config::new()
            .path(path)
            .cache_capacity(CACHE_CAPACITY)
            .open()
            .expect("sled open (is the store still open?)");
        let tree = db.open_tree("data").expect("data tree");
        (db, tree)
    };
    let (mut keys, mut bytes) = (0, 0);
    for _ in 0..5 {
        let (db, tree) = open_sled();
        let t = Instant::now();
        (keys, bytes) = scan(&tree);
        scan_cold.push(t.elapsed());
        drop(tree);
        drop(db);
    }
    assert_eq!(keys, count, "bare scan and Store::employees disagree");
    let (db, tree) = open_sled();
    let scan_warm = bench(3, iterations, || scan(&tree));
    drop(tree);
    drop(db);
    ScanTimes {
        employees_warm,
        employees_cold: stats(&employees_cold),
        scan_warm,
        scan_cold: stats(&scan_cold),
        keys,
        bytes,
    }
}

/// One run of the real binary: wall time, peak RSS, what it printed.
struct ChildRun {
    wall: Duration,
    peak_kib: Option<u64>,
    peak_how: &'static str,
    stdout: String,
}

/// Runs `kinerja --db DB ARGS...` and measures it. The peak RSS comes from `/usr/bin/time -v`
/// when it exists, else from sampling the child's `/proc/<pid>/status` every 2 ms (exact as
/// long as the peak is not in its last milliseconds).
fn run_kinerja(bin: &Path, db: &Path, args: &[&std::ffi::OsStr]) -> ChildRun {
    let gnu_time = Path::new("/usr/bin/time");
    let use_time = gnu_time.exists()
        && Process::new(gnu_time)
            .args(["-v", "true"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
    let mut cmd = if use_time {
        let mut c = Process::new(gnu_time);
        c.arg("-v").arg(bin);
        c
    } else {
        Process::new(bin)
    };
    cmd.arg("--db")
        .arg(db)
        .args(args)
        .env("USER", "bench")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let t = Instant::now();
    let child = cmd.spawn().expect("spawn kinerja");
    let pid = child.id().to_string();
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let sampler = {
        let done = done.clone();
        std::thread::spawn(move || {
            let mut peak = None;
            while !done.load(std::sync::atomic::Ordering::Relaxed) {
                if let Some((_, hwm)) = proc_mem(&pid) {
                    peak = Some(hwm);
                }
                std::thread::sleep(Duration::from_millis(2));
            }
            peak
        })
    };
    let out = child.wait_with_output().expect("wait for kinerja");
    let wall = t.elapsed();
    done.store(true, std::sync::atomic::Ordering::Relaxed);
    let sampled = sampler.join().unwrap_or(None);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "kinerja {args:?} failed ({}):\n{stderr}",
        out.status
    );
    let (peak_kib, peak_how) = if use_time {
        let max = stderr
            .lines()
            .find(|l| l.contains("Maximum resident set size"))
            .and_then(|l| l.rsplit(':').next())
            .and_then(|v| v.trim().parse::<u64>().ok());
        (max, "/usr/bin/time -v")
    } else {
        (sampled, "sampled /proc/<pid>/status VmHWM")
    };
    ChildRun {
        wall,
        peak_kib,
        peak_how,
        stdout: String::from_utf8_lossy(&out.stdout).trim().to_string(),
    }
}

/// Measure 4: `kinerja --db EMPTY import pegawai FILE`, as a user runs it.
fn import_once(bin: &Path, csv: &Path, db: &Path) -> ChildRun {
    run_kinerja(
        bin,
        db,
        &["import".as_ref(), "pegawai".as_ref(), csv.as_os_str()],
    )
}

/// Measure 5, real binary: `kinerja script` headless opens the database, draws the first
/// frame, types a filter and switches to the tree view (one frame per dump).
fn script_once(bin: &Path, db: &Path, dir: &Path) -> ChildRun {
    let keys = dir.join("keys.txt");
    std::fs::write(
        &keys,
        "dump\n/\ntext:mar\ndump\nbackspace\nbackspace\nbackspace\nesc\nt\ndump\n",
    )
    .expect("write keys");
    let size = format!("{WIDTH}x{HEIGHT}");
    run_kinerja(
        bin,
        db,
        &[
            "script".as_ref(),
            "--keys".as_ref(),
            keys.as_os_str(),
            "--size".as_ref(),
            size.as_ref(),
        ],
    )
}

/// Measure 5, child mode of this bench: load, draw, print memory; filter and print again.
fn child_rss(db: &Path) {
    let theme = Theme::plain();
    let mut app = App::new(open_services(db), Lang::Id);
    let mut term = terminal();
    frame(&mut app, &mut term, &theme);
    let (rss, hwm) = proc_mem("self").expect("/proc/self/status");
    for c in "/mar".chars() {
        app.handle_key(Key::ch(c));
        frame(&mut app, &mut term, &theme);
    }
    for _ in 0..3 {
        app.handle_key(Key::plain(KeyCode::Backspace));
        frame(&mut app, &mut term, &theme);
    }
    app.handle_key(Key::ch('t'));
    frame(&mut app, &mut term, &theme);
    let (rss2, hwm2) = proc_mem("self").expect("/proc/self/status");
    println!("{rss} {hwm} {rss2} {hwm2}");
}

fn memory_child(db: &Path) -> Option<[u64; 4]> {
    let exe = std::env::current_exe().ok()?;
    let out = Process::new(exe)
        .env(CHILD_ENV, db)
        .stdin(Stdio::null())
        .output()
        .ok()?;
    if !out.status.success() {
        eprintln!(
            "memory child failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        return None;
    }
    let text = String::from_utf8_lossy(&out.stdout);
    let v: Vec<u64> = text
        .split_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect();
    (v.len() == 4).then(|| [v[0], v[1], v[2], v[3]])
}

// ---------------------------------------------------------------------------------------------

fn main() {
    if let Some(db) = std::env::var_os(CHILD_ENV) {
        child_rss(Path::new(&db));
        return;
    }
    if !cfg!(target_os = "linux") {
        eprintln!("note: memory figures need /proc (Linux); they will be missing here");
    }
    let started = Instant::now();
    let n = env_usize("KINERJA_BENCH_N", 50_000);
    let import_runs = env_usize("KINERJA_BENCH_IMPORT_RUNS", 2).max(1);
    let bin = kinerja_bin();
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("register.db");
    let load_before = load_average();
    println!(
        "kinerja bench: {n} employees, {WIDTH}x{HEIGHT} frames, temp dir {}, {} cores, load average {load_before}",
        dir.path().display(),
        std::thread::available_parallelism().map_or(0, |n| n.get()),
    );

    // Data.
    let (built, committed) = generate_db(&db, n);
    println!(
        "\n[setup] generated {n} employees in {} and committed them in {} (database {:.1} MiB)",
        ms(built),
        ms(committed),
        dir_size(&db) as f64 / (1 << 20) as f64
    );
    let csv = dir.path().join("pegawai.csv");
    {
        let services = open_services(&db);
        let file = std::fs::File::create(&csv).expect("create csv");
        let mut w = BufWriter::new(file);
        export::write_employees(&services.register, Format::Csv, &mut w).expect("export csv");
        w.flush().expect("flush csv");
    }
    println!(
        "[setup] CSV of {n} rows: {:.1} MiB",
        std::fs::metadata(&csv).map(|m| m.len()).unwrap_or(0) as f64 / (1 << 20) as f64
    );

    // 1.
    println!("\n[1] start: open database + first frame (the sign-in screen; the register read meanwhile)");
    let o = open_first_frame(&db, 10);
    line("total", &o.total);
    line("  Store::open", &o.open);
    line("  Services::loading + App::with_sign_in", &o.app);
    line("  first frame", &o.draw);
    if let Some(cpu) = &o.cpu {
        line("whole start with the sign-in, thread CPU time", cpu);
    }
    line("register in memory, from the start", &o.ready);
    line("admin's sign-in to the list drawn", &o.sign_in);
    line(
        "for comparison: register read before the first frame",
        &o.before,
    );

    // 2. and 3.
    let mut app = App::new(open_services(&db), Lang::Id);
    println!("\n[2] filter + frame per key press ('/', words typed then erased, Esc)");
    let k = filter_keys(&mut app, 12);
    line("per key (handle_key + frame)", &k.per_key);
    line("  typed character (narrowing)", &k.narrowing);
    line("  Backspace (widening)", &k.widening);
    line("  handle_key alone", &k.update_only);
    line("  frame alone after the key", &k.draw_only);
    if let Some(cpu) = &k.cpu {
        line("per key, thread CPU time", cpu);
    }
    println!(
        "  slowest single key press: {} ({})",
        ms(k.worst.0),
        k.worst.1
    );
    println!(
        "  slowest key by its median over the sessions: {} ({})",
        ms(k.worst_median.0),
        k.worst_median.1
    );

    println!("\n[3] one frame alone");
    let (still, scrolling) = frame_alone(&mut app, 1000);
    line("unchanged screen", &still);
    line("scrolled by one row (Down + frame)", &scrolling);
    drop(app);

    // 6.
    println!("\n[6] Store::employees() against a bare sled scan of the employee keys");
    let s = load_vs_scan(&db, 20);
    line("Store::employees(), warm cache", &s.employees_warm);
    line("bare sled scan_prefix, warm cache", &s.scan_warm);
    line("Store::employees(), first after open", &s.employees_cold);
    line("bare sled scan_prefix, first after open", &s.scan_cold);
    let ratio = s.employees_warm.median.as_secs_f64() / s.scan_warm.median.as_secs_f64();
    let ratio_cold = s.employees_cold.median.as_secs_f64() / s.scan_cold.median.as_secs_f64();
    println!(
        "  {} keys, {:.1} MiB keys+values; ratio warm {ratio:.2}x, first after open {ratio_cold:.2}x",
        s.keys,
        s.bytes as f64 / (1 << 20) as f64
    );

    // 5.
    println!("\n[5] resident memory (child process: open, load, first frame; then filter + tree)");
    let mem = memory_child(&db);
    match mem {
        Some([rss, hwm, rss2, hwm2]) => {
            println!(
                "  after first frame: VmRSS {:.1} MiB, VmHWM {:.1} MiB",
                mib(rss),
                mib(hwm)
            );
            println!(
                "  after filter + tree view: VmRSS {:.1} MiB, VmHWM {:.1} MiB",
                mib(rss2),
                mib(hwm2)
            );
        }
        None => println!("  not available"),
    }
    let script = script_once(&bin, &db, dir.path());
    assert!(
        script.stdout.contains("NIP"),
        "kinerja script printed no list:\n{}",
        script.stdout
    );
    println!(
        "  kinerja script (real binary: open, first frame, filter, tree view): {}, peak RSS {} ({})",
        ms(script.wall),
        script
            .peak_kib
            .map_or("n/a".to_string(), |k| format!("{:.1} MiB", mib(k))),
        script.peak_how
    );

    // 4.
    println!("\n[4] kinerja import pegawai ({n} rows) into an empty database, release binary");
    println!("  binary: {}", bin.display());
    let mut imports = Vec::new();
    for i in 0..import_runs {
        let target = dir.path().join(format!("import-{i}.db"));
        let r = import_once(&bin, &csv, &target);
        println!(
            "  run {}: {}  peak RSS {} ({})",
            i + 1,
            ms(r.wall),
            r.peak_kib
                .map_or("n/a".to_string(), |k| format!("{:.1} MiB", mib(k))),
            r.peak_how
        );
        if i == 0 {
            for l in r.stdout.lines() {
                println!("    | {l}");
            }
            let store = Store::open(&target).expect("open imported");
            let count = store.employees().expect("imported employees").len();
            assert_eq!(count, n, "the import should hold every row");
        }
        imports.push(r);
        std::fs::remove_dir_all(&target).ok();
    }
    let import_best = imports.iter().map(|r| r.wall).min().unwrap_or_default();
    let import_worst = imports.iter().map(|r| r.wall).max().unwrap_or_default();
    let import_peak = imports.iter().filter_map(|r| r.peak_kib).max();

    // Table.
    let mut table = vec![
        verdict(
            "open db + first frame (median)",
            "< 150 ms",
            format!("{} (min {})", ms(o.total.median), ms(o.total.min)),
            Some(o.total.median < Duration::from_millis(150)),
        ),
        verdict(
            "  register in memory, from the start (median)",
            "-",
            ms(o.ready.median),
            None,
        ),
        verdict(
            "  sign-in to the list drawn (median)",
            "-",
            ms(o.sign_in.median),
            None,
        ),
        verdict(
            "  register read before the first frame (median)",
            "-",
            ms(o.before.median),
            None,
        ),
        verdict(
            "filter + frame per key (p99)",
            "< 5 ms",
            format!("{} (median {})", ms(k.per_key.p99), ms(k.per_key.median)),
            Some(k.per_key.p99 < Duration::from_millis(5)),
        ),
        verdict(
            "  slowest key, median over sessions",
            "-",
            format!("{} ({})", ms(k.worst_median.0), k.worst_median.1),
            None,
        ),
        verdict(
            "one frame alone (p99)",
            "-",
            format!("{} (median {})", ms(still.p99), ms(still.median)),
            None,
        ),
        verdict(
            &format!("import {n} CSV rows (slowest of {import_runs})"),
            "< 5 s",
            format!("{} (best {})", ms(import_worst), ms(import_best)),
            Some(import_worst < Duration::from_secs(5)),
        ),
    ];
    match mem {
        Some([rss, hwm, _, hwm2]) => {
            table.push(verdict(
                "RSS after load + first frame",
                "< 100 MB",
                format!("{:.1} MiB (peak {:.1} MiB)", mib(rss), mib(hwm)),
                Some(hwm * 1024 < 100_000_000),
            ));
            table.push(verdict(
                "peak RSS after filter + tree view",
                "< 100 MB",
                format!("{:.1} MiB", mib(hwm2)),
                Some(hwm2 * 1024 < 100_000_000),
            ));
        }
        None => table.push(verdict(
            "RSS after load + first frame",
            "< 100 MB",
            "n/a".into(),
            None,
        )),
    }
    table.push(verdict(
        "peak RSS of `kinerja script` (same, real binary)",
        "< 100 MB",
        script
            .peak_kib
            .map_or("n/a".into(), |k| format!("{:.1} MiB", mib(k))),
        script.peak_kib.map(|k| k * 1024 < 100_000_000),
    ));
    table.push(verdict(
        "peak RSS of the import process",
        "< 100 MB",
        import_peak.map_or("n/a".into(), |k| format!("{:.1} MiB", mib(k))),
        import_peak.map(|k| k * 1024 < 100_000_000),
    ));
    table.push(verdict(
        "Store::employees / bare sled scan (warm)",
        "< 2x",
        format!(
            "{ratio:.2}x ({} / {})",
            ms(s.employees_warm.median),
            ms(s.scan_warm.median)
        ),
        Some(ratio < 2.0),
    ));
    table.push(verdict(
        "  same, first scan after open",
        "-",
        format!(
            "{ratio_cold:.2}x ({} / {})",
            ms(s.employees_cold.median),
            ms(s.scan_cold.median)
        ),
        None,
    ));

    println!(
        "\n=== {n} employees: measures against budgets (load average {load_before} at start, {} at end) ===",
        load_average()
    );
    let w = table.iter().map(|v| v.what.len()).max().unwrap_or(0);
    let wm = table.iter().map(|v| v.measured.len()).max().unwrap_or(0);
    println!(
        "{:<w$}  {:<8}  {:<wm$}  result",
        "measure", "budget", "measured"
    );
    println!("{}", "-".repeat(w + wm + 20));
    for v in &table {
        let result = match v.ok {
            Some(true) => "OK",
            Some(false) => "OVER",
            None => "",
        };
        println!(
            "{:<w$}  {:<8}  {:<wm$}  {result}",
            v.what, v.budget, v.measured
        );
    }
    println!(
        "\n(bench run took {:.0} s)",
        started.elapsed().as_secs_f64()
    );
}

//! What every bench needs to time and report (included with `#[path]`): the size from the
//! environment, samples and their median / p99 / max, the load average, skipped steps.
// Each bench uses a part of this.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command as Process, Stdio};
use std::time::{Duration, Instant};

/// A size from the environment (`50_000` allowed), else `default`.
pub fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.trim().replace('_', "").parse().ok())
        .unwrap_or(default)
}

pub struct Stats {
    pub median: Duration,
    pub p99: Duration,
    pub max: Duration,
}

pub fn stats(mut v: Vec<Duration>) -> Stats {
    v.sort();
    let at = |q: f64| v[((v.len() - 1) as f64 * q).round() as usize];
    Stats {
        median: at(0.5),
        p99: at(0.99),
        max: at(1.0),
    }
}

/// Times `f` `runs` times.
pub fn sample<T>(runs: usize, mut f: impl FnMut() -> T) -> Stats {
    let mut v = Vec::with_capacity(runs);
    for _ in 0..runs {
        let t = Instant::now();
        std::hint::black_box(f());
        v.push(t.elapsed());
    }
    stats(v)
}

pub fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

pub fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|s| s.split_whitespace().next().map(str::to_string))
        .unwrap_or_else(|| "?".into())
}

/// `KINERJA_BENCH_SKIP=a,b` leaves those steps out.
pub fn skipped(step: &str) -> bool {
    std::env::var("KINERJA_BENCH_SKIP")
        .map(|v| v.split(',').any(|s| s.trim() == step))
        .unwrap_or(false)
}

/// Runs the real binary under `/usr/bin/time -v` when present: wall time and peak RSS (KiB).
pub fn run_kinerja(db: &Path, args: &[&std::ffi::OsStr]) -> (Duration, Option<u64>) {
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_kinerja"));
    let time = Path::new("/usr/bin/time");
    let mut cmd = if time.exists() {
        let mut c = Process::new(time);
        c.arg("-v").arg(&bin);
        c
    } else {
        Process::new(&bin)
    };
    cmd.arg("--db")
        .arg(db)
        .args(args)
        .env("USER", "bench")
        .stdin(Stdio::null())
        .stdout(Stdio::null());
    let t = Instant::now();
    let out = cmd.output().expect("run kinerja");
    let wall = t.elapsed();
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(out.status.success(), "kinerja {args:?} failed:\n{stderr}");
    let peak = stderr
        .lines()
        .find(|l| l.contains("Maximum resident set size"))
        .and_then(|l| l.rsplit(':').next())
        .and_then(|v| v.trim().parse().ok());
    (wall, peak)
}

/// Fills an empty register with `kinerja gen`'s office of `n` employees, in one batch.
pub fn fill_register(services: &mut kinerja::app::Services, n: usize) {
    let today = services.today();
    let (units, employees) =
        kinerja::cli::gen::generate(n, today, |k| services.next_id(k)).expect("ids");
    services
        .execute(kinerja::app::Command::Batch {
            units,
            employees,
            action: kinerja::domain::AuditAction::Create,
        })
        .expect("batch");
}

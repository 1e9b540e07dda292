//! Performance of the plans (SKP) at the size of a large agency (issue 6, "Speed").
//!
//! `cargo bench --bench plans` (release profile; not part of `cargo test`). Builds the
//! 50,000-employee database of `kinerja gen` (`KINERJA_BENCH_N` changes the size), adds plans
//! for 3 years (`KINERJA_BENCH_YEARS`): 5 RHK x 2 indicators each, 4 segments of realisation,
//! every RHK below the top linked to the supervisor's. Then measures:
//! 1. one employee's plan of a year (`Store::plans_of_employee`), 200 employees;
//! 2. the cascade view of the unit head with the number of direct reports closest to 40:
//!    `Store::cascade` alone, and everything the SKP tab reads for that head signed in
//!    (`plans::load`: overview rows, plans waiting one level down, cascade); once, the tab of
//!    an admin (all employees; no budget);
//! 3. the start of the app on this database, in-process (120x40 `TestBackend`), as the user
//!    sees it (`support/start.rs`): open + first frame (the sign-in screen, drawn while the
//!    register is read on another thread) with its parts, when the register is in memory, an
//!    admin's sign-in to the list drawn, and for comparison the start that reads the register
//!    before the first frame (as `kinerja script` does, and the TUI did); and the resident
//!    memory of `kinerja script` (real binary) drawing it;
//! 4. `kinerja import skp` of 500,000 rows (every employee x 10 indicators, next year), with
//!    the real release binary and its peak RSS;
//! 5. the audit trail's first page (`Store::audit_page`) at the size the trail has reached.
//!
//! Wall time is what the budgets judge; the load average is printed beside it.
//! `KINERJA_BENCH_DB=PATH` keeps the generated database and reuses it next time;
//! `KINERJA_BENCH_SKIP=script,import,admin` leaves steps out while iterating.

use std::collections::HashMap;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::{Command as Process, Stdio};
use std::time::{Duration, Instant};

use chrono::Datelike;
use kinerja::app::plans::load::load;
use kinerja::app::Services;
use kinerja::domain::plan::{
    Approach, Aspect, Direction, Evidence, Indicator, PerformancePlan, PersonSnapshot, PlanId,
    PlanState, PlannedResult, Realization, RealizedValue, ResultKind, ResultRef, Target,
};
use kinerja::domain::{AuditAction, Directory, EmployeeId, RecordKind, Role, Viewer};
use kinerja::store::Store;
use kinerja::ui::kit::theme::Theme;

#[path = "support/measure.rs"]
mod measure;
use measure::{env_usize, load_average, ms, sample, skipped, stats};
#[path = "support/start.rs"]
mod start;

const WIDTH: u16 = 120;
const HEIGHT: u16 = 40;
/// Plans per commit while filling: large commits go through the store's journaled path.
const CHUNK: usize = 5_000;

fn indicators(segments: u8) -> Vec<Indicator> {
    (1..=2)
        .map(|n| Indicator {
            number: n,
            text: format!("Indikator {n}: berkas layanan diselesaikan"),
            aspect: Some(if n == 1 {
                Aspect::Quantity
            } else {
                Aspect::Time
            }),
            target: if n == 1 {
                Target::Number(150.0)
            } else {
                Target::Range { min: 2.0, max: 3.0 }
            },
            unit: if n == 1 { "berkas" } else { "hari" }.into(),
            direction: if n == 1 {
                Direction::HigherBetter
            } else {
                Direction::LowerBetter
            },
            perspective: None,
            realizations: (1..=segments)
                .map(|s| Realization {
                    segment: s,
                    value: RealizedValue::Number(35.0 * f64::from(s)),
                    evidence: Evidence {
                        description: format!("Rekap triwulan {s}"),
                        location: format!("bersama/skp/tw{s}"),
                    },
                    feedback: "Pertahankan".into(),
                })
                .collect(),
        })
        .collect()
}

/// Fills the plans of `years` for every employee, supervisors' plan ids known first.
fn fill_plans(services: &Services, years: &[i32]) -> usize {
    let reg = &services.register;
    let mut total = 0;
    for &year in years {
        let mut ids: HashMap<EmployeeId, PlanId> = HashMap::new();
        for e in reg.employees() {
            ids.insert(
                e.id,
                PlanId(services.next_id(RecordKind::Plan).expect("id")),
            );
        }
        let mut batch = Vec::with_capacity(CHUNK);
        for e in reg.employees() {
            let snap = PersonSnapshot::of(e, reg.unit_name(e.unit));
            let mut p = PerformancePlan::new_draft(
                ids[&e.id],
                year,
                chrono::NaiveDate::from_ymd_opt(year, 1, 1).expect("date"),
                chrono::NaiveDate::from_ymd_opt(year, 12, 31).expect("date"),
                snap,
                Approach::Quantitative,
            );
            p.appraiser = e
                .supervisor
                .and_then(|s| reg.employee(s))
                .map(|s| PersonSnapshot::of(s, reg.unit_name(s.unit)));
            p.state = PlanState::Approved;
            p.results = (1..=5)
                .map(|n| PlannedResult {
                    number: n,
                    kind: if n <= 4 {
                        ResultKind::Main
                    } else {
                        ResultKind::Additional
                    },
                    text: format!("RHK {n}: layanan unit selesai tepat waktu"),
                    parent_result: e
                        .supervisor
                        .and_then(|s| ids.get(&s))
                        .map(|&plan| ResultRef { plan, number: n }),
                    indicators: indicators(4),
                })
                .collect();
            batch.push(p);
            if batch.len() == CHUNK {
                total += batch.len();
                services
                    .store
                    .import_plans(
                        "bench",
                        0,
                        std::mem::take(&mut batch),
                        AuditAction::Import,
                        "",
                    )
                    .expect("import plans");
            }
        }
        if !batch.is_empty() {
            total += batch.len();
            services
                .store
                .import_plans("bench", 0, batch, AuditAction::Import, "")
                .expect("import plans");
        }
    }
    total
}

/// `import skp` rows for `year`: every employee, 5 RHK x 2 indicators.
fn write_skp_csv(services: &Services, year: i32, path: &Path) -> usize {
    let mut w = BufWriter::new(std::fs::File::create(path).expect("csv"));
    writeln!(w, "nip,tahun,pendekatan,jenis_rhk,no_rhk,rhk,no_rhk_atasan,no_indikator,indikator,aspek,target,satuan,arah").expect("write");
    let mut rows = 0;
    for e in services.register.employees() {
        for r in 1..=5 {
            let link = if e.supervisor.is_some() {
                r.to_string()
            } else {
                String::new()
            };
            for i in 1..=2 {
                let (aspect, target, unit, dir) = if i == 1 {
                    ("Kuantitas", "150", "berkas", "naik")
                } else {
                    ("Waktu", "2-3", "hari", "turun")
                };
                writeln!(
                    w,
                    "{},{year},kuantitatif,utama,{r},RHK {r} layanan selesai tepat waktu,{link},{i},Indikator {i},{aspect},{target},{unit},{dir}",
                    e.nip.as_str()
                )
                .expect("write");
                rows += 1;
            }
        }
    }
    w.flush().expect("flush");
    rows
}

/// Runs the real binary under `/usr/bin/time -v` when present: wall time and peak RSS (KiB).
fn run_kinerja(db: &Path, args: &[&std::ffi::OsStr]) -> (Duration, Option<u64>, String) {
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
        .stdin(Stdio::null());
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
    (
        wall,
        peak,
        String::from_utf8_lossy(&out.stdout).trim().to_string(),
    )
}

/// The resident memory of this process now (KiB), from `/proc/self/status`.
fn rss_kib() -> Option<u64> {
    std::fs::read_to_string("/proc/self/status")
        .ok()?
        .lines()
        .find(|l| l.starts_with("VmRSS:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

fn main() {
    let started = Instant::now();
    let n = env_usize("KINERJA_BENCH_N", 50_000);
    let years_n = env_usize("KINERJA_BENCH_YEARS", 3) as i32;
    let dir = tempfile::tempdir().expect("tempdir");
    // KINERJA_BENCH_DB keeps the generated database at that path and reuses it on the next
    // run (generation takes minutes). The import step adds next year's plans to it: skip it
    // (`KINERJA_BENCH_SKIP=import`) on reruns.
    let db = std::env::var_os("KINERJA_BENCH_DB")
        .map(PathBuf::from)
        .unwrap_or_else(|| dir.path().join("db"));
    println!("load average at start: {}", load_average());

    let t = Instant::now();
    let mut services = Services::new(Store::open(&db).expect("open"), "bench").expect("services");
    let today = services.today();
    let this_year = today.year();
    let years: Vec<i32> = (this_year - years_n + 1..=this_year).collect();
    if services.register.employees().is_empty() {
        measure::fill_register(&mut services, n);
        let plans = fill_plans(&services, &years);
        println!(
            "generated {n} employees and {plans} plans ({} years) in {:.1} s",
            years.len(),
            t.elapsed().as_secs_f64()
        );
    } else {
        println!("reusing the database at {}", db.display());
    }
    let n = services.register.employees().len();
    let plans = years.len() * n;

    // 1. one employee's plan
    let ids: Vec<EmployeeId> = services.register.employees().iter().map(|e| e.id).collect();
    let step = (ids.len() / 200).max(1);
    let mut samples = Vec::new();
    for id in ids.iter().step_by(step) {
        let t = Instant::now();
        let p = services
            .store
            .plans_of_employee(*id, Some(this_year))
            .expect("plan");
        samples.push(t.elapsed());
        assert_eq!(p.len(), 1);
    }
    let one = stats(samples);

    // 2. cascade of the head with ~40 direct reports: the store's cascade alone, then what the
    // SKP tab reads for that head when signed in (overview rows, plans waiting one level
    // down, the cascade), which is what they wait for.
    let head = services
        .register
        .employees()
        .iter()
        .min_by_key(|e| (services.register.subordinates(e.id).len() as i64 - 40).abs())
        .map(|e| e.id)
        .expect("someone");
    let reports = services.register.subordinates(head).len();
    let cascade = sample(50, || {
        let rows = services.store.cascade(head, this_year).expect("cascade");
        assert_eq!(rows.len(), 5);
        rows
    });
    let viewer = Viewer {
        role: Role::Appraiser,
        employee: Some(head),
        acting: Vec::new(),
    };
    let tab = sample(20, || {
        let l = load(&services, Some(&viewer), this_year, None).expect("load");
        assert_eq!(l.cascade.len(), 5);
        assert!(l.rows.len() > reports);
        l
    });
    let admin = if skipped("admin") {
        None
    } else {
        let admin = Viewer {
            role: Role::Admin,
            employee: None,
            acting: Vec::new(),
        };
        Some(sample(2, || {
            load(&services, Some(&admin), this_year, None).expect("load")
        }))
    };

    // 5. audit page
    let entries = services.store.audit_len().expect("audit len");
    let audit = sample(20, || {
        let page = services.store.audit_page(None, 200).expect("page");
        assert_eq!(page.len(), 200);
        page
    });
    drop(services);

    // 3. the start as the user sees it (benches/support/start.rs): the sign-in screen first,
    // the register read meanwhile; and the start that reads it first, for comparison.
    let theme = Theme::plain();
    let mut starts = Vec::new();
    let mut before = Vec::new();
    for _ in 0..4 {
        starts.push(start::start(&db, WIDTH, HEIGHT, &theme));
        before.push(start::start_reading_first(&db, WIDTH, HEIGHT, &theme));
    }
    starts.remove(0); // warm-up
    before.remove(0);
    let median = |f: fn(&start::Start) -> Duration| stats(starts.iter().map(f).collect()).median;
    let first = stats(starts.iter().map(|s| s.first_frame).collect());
    let parts = [median(|s| s.open), median(|s| s.state), median(|s| s.draw)];
    let ready = median(|s| s.ready);
    let sign_in = stats(starts.iter().map(|s| s.sign_in).collect());
    let before = stats(before);
    let rss_now = rss_kib();
    let (script_wall, script_peak) = if skipped("script") {
        (Duration::ZERO, None)
    } else {
        let keys = dir.path().join("keys.txt");
        std::fs::write(&keys, "dump\n").expect("keys");
        let (wall, peak, _) = run_kinerja(
            &db,
            &[
                "script".as_ref(),
                "--keys".as_ref(),
                keys.as_os_str(),
                "--size".as_ref(),
                "120x40".as_ref(),
            ],
        );
        (wall, peak)
    };

    // 4. import skp of 500,000 rows (next year: new plans, linked within the file)
    let import = if skipped("import") {
        None
    } else {
        let csv = dir.path().join("skp.csv");
        let rows = write_skp_csv(
            &Services::new(Store::open(&db).expect("open"), "bench").expect("load"),
            this_year + 1,
            &csv,
        );
        let (wall, peak, out) =
            run_kinerja(&db, &["import".as_ref(), "skp".as_ref(), csv.as_os_str()]);
        Some((rows, wall, peak, out))
    };

    let kib = |k: Option<u64>| k.map_or("?".into(), |k| format!("{:.0} MiB", k as f64 / 1024.0));
    println!();
    println!("| what ({n} employees, {plans} plans) | budget | measured |");
    println!("|---|---|---|");
    println!(
        "| one employee's plan of a year (median / p99, 200 employees) | < 20 ms | {} / {} |",
        ms(one.median),
        ms(one.p99)
    );
    println!(
        "| cascade of a head with {reports} direct reports (`Store::cascade`; median / max) | < 20 ms | {} / {} |",
        ms(cascade.median),
        ms(cascade.max)
    );
    println!(
        "| SKP tab of that head: overview, waiting plans, cascade (`plans::load`; median / max) | < 20 ms | {} / {} |",
        ms(tab.median),
        ms(tab.max)
    );
    if let Some(a) = admin {
        println!(
            "| SKP tab of an admin: all {n} employees (`plans::load`; median of 2) | - | {} |",
            ms(a.median)
        );
    }
    println!(
        "| open + first frame: the sign-in screen, register read meanwhile (median of 3 after a warm-up) | < 150 ms | {} (open {}, state {}, draw {}) |",
        ms(first.median),
        ms(parts[0]),
        ms(parts[1]),
        ms(parts[2]),
    );
    println!(
        "| register in memory, from the start (median) | - | {} |",
        ms(ready)
    );
    println!(
        "| sign-in of an admin to the list drawn, register in (median / max) | - | {} / {} |",
        ms(sign_in.median),
        ms(sign_in.max)
    );
    println!(
        "| for comparison: register read before the first frame (open, load, `App::new`, list drawn; median) | - | {} |",
        ms(before.median)
    );
    if !skipped("script") {
        println!(
            "| resident memory of `kinerja script` drawing the first frame (peak) | < 100 MB | {} ({:.2} s wall) |",
            kib(script_peak),
            script_wall.as_secs_f64()
        );
    }
    println!(
        "| resident memory of this bench after the opens (VmRSS) | - | {} |",
        kib(rss_now)
    );
    if let Some((rows, wall, peak, _)) = &import {
        println!(
            "| `kinerja import skp` of {rows} rows (real binary) | < 30 s | {:.1} s, peak {} |",
            wall.as_secs_f64(),
            kib(*peak)
        );
    }
    println!(
        "| audit trail first page at {entries} entries (median / max) | < 50 ms | {} / {} |",
        ms(audit.median),
        ms(audit.max)
    );
    println!();
    if let Some((_, _, _, out)) = &import {
        println!("import said: {out}");
    }
    println!(
        "load average at end: {}; total bench time {:.0} s",
        load_average(),
        started.elapsed().as_secs_f64()
    );
}

//! Performance of the evaluations at the size of a large agency (issue 8, "Speed").
//!
//! `cargo bench --bench reviews` (release profile; not part of `cargo test`). Builds the
//! 50,000-employee register of `kinerja gen` (`KINERJA_BENCH_N` changes the size) with one
//! unit made to hold about 2,000 employees (the staff of 50 sections moved into it), then 3
//! years of evaluations (`KINERJA_BENCH_YEARS`): for everyone with a supervisor, 4 periodic
//! and the annual evaluation per year, signed, in one review-year record per employee and
//! year, written through the store's bulk path (`Store::import_reviews`, key order), and every
//! unit's grade. Then measures:
//! 1. the distribution check of the 2,000-employee unit (`query::unit_check`);
//! 2. the team grid of the appraiser with the number of direct reports closest to 40
//!    (`query::team`, this year's annual evaluation);
//! 3. `kinerja export penilaian` of one year (real release binary, CSV to a file), its peak RSS;
//! 4. the resident memory of the app (`kinerja script` drawing the first frame, real binary).
//!
//! `KINERJA_BENCH_DB=PATH` keeps the generated database and reuses it next time;
//! `KINERJA_BENCH_SKIP=script,export` leaves steps out.

use std::path::PathBuf;
use std::time::Instant;

use chrono::{Datelike, NaiveDate};
use kinerja::app::reviews::query;
use kinerja::app::{Command, Services};
use kinerja::domain::appraisal::{OrgGrade, Rating};
use kinerja::domain::plan::PersonSnapshot;
use kinerja::domain::review::evaluation::{DistributionGate, SignedPeople};
use kinerja::domain::review::{Review, ReviewEntry, ReviewKind, ReviewYear, UnitGrade};
use kinerja::domain::{AuditAction, Directory, EmployeeId, UnitId};
use kinerja::store::Store;

/// Review years per bulk write: the store writes them as plain inserts under its journal.
#[path = "support/measure.rs"]
mod measure;
use measure::{env_usize, load_average, ms, run_kinerja, sample, skipped};

const CHUNK: usize = 10_000;
/// Sections whose staff move into the big unit (about 39 each).
const MERGED_SECTIONS: usize = 50;

/// A spread of ratings that gives every grade some employees.
fn ratings(i: usize, k: usize) -> (Rating, Rating) {
    use Rating::*;
    match (i * 7 + k * 3) % 10 {
        0 | 1 => (AboveExpectation, AboveExpectation),
        2 => (BelowExpectation, AsExpected),
        3 => (AsExpected, BelowExpectation),
        _ => (AsExpected, AsExpected),
    }
}

fn snap(s: &Services, id: EmployeeId) -> Option<PersonSnapshot> {
    let reg = &s.register;
    reg.employee(id)
        .map(|e| PersonSnapshot::of(e, reg.unit_name(e.unit)))
}

/// Everyone's review years of `years`, written in chunks; returns how many evaluations.
fn fill_reviews(s: &Services, years: &[i32]) -> usize {
    let reg = &s.register;
    let mut n = 0;
    let mut batch: Vec<ReviewYear> = Vec::with_capacity(CHUNK);
    let mut people = Vec::new();
    for e in reg.employees() {
        let Some(sup) = e.supervisor else { continue };
        let (Some(employee), Some(appraiser)) = (snap(s, e.id), snap(s, sup)) else {
            continue;
        };
        let superior = reg
            .employee(sup)
            .and_then(|x| x.supervisor)
            .and_then(|x| snap(s, x));
        people.push((
            e.id,
            sup,
            SignedPeople {
                employee,
                appraiser,
                appraiser_superior: superior,
            },
        ));
    }
    // Key order: employee, then year.
    for (i, (id, sup, who)) in people.iter().enumerate() {
        for &year in years {
            let mut y = ReviewYear::new(*id, year);
            let kinds = (1..=4)
                .map(ReviewKind::Periodic)
                .chain([ReviewKind::Annual]);
            for (k, kind) in kinds.enumerate() {
                let mut r = Review::new(*id, *sup, year, kind);
                let (w, b) = ratings(i, k + year as usize);
                r.work = Some(w);
                r.behaviour = Some(b);
                r.work_justification = "Sesuai bukti dukung triwulan".into();
                r.behaviour_justification = "Sesuai umpan balik perilaku".into();
                let on = NaiveDate::from_ymd_opt(year, 12, 20).expect("date");
                r.sign(on, who.clone(), None, DistributionGate::Clear)
                    .expect("sign");
                y.put(ReviewEntry::new(r));
                n += 1;
            }
            batch.push(y);
        }
        if batch.len() >= CHUNK {
            s.store
                .import_reviews(
                    "bench",
                    0,
                    std::mem::take(&mut batch),
                    Vec::new(),
                    AuditAction::Import,
                    "",
                )
                .expect("import reviews");
        }
    }
    let grades: Vec<UnitGrade> = reg
        .units()
        .iter()
        .flat_map(|u| {
            years.iter().map(|&year| UnitGrade {
                unit: u.id,
                year,
                grade: OrgGrade::Good,
                decree: "800/BENCH".into(),
                set_by: None,
                set_on: NaiveDate::from_ymd_opt(year, 1, 15).expect("date"),
                revision: 0,
            })
        })
        .collect();
    s.store
        .import_reviews("bench", 0, batch, grades, AuditAction::Import, "")
        .expect("import reviews");
    n
}

fn main() {
    let started = Instant::now();
    let n = env_usize("KINERJA_BENCH_N", 50_000);
    let years_n = env_usize("KINERJA_BENCH_YEARS", 3) as i32;
    let dir = tempfile::tempdir().expect("tempdir");
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
        let (units, mut employees) =
            kinerja::cli::gen::generate(n, today, |k| services.next_id(k)).expect("ids");
        // The big unit: the last section takes the non-head staff of the 50 sections before.
        let m = units.len();
        let big = units[m - 1].id;
        let merged: Vec<UnitId> = units[m.saturating_sub(MERGED_SECTIONS + 1)..m - 1]
            .iter()
            .map(|u| u.id)
            .collect();
        let heads: Vec<Option<EmployeeId>> = units.iter().map(|u| u.head).collect();
        for e in &mut employees {
            if merged.contains(&e.unit) && !heads.contains(&Some(e.id)) {
                e.unit = big;
            }
        }
        services
            .execute(Command::Batch {
                units,
                employees,
                action: AuditAction::Create,
            })
            .expect("batch");
        let t2 = Instant::now();
        let reviews = fill_reviews(&services, &years);
        println!(
            "generated {n} employees in {:.1} s and {reviews} evaluations ({} years) in {:.1} s",
            (t2 - t).as_secs_f64(),
            years.len(),
            t2.elapsed().as_secs_f64()
        );
    } else {
        println!("reusing the database at {}", db.display());
    }
    let n = services.register.employees().len();

    // 1. distribution check of the biggest unit
    let reg = &services.register;
    let (big, size) = reg
        .units()
        .iter()
        .map(|u| {
            (
                u.id,
                reg.employees().iter().filter(|e| e.unit == u.id).count(),
            )
        })
        .max_by_key(|(_, c)| *c)
        .expect("a unit");
    let last_year = this_year - 1;
    let check = sample(30, || {
        let c = query::unit_check(&services, big, last_year).expect("check");
        assert!(c.population > size / 2);
        assert!(c.check.is_some());
        c
    });

    // 2. team grid of the appraiser with ~40 direct reports
    let appraiser = reg
        .employees()
        .iter()
        .min_by_key(|e| (reg.subordinates(e.id).len() as i64 - 40).abs())
        .map(|e| e.id)
        .expect("someone");
    let reports = reg.subordinates(appraiser).len();
    let team = sample(30, || {
        let rows =
            query::team(&services, appraiser, last_year, ReviewKind::Annual, today).expect("team");
        assert!(rows.iter().any(|r| r.entry.is_some()));
        rows
    });
    drop(services);

    // 3. export penilaian of one year
    let export = (!skipped("export")).then(|| {
        let out = dir.path().join("penilaian.csv");
        let (wall, peak) = run_kinerja(
            &db,
            &[
                "export".as_ref(),
                "penilaian".as_ref(),
                "--tahun".as_ref(),
                last_year.to_string().as_ref(),
                "-o".as_ref(),
                out.as_os_str(),
            ],
        );
        let rows = std::fs::read_to_string(&out)
            .map(|s| s.lines().count().saturating_sub(1))
            .unwrap_or(0);
        (rows, wall, peak)
    });

    // 4. resident memory of the app
    let script = (!skipped("script")).then(|| {
        let keys = dir.path().join("keys.txt");
        std::fs::write(&keys, "dump\n").expect("keys");
        run_kinerja(
            &db,
            &[
                "script".as_ref(),
                "--keys".as_ref(),
                keys.as_os_str(),
                "--size".as_ref(),
                "120x40".as_ref(),
            ],
        )
    });

    let kib = |k: Option<u64>| k.map_or("?".into(), |k| format!("{:.0} MiB", k as f64 / 1024.0));
    println!();
    println!(
        "| what ({n} employees, {} years of evaluations) | budget | measured |",
        years.len()
    );
    println!("|---|---|---|");
    println!(
        "| distribution check of a unit of {size} employees (`query::unit_check`; median / max of 30) | < 20 ms | {} / {} |",
        ms(check.median),
        ms(check.max)
    );
    println!(
        "| team grid of {reports} direct reports (`query::team`; median / max of 30) | < 20 ms | {} / {} |",
        ms(team.median),
        ms(team.max)
    );
    if let Some((rows, wall, peak)) = export {
        println!(
            "| `kinerja export penilaian` of one year, {rows} rows (real binary) | < 3 s | {:.2} s, peak {} |",
            wall.as_secs_f64(),
            kib(peak)
        );
    }
    if let Some((wall, peak)) = script {
        println!(
            "| resident memory of `kinerja script` drawing the first frame (peak) | < 100 MB | {} ({:.2} s wall) |",
            kib(peak),
            wall.as_secs_f64()
        );
    }
    println!();
    println!(
        "load average at end: {}; total bench time {:.0} s",
        load_average(),
        started.elapsed().as_secs_f64()
    );
}

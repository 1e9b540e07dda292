//! Performance of dialog kinerja at the size of a large agency (issue 9, "Speed").
//!
//! `cargo bench --bench feedback` (release profile; not part of `cargo test`). Builds the
//! 50,000-employee register of `kinerja gen` (`KINERJA_BENCH_N` changes the size), then 5 years
//! of feedback (`KINERJA_BENCH_YEARS`): for everyone with a supervisor, one feedback-year
//! record per year holding about 40 entries (8 sessions with 2 follow-ups each, 32 quick
//! notes; the current year only up to today), written through the store's bulk path
//! (`Store::import_feedback`: plain inserts in key order under its journal), and reports the
//! time and the peak RSS of that writing. Then measures:
//! 1. the agenda of the supervisor with the number of direct reports closest to 40
//!    (`app::feedback::query::agenda`, the query of the agenda screen and `kinerja agenda`);
//! 2. the history screen's open time (`app::history::query::history`, 30 reports of that
//!    supervisor in turn);
//! 3. the start to the first frame as the user sees it (`support/start.rs`);
//! 4. the resident memory of the app (`kinerja script` drawing the first frame, real binary,
//!    peak RSS by `/usr/bin/time -v`).
//!
//! `KINERJA_BENCH_DB=PATH` keeps the generated database and reuses it next time;
//! `KINERJA_BENCH_SKIP=script,start` leaves steps out.

use std::path::PathBuf;
use std::time::Instant;

use chrono::{Datelike, Days, NaiveDate};
use kinerja::app::feedback::query;
use kinerja::app::Services;
use kinerja::domain::feedback::{
    FeedbackYear, FollowUp, FollowUpReview, NoteTone, QuickNote, Session, SessionKind, Topic,
};
use kinerja::domain::ruledata::CoreValue;
use kinerja::domain::EmployeeId;
use kinerja::store::Store;
use kinerja::ui::kit::theme::Theme;

#[path = "support/measure.rs"]
mod measure;
use measure::{env_usize, load_average, ms, run_kinerja, sample, skipped, Stats};
#[allow(dead_code)]
#[path = "support/start.rs"]
mod start;

/// Feedback years per bulk write.
const CHUNK: usize = 5_000;
/// Sessions per employee and year (each with 2 follow-ups) and quick notes: 40 entries.
const SESSIONS: usize = 8;
const NOTES: usize = 32;

/// The peak resident memory of this process so far (VmHWM), in KiB.
fn own_peak_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
}

/// The `k`-th of `count` days spread over `year` up to `last`.
fn spread(year: i32, last: NaiveDate, k: usize, count: usize) -> NaiveDate {
    let first = NaiveDate::from_ymd_opt(year, 1, 2).expect("date");
    let end = NaiveDate::from_ymd_opt(year, 12, 28)
        .expect("date")
        .min(last)
        .max(first);
    let span = (end - first).num_days().max(0) as u64;
    first + Days::new(span * k as u64 / count.max(1) as u64)
}

/// One employee's year of feedback: 8 sessions with 2 follow-ups each and 32 notes.
fn year_of(
    employee: EmployeeId,
    appraiser: EmployeeId,
    year: i32,
    today: NaiveDate,
    i: usize,
) -> FeedbackYear {
    let mut y = FeedbackYear::new(employee, year);
    let kinds = SessionKind::ALL;
    for k in 0..SESSIONS {
        let on = spread(year, today, k, SESSIONS);
        let mut s = Session::new(on, kinds[(i + k) % kinds.len()], appraiser);
        s.id = y.take_id();
        s.situation = "Capaian triwulan dibahas; bukti dukung perlu dilengkapi.".into();
        s.topics = vec![Topic::CoreValue(CoreValue::ALL[(i + k) % 7])];
        for f in 0..2 {
            let due = on + Days::new(30 + 15 * f as u64);
            s.follow_ups.push(FollowUp {
                item: "Melengkapi bukti dukung realisasi".into(),
                competence: "Ketelitian".into(),
                method: "On the job".into(),
                due: Some(due),
                review: (due < today).then(|| FollowUpReview {
                    on: due,
                    achieved: (i + k + f) % 4 != 0,
                    explanation: String::new(),
                    next_plan: String::new(),
                    next_review: None,
                }),
                ..FollowUp::default()
            });
        }
        s.acknowledged_by_appraiser = Some(on);
        s.acknowledged_by_employee = Some(on);
        y.put_session(s);
    }
    for k in 0..NOTES {
        let on = spread(year, today, k, NOTES);
        let id = y.take_id();
        y.put_note(QuickNote {
            id,
            date: on,
            author: appraiser,
            tone: if (i + k) % 5 == 0 {
                NoteTone::Negative
            } else {
                NoteTone::Positive
            },
            text: "Menyelesaikan layanan tepat waktu".into(),
            topic: None,
        });
    }
    y
}

/// Everyone's feedback of `years`, written in chunks in key order; returns the entries.
fn fill_feedback(s: &Services, years: &[i32], today: NaiveDate) -> usize {
    let reg = &s.register;
    let mut people: Vec<(EmployeeId, EmployeeId)> = reg
        .employees()
        .iter()
        .filter_map(|e| e.supervisor.map(|sup| (e.id, sup)))
        .collect();
    people.sort_by_key(|(e, _)| *e);
    let mut n = 0;
    let mut batch = Vec::with_capacity(CHUNK);
    for (i, (id, sup)) in people.iter().enumerate() {
        for &year in years {
            let y = year_of(*id, *sup, year, today, i);
            n += y.sessions.len() + y.notes.len();
            batch.push(y);
        }
        if batch.len() >= CHUNK {
            s.store
                .import_feedback(std::mem::take(&mut batch), "bench", 0)
                .expect("import feedback");
        }
    }
    s.store
        .import_feedback(batch, "bench", 0)
        .expect("import feedback");
    n
}

fn main() {
    let started = Instant::now();
    let n = env_usize("KINERJA_BENCH_N", 50_000);
    let years_n = env_usize("KINERJA_BENCH_YEARS", 5) as i32;
    let dir = tempfile::tempdir().expect("tempdir");
    let db = std::env::var_os("KINERJA_BENCH_DB")
        .map(PathBuf::from)
        .unwrap_or_else(|| dir.path().join("db"));
    println!("load average at start: {}", load_average());

    let services = {
        let t = Instant::now();
        let mut services =
            Services::new(Store::open(&db).expect("open"), "bench").expect("services");
        let today = services.today();
        let this_year = today.year();
        let years: Vec<i32> = (this_year - years_n + 1..=this_year).collect();
        if services.register.employees().is_empty() {
            measure::fill_register(&mut services, n);
            let t2 = Instant::now();
            let entries = fill_feedback(&services, &years, today);
            let kib = own_peak_kib();
            println!(
                "generated {n} employees in {:.1} s; {entries} feedback entries ({} years) \
                 written in {:.1} s, peak RSS of this process {}",
                (t2 - t).as_secs_f64(),
                years.len(),
                t2.elapsed().as_secs_f64(),
                kib.map_or("?".into(), |k| format!("{:.0} MiB", k as f64 / 1024.0))
            );
        } else {
            println!("reusing the database at {}", db.display());
        }
        services
    };
    let today = services.today();
    let reg = &services.register;
    let n = reg.employees().len();

    // 1. the agenda of the supervisor with ~40 direct reports
    let supervisor = reg
        .employees()
        .iter()
        .min_by_key(|e| (reg.subordinates(e.id).len() as i64 - 40).abs())
        .map(|e| e.id)
        .expect("someone");
    let reports = reg.subordinates(supervisor).len();
    let agenda = sample(30, || {
        let v = query::agenda(&services, supervisor, today).expect("agenda");
        assert!(!v.people.is_empty() || reports == 0);
        v
    });

    // 2. the history screen's open time: the timeline of one of those reports (each run a
    // different person, so that sled's cache does not answer from the previous run).
    let people: Vec<_> = reg.subordinates(supervisor).to_vec();
    let mut next = 0usize;
    let mut entries = 0usize;
    let history: Option<Stats> = (!people.is_empty()).then(|| {
        sample(30, || {
            let who = people[next % people.len()];
            next += 1;
            let h = kinerja::app::history::query::history(&services, who).expect("history");
            entries = entries.max(h.entries.len());
            h
        })
    });
    println!("history: up to {entries} timeline entries per person");
    // ----------------------------------------------------------------------------------------
    drop(services);

    // 3. the first frame as the user sees it
    let theme = Theme::plain();
    let starts: Option<Vec<start::Start>> =
        (!skipped("start")).then(|| (0..5).map(|_| start::start(&db, 120, 40, &theme)).collect());

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
    println!("| what ({n} employees, {years_n} years of feedback) | budget | measured |");
    println!("|---|---|---|");
    println!(
        "| agenda of a supervisor with {reports} direct reports (`query::agenda`; median / max of 30) | < 20 ms | {} / {} |",
        ms(agenda.median),
        ms(agenda.max)
    );
    match &history {
        Some(h) => println!(
            "| history screen of one employee (median / max of 30) | < 10 ms | {} / {} |",
            ms(h.median),
            ms(h.max)
        ),
        None => println!("| history screen of one employee | < 10 ms | nobody to measure |"),
    }
    if let Some(mut s) = starts {
        s.sort_by_key(|s| s.first_frame);
        let median = &s[s.len() / 2];
        println!(
            "| start to the first frame (median of 5; open {}, state {}, draw {}) | < 150 ms | {} |",
            ms(median.open),
            ms(median.state),
            ms(median.draw),
            ms(median.first_frame)
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

//! Issue 8 in a real terminal: Ibu Maria rates a report on the team grid and sees the grade
//! change as she rates, opens the scoring form, is refused signing without a justification
//! (at the field), writes it, signs; after a restart the evaluation opens read-only.

mod e2e;

use chrono::Datelike;
use e2e::{arg, demo_db, Tui, ENTER};
use kinerja::app::Services;
use kinerja::domain::appraisal::{PerformanceGrade, Rating};
use kinerja::domain::review::ReviewKind;
use kinerja::domain::{Directory, EmployeeId};

const CTRL_T: &str = "\x14";

/// Moves the grid's cursor onto `name`'s row.
fn select(tui: &Tui, name: &str) {
    for _ in 0..30 {
        if tui
            .contents()
            .lines()
            .any(|l| l.starts_with("› ") && l.contains(name))
        {
            return;
        }
        tui.send("j");
        std::thread::sleep(std::time::Duration::from_millis(80));
    }
    panic!("{name} not reached:\n{}", tui.contents());
}

/// The grid's row of `name`.
fn row_of(screen: &str, name: &str) -> String {
    screen
        .lines()
        .find(|l| l.contains(name))
        .unwrap_or_default()
        .to_string()
}

/// Opens the grid on segment `segment` (it opens on today's quarter).
fn grid_on(tui: &Tui, segment: u8, today: u8) {
    tui.send("3");
    tui.wait_for("Penilaian tim");
    tui.wait_for(&format!("[S{today}]"));
    for _ in segment..today {
        tui.send("<");
    }
    tui.wait_for(&format!("[S{segment}]"));
}

#[test]
fn a_supervisor_rates_is_refused_without_a_justification_signs_and_finds_it_read_only() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path());
    let year = chrono::Local::now().year();
    let today = (chrono::Local::now().month0() / 3 + 1) as u8;
    // One of Maria's reports with no evaluation in some segment of this year (the demo may
    // hold evaluations of earlier segments).
    let (name, employee, segment) = {
        let store = kinerja::store::Store::open(&db).unwrap();
        let s = Services::new(store, "test").unwrap();
        let maria = s
            .register
            .employees()
            .iter()
            .find(|e| e.name.name == "Maria Kaize")
            .expect("Maria in the demo")
            .id;
        let reports = s.register.active_subordinates(maria);
        let mut found = None;
        'search: for seg in (1..=today).rev() {
            for r in &reports {
                let none = s
                    .store
                    .review_year(*r, year)
                    .unwrap()
                    .is_none_or(|y| y.get(ReviewKind::Periodic(seg)).is_none());
                if none {
                    let e = s.register.employee(*r).unwrap();
                    found = Some((e.name.name.clone(), *r, seg));
                    break 'search;
                }
            }
        }
        found.expect("a report without an evaluation this year")
    };

    let tui = Tui::spawn(&["--db", arg(&db)], 100, 30, dir.path());
    tui.sign_in("maria", "082012");
    grid_on(&tui, segment, today);
    select(&tui, &name);
    // Behaviour Sesuai, then results Di Bawah: Butuh Perbaikan; then Di Atas: Baik.
    tui.send("l");
    tui.send("s");
    tui.wait_for("predikat");
    tui.send("h");
    tui.send("b");
    tui.wait_until("Butuh Perbaikan on the row", |s| {
        row_of(s, &name).contains("Butuh Perbaikan")
    });
    tui.send("a");
    let screen = tui.wait_until("Baik on the row", |s| {
        let r = row_of(s, &name);
        r.contains("Di Atas") && r.contains(" Baik ") && !r.contains("Butuh")
    });
    assert!(row_of(&screen, &name).contains("perlu"), "{screen}");

    // The form: signing without the justification is refused at its field.
    tui.send(ENTER);
    tui.wait_for("Evaluasi kinerja");
    tui.send(CTRL_T);
    tui.wait_for("rating selain Sesuai wajib diberi alasan");
    tui.send("Melampaui target segmen");
    tui.wait_gone("rating selain Sesuai wajib diberi alasan");
    tui.send(CTRL_T);
    tui.wait_for("Tandatangani evaluasi ini?");
    tui.send("y");
    tui.wait_for("ditandatangani: Baik");
    let screen = tui.wait_gone("Evaluasi kinerja");
    assert!(row_of(&screen, &name).contains('✓'), "{screen}");
    tui.send("q");
    let mut tui = tui;
    assert!(tui.wait_exit().success());
    drop(tui);

    // After a restart: signed, read-only; a rating key changes nothing.
    let tui = Tui::spawn(&["--db", arg(&db)], 100, 30, dir.path());
    tui.sign_in("maria", "082012");
    grid_on(&tui, segment, today);
    select(&tui, &name);
    tui.send("b");
    tui.wait_for("sudah ditandatangani dan hanya bisa dibaca");
    tui.send(ENTER);
    tui.wait_for("o buka kembali (dengan alasan)");
    tui.send("b");
    let screen = tui.wait_for("ditandatangani");
    assert!(screen.contains("Di Atas Ekspektasi"), "{screen}");
    assert!(screen.contains("Melampaui target segmen"), "{screen}");
    tui.send("q");
    let mut tui = tui;
    assert!(tui.wait_exit().success());
    drop(tui);

    let store = kinerja::store::Store::open(&db).unwrap();
    let y = store.review_year(employee, year).unwrap().expect("stored");
    let r = y
        .review(ReviewKind::Periodic(segment))
        .expect("the evaluation");
    assert!(r.is_signed());
    assert_eq!(r.work, Some(Rating::AboveExpectation));
    assert_eq!(r.grade(), Some(PerformanceGrade::Good));
    assert_eq!(r.work_justification, "Melampaui target segmen");
    let _: EmployeeId = employee;
}

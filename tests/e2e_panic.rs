//! A panic inside the TUI restores the terminal, names the log, and leaves the database usable.
//! The panic is triggered by `KINERJA_TEST_PANIC`, which only debug builds read.

mod e2e;

use e2e::{arg, demo_db, Tui};

#[test]
fn a_panic_restores_the_terminal_and_points_to_the_log() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path());
    let mut tui = Tui::spawn_with_env(
        &["--db", arg(&db)],
        100,
        30,
        dir.path(),
        &[("KINERJA_TEST_PANIC", "1")],
    );
    let status = tui.wait_exit();
    assert!(!status.success(), "a panic is not a clean exit: {status:?}");
    let log = db.with_file_name("db.log");
    let screen = tui.wait_for("kinerja berhenti karena galat internal");
    assert!(screen.contains(&log.display().to_string()), "{screen}");
    tui.with_screen(|s| {
        assert!(!s.alternate_screen(), "back on the normal screen");
        assert!(!s.hide_cursor(), "the cursor is shown again");
    });
    #[cfg(target_os = "linux")]
    assert_eq!(
        tui.line_modes(),
        (true, true),
        "raw mode is left after a panic"
    );
    let text = std::fs::read_to_string(&log).unwrap();
    assert!(text.contains("panic"), "{text}");
    drop(tui);
    // The store was dropped during unwinding: it opens again with everything in it.
    let store = kinerja::store::Store::open(&db).unwrap();
    assert_eq!(store.employees().unwrap().len(), 60);
}

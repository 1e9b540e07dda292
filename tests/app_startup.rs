//! The TUI's start: the sign-in screen is drawn while the register is still read on another
//! thread (`Services::loading`); the sign-in waits for it; a register that cannot be read is
//! shown at the sign-in; a store dropped meanwhile is closed.

mod common;

use std::sync::mpsc;
use std::time::{Duration, Instant};

use kinerja::app::services::shared::Shared;
use kinerja::app::{App, Services};
use kinerja::domain::{Directory, EmployeeId, Role};
use kinerja::i18n::Lang;
use kinerja::store::Store;
use kinerja::ui::term::script::{parse, run_steps};

const MARIA_PW: &str = "sandi-maria";

fn screen(app: &mut App, script: &str) -> String {
    let steps = parse(script, Lang::Id).unwrap();
    run_steps(app, &steps, (80, 24)).unwrap()
}

/// The small office with maria's account (appraiser, employee 2), closed again.
fn office(dir: &tempfile::TempDir) -> std::path::PathBuf {
    let path = dir.path().join("db");
    let mut services = common::services_with_office(&path);
    services
        .create_account(
            None,
            "maria",
            Some(EmployeeId(2)),
            Role::Appraiser,
            MARIA_PW,
        )
        .unwrap();
    path
}

#[test]
fn the_sign_in_screen_comes_before_the_register_and_the_sign_in_waits_for_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = office(&dir);
    let (go, held) = mpsc::channel();
    let shared = Shared::loading_when(Store::open(&path).unwrap(), Some(held));
    let mut app = App::with_sign_in(
        Services::with_shared(shared, "tui:test").with_clock(|| common::NOW_MS),
        Lang::Id,
    );

    // Drawn and typed into with the register still held back: nothing of it is needed yet.
    let first = screen(&mut app, "text:maria\nTab\ntext:sandi-maria");
    assert!(first.contains("Masuk"), "{first}");
    assert!(app.services.register_loading());
    assert!(app.services.register.employees().is_empty());

    // The reading goes on only after the Enter below was pressed: the sign-in must wait for
    // it, or maria's employee would be missing and she would be refused.
    let release = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(150));
        go.send(()).unwrap();
    });
    let signed_in = screen(&mut app, "Enter");
    release.join().unwrap();
    assert!(!app.services.register_loading());
    assert_eq!(app.services.register.employees().len(), 5);
    let session = app.state.session.as_ref().expect("signed in");
    assert_eq!(session.account.username, "maria");
    assert!(signed_in.contains("[maria · penilai]"), "{signed_in}");
    // A supervisor lands on her agenda, built from the register read meanwhile: her
    // reports are in it.
    let daniel = app.services.register.employee(EmployeeId(3)).unwrap();
    assert!(signed_in.contains("Agenda"), "{signed_in}");
    assert!(signed_in.contains(&daniel.name.name), "{signed_in}");
}

#[test]
fn a_register_that_cannot_be_read_is_shown_at_the_sign_in() {
    let dir = tempfile::tempdir().unwrap();
    let path = office(&dir);
    {
        let db = sled::open(&path).unwrap();
        let data = db.open_tree("data").unwrap();
        let key = data.scan_prefix(b"E").next().unwrap().unwrap().0;
        let mut value = data.get(&key).unwrap().unwrap().to_vec();
        value.push(0);
        data.insert(key, value).unwrap();
        db.flush().unwrap();
    }
    let services = Services::loading(Store::open(&path).unwrap(), "tui:test");
    let mut app = App::with_sign_in(services.with_clock(|| common::NOW_MS), Lang::Id);
    let first = screen(&mut app, "");
    assert!(first.contains("Masuk"), "{first}");

    for _ in 0..2 {
        let refused = screen(&mut app, "text:maria\nTab\ntext:sandi-maria\nEnter");
        assert!(
            refused.contains("data rusak pada rekaman employee/1"),
            "{refused}"
        );
        assert!(app.state.session.is_none());
        // The form is cleared as after any refusal; back to the user name for the next try.
        screen(&mut app, "BackTab\nctrl+u");
    }
}

#[test]
fn a_store_dropped_while_its_register_is_read_is_closed() {
    let dir = tempfile::tempdir().unwrap();
    let path = office(&dir);
    let (go, held) = mpsc::channel();
    let services = Services::with_shared(
        Shared::loading_when(Store::open(&path).unwrap(), Some(held)),
        "tui:test",
    );
    // Held longer than a reopen waits for a lock (500 ms): a reading thread left running
    // would make the reopen below fail as `Locked`.
    let release = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(800));
        let _ = go.send(());
    });
    let t = Instant::now();
    drop(services);
    assert!(t.elapsed() >= Duration::from_millis(500), "the drop waited");
    release.join().unwrap();
    let store = Store::open(&path).expect("closed, so it opens again");
    assert_eq!(store.employees().unwrap().len(), 5);
}

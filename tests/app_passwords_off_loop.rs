//! `kinerja serve`'s office loop owns the services: a password change there must not run
//! argon2 on it. With the services deferring password work, the change waits (nothing
//! written), the work is done on another thread, and the change then goes through without a
//! single argon2 run on the loop's thread.

mod common;

use kinerja::app::services::auth::{hashes_on_this_thread, verifications_on_this_thread};
use kinerja::app::services::passwords::Prepared;
use kinerja::app::App;
use kinerja::domain::{AccountId, EmployeeId, Role};
use kinerja::i18n::Lang;
use kinerja::ui::term::script::{parse, run_steps};

fn keys(app: &mut App, script: &str) -> String {
    let steps = parse(script, Lang::Id).expect("script parses");
    run_steps(app, &steps, (100, 30)).expect("script runs")
}

/// Daniel signed in with the one-time password an admin set, the services deferring argon2
/// work as `kinerja serve`'s do.
fn daniel_after_a_reset() -> (App, AccountId, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let mut services = common::services_with_office(&dir.path().join("db"));
    let id = services
        .create_account(
            None,
            "daniel",
            Some(EmployeeId(3)),
            Role::Appraiser,
            "lama-123",
        )
        .unwrap();
    services.reset_password(None, id, "sementara1").unwrap();
    let session = services.session_for_nip("199601202020121004").unwrap();
    services.set_defer_passwords(true);
    (App::signed_in(services, Lang::Id, session), id, dir)
}

#[test]
fn a_forced_password_change_waits_for_argon2_done_elsewhere() {
    let (mut app, id, _dir) = daniel_after_a_reset();
    let (hashes, checks) = (hashes_on_this_thread(), verifications_on_this_thread());
    let forced = keys(&mut app, "");
    assert!(forced.contains("direset oleh admin"), "{forced}");

    keys(
        &mut app,
        "text:sementara1\nTab\ntext:baru-456\nTab\ntext:baru-456\nEnter",
    );
    let (_, work) = app.state.deferred.as_ref().expect("the change waits");
    let work = work.clone();
    let stored = app.services.store.account(id).unwrap().unwrap();
    assert!(stored.must_change_password, "nothing written yet");

    let prepared = std::thread::spawn(move || Prepared::compute(&work))
        .join()
        .unwrap();
    app.resume_passwords(prepared);
    let done = keys(&mut app, "");
    assert!(done.contains("[daniel · penilai]"), "{done}");
    assert!(app.state.deferred.is_none());
    assert_eq!(hashes_on_this_thread(), hashes, "no hash on this thread");
    assert_eq!(
        verifications_on_this_thread(),
        checks,
        "no check on this thread"
    );

    let stored = app.services.store.account(id).unwrap().unwrap();
    assert!(!stored.must_change_password);
    app.services.set_defer_passwords(false);
    assert!(app.services.sign_in("daniel", "baru-456").is_ok());
}

#[test]
fn a_wrong_current_password_prepared_elsewhere_is_still_refused() {
    let (mut app, id, _dir) = daniel_after_a_reset();
    keys(
        &mut app,
        "text:salah-000\nTab\ntext:baru-456\nTab\ntext:baru-456\nEnter",
    );
    let (_, work) = app.state.deferred.as_ref().expect("the change waits");
    let prepared = Prepared::compute(work);
    app.resume_passwords(prepared);
    let screen = keys(&mut app, "");
    assert!(
        screen.contains("direset oleh admin"),
        "still the form: {screen}"
    );
    let stored = app.services.store.account(id).unwrap().unwrap();
    assert!(stored.must_change_password);
    assert_eq!(stored.failed_attempts, 1, "counted like a wrong sign-in");
}

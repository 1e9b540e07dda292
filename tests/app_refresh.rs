//! A change committed by another session (`kinerja serve`): `App::refresh` reads the screen in
//! view again, on every tab, and leaves an open form with what was typed in it alone.

mod common;

use kinerja::app::shell::state::Popup;
use kinerja::app::{App, Command};
use kinerja::domain::{Directory, EmployeeId, Role};
use kinerja::i18n::Lang;
use kinerja::ui::term::script::{parse, run_steps};

const DANIEL: EmployeeId = EmployeeId(3);
const SIZE: (u16, u16) = (120, 30);

struct Office {
    app: App,
    _dir: tempfile::TempDir,
}

/// Maria (Daniel's supervisor) signed in.
fn maria() -> Office {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut s = common::services_with_office(&dir.path().join("db"));
    s.create_account(
        None,
        "maria",
        Some(EmployeeId(2)),
        Role::Appraiser,
        "rahasia-uji",
    )
    .expect("account");
    let session = s.session_for_nip("198205102006042003").expect("session");
    Office {
        app: App::signed_in(s, Lang::Id, session),
        _dir: dir,
    }
}

impl Office {
    fn keys(&mut self, script: &str) -> String {
        let steps = parse(script, Lang::Id).expect("script parses");
        run_steps(&mut self.app, &steps, SIZE).expect("script runs")
    }

    fn screen(&mut self) -> String {
        run_steps(&mut self.app, &[], SIZE).expect("draws")
    }

    /// Agus renames Daniel at his own terminal: the same services, his name on the change.
    fn renamed_elsewhere(&mut self, name: &str) {
        let s = &mut self.app.services;
        let (actor, viewer) = (s.actor.clone(), s.viewer.take());
        s.actor = "agus".into();
        let mut daniel = s.register.employee(DANIEL).cloned().expect("Daniel");
        daniel.name.name = name.into();
        let before = s.generation();
        s.execute(Command::SaveEmployee(daniel)).expect("saved");
        assert!(s.generation() > before, "a committed change counts");
        s.actor = actor;
        s.viewer = viewer;
    }
}

#[test]
fn every_tab_shows_another_sessions_change_after_a_refresh() {
    for (tab, title) in [
        ("0", "Agenda"),
        ("1", "Pegawai"),
        ("2", "SKP"),
        ("3", "Penilaian"),
        ("4", "Dialog"),
    ] {
        let mut o = maria();
        let before = o.keys(tab);
        assert!(before.contains("Daniel Ndiken"), "tab {title}: {before}");
        o.renamed_elsewhere("Daniel Wamea");
        o.app.refresh();
        let after = o.screen();
        assert!(after.contains("Daniel Wamea"), "tab {title}: {after}");
        assert!(!after.contains("Daniel Ndiken"), "tab {title}: {after}");
    }
}

#[test]
fn without_a_refresh_the_agenda_keeps_what_it_read() {
    // What makes the refresh needed: the agenda keeps the names it read.
    let mut o = maria();
    o.keys("0");
    o.renamed_elsewhere("Daniel Wamea");
    let screen = o.screen();
    assert!(screen.contains("Daniel Ndiken"), "{screen}");
}

#[test]
fn an_open_form_keeps_what_was_typed_through_a_refresh() {
    let mut o = maria();
    o.keys("1\n/\ntext:Daniel\nEnter\ne\nctrl+u\ntext:0812 3456 7890");
    o.renamed_elsewhere("Daniel Wamea");
    o.app.refresh();
    let screen = o.screen();
    assert!(screen.contains("0812 3456 7890"), "{screen}");
    assert!(
        matches!(o.app.state.popups.last(), Some(Popup::Employees(_))),
        "the form stays open"
    );
    // Its save is then refused as a conflict naming who saved first.
    let screen = o.keys("ctrl+s");
    assert!(screen.contains("sudah diubah oleh agus"), "{screen}");
    assert!(screen.contains("0812 3456 7890"), "{screen}");
}

#[test]
fn a_screen_too_slow_to_read_again_says_that_data_changed_and_r_reads_it() {
    let mut o = maria();
    o.keys("0");
    o.renamed_elsewhere("Daniel Wamea");
    o.app.announce_change();
    let screen = o.screen();
    assert!(
        screen.contains("Data diubah di sesi lain; tekan r"),
        "{screen}"
    );
    assert!(screen.contains("Daniel Ndiken"), "not read again: {screen}");
    let screen = o.keys("r");
    assert!(screen.contains("Daniel Wamea"), "{screen}");
}

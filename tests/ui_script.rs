//! Drives the app headless (the same code as `kinerja script`) and checks what the screen shows.

mod common;

use kinerja::app::App;
use kinerja::i18n::Lang;
use kinerja::ui::term::script::{parse, run_steps};

fn run(script: &str, lang: Lang, size: (u16, u16)) -> (String, App, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let services = common::services_with_office(&dir.path().join("db"));
    let mut app = App::new(services, lang);
    let steps = parse(script, lang).unwrap();
    let out = run_steps(&mut app, &steps, size).unwrap();
    (out, app, dir)
}

#[test]
fn script_dumps_each_step_and_the_final_screen() {
    let (out, app, _d) = run("Down\ndump\n/\ntext:siti\nEnter", Lang::Id, (100, 30));
    let screens: Vec<&str> = out.split("----\n").collect();
    assert_eq!(screens.len(), 2, "one dump plus the final screen");
    // After one Down the second name in order (Daniel) is selected.
    assert!(screens[0].contains("› Daniel Ndiken"), "{}", screens[0]);
    assert!(screens[1].contains("1 dari 5 pegawai"), "{}", screens[1]);
    assert!(screens[1].contains("Siti Rahmawati"));
    assert!(!screens[1].contains("Yohanes Gebze"));
    assert!(!app.state.list.filtering);
}

#[test]
fn unknown_token_names_its_line() {
    let err = parse("Down\n\n# note\nDwon\n", Lang::Id).unwrap_err();
    assert!(err.contains("baris 4"), "{err}");
    let err = parse("Sideways", Lang::En).unwrap_err();
    assert!(err.contains("line 1"), "{err}");
}

#[test]
fn adding_a_unit_and_an_employee_through_the_forms() {
    let script = "u\ntext:Seksi Pelayanan Umum\nTab\nEnter\ntext:distrik\nEnter\nctrl+s\n\
                  n\ntext:199001012015031001\nTab\nTab\nTab\ntext:Yakobus Kaize\nTab\nTab\nTab\n\
                  text:Pengadministrasi Umum\nctrl+s";
    let (out, app, _d) = run(script, Lang::Id, (100, 30));
    let reg = &app.services.register;
    let unit = reg
        .units()
        .iter()
        .find(|u| u.name == "Seksi Pelayanan Umum")
        .expect("unit created");
    assert_eq!(
        reg.unit_path(unit.id),
        "Kantor Distrik Salor / Seksi Pelayanan Umum"
    );
    let e = reg
        .employees()
        .iter()
        .find(|e| e.name.name == "Yakobus Kaize")
        .expect("employee created");
    assert_eq!(e.nip.as_str(), "199001012015031001");
    assert!(out.contains("Pegawai baru tersimpan"), "{out}");
    // It is on disk, with an audit entry per change.
    let trail = app.services.store.audit_trail().unwrap();
    assert!(trail
        .iter()
        .any(|a| a.after.as_deref().is_some_and(|j| j.contains("Yakobus"))));
}

#[test]
fn the_audit_screen_shows_who_changed_what() {
    // Daniel's phone number, through the form; then the trail on screen 6.
    let script = "j\ne\nTab\nTab\nTab\nTab\nTab\nTab\nTab\nTab\nTab\nTab\nTab\nTab\nTab\n\
                  text:0812 4800 1234\nctrl+s\n6\ndump\n/\ntext:daniel\nEnter";
    let (out, app, _d) = run(script, Lang::Id, (120, 30));
    let screens: Vec<&str> = out.split("----\n").collect();
    let trail = screens[0];
    assert!(trail.contains("Jejak Audit"), "{trail}");
    // Newest first: the phone change is on top, by the test actor, with the field diff below.
    let first_row = trail
        .lines()
        .find(|l| l.starts_with("› "))
        .expect("a selected row");
    assert!(
        first_row.contains("test") && first_row.contains("diubah"),
        "{first_row}"
    );
    assert!(first_row.contains("Daniel Ndiken"), "{first_row}");
    assert!(trail.contains("Telepon: - → 0812 4800 1234"), "{trail}");
    // The filter keeps Daniel's entries only: his creation and the change.
    assert_eq!(app.state.audit.matches.len(), 2, "{}", screens[1]);
    assert!(!screens[1].contains("Maria Kaize ("), "{}", screens[1]);
}

//! Issue 7 #6: what is typed into a form survives kill -9. The real binary in a
//! pseudo-terminal: type into the add-employee form, pause, kill -9, start again, open the
//! same form: the draft is offered and restored; saved, it is gone.

mod e2e;

use e2e::{add_admin, arg, demo_db, Tui, CTRL_S, TAB};
use kinerja::store::Store;

const NIP: &str = "199001012015031907";
const NAME: &str = "Yulianus Draftemba";

#[test]
fn typed_input_survives_kill_9_and_is_offered_on_the_next_open() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path());
    add_admin(&db, dir.path());

    let mut tui = Tui::spawn_admin(&["--db", arg(&db)], 100, 30, dir.path());
    tui.wait_for("60 dari 60 pegawai");
    tui.send("n");
    tui.wait_for("Tambah Pegawai");
    tui.send(NIP);
    tui.send(&TAB.repeat(3));
    tui.send(NAME);
    tui.wait_for(NAME);
    // Typing pauses: the draft is written within a second or so.
    std::thread::sleep(std::time::Duration::from_millis(2500));
    tui.kill9();
    drop(tui);

    let mut tui = Tui::spawn_admin(&["--db", arg(&db)], 100, 30, dir.path());
    tui.wait_for("60 dari 60 pegawai");
    tui.send("n");
    tui.wait_for("Pulihkan isian yang belum disimpan");
    tui.send("y");
    tui.wait_screen(&[NAME, NIP], &["Pulihkan isian"]);
    // From the first field to the position.
    tui.send(&TAB.repeat(6));
    tui.send("Pengadministrasi Umum");
    tui.send(CTRL_S);
    tui.wait_for(&format!("Pegawai baru tersimpan: {NAME}"));
    tui.kill9();
    drop(tui);

    let store = Store::open(&db).unwrap();
    assert!(store
        .employees()
        .unwrap()
        .iter()
        .any(|e| e.name.name == NAME && e.nip.as_str() == NIP));
    let left: usize = store
        .accounts()
        .unwrap()
        .iter()
        .map(|a| store.drafts_of(a.id).unwrap().len())
        .sum();
    assert_eq!(left, 0, "a saved form leaves no draft");
}

#[test]
fn a_discarded_draft_is_not_offered_again() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path());
    add_admin(&db, dir.path());

    let mut tui = Tui::spawn_admin(&["--db", arg(&db)], 100, 30, dir.path());
    tui.wait_for("60 dari 60 pegawai");
    tui.send("n");
    tui.wait_for("Tambah Pegawai");
    tui.send(NIP);
    std::thread::sleep(std::time::Duration::from_millis(2500));
    tui.kill9();
    drop(tui);

    let mut tui = Tui::spawn_admin(&["--db", arg(&db)], 100, 30, dir.path());
    tui.wait_for("60 dari 60 pegawai");
    tui.send("n");
    tui.wait_for("Pulihkan isian yang belum disimpan");
    tui.send("n");
    tui.wait_gone("Pulihkan isian");
    tui.kill9();
    drop(tui);

    let mut tui = Tui::spawn_admin(&["--db", arg(&db)], 100, 30, dir.path());
    tui.wait_for("60 dari 60 pegawai");
    tui.send("n");
    let screen = tui.wait_for("Tambah Pegawai");
    std::thread::sleep(std::time::Duration::from_millis(500));
    assert!(!tui.contents().contains("Pulihkan isian"), "{screen}");
    tui.kill9();
}

//! "A `kill -9` right after a save loses nothing": the real binary in a pseudo-terminal saves
//! through its forms, is killed hard as soon as it says "tersimpan", and the database is
//! reopened to find the record, its NIP index and its audit entry.

mod e2e;

use e2e::{add_admin, arg, demo_db, run, Tui, CTRL_S, ENTER, TAB};
use kinerja::store::Store;

/// Employees added one per round: NIP (serials 9xx, unused by the demo data), name.
const PEOPLE: [(&str, &str); 3] = [
    ("199001012015031901", "Yakobus Kaize"),
    ("199202022016042902", "Rosalina Ndiken"),
    ("198803032012011903", "Petrus Mahuze"),
];

/// Opens the database in this process and checks that everyone in `people` is there,
/// findable by NIP, with a creation entry in the audit trail; returns the number of employees.
fn check_saved(db: &std::path::Path, people: &[(&str, &str)]) -> usize {
    let store = Store::open(db).expect("the database opens after kill -9");
    let all = store.employees().expect("read employees");
    let trail = store.audit_trail().expect("read the audit trail");
    for (nip, name) in people {
        let e = all
            .iter()
            .find(|e| e.nip.as_str() == *nip)
            .unwrap_or_else(|| panic!("{name} ({nip}) lost after kill -9"));
        assert_eq!(e.name.name, *name);
        assert_eq!(
            store.employee_id_by_nip(&e.nip).expect("NIP index"),
            Some(e.id),
            "the NIP index of {name} was saved with the record"
        );
        assert!(
            trail
                .iter()
                .any(|a| a.after.as_deref().is_some_and(|j| j.contains(*name))),
            "the audit entry of {name} was saved with the record"
        );
    }
    all.len()
}

#[test]
fn kill_9_right_after_a_save_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path());
    add_admin(&db, dir.path());

    for (round, (nip, name)) in PEOPLE.iter().enumerate() {
        let total = 60 + round;
        let mut tui = Tui::spawn_admin(&["--db", arg(&db)], 100, 30, dir.path());
        tui.wait_for(&format!("{total} dari {total} pegawai"));
        tui.send("n");
        tui.wait_for("Tambah Pegawai");
        // NIP, (kind, front title), name, (back title, grade), position; the unit and
        // supervisor come preset from the selected employee.
        tui.send(nip);
        tui.send(&TAB.repeat(3));
        tui.send(name);
        tui.send(&TAB.repeat(3));
        tui.send("Pengadministrasi Umum");
        tui.send(CTRL_S);
        tui.wait_for(&format!("Pegawai baru tersimpan: {name}"));
        let status = tui.kill9();
        assert!(!status.success(), "killed, not exited: {status:?}");
        drop(tui);

        assert_eq!(check_saved(&db, &PEOPLE[..=round]), total + 1);
    }

    // An edit, killed right after "Perubahan tersimpan", is kept too.
    let mut tui = Tui::spawn_admin(&["--db", arg(&db)], 100, 30, dir.path());
    tui.wait_for("63 dari 63 pegawai");
    tui.send("/Rosalina");
    tui.wait_for("1 dari 63 pegawai");
    tui.send(ENTER);
    tui.send("e");
    tui.wait_for("Ubah Pegawai");
    tui.send(&TAB.repeat(6));
    // Ctrl-U clears the position field.
    tui.send("\x15Analis Kepegawaian");
    tui.send(CTRL_S);
    tui.wait_for("Perubahan tersimpan: Rosalina Ndiken");
    tui.kill9();
    drop(tui);

    assert_eq!(check_saved(&db, &PEOPLE), 63);
    {
        let store = Store::open(&db).unwrap();
        let all = store.employees().unwrap();
        let e = all.iter().find(|e| e.nip.as_str() == PEOPLE[1].0).unwrap();
        assert_eq!(
            e.position, "Analis Kepegawaian",
            "the edit survived kill -9"
        );
    }

    // The binary itself reads the same after the crashes.
    let (code, out, err) = run(
        &["export", "pegawai", "--db", arg(&db), "--format", "csv"],
        dir.path(),
    );
    assert_eq!(code, 0, "stderr: {err}");
    assert_eq!(out.lines().count(), 64, "header + 63 employees");
    for (nip, name) in PEOPLE {
        assert!(
            out.lines()
                .any(|l| l.starts_with(&format!("{nip},")) && l.contains(name)),
            "{name} in the export:\n{out}"
        );
    }
}

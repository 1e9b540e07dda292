//! Issue 3 as a supervisor lives it, in a real terminal: sign in, see only one's own line,
//! change a direct report, find the change and its author in the audit trail.

mod e2e;

use e2e::{arg, demo_db, Tui, CTRL_C, CTRL_S, ENTER, TAB};
use kinerja::domain::{AuditAction, Directory, RecordKind};

#[test]
fn a_supervisor_sees_her_line_changes_a_report_and_finds_it_in_the_audit_trail() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path());
    let tui = Tui::spawn(&["--db", arg(&db)], 110, 32, dir.path());

    // A wrong password is refused without saying whether the user exists.
    tui.wait_for("Masuk dengan nama pengguna");
    tui.send("maria");
    tui.send(TAB);
    tui.send("salah!!");
    tui.send(ENTER);
    tui.wait_for("Nama pengguna atau kata sandi salah.");
    // The password was cleared and the focus is on it: type the right one.
    tui.send("082012");
    tui.send(ENTER);
    // A supervisor lands on her agenda; 1 goes to the employee list.
    tui.wait_screen(&["[maria · penilai]", "Agenda · "], &["Masuk dengan"]);
    tui.send("1");
    tui.wait_screen(
        &["[maria · penilai]", "13 dari 13 pegawai"],
        &["Masuk dengan"],
    );

    // Someone of another branch (the Puskesmas doctor) is not listed at all.
    tui.send("/anastasia");
    tui.wait_screen(&["0 dari 13 pegawai", "Tidak ada pegawai yang cocok."], &[]);
    tui.esc();
    tui.wait_for("13 dari 13 pegawai");

    // The register is HR's: adding someone is refused with the reason.
    tui.send("n");
    tui.wait_for("Hanya admin kepegawaian yang dapat mengubah register");

    // A direct report: only titles and contacts can change; the NIP does not take input.
    tui.send("/daniel");
    tui.wait_for("1 dari 13 pegawai");
    tui.send(ENTER);
    tui.send("e");
    // The focus starts on the first field she may change; back on the NIP, typing does nothing.
    tui.wait_for("›Telepon");
    tui.send(&"\x1b[Z".repeat(13));
    tui.wait_screen(&["›NIP *", "(hanya admin)"], &[]);
    tui.send("999");
    tui.send(&TAB.repeat(13));
    tui.wait_for("›Telepon");
    tui.send("\x15081299990000");
    tui.send(CTRL_S);
    tui.wait_for("Perubahan tersimpan: Daniel Ndiken");

    // The audit trail shows the change, its author and the field before and after.
    tui.send("6");
    tui.wait_screen(&["Jejak Audit", "maria", "Telepon:", "→ 081299990000"], &[]);
    let screen = tui.contents();
    let top = screen
        .lines()
        .find(|l| l.starts_with("› "))
        .unwrap_or_default()
        .to_string();
    assert!(
        top.contains("maria") && top.contains("diubah") && top.contains("Daniel Ndiken"),
        "newest entry first:\n{screen}"
    );
    // Entries about people outside her line are not in her view of the trail.
    assert!(!screen.contains("Anastasia"), "{screen}");
    tui.send("q");
    let mut tui = tui;
    assert!(tui.wait_exit().success());
    drop(tui);

    // On disk: the NIP untouched, the phone changed, the author recorded.
    let store = kinerja::store::Store::open(&db).unwrap();
    let reg = kinerja::app::Register::load(&store).unwrap();
    let daniel = reg
        .employees()
        .iter()
        .find(|e| e.name.name == "Daniel Ndiken")
        .unwrap();
    assert_eq!(daniel.phone, "081299990000");
    assert!(!daniel.nip.as_str().contains("999"));
    let last = store
        .audit_trail()
        .unwrap()
        .into_iter()
        .rev()
        .find(|a| a.record.kind == RecordKind::Employee)
        .unwrap();
    assert_eq!(
        (last.actor.as_str(), last.action, last.record.id),
        ("maria", AuditAction::Update, daniel.id.0)
    );
    assert!(reg.employee(daniel.id).is_some());
}

/// The register is read while the sign-in screen is up: one that cannot be read (a damaged
/// record) is named there at the sign-in, nobody gets in, and leaving reports it again on the
/// normal screen with exit code 2, as a database that cannot be used always did.
#[test]
fn a_damaged_register_is_named_at_the_sign_in_and_ends_with_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path());
    {
        let raw = sled::open(&db).unwrap();
        let data = raw.open_tree("data").unwrap();
        let key = data.scan_prefix(b"E").next().unwrap().unwrap().0;
        let mut value = data.get(&key).unwrap().unwrap().to_vec();
        value.push(0);
        data.insert(key, value).unwrap();
        raw.flush().unwrap();
    }
    let mut tui = Tui::spawn(&["--db", arg(&db)], 110, 32, dir.path());
    tui.wait_for("Masuk dengan nama pengguna");
    tui.send("maria");
    tui.send(TAB);
    tui.send("082012");
    tui.send(ENTER);
    tui.wait_screen(
        &["data rusak pada rekaman employee/1"],
        &["[maria · penilai]"],
    );
    tui.send(CTRL_C);
    let status = tui.wait_exit();
    assert_eq!(status.exit_code(), 2, "{status:?}");
    let screen = tui.wait_for("data rusak pada rekaman employee/1");
    tui.with_screen(|s| {
        assert!(
            !s.alternate_screen(),
            "back on the normal screen:\n{screen}"
        )
    });
}

//! End-to-end journeys: the real `kinerja` binary in a pseudo-terminal, driven by keys, read
//! back through a terminal emulator (vt100).
//!
//! A frame reaches the terminal in several writes, so each step waits for everything it
//! should show at once (`wait_screen`) instead of asserting right after the first sign of it.

mod e2e;

use e2e::{add_admin, arg, demo_db, run, Tui, CTRL_C, CTRL_S, ENTER, TAB};

/// The count on the filter line: "N dari M pegawai".
fn count_id(shown: usize, total: usize) -> String {
    format!("{shown} dari {total} pegawai")
}

/// A line of a form: the focus marker, the label padded to its column, the value.
fn field_line(focused: bool, label: &str, value: &str) -> String {
    let marker = if focused { '›' } else { ' ' };
    format!("{marker}{label:<21}{value}")
}

fn export_csv(db: &std::path::Path, cwd: &std::path::Path) -> String {
    let (code, out, err) = run(
        &["export", "pegawai", "--db", arg(db), "--format", "csv"],
        cwd,
    );
    assert_eq!(code, 0, "export failed: {err}");
    out
}

#[test]
fn first_employee_on_an_empty_database_is_saved_and_found_after_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");

    let mut tui = Tui::spawn(&["--db", arg(&db)], 100, 30, dir.path());
    // A database without accounts asks for the first admin; the passwords show as dots.
    tui.wait_screen(&["Akun Admin Pertama", "Nama pengguna"], &["Pegawai │"]);
    tui.send("admin");
    tui.send(TAB);
    tui.send(TAB);
    tui.send("rahasia1");
    tui.wait_for("••••••••");
    tui.send(TAB);
    tui.send("rahasia1");
    tui.send(ENTER);
    tui.wait_screen(
        &[
            "[admin · admin]",
            &count_id(0, 0),
            "Belum ada pegawai. Tekan u untuk menambah unit kerja",
            "? bantuan · / cari · n tambah",
        ],
        &[],
    );
    assert!(
        tui.with_screen(|s| s.alternate_screen()),
        "the TUI runs on the alternate screen"
    );
    #[cfg(target_os = "linux")]
    assert_eq!(tui.line_modes(), (false, false), "raw mode while running");

    // A fresh database has no unit yet, and the unit is required: first the unit (`u`).
    tui.send("u");
    tui.wait_for("Tambah Unit Kerja");
    tui.send("Kantor Distrik Salor");
    tui.send(CTRL_S);
    tui.wait_screen(
        &["Unit kerja tersimpan: Kantor Distrik Salor"],
        &["Tambah Unit Kerja"],
    );

    // Then the employee: NIP, (kind, front title), name, (back title, grade), position.
    tui.send("n");
    tui.wait_for("Tambah Pegawai");
    tui.send("199001012015031001");
    tui.send("\t\t\tYakobus Kaize\t\t\tPengadministrasi Umum");
    // Past the position kind to the unit: the only unit is already chosen; the list offers it.
    tui.send("\t\t");
    tui.wait_for(&field_line(true, "Unit kerja *", "Kantor Distrik Salor"));
    tui.send(ENTER);
    tui.wait_screen(&["Pilih Unit Kerja", "› Kantor Distrik Salor"], &[]);
    tui.send(ENTER);
    tui.wait_screen(
        &[
            &field_line(false, "NIP *", "199001012015031001"),
            &field_line(false, "Nama *", "Yakobus Kaize"),
            &field_line(false, "Jabatan *", "Pengadministrasi Umum"),
            &field_line(false, "Unit kerja *", "Kantor Distrik Salor"),
        ],
        &["Pilih Unit Kerja"],
    );
    tui.send(CTRL_S);
    // The form closes; the new employee is in the list and in the detail pane.
    tui.wait_screen(
        &[
            &count_id(1, 1),
            "› Yakobus Kaize",
            "NIP 19900101 201503 1 001",
            "Pegawai baru tersimpan: Yakobus Kaize",
        ],
        &["Tambah Pegawai"],
    );

    tui.send("q");
    let status = tui.wait_exit();
    assert!(status.success(), "q exits with 0, got {status:?}");
    tui.with_screen(|s| {
        assert!(!s.alternate_screen(), "back on the normal screen");
        assert!(!s.hide_cursor(), "the cursor is shown again");
        assert!(!s.bracketed_paste(), "bracketed paste is switched off");
    });
    #[cfg(target_os = "linux")]
    assert_eq!(tui.line_modes(), (true, true), "raw mode is left on exit");
    drop(tui);

    // Start again: sign in, the employee is there, and the filter finds them by part of the name.
    let mut tui = Tui::spawn(&["--db", arg(&db)], 100, 30, dir.path());
    tui.sign_in("admin", "rahasia1");
    tui.wait_screen(&[&count_id(1, 1), "Yakobus Kaize"], &[]);
    tui.send("/zzz");
    tui.wait_screen(
        &[
            "Cari: zzz",
            &count_id(0, 1),
            "Tidak ada pegawai yang cocok.",
        ],
        &["Yakobus Kaize"],
    );
    tui.send("\x7f\x7f\x7fkobus");
    tui.wait_screen(&["Cari: kobus", &count_id(1, 1), "› Yakobus Kaize"], &[]);
    // Enter leaves the filter line and keeps the match; `q` quits again.
    tui.send(ENTER);
    tui.send("q");
    assert!(tui.wait_exit().success());
}

#[test]
fn a_second_instance_on_the_same_database_is_refused_with_code_2() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path());
    add_admin(&db, dir.path());
    let mut tui = Tui::spawn_admin(&["--db", arg(&db)], 100, 30, dir.path());
    tui.wait_screen(&[&count_id(60, 60), "› Agnes Ndiken"], &[]);

    let expected = format!(
        "database sedang dipakai oleh proses kinerja lain: {}",
        db.display()
    );
    let (code, out, err) = run(&["--db", arg(&db)], dir.path());
    assert_eq!(code, 2, "stdout: {out}\nstderr: {err}");
    assert!(err.contains(&expected), "stderr: {err}");
    assert!(out.is_empty(), "nothing on stdout: {out}");

    // Any command that opens the database says the same; in English with --lang en.
    let (code, out, err) = run(
        &["export", "pegawai", "--db", arg(&db), "--format", "csv"],
        dir.path(),
    );
    assert_eq!(code, 2, "stdout: {out}\nstderr: {err}");
    assert!(err.contains(&expected), "stderr: {err}");
    let (code, _, err) = run(&["--lang", "en", "--db", arg(&db)], dir.path());
    assert_eq!(code, 2, "stderr: {err}");
    assert!(
        err.contains(&format!(
            "the database is in use by another kinerja process: {}",
            db.display()
        )),
        "stderr: {err}"
    );

    // The first instance is unharmed and still works.
    tui.send("j");
    tui.wait_for("› Agus Mahuze");
    tui.send("q");
    assert!(tui.wait_exit().success());

    // Once it is gone, the database opens again.
    let out = export_csv(&db, dir.path());
    assert_eq!(out.lines().count(), 61, "header + 60 employees:\n{out}");
}

#[test]
fn a_refused_save_keeps_what_was_typed_and_esc_asks_before_discarding() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path());
    add_admin(&db, dir.path());
    let mut tui = Tui::spawn_admin(&["--db", arg(&db)], 100, 30, dir.path());
    tui.wait_for(&count_id(60, 60));

    // A form with nothing typed closes on Esc without a question.
    tui.send("n");
    tui.wait_for("Tambah Pegawai");
    tui.esc();
    tui.wait_screen(&[&count_id(60, 60)], &["Tambah Pegawai", "Buang isian"]);

    // A bad NIP (5 digits) and a name; no position.
    tui.send("n");
    tui.wait_for("Tambah Pegawai");
    tui.send("12345\t\t\tRosalina Ndiken");
    tui.wait_for(&field_line(true, "Nama *", "Rosalina Ndiken"));
    tui.send(CTRL_S);
    // Refused: the reasons under the fields, everything typed still there, the focus on the
    // first wrong field.
    let typed = [
        field_line(true, "NIP *", "12345"),
        field_line(false, "Nama *", "Rosalina Ndiken"),
    ];
    tui.wait_screen(
        &[
            &typed[0],
            "✗ NIP harus 18 angka, bukan 5",
            &typed[1],
            "✗ wajib diisi",
            "Belum tersimpan: perbaiki isian yang ditandai ✗.",
        ],
        &[],
    );

    // Esc with unsaved input asks first; `n` keeps the form as it was.
    tui.esc();
    tui.wait_for("Buang isian yang belum disimpan?");
    tui.send("n");
    tui.wait_screen(
        &["Tambah Pegawai", &typed[0], &typed[1], "Ctrl-S simpan"],
        &["Buang isian yang belum disimpan?"],
    );

    // Fix the NIP (Ctrl-U clears the field) and the position, and save.
    tui.send("\x15199202022016042901");
    tui.wait_for(&field_line(true, "NIP *", "199202022016042901"));
    tui.send(&TAB.repeat(6));
    tui.wait_for(&field_line(true, "Jabatan *", ""));
    tui.send("Pengolah Data");
    tui.send(CTRL_S);
    tui.wait_screen(
        &[
            &count_id(61, 61),
            "› Rosalina Ndiken",
            "Pegawai baru tersimpan: Rosalina Ndiken",
        ],
        &["Tambah Pegawai"],
    );

    // Esc on a form with input, then `y`, discards it; nothing more is saved.
    tui.send("n");
    tui.wait_for("Tambah Pegawai");
    tui.send("x");
    tui.wait_for(&field_line(true, "NIP *", "x"));
    tui.esc();
    tui.wait_for("Buang isian yang belum disimpan?");
    tui.send("y");
    tui.wait_screen(
        &[&count_id(61, 61), "? bantuan · / cari"],
        &["Tambah Pegawai", "Buang isian"],
    );
    tui.send("q");
    assert!(tui.wait_exit().success());

    let out = export_csv(&db, dir.path());
    let row = out
        .lines()
        .find(|l| l.starts_with("199202022016042901,"))
        .unwrap_or_else(|| panic!("the saved employee is exported:\n{out}"));
    assert!(
        row.contains("Rosalina Ndiken") && row.contains("Pengolah Data"),
        "{row}"
    );
    assert_eq!(out.lines().count(), 62, "header + 61 employees");
}

#[test]
fn a_too_small_terminal_shows_a_notice_and_the_list_comes_back() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path());
    add_admin(&db, dir.path());
    let mut tui = Tui::spawn_admin(&["--db", arg(&db)], 100, 30, dir.path());
    tui.wait_screen(&[&count_id(60, 60), "┌ Rincian"], &[]);

    tui.resize(70, 20);
    tui.wait_screen(
        &[
            "Terminal terlalu kecil: perbesar jendela ke minimal 80x24.",
            "(70x20)",
        ],
        &["pegawai ·", "Rincian"],
    );

    tui.resize(100, 30);
    tui.wait_screen(
        &[&count_id(60, 60), "› Agnes Ndiken", "┌ Rincian", "q keluar"],
        &["terlalu kecil"],
    );

    // One column short of the minimum is too small; exactly 80x24 is enough.
    tui.resize(79, 24);
    tui.wait_for("(79x24)");
    tui.resize(80, 24);
    let screen = tui.wait_until("the list redrawn at 80 columns", |s| {
        s.lines()
            .any(|l| l.starts_with("┌ Rincian") && l.ends_with('┐') && l.chars().count() == 80)
    });
    assert!(screen.contains(&count_id(60, 60)), "{screen}");
    assert!(!screen.contains("terlalu kecil"), "{screen}");

    // Behind the notice only quitting keys act: `n` does not open the form (else the `q`
    // after it would be typed into the form's NIP field), and `q` quits.
    tui.resize(70, 20);
    tui.wait_for("(70x20)");
    tui.send("nq");
    let status = tui.wait_exit();
    assert!(status.success(), "{status:?}");
    tui.with_screen(|s| assert!(!s.alternate_screen()));
}

#[test]
fn a_pasted_nip_and_typed_input_survive_a_resize_and_save() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path());
    add_admin(&db, dir.path());
    let mut tui = Tui::spawn_admin(&["--db", arg(&db)], 100, 30, dir.path());
    tui.wait_for(&count_id(60, 60));
    tui.send("n");
    tui.wait_for("Tambah Pegawai");
    // A NIP copied from a document, grouped with spaces, arrives as a bracketed paste.
    tui.send("\x1b[200~19900101 201503 1 901\x1b[201~");
    tui.send("\t\t\tYakobus Kaize");
    let typed = [
        field_line(false, "NIP *", "19900101 201503 1 901"),
        field_line(true, "Nama *", "Yakobus Kaize"),
    ];
    tui.wait_screen(&[&typed[0], &typed[1]], &[]);

    // The window is made too small and back while the form is open: nothing is lost.
    tui.resize(70, 20);
    tui.wait_screen(&["(70x20)"], &["Tambah Pegawai"]);
    tui.resize(100, 30);
    tui.wait_screen(
        &["Tambah Pegawai", &typed[0], &typed[1], "Ctrl-S simpan"],
        &[],
    );

    tui.send(&TAB.repeat(3));
    tui.send("Pengadministrasi Umum");
    tui.send(CTRL_S);
    tui.wait_screen(
        &[&count_id(61, 61), "Pegawai baru tersimpan: Yakobus Kaize"],
        &["Tambah Pegawai"],
    );
    tui.send("q");
    assert!(tui.wait_exit().success());
    let out = export_csv(&db, dir.path());
    assert!(
        out.lines()
            .any(|l| l.starts_with("199001012015031901,Yakobus Kaize,")),
        "the pasted NIP is stored without spaces:\n{out}"
    );
}

#[test]
fn lang_en_shows_english_labels() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path());
    add_admin(&db, dir.path());
    let mut tui = Tui::spawn_admin(&["--lang", "en", "--db", arg(&db)], 100, 30, dir.path());
    tui.wait_screen(
        &[
            "kinerja · ASN Performance Management",
            "1 Employees │ 2 Plans (SKP) │ 3 Appraisal",
            "Filter: / to filter",
            "60 of 60 employees · list",
            "  Name ▲",
            "Position",
            "┌ Details",
            "Supervisor: Maria Kaize",
            "? help · / filter · n add · e edit · Enter open · q quit",
        ],
        &["dari 60 pegawai", "Rincian"],
    );
    tui.send("n");
    tui.wait_screen(
        &[
            "Add Employee",
            &field_line(true, "NIP *", ""),
            "Ctrl-S save · Tab/↓ next",
        ],
        &[],
    );
    tui.send(CTRL_S);
    tui.wait_screen(
        &["✗ NIP is required", "Not saved: fix the fields marked ✗."],
        &[],
    );
    // In a form `q` is text; Ctrl-C quits, and asks first because of the typed input.
    tui.send("q");
    tui.wait_for(&field_line(true, "NIP *", "q"));
    tui.send(CTRL_C);
    tui.wait_screen(
        &[
            "There is unsaved input. Quit and discard it?",
            "y = yes · n/Esc = no",
        ],
        &[],
    );
    tui.send("y");
    assert!(tui.wait_exit().success());
}

#[test]
fn kinerja_lang_en_in_the_environment_also_switches_to_english() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let mut tui = Tui::spawn_with_env(
        &["--db", arg(&db)],
        100,
        30,
        dir.path(),
        &[("KINERJA_LANG", "en")],
    );
    tui.wait_for("This database has no account yet");
    // `q` is text on the sign-in screen; Ctrl-C quits.
    tui.send(CTRL_C);
    assert!(tui.wait_exit().success());
}

//! Issue 7, data and security points: each test here failed before its fix.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_kinerja"));
    c.env_remove("KINERJA_LANG")
        .env_remove("KINERJA_DB")
        .env("USER", "operator1")
        .env_remove("USERNAME")
        .env_remove("LOGNAME");
    c
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// Runs `kinerja --db DB args...` with `stdin` piped in.
fn run(db: &Path, args: &[&str], stdin: &str) -> Output {
    let mut child = bin()
        .arg("--db")
        .arg(db)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run kinerja");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn ok(o: &Output) -> String {
    assert_eq!(o.status.code(), Some(0), "stderr: {}", text(&o.stderr));
    text(&o.stdout)
}

fn fails(o: &Output, code: i32) -> String {
    assert_eq!(o.status.code(), Some(code), "stdout: {}", text(&o.stdout));
    text(&o.stderr)
}

fn demo(db: &Path) {
    let o = bin()
        .args(["demo", "--no-open", "--db"])
        .arg(db)
        .output()
        .unwrap();
    ok(&o);
}

/// NIP of the demo employee called `name`.
fn nip_of(db: &Path, name: &str) -> String {
    let o = run(db, &["export", "pegawai", "--format", "json"], "");
    let v: serde_json::Value = serde_json::from_str(&ok(&o)).unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .find(|e| e["nama"] == name)
        .unwrap_or_else(|| panic!("{name}"))["nip"]
        .as_str()
        .unwrap()
        .to_string()
}

fn audit_len(db: &Path) -> usize {
    let store = kinerja::store::Store::open(db).unwrap();
    store.audit_len().unwrap() as usize
}

// #1: a script on a database with accounts signs in first.
#[test]
fn script_on_a_database_with_accounts_needs_a_sign_in() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo");
    demo(&db);
    let keys = dir.path().join("keys.txt");
    // `u` opens the new-unit form; typing and saving would write a unit.
    std::fs::write(&keys, "u\ntext:Seksi Rahasia\nctrl+s\ndump\n").unwrap();
    let before = audit_len(&db);

    let err = fails(
        &run(&db, &["script", "--keys", keys.to_str().unwrap()], ""),
        1,
    );
    assert!(err.contains("--as"), "{err}");
    assert_eq!(audit_len(&db), before, "nothing written");

    // A wrong password: refused, nothing run.
    let err = fails(
        &run(
            &db,
            &["script", "--as", "agus", "--keys", keys.to_str().unwrap()],
            "salah-sekali\n",
        ),
        1,
    );
    assert!(err.contains("salah"), "{err}");

    // The admin signs in with the password on standard input; changes are theirs.
    let agus = nip_of(&db, "Agus Mahuze");
    let pw = format!("{}\n", &agus[12..]);
    let out = ok(&run(
        &db,
        &["script", "--as", "agus", "--keys", keys.to_str().unwrap()],
        &pw,
    ));
    assert!(out.contains("Seksi Rahasia"), "{out}");
    let store = kinerja::store::Store::open(&db).unwrap();
    let last = store.audit_trail().unwrap().pop().unwrap();
    assert_eq!(last.actor, "agus");
}

#[test]
fn script_on_a_database_without_accounts_runs_as_before() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kantor");
    let csv = dir.path().join("p.csv");
    std::fs::write(
        &csv,
        "nip,nama,gelar_depan,gelar_belakang,jenis,golongan,jabatan,jenis_jabatan,unit,nip_atasan,status\n\
         197503152000031002,Yohanes Gebze,,,PNS,IV/a,Kepala Distrik,Administrator,Kantor Distrik Salor,,aktif\n",
    )
    .unwrap();
    ok(&run(&db, &["import", "pegawai", csv.to_str().unwrap()], ""));
    let keys = dir.path().join("keys.txt");
    std::fs::write(&keys, "dump\n").unwrap();
    let out = ok(&run(&db, &["script", "--keys", keys.to_str().unwrap()], ""));
    assert!(out.contains("Yohanes Gebze"), "{out}");
}

// #19: a penilai needs an employee; the last active admin stays.
#[test]
fn penilai_needs_a_nip_and_the_last_admin_cannot_be_disabled() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo");
    demo(&db);
    let err = fails(
        &run(
            &db,
            &["user", "add", "tamu", "--role", "penilai"],
            "rahasia\n",
        ),
        1,
    );
    assert!(err.contains("--nip"), "{err}");
    let list = ok(&run(&db, &["user", "list"], ""));
    assert!(!list.contains("tamu"), "{list}");

    let err = fails(&run(&db, &["user", "disable", "agus"], ""), 1);
    assert!(err.contains("admin aktif terakhir"), "{err}");
    // With a second admin the first may go.
    ok(&run(
        &db,
        &["user", "add", "bkpsdm", "--role", "admin"],
        "rahasia\n",
    ));
    ok(&run(&db, &["user", "disable", "agus"], ""));
    let err = fails(&run(&db, &["user", "disable", "bkpsdm"], ""), 1);
    assert!(err.contains("admin aktif terakhir"), "{err}");
}

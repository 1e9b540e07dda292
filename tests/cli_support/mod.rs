//! Shared helpers of the tests that run the real `kinerja` binary (`tests/cli_*.rs`,
//! `register_fixes_data.rs`): one clean environment, the output as text, the usual checks.
#![allow(dead_code)]

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use kinerja::app::Services;
use kinerja::store::Store;

/// The binary without the caller's language or database, run by the OS user `operator1`
/// (its command-line changes are recorded as `cli:operator1`).
pub fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_kinerja"));
    c.env_remove("KINERJA_LANG")
        .env_remove("KINERJA_DB")
        .env("USER", "operator1")
        .env_remove("USERNAME")
        .env_remove("LOGNAME");
    c
}

pub fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

pub fn stdout(o: &Output) -> String {
    text(&o.stdout)
}

pub fn stderr(o: &Output) -> String {
    text(&o.stderr)
}

/// `kinerja --db DB args...`.
pub fn run(db: &Path, args: &[&str]) -> Output {
    bin()
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .expect("run kinerja")
}

/// `kinerja --db DB args...` with `stdin` piped in (passwords).
pub fn run_stdin(db: &Path, args: &[&str], stdin: &str) -> Output {
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

/// Exit 0; the standard output.
pub fn ok(o: &Output) -> String {
    assert_eq!(o.status.code(), Some(0), "stderr: {}", text(&o.stderr));
    text(&o.stdout)
}

/// Exit `code`; the standard error.
pub fn fails(o: &Output, code: i32) -> String {
    assert_eq!(o.status.code(), Some(code), "stdout: {}", text(&o.stdout));
    text(&o.stderr)
}

/// Exit 1 with nothing on standard output; the standard error.
pub fn refused(o: &Output) -> String {
    assert_eq!(o.status.code(), Some(1), "stdout: {}", text(&o.stdout));
    assert_eq!(text(&o.stdout), "");
    text(&o.stderr)
}

/// `kinerja demo --no-open --db DB`; its standard output.
pub fn demo(db: &Path) -> String {
    let o = bin()
        .args(["demo", "--no-open", "--db"])
        .arg(db)
        .output()
        .unwrap();
    ok(&o)
}

/// NIP of the employee called `name` (exported as JSON).
pub fn nip_of(db: &Path, name: &str) -> String {
    let o = run(db, &["export", "pegawai", "--format", "json"]);
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

/// Entries in the audit trail.
pub fn audit_len(db: &Path) -> usize {
    let store = Store::open(db).expect("open store");
    store.audit_trail().expect("audit").len()
}

/// The library's services on the database (after the binary has closed it).
pub fn services(db: &Path) -> Services {
    Services::new(Store::open(db).unwrap(), "test").unwrap()
}

//! `kinerja demo`, help texts and the database lock, through the real binary.

use std::collections::HashSet;
use std::path::Path;
use std::process::Output;

use kinerja::domain::{EmployeeKind, Nip};

mod cli_support;
use cli_support::{bin, text};

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("run kinerja")
}

fn employees_json(db: &Path) -> Vec<serde_json::Value> {
    let o = bin()
        .arg("--db")
        .arg(db)
        .args(["export", "pegawai", "--format", "json"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    v.as_array().expect("array").clone()
}

#[test]
fn demo_twice_gives_the_same_valid_office() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo");
    let o = bin()
        .args(["demo", "--no-open", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let out = text(&o.stdout);
    assert!(
        out.contains("Database contoh dibuat: 60 pegawai di 10 unit."),
        "{out}"
    );
    assert!(
        out.contains(&db.display().to_string()),
        "prints where: {out}"
    );
    let first = employees_json(&db);

    let o = bin()
        .args(["demo", "--no-open", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    assert!(
        text(&o.stdout).contains("sudah ada (60 pegawai)"),
        "{}",
        text(&o.stdout)
    );
    let second = employees_json(&db);
    assert_eq!(first, second, "not duplicated, not changed");
    assert_eq!(second.len(), 60);

    let nips: HashSet<&str> = second.iter().map(|e| e["nip"].as_str().unwrap()).collect();
    assert_eq!(nips.len(), 60, "unique NIPs");
    let mut pppk = 0;
    let mut inactive = 0;
    for e in &second {
        let kind = EmployeeKind::parse(e["jenis"].as_str().unwrap()).expect("jenis");
        if kind == EmployeeKind::Pppk {
            pppk += 1;
        }
        if e["status"] != "aktif" {
            inactive += 1;
        }
        let nip = e["nip"].as_str().unwrap();
        assert!(Nip::parse(nip, kind).is_ok(), "valid NIP {nip}");
        if let Some(sup) = e["nip_atasan"].as_str() {
            assert!(nips.contains(sup), "supervisor {sup} exists");
        }
    }
    assert!(pppk >= 2, "some PPPK");
    assert_eq!(inactive, 2);
    for name in [
        "Yohanes Gebze",
        "Maria Kaize",
        "Daniel Ndiken",
        "Agus Mahuze",
    ] {
        assert!(second.iter().any(|e| e["nama"] == name), "{name}");
    }
}

#[test]
fn demo_without_db_uses_the_temp_folder_not_kinerja_db() {
    let tmp = tempfile::tempdir().unwrap();
    let real = tmp.path().join("real-db");
    let o = bin()
        .args(["demo", "--no-open"])
        .env("TMPDIR", tmp.path())
        .env("KINERJA_DB", &real)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let demo = tmp.path().join("kinerja-demo");
    assert!(
        text(&o.stdout).contains(&demo.display().to_string()),
        "{}",
        text(&o.stdout)
    );
    assert!(demo.exists());
    assert!(
        !real.exists(),
        "KINERJA_DB is the user's real database: demo leaves it alone"
    );
}

#[test]
fn help_is_indonesian_by_default_and_english_on_request() {
    let id = run(&["--help"]);
    assert_eq!(id.status.code(), Some(0));
    let id = text(&id.stdout);
    for want in [
        "Penggunaan: kinerja",
        "Perintah:",
        "Opsi:",
        "Tampilkan bantuan ini",
        "demo",
        "import",
        "export",
    ] {
        assert!(id.contains(want), "{want:?} in {id}");
    }
    assert!(!id.contains("Usage:") && !id.contains("Print help"), "{id}");
    assert!(!id.contains("gen "), "gen is hidden: {id}");

    let en = run(&["--lang", "en", "--help"]);
    assert_eq!(en.status.code(), Some(0));
    let en = text(&en.stdout);
    for want in ["Usage: kinerja", "Commands:", "Options:", "Show this help"] {
        assert!(en.contains(want), "{want:?} in {en}");
    }
    assert!(!en.contains("Penggunaan"), "{en}");

    let env_en = bin()
        .args(["export", "pegawai", "--help"])
        .env("KINERJA_LANG", "en")
        .output()
        .unwrap();
    assert!(
        text(&env_en.stdout).contains("Output format: csv (default) or json"),
        "{}",
        text(&env_en.stdout)
    );
    let sub_id = run(&["import", "pegawai", "--help"]);
    assert!(
        text(&sub_id.stdout).contains("nip,nama,gelar_depan,gelar_belakang,jenis,golongan,jabatan,jenis_jabatan,unit,nip_atasan,status"),
        "{}",
        text(&sub_id.stdout)
    );

    let v = run(&["--version"]);
    assert_eq!(v.status.code(), Some(0));
    assert!(
        text(&v.stdout).starts_with("kinerja "),
        "{}",
        text(&v.stdout)
    );
}

#[test]
fn usage_errors_are_translated_with_exit_1() {
    let o = run(&["frobnicate"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o.stderr).contains("perintah tidak dikenal: 'frobnicate'"),
        "{}",
        text(&o.stderr)
    );
    let o = run(&["--lang", "en", "export", "pegawai", "--format", "xml"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o.stderr).contains("invalid value 'xml' for --format"),
        "{}",
        text(&o.stderr)
    );
    let o = run(&["--lang", "fr"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o.stderr).contains("bahasa tidak dikenal: 'fr'"),
        "{}",
        text(&o.stderr)
    );
}

#[test]
fn locked_database_exits_2_with_the_indonesian_message() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let _held = kinerja::store::Store::open(&db).expect("hold the database");
    let want = format!(
        "database sedang dipakai oleh proses kinerja lain: {}",
        db.display()
    );
    // The TUI path: the store is opened before any terminal mode.
    for args in [
        &[][..],
        &["export", "pegawai"][..],
        &["demo", "--no-open"][..],
    ] {
        let o = bin().arg("--db").arg(&db).args(args).output().unwrap();
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", text(&o.stderr));
        assert!(
            text(&o.stderr).contains(&want),
            "{args:?}: {}",
            text(&o.stderr)
        );
        assert!(!text(&o.stderr).contains("panicked"), "{}", text(&o.stderr));
    }
}

#[test]
fn script_runs_headless_on_the_demo_office() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo");
    let o = bin()
        .args(["demo", "--no-open", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o.stderr));
    let keys = dir.path().join("keys.txt");
    std::fs::write(&keys, "dump\n").unwrap();
    // The demo has accounts: a script signs in (`--as`, the password on stdin).
    let agus = employees_json(&db)
        .into_iter()
        .find(|e| e["nama"] == "Agus Mahuze")
        .unwrap();
    let password = format!("{}\n", &agus["nip"].as_str().unwrap()[12..]);
    let signed_in = |args: &[&str]| {
        use std::io::Write;
        let mut child = bin()
            .arg("--db")
            .arg(&db)
            .args(args)
            .args(["--as", "agus", "--keys"])
            .arg(&keys)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(password.as_bytes()).unwrap();
        drop(stdin);
        child.wait_with_output().unwrap()
    };
    let o = signed_in(&["script", "--size", "100x30"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    assert!(text(&o.stdout).contains("Ndiken"), "{}", text(&o.stdout));

    std::fs::write(&keys, "no-such-key-token\n").unwrap();
    let o = signed_in(&["script"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(!text(&o.stderr).is_empty() && !text(&o.stderr).contains("panicked"));

    let o = bin()
        .arg("--db")
        .arg(&db)
        .args(["script", "--keys"])
        .arg(dir.path().join("missing.txt"))
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o.stderr).contains("berkas atau folder tidak ditemukan"),
        "{}",
        text(&o.stderr)
    );

    let o = bin()
        .arg("--db")
        .arg(&db)
        .args(["script", "--size", "10", "--keys"])
        .arg(&keys)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o.stderr).contains("ukuran layar '10' tidak sah"),
        "{}",
        text(&o.stderr)
    );
}

#[test]
fn demo_refuses_a_database_it_did_not_make() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kantor");
    let csv = dir.path().join("p.csv");
    std::fs::write(
        &csv,
        "nip,nama,gelar_depan,gelar_belakang,jenis,golongan,jabatan,jenis_jabatan,unit,nip_atasan,status\n\
         197503152000031002,Yohanes Gebze,,,PNS,IV/a,Kepala Distrik,Administrator,Kantor Distrik Salor,,aktif\n",
    )
    .unwrap();
    let db_arg = db.to_str().unwrap();
    let out = run(&["--db", db_arg, "import", "pegawai", csv.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    // A real register: no demo people, and above all no accounts with published passwords.
    let out = run(&["demo", "--db", db_arg, "--no-open"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stdout));
    assert!(
        text(&out.stderr).contains("bukan database contoh"),
        "{}",
        text(&out.stderr)
    );
    let out = run(&["--db", db_arg, "user", "list"]);
    assert!(
        !text(&out.stdout).contains("yohanes"),
        "{}",
        text(&out.stdout)
    );
    assert_eq!(employees_json(&db).len(), 1);
    // A demo database reopens as before.
    let demo = dir.path().join("demo");
    let demo_arg = demo.to_str().unwrap();
    assert!(run(&["demo", "--db", demo_arg, "--no-open"])
        .status
        .success());
    assert!(run(&["demo", "--db", demo_arg, "--no-open"])
        .status
        .success());
}

fn plans_json(db: &Path, year: i32) -> Vec<serde_json::Value> {
    let o = bin()
        .arg("--db")
        .arg(db)
        .args([
            "export",
            "skp",
            "--tahun",
            &year.to_string(),
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    v.as_array().expect("array").clone()
}

#[test]
fn demo_has_cascaded_plans_for_three_years_and_the_period() {
    use chrono::Datelike;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo");
    let o = bin()
        .args(["demo", "--no-open", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let year = chrono::Local::now().year();
    let active: Vec<serde_json::Value> = employees_json(&db)
        .into_iter()
        .filter(|e| e["status"] == "aktif")
        .collect();
    let tops: HashSet<String> = active
        .iter()
        .filter(|e| e["nip_atasan"].is_null())
        .map(|e| e["nip"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(active.len(), 58);
    for y in [year - 2, year - 1, year] {
        let plans = plans_json(&db, y);
        assert_eq!(
            plans.len(),
            active.len(),
            "one plan per active employee in {y}"
        );
        for p in &plans {
            let nip = p["nip"].as_str().unwrap();
            for r in p["rhk"].as_array().unwrap() {
                // Cascade: every RHK below the top links to a supervisor RHK.
                assert_eq!(
                    r["no_rhk_atasan"].is_null(),
                    tops.contains(nip),
                    "{nip} {y}"
                );
                for i in r["indikator"].as_array().unwrap() {
                    assert!(!i["target"].as_str().unwrap().is_empty());
                    assert!(!i["satuan"].as_str().unwrap().is_empty());
                    let segs: Vec<u64> = i["realisasi"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|x| x["segmen"].as_u64().unwrap())
                        .collect();
                    if y < year {
                        assert_eq!(segs, [1, 2, 3, 4], "past years: all four segments");
                        assert_eq!(p["status"], "Disetujui");
                    }
                    for x in i["realisasi"].as_array().unwrap() {
                        assert!(!x["bukti"].as_str().unwrap().is_empty());
                        assert!(!x["umpan_balik"].as_str().unwrap().is_empty());
                        assert!(x["capaian"].is_number());
                    }
                }
            }
        }
    }
    let now = plans_json(&db, year);
    let status = |s: &str| now.iter().filter(|p| p["status"] == s).count();
    assert_eq!(status("Diajukan"), 1);
    assert_eq!(status("Ditolak"), 1);
    // Realisations of the current year only in segments already over.
    let today = chrono::Local::now().date_naive();
    let current = (today.month0() / 3 + 1) as u64;
    let max_seg = now
        .iter()
        .flat_map(|p| p["rhk"].as_array().unwrap().clone())
        .flat_map(|r| r["indikator"].as_array().unwrap().clone())
        .flat_map(|i| i["realisasi"].as_array().unwrap().clone())
        .map(|x| x["segmen"].as_u64().unwrap())
        .max()
        .unwrap_or(0);
    assert_eq!(max_seg, current - 1);
    // Pak Yohanes's third RHK is supported by nobody; his first two are.
    let yohanes = now
        .iter()
        .find(|p| p["nama"].as_str().unwrap().starts_with("Yohanes Gebze"))
        .unwrap();
    assert_eq!(
        yohanes["rhk"][2]["teks"],
        "Terwujudnya inovasi pelayanan publik distrik"
    );
    let store = kinerja::store::Store::open(&db).expect("open");
    let reg = store.employees().unwrap();
    let yid = reg
        .iter()
        .find(|e| e.nip.as_str() == yohanes["nip"].as_str().unwrap())
        .unwrap()
        .id;
    let rows = store.cascade(yid, year).unwrap();
    assert_eq!(rows.len(), 3, "{rows:?}");
    let supported: Vec<bool> = rows.iter().map(|r| !r.contributors.is_empty()).collect();
    assert_eq!(supported, [true, true, false]);
    // The rejected plan keeps its reason; the year has its period record.
    let rejected = now.iter().find(|p| p["status"] == "Ditolak").unwrap();
    assert!(rejected["nama"]
        .as_str()
        .unwrap()
        .starts_with("Rina Marlina"));
    let rid = reg
        .iter()
        .find(|e| e.nip.as_str() == rejected["nip"].as_str().unwrap())
        .unwrap()
        .id;
    let plan = store.plans_of_employee(rid, Some(year)).unwrap().remove(0);
    assert!(matches!(
        plan.state,
        kinerja::domain::plan::PlanState::Rejected { ref reason } if reason.contains("Indikator waktu")
    ));
    assert!(store.period(year).unwrap().is_some());
}

//! `kinerja import dialog`, `export dialog`, `agenda` and `cetak dialog` through the real
//! binary (issue 9, "Command line"), and the demo's feedback.

use std::path::{Path, PathBuf};
use std::process::Output;

mod cli_support;
use cli_support::{audit_len, ok, refused, run as kinerja};

/// Kantor (Yohanes, Agus), Seksi Pelayanan (Maria heads Daniel, Rina, Yosep; Wati retired)
/// and Seksi Pemerintahan (Kornelius heads Ahmad). Nobody has a plan.
const PEGAWAI: &str = "nip,nama,gelar_depan,gelar_belakang,jenis,golongan,jabatan,jenis_jabatan,unit,nip_atasan,status
197401011999011001,Yohanes Gebze,,S.Sos.,PNS,IV/a,Kepala Distrik Salor,Administrator,Kantor Distrik Salor,,aktif
198602142011011005,Agus Mahuze,,S.Psi.,PNS,III/c,Analis SDM Aparatur Ahli Muda,Fungsional Ahli Muda,Kantor Distrik Salor,197401011999011001,aktif
198503152010012002,Maria Kaize,,S.Sos.,PNS,III/d,Kepala Seksi Pelayanan,Pengawas,Seksi Pelayanan,197401011999011001,aktif
199207072015031003,Daniel Ndiken,,,PNS,II/c,Pengadministrasi Kependudukan,Pelaksana,Seksi Pelayanan,198503152010012002,aktif
199003102014022004,Rina Marlina,,A.Md.,PNS,II/d,Pengolah Data,Pelaksana,Seksi Pelayanan,198503152010012002,aktif
198807172012031006,Yosep Mahuze,,,PNS,II/b,Pengadministrasi Umum,Pelaksana,Seksi Pelayanan,198503152010012002,aktif
196101012015011011,Wati Ndiken,,,PNS,II/a,Pengarsip,Pelaksana,Seksi Pelayanan,198503152010012002,pensiun
197905052005011007,Kornelius Samkakai,,S.Sos.,PNS,III/d,Kepala Seksi Pemerintahan,Pengawas,Seksi Pemerintahan,197401011999011001,aktif
198811112013031008,Ahmad Fauzi,,S.H.,PNS,III/b,Penyusun Bahan,Pelaksana,Seksi Pemerintahan,197905052005011007,aktif
";

const HEADER: &str = "nip,tanggal,jenis,catatan,tindak_lanjut,jatuh_tempo,status_tindak_lanjut";

const YOHANES: &str = "197401011999011001";
const MARIA: &str = "198503152010012002";
const DANIEL: &str = "199207072015031003";
const RINA: &str = "199003102014022004";
const YOSEP: &str = "198807172012031006";
const WATI: &str = "196101012015011011";
const AHMAD: &str = "198811112013031008";

fn setup() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("db");
    let f = dir.path().join("pegawai.csv");
    std::fs::write(&f, PEGAWAI).expect("write");
    ok(&kinerja(
        &db,
        &["import", "pegawai", f.to_str().expect("utf-8")],
    ));
    (dir, db)
}

fn file(dir: &Path, name: &str, rows: &[&str]) -> PathBuf {
    let path = dir.join(name);
    let mut text = String::from(HEADER);
    for r in rows {
        text.push('\n');
        text.push_str(r);
    }
    text.push('\n');
    std::fs::write(&path, text).expect("write");
    path
}

fn import(db: &Path, f: &Path) -> Output {
    kinerja(db, &["import", "dialog", f.to_str().expect("utf-8")])
}

fn export_json(db: &Path, year: &str) -> Vec<serde_json::Value> {
    let out = ok(&kinerja(
        db,
        &["export", "dialog", "--tahun", year, "--format", "json"],
    ));
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    v.as_array().expect("array").clone()
}

/// The office's 2025: Daniel's monitoring session on 10/10/2025 with four follow-ups (one
/// overdue on 15/11, one due within two weeks, one due later, one achieved), his planning
/// session in January, Rina's session in September (the previous segment), Ahmad's coaching.
fn the_year(dir: &Path) -> PathBuf {
    file(
        dir,
        "dialog.csv",
        &[
            &format!("{DANIEL},10/10/2025,pemantauan,Berkas KTP menumpuk,Menyusun daftar periksa,01/11/2025,"),
            &format!("{DANIEL},15/01/2025,perencanaan,Menyepakati SKP,,,"),
            &format!("{DANIEL},10/10/2025,pemantauan,,Ikut pelatihan pelayanan prima,20/11/2025,terbuka"),
            &format!("{RINA},05/09/2025,coaching,Laporan bulanan terlambat,Laporan sebelum rapat staf,30/09/2025,tidak_tercapai"),
            &format!("{DANIEL},10/10/2025,PEMANTAUAN,Berkas KTP menumpuk,Arsip digital,30/12/2025,"),
            &format!("{DANIEL},10/10/2025,pemantauan,,Rapikan loket,05/11/2025,tercapai"),
            &format!("{AHMAD},03/03/2025,mentoring,'=Rumus di catatan,,,"),
        ],
    )
}

#[test]
fn an_import_groups_rows_into_sessions_and_is_audited_as_an_import() {
    let (dir, db) = setup();
    let before = audit_len(&db);
    let out = ok(&import(&db, &the_year(dir.path())));
    assert!(
        out.contains("Impor dialog kinerja selesai: 4 dialog, 5 tindak lanjut."),
        "{out}"
    );
    // Daniel, Rina and Ahmad: one feedback year each.
    assert_eq!(audit_len(&db), before + 3);
    let store = kinerja::store::Store::open(&db).expect("open");
    let trail = store.audit_trail().expect("audit");
    assert!(trail[before..]
        .iter()
        .all(|a| a.action == kinerja::domain::AuditAction::Import && a.actor == "cli:operator1"));
    drop(store);

    let sessions = export_json(&db, "2025");
    assert_eq!(sessions.len(), 4, "{sessions:#?}");
    // Register order (Daniel, Rina, Ahmad), then by date.
    let daniel: Vec<&serde_json::Value> = sessions.iter().filter(|s| s["nip"] == DANIEL).collect();
    assert_eq!(daniel.len(), 2);
    assert_eq!(daniel[0]["tanggal"], "15/01/2025");
    assert_eq!(daniel[0]["jenis"], "perencanaan");
    assert_eq!(daniel[0]["tindak_lanjut"].as_array().unwrap().len(), 0);
    let m = daniel[1];
    assert_eq!(m["tanggal"], "10/10/2025");
    assert_eq!(m["jenis"], "pemantauan");
    assert_eq!(m["catatan"], "Berkas KTP menumpuk");
    assert_eq!(m["nip_penilai"], MARIA, "the supervisor in the register");
    let items: Vec<(&str, &str, &str)> = m["tindak_lanjut"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["tindak_lanjut"].as_str().unwrap(),
                f["jatuh_tempo"].as_str().unwrap(),
                f["status"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        items,
        vec![
            ("Menyusun daftar periksa", "01/11/2025", "terbuka"),
            ("Ikut pelatihan pelayanan prima", "20/11/2025", "terbuka"),
            ("Arsip digital", "30/12/2025", "terbuka"),
            ("Rapikan loket", "05/11/2025", "tercapai"),
        ]
    );
    // A reviewed follow-up is dated its due date (passed).
    assert_eq!(m["tindak_lanjut"][3]["tanggal_reviu"], "05/11/2025");
    let rina = sessions.iter().find(|s| s["nip"] == RINA).unwrap();
    assert_eq!(rina["tindak_lanjut"][0]["status"], "tidak_tercapai");
    // The formula guard is taken off on the way in.
    let ahmad = sessions.iter().find(|s| s["nip"] == AHMAD).unwrap();
    assert_eq!(ahmad["catatan"], "=Rumus di catatan");
    assert_eq!(ahmad["nip_penilai"], "197905052005011007");

    // The same file again duplicates every session: refused, nothing written.
    let before = audit_len(&db);
    let err = refused(&import(&db, &the_year(dir.path())));
    assert!(
        err.contains("baris 2 (NIP 199207072015031003): dialog pegawai ini pada tanggal dan jenis itu sudah ada"),
        "{err}"
    );
    assert_eq!(audit_len(&db), before);
}

/// One bad row among good ones: exit 1, the line and the reason, nothing written.
fn refuses(rows: &[&str], line: u64, words: &[&str]) {
    let (dir, db) = setup();
    let before = audit_len(&db);
    let err = refused(&import(&db, &file(dir.path(), "bad.csv", rows)));
    assert!(err.contains(&format!("baris {line}")), "{err}");
    for w in words {
        assert!(err.contains(w), "{w:?} in {err}");
    }
    assert!(err.contains("database tidak diubah"), "{err}");
    assert_eq!(audit_len(&db), before, "all or nothing");
    assert!(export_json(&db, "2025").is_empty());
}

fn good() -> String {
    format!("{DANIEL},10/10/2025,pemantauan,Berkas menumpuk,Daftar periksa,01/11/2025,")
}

#[test]
fn an_unknown_or_inactive_employee_is_refused_with_its_line() {
    refuses(
        &[&good(), "199999999999999999,10/10/2025,pemantauan,x,,,"],
        3,
        &["tidak ada pegawai dengan NIP 199999999999999999"],
    );
    refuses(
        &[&good(), &format!("{WATI},10/10/2025,pemantauan,x,,,")],
        3,
        &["pegawai ini tidak aktif"],
    );
}

#[test]
fn an_impossible_or_future_date_is_refused() {
    refuses(
        &[&good(), &format!("{RINA},31/02/2025,pemantauan,x,,,")],
        3,
        &["tanggal '31/02/2025': tanggal itu tidak ada"],
    );
    refuses(
        &[&good(), &format!("{RINA},kemarin,pemantauan,x,,,")],
        3,
        &["tanggal 'kemarin' bukan tanggal"],
    );
    refuses(
        &[&good(), &format!("{RINA},01/01/2099,pemantauan,x,,,")],
        3,
        &["tanggal 01/01/2099 belum tiba"],
    );
    refuses(
        &[
            &good(),
            &format!("{RINA},01/10/2025,pemantauan,x,a,30/13/2025,"),
        ],
        3,
        &["jatuh_tempo '30/13/2025'"],
    );
}

#[test]
fn a_due_date_before_the_session_is_refused() {
    refuses(
        &[
            &good(),
            &format!("{RINA},10/10/2025,coaching,x,Laporan,09/10/2025,"),
        ],
        3,
        &["jatuh_tempo 09/10/2025 sebelum tanggal dialog 10/10/2025"],
    );
}

#[test]
fn an_unknown_kind_or_state_is_refused() {
    refuses(
        &[&good(), &format!("{RINA},10/10/2025,rapat,x,,,")],
        3,
        &["jenis 'rapat' tidak dikenal", "konseling"],
    );
    refuses(
        &[&good(), &format!("{RINA},10/10/2025,coaching,x,a,,selesai")],
        3,
        &["status_tindak_lanjut 'selesai' tidak dikenal"],
    );
    refuses(
        &[&good(), &format!("{RINA},10/10/2025,coaching,x,,,tercapai")],
        3,
        &["tindak_lanjut kosong"],
    );
}

#[test]
fn control_characters_a_missing_situation_and_disagreeing_situations_are_refused() {
    refuses(
        &[&good(), &format!("{RINA},10/10/2025,coaching,x,a\tb,,")],
        3,
        &["tindak_lanjut: berisi karakter kendali"],
    );
    refuses(
        &[&good(), &format!("{RINA},10/10/2025,coaching,,a,,")],
        3,
        &["catatan wajib diisi"],
    );
    refuses(
        &[&good(), &format!("{DANIEL},10/10/2025,pemantauan,Lain,b,,")],
        3,
        &["catatan"],
    );
    refuses(
        &[&good(), &format!("{YOHANES},10/10/2025,coaching,x,,,")],
        3,
        &["tidak mempunyai atasan langsung"],
    );
}

#[test]
fn every_bad_row_is_listed_in_line_order() {
    let (dir, db) = setup();
    let err = refused(&import(
        &db,
        &file(
            dir.path(),
            "bad.csv",
            &[
                &good(),
                &format!("{RINA},10/10/2025,rapat,x,,,"),
                &good().replace("01/11/2025", "01/01/2025"),
                &format!("{YOSEP},10/10/2025,coaching,x,a,,gagal"),
            ],
        ),
    ));
    let lines: Vec<&str> = err.lines().filter(|l| l.starts_with("baris")).collect();
    assert_eq!(lines.len(), 3, "{err}");
    assert!(lines[0].starts_with("baris 3"), "{err}");
    assert!(lines[1].starts_with("baris 4"), "{err}");
    assert!(lines[2].starts_with("baris 5"), "{err}");
}

#[test]
fn a_wrong_header_is_refused() {
    let (dir, db) = setup();
    let f = dir.path().join("h.csv");
    std::fs::write(&f, "nip,tanggal,jenis,catatan\n1,2,3,4\n").unwrap();
    let err = refused(&import(&db, &f));
    assert!(
        err.contains("nip,tanggal,jenis,catatan,tindak_lanjut,jatuh_tempo,status_tindak_lanjut"),
        "{err}"
    );
}

fn agenda_json(db: &Path, nip: &str, on: &str) -> serde_json::Value {
    let out = ok(&kinerja(
        db,
        &["agenda", "--nip", nip, "--tanggal", on, "--format", "json"],
    ));
    serde_json::from_str(&out).expect("json")
}

fn people(v: &serde_json::Value) -> Vec<(String, String)> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|p| {
            assert_eq!(p.as_object().unwrap().len(), 2, "only nip and nama: {p}");
            (
                p["nip"].as_str().unwrap().to_string(),
                p["nama"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn the_agenda_lists_due_follow_ups_and_who_lacks_feedback_plans_and_evaluations() {
    let (dir, db) = setup();
    ok(&import(&db, &the_year(dir.path())));
    // Daniel's evaluation of segment 3 of 2025 signed (from paper).
    let reviews = dir.path().join("penilaian.csv");
    std::fs::write(
        &reviews,
        format!(
            "nip,tahun,jenis,segmen,rating_hasil,rating_perilaku,alasan\n\
             {DANIEL},2025,periodik,3,sesuai,sesuai,\n"
        ),
    )
    .unwrap();
    ok(&kinerja(
        &db,
        &["import", "penilaian", reviews.to_str().unwrap()],
    ));

    let a = agenda_json(&db, MARIA, "15/11/2025");
    let keys: Vec<&str> = a.as_object().unwrap().keys().map(String::as_str).collect();
    let mut sorted = keys.clone();
    sorted.sort_unstable();
    assert_eq!(
        sorted,
        vec![
            "keberatan_menunggu",
            "penilaian_belum_ditandatangani",
            "skp_belum_disetujui",
            "tanpa_umpan_balik",
            "tindak_lanjut"
        ]
    );
    // Due by 29/11: the one of 01/11 (overdue), of 20/11 (not yet); not 30/12 nor the
    // achieved one. Overdue first.
    assert_eq!(
        a["tindak_lanjut"],
        serde_json::json!([
            {"nip": DANIEL, "nama": "Daniel Ndiken", "tindak_lanjut": "Menyusun daftar periksa",
             "jatuh_tempo": "01/11/2025", "terlambat": true},
            {"nip": DANIEL, "nama": "Daniel Ndiken",
             "tindak_lanjut": "Ikut pelatihan pelayanan prima",
             "jatuh_tempo": "20/11/2025", "terlambat": false},
        ])
    );
    let daniel = (DANIEL.to_string(), "Daniel Ndiken".to_string());
    let rina = (RINA.to_string(), "Rina Marlina, A.Md.".to_string());
    let yosep = (YOSEP.to_string(), "Yosep Mahuze".to_string());
    // Segment 4 (October to December): Rina's session was in September; Wati is retired.
    assert_eq!(
        people(&a["tanpa_umpan_balik"]),
        vec![rina.clone(), yosep.clone()]
    );
    assert_eq!(
        people(&a["skp_belum_disetujui"]),
        vec![daniel.clone(), rina.clone(), yosep.clone()]
    );
    assert_eq!(
        people(&a["penilaian_belum_ditandatangani"]),
        vec![rina.clone(), yosep.clone()]
    );
    assert_eq!(people(&a["keberatan_menunggu"]), vec![]);

    // A day later than 01/11 by less: nothing overdue on 31/10, the 20/11 one not yet due.
    let a = agenda_json(&db, MARIA, "31/10/2025");
    assert_eq!(a["tindak_lanjut"].as_array().unwrap().len(), 1, "{a}");
    assert_eq!(a["tindak_lanjut"][0]["terlambat"], false);

    // Text: a readable list.
    let text = ok(&kinerja(
        &db,
        &["agenda", "--nip", MARIA, "--tanggal", "15/11/2025"],
    ));
    assert!(
        text.contains("Agenda Maria Kaize, S.Sos. pada 15/11/2025"),
        "{text}"
    );
    assert!(text.contains("TERLAMBAT  Daniel Ndiken"), "{text}");
    assert!(
        text.contains("Belum mendapat umpan balik dalam segmen ini (2):"),
        "{text}"
    );
    let en = ok(&kinerja(
        &db,
        &[
            "--lang",
            "en",
            "agenda",
            "--nip",
            MARIA,
            "--tanggal",
            "15/11/2025",
        ],
    ));
    assert!(en.contains("OVERDUE"), "{en}");

    // An unknown NIP and a bad date are refused.
    refused(&kinerja(&db, &["agenda", "--nip", "1", "--format", "json"]));
    refused(&kinerja(
        &db,
        &["agenda", "--nip", MARIA, "--tanggal", "31/02/2025"],
    ));
}

#[test]
fn the_csv_export_imports_again_into_another_database() {
    let (dir, db) = setup();
    // A multi-line situation and a formula-looking item survive the trip.
    let f = dir.path().join("multi.csv");
    std::fs::write(
        &f,
        format!(
            "{HEADER}\n{DANIEL},10/10/2025,konseling,\"Baris satu\nBaris dua\",'+62 hubungi keluarga,12/10/2025,\n"
        ),
    )
    .unwrap();
    ok(&import(&db, &f));
    ok(&import(&db, &the_year(dir.path())));
    let out = dir.path().join("export.csv");
    ok(&kinerja(
        &db,
        &[
            "export",
            "dialog",
            "--tahun",
            "2025",
            "-o",
            out.to_str().unwrap(),
        ],
    ));
    let first = std::fs::read_to_string(&out).unwrap();
    assert!(first.starts_with(HEADER), "{first}");
    assert!(first.contains("'+62 hubungi keluarga"), "guarded: {first}");
    assert!(first.contains("\"Baris satu\nBaris dua\""), "{first}");
    // 4 follow-ups of Daniel's monitoring + his planning + Rina + Ahmad + the counselling.
    assert_eq!(
        csv::Reader::from_reader(first.as_bytes()).records().count(),
        8
    );

    let other = dir.path().join("db2");
    let pegawai = dir.path().join("pegawai.csv");
    ok(&kinerja(
        &other,
        &["import", "pegawai", pegawai.to_str().unwrap()],
    ));
    ok(&import(&other, &out));
    let again = dir.path().join("again.csv");
    ok(&kinerja(
        &other,
        &[
            "export",
            "dialog",
            "--tahun",
            "2025",
            "--format",
            "csv",
            "-o",
            again.to_str().unwrap(),
        ],
    ));
    assert_eq!(std::fs::read_to_string(&again).unwrap(), first);
    let json = export_json(&other, "2025");
    let counselling = json.iter().find(|s| s["jenis"] == "konseling").unwrap();
    assert_eq!(counselling["catatan"], "Baris satu\nBaris dua");
    assert_eq!(
        counselling["tindak_lanjut"][0]["tindak_lanjut"],
        "+62 hubungi keluarga"
    );
    // Another year is empty.
    assert!(export_json(&other, "2024").is_empty());
}

#[test]
fn cetak_dialog_writes_the_paper_form() {
    let (dir, db) = setup();
    ok(&import(&db, &the_year(dir.path())));
    let out = dir.path().join("form.txt");
    let o = kinerja(
        &db,
        &[
            "cetak",
            "dialog",
            "--nip",
            DANIEL,
            "--tanggal",
            "10/10/2025",
            "-o",
            out.to_str().unwrap(),
        ],
    );
    ok(&o);
    let form = std::fs::read_to_string(&out).unwrap();
    for part in [
        "FORMULIR DIALOG KINERJA",
        "Tanggal dialog : 10/10/2025",
        "Jenis dialog   : Pemantauan",
        "I.   PEGAWAI YANG DINILAI",
        "Nama             : Daniel Ndiken",
        "NIP              : 199207072015031003",
        "Pangkat/Golongan : II/c",
        "Jabatan          : Pengadministrasi Kependudukan",
        "Unit kerja       : Seksi Pelayanan",
        "II.  PEJABAT PENILAI KINERJA",
        "Nama             : Maria Kaize, S.Sos.",
        "Pangkat/Golongan : III/d",
        "III. SITUASI / PERMASALAHAN",
        "Berkas KTP menumpuk",
        "IV.  TOPIK YANG DIBAHAS",
        "V.   RENCANA TINDAK LANJUT",
        "| NO   | TINDAK LANJUT",
        "| 1    | Menyusun daftar periksa",
        "| 01/11/2025   | Terbuka",
        "| 4    | Rapikan loket",
        "Tercapai",
        "VI.  PERSETUJUAN",
        "Pegawai yang dinilai,",
        "Pejabat penilai kinerja,",
        "Diketahui tanggal: ____/____/________",
        "_________________________________",
        "NIP 198503152010012002",
    ] {
        assert!(form.contains(part), "{part:?} in\n{form}");
    }
    assert!(form.lines().all(|l| l.chars().count() <= 80), "{form}");

    // The session must exist; several the same day need --jenis.
    let err = refused(&kinerja(
        &db,
        &[
            "cetak",
            "dialog",
            "--nip",
            DANIEL,
            "--tanggal",
            "11/10/2025",
            "-o",
            out.to_str().unwrap(),
        ],
    ));
    assert!(err.contains("tidak ada dialog kinerja"), "{err}");
    let err = refused(&kinerja(
        &db,
        &[
            "cetak",
            "dialog",
            "--nip",
            DANIEL,
            "--tanggal",
            "10/10/2025",
            "--jenis",
            "rapat",
            "-o",
            out.to_str().unwrap(),
        ],
    ));
    assert!(err.contains("jenis 'rapat' tidak dikenal"), "{err}");
}

#[test]
fn help_of_the_dialog_commands_in_both_languages() {
    let (_dir, db) = setup();
    let id = ok(&kinerja(&db, &["import", "dialog", "--help"]));
    assert!(id.contains(HEADER), "{id}");
    assert!(id.contains("semua baris atau tidak sama sekali"), "{id}");
    let en = ok(&kinerja(&db, &["--lang", "en", "agenda", "--help"]));
    assert!(en.contains("A supervisor's agenda"), "{en}");
    assert!(en.contains("--tanggal"), "{en}");
    let en = ok(&kinerja(
        &db,
        &["--lang", "en", "cetak", "dialog", "--help"],
    ));
    assert!(en.contains("FORMULIR DIALOG KINERJA"), "{en}");
    let id = ok(&kinerja(&db, &["export", "dialog", "--help"]));
    assert!(id.contains("dapat diimpor kembali"), "{id}");
}

#[test]
fn the_demo_has_sessions_carried_over_and_overdue_follow_ups_and_a_late_year() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo");
    cli_support::demo(&db);
    let this_year = {
        use chrono::Datelike;
        chrono::Local::now().date_naive().year()
    };
    let mut sessions = Vec::new();
    for y in this_year - 2..=this_year {
        sessions.extend(export_json(&db, &y.to_string()));
    }
    assert!(sessions.len() > 300, "{}", sessions.len());
    let follow_ups: Vec<&serde_json::Value> = sessions
        .iter()
        .flat_map(|s| s["tindak_lanjut"].as_array().unwrap().iter())
        .collect();
    assert!(follow_ups.iter().any(|f| !f["lanjutan_dari"].is_null()));
    assert!(follow_ups.iter().any(|f| f["status"] == "tidak_tercapai"));
    assert!(follow_ups.iter().any(|f| f["status"] == "terbuka"));
    let hendrik = cli_support::nip_of(&db, "Hendrik Wanggai");
    let last = export_json(&db, &(this_year - 1).to_string());
    let late: Vec<&serde_json::Value> = last
        .iter()
        .filter(|s| s["nip"] == hendrik.as_str())
        .collect();
    assert_eq!(late.len(), 1);
    assert!(late[0]["tanggal"].as_str().unwrap().contains("/12/"));
    let maria = cli_support::nip_of(&db, "Maria Kaize");
    let a = agenda_json(
        &db,
        &maria,
        &chrono::Local::now()
            .date_naive()
            .format("%d/%m/%Y")
            .to_string(),
    );
    assert!(!a["tindak_lanjut"].as_array().unwrap().is_empty(), "{a}");
    assert!(
        !a["tanpa_umpan_balik"].as_array().unwrap().is_empty(),
        "{a}"
    );
}

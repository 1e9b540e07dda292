//! `kinerja import penilaian`, `export penilaian`, `unit predikat` and `laporan kurva` through
//! the real binary (issue 8, "Command line").

use std::path::{Path, PathBuf};
use std::process::Output;

mod cli_support;
use cli_support::{audit_len, ok, refused, run as kinerja, services};

use kinerja::domain::review::ReviewKind;
use kinerja::domain::{Directory, Nip};

/// Kantor (Yohanes, Agus), Seksi Pelayanan (Maria heads Daniel, Rina, Yosep) and Seksi
/// Pemerintahan (Kornelius heads Ahmad, Elisabeth, Benny). Nobody has a plan.
const PEGAWAI: &str = "nip,nama,gelar_depan,gelar_belakang,jenis,golongan,jabatan,jenis_jabatan,unit,nip_atasan,status
197401011999011001,Yohanes Gebze,,S.Sos.,PNS,IV/a,Kepala Distrik Salor,Administrator,Kantor Distrik Salor,,aktif
198602142011011005,Agus Mahuze,,S.Psi.,PNS,III/c,Analis SDM Aparatur Ahli Muda,Fungsional Ahli Muda,Kantor Distrik Salor,197401011999011001,aktif
198503152010012002,Maria Kaize,,S.Sos.,PNS,III/d,Kepala Seksi Pelayanan,Pengawas,Seksi Pelayanan,197401011999011001,aktif
199207072015031003,Daniel Ndiken,,,PNS,II/c,Pengadministrasi Kependudukan,Pelaksana,Seksi Pelayanan,198503152010012002,aktif
199003102014022004,Rina Marlina,,A.Md.,PNS,II/d,Pengolah Data,Pelaksana,Seksi Pelayanan,198503152010012002,aktif
198807172012031006,Yosep Mahuze,,,PNS,II/b,Pengadministrasi Umum,Pelaksana,Seksi Pelayanan,198503152010012002,aktif
197905052005011007,Kornelius Samkakai,,S.Sos.,PNS,III/d,Kepala Seksi Pemerintahan,Pengawas,Seksi Pemerintahan,197401011999011001,aktif
198811112013031008,Ahmad Fauzi,,S.H.,PNS,III/b,Penyusun Bahan,Pelaksana,Seksi Pemerintahan,197905052005011007,aktif
199106062016022009,Elisabeth Gebze,,,PNS,II/b,Pengadministrasi Pemerintahan,Pelaksana,Seksi Pemerintahan,197905052005011007,aktif
199312122018011010,Benny Ndiken,,,PNS,II/a,Pengolah Data Kampung,Pelaksana,Seksi Pemerintahan,197905052005011007,aktif
";

const HEADER: &str = "nip,tahun,jenis,segmen,rating_hasil,rating_perilaku,alasan";

const YOHANES: &str = "197401011999011001";
const AGUS: &str = "198602142011011005";
const MARIA: &str = "198503152010012002";
const DANIEL: &str = "199207072015031003";
const RINA: &str = "199003102014022004";
const YOSEP: &str = "198807172012031006";
const KORNELIUS: &str = "197905052005011007";
const AHMAD: &str = "198811112013031008";
const ELISABETH: &str = "199106062016022009";
const BENNY: &str = "199312122018011010";

const YEAR: &str = "2025";

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
    std::fs::write(&path, text).expect("write csv");
    path
}

fn import(db: &Path, f: &Path) -> Output {
    kinerja(db, &["import", "penilaian", f.to_str().expect("utf-8")])
}

fn export_json(db: &Path, year: &str) -> Vec<serde_json::Value> {
    let o = kinerja(
        db,
        &["export", "penilaian", "--tahun", year, "--format", "json"],
    );
    let v: serde_json::Value = serde_json::from_str(&ok(&o)).expect("json");
    v.as_array().expect("array").clone()
}

/// The exported row of `nip` and `jenis`/`segmen`.
fn row<'a>(rows: &'a [serde_json::Value], nip: &str, segmen: Option<u64>) -> &'a serde_json::Value {
    rows.iter()
        .find(|r| r["nip"] == nip && r["segmen"].as_u64() == segmen)
        .unwrap_or_else(|| panic!("no row for {nip} {segmen:?} in {rows:?}"))
}

fn today_dmy() -> String {
    chrono::Local::now()
        .date_naive()
        .format("%d/%m/%Y")
        .to_string()
}

#[test]
fn an_import_signs_with_the_matrix_grade_and_the_register_s_appraiser() {
    let (dir, db) = setup();
    let before = audit_len(&db);
    let f = file(
        dir.path(),
        "p.csv",
        &[
            &format!("{DANIEL},{YEAR},tahunan,,Di Atas Ekspektasi,di atas,Melampaui target"),
            &format!("{RINA},{YEAR},periodik,2,sesuai,sesuai,"),
            &format!("{YOSEP},{YEAR},tahunan,,di bawah,Sesuai Ekspektasi,Target tidak tercapai"),
            &format!("{AHMAD},{YEAR},tahunan,,sesuai,di bawah,Sering terlambat"),
            &format!("{AGUS},{YEAR},periodik,4,di bawah,di bawah,Tidak melapor"),
        ],
    );
    let out = ok(&import(&db, &f));
    assert!(out.contains("5 evaluasi"), "{out}");
    assert!(out.contains("2 tahunan, 3 periodik") || out.contains("3 tahunan, 2 periodik"));
    // One audit entry per employee-year, as an import by the operator.
    assert_eq!(audit_len(&db), before + 5);
    let trail = kinerja::store::Store::open(&db)
        .unwrap()
        .audit_trail()
        .unwrap();
    let last = trail.last().expect("entry");
    assert_eq!(last.action, kinerja::domain::AuditAction::Import);
    assert_eq!(last.reason, "import penilaian");
    assert_eq!(last.actor, "cli:operator1");

    let rows = export_json(&db, YEAR);
    assert_eq!(rows.len(), 5);
    let daniel = row(&rows, DANIEL, None);
    assert_eq!(daniel["nama"], "Daniel Ndiken");
    assert_eq!(daniel["jenis"], "tahunan");
    assert_eq!(daniel["rating_hasil"], "Di Atas Ekspektasi");
    assert_eq!(daniel["rating_perilaku"], "Di Atas Ekspektasi");
    assert_eq!(daniel["predikat"], "Sangat Baik");
    assert_eq!(daniel["nip_penilai"], MARIA);
    assert_eq!(daniel["ditandatangani"], today_dmy());
    assert_eq!(daniel["keberatan"], "none");
    let rina = row(&rows, RINA, Some(2));
    assert_eq!(rina["jenis"], "periodik");
    assert_eq!(rina["predikat"], "Baik");
    assert_eq!(row(&rows, YOSEP, None)["predikat"], "Butuh Perbaikan");
    assert_eq!(row(&rows, AHMAD, None)["predikat"], "Kurang/Misconduct");
    assert_eq!(row(&rows, AHMAD, None)["nip_penilai"], KORNELIUS);
    let agus = row(&rows, AGUS, Some(4));
    assert_eq!(agus["predikat"], "Sangat Kurang");
    assert_eq!(agus["nip_penilai"], YOHANES);

    // Stored signed, with the register's people and no plan (none exists).
    let s = services(&db);
    let daniel_id = s
        .register
        .employee_by_nip(&Nip::from_trusted(DANIEL.into()))
        .expect("daniel");
    let maria_id = s
        .register
        .employee_by_nip(&Nip::from_trusted(MARIA.into()))
        .expect("maria");
    assert!(s
        .store
        .plans_of_employee(daniel_id, Some(2025))
        .unwrap()
        .is_empty());
    let y = s
        .store
        .review_year(daniel_id, 2025)
        .unwrap()
        .expect("stored");
    let r = y.review(ReviewKind::Annual).expect("annual");
    assert_eq!(r.appraiser, maria_id);
    let sig = r.signature().expect("signed");
    assert_eq!(sig.appraiser.employee, maria_id);
    assert_eq!(sig.employee.name, "Daniel Ndiken");
    assert_eq!(
        sig.appraiser_superior.as_ref().map(|p| p.nip.as_str()),
        Some(YOHANES)
    );
    assert_eq!(sig.plan, None);
    assert_eq!(r.work_justification, "Melampaui target");
}

#[test]
fn every_rating_spelling_reads() {
    let (dir, db) = setup();
    let spellings = [
        ("di atas", "Di Atas Ekspektasi"),
        ("diatas", "Di Atas Ekspektasi"),
        ("Di Atas Ekspektasi", "Di Atas Ekspektasi"),
        ("DI ATAS", "Di Atas Ekspektasi"),
        ("sesuai", "Sesuai Ekspektasi"),
        ("SESUAI EKSPEKTASI", "Sesuai Ekspektasi"),
        ("di bawah", "Di Bawah Ekspektasi"),
        ("Dibawah", "Di Bawah Ekspektasi"),
        ("di bawah ekspektasi", "Di Bawah Ekspektasi"),
    ];
    // One periodic evaluation per spelling: Daniel's segments 1-4, Rina's, Yosep's.
    let slots = [
        (DANIEL, 1),
        (DANIEL, 2),
        (DANIEL, 3),
        (DANIEL, 4),
        (RINA, 1),
        (RINA, 2),
        (RINA, 3),
        (RINA, 4),
        (YOSEP, 1),
    ];
    let lines: Vec<String> = spellings
        .iter()
        .zip(slots)
        .map(|((text, _), (nip, seg))| {
            format!("{nip},{YEAR},Periodik,{seg},{text},sesuai,alasan tertulis")
        })
        .collect();
    let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
    ok(&import(&db, &file(dir.path(), "p.csv", &refs)));
    let rows = export_json(&db, YEAR);
    for ((text, want), (nip, seg)) in spellings.iter().zip(slots) {
        let r = row(&rows, nip, Some(seg));
        assert_eq!(r["rating_hasil"], *want, "{text:?}");
        assert_eq!(r["rating_perilaku"], "Sesuai Ekspektasi");
    }
}

/// Refused with exit 1, the line and `words` in the message, nothing stored.
fn refuses(rows: &[&str], line: u64, words: &[&str]) {
    let (dir, db) = setup();
    let before = audit_len(&db);
    let e = refused(&import(&db, &file(dir.path(), "p.csv", rows)));
    assert!(e.contains(&format!("baris {line}")), "{e}");
    for w in words {
        assert!(e.contains(w), "{w:?} in {e}");
    }
    assert!(e.contains("database tidak diubah"), "{e}");
    assert_eq!(audit_len(&db), before);
    assert!(export_json(&db, YEAR).is_empty());
}

fn good() -> String {
    format!("{DANIEL},{YEAR},tahunan,,sesuai,sesuai,")
}

#[test]
fn an_unknown_nip_is_refused_with_its_line() {
    refuses(
        &[
            &good(),
            &format!("199901012020011099,{YEAR},tahunan,,sesuai,sesuai,"),
        ],
        3,
        &["199901012020011099"],
    );
}

#[test]
fn a_bad_or_future_year_is_refused() {
    refuses(
        &[&good(), &format!("{RINA},dua ribu,tahunan,,sesuai,sesuai,")],
        3,
        &["tahun", "dua ribu"],
    );
    refuses(
        &[&format!("{RINA},2999,tahunan,,sesuai,sesuai,"), &good()],
        2,
        &["2999", "belum dimulai"],
    );
}

#[test]
fn an_unknown_jenis_is_refused() {
    refuses(
        &[&good(), &format!("{RINA},{YEAR},bulanan,1,sesuai,sesuai,")],
        3,
        &["jenis 'bulanan'", "tahunan atau periodik"],
    );
}

#[test]
fn a_segment_outside_the_year_or_on_an_annual_row_is_refused() {
    refuses(
        &[&good(), &format!("{RINA},{YEAR},periodik,5,sesuai,sesuai,")],
        3,
        &["segmen '5'", "1 sampai 4"],
    );
    refuses(
        &[&good(), &format!("{RINA},{YEAR},periodik,,sesuai,sesuai,")],
        3,
        &["segmen wajib diisi"],
    );
    refuses(
        &[&good(), &format!("{RINA},{YEAR},tahunan,2,sesuai,sesuai,")],
        3,
        &["segmen '2'", "tahunan"],
    );
}

#[test]
fn an_unknown_rating_is_refused() {
    refuses(
        &[
            &good(),
            &format!("{RINA},{YEAR},tahunan,,sesuai,baik sekali,"),
        ],
        3,
        &["rating_perilaku 'baik sekali'"],
    );
}

#[test]
fn a_rating_other_than_sesuai_without_alasan_is_refused() {
    refuses(
        &[&good(), &format!("{RINA},{YEAR},tahunan,,di atas,sesuai,")],
        3,
        &["rating_hasil", "alasan"],
    );
    refuses(
        &[
            &format!("{RINA},{YEAR},tahunan,,sesuai,di bawah,  "),
            &good(),
        ],
        2,
        &["rating_perilaku", "alasan"],
    );
}

#[test]
fn a_second_row_for_the_same_evaluation_is_refused() {
    refuses(
        &[
            &format!("{RINA},{YEAR},periodik,1,sesuai,sesuai,"),
            &good(),
            &format!("{RINA},{YEAR},Periodik,1,di atas,di atas,ulang"),
        ],
        4,
        &["baris 2"],
    );
}

#[test]
fn someone_with_no_supervisor_has_no_appraiser() {
    refuses(
        &[
            &good(),
            &format!("{YOHANES},{YEAR},tahunan,,sesuai,sesuai,"),
        ],
        3,
        &["atasan langsung"],
    );
}

#[test]
fn an_evaluation_already_signed_is_refused_and_the_rest_not_written() {
    let (dir, db) = setup();
    ok(&import(&db, &file(dir.path(), "a.csv", &[&good()])));
    let before = audit_len(&db);
    let e = refused(&import(
        &db,
        &file(
            dir.path(),
            "b.csv",
            &[
                &format!("{RINA},{YEAR},tahunan,,sesuai,sesuai,"),
                &format!("{DANIEL},{YEAR},tahunan,,di atas,di atas,lebih baik"),
            ],
        ),
    ));
    assert!(
        e.contains("baris 3") && e.contains("sudah ditandatangani"),
        "{e}"
    );
    assert_eq!(audit_len(&db), before);
    let rows = export_json(&db, YEAR);
    assert_eq!(rows.len(), 1, "Rina's row was not written either");
    assert_eq!(row(&rows, DANIEL, None)["predikat"], "Baik");
}

#[test]
fn a_wrong_header_is_refused() {
    let (dir, db) = setup();
    let path = dir.path().join("p.csv");
    std::fs::write(&path, "nip,tahun,rating\n1,2,3\n").expect("write");
    let e = refused(&import(&db, &path));
    assert!(
        e.contains("nip,tahun,jenis,segmen,rating_hasil,rating_perilaku,alasan"),
        "{e}"
    );
}

fn unit_id(db: &Path, name: &str) -> String {
    let o = kinerja(db, &["export", "unit", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&ok(&o)).expect("json");
    v.as_array()
        .expect("array")
        .iter()
        .find(|u| u["nama"] == name)
        .unwrap_or_else(|| panic!("{name}"))["id"]
        .to_string()
}

fn set_grade(db: &Path, unit: &str, grade: &str) -> Output {
    kinerja(
        db,
        &[
            "unit",
            "predikat",
            "--unit",
            unit,
            "--tahun",
            YEAR,
            "--predikat",
            grade,
            "--keputusan",
            "800/12/2025",
        ],
    )
}

fn curve(db: &Path, unit: &str) -> serde_json::Value {
    let o = kinerja(
        db,
        &[
            "laporan", "kurva", "--unit", unit, "--tahun", YEAR, "--format", "json",
        ],
    );
    serde_json::from_str(&ok(&o)).expect("json")
}

/// Seksi Pelayanan keeps the Baik rule (3 staff: Baik 2 = at most 70 % of 3 rounded down,
/// one Butuh Perbaikan); Seksi Pemerintahan breaks it (Baik 3 > 2, nobody Butuh Perbaikan).
/// The heads, rated Baik too, are not counted.
fn graded_office() -> (tempfile::TempDir, PathBuf) {
    let (dir, db) = setup();
    let rows = [
        format!("{MARIA},{YEAR},tahunan,,sesuai,sesuai,"),
        format!("{DANIEL},{YEAR},tahunan,,sesuai,sesuai,"),
        format!("{RINA},{YEAR},tahunan,,sesuai,di atas,rajin"),
        format!("{YOSEP},{YEAR},tahunan,,di bawah,sesuai,target tidak tercapai"),
        format!("{KORNELIUS},{YEAR},tahunan,,sesuai,sesuai,"),
        format!("{AHMAD},{YEAR},tahunan,,sesuai,sesuai,"),
        format!("{ELISABETH},{YEAR},tahunan,,sesuai,sesuai,"),
        format!("{BENNY},{YEAR},tahunan,,di atas,sesuai,tepat waktu"),
    ];
    let refs: Vec<&str> = rows.iter().map(String::as_str).collect();
    ok(&import(&db, &file(dir.path(), "p.csv", &refs)));
    (dir, db)
}

#[test]
fn unit_predikat_by_name_and_by_id() {
    let (_dir, db) = graded_office();
    let out = ok(&set_grade(&db, "Seksi Pelayanan", "baik"));
    assert!(out.contains("Seksi Pelayanan"), "{out}");
    assert_eq!(curve(&db, "Seksi Pelayanan")["predikat_organisasi"], "Baik");
    let id = unit_id(&db, "Seksi Pemerintahan");
    ok(&set_grade(&db, &id, "butuh-perbaikan"));
    assert_eq!(
        curve(&db, "Seksi Pemerintahan")["predikat_organisasi"],
        "Butuh Perbaikan"
    );
    // Changed again, by name in another case.
    ok(&set_grade(&db, "seksi pemerintahan", "istimewa"));
    assert_eq!(curve(&db, &id)["predikat_organisasi"], "Istimewa");
}

#[test]
fn unit_predikat_needs_the_decree_and_a_known_unit() {
    let (_dir, db) = graded_office();
    let before = audit_len(&db);
    let e = refused(&kinerja(
        &db,
        &[
            "unit",
            "predikat",
            "--unit",
            "Seksi Pelayanan",
            "--tahun",
            YEAR,
            "--predikat",
            "baik",
        ],
    ));
    assert!(e.contains("--keputusan"), "{e}");
    let e = refused(&set_grade(&db, "Seksi Tidak Ada", "baik"));
    assert!(e.contains("Seksi Tidak Ada"), "{e}");
    assert_eq!(audit_len(&db), before);
    let e = refused(&set_grade(&db, "Seksi Pelayanan", "luar-biasa"));
    assert!(e.contains("luar-biasa"), "{e}");
}

#[test]
fn laporan_kurva_of_a_unit_that_keeps_its_rule() {
    let (_dir, db) = graded_office();
    ok(&set_grade(&db, "Seksi Pelayanan", "baik"));
    let v = curve(&db, "Seksi Pelayanan");
    assert_eq!(v["unit"], "Seksi Pelayanan");
    assert_eq!(v["tahun"], 2025);
    assert_eq!(v["predikat_organisasi"], "Baik");
    assert_eq!(v["jumlah_pegawai"], 3);
    assert_eq!(
        v["jumlah"],
        serde_json::json!({
            "Sangat Baik": 0,
            "Baik": 2,
            "Butuh Perbaikan": 1,
            "Kurang/Misconduct": 0,
            "Sangat Kurang": 0
        })
    );
    let pegawai = v["pegawai"].as_array().expect("array");
    assert_eq!(pegawai.len(), 3, "the head is not counted: {pegawai:?}");
    assert!(pegawai.iter().all(|p| p["nip"] != MARIA));
    let yosep = pegawai.iter().find(|p| p["nip"] == YOSEP).expect("yosep");
    assert_eq!(yosep["nama"], "Yosep Mahuze");
    assert_eq!(yosep["predikat"], "Butuh Perbaikan");
    assert_eq!(v["sesuai_pola"], true);
    assert_eq!(v["pelanggaran"], serde_json::json!([]));
}

#[test]
fn laporan_kurva_of_a_unit_that_breaks_its_rule() {
    let (_dir, db) = graded_office();
    ok(&set_grade(&db, "Seksi Pemerintahan", "baik"));
    let v = curve(&db, "Seksi Pemerintahan");
    assert_eq!(v["jumlah_pegawai"], 3);
    assert_eq!(v["jumlah"]["Baik"], 3);
    assert_eq!(v["jumlah"]["Butuh Perbaikan"], 0);
    assert_eq!(v["sesuai_pola"], false);
    let breaches = v["pelanggaran"].as_array().expect("array");
    // Baik 3 > 70 % of 3 rounded down (2); nobody Butuh Perbaikan or Kurang.
    assert_eq!(breaches.len(), 2, "{breaches:?}");
    assert!(breaches
        .iter()
        .all(|b| b.as_str().is_some_and(|s| !s.is_empty())));

    let text = ok(&kinerja(
        &db,
        &[
            "laporan",
            "kurva",
            "--unit",
            "Seksi Pemerintahan",
            "--tahun",
            YEAR,
        ],
    ));
    assert!(text.contains("Seksi Pemerintahan"), "{text}");
    assert!(text.contains("Baik"), "{text}");
    assert!(
        text.contains("TIDAK SESUAI") || text.contains("tidak sesuai"),
        "{text}"
    );
}

#[test]
fn export_penilaian_carries_a_decided_objection_s_grade() {
    let (dir, db) = setup();
    ok(&import(
        &db,
        &file(
            dir.path(),
            "p.csv",
            &[
                &format!("{DANIEL},{YEAR},tahunan,,sesuai,sesuai,"),
                &format!("{RINA},{YEAR},tahunan,,sesuai,sesuai,"),
                &format!("{YOSEP},{YEAR},tahunan,,sesuai,sesuai,"),
            ],
        ),
    ));
    object_and_decide(&db);
    let rows = export_json(&db, YEAR);
    let daniel = row(&rows, DANIEL, None);
    assert_eq!(daniel["keberatan"], "decided");
    assert_eq!(daniel["predikat"], "Sangat Baik");
    assert_eq!(daniel["rating_hasil"], "Di Atas Ekspektasi");
    let rina = row(&rows, RINA, None);
    assert_eq!(rina["keberatan"], "pending");
    assert_eq!(rina["predikat"], "Baik");
    assert_eq!(row(&rows, YOSEP, None)["keberatan"], "none");

    let csv = ok(&kinerja(&db, &["export", "penilaian", "--tahun", YEAR]));
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("nip,nama,jenis,segmen,rating_hasil,rating_perilaku,predikat,ditandatangani,nip_penilai,keberatan")
    );
    let daniel_line = lines.find(|l| l.starts_with(DANIEL)).expect("daniel");
    assert_eq!(
        daniel_line,
        format!(
            "{DANIEL},Daniel Ndiken,tahunan,,Di Atas Ekspektasi,Di Atas Ekspektasi,Sangat Baik,{},{MARIA},decided",
            today_dmy()
        )
    );
}

/// Daniel objects to his annual evaluation and Pak Yohanes (Maria's superior) changes both
/// ratings to Di Atas; Rina objects and waits. Written with the domain's objection rules.
fn object_and_decide(db: &Path) {
    use kinerja::domain::appraisal::Rating;
    use kinerja::domain::review::objection::{self, Outcome};
    let s = services(db);
    let id = |nip: &str| {
        s.register
            .employee_by_nip(&Nip::from_trusted(nip.into()))
            .expect("employee")
    };
    let today = chrono::Local::now().date_naive();
    let mut years = Vec::new();
    for (nip, decide) in [(DANIEL, true), (RINA, false)] {
        let mut y = s.store.review_year(id(nip), 2025).unwrap().expect("stored");
        let entry = y.get_mut(ReviewKind::Annual).expect("annual");
        let mut o = objection::file(&entry.review, today, today, "Capaian belum dihitung", 14)
            .expect("filed");
        if decide {
            o.decide(
                &entry.review,
                id(YOHANES),
                today,
                Outcome::Changed {
                    work: Rating::AboveExpectation,
                    behaviour: Rating::AboveExpectation,
                },
                "Bukti capaian sah",
            )
            .expect("decided");
        }
        entry.received_on = Some(today);
        entry.objection = Some(o);
        years.push(y);
    }
    s.store
        .import_reviews(
            "test",
            0,
            years,
            Vec::new(),
            kinerja::domain::AuditAction::Update,
            "keberatan",
        )
        .expect("write");
}

#[test]
fn the_demo_has_signed_years_objections_and_a_unit_that_breaks_its_rule() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("db");
    cli_support::demo(&db);
    let this_year = chrono::Local::now().date_naive().format("%Y").to_string();
    let last: i32 = this_year.parse::<i32>().unwrap() - 1;
    let last = last.to_string();
    let rows = export_json(&db, &last);
    assert!(rows.len() > 200, "{}", rows.len());
    assert!(rows.iter().all(|r| !r["ditandatangani"].is_null()));
    let kinds = |j: &str| rows.iter().filter(|r| r["jenis"] == j).count();
    assert_eq!(kinds("periodik"), 4 * kinds("tahunan"));
    let decided: Vec<_> = rows
        .iter()
        .filter(|r| r["keberatan"] == "decided")
        .collect();
    assert_eq!(decided.len(), 1);
    assert_eq!(decided[0]["nama"], "Budi Santoso, S.E.");
    assert_eq!(decided[0]["predikat"], "Sangat Baik");
    assert!(rows.iter().any(|r| r["predikat"] == "Butuh Perbaikan"));

    let o = kinerja(
        &db,
        &[
            "laporan",
            "kurva",
            "--unit",
            "Seksi Ketenteraman dan Ketertiban",
            "--tahun",
            &last,
            "--format",
            "json",
        ],
    );
    let v: serde_json::Value = serde_json::from_str(&ok(&o)).expect("json");
    assert_eq!(v["sesuai_pola"], false, "{v}");
    let o = kinerja(
        &db,
        &[
            "laporan",
            "kurva",
            "--unit",
            "Puskesmas Salor",
            "--tahun",
            &last,
            "--format",
            "json",
        ],
    );
    let v: serde_json::Value = serde_json::from_str(&ok(&o)).expect("json");
    assert_eq!(v["predikat_organisasi"], "Istimewa");
    assert_eq!(v["sesuai_pola"], true, "{v}");

    let now = export_json(&db, &this_year);
    let pending = now.iter().filter(|r| r["keberatan"] == "pending").count()
        + rows.iter().filter(|r| r["keberatan"] == "pending").count();
    assert_eq!(pending, 1);
    assert!(now.iter().all(|r| r["jenis"] == "periodik"));
}

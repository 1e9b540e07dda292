//! `kinerja import skp|realisasi` and `kinerja export skp` through the real binary.

use std::path::{Path, PathBuf};
use std::process::Output;

mod cli_support;
use cli_support::{audit_len, run as kinerja, stderr as err, stdout as out};

const PEGAWAI: &str = "nip,nama,gelar_depan,gelar_belakang,jenis,golongan,jabatan,jenis_jabatan,unit,nip_atasan,status
197401011999011001,Yohanes Gebze,,S.Sos.,PNS,IV/a,Kepala Distrik Salor,Administrator,Kantor Distrik Salor,,aktif
198503152010012002,Maria Kaize,,S.Sos.,PNS,III/d,Kepala Seksi Pelayanan,Pengawas,Seksi Pelayanan,197401011999011001,aktif
199207072015031003,Daniel Ndiken,,,PNS,II/c,Pengadministrasi Kependudukan,Pelaksana,Seksi Pelayanan,198503152010012002,aktif
198602142011011005,Agus Mahuze,,S.Psi.,PNS,III/c,Analis SDM Aparatur Ahli Muda,Fungsional Ahli Muda,Kantor Distrik Salor,197401011999011001,aktif
";

const SKP_HEADER: &str = "nip,tahun,pendekatan,jenis_rhk,no_rhk,rhk,no_rhk_atasan,no_indikator,indikator,aspek,target,satuan,arah";
const REAL_HEADER: &str = "nip,tahun,segmen,no_rhk,no_indikator,realisasi,bukti,umpan_balik";

const YOHANES: &str = "197401011999011001";
const MARIA: &str = "198503152010012002";
const DANIEL: &str = "199207072015031003";
const AGUS: &str = "198602142011011005";

// Daniel first: his link to Maria's RHK resolves against a plan later in the file.
const DANIEL_1: &str = "199207072015031003,2026,kuantitatif,utama,1,Berkas kependudukan diverifikasi,1,1,Berkas diverifikasi,Kuantitas,150,berkas,naik";
const DANIEL_2: &str = "199207072015031003,2026,kuantitatif,utama,1,Berkas kependudukan diverifikasi,1,2,Waktu verifikasi per berkas,Waktu,\"2,5\",hari,turun";
const MARIA_1: &str = "198503152010012002,2026,kuantitatif,utama,1,Layanan administrasi kependudukan selesai tepat waktu,1,1,Persentase layanan selesai tepat waktu,Kualitas,7-8,bulan,naik";
const MARIA_2: &str = "198503152010012002,2026,kuantitatif,tambahan,2,Laporan bulanan seksi,2,1,Laporan bulanan terkirim,Waktu,12,laporan,naik";
const AGUS_1: &str = "198602142011011005,2026,kualitatif,utama,1,Analisis kebutuhan pegawai distrik,2,1,Dokumen analisis kebutuhan pegawai diterima kepala distrik,,Dokumen analisis lengkap dan tepat waktu,,";
const YOHANES_1: &str = "197401011999011001,2026,kuantitatif,utama,1,Pelayanan publik distrik meningkat,,1,Indeks kepuasan masyarakat,Kualitas,85,indeks,naik";
const YOHANES_2: &str = "197401011999011001,2026,kuantitatif,utama,2,Anggaran distrik terserap,,1,Serapan anggaran,Biaya,90,%,";

fn file(dir: &Path, name: &str, header: &str, rows: &[&str]) -> PathBuf {
    let path = dir.join(name);
    let mut text = String::from(header);
    for r in rows {
        text.push('\n');
        text.push_str(r);
    }
    text.push('\n');
    std::fs::write(&path, text).expect("write csv");
    path
}

/// A database with the three employees (Yohanes at the top, Maria under him, Daniel under her).
fn setup() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("db");
    let f = dir.path().join("pegawai.csv");
    std::fs::write(&f, PEGAWAI).expect("write");
    let o = kinerja(&db, &["import", "pegawai", f.to_str().expect("utf-8")]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    (dir, db)
}

fn import_skp(db: &Path, f: &Path, extra: &[&str]) -> Output {
    let mut args = vec!["import", "skp", f.to_str().expect("utf-8")];
    args.extend_from_slice(extra);
    kinerja(db, &args)
}

fn good_rows() -> Vec<&'static str> {
    vec![
        DANIEL_1, DANIEL_2, MARIA_1, MARIA_2, AGUS_1, YOHANES_1, YOHANES_2,
    ]
}

fn export_json(db: &Path, extra: &[&str]) -> serde_json::Value {
    let mut args = vec!["export", "skp", "--tahun", "2026", "--format", "json"];
    args.extend_from_slice(extra);
    let o = kinerja(db, &args);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    serde_json::from_str(&out(&o)).expect("json")
}

#[test]
fn a_good_file_is_stored_as_draft_and_an_export_re_imports_unchanged() {
    let (dir, db) = setup();
    let f = file(dir.path(), "skp.csv", SKP_HEADER, &good_rows());
    let o = import_skp(&db, &f, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(
        out(&o).contains("Impor SKP selesai: 4 baru, 0 diperbarui, 0 tidak berubah."),
        "{}",
        out(&o)
    );
    let o = kinerja(
        &db,
        &["export", "skp", "--tahun", "2026", "--format", "csv"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let csv = out(&o);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], SKP_HEADER);
    assert_eq!(lines.len(), 8, "{csv}");
    // Numbers as the import reads them: "2,5" comes back as 2.5, the range as 7-8, arah filled.
    assert!(
        csv.contains("Waktu verifikasi per berkas,Waktu,2.5,hari,turun"),
        "{csv}"
    );
    assert!(csv.contains(",Kualitas,7-8,bulan,naik"), "{csv}");
    assert!(csv.contains("Serapan anggaran,Biaya,90,%,naik"), "{csv}");
    // Re-importing the export changes nothing and duplicates nothing.
    let back = dir.path().join("back.csv");
    std::fs::write(&back, &csv).expect("write");
    let before = audit_len(&db);
    let o = import_skp(&db, &back, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(
        out(&o).contains("0 baru, 0 diperbarui, 4 tidak berubah"),
        "{}",
        out(&o)
    );
    assert_eq!(audit_len(&db), before);
    let json = export_json(&db, &[]);
    assert_eq!(json.as_array().map(Vec::len), Some(4));
}

#[test]
fn a_changed_draft_is_updated_in_place() {
    let (dir, db) = setup();
    let f = file(dir.path(), "skp.csv", SKP_HEADER, &good_rows());
    assert_eq!(import_skp(&db, &f, &[]).status.code(), Some(0));
    let changed = YOHANES_2.replace(",90,%,", ",95,%,");
    let rows = [YOHANES_1, changed.as_str()];
    let f2 = file(dir.path(), "skp2.csv", SKP_HEADER, &rows);
    let o = import_skp(&db, &f2, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(
        out(&o).contains("0 baru, 1 diperbarui, 0 tidak berubah"),
        "{}",
        out(&o)
    );
    let json = export_json(&db, &["--nip", YOHANES]);
    let plans = json.as_array().expect("array");
    assert_eq!(plans.len(), 1);
    assert_eq!(plans[0]["rhk"][1]["indikator"][0]["target"], "95");
}

/// Each refusal of the issue: exit 1, the line number, nothing stored.
#[test]
fn every_refusal_names_its_line_and_stores_nothing() {
    let (dir, db) = setup();
    let cases: Vec<(String, &str)> = vec![
        (
            YOHANES_1.replace(YOHANES, "199001012020011009"),
            "tidak ada pegawai dengan NIP 199001012020011009",
        ),
        (
            MARIA_1.replace(",1,1,Persentase", ",7,1,Persentase"),
            "no_rhk_atasan 7",
        ),
        (
            MARIA_1.replace(",1,1,Persentase", ",,1,Persentase"),
            "no_rhk_atasan wajib diisi",
        ),
        (
            YOHANES_1.replace(",85,", ",delapan puluh,"),
            "target 'delapan puluh' bukan angka",
        ),
        (
            MARIA_1.replace(",7-8,", ",8-7,"),
            "batas bawah 8 lebih besar dari batas atas 7",
        ),
        (
            YOHANES_1.replace(",naik", ",naik-turun"),
            "arah 'naik-turun' tidak dikenal",
        ),
        (
            YOHANES_1.replace(",Kualitas,", ",Jumlah,"),
            "aspek 'Jumlah' tidak dikenal",
        ),
        (
            YOHANES_1.replace(
                "Pelayanan publik distrik meningkat",
                "\"Pelayanan\tpublik distrik meningkat\"",
            ),
            "rhk: berisi karakter kendali",
        ),
    ];
    for (i, (bad, expected)) in cases.iter().enumerate() {
        // The bad row is on line 3, after a good one.
        let rows = [
            YOHANES_2,
            bad.as_str(),
            YOHANES_1.replace(",1,Pelayanan", ",3,Pelayanan").leak(),
        ];
        let f = file(dir.path(), &format!("bad{i}.csv"), SKP_HEADER, &rows);
        let before = audit_len(&db);
        let o = import_skp(&db, &f, &[]);
        assert_eq!(o.status.code(), Some(1), "case {i}: {}", err(&o));
        let e = err(&o);
        assert!(e.contains("baris 3"), "case {i}: {e}");
        assert!(e.contains(expected), "case {i}: {e}");
        assert!(e.contains("database tidak diubah"), "case {i}: {e}");
        assert_eq!(audit_len(&db), before, "case {i}");
        let json = export_json(&db, &[]);
        assert_eq!(json.as_array().map(Vec::len), Some(0), "case {i}");
    }
}

#[test]
fn a_link_resolves_against_the_supervisors_plan_in_the_database() {
    let (dir, db) = setup();
    let f = file(dir.path(), "top.csv", SKP_HEADER, &[YOHANES_1, YOHANES_2]);
    assert_eq!(import_skp(&db, &f, &[]).status.code(), Some(0));
    let f = file(dir.path(), "maria.csv", SKP_HEADER, &[MARIA_1, MARIA_2]);
    let o = import_skp(&db, &f, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let json = export_json(&db, &["--nip", MARIA]);
    assert_eq!(json[0]["rhk"][0]["no_rhk_atasan"], 1);
    assert_eq!(json[0]["rhk"][1]["no_rhk_atasan"], 2);
    let top = export_json(&db, &["--nip", YOHANES]);
    assert_eq!(top[0]["rhk"][0]["no_rhk_atasan"], serde_json::Value::Null);
}

#[test]
fn disetujui_stores_approved_plans_audited_as_such_and_guards_them() {
    let (dir, db) = setup();
    let f = file(dir.path(), "skp.csv", SKP_HEADER, &good_rows());
    let o = import_skp(&db, &f, &["--disetujui"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let json = export_json(&db, &[]);
    for p in json.as_array().expect("array") {
        assert_eq!(p["status"], "Disetujui");
    }
    let store = kinerja::store::Store::open(&db).expect("open");
    let trail = store.audit_trail().expect("audit");
    let plans: Vec<_> = trail
        .iter()
        .filter(|e| e.record.kind == kinerja::domain::RecordKind::Plan)
        .collect();
    assert_eq!(plans.len(), 4);
    assert!(plans.iter().all(|e| e.reason == "import skp --disetujui"
        && e.action == kinerja::domain::AuditAction::Import));
    drop(store);
    // Without --disetujui an approved plan is not replaced.
    let changed = YOHANES_2.replace(",90,%,", ",95,%,");
    let f2 = file(dir.path(), "again.csv", SKP_HEADER, &[YOHANES_1, &changed]);
    let o = import_skp(&db, &f2, &[]);
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("baris 2"), "{}", err(&o));
    assert!(err(&o).contains("Disetujui"), "{}", err(&o));
    // With it, it is.
    let o = import_skp(&db, &f2, &["--disetujui"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(out(&o).contains("1 diperbarui"), "{}", out(&o));
}

#[test]
fn realisasi_goes_only_into_approved_plans() {
    let (dir, db) = setup();
    let f = file(dir.path(), "skp.csv", SKP_HEADER, &good_rows());
    assert_eq!(import_skp(&db, &f, &[]).status.code(), Some(0));
    let real = [
        "199207072015031003,2026,1,1,1,142,142 dari 150 berkas selesai; daftar di folder bersama,Pertahankan",
    ];
    let r = file(dir.path(), "real.csv", REAL_HEADER, &real);
    let o = kinerja(&db, &["import", "realisasi", r.to_str().expect("utf-8")]);
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("baris 2"), "{}", err(&o));
    assert!(
        err(&o).contains("tidak ada SKP yang disetujui"),
        "{}",
        err(&o)
    );

    let o = import_skp(&db, &f, &["--disetujui"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let o = kinerja(&db, &["import", "realisasi", r.to_str().expect("utf-8")]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(out(&o).contains("1 baris ke 1 SKP"), "{}", out(&o));

    // Bad rows: a segment past the year's four, a number that is not one.
    let bad = [
        "199207072015031003,2026,5,1,1,10,,",
        "199207072015031003,2026,2,1,2,dua,,",
    ];
    let b = file(dir.path(), "bad.csv", REAL_HEADER, &bad);
    let o = kinerja(&db, &["import", "realisasi", b.to_str().expect("utf-8")]);
    assert_eq!(o.status.code(), Some(1));
    let e = err(&o);
    assert!(e.contains("baris 2") && e.contains("segmen '5'"), "{e}");
    assert!(
        e.contains("baris 3") && e.contains("realisasi 'dua'"),
        "{e}"
    );
}

#[test]
fn json_has_exactly_the_contract_fields() {
    let (dir, db) = setup();
    let f = file(dir.path(), "skp.csv", SKP_HEADER, &good_rows());
    assert_eq!(import_skp(&db, &f, &["--disetujui"]).status.code(), Some(0));
    let real = [
        "199207072015031003,2026,1,1,1,142,142 dari 150 berkas selesai; daftar di folder bersama,Pertahankan",
        "199207072015031003,2026,1,1,2,\"2,0\",Catatan waktu layanan,",
        "198602142011011005,2026,1,1,1,Dokumen analisis terkirim,Arsip surat keluar,Baik",
        "198503152010012002,2026,2,1,1,9,Rekap layanan,",
    ];
    let r = file(dir.path(), "real.csv", REAL_HEADER, &real);
    let o = kinerja(&db, &["import", "realisasi", r.to_str().expect("utf-8")]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));

    let json = export_json(&db, &["--nip", DANIEL]);
    let plan = &json[0];
    let keys = |v: &serde_json::Value| {
        let mut k: Vec<String> = v.as_object().expect("object").keys().cloned().collect();
        k.sort();
        k
    };
    assert_eq!(
        keys(plan),
        ["nama", "nip", "pendekatan", "rhk", "status", "tahun"]
    );
    assert_eq!(plan["nip"], DANIEL);
    assert_eq!(plan["nama"], "Daniel Ndiken");
    assert_eq!(plan["tahun"], 2026);
    assert_eq!(plan["pendekatan"], "kuantitatif");
    let rhk = &plan["rhk"][0];
    assert_eq!(
        keys(rhk),
        ["indikator", "jenis", "no", "no_rhk_atasan", "teks"]
    );
    assert_eq!(rhk["jenis"], "utama");
    assert_eq!(rhk["no_rhk_atasan"], 1);
    let ind = &rhk["indikator"][0];
    assert_eq!(
        keys(ind),
        [
            "arah",
            "aspek",
            "no",
            "realisasi",
            "satuan",
            "target",
            "teks"
        ]
    );
    assert_eq!(ind["aspek"], "Kuantitas");
    assert_eq!(ind["target"], "150");
    let r = &ind["realisasi"][0];
    assert_eq!(
        keys(r),
        ["bukti", "capaian", "nilai", "segmen", "umpan_balik"]
    );
    assert_eq!(r["segmen"], 1);
    assert_eq!(r["nilai"], 142.0);
    // 142 / 150 = 94.67 %.
    assert_eq!(r["capaian"], 94.67);
    assert_eq!(r["umpan_balik"], "Pertahankan");
    // Lower is better: 2 days against 2.5 planned = (2 - 0.8) = 120 %.
    assert_eq!(rhk["indikator"][1]["realisasi"][0]["capaian"], 120.0);

    let maria = export_json(&db, &["--nip", MARIA]);
    // Above a 7-8 range: 9 / 8 = 112.5 %.
    assert_eq!(
        maria[0]["rhk"][0]["indikator"][0]["realisasi"][0]["capaian"],
        112.5
    );
    // Qualitative: text value, null achievement, no aspect.
    let agus = export_json(&db, &["--nip", AGUS]);
    assert_eq!(agus[0]["pendekatan"], "kualitatif");
    let q = &agus[0]["rhk"][0]["indikator"][0];
    assert_eq!(q["aspek"], serde_json::Value::Null);
    assert_eq!(q["realisasi"][0]["capaian"], serde_json::Value::Null);
    assert_eq!(q["realisasi"][0]["nilai"], "Dokumen analisis terkirim");
    assert_eq!(q["target"], "Dokumen analisis lengkap dan tepat waktu");
}

//! `kinerja import pegawai` / `kinerja export` through the real binary on temporary databases.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

mod cli_support;
use cli_support::{audit_len, run as kinerja, stderr, stdout};

const HEADER: &str =
    "nip,nama,gelar_depan,gelar_belakang,jenis,golongan,jabatan,jenis_jabatan,unit,nip_atasan,status";

// Rows on purpose out of order: subordinates before their supervisors.
const DANIEL: &str = "199207072015031003,Daniel Ndiken,,,PNS,II/c,Pengadministrasi Kependudukan,Pelaksana,Seksi Pelayanan,198503152010012002,aktif";
const RINA: &str = "199401012022211004,Rina Samkakai,,A.Md.,PPPK,VII,Pengelola Layanan Operasional,Pelaksana,Seksi Pelayanan,198503152010012002,aktif";
const MARIA: &str = "198503152010012002,Maria Kaize,,S.Sos.,PNS,III/d,Kepala Seksi Pelayanan,Pengawas,Seksi Pelayanan,197401011999011001,aktif";
const YOHANES: &str = "197401011999011001,Yohanes Gebze,,\"S.Sos., M.Si.\",PNS,IV/a,Kepala Distrik Salor,Administrator,Kantor Distrik Salor,,aktif";
const AGUS: &str = "198602142011011005,Agus Mahuze,,S.Psi.,PNS,III/c,Analis SDM Aparatur Ahli Muda,Fungsional Ahli Muda,Kantor Distrik Salor,197401011999011001,aktif";
const WEMPI: &str = "196801051993031006,Wempi Kaize,,,PNS,III/c,Penyusun Laporan,Pelaksana,Kantor Distrik Salor,197401011999011001,pensiun";

fn write_csv(dir: &Path, name: &str, rows: &[&str]) -> PathBuf {
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

fn import(db: &Path, file: &Path) -> Output {
    kinerja(
        db,
        &["import", "pegawai", file.to_str().expect("utf-8 path")],
    )
}

fn export(db: &Path, what: &str, format: &str) -> String {
    let o = kinerja(db, &["export", what, "--format", format]);
    assert!(o.status.success(), "export failed: {}", stderr(&o));
    stdout(&o)
}

#[test]
fn good_file_imports_and_exports_back_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let file = write_csv(
        dir.path(),
        "a.csv",
        &[DANIEL, RINA, MARIA, YOHANES, AGUS, WEMPI],
    );
    let o = import(&db, &file);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("Impor selesai: 6 baru, 0 diperbarui, 0 tidak berubah."),
        "{out}"
    );
    assert!(
        out.contains("Unit baru (2): Seksi Pelayanan, Kantor Distrik Salor"),
        "{out}"
    );

    // Export, then import that export into a fresh database: same export again.
    let exported = export(&db, "pegawai", "csv");
    assert_eq!(exported.lines().next(), Some(HEADER));
    assert_eq!(exported.lines().count(), 7);
    // The export names units by path (issue 7 #2), so that it re-imports into the same units.
    let mut want: Vec<String> = [DANIEL, RINA, MARIA, YOHANES, AGUS, WEMPI]
        .iter()
        .map(|r| {
            r.replace(
                ",Seksi Pelayanan,",
                ",Kantor Distrik Salor / Seksi Pelayanan,",
            )
        })
        .collect();
    want.sort();
    let mut got: Vec<&str> = exported.lines().skip(1).collect();
    got.sort();
    assert_eq!(got, want, "export has the imported rows");

    let again = dir.path().join("again.csv");
    std::fs::write(&again, &exported).unwrap();
    let db2 = dir.path().join("db2");
    let o = import(&db2, &again);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(export(&db2, "pegawai", "csv"), exported);
}

#[test]
fn export_to_file_and_json_parses() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let file = write_csv(dir.path(), "a.csv", &[YOHANES, MARIA, DANIEL, RINA]);
    assert!(import(&db, &file).status.success());

    let json: serde_json::Value =
        serde_json::from_str(&export(&db, "pegawai", "json")).expect("employee JSON");
    let arr = json.as_array().expect("array");
    assert_eq!(arr.len(), 4);
    let daniel = arr
        .iter()
        .find(|e| e["nip"] == "199207072015031003")
        .expect("Daniel");
    assert_eq!(daniel["nama"], "Daniel Ndiken");
    assert_eq!(daniel["nip_atasan"], "198503152010012002");
    assert_eq!(daniel["nama_atasan"], "Maria Kaize, S.Sos.");
    assert_eq!(daniel["unit"], "Seksi Pelayanan");
    assert_eq!(daniel["tmt_cpns"], "2015-03-01");
    assert_eq!(daniel["status"], "aktif");

    let units: serde_json::Value =
        serde_json::from_str(&export(&db, "unit", "json")).expect("unit JSON");
    let units = units.as_array().expect("array");
    assert_eq!(units.len(), 2);
    let seksi = units
        .iter()
        .find(|u| u["nama"] == "Seksi Pelayanan")
        .expect("unit");
    assert_eq!(seksi["induk_nama"], "Kantor Distrik Salor");
    assert_eq!(seksi["kepala_nip"], "198503152010012002");
    assert_eq!(seksi["aktif"], true);

    let out = dir.path().join("units.csv");
    let o = kinerja(
        &db,
        &[
            "export",
            "unit",
            "-o",
            out.to_str().unwrap(),
            "--format",
            "csv",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).is_empty(), "data goes to the file only");
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.starts_with("id,nama,induk_id,induk_nama,kepala_nip,kepala_nama,aktif\n"));
    assert!(
        text.contains(",Seksi Pelayanan,") && text.contains(",Kantor Distrik Salor,"),
        "{text}"
    );
}

#[test]
fn bad_rows_are_all_reported_and_nothing_changes() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let good = write_csv(dir.path(), "good.csv", &[YOHANES, MARIA]);
    assert!(import(&db, &good).status.success());
    let before = export(&db, "pegawai", "csv");
    let audit_before = audit_len(&db);

    let bad = write_csv(
        dir.path(),
        "bad.csv",
        &[
            DANIEL, // line 2: fine
            // line 3: 30 February in the NIP
            "198002302005011002,Budi Santoso,,,PNS,III/a,Analis,Pelaksana,Seksi Pelayanan,198503152010012002,aktif",
            // line 4: grade that does not exist
            "198001012005011003,Siti Rahmawati,,,PNS,IV/f,Analis,Pelaksana,Seksi Pelayanan,198503152010012002,aktif",
            // line 5: supervisor nowhere
            "198001012005011004,Dewi Lestari,,,PNS,III/a,Analis,Pelaksana,Seksi Pelayanan,197001012000011009,aktif",
            // line 6: duplicate of line 2
            "199207072015031003,Daniel Lagi,,,PNS,II/c,Pengadministrasi,Pelaksana,Seksi Pelayanan,198503152010012002,aktif",
            // line 7: unknown kind of position
            "198001012005011005,Lukas Gebze,,,PNS,II/a,Petugas,Manajer,Seksi Pelayanan,198503152010012002,aktif",
            // line 8: supervisor retires in this very file while Daniel stays active under her
            "198503152010012002,Maria Kaize,,S.Sos.,PNS,III/d,Kepala Seksi Pelayanan,Pengawas,Seksi Pelayanan,197401011999011001,pensiun",
        ],
    );
    let o = import(&db, &bad);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let err = stderr(&o);
    for want in [
        "impor dibatalkan",
        "baris 3 (NIP 198002302005011002): nip: tanggal lahir di NIP",
        "baris 4 (NIP 198001012005011003): golongan 'IV/f' bukan golongan PNS",
        "baris 5 (NIP 198001012005011004): nip_atasan 197001012000011009 tidak ada di berkas maupun di database",
        "baris 6 (NIP 199207072015031003): NIP ini sudah ada di baris 2",
        "baris 7 (NIP 198001012005011005): jenis_jabatan 'Manajer' tidak dikenal",
        "baris 8 (NIP 198503152010012002): status: tidak dapat dinonaktifkan: masih menjadi atasan",
        "baris 2 (NIP 199207072015031003): nip_atasan: atasan tidak aktif",
    ] {
        assert!(err.contains(want), "missing {want:?} in:\n{err}");
    }
    assert!(
        !err.contains("Debug") && !err.contains("RowProblem"),
        "{err}"
    );
    assert_eq!(export(&db, "pegawai", "csv"), before, "database unchanged");
    assert_eq!(audit_len(&db), audit_before, "nothing written");

    // The same problems in English.
    let o = Command::new(env!("CARGO_BIN_EXE_kinerja"))
        .args(["--lang", "en", "--db"])
        .arg(&db)
        .args(["import", "pegawai"])
        .arg(&bad)
        .env_remove("KINERJA_LANG")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("import cancelled: 7 bad rows"), "{err}");
    assert!(
        err.contains("line 6 (NIP 199207072015031003): this NIP is already on line 2"),
        "{err}"
    );
}

#[test]
fn wrong_header_and_missing_file_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let f = dir.path().join("h.csv");
    std::fs::write(&f, "nip,nama,unit\n1,2,3\n").unwrap();
    let o = import(&db, &f);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("baris 1: judul kolom harus persis"),
        "{}",
        stderr(&o)
    );
    let o = import(&db, &dir.path().join("nope.csv"));
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("berkas atau folder tidak ditemukan"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn reimport_updates_instead_of_duplicating_and_skips_unchanged_rows() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let file = write_csv(dir.path(), "a.csv", &[YOHANES, MARIA, DANIEL, RINA]);
    assert!(import(&db, &file).status.success());
    let audit_after_first = audit_len(&db);

    let o = import(&db, &file);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("0 baru, 0 diperbarui, 4 tidak berubah"),
        "{}",
        stdout(&o)
    );
    assert_eq!(audit_len(&db), audit_after_first, "no audit noise");

    // Daniel promoted to II/d; Agus is new.
    let promoted = DANIEL.replace("II/c", "II/d");
    let file2 = write_csv(
        dir.path(),
        "b.csv",
        &[YOHANES, MARIA, &promoted, RINA, AGUS],
    );
    let o = import(&db, &file2);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("1 baru, 1 diperbarui, 3 tidak berubah"),
        "{}",
        stdout(&o)
    );
    assert!(
        stdout(&o).contains("Tidak ada unit baru."),
        "{}",
        stdout(&o)
    );
    assert_eq!(audit_len(&db), audit_after_first + 2);
    let exported = export(&db, "pegawai", "csv");
    assert_eq!(exported.lines().count(), 1 + 5, "{exported}");
    let promoted = promoted.replace(
        ",Seksi Pelayanan,",
        ",Kantor Distrik Salor / Seksi Pelayanan,",
    );
    assert!(exported.contains(&promoted), "{exported}");
    assert_eq!(exported.matches("199207072015031003,").count(), 1);
}

#[test]
fn unknown_units_are_created_under_the_supervisors_unit() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let first = write_csv(dir.path(), "a.csv", &[YOHANES]);
    assert!(import(&db, &first).status.success());

    // "kantor distrik salor " matches the existing unit; "Puskesmas Salor" is new.
    let kasi = "198203032008012007,Samuel Rumbiak,dr.,,PNS,III/d,Kepala Puskesmas Salor,Pengawas,Puskesmas Salor,197401011999011001,aktif";
    let perawat = "199001012015032008,Martha Gebze,Ns.,S.Kep.,PNS,III/a,Perawat Ahli Pertama,Fungsional Ahli Pertama,puskesmas  salor,198203032008012007,aktif";
    let staff = "198602142011011005,Agus Mahuze,,,PNS,III/c,Analis,Pelaksana, kantor distrik SALOR ,197401011999011001,aktif";
    let file = write_csv(dir.path(), "b.csv", &[perawat, staff, kasi]);
    let o = import(&db, &file);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("Unit baru (1): puskesmas salor"),
        "{}",
        stdout(&o)
    );
    let units: serde_json::Value = serde_json::from_str(&export(&db, "unit", "json")).unwrap();
    let units = units.as_array().unwrap();
    assert_eq!(units.len(), 2, "{units:?}");
    let new = units
        .iter()
        .find(|u| {
            u["nama"]
                .as_str()
                .unwrap()
                .eq_ignore_ascii_case("puskesmas salor")
        })
        .expect("new unit");
    assert_eq!(new["induk_nama"], "Kantor Distrik Salor");
    assert_eq!(new["kepala_nip"], "198203032008012007");
    let emps: serde_json::Value = serde_json::from_str(&export(&db, "pegawai", "json")).unwrap();
    let agus = emps
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["nama"] == "Agus Mahuze")
        .unwrap();
    assert_eq!(agus["unit"], "Kantor Distrik Salor");
}

#[test]
fn cycles_in_the_file_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let a = "197401011999011001,A,,,PNS,IV/a,Kepala,Administrator,Kantor,198503152010012002,aktif";
    let b = "198503152010012002,B,,,PNS,III/d,Kasi,Pengawas,Kantor,197401011999011001,aktif";
    let file = write_csv(dir.path(), "c.csv", &[a, b]);
    let o = import(&db, &file);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("baris 2 (NIP 197401011999011001): nip_atasan membuat garis atasan berputar: 197401011999011001 -> 198503152010012002 -> 197401011999011001"),
        "{err}"
    );
    assert!(err.contains("baris 3 (NIP 198503152010012002)"), "{err}");
}

/// Issue 7 #12: text longer than the register allows is refused with the line, the column,
/// the limit and the length, in both languages; nothing is written.
#[test]
fn too_long_text_is_refused_with_line_column_and_limit() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let long_name = "Yosephina ".repeat(11); // 110 characters, 109 after trimming
    let long_title = "S.Kep. ".repeat(10); // 70 characters
    let long_position = "Pengadministrasi ".repeat(10); // 170 characters
    let long_unit = "Seksi ".repeat(30); // 180 characters
    let rows = [
        YOHANES.to_string(), // line 2: fine
        format!("198503152010012002,{long_name},,S.Sos.,PNS,III/d,Kepala Seksi,Pengawas,Seksi Pelayanan,197401011999011001,aktif"),
        format!("199207072015031003,Daniel Ndiken,,{long_title},PNS,II/c,{long_position},Pelaksana,Kantor Distrik Salor / {long_unit},197401011999011001,aktif"),
    ];
    let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
    let file = write_csv(dir.path(), "long.csv", &rows);
    let o = import(&db, &file);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let err = stderr(&o);
    for want in [
        "baris 3 (NIP 198503152010012002): nama: terlalu panjang: paling banyak 100 karakter, ini 109",
        "baris 4 (NIP 199207072015031003): gelar_belakang: terlalu panjang: paling banyak 60 karakter, ini 69",
        "baris 4 (NIP 199207072015031003): jabatan: terlalu panjang: paling banyak 150 karakter, ini 169",
        "baris 4 (NIP 199207072015031003): unit: terlalu panjang: paling banyak 150 karakter, ini 179",
    ] {
        assert!(err.contains(want), "missing {want:?} in:\n{err}");
    }
    assert_eq!(audit_len(&db), 0, "nothing written");

    let o = Command::new(env!("CARGO_BIN_EXE_kinerja"))
        .args(["--lang", "en", "--db"])
        .arg(&db)
        .args(["import", "pegawai"])
        .arg(&file)
        .env_remove("KINERJA_LANG")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains(
            "line 3 (NIP 198503152010012002): nama: too long: at most 100 characters, this has 109"
        ),
        "{err}"
    );
}

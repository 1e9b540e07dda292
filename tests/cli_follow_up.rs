//! `kinerja laporan tindak-lanjut`: HR's list of a unit's consequences (domain.md 9) through
//! the real binary, on the small office with signed annual grades.

mod cli_support;
#[allow(clippy::too_many_arguments)]
mod common;

use chrono::NaiveDate;
use cli_support::{ok, refused, run};
use kinerja::app::Command;
use kinerja::domain::{AuditAction, Directory, EmployeeId, FunctionalTier, PositionKind, Rating};

const MARIA: EmployeeId = EmployeeId(2);
const DANIEL: EmployeeId = EmployeeId(3);
const SITI: EmployeeId = EmployeeId(4);

/// The small office; Daniel an Ahli Pertama since 1 April 2024 graded Baik then Sangat Baik,
/// Siti (PPPK) Butuh Perbaikan in 2025.
fn office(db: &std::path::Path) {
    let mut s = common::services_with_office(db);
    let mut daniel = s.register.employee(DANIEL).unwrap().clone();
    daniel.position_kind = PositionKind::Fungsional(FunctionalTier::AhliPertama);
    daniel.grade_since = Some(NaiveDate::from_ymd_opt(2022, 4, 1).unwrap());
    daniel.position_since = Some(NaiveDate::from_ymd_opt(2024, 4, 1).unwrap());
    s.execute(Command::SaveEmployee(daniel)).unwrap();
    use Rating::*;
    for (who, year, ratings) in [
        (DANIEL, 2024, (AsExpected, AsExpected)),
        (DANIEL, 2025, (AboveExpectation, AboveExpectation)),
        (SITI, 2024, (AsExpected, AsExpected)),
        (SITI, 2025, (BelowExpectation, AsExpected)),
    ] {
        let y = common::signed_annual(&s, who, MARIA, year, ratings);
        s.store
            .save_review_year("test", common::NOW_MS, y, AuditAction::Create, "")
            .unwrap();
    }
}

#[test]
fn the_unit_list_in_csv_json_and_text() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    office(&db);

    let csv = ok(&run(
        &db,
        &[
            "laporan",
            "tindak-lanjut",
            "--unit",
            "seksi pemerintahan",
            "--format",
            "csv",
        ],
    ));
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "nip,nama,jabatan,jenis_pegawai,tahun,predikat_tahun_sebelumnya,predikat,angka_kredit,kenaikan_pangkat,kgb,pengembangan,keterangan"
    );
    // Daniel, Maria, Siti (the section's active staff, by name); 2025 is the last year judged
    // on the fixed clock (28/11/2026).
    assert_eq!(lines.len(), 4, "{csv}");
    // Baik then Sangat Baik: no talent pool (that needs Sangat Baik twice).
    assert!(
        lines[1].starts_with(
            "199601202020121004,Daniel Ndiken,Pengadministrasi Umum,PNS,2025,Baik,Sangat Baik,28.125,bandingkan_angka_kredit,memenuhi,,\"masa dan predikat"
        ),
        "{csv}"
    );
    assert!(
        lines[2].starts_with("198205102006042003,\"Maria Kaize, S.IP.\""),
        "{csv}"
    );
    assert!(
        lines[2].contains(",2025,,,,belum,belum_ada_predikat,,"),
        "{csv}"
    );
    // PPPK: Butuh Perbaikan in 2025 postpones the pay step and calls for development.
    assert!(
        lines[3].contains(",PPPK,2025,Baik,Butuh Perbaikan,,belum,ditunda,rencana_pengembangan,"),
        "{csv}"
    );

    let json = ok(&run(
        &db,
        &[
            "laporan",
            "tindak-lanjut",
            "--unit",
            "2",
            "--format",
            "json",
        ],
    ));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let rows = v.as_array().unwrap();
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0]["angka_kredit"], serde_json::json!(28.125));
    assert_eq!(rows[0]["kenaikan_pangkat"], "bandingkan_angka_kredit");
    assert_eq!(rows[2]["predikat"], "Butuh Perbaikan");
    assert!(rows[1]["angka_kredit"].is_null());

    let text = ok(&run(&db, &["laporan", "tindak-lanjut", "--unit", "2"]));
    assert!(
        text.starts_with("Tindak lanjut · Seksi Pemerintahan · 3"),
        "{text}"
    );
    assert!(
        text.contains(
            "  Angka kredit: 28,125 sejak TMT, Ahli Pertama (2024 9,375 (9 bln) · 2025 18,75)"
        ),
        "{text}"
    );
    assert!(
        text.contains("  Pengembangan: perlu rencana pengembangan (predikat 2025 di bawah Baik)"),
        "{text}"
    );

    // The district includes the section under it.
    let all = ok(&run(
        &db,
        &[
            "laporan",
            "tindak-lanjut",
            "--unit",
            "Kantor Distrik Salor",
            "--format",
            "csv",
        ],
    ));
    assert_eq!(all.lines().count(), 6, "{all}");

    let unknown = refused(&run(
        &db,
        &["laporan", "tindak-lanjut", "--unit", "Seksi Tidak Ada"],
    ));
    assert!(unknown.contains("Seksi Tidak Ada"), "{unknown}");
}

#[test]
fn the_help_names_the_command_and_its_default_format() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let help = ok(&run(&db, &["laporan", "tindak-lanjut", "--help"]));
    assert!(
        help.contains("kinerja laporan tindak-lanjut --unit UNIT"),
        "{help}"
    );
    assert!(help.contains("text (bawaan), csv atau json"), "{help}");
    let parent = ok(&run(&db, &["laporan", "--help"]));
    assert!(parent.contains("tindak-lanjut"), "{parent}");
}

//! `kinerja pengaturan list|ubah` through the real binary: every setting listed with its value
//! and whether it is the default; a change is checked, stored and in the audit trail; a
//! refusal says why, exits 1 and changes nothing; `periode buka` takes the office's settings.

use std::path::Path;
use std::process::Output;

use kinerja::domain::{AuditAction, OfficeSettings, RecordKind};
use kinerja::store::Store;

mod cli_support;
use cli_support::{bin, ok, refused, run};

fn run_in(db: &Path, lang: Option<&str>, args: &[&str]) -> Output {
    let mut c = bin();
    c.arg("--db").arg(db);
    if let Some(l) = lang {
        c.args(["--lang", l]);
    }
    c.args(args).output().unwrap()
}

/// The list's line of one key, blanks collapsed.
fn line_of(list: &str, key: &str) -> String {
    list.lines()
        .find(|l| l.starts_with(&format!("{key} ")))
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

#[test]
fn an_admin_lists_and_changes_a_setting_and_the_change_is_audited() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");

    let list = ok(&run(&db, &["pengaturan", "list"]));
    assert_eq!(list.lines().count(), 21, "{list}");
    assert_eq!(
        line_of(&list, "koefisien_pemula"),
        "koefisien_pemula 3.75 ya Koefisien angka kredit tahunan, Pemula"
    );
    assert_eq!(
        line_of(&list, "masa_keberatan"),
        "masa_keberatan 14 ya Masa keberatan"
    );
    assert_eq!(
        line_of(&list, "batas_evaluasi_tahunan"),
        "batas_evaluasi_tahunan 31/01+1 ya Batas evaluasi tahunan"
    );

    let changed = ok(&run(
        &db,
        &[
            "pengaturan",
            "ubah",
            "masa_keberatan",
            "21",
            "--alasan",
            "SK 5/2026",
        ],
    ));
    assert!(
        changed.contains("Masa keberatan (masa_keberatan): 14 hari -> 21 hari"),
        "{changed}"
    );
    let list = ok(&run_in(&db, Some("en"), &["pengaturan", "list"]));
    assert_eq!(
        line_of(&list, "masa_keberatan"),
        "masa_keberatan 21 no Objection window"
    );
    assert_eq!(
        line_of(&list, "segmen"),
        "segmen triwulan yes Periodic segments"
    );

    // The same value again changes nothing and writes nothing.
    let same = ok(&run(&db, &["pengaturan", "ubah", "masa_keberatan", "21"]));
    assert!(same.contains("tidak berubah"), "{same}");

    let store = Store::open(&db).unwrap();
    let entries: Vec<_> = store
        .audit_trail()
        .unwrap()
        .into_iter()
        .filter(|e| e.record.kind == RecordKind::Settings)
        .collect();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].actor, "cli:operator1");
    assert_eq!(entries[0].action, AuditAction::Update);
    assert_eq!(entries[0].reason, "SK 5/2026");
    assert_eq!(store.office_settings().unwrap().objection_window_days, 21);
}

#[test]
fn a_credit_coefficient_is_changed_with_a_decimal_comma_and_shown_back() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let changed = ok(&run(
        &db,
        &[
            "pengaturan",
            "ubah",
            "koefisien_pemula",
            "4,5",
            "--alasan",
            "Perka 1",
        ],
    ));
    assert!(
        changed.contains("Koefisien angka kredit tahunan, Pemula (koefisien_pemula): 3,75 -> 4,5"),
        "{changed}"
    );
    let list = ok(&run(&db, &["pengaturan", "list"]));
    assert_eq!(
        line_of(&list, "koefisien_pemula"),
        "koefisien_pemula 4.5 tidak Koefisien angka kredit tahunan, Pemula"
    );
    let bad = refused(&run(&db, &["pengaturan", "ubah", "koefisien_mahir", "0"]));
    assert!(bad.contains("'0' bukan nilai"), "{bad}");
    let store = Store::open(&db).unwrap();
    let s = store.office_settings().unwrap();
    assert_eq!(
        kinerja::domain::ruledata::CreditTable::of(&s)
            .coefficient(kinerja::domain::FunctionalTier::Pemula),
        Some(4.5)
    );
}

#[test]
fn refusals_say_why_exit_1_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    ok(&run(&db, &["pengaturan", "list"]));

    let unknown = refused(&run(&db, &["pengaturan", "ubah", "bobot", "3"]));
    assert!(
        unknown.contains("pengaturan 'bobot' tidak dikenal"),
        "{unknown}"
    );
    assert!(unknown.contains("masa_keberatan"), "{unknown}");

    let word = refused(&run(&db, &["pengaturan", "ubah", "segmen", "mingguan"]));
    assert!(
        word.contains("'mingguan' bukan nilai Segmen evaluasi periodik"),
        "{word}"
    );

    let leap = refused(&run(&db, &["pengaturan", "ubah", "batas_skp", "29/02"]));
    assert!(leap.contains("tidak ada di setiap tahun"), "{leap}");

    let late = refused(&run_in(
        &db,
        Some("en"),
        &["pengaturan", "ubah", "batas_evaluasi_tahunan", "15/01"],
    ));
    assert!(
        late.contains("plans must be due before the annual evaluation"),
        "{late}"
    );

    let long = refused(&run(&db, &["pengaturan", "ubah", "masa_keberatan", "120"]));
    assert!(long.contains("Masa keberatan: antara 1 dan 90"), "{long}");

    let negative = refused(&run(&db, &["pengaturan", "ubah", "masa_keberatan", "-3"]));
    assert!(negative.contains("'-3' bukan nilai"), "{negative}");

    let store = Store::open(&db).unwrap();
    assert_eq!(store.stored_settings().unwrap(), None);
    assert!(store
        .audit_trail()
        .unwrap()
        .iter()
        .all(|e| e.record.kind != RecordKind::Settings));
}

#[test]
fn a_new_period_takes_the_office_segments_and_deadlines() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    ok(&run(&db, &["pengaturan", "ubah", "segmen", "semester"]));
    ok(&run(&db, &["pengaturan", "ubah", "batas_skp", "28/02"]));
    ok(&run(
        &db,
        &["pengaturan", "ubah", "batas_evaluasi_tahunan", "15/02+1"],
    ));
    let opened = ok(&run(&db, &["periode", "buka", "2027"]));
    assert!(opened.contains("semester (2 segmen)"), "{opened}");
    let list = ok(&run(&db, &["periode", "list"]));
    assert!(list.contains("28/02/2027"), "{list}");
    assert!(list.contains("15/02/2028"), "{list}");
    // The settings stay the office's; the embedded defaults are untouched.
    let store = Store::open(&db).unwrap();
    let s = store.office_settings().unwrap();
    assert_ne!(s, OfficeSettings::default());
    assert_eq!(store.period(2027).unwrap().unwrap().segments().len(), 2);
}

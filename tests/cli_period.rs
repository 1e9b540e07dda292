//! `kinerja periode list|buka|tahap|segmen` through the real binary: HR opens the appraisal
//! year (journey 1), changes its segments while planning, moves it one stage at a time; every
//! refusal says why and changes nothing; every change is in the audit trail.

use std::path::Path;
use std::process::Output;

use kinerja::domain::plan::{PeriodState, Segmentation};
use kinerja::domain::{AuditAction, RecordKind};
use kinerja::store::Store;

mod cli_support;
use cli_support::{bin, ok, refused};

fn run_in(db: &Path, lang: Option<&str>, args: &[&str]) -> Output {
    let mut c = bin();
    c.env("USER", "agus").arg("--db").arg(db);
    if let Some(l) = lang {
        c.args(["--lang", l]);
    }
    c.args(args).output().unwrap()
}

fn run(db: &Path, args: &[&str]) -> Output {
    run_in(db, None, args)
}

#[test]
fn hr_opens_the_year_and_moves_it_one_stage_at_a_time() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");

    assert!(ok(&run(&db, &["periode", "list"])).contains("belum ada periode penilaian"));

    let opened = ok(&run(
        &db,
        &["periode", "buka", "2027", "--reason", "SK 1/2027"],
    ));
    assert!(opened.contains("periode penilaian 2027 dibuka"), "{opened}");
    assert!(opened.contains("perencanaan"), "{opened}");
    assert!(opened.contains("triwulan (4 segmen)"), "{opened}");

    let again = refused(&run(&db, &["periode", "buka", "2027"]));
    assert!(again.contains("2027 sudah dibuka"), "{again}");

    // Segments change while planning; a stage is one step; after planning segments are fixed.
    ok(&run(&db, &["periode", "segmen", "2027", "bulanan"]));
    let jump = refused(&run(&db, &["periode", "tahap", "2027", "evaluasi"]));
    assert!(
        jump.contains("dari perencanaan tidak bisa ke evaluasi"),
        "{jump}"
    );
    let moved = ok(&run(&db, &["periode", "tahap", "2027", "pelaksanaan"]));
    assert!(moved.contains("2027 diperbarui: pelaksanaan"), "{moved}");
    let fixed = refused(&run(&db, &["periode", "segmen", "2027", "semester"]));
    assert!(fixed.contains("selama tahap perencanaan"), "{fixed}");

    let unknown = refused(&run(&db, &["periode", "tahap", "2027", "selesai"]));
    assert!(unknown.contains("'selesai' tidak dikenal"), "{unknown}");
    let never = refused(&run(&db, &["periode", "tahap", "2030", "pelaksanaan"]));
    assert!(never.contains("2030 belum dibuka"), "{never}");
    let en = refused(&run_in(
        &db,
        Some("en"),
        &["periode", "tahap", "2027", "ditutup"],
    ));
    assert!(en.contains("running cannot go to closed"), "{en}");

    let list = ok(&run(&db, &["periode", "list"]));
    let row = list
        .lines()
        .find(|l| l.starts_with("2027"))
        .unwrap_or_else(|| panic!("{list}"));
    for want in [
        "bulanan (12 segmen)",
        "pelaksanaan",
        "31/01/2027",
        "31/01/2028",
    ] {
        assert!(row.contains(want), "{want} in {row}");
    }

    // Three changes went through, each in the trail under the operator's name.
    let store = Store::open(&db).unwrap();
    let p = store.period(2027).unwrap().unwrap();
    assert_eq!(p.state, PeriodState::Running);
    assert_eq!(p.segmentation, Segmentation::Monthly);
    let trail: Vec<_> = store
        .audit_trail()
        .unwrap()
        .into_iter()
        .filter(|e| e.record.kind == RecordKind::Period)
        .collect();
    let actions: Vec<AuditAction> = trail.iter().map(|e| e.action).collect();
    assert_eq!(
        actions,
        [
            AuditAction::Create,
            AuditAction::Update,
            AuditAction::Update
        ]
    );
    assert!(trail.iter().all(|e| e.actor == "cli:agus"), "{trail:?}");
    assert_eq!(trail[0].reason, "SK 1/2027");
}

#[test]
fn words_are_checked_before_the_database_is_touched() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let e = refused(&run(
        &db,
        &["periode", "buka", "2027", "--segmen", "mingguan"],
    ));
    assert!(e.contains("'mingguan' tidak dikenal"), "{e}");
    assert!(!db.exists(), "a refused command made a database");
}

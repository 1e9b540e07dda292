//! The 50,000-row import budget (< 5 s in release). Ignored by default: it needs a release build
//! and a quiet machine. Run: `cargo test --release --test cli_perf -- --ignored --nocapture`.

use std::time::{Duration, Instant};

mod cli_support;
use cli_support::bin;

fn kinerja(args: &[&str]) -> std::process::Output {
    bin().args(args).output().expect("run kinerja")
}

#[test]
#[ignore = "release build, quiet machine"]
fn fifty_thousand_rows_import_in_under_five_seconds() {
    let dir = tempfile::tempdir().unwrap();
    let gen_db = dir.path().join("gen");
    let csv = dir.path().join("pegawai.csv");
    let (g, c) = (gen_db.to_str().unwrap(), csv.to_str().unwrap());
    assert!(kinerja(&["--db", g, "gen", "--employees", "50000"])
        .status
        .success());
    assert!(kinerja(&["--db", g, "export", "pegawai", "-o", c])
        .status
        .success());

    let db = dir.path().join("import");
    let start = Instant::now();
    let o = kinerja(&["--db", db.to_str().unwrap(), "import", "pegawai", c]);
    let took = start.elapsed();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stdout).contains("50000 baru"));
    println!("import of 50,000 rows: {took:?}");
    if !cfg!(debug_assertions) {
        assert!(took < Duration::from_secs(5), "took {took:?}");
    }

    let start = Instant::now();
    let o = kinerja(&["--db", db.to_str().unwrap(), "import", "pegawai", c]);
    println!("re-import, all unchanged: {:?}", start.elapsed());
    assert!(String::from_utf8_lossy(&o.stdout).contains("50000 tidak berubah"));
}

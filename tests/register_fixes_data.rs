//! Issue 7, data and security points: each test here failed before its fix.

use std::path::Path;

mod cli_support;
use cli_support::{audit_len, demo, fails, nip_of, ok, run_stdin as run};

// #1: a script on a database with accounts signs in first.
#[test]
fn script_on_a_database_with_accounts_needs_a_sign_in() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo");
    demo(&db);
    let keys = dir.path().join("keys.txt");
    // `u` opens the new-unit form; typing and saving would write a unit.
    std::fs::write(&keys, "u\ntext:Seksi Rahasia\nctrl+s\ndump\n").unwrap();
    let before = audit_len(&db);

    let err = fails(
        &run(&db, &["script", "--keys", keys.to_str().unwrap()], ""),
        1,
    );
    assert!(err.contains("--as"), "{err}");
    assert_eq!(audit_len(&db), before, "nothing written");

    // A wrong password: refused, nothing run.
    let err = fails(
        &run(
            &db,
            &["script", "--as", "agus", "--keys", keys.to_str().unwrap()],
            "salah-sekali\n",
        ),
        1,
    );
    assert!(err.contains("salah"), "{err}");

    // The admin signs in with the password on standard input; changes are theirs.
    let agus = nip_of(&db, "Agus Mahuze");
    let pw = format!("{}\n", &agus[12..]);
    let out = ok(&run(
        &db,
        &["script", "--as", "agus", "--keys", keys.to_str().unwrap()],
        &pw,
    ));
    assert!(out.contains("Seksi Rahasia"), "{out}");
    let store = kinerja::store::Store::open(&db).unwrap();
    let last = store.audit_trail().unwrap().pop().unwrap();
    assert_eq!(last.actor, "agus");
}

#[test]
fn script_on_a_database_without_accounts_runs_as_before() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kantor");
    let csv = dir.path().join("p.csv");
    std::fs::write(
        &csv,
        "nip,nama,gelar_depan,gelar_belakang,jenis,golongan,jabatan,jenis_jabatan,unit,nip_atasan,status\n\
         197503152000031002,Yohanes Gebze,,,PNS,IV/a,Kepala Distrik,Administrator,Kantor Distrik Salor,,aktif\n",
    )
    .unwrap();
    ok(&run(&db, &["import", "pegawai", csv.to_str().unwrap()], ""));
    let keys = dir.path().join("keys.txt");
    std::fs::write(&keys, "dump\n").unwrap();
    let out = ok(&run(&db, &["script", "--keys", keys.to_str().unwrap()], ""));
    assert!(out.contains("Yohanes Gebze"), "{out}");
}

// #19: a penilai needs an employee; the last active admin stays.
#[test]
fn penilai_needs_a_nip_and_the_last_admin_cannot_be_disabled() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo");
    demo(&db);
    let err = fails(
        &run(
            &db,
            &["user", "add", "tamu", "--role", "penilai"],
            "rahasia\n",
        ),
        1,
    );
    assert!(err.contains("--nip"), "{err}");
    let list = ok(&run(&db, &["user", "list"], ""));
    assert!(!list.contains("tamu"), "{list}");

    let err = fails(&run(&db, &["user", "disable", "agus"], ""), 1);
    assert!(err.contains("admin aktif terakhir"), "{err}");
    // With a second admin the first may go.
    ok(&run(
        &db,
        &["user", "add", "bkpsdm", "--role", "admin"],
        "rahasia\n",
    ));
    ok(&run(&db, &["user", "disable", "agus"], ""));
    let err = fails(&run(&db, &["user", "disable", "bkpsdm"], ""), 1);
    assert!(err.contains("admin aktif terakhir"), "{err}");
}

mod common;

use chrono::NaiveDate;
use kinerja::domain::dates::{parse_dmy, DateError};
use kinerja::domain::rules::{check_employee_dates, Field, FieldError, RuleError};
use kinerja::domain::{EmployeeKind, Grade, NipError, PnsRank, PositionKind};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

const TODAY: (i32, u32, u32) = (2026, 11, 30);

fn today() -> NaiveDate {
    d(TODAY.0, TODAY.1, TODAY.2)
}

// #3: short years, the century rule, refused 1- and 3-digit years.
#[test]
fn dates_as_offices_type_them() {
    let cases: &[(&str, Result<NaiveDate, DateError>)] = &[
        ("1/1/20", Ok(d(2020, 1, 1))),
        ("01/01/2020", Ok(d(2020, 1, 1))),
        ("01-01-2020", Ok(d(2020, 1, 1))),
        ("01.01.2020", Ok(d(2020, 1, 1))),
        ("2020-01-01", Ok(d(2020, 1, 1))),
        ("5/6/85", Ok(d(1985, 6, 5))),
        ("5/6/26", Ok(d(2026, 6, 5))),
        ("5/6/27", Ok(d(1927, 6, 5))),
        ("1/1/200", Err(DateError::YearDigits)),
        ("1/1/0", Err(DateError::YearDigits)),
        ("30/2/2020", Err(DateError::NoSuchDay)),
    ];
    for (input, want) in cases {
        assert_eq!(&parse_dmy(input, today()), want, "{input}");
    }
}

fn maria(nip: &str) -> kinerja::domain::Employee {
    common::person(
        2,
        nip,
        EmployeeKind::Pns,
        ("", "Maria Kaize", ""),
        Grade::Pns(PnsRank::IIIC),
        "Kepala Seksi",
        PositionKind::Pengawas,
        2,
        Some(1),
    )
}

// #4 and #3: the NIP's dates, the minimum age and the TMT cross-checks.
#[test]
fn dated_register_rules() {
    let fe = |field, error| FieldError { field, error };
    // Born 15/03/1985, appointed 01/2010.
    let ok = maria("198503152010012002");
    assert_eq!(check_employee_dates(&ok, today()), vec![]);
    // The NIP: born 2030, appointed 2080 (a valid format, impossible dates).
    let e = maria("203001012080011001");
    assert_eq!(
        check_employee_dates(&e, today()),
        vec![fe(Field::Nip, RuleError::Nip(NipError::BornInFuture))]
    );
    // Appointed at 16 (passes the NIP's 15-year format rule, fails the minimum age of 18).
    let e = maria("199001012006061001");
    assert_eq!(
        check_employee_dates(&e, today()),
        vec![fe(Field::Nip, RuleError::AppointedUnder18)]
    );
    // The month of the 18th birthday is enough.
    assert_eq!(
        check_employee_dates(&maria("199006152008061001"), today()),
        vec![]
    );
    assert_eq!(
        check_employee_dates(&maria("199006152008051001"), today()),
        vec![fe(Field::Nip, RuleError::AppointedUnder18)]
    );
    // TMT CPNS, TMT golongan, TMT jabatan, and the errors expected.
    type Case = (
        Option<NaiveDate>,
        Option<NaiveDate>,
        Option<NaiveDate>,
        Vec<FieldError>,
    );
    let cases: &[Case] = &[
        (
            Some(d(2010, 1, 1)),
            Some(d(2014, 4, 1)),
            Some(d(2020, 1, 2)),
            vec![],
        ),
        // TMT CPNS before the 18th birthday (15/03/2003), after the 15th.
        (
            Some(d(2003, 3, 14)),
            None,
            None,
            vec![fe(Field::AppointedOn, RuleError::AppointedUnder18)],
        ),
        (Some(d(2003, 3, 15)), None, None, vec![]),
        // TMT golongan and jabatan before TMT CPNS.
        (
            Some(d(2010, 1, 1)),
            Some(d(2009, 12, 31)),
            Some(d(2009, 1, 1)),
            vec![
                fe(Field::GradeSince, RuleError::BeforeAppointment),
                fe(Field::PositionSince, RuleError::BeforeAppointment),
            ],
        ),
        // Nothing after today; today itself is fine.
        (
            Some(d(2026, 12, 1)),
            Some(today()),
            Some(d(2027, 1, 1)),
            vec![
                fe(Field::AppointedOn, RuleError::DateInFuture),
                fe(Field::GradeSince, RuleError::BeforeAppointment),
                fe(Field::PositionSince, RuleError::DateInFuture),
            ],
        ),
    ];
    for (appointed, grade, position, want) in cases {
        let mut e = ok.clone();
        e.appointed_on = *appointed;
        e.grade_since = *grade;
        e.position_since = *position;
        assert_eq!(
            &check_employee_dates(&e, today()),
            want,
            "{appointed:?} {grade:?} {position:?}"
        );
    }
}

const HEADER: &str =
    "nip,nama,gelar_depan,gelar_belakang,jenis,golongan,jabatan,jenis_jabatan,unit,nip_atasan,status\n";

// #4: import refuses impossible NIPs with the line number.
#[test]
fn import_refuses_impossible_nips() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kantor");
    let csv = dir.path().join("p.csv");
    std::fs::write(
        &csv,
        format!(
            "{HEADER}197503152000031002,Yohanes Gebze,,,PNS,IV/a,Kepala Distrik,Administrator,Kantor Distrik Salor,,aktif\n\
             203001012080011001,Anak Masa Depan,,,PNS,II/a,Pengadministrasi,Pelaksana,Kantor Distrik Salor,197503152000031002,aktif\n\
             199001012006061001,Terlalu Muda,,,PNS,II/a,Pengadministrasi,Pelaksana,Kantor Distrik Salor,197503152000031002,aktif\n"
        ),
    )
    .unwrap();
    let err = fails(
        &run(&db, &["import", "pegawai", csv.to_str().unwrap()], ""),
        1,
    );
    assert!(
        err.contains("baris 3") && err.contains("tanggal lahir di NIP sesudah hari ini"),
        "{err}"
    );
    assert!(err.contains("baris 4") && err.contains("usia 18"), "{err}");
}

// #18: a far date gets a true message; #3: the CLI reads dates like the forms.
#[test]
fn plt_far_and_short_dates() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo");
    demo(&db);
    let yoh = nip_of(&db, "Yohanes Gebze");
    let maria = nip_of(&db, "Maria Kaize");
    let err = fails(
        &run(
            &db,
            &[
                "plt",
                "add",
                &maria,
                "--for",
                &yoh,
                "--from",
                "01/12/2026",
                "--to",
                "31/12/9999",
            ],
            "",
        ),
        1,
    );
    assert!(err.contains("paling akhir 31/12/2999"), "{err}");
    let err = fails(
        &run(
            &db,
            &[
                "plt",
                "add",
                &maria,
                "--for",
                &yoh,
                "--from",
                "1/12/026",
                "--to",
                "31/12/2026",
            ],
            "",
        ),
        1,
    );
    assert!(err.contains("tahun harus 4 angka"), "{err}");
}

// #18: no Plt for someone who supervises nobody.
#[test]
fn plt_for_someone_without_reports_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo");
    demo(&db);
    let daniel = nip_of(&db, "Daniel Ndiken");
    let maria = nip_of(&db, "Maria Kaize");
    let err = fails(
        &run(
            &db,
            &[
                "plt",
                "add",
                &maria,
                "--for",
                &daniel,
                "--from",
                "01/12/2026",
                "--to",
                "31/12/2026",
            ],
            "",
        ),
        1,
    );
    assert!(err.contains("tidak membawahi pegawai aktif"), "{err}");
}

// #20: names that differ only in spacing are one name under one parent.
#[test]
fn unit_names_differing_in_spacing_are_taken() {
    use kinerja::app::{Command, CommandError};
    let dir = tempfile::tempdir().unwrap();
    let mut services = common::services_with_office(&dir.path().join("db"));
    for name in ["Seksi  Pemerintahan", " seksi pemerintahan\t"] {
        let r = services.execute(Command::SaveUnit(common::unit(0, name, Some(1), None)));
        assert!(
            matches!(&r, Err(CommandError::InvalidUnit(e)) if e == &[RuleError::UnitNameTaken]),
            "{name:?}: {r:?}"
        );
    }
    // Under another parent the name is free.
    let r = services.execute(Command::SaveUnit(common::unit(
        0,
        "Seksi  Pemerintahan",
        Some(2),
        None,
    )));
    assert!(r.is_ok(), "{r:?}");
}

// #20: deactivating a head says, before and after, that the unit's head changes too.
#[test]
fn deactivating_a_head_names_the_unit_head_change() {
    use kinerja::app::App;
    use kinerja::i18n::Lang;
    use kinerja::ui::term::script::{parse, run_steps};
    let dir = tempfile::tempdir().unwrap();
    let services = common::services_with_office(&dir.path().join("db"));
    let mut app = App::new(services, Lang::Id);
    let steps = parse("/\ntext:maria\nEnter\nd\ndump\n", Lang::Id).unwrap();
    let out = run_steps(&mut app, &steps, (100, 30)).unwrap();
    let dialog = out.split("----\n").next().unwrap();
    assert!(
        dialog.contains("Ia kepala unit Seksi Pemerintahan"),
        "{dialog}"
    );
    let status = kinerja::i18n::employees::deactivated(
        Lang::Id,
        "Maria Kaize",
        2,
        &["Seksi Pemerintahan".to_string()],
    );
    assert_eq!(
        status,
        "Maria Kaize nonaktif; 2 bawahan pindah ke atasan baru; \
         kepala baru di Seksi Pemerintahan"
    );
}

// #5: pasted line breaks and tabs become spaces; other control characters go.
#[test]
fn pasted_text_is_one_line() {
    use kinerja::app::kit::input::one_line_paste;
    assert_eq!(
        one_line_paste("Maria\r\nKaize\tS.Sos\u{1b}[31m\u{7}\n"),
        "Maria Kaize S.Sos[31m "
    );
    assert_eq!(one_line_paste("198205102006042003"), "198205102006042003");
}

// #5: control characters refused on import, with the line and the column.
#[test]
fn import_refuses_control_characters() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kantor");
    let csv = dir.path().join("p.csv");
    std::fs::write(
        &csv,
        format!(
            "{HEADER}197503152000031002,\"Yohanes\nGebze\",,,PNS,IV/a,Kepala Distrik,Administrator,Kantor Distrik Salor,,aktif\n\
             198205102006042003,Maria Kaize,,,PNS,III/d,Kepala\u{1b}[2J Seksi,Pengawas,Kantor Distrik Salor,197503152000031002,aktif\n"
        ),
    )
    .unwrap();
    let err = fails(
        &run(&db, &["import", "pegawai", csv.to_str().unwrap()], ""),
        1,
    );
    assert!(
        err.contains("baris 2") && err.contains("kolom nama berisi karakter kendali"),
        "{err}"
    );
    assert!(
        err.contains("kolom jabatan berisi karakter kendali"),
        "{err}"
    );
    assert!(
        !err.contains('\u{1b}'),
        "no ESC reaches the terminal: {err:?}"
    );
}

// #5: cells a spreadsheet would run are guarded on export and unguarded on import.
#[test]
fn formula_cells_are_guarded_and_reimport() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kantor");
    let csv = dir.path().join("p.csv");
    std::fs::write(
        &csv,
        format!(
            "{HEADER}197503152000031002,=HYPERLINK(\"x\"),,,PNS,IV/a,+Kepala,Administrator,@Kantor,,aktif\n\
             198205102006042003,-Maria,,,PNS,III/d,Kepala Seksi,Pengawas,@Kantor,197503152000031002,aktif\n"
        ),
    )
    .unwrap();
    ok(&run(&db, &["import", "pegawai", csv.to_str().unwrap()], ""));
    let out = ok(&run(&db, &["export", "pegawai"], ""));
    let first = out.lines().nth(1).unwrap();
    assert!(
        first.starts_with("197503152000031002,\"'=HYPERLINK(\"\"x\"\")\",,,PNS,IV/a,'+Kepala,"),
        "{first}"
    );
    assert!(first.contains(",'@Kantor,"), "{first}");
    assert!(out.contains("198205102006042003,'-Maria,"), "{out}");
    let units = ok(&run(&db, &["export", "unit"], ""));
    assert!(units.contains("'@Kantor"), "{units}");
    // The export re-imports unchanged; JSON keeps the real text.
    std::fs::write(&csv, &out).unwrap();
    let again = ok(&run(&db, &["import", "pegawai", csv.to_str().unwrap()], ""));
    assert!(again.contains("2 tidak berubah"), "{again}");
    let json = ok(&run(&db, &["export", "pegawai", "--format", "json"], ""));
    assert!(json.contains("\"nama\": \"-Maria\""), "{json}");
}

// #2: units named by path or id; an ambiguous bare name refused; export writes the path.
#[test]
fn units_by_path_and_export_reimports_into_the_same_units() {
    use kinerja::app::{Command, Outcome};
    use kinerja::domain::{Directory, EmployeeId, UnitId};
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let okaba_section;
    {
        let mut s = common::services_with_office(&db);
        let Ok(Outcome::UnitSaved { id: okaba, .. }) = s.execute(Command::SaveUnit(common::unit(
            0,
            "Kantor Distrik Okaba",
            None,
            None,
        ))) else {
            panic!("okaba")
        };
        let Ok(Outcome::UnitSaved { id, .. }) = s.execute(Command::SaveUnit(common::unit(
            0,
            "Seksi Pemerintahan",
            Some(okaba.0),
            None,
        ))) else {
            panic!("section")
        };
        okaba_section = id;
        // Siti (4) moves to Okaba's section of the same name.
        let mut siti = s.register.employee(EmployeeId(4)).unwrap().clone();
        siti.unit = id;
        s.execute(Command::SaveEmployee(siti)).unwrap();
    }
    let out = ok(&run(&db, &["export", "pegawai"], ""));
    assert!(
        out.contains(",Kantor Distrik Okaba / Seksi Pemerintahan,"),
        "{out}"
    );
    assert!(
        out.contains(",Kantor Distrik Salor / Seksi Pemerintahan,"),
        "{out}"
    );
    let csv = dir.path().join("p.csv");
    std::fs::write(&csv, &out).unwrap();
    let again = ok(&run(&db, &["import", "pegawai", csv.to_str().unwrap()], ""));
    assert!(
        again.contains("0 baru, 0 diperbarui, 5 tidak berubah"),
        "{again}"
    );
    {
        let s =
            kinerja::app::Services::new(kinerja::store::Store::open(&db).unwrap(), "t").unwrap();
        assert_eq!(
            s.register.employee(EmployeeId(4)).unwrap().unit,
            okaba_section
        );
        assert_eq!(s.register.employee(EmployeeId(2)).unwrap().unit, UnitId(2));
    }
    // A bare name two units share: refused with the line and both paths. An id works.
    let nip_siti = out
        .lines()
        .find(|l| l.contains("Siti"))
        .unwrap()
        .split(',')
        .next()
        .unwrap()
        .to_string();
    let bare = out.replace(
        "Kantor Distrik Okaba / Seksi Pemerintahan",
        "Seksi Pemerintahan",
    );
    std::fs::write(&csv, &bare).unwrap();
    let err = fails(
        &run(&db, &["import", "pegawai", csv.to_str().unwrap()], ""),
        1,
    );
    let line = bare.lines().position(|l| l.starts_with(&nip_siti)).unwrap() + 1;
    assert!(err.contains(&format!("baris {line}")), "{err}");
    assert!(
        err.contains(
            "Kantor Distrik Salor / Seksi Pemerintahan; Kantor Distrik Okaba / Seksi Pemerintahan"
        ),
        "{err}"
    );
    let by_id = out.replace(
        "Kantor Distrik Okaba / Seksi Pemerintahan",
        &okaba_section.0.to_string(),
    );
    std::fs::write(&csv, &by_id).unwrap();
    let again = ok(&run(&db, &["import", "pegawai", csv.to_str().unwrap()], ""));
    assert!(again.contains("5 tidak berubah"), "{again}");
}

// #18: `plt end ID [--on DATE]` ends an assignment early, audited; not before its start.
#[test]
fn plt_end_ends_early_and_not_before_the_start() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo");
    demo(&db);
    let yoh = nip_of(&db, "Yohanes Gebze");
    let maria = nip_of(&db, "Maria Kaize");
    let added = ok(&run(
        &db,
        &[
            "plt",
            "add",
            &maria,
            "--for",
            &yoh,
            "--from",
            "01/01/2030",
            "--to",
            "31/12/2030",
        ],
        "",
    ));
    let id: String = added
        .split("nomor ")
        .nth(1)
        .unwrap()
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    let err = fails(&run(&db, &["plt", "end", &id, "--on", "31/12/2029"], ""), 1);
    assert!(err.contains("sesudah tanggal selesai"), "{err}");
    let before = audit_len(&db);
    let out = ok(&run(
        &db,
        &[
            "plt",
            "end",
            &id,
            "--on",
            "30/6/2030",
            "--reason",
            "kembali",
        ],
        "",
    ));
    assert_eq!(
        out.trim(),
        format!("Plt/Plh nomor {id} diakhiri: hari terakhir 30/06/2030.")
    );
    assert_eq!(audit_len(&db), before + 1);
    let list = ok(&run(&db, &["plt", "list"], ""));
    assert!(list.contains("30/06/2030"), "{list}");
    // Each run reads the assignment at its stored revision (issue 10): a later end goes too.
    ok(&run(&db, &["plt", "end", &id, "--on", "31/3/2030"], ""));
    assert_eq!(audit_len(&db), before + 2);
    let err = fails(&run(&db, &["plt", "end", "999"], ""), 1);
    assert!(err.contains("tidak ada Plt/Plh nomor 999"), "{err}");
}

// #18: the title bar says Plt/Plh while the signed-in person acts for someone today.
#[test]
fn title_bar_shows_the_acting_role() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo");
    demo(&db);
    let maria = nip_of(&db, "Maria Kaize");
    let yoh = nip_of(&db, "Yohanes Gebze");
    let keys = dir.path().join("keys.txt");
    std::fs::write(&keys, "dump\n").unwrap();
    let pw = format!("{}\n", &maria[12..]);
    let script = |db: &Path| {
        ok(&run(
            db,
            &[
                "script",
                "--size",
                "160x30",
                "--as",
                "maria",
                "--keys",
                keys.to_str().unwrap(),
            ],
            &pw,
        ))
    };
    assert!(!script(&db).contains("Plt/Plh"));
    let today = chrono::Local::now().date_naive();
    let from = today.format("%d/%m/%Y").to_string();
    let to = (today + chrono::Days::new(7))
        .format("%d/%m/%Y")
        .to_string();
    ok(&run(
        &db,
        &[
            "plt", "add", &maria, "--for", &yoh, "--from", &from, "--to", &to,
        ],
        "",
    ));
    let screen = script(&db);
    let title = screen.lines().next().unwrap();
    assert!(
        title.contains("[maria · penilai · Plt/Plh Yohanes Gebze"),
        "{title}"
    );
}

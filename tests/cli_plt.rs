//! `kinerja plt add|list` (acting officials, Plt/Plh) through the real binary on a demo
//! database; then signing in with the library as the acting official, whose session may
//! change the absent supervisor's direct reports during the period and only then.

use std::path::Path;
use std::process::Output;

use chrono::{Duration, NaiveDate};
use kinerja::app::{Command as AppCommand, CommandError, Services};
use kinerja::domain::access::{can_change, can_view};
use kinerja::domain::{ActingAssignment, AuditAction, Directory, EmployeeId, Nip, RecordKind};

mod cli_support;
use cli_support::{bin, demo, ok, refused, run, services, text};

/// The demo people, by name: NIPs read through `export pegawai` like a user would.
struct People(Vec<(String, String)>);

impl People {
    fn of(db: &Path) -> People {
        let o = run(db, &["export", "pegawai", "--format", "json"]);
        let v: serde_json::Value = serde_json::from_str(&ok(&o)).unwrap();
        People(
            v.as_array()
                .unwrap()
                .iter()
                .map(|e| {
                    (
                        e["nama"].as_str().unwrap().to_string(),
                        e["nip"].as_str().unwrap().to_string(),
                    )
                })
                .collect(),
        )
    }

    fn nip(&self, name: &str) -> &str {
        &self
            .0
            .iter()
            .find(|(n, _)| n == name)
            .unwrap_or_else(|| panic!("{name}"))
            .1
    }
}

fn id_of(s: &Services, nip: &str) -> EmployeeId {
    s.register
        .employee_by_nip(&Nip::from_trusted(nip.to_string()))
        .unwrap()
}

/// Signs in with the demo password (the last six digits of the NIP).
fn sign_in(db: &Path, nip: &str) -> (Services, kinerja::app::services::auth::Session) {
    let mut s = services(db);
    let session = s.sign_in(nip, &nip[nip.len() - 6..]).unwrap();
    (s, session)
}

/// `Services::today` is the UTC date.
fn today() -> NaiveDate {
    chrono::Utc::now().date_naive()
}

fn dmy(d: NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

/// `kinerja plt add ACTING --for SUPERVISOR --from FROM --to TO [extra...]`.
fn add(db: &Path, acting: &str, sup: &str, from: NaiveDate, to: NaiveDate) -> Output {
    let (from, to) = (dmy(from), dmy(to));
    run(
        db,
        &[
            "plt", "add", acting, "--for", sup, "--from", &from, "--to", &to,
        ],
    )
}

/// The line of `plt list` whose first column is `id`.
fn line_of(list: &str, id: u64) -> String {
    list.lines()
        .find(|l| l.split_whitespace().next() == Some(&id.to_string()))
        .unwrap_or_else(|| panic!("{id} in\n{list}"))
        .to_string()
}

#[test]
fn an_acting_official_appraises_the_absent_supervisors_reports_during_the_period() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    demo(&db);
    let people = People::of(&db);
    let maria = people.nip("Maria Kaize").to_string();
    let kornelius = people.nip("Kornelius Samkakai").to_string();
    let stefanus = people.nip("Stefanus Basik-Basik").to_string();
    let yakobus = people.nip("Yakobus Wonda").to_string();
    let yosina = people.nip("Yosina Mahuze").to_string();
    let thomas = people.nip("Thomas Yolmen").to_string();
    let today = today();

    // Before: Pak Kornelius heads another section; Ibu Maria's staff are not his.
    {
        let (s, session) = sign_in(&db, &kornelius);
        let daniel = id_of(&s, people.nip("Daniel Ndiken"));
        assert!(session.viewer.acting.is_empty());
        assert!(!can_view(&session.viewer, &s.register, daniel, today));
        assert!(!can_change(&session.viewer, &s.register, daniel, today));
    }

    // He acts for her from yesterday to tomorrow (a day either side: no midnight race).
    let (from, to) = (today - Duration::days(1), today + Duration::days(1));
    let o = run(
        &db,
        &[
            "plt",
            "add",
            &kornelius,
            "--for",
            &maria,
            "--from",
            &dmy(from),
            "--to",
            &dmy(to),
            "--reason",
            "Surat Perintah 800/12/2026",
        ],
    );
    assert_eq!(
        ok(&o).trim(),
        format!(
            "Plt/Plh nomor 1 dicatat: Kornelius Samkakai, S.Sos. menggantikan \
             Maria Kaize, S.Sos. ({} s.d. {}).",
            dmy(from),
            dmy(to)
        )
    );
    // One in the past (Stefanus for Yakobus) and one still to come (Yosina for Thomas).
    ok(&add(
        &db,
        &stefanus,
        &yakobus,
        today - Duration::days(30),
        today - Duration::days(10),
    ));
    ok(&add(
        &db,
        &yosina,
        &thomas,
        today + Duration::days(5),
        today + Duration::days(10),
    ));

    {
        let (mut s, session) = sign_in(&db, &kornelius);
        let v = &session.viewer;
        let maria_id = id_of(&s, &maria);
        assert_eq!(v.acting.len(), 1);
        assert_eq!(v.acting[0].for_supervisor, maria_id);
        // Every active direct report of Ibu Maria, during the period.
        let reports = s.register.active_subordinates(maria_id);
        assert_eq!(reports.len(), 12);
        for r in &reports {
            assert!(can_view(v, &s.register, *r, today), "view {r:?}");
            assert!(can_change(v, &s.register, *r, today), "change {r:?}");
            assert!(!can_change(v, &s.register, *r, to + Duration::days(1)));
            assert!(!can_change(v, &s.register, *r, from - Duration::days(1)));
        }
        // Not Ibu Maria herself, still his own staff, not another section.
        assert!(can_view(v, &s.register, maria_id, today));
        assert!(!can_change(v, &s.register, maria_id, today));
        let ahmad = id_of(&s, people.nip("Ahmad Fauzi"));
        assert!(can_change(v, &s.register, ahmad, today));
        let ishak = id_of(&s, people.nip("Ishak Kaize"));
        assert!(!can_view(v, &s.register, ishak, today));

        // Through the command path: he corrects Daniel's phone, under his own name.
        let daniel = id_of(&s, people.nip("Daniel Ndiken"));
        let mut e = s.register.employee(daniel).unwrap().clone();
        e.phone = "081234567890".into();
        s.execute(AppCommand::SaveEmployee(e)).unwrap();
        let trail = s.store.audit_trail().unwrap();
        let last = trail.last().unwrap();
        assert_eq!(
            (last.actor.as_str(), last.record.kind, last.record.id),
            ("kornelius", RecordKind::Employee, daniel.0)
        );
        let recorded: Vec<_> = trail
            .iter()
            .filter(|a| a.record.kind == RecordKind::Acting)
            .collect();
        assert_eq!(recorded.len(), 3);
        assert_eq!(recorded[0].action, AuditAction::Create);
        assert_eq!(recorded[0].actor, "cli:operator1");
        assert_eq!(recorded[0].reason, "Surat Perintah 800/12/2026");
    }

    // Outside its period an assignment gives nothing.
    {
        let (s, session) = sign_in(&db, &stefanus);
        assert_eq!(session.viewer.acting.len(), 1);
        let musa = id_of(&s, people.nip("Musa Gebze"));
        assert!(!can_view(&session.viewer, &s.register, musa, today));
        assert!(!can_change(&session.viewer, &s.register, musa, today));
        assert!(can_change(
            &session.viewer,
            &s.register,
            musa,
            today - Duration::days(20)
        ));
    }
    {
        let (s, session) = sign_in(&db, &yosina);
        let eko = id_of(&s, people.nip("Eko Prasetyo"));
        assert!(!can_change(&session.viewer, &s.register, eko, today));
    }

    // The list: who acts for whom, the period, whether it holds today.
    let list = ok(&run(&db, &["plt", "list"]));
    assert!(
        list.lines().next().unwrap().starts_with("NO  PLT/PLH"),
        "{list}"
    );
    let l1 = line_of(&list, 1);
    for part in [
        "Kornelius Samkakai, S.Sos.",
        kornelius.as_str(),
        "Maria Kaize, S.Sos.",
        maria.as_str(),
        &format!("{} s.d. {}", dmy(from), dmy(to)),
    ] {
        assert!(l1.contains(part), "{part} in {l1}");
    }
    assert!(l1.ends_with("berlaku hari ini"), "{l1}");
    assert!(line_of(&list, 2).ends_with("selesai"), "{list}");
    assert!(line_of(&list, 3).ends_with("belum mulai"), "{list}");
    assert_eq!(list.lines().count(), 4, "{list}");
    let en = ok(&run(&db, &["--lang", "en", "plt", "list"]));
    assert!(line_of(&en, 1).ends_with("active today"), "{en}");
    assert!(line_of(&en, 2).ends_with("ended"), "{en}");
    assert!(line_of(&en, 3).ends_with("not yet begun"), "{en}");
}

#[test]
fn bad_input_exits_1_with_a_clear_message_and_records_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    demo(&db);
    let people = People::of(&db);
    let maria = people.nip("Maria Kaize");
    let kornelius = people.nip("Kornelius Samkakai");
    let today = today();
    let week = today + Duration::days(7);

    assert_eq!(
        ok(&run(&db, &["plt", "list"])).trim(),
        "Belum ada Plt/Plh. Catat dengan 'kinerja plt add NIP_PLT --for NIP_ATASAN \
         --from DD/MM/YYYY --to DD/MM/YYYY'."
    );

    // An unknown NIP, on either side.
    let nobody = "199001012015011999";
    let e = refused(&add(&db, nobody, maria, today, week));
    assert_eq!(
        e.trim(),
        format!("kinerja: tidak ada pegawai dengan NIP {nobody}")
    );
    let e = refused(&add(&db, kornelius, nobody, today, week));
    assert!(
        e.contains(&format!("tidak ada pegawai dengan NIP {nobody}")),
        "{e}"
    );

    // The period backwards.
    let e = refused(&add(&db, kornelius, maria, week, today));
    assert_eq!(
        e.trim(),
        format!(
            "kinerja: Plt/Plh ditolak: tanggal mulai ({}) sesudah tanggal selesai ({})",
            dmy(week),
            dmy(today)
        )
    );

    // The same person on both sides.
    let e = refused(&add(&db, maria, maria, today, week));
    assert_eq!(
        e.trim(),
        "kinerja: Plt/Plh ditolak: pelaksana tugas dan atasan yang digantikan tidak boleh \
         orang yang sama"
    );

    // Someone who has left (Wempi Kaize, pensiun) cannot act.
    let e = refused(&add(&db, people.nip("Wempi Kaize"), maria, today, week));
    assert!(e.contains("pelaksana tugas tidak aktif"), "{e}");

    // A date that is not DD/MM/YYYY.
    let e = refused(&run(
        &db,
        &[
            "plt",
            "add",
            kornelius,
            "--for",
            maria,
            "--from",
            "32/01/2026",
            "--to",
            "01/02/2026",
        ],
    ));
    assert!(
        e.contains("tanggal --from '32/01/2026' tidak sah: tulis DD/MM/YYYY"),
        "{e}"
    );

    // A missing option is a usage error, in Indonesian too.
    let e = refused(&run(
        &db,
        &["plt", "add", kornelius, "--from", "01/12/2026"],
    ));
    assert!(e.contains("argumen wajib belum diberikan"), "{e}");

    // In English when asked.
    let o = bin()
        .arg("--db")
        .arg(&db)
        .args(["--lang", "en", "plt", "add", maria, "--for", maria])
        .args(["--from", &dmy(today), "--to", &dmy(week)])
        .output()
        .unwrap();
    assert!(
        refused(&o).contains("must be different people"),
        "{}",
        text(&o.stderr)
    );

    // Nothing of it was recorded.
    assert!(services(&db).store.acting_assignments().unwrap().is_empty());
    let trail = services(&db).store.audit_trail().unwrap();
    assert!(trail.iter().all(|a| a.record.kind != RecordKind::Acting));

    // One official acts for a supervisor at a time.
    ok(&add(&db, kornelius, maria, today, week));
    let e = refused(&add(
        &db,
        people.nip("Stefanus Basik-Basik"),
        maria,
        week,
        week + Duration::days(3),
    ));
    assert!(
        e.contains("atasan ini sudah digantikan oleh Plt/Plh nomor 1"),
        "{e}"
    );
    assert_eq!(services(&db).store.acting_assignments().unwrap().len(), 1);
}

#[test]
fn only_admins_and_the_operator_record_acting_assignments() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    demo(&db);
    let people = People::of(&db);
    let plt = |s: &Services| ActingAssignment {
        id: 0,
        acting: id_of(s, people.nip("Kornelius Samkakai")),
        for_supervisor: id_of(s, people.nip("Maria Kaize")),
        from: today(),
        to: today(),
        revision: 0,
    };
    let save = |a| AppCommand::SaveActing {
        acting: a,
        reason: String::new(),
    };

    // A supervisor may not hand out (or take) someone else's staff.
    let (mut s, _) = sign_in(&db, people.nip("Yohanes Gebze"));
    let a = plt(&s);
    assert!(matches!(s.execute(save(a)), Err(CommandError::Forbidden)));
    drop(s);

    // HR may.
    let (mut s, _) = sign_in(&db, people.nip("Agus Mahuze"));
    let a = plt(&s);
    s.execute(save(a.clone())).unwrap();
    let stored = s.store.acting_assignments().unwrap();
    // Stored at revision 1.
    assert_eq!(stored, vec![ActingAssignment { id: 1, ..a }.saved()]);
    let last = s.store.audit_trail().unwrap().pop().unwrap();
    assert_eq!(
        (last.actor.as_str(), last.action),
        ("agus", AuditAction::Create)
    );

    // Changing it keeps its id; an id that was never handed out is not found.
    let longer = ActingAssignment {
        to: today() + Duration::days(2),
        ..stored[0].clone()
    };
    s.execute(save(longer.clone())).unwrap();
    assert_eq!(s.store.acting_assignments().unwrap(), vec![longer.saved()]);
    let last = s.store.audit_trail().unwrap().pop().unwrap();
    assert_eq!(last.action, AuditAction::Update);
    assert!(matches!(
        s.execute(save(ActingAssignment { id: 9, ..longer })),
        Err(CommandError::NotFound)
    ));
    drop(s);

    // The local operator (no session) may too.
    let mut s = services(&db);
    let a = ActingAssignment {
        for_supervisor: id_of(&s, people.nip("Yakobus Wonda")),
        ..plt(&s)
    };
    s.execute(save(a)).unwrap();
    assert_eq!(s.store.acting_assignments().unwrap().len(), 2);
}

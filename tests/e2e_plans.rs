//! Issue 6 in a real terminal: Ibu Maria makes a plan for Rina, links its RHK to her own RHK
//! (Rina's superior's), submits; Pak Yohanes (the appraiser's superior) signs in, finds it
//! waiting in his list and approves it; the approval is in the audit trail.

mod e2e;

use chrono::Datelike;
use e2e::{arg, demo_db, Tui, CTRL_S, ENTER, TAB};
use kinerja::app::plans::command::Command as PlanCommand;
use kinerja::app::{Command, Services};
use kinerja::domain::plan::{
    Aspect, Direction, Indicator, PlanState, PlannedResult, ResultKind, ResultRef, Target,
};
use kinerja::domain::{AuditAction, EmployeeId, RecordKind};

fn id_of(s: &Services, name: &str) -> EmployeeId {
    s.register
        .employees()
        .iter()
        .find(|e| e.name.name == name)
        .unwrap_or_else(|| panic!("{name} in the demo"))
        .id
}

fn password_of(s: &Services, id: EmployeeId) -> String {
    let nip = s
        .register
        .employees()
        .iter()
        .find(|e| e.id == id)
        .unwrap()
        .nip
        .as_str()
        .to_string();
    nip[nip.len() - 6..].to_string()
}

/// An approved plan with one RHK (linked to `parent` when given); returns that RHK.
fn approved_plan(
    s: &mut Services,
    emp: EmployeeId,
    year: i32,
    text: &str,
    parent: Option<ResultRef>,
) -> ResultRef {
    let run = |s: &mut Services, c| s.execute(Command::Plans(c)).expect("seed command");
    run(
        s,
        PlanCommand::CreateDraft {
            employee: emp,
            year,
        },
    );
    let mut p = s
        .store
        .plans_of_employee(emp, Some(year))
        .unwrap()
        .pop()
        .unwrap();
    p.results = vec![PlannedResult {
        number: 1,
        kind: ResultKind::Main,
        text: text.into(),
        parent_result: parent,
        indicators: vec![Indicator {
            number: 1,
            text: "Berkas selesai".into(),
            aspect: Some(Aspect::Quantity),
            target: Target::Number(150.0),
            unit: "berkas".into(),
            direction: Direction::HigherBetter,
            perspective: None,
            realizations: Vec::new(),
        }],
    }];
    let (id, rev) = (p.id, p.revision);
    run(
        s,
        PlanCommand::Edit {
            employee: emp,
            plan: Box::new(p),
        },
    );
    run(
        s,
        PlanCommand::Submit {
            employee: emp,
            id,
            revision: rev + 1,
        },
    );
    run(
        s,
        PlanCommand::Approve {
            employee: emp,
            id,
            revision: rev + 2,
        },
    );
    ResultRef {
        plan: id,
        number: 1,
    }
}

/// Moves the overview cursor onto `name`'s row.
fn select(tui: &Tui, name: &str) {
    for _ in 0..20 {
        if tui
            .contents()
            .lines()
            .any(|l| l.starts_with("› ") && l.contains(name))
        {
            return;
        }
        tui.send("j");
        std::thread::sleep(std::time::Duration::from_millis(80));
    }
    panic!("{name} not reached:\n{}", tui.contents());
}

#[test]
fn a_supervisor_plans_links_and_submits_and_her_superior_approves() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path());
    // The demo office has plans for this year and the two before: the journey plans next
    // year, which nobody has started.
    let year = chrono::Local::now().year() + 1;
    let (maria_pw, yohanes_pw, rina) = {
        let store = kinerja::store::Store::open(&db).unwrap();
        let mut s = Services::new(store, "test").unwrap();
        let (yohanes, maria, rina) = (
            id_of(&s, "Yohanes Gebze"),
            id_of(&s, "Maria Kaize"),
            id_of(&s, "Rina Marlina"),
        );
        let top = approved_plan(
            &mut s,
            yohanes,
            year,
            "Pelayanan administrasi kependudukan tepat waktu",
            None,
        );
        approved_plan(
            &mut s,
            maria,
            year,
            "Layanan KTP seksi selesai tepat waktu",
            Some(top),
        );
        (password_of(&s, maria), password_of(&s, yohanes), rina)
    };

    let tui = Tui::spawn(&["--db", arg(&db)], 120, 40, dir.path());
    tui.sign_in("maria", &maria_pw);
    tui.send("2");
    tui.wait_for("Progres SKP");
    tui.send(">");
    tui.wait_for(&format!("Tahun {year}"));
    select(&tui, "Rina Marlina");
    tui.send(ENTER);
    tui.wait_for("Belum ada SKP tahun ini");
    tui.send("n");
    tui.wait_for("Buat draf SKP untuk Rina Marlina");
    tui.send("y");
    tui.wait_for("Draf SKP dibuat: Rina Marlina");

    // The RHK, linked through the picker of Maria's RHKs.
    tui.send("a");
    tui.wait_for("RHK baru");
    tui.send(TAB);
    tui.send("Data KTP warga diolah tepat waktu");
    tui.send(TAB);
    tui.send(ENTER);
    tui.wait_for("Pilih RHK atasan");
    tui.send("ktp");
    tui.wait_for("1. Layanan KTP seksi selesai tepat waktu");
    tui.send(ENTER);
    tui.send(CTRL_S);
    tui.wait_for("RHK atasan: Maria Kaize, S.Sos.: 1. Layanan KTP");
    tui.send("i");
    tui.wait_for("Indikator baru");
    tui.send("Berkas KTP diolah");
    tui.send(TAB);
    tui.send(TAB);
    tui.send("142,5");
    tui.send(TAB);
    tui.send("berkas");
    tui.send(CTRL_S);
    tui.wait_for("142,5 berkas");
    tui.send("s");
    tui.wait_for("Ajukan SKP Rina Marlina");
    tui.send("y");
    tui.wait_for("SKP diajukan: Rina Marlina");

    // Her superior signs in: the plan waits in his list; he approves it.
    tui.send("L");
    tui.sign_in("yohanes", &yohanes_pw);
    tui.send("2");
    tui.wait_for("Progres SKP");
    tui.send(">");
    tui.wait_for(&format!("Tahun {year}"));
    tui.wait_for("(menunggu)");
    select(&tui, "Rina Marlina");
    tui.send(ENTER);
    tui.wait_for("Status: Diajukan");
    tui.send("v");
    tui.wait_for("Setujui SKP Rina Marlina");
    tui.send("y");
    tui.wait_for("SKP disetujui: Rina Marlina");
    tui.send("q");
    let mut tui = tui;
    assert!(tui.wait_exit().success());
    drop(tui);

    let store = kinerja::store::Store::open(&db).unwrap();
    let plan = store
        .plans_of_employee(rina, Some(year))
        .unwrap()
        .pop()
        .unwrap();
    assert_eq!(plan.state, PlanState::Approved);
    assert_eq!(plan.results[0].indicators[0].target, Target::Number(142.5));
    let trail = store.audit_trail().unwrap();
    let of_plan: Vec<_> = trail
        .iter()
        .filter(|e| e.record.kind == RecordKind::Plan && e.record.id == plan.id.0)
        .map(|e| (e.actor.as_str(), e.action))
        .collect();
    assert_eq!(
        of_plan,
        vec![
            ("maria", AuditAction::Create),
            ("maria", AuditAction::Update),
            ("maria", AuditAction::Update),
            ("maria", AuditAction::Submit),
            ("yohanes", AuditAction::Approve),
        ]
    );
}

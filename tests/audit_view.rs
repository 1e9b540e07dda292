//! The audit screen's list on a real store: who sees which entries, and what the filter finds
//! (issue 7 #9, #10, #11).

mod common;

use common::*;
use kinerja::app::audit::view::AuditView;
use kinerja::app::{Command, Services};
use kinerja::domain::{
    ActingAssignment, Directory, EmployeeId, OrgUnit, RecordKind, Role, UnitId, Viewer,
};

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap()
}

/// The office with a unit under Maria's section (in her line) and one beside it (not).
fn office(dir: &tempfile::TempDir) -> Services {
    let mut s = services_with_office(&dir.path().join("db"));
    for (name, parent) in [("Subseksi Arsip", 2), ("Seksi Keuangan", 1)] {
        s.execute(Command::SaveUnit(OrgUnit {
            id: UnitId(0),
            name: name.into(),
            parent: Some(UnitId(parent)),
            head: None,
            active: true,
            revision: 0,
        }))
        .unwrap();
    }
    s.execute(Command::SaveActing {
        acting: ActingAssignment {
            id: 0,
            acting: EmployeeId(3),
            for_supervisor: EmployeeId(2),
            from: today(),
            to: today() + chrono::Days::new(30),
            revision: 0,
        },
        reason: "SP 800/12".into(),
    })
    .unwrap();
    s
}

fn view(s: &Services, viewer: Option<&Viewer>, filter: &str) -> Vec<String> {
    audit_rows(s, viewer, filter, today())
        .into_iter()
        .map(|r| r.record)
        .collect()
}

fn maria() -> Viewer {
    Viewer {
        role: Role::Appraiser,
        employee: Some(EmployeeId(2)),
        acting: Vec::new(),
    }
}

#[test]
fn a_supervisor_sees_the_units_of_her_line_only() {
    let dir = tempfile::tempdir().unwrap();
    let s = office(&dir);
    let units = view(&s, Some(&maria()), "");
    assert!(
        units.contains(&"Seksi Pemerintahan".to_string()),
        "{units:?}"
    );
    assert!(units.contains(&"Subseksi Arsip".to_string()), "{units:?}");
    assert!(!units.contains(&"Seksi Keuangan".to_string()), "{units:?}");
    assert!(
        !units.contains(&"Kantor Distrik Salor".to_string()),
        "{units:?}"
    );
    // The admin (no viewer) sees all four units.
    let all = view(&s, None, "");
    for u in ["Seksi Keuangan", "Kantor Distrik Salor", "Subseksi Arsip"] {
        assert!(all.contains(&u.to_string()), "{u}: {all:?}");
    }
}

#[test]
fn the_filter_finds_a_nip_with_or_without_blanks() {
    let dir = tempfile::tempdir().unwrap();
    let s = office(&dir);
    let spaced = view(&s, None, "19960120 202012 1 004");
    let plain = view(&s, None, "199601202020121004");
    assert!(!plain.is_empty());
    assert_eq!(spaced, plain);
    assert!(
        plain.iter().any(|r| r.contains("Daniel Ndiken")),
        "{plain:?}"
    );
}

#[test]
fn an_acting_assignment_is_found_by_both_people_and_by_plt() {
    let dir = tempfile::tempdir().unwrap();
    let s = office(&dir);
    let acting = |q: &str| {
        let mut v = AuditView::default();
        v.load(
            &s.register,
            s.store.audit_trail().unwrap().into_iter().rev().collect(),
            None,
            None,
            today(),
            &kinerja::i18n::common::Words,
        );
        v.filter = tui_input::Input::new(q.into());
        v.refilter();
        v.matches
            .iter()
            .filter(|i| v.rows[**i].entry.record.kind == RecordKind::Acting)
            .count()
    };
    for q in ["plt", "PLH", "daniel", "maria kaize", "198205102006042003"] {
        assert_eq!(acting(q), 1, "{q}");
    }
    assert_eq!(acting("yohanes"), 0);
}

/// The audit screen reads the trail a page at a time, newest first: opening it does not load
/// everything; scrolling to the end and filtering read the rest.
#[test]
fn the_audit_screen_reads_the_trail_in_pages() {
    use kinerja::app::audit::view::PAGE;
    use kinerja::ui::term::script::{parse, run_steps};
    let dir = tempfile::tempdir().unwrap();
    let mut s = services_with_office(&dir.path().join("db"));
    let mut unit = s.register.unit(UnitId(2)).cloned().unwrap();
    for i in 0..PAGE {
        unit.name = format!("Seksi Pemerintahan {i}");
        s.execute(Command::SaveUnit(unit.clone())).unwrap();
        unit.revision += 1;
    }
    let total = s.store.audit_len().unwrap() as usize;
    assert!(total > PAGE);
    let mut app = kinerja::app::App::new(s, kinerja::i18n::Lang::Id)
        .with_terms(&kinerja::i18n::common::Words);
    let run = |app: &mut kinerja::app::App, script: &str| {
        let steps = parse(script, kinerja::i18n::Lang::Id).unwrap();
        run_steps(app, &steps, (100, 30)).unwrap();
    };
    run(&mut app, "6");
    assert_eq!(app_rows(&app), PAGE, "one page on opening");
    run(&mut app, "G");
    assert_eq!(app_rows(&app), total, "the end reads the rest");
    // Reopened, a filter finds the oldest entry (the first unit's creation).
    run(&mut app, "1\n6");
    assert_eq!(app_rows(&app), PAGE);
    run(&mut app, "/\ntext:Kantor Distrik");
    let found: Vec<u64> = app
        .state
        .audit
        .matches
        .iter()
        .map(|i| app.state.audit.rows[*i].entry.seq)
        .collect();
    assert_eq!(found, vec![1]);
}

fn app_rows(app: &kinerja::app::App) -> usize {
    app.state.audit.rows.len()
}

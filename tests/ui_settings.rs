//! The office settings popup (admins, key `O`) driven by keys through the real key map,
//! update path and command path: a change is confirmed, stored and audited; a bad value stays
//! at its field with the typed text; a supervisor's `O` opens nothing. TestBackend snapshots
//! of the form at 80x24 and 120x40 in both languages.

mod common;

use kinerja::app::shell::state::Popup;
use kinerja::app::{App, Services};
use kinerja::domain::{AuditAction, EmployeeId, OfficeSettings, RecordKind, Role};
use kinerja::i18n::Lang;
use kinerja::ui::term::script::{parse, run_steps};

fn run(app: &mut App, script: &str, size: (u16, u16), db: &str) -> String {
    let steps = parse(script, app.state.lang).expect("script parses");
    let out = run_steps(app, &steps, size).expect("script runs");
    out.lines()
        .map(|l| match l.find("  /") {
            Some(at) if db.starts_with(&l[at + 2..]) => format!("{}  [DB]", &l[..at]),
            _ => l.replace(db, "[DB]"),
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

struct Session {
    app: App,
    db: String,
    _dir: tempfile::TempDir,
}

impl Session {
    /// The small office as the local operator (who may change the settings).
    fn operator(lang: Lang) -> Session {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("db");
        let services = common::services_with_office(&path);
        Session {
            app: App::new(services, lang).with_terms(&kinerja::i18n::common::Words),
            db: path.display().to_string(),
            _dir: dir,
        }
    }

    /// Signed in as Maria, a supervisor (appraiser account).
    fn supervisor() -> Session {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("db");
        let mut services: Services = common::services_with_office(&path);
        services
            .create_account(
                None,
                "maria",
                Some(EmployeeId(2)),
                Role::Appraiser,
                "rahasia-uji",
            )
            .expect("account");
        let nip = services
            .register
            .employees()
            .iter()
            .find(|e| e.id == EmployeeId(2))
            .expect("maria")
            .nip
            .as_str()
            .to_string();
        let session = services.session_for_nip(&nip).expect("session");
        Session {
            app: App::signed_in(services, Lang::Id, session),
            db: path.display().to_string(),
            _dir: dir,
        }
    }

    fn run(&mut self, script: &str, size: (u16, u16)) -> String {
        run(&mut self.app, script, size, &self.db)
    }

    fn stored(&self) -> Option<OfficeSettings> {
        self.app.services.store.stored_settings().expect("read")
    }
}

#[test]
fn an_admin_changes_a_setting_confirms_and_the_change_is_audited() {
    let mut s = Session::operator(Lang::Id);
    let form = s.run("O", (120, 40));
    assert!(form.contains("Pengaturan kantor"), "{form}");
    assert!(form.contains("Masa keberatan       14"), "{form}");
    // Masa keberatan is the fourth field; the reason is above the first.
    let asked = s.run(
        "Down\nDown\nDown\nBackspace\nBackspace\ntext:21\nUp\nUp\nUp\nUp\ntext:SK 5/2026\nctrl+s",
        (120, 40),
    );
    assert!(asked.contains("Simpan pengaturan kantor?"), "{asked}");
    assert_eq!(s.stored(), None, "nothing is saved before the yes");
    let done = s.run("y", (120, 40));
    assert!(
        done.contains("pengaturan kantor disimpan: Masa keberatan"),
        "{done}"
    );
    assert!(!matches!(
        s.app.state.popups.last(),
        Some(Popup::Settings(_))
    ));
    assert_eq!(
        s.stored().map(|x| x.objection_window_days),
        Some(21),
        "{done}"
    );
    let last = s
        .app
        .services
        .store
        .audit_trail()
        .expect("trail")
        .pop()
        .expect("an entry");
    assert_eq!(
        (last.record.kind, last.action, last.reason.as_str()),
        (RecordKind::Settings, AuditAction::Update, "SK 5/2026")
    );
    // The audit screen shows the change with its label, old -> new.
    let audit = s.run("6\n/\ntext:pengaturan\nEnter", (120, 40));
    assert!(
        audit.contains("Masa keberatan: 14 hari → 21 hari"),
        "{audit}"
    );
}

#[test]
fn a_bad_value_stays_at_its_field_and_nothing_is_saved() {
    let mut s = Session::operator(Lang::En);
    let screen = s.run(
        "O\nDown\nDown\nDown\nBackspace\nBackspace\ntext:120\nctrl+s",
        (120, 40),
    );
    assert!(
        screen.contains("Objection window: between 1 and 90"),
        "{screen}"
    );
    assert!(screen.contains("Objection window     120"), "{screen}");
    assert!(matches!(
        s.app.state.popups.last(),
        Some(Popup::Settings(_))
    ));
    // Esc asks before dropping what was typed.
    let esc = s.run("Esc", (120, 40));
    assert!(esc.contains("Discard unsaved input?"), "{esc}");
    s.run("y", (120, 40));
    assert_eq!(s.stored(), None);
}

#[test]
fn a_supervisors_key_opens_no_settings() {
    let mut s = Session::supervisor();
    let screen = s.run("O", (120, 40));
    assert!(!screen.contains("Pengaturan kantor"), "{screen}");
    assert!(s.app.state.popups.is_empty());
    let help = s.run("?", (120, 40));
    assert!(!help.contains("pengaturan kantor"), "{help}");
}

#[test]
fn snapshots_of_the_settings_form() {
    for (lang, l) in [(Lang::Id, "id"), (Lang::En, "en")] {
        for (size, sz) in [((80, 24), "80x24"), ((120, 40), "120x40")] {
            let mut s = Session::operator(lang);
            let screen = s.run("O", size);
            insta::assert_snapshot!(format!("settings_form_{sz}_{l}"), screen);
        }
    }
}

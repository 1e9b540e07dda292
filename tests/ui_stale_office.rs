//! Two admins on the office settings or on one acting assignment (issue 10): one process
//! cannot open the database twice, so the other admin saves through the services between
//! opening the form and saving. The form stays open with what was typed, the status line
//! names who changed the record and when, and nothing of the refused save is written.

mod common;

use chrono::NaiveDate;
use common::NOW_MS;
use kinerja::app::admin::Popup as Admin;
use kinerja::app::settings::Command as SettingsCommand;
use kinerja::app::shell::state::Popup;
use kinerja::app::{App, Command};
use kinerja::domain::{ActingAssignment, EmployeeId, RecordKind};
use kinerja::i18n::Lang;
use kinerja::ui::term::script::{parse, run_steps};

const MARIA: EmployeeId = EmployeeId(2);
const AGUS: EmployeeId = EmployeeId(5);
const SIZE: (u16, u16) = (120, 40);

fn keys(app: &mut App, script: &str) -> String {
    let steps = parse(script, app.state.lang).expect("script parses");
    run_steps(app, &steps, SIZE).expect("script runs")
}

fn app(lang: Lang, dir: &tempfile::TempDir) -> App {
    let services = common::services_with_office(&dir.path().join("db"));
    let mut app = App::new(services, lang).with_terms(&kinerja::i18n::common::Words);
    app.services.actor = "budi".into();
    app
}

/// Runs `change` as Maria (another admin at her terminal), then goes back to Budi.
fn as_maria(app: &mut App, command: Command) {
    app.services.actor = "maria".into();
    app.services.execute(command).expect("maria saves");
    app.services.actor = "budi".into();
}

/// The status line in words: an error naming Maria at the clock's time.
fn says_maria_changed_it(app: &App, lang: Lang, words: &str, drawn: &str) {
    let status = app.state.status.clone().expect("a message");
    assert!(status.error);
    let said = kinerja::i18n::notice::notice(lang, &status.notice, &app.services.register);
    let at = chrono::DateTime::from_timestamp_millis(NOW_MS)
        .unwrap()
        .with_timezone(&chrono::Local);
    let time = match lang {
        Lang::Id => at.format("pukul %H.%M").to_string(),
        Lang::En => at.format("at %H:%M").to_string(),
    };
    assert!(said.contains(words), "{said}");
    assert!(said.contains(&time), "{time}: {said}");
    assert!(drawn.contains(words), "{words}:\n{drawn}");
}

fn typed_window(app: &App) -> String {
    match app.state.popups.last() {
        Some(Popup::Settings(f)) => f
            .fields
            .iter()
            .find(|x| x.key == kinerja::domain::ruledata::SettingKey::ObjectionWindow)
            .map(|x| x.input.value().to_string())
            .unwrap_or_default(),
        other => panic!("the settings form is open: {other:?}"),
    }
}

fn settings_refused(lang: Lang, words: &str) {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(lang, &dir);
    // Budi opens the settings and types a new objection window (the fourth field).
    keys(
        &mut app,
        "O\nDown\nDown\nDown\nBackspace\nBackspace\ntext:30",
    );
    assert_eq!(typed_window(&app), "30");

    // Meanwhile Maria changes another setting.
    let mut theirs = app.services.office_settings().unwrap();
    theirs.min_feedback_per_segment = 2;
    as_maria(
        &mut app,
        Command::Settings(SettingsCommand::Save {
            settings: theirs.clone(),
            reason: "SK 7/2026".into(),
        }),
    );
    let trail = app.services.store.audit_trail().unwrap().len();

    // Budi saves and confirms: refused, the form stays with what he typed.
    keys(&mut app, "ctrl+s");
    let drawn = keys(&mut app, "y");
    assert_eq!(typed_window(&app), "30", "the typed value stays");
    says_maria_changed_it(&app, lang, words, &drawn);

    // Nothing of Budi's save is written; Maria's stays (her window is the old 14).
    assert_eq!(app.services.store.audit_trail().unwrap().len(), trail);
    let stored = app.services.office_settings().unwrap();
    assert_eq!(stored, theirs.saved());
    assert_eq!(stored.objection_window_days, 14);
}

#[test]
fn a_stale_settings_save_is_refused_naming_who_in_indonesian() {
    settings_refused(
        Lang::Id,
        "Data pengaturan kantor ini sudah diubah oleh maria",
    );
}

#[test]
fn a_stale_settings_save_is_refused_naming_who_in_english() {
    settings_refused(Lang::En, "maria changed the office settings");
}

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

fn typed_end(app: &App) -> String {
    match app.state.popups.last() {
        Some(Popup::Admin(Admin::End(f))) => f.on.value().to_string(),
        other => panic!("the end form is open: {other:?}"),
    }
}

#[test]
fn ending_an_assignment_someone_else_changed_is_refused_naming_who() {
    let lang = Lang::Id;
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(lang, &dir);
    // Agus acts for Maria from today (28/11/2026) to the end of the year.
    app.services
        .execute(Command::SaveActing {
            acting: ActingAssignment {
                id: 0,
                acting: AGUS,
                for_supervisor: MARIA,
                from: day(11, 28),
                to: day(12, 31),
                revision: 0,
            },
            reason: "SK 800/12/2026".into(),
        })
        .unwrap();

    // Budi opens the end form and types the last day.
    keys(&mut app, "A\nTab\nx\nctrl+u\ntext:30/11/2026");
    assert_eq!(typed_end(&app), "30/11/2026");

    // Meanwhile Maria moves the end to January.
    let mut theirs = app.services.store.acting_assignments().unwrap().remove(0);
    theirs.to = NaiveDate::from_ymd_opt(2027, 1, 31).unwrap();
    as_maria(
        &mut app,
        Command::SaveActing {
            acting: theirs.clone(),
            reason: "SK 801/12/2026".into(),
        },
    );
    let trail = app.services.store.audit_trail().unwrap().len();

    keys(&mut app, "ctrl+s");
    let drawn = keys(&mut app, "y");
    assert_eq!(typed_end(&app), "30/11/2026", "the typed day stays");
    says_maria_changed_it(
        &app,
        lang,
        "Data penugasan Plt/Plh ini sudah diubah oleh maria",
        &drawn,
    );
    assert_eq!(app.services.store.audit_trail().unwrap().len(), trail);
    assert_eq!(
        app.services.store.acting_assignments().unwrap(),
        [theirs.saved()]
    );
    assert_eq!(
        app.services
            .store
            .last_change(RecordKind::Acting, theirs.id)
            .unwrap()
            .map(|c| c.actor),
        Some("maria".into())
    );
}

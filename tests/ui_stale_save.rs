//! Two people editing the same employee (issue 10): one process cannot open the database
//! twice, so the other editor saves through the services between opening the form and Ctrl-S.
//! The form stays open with what was typed, the status line names who changed the record and
//! when, and nothing of the refused save is written.

mod common;

use common::NOW_MS;
use kinerja::app::employees::Popup as Employees;
use kinerja::app::shell::state::Popup;
use kinerja::app::{App, Command};
use kinerja::domain::{Directory, EmployeeId};
use kinerja::i18n::Lang;
use kinerja::ui::kit::theme::Theme;
use kinerja::ui::term::script::{buffer_text, parse, run_steps};
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;
use ratatui::Terminal;

const DANIEL: EmployeeId = EmployeeId(3);
const SIZE: (u16, u16) = (160, 30);

fn keys(app: &mut App, script: &str) {
    let steps = parse(script, app.state.lang).expect("script parses");
    run_steps(app, &steps, SIZE).expect("script runs");
}

fn screen(app: &mut App) -> String {
    let mut terminal = Terminal::new(TestBackend::new(SIZE.0, SIZE.1)).expect("terminal");
    kinerja::ui::sync_viewport(app, Rect::new(0, 0, SIZE.0, SIZE.1));
    let frame = terminal
        .draw(|f| kinerja::ui::shell::frame::draw(f, app, &Theme::plain()))
        .expect("draws");
    buffer_text(frame.buffer)
}

fn typed_name(app: &App) -> String {
    match app.state.popups.last() {
        Some(Popup::Employees(Employees::Employee(form))) => form.name.value().to_string(),
        other => panic!("the employee form is open: {other:?}"),
    }
}

fn refused_then_typed_values_kept(lang: Lang, words: &str) {
    let dir = tempfile::tempdir().unwrap();
    let services = common::services_with_office(&dir.path().join("db"));
    let mut app = App::new(services, lang);
    app.services.actor = "budi".into();

    // Budi opens Daniel's form and types a new name (3 fields below the NIP).
    keys(&mut app, "/\ntext:Daniel\nEnter\ne");
    keys(&mut app, "Tab\nTab\nTab\nctrl+u\ntext:Daniel Ndiken Baru");
    assert_eq!(typed_name(&app), "Daniel Ndiken Baru");

    // Meanwhile Maria saves Daniel's phone number at her terminal.
    let mut theirs = app.services.register.employee(DANIEL).cloned().unwrap();
    theirs.phone = "0812 1111 2222".into();
    app.services.actor = "maria".into();
    app.services
        .execute(Command::SaveEmployee(theirs.clone()))
        .unwrap();
    app.services.actor = "budi".into();
    let trail = app.services.store.audit_trail().unwrap().len();

    // Budi saves: refused, the form stays with what he typed.
    keys(&mut app, "ctrl+s");
    assert_eq!(
        typed_name(&app),
        "Daniel Ndiken Baru",
        "the typed value stays"
    );
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
    let drawn = screen(&mut app);
    assert!(drawn.contains(words), "{words}:\n{drawn}");

    // Nothing of Budi's save is written; Maria's stays.
    assert_eq!(app.services.store.audit_trail().unwrap().len(), trail);
    let stored = app.services.store.employee(DANIEL).unwrap().unwrap();
    assert_eq!(stored.phone, "0812 1111 2222");
    assert_eq!(stored.name.name, "Daniel Ndiken");
    assert_eq!(stored, theirs.saved());
}

#[test]
fn a_stale_save_from_the_form_is_refused_naming_who_in_indonesian() {
    refused_then_typed_values_kept(Lang::Id, "Data pegawai ini sudah diubah oleh maria");
}

#[test]
fn a_stale_save_from_the_form_is_refused_naming_who_in_english() {
    refused_then_typed_values_kept(Lang::En, "maria changed the employee");
}

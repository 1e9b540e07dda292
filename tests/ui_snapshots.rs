//! Snapshot tests of the real app drawn on ratatui's `TestBackend`: the same state, update and
//! render code as the terminal, driven by key scripts (`kinerja::ui::term::script`). Every test also
//! checks behaviour with plain assertions, so a change in what the app does fails even when
//! the snapshots are updated blindly.
//!
//! The title bar shows the database path, a random temporary directory: it is redacted to
//! `[DB]` before a screen is compared.

// The shared fixture is not ours to change; its `person` helper takes many arguments.
#[allow(clippy::too_many_arguments)]
mod common;

use kinerja::app::employees::form::FieldId;
use kinerja::app::employees::{Context as EmployeesContext, Popup as Employees};
use kinerja::app::keymap::Context;
use kinerja::app::shell::state::{OnYes, Popup};
use kinerja::app::App;
use kinerja::domain::{Directory, EmployeeId, InactiveReason};
use kinerja::i18n::common::{t, T};
use kinerja::i18n::Lang;
use kinerja::ui::term::script::{parse, run_steps};

const YOHANES: EmployeeId = EmployeeId(1);
const MARIA: EmployeeId = EmployeeId(2);
const DANIEL: EmployeeId = EmployeeId(3);
const SITI: EmployeeId = EmployeeId(4);
const AGUS: EmployeeId = EmployeeId(5);

/// The app on a fresh copy of the small Salor office, with the database path to redact.
struct Session {
    app: App,
    db: String,
    _dir: tempfile::TempDir,
}

impl Session {
    fn new(lang: Lang) -> Session {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("db");
        let services = common::services_with_office(&path);
        Session {
            app: App::new(services, lang),
            db: path.display().to_string(),
            _dir: dir,
        }
    }

    /// Runs `script` (one key token per line, `text:` lines typed) and returns the final
    /// screen at `size`, redacted.
    fn run(&mut self, script: &str, size: (u16, u16)) -> String {
        let lang = self.app.state.lang;
        let steps = parse(script, lang).expect("script parses");
        let out = run_steps(&mut self.app, &steps, size).expect("script runs");
        redact(&out, &self.db)
    }

    /// The screen as it is now, without pressing anything.
    fn screen(&mut self, size: (u16, u16)) -> String {
        self.run("", size)
    }

    fn supervisor_of(&self, id: EmployeeId) -> Option<EmployeeId> {
        self.app
            .services
            .register
            .employee(id)
            .expect("employee exists")
            .supervisor
    }

    fn is_active(&self, id: EmployeeId) -> bool {
        self.app
            .services
            .register
            .employee(id)
            .expect("employee exists")
            .is_active()
    }

    fn top_popup(&self) -> Option<&Popup> {
        self.app.state.popups.last()
    }
}

/// Replaces the database path with `[DB]`, also when the title bar cut it short.
fn redact(screen: &str, db: &str) -> String {
    screen
        .lines()
        .map(|line| {
            if line.contains(db) {
                return line.replace(db, "[DB]");
            }
            // A narrow title bar cuts the path: `…ASN  /tmp/.tm`.
            if let Some(at) = line.find("  /") {
                let tail = &line[at + 2..];
                if !tail.is_empty() && db.starts_with(tail) {
                    return format!("{}  [DB]", &line[..at]);
                }
            }
            line.to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

/// The script that puts the list cursor on Maria (the list is sorted by name:
/// Agus, Daniel, Maria, Siti, Yohanes).
const TO_MARIA: &str = "j\nj\n";

/// From the first field of the employee form to the supervisor field (the tenth).
fn to_supervisor_field() -> String {
    "Tab\n".repeat(9)
}

// --- 1. the employees screen ------------------------------------------------------------

fn employees_screen(lang: Lang, size: (u16, u16)) -> String {
    let mut s = Session::new(lang);
    let screen = s.screen(size);
    assert_eq!(
        s.app.state.context(),
        Context::Employees(EmployeesContext::List)
    );
    assert!(screen.starts_with(t(lang, T::AppTitle)), "{screen}");
    assert!(screen.lines().next().unwrap().ends_with("[DB]"), "{screen}");
    for name in [
        "Yohanes Gebze",
        "Maria Kaize",
        "Daniel Ndiken",
        "Siti Rahmawati",
        "Agus Mahuze",
    ] {
        assert!(screen.contains(name), "{name} missing:\n{screen}");
    }
    // Sorted by name, the first row selected, its details shown.
    let agus = screen.find("› Agus Mahuze").expect("Agus selected");
    let yohanes = screen
        .find("Yohanes Gebze, S.Sos.")
        .expect("Yohanes listed");
    assert!(agus < yohanes);
    assert!(screen.contains("NIP 19871111 201001 1 006"), "{screen}");
    assert!(screen.contains(t(lang, T::StatusHint)), "{screen}");
    screen
}

#[test]
fn employees_80x24_id() {
    let screen = employees_screen(Lang::Id, (80, 24));
    assert!(screen.contains("5 dari 5 pegawai"), "{screen}");
    // Narrow: no status column.
    let header = screen
        .lines()
        .find(|l| l.contains("Nama ▲"))
        .expect("header");
    assert!(!header.contains("Status"), "{header}");
    insta::assert_snapshot!(screen);
}

#[test]
fn employees_80x24_en() {
    let screen = employees_screen(Lang::En, (80, 24));
    assert!(screen.contains("5 of 5 employees"), "{screen}");
    assert!(screen.contains("Name ▲"), "{screen}");
    insta::assert_snapshot!(screen);
}

#[test]
fn employees_120x40_id() {
    let screen = employees_screen(Lang::Id, (120, 40));
    // Wide enough for the status column.
    let header = screen
        .lines()
        .find(|l| l.contains("Nama ▲"))
        .expect("header");
    assert!(header.contains("Status"), "{header}");
    assert!(screen.contains("Analis Sumber Daya Manusia"), "{screen}");
    insta::assert_snapshot!(screen);
}

#[test]
fn employees_120x40_en() {
    let screen = employees_screen(Lang::En, (120, 40));
    let header = screen
        .lines()
        .find(|l| l.contains("Name ▲"))
        .expect("header");
    assert!(header.contains("Status"), "{header}");
    insta::assert_snapshot!(screen);
}

// --- 2. the organisation tree -----------------------------------------------------------

#[test]
fn organisation_tree() {
    let mut s = Session::new(Lang::Id);
    let screen = s.run("t", (100, 30));
    assert!(s.app.state.list.tree);
    assert!(screen.contains("pohon organisasi"), "{screen}");
    let line_of = |needle: &str| {
        screen
            .lines()
            .position(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("{needle} missing:\n{screen}"))
    };
    let indent_of = |needle: &str| {
        let l = screen.lines().nth(line_of(needle)).unwrap();
        l.find(needle).unwrap()
    };
    // Units, then their people, the section below the district.
    assert!(line_of("▾ Kantor Distrik Salor") < line_of("▾ Seksi Pemerintahan"));
    assert!(line_of("▾ Seksi Pemerintahan") < line_of("Maria Kaize"));
    assert!(indent_of("▾ Seksi Pemerintahan") > indent_of("▾ Kantor Distrik Salor"));
    assert!(indent_of("Maria Kaize") > indent_of("Yohanes Gebze"));
    insta::assert_snapshot!(screen);

    // `t` again: back to the flat list.
    let screen = s.run("t", (100, 30));
    assert!(!s.app.state.list.tree);
    assert!(!screen.contains("▾ "), "{screen}");
}

// --- 3. the add form with validation errors ---------------------------------------------

#[test]
fn add_form_keeps_input_and_shows_errors() {
    let mut s = Session::new(Lang::Id);
    let screen = s.run("n\ntext:1234\nctrl+s", (80, 24));
    let Some(Popup::Employees(Employees::Employee(form))) = s.top_popup() else {
        panic!("the form must stay open:\n{screen}");
    };
    assert_eq!(form.nip.value(), "1234", "typed NIP kept");
    assert_eq!(form.editing, None);
    assert_eq!(form.focused(), FieldId::Nip, "focus on the first error");
    let fields: Vec<FieldId> = form.errors.iter().map(|(f, _)| *f).collect();
    assert!(fields.contains(&FieldId::Nip), "{fields:?}");
    assert!(fields.contains(&FieldId::Name), "{fields:?}");
    assert!(fields.contains(&FieldId::Position), "{fields:?}");
    assert!(screen.contains("1234"), "{screen}");
    assert!(
        screen.contains("NIP harus 18 angka, bukan 4"),
        "the error must name the 18-digit rule:\n{screen}"
    );
    assert!(screen.contains(t(Lang::Id, T::FormHasErrors)), "{screen}");
    assert_eq!(
        s.app.services.register.employees().len(),
        5,
        "nothing saved"
    );
    assert_eq!(s.app.services.store.employees().unwrap().len(), 5);
    insta::assert_snapshot!(screen);
}

#[test]
fn add_form_errors_en() {
    let mut s = Session::new(Lang::En);
    let screen = s.run("n\ntext:1234\nctrl+s", (80, 24));
    assert!(
        screen.contains("the NIP must have 18 digits, not 4"),
        "{screen}"
    );
    assert!(screen.contains(t(Lang::En, T::FormHasErrors)), "{screen}");
    insta::assert_snapshot!(screen);
}

// --- 4. the edit form with a rule error from the register -------------------------------

#[test]
fn edit_form_does_not_offer_a_supervisor_that_would_close_a_loop() {
    let mut s = Session::new(Lang::Id);
    let before = s.app.services.store.employees().unwrap();
    // Maria's own report Daniel is not offered as her supervisor: the loop is prevented
    // before it can be chosen (the rule itself is checked again on save, see the domain tests).
    let script = format!("{TO_MARIA}e\n{}Enter\ntext:Daniel", to_supervisor_field());
    let screen = s.run(&script, (100, 30));
    let Some(Popup::Picker(p)) = s.top_popup() else {
        panic!("picker expected:\n{screen}");
    };
    assert_eq!(p.matches.len(), 0, "{screen}");
    assert!(screen.contains("(0)"), "{screen}");
    insta::assert_snapshot!(screen);
    // Yohanes is there; Esc leaves the supervisor as it was; nothing saved.
    let screen = s.run("ctrl+u\ntext:Yohanes", (100, 30));
    let Some(Popup::Picker(p)) = s.top_popup() else {
        panic!("picker expected:\n{screen}");
    };
    assert_eq!(p.matches.len(), 1, "{screen}");
    s.run("Esc\nEsc", (100, 30));
    assert_eq!(s.supervisor_of(MARIA), Some(YOHANES));
    assert_eq!(s.app.services.store.employees().unwrap(), before);
}

// --- 5. help --------------------------------------------------------------------------

#[test]
fn help_on_the_list() {
    let mut s = Session::new(Lang::Id);
    let screen = s.run("?", (80, 24));
    assert!(matches!(s.top_popup(), Some(Popup::Help)));
    assert_eq!(s.app.state.context(), Context::Help);
    assert!(screen.contains(t(Lang::Id, T::HelpTitle)), "{screen}");
    // The list's own keys and the global ones.
    for help in [
        T::KeyToggleTree,
        T::KeyNewEmployee,
        T::KeyDeactivate,
        T::KeyQuit,
    ] {
        assert!(screen.contains(t(Lang::Id, help)), "{help:?}:\n{screen}");
    }
    assert!(screen.contains(t(Lang::Id, T::HelpGlobal)), "{screen}");
    insta::assert_snapshot!(screen);

    // Esc closes it; the list is back.
    s.run("Esc", (80, 24));
    assert!(s.app.state.popups.is_empty());
    assert_eq!(
        s.app.state.context(),
        Context::Employees(EmployeesContext::List)
    );
}

#[test]
fn help_in_the_form() {
    let mut s = Session::new(Lang::En);
    let screen = s.run("n\ntext:19\nF1", (80, 24));
    assert!(matches!(s.top_popup(), Some(Popup::Help)));
    assert!(screen.contains(t(Lang::En, T::HelpTitle)), "{screen}");
    // The form's keys, not the list's.
    assert!(screen.contains("Ctrl-S"), "{screen}");
    assert!(screen.contains(t(Lang::En, T::KeySave)), "{screen}");
    assert!(screen.contains(t(Lang::En, T::KeyTypeText)), "{screen}");
    assert!(!screen.contains(t(Lang::En, T::KeyToggleTree)), "{screen}");
    insta::assert_snapshot!(screen);

    // F1 again closes the help, back in the form with the typed text.
    s.run("F1", (80, 24));
    let Some(Popup::Employees(Employees::Employee(form))) = s.top_popup() else {
        panic!("back in the form");
    };
    assert_eq!(form.nip.value(), "19");
}

// --- 6. the too-small notice ----------------------------------------------------------

#[test]
fn too_small_79x24() {
    let mut s = Session::new(Lang::Id);
    let screen = s.screen((79, 24));
    assert!(screen.contains("(79x24)"), "{screen}");
    assert!(screen.contains("Terminal terlalu kecil"), "{screen}");
    assert!(!screen.contains("Maria Kaize"), "{screen}");
    insta::assert_snapshot!(screen);
}

#[test]
fn too_small_80x23() {
    let mut s = Session::new(Lang::En);
    let screen = s.screen((80, 23));
    assert!(screen.contains("(80x23)"), "{screen}");
    assert!(screen.contains("Terminal too small"), "{screen}");
    insta::assert_snapshot!(screen);
}

#[test]
fn exactly_80x24_is_not_too_small() {
    for lang in [Lang::Id, Lang::En] {
        let mut s = Session::new(lang);
        let screen = s.screen((80, 24));
        assert!(!screen.contains(t(lang, T::TooSmall)), "{screen}");
        assert!(!screen.contains("(80x24)"), "{screen}");
        assert!(screen.contains("Maria Kaize"), "{screen}");
    }
}

// --- 7. the picker --------------------------------------------------------------------

#[test]
fn picker_finds_a_supervisor_by_part_of_a_nip() {
    let mut s = Session::new(Lang::Id);
    let script = format!("n\n{}Enter\ntext:20201", to_supervisor_field());
    let screen = s.run(&script, (80, 24));
    let Some(Popup::Picker(p)) = s.top_popup() else {
        panic!("picker expected:\n{screen}");
    };
    assert_eq!(p.query.value(), "20201");
    assert_eq!(p.matches.len(), 1, "{screen}");
    assert_eq!(p.current().map(|i| i.id), Some(DANIEL.0));
    assert!(screen.contains(t(Lang::Id, T::PickSupervisor)), "{screen}");
    assert!(screen.contains("Daniel Ndiken"), "{screen}");
    assert!(screen.contains("(1)"), "{screen}");
    insta::assert_snapshot!(screen);

    // Enter takes it into the form.
    s.run("Enter", (80, 24));
    let Some(Popup::Employees(Employees::Employee(form))) = s.top_popup() else {
        panic!("back in the form");
    };
    assert_eq!(form.supervisor, Some(DANIEL));
    assert_eq!(form.focused(), FieldId::AppointedOn, "focus moves on");
}

#[test]
fn picker_lists_everyone_before_typing() {
    let mut s = Session::new(Lang::En);
    let script = format!("n\n{}Enter", to_supervisor_field());
    let screen = s.run(&script, (80, 24));
    let Some(Popup::Picker(p)) = s.top_popup() else {
        panic!("picker expected:\n{screen}");
    };
    assert_eq!(p.matches.len(), 5);
    assert!(screen.contains("(5)"), "{screen}");
    insta::assert_snapshot!(screen);
}

/// Many people, so the supervisor picker has to scroll.
fn add_people(s: &mut Session, n: u32) {
    let template = s.app.services.register.employee(AGUS).unwrap().clone();
    for i in 0..n {
        let mut e = template.clone();
        e.id = EmployeeId(0);
        let nip = format!("199001012015031{:03}", 100 + i);
        e.nip = kinerja::domain::Nip::parse(&nip, e.kind).expect("valid NIP");
        e.name.name = format!("Pegawai {i:02}");
        e.name.back_title = String::new();
        s.app
            .services
            .execute(kinerja::app::Command::SaveEmployee(e))
            .expect("saved");
    }
    s.app.state.list.rebuild(&s.app.services.register);
}

/// Issue 7 #14: a full list, long position and unit names. At every size the detail pane
/// shows Maria's supervisor and reports; at 160 columns the list's columns are not cut.
#[test]
fn the_detail_pane_keeps_the_reporting_line_and_wide_screens_cut_no_column() {
    const POSITION: &str = "Pengadministrasi Pemerintahan dan Kependudukan Kampung";
    const UNIT: &str = "Seksi Pelayanan Umum dan Kependudukan Distrik";
    for (size, name) in [
        ((80, 24), "detail_line_80x24"),
        ((100, 30), "detail_line_100x30"),
        ((160, 50), "detail_line_160x50"),
    ] {
        let mut s = Session::new(Lang::Id);
        add_people(&mut s, 40);
        let mut daniel = s.app.services.register.employee(DANIEL).unwrap().clone();
        daniel.position = POSITION.to_string();
        s.app
            .services
            .execute(kinerja::app::Command::SaveEmployee(daniel))
            .expect("saved");
        s.app
            .services
            .execute(kinerja::app::Command::SaveUnit(kinerja::domain::OrgUnit {
                revision: 1, // as the fixture wrote it
                ..common::unit(2, UNIT, Some(1), Some(2))
            }))
            .expect("saved");
        s.app.state.list.rebuild(&s.app.services.register);
        let screen = s.run(TO_MARIA, size);
        let flat = screen.replace('│', " ");
        assert!(
            flat.contains("Atasan langsung: Yohanes Gebze, S.Sos."),
            "{size:?}:\n{screen}"
        );
        assert!(
            flat.contains("Bawahan langsung: 2 · Daniel Ndiken, Siti Rahmawati"),
            "{size:?}:\n{screen}"
        );
        if size.0 >= 160 {
            let row = screen
                .lines()
                .find(|l| l.contains("Daniel Ndiken") && l.contains("19960120"))
                .expect("Daniel's row");
            assert!(row.contains(POSITION), "{row}");
            assert!(row.contains(UNIT), "{row}");
            let header = screen.lines().find(|l| l.contains("Nama")).expect("header");
            assert!(!header.contains('┌'), "header runs into the pane: {header}");
        }
        insta::assert_snapshot!(name, screen);
    }
}

#[test]
fn picker_keeps_the_selection_visible_at_80x24() {
    let mut s = Session::new(Lang::Id);
    add_people(&mut s, 40);
    let script = format!("n\n{}Enter\n{}", to_supervisor_field(), "Down\n".repeat(30));
    let screen = s.run(&script, (80, 24));
    let Some(Popup::Picker(p)) = s.top_popup() else {
        panic!("picker expected:\n{screen}");
    };
    let label = p.current().expect("a selection").label.clone();
    assert!(
        screen.lines().any(|l| l.contains(&format!("› {label}"))),
        "selected {label} not shown:\n{screen}"
    );
}

/// Known bug: the picker takes the list's row count as its own (update.rs sets the picker's
/// viewport from `state.list.viewport`), so on a wide screen, where the list is taller than
/// the picker, the selection scrolls out of the picker's box.
#[test]
fn picker_keeps_the_selection_visible_at_140x40() {
    let mut s = Session::new(Lang::Id);
    add_people(&mut s, 40);
    let script = format!("n\n{}Enter\n{}", to_supervisor_field(), "Down\n".repeat(32));
    let screen = s.run(&script, (140, 40));
    let Some(Popup::Picker(p)) = s.top_popup() else {
        panic!("picker expected:\n{screen}");
    };
    let label = p.current().expect("a selection").label.clone();
    assert!(
        screen.lines().any(|l| l.contains(&format!("› {label}"))),
        "selected {label} not shown:\n{screen}"
    );
}

// --- 8. deactivation ------------------------------------------------------------------

#[test]
fn deactivating_maria_moves_her_reports() {
    let mut s = Session::new(Lang::Id);
    let screen = s.run(&format!("{TO_MARIA}d"), (80, 24));
    assert!(
        matches!(
            s.top_popup(),
            Some(Popup::Employees(Employees::Deactivate(_)))
        ),
        "{screen}"
    );
    assert!(screen.contains("Maria Kaize"), "{screen}");
    assert!(screen.contains("2 bawahan aktif"), "{screen}");
    insta::assert_snapshot!("deactivate_open", screen);

    // Saving without choosing where the reports go is refused.
    let screen = s.run("ctrl+s", (80, 24));
    let Some(Popup::Employees(Employees::Deactivate(form))) = s.top_popup() else {
        panic!("the form must stay open:\n{screen}");
    };
    assert!(form
        .error(kinerja::app::employees::deactivate_form::DeactivateField::ReassignTo)
        .is_some());
    assert_eq!(
        form.focused(),
        kinerja::app::employees::deactivate_form::DeactivateField::ReassignTo
    );
    assert!(screen.contains(t(Lang::Id, T::ErrRequired)), "{screen}");
    assert!(s.is_active(MARIA), "nothing saved yet");
    assert_eq!(s.supervisor_of(DANIEL), Some(MARIA));
    insta::assert_snapshot!("deactivate_needs_reassign", screen);

    // Choose Yohanes and save.
    let screen = s.run("Enter\ntext:Yohanes", (80, 24));
    assert!(matches!(s.top_popup(), Some(Popup::Picker(_))), "{screen}");
    insta::assert_snapshot!("deactivate_reassign_picker", screen);
    let screen = s.run("Enter", (80, 24));
    let Some(Popup::Employees(Employees::Deactivate(form))) = s.top_popup() else {
        panic!("back in the form:\n{screen}");
    };
    assert_eq!(form.reassign_to, Some(YOHANES));
    assert!(form.errors.is_empty(), "{:?}", form.errors);
    assert!(
        screen.contains("Yohanes Gebze, S.Sos. (19750315 200003 1 002)"),
        "{screen}"
    );
    assert!(s.is_active(MARIA), "still nothing saved before Ctrl-S");
    insta::assert_snapshot!("deactivate_reassign_chosen", screen);
    let screen = s.run("ctrl+s", (80, 24));
    assert!(s.app.state.popups.is_empty(), "form closed:\n{screen}");
    assert!(!s.is_active(MARIA));
    assert_eq!(s.supervisor_of(DANIEL), Some(YOHANES));
    assert_eq!(s.supervisor_of(SITI), Some(YOHANES));
    assert_eq!(s.supervisor_of(AGUS), Some(YOHANES));
    let maria = s.app.services.register.employee(MARIA).unwrap();
    assert!(
        matches!(
            &maria.status,
            kinerja::domain::EmployeeStatus::Inactive { reason, .. } if *reason == InactiveReason::Retired
        ),
        "{:?}",
        maria.status
    );
    // And on disk.
    let stored = s.app.services.store.employee(MARIA).unwrap().unwrap();
    assert!(!stored.is_active());
    let daniel = s.app.services.store.employee(DANIEL).unwrap().unwrap();
    assert_eq!(daniel.supervisor, Some(YOHANES));
    let status = s.app.state.status.as_ref().expect("a message");
    assert!(!status.error, "{status:?}");
    assert!(screen.contains("nonaktif"), "{screen}");
    insta::assert_snapshot!("deactivate_done", screen);
}

/// The status after deactivating a head with reports names the person, the moved reports and
/// the unit; at 80 columns it wraps onto the key-hint row instead of being cut.
#[test]
fn the_deactivation_status_fits_at_80_columns() {
    for (lang, words) in [
        (
            Lang::Id,
            "Maria Kaize, S.IP. nonaktif; 2 bawahan pindah ke atasan baru; kepala baru di Seksi Pemerintahan",
        ),
        (
            Lang::En,
            "Maria Kaize, S.IP. deactivated; 2 reports moved to the new supervisor; new head of Seksi Pemerintahan",
        ),
    ] {
        let mut s = Session::new(lang);
        let screen = s.run(&format!("{TO_MARIA}d\nTab\nTab\nTab\nEnter\ntext:Yohanes\nEnter\nctrl+s"), (80, 24));
        assert!(!s.is_active(MARIA), "saved:\n{screen}");
        let rows: Vec<&str> = screen.lines().collect();
        let status = format!("{} {}", rows[22].trim_end(), rows[23].trim_end());
        assert_eq!(status.trim(), words, "{screen}");
    }
}

// --- 9. quit confirmation -------------------------------------------------------------

#[test]
fn quit_with_unsaved_input_asks_first() {
    let mut s = Session::new(Lang::Id);
    let screen = s.run("n\ntext:Budi\nctrl+c", (80, 24));
    let Some(Popup::Confirm(c)) = s.top_popup() else {
        panic!("confirmation expected:\n{screen}");
    };
    assert_eq!(c.on_yes, OnYes::Quit);
    assert!(!s.app.state.quit);
    assert_eq!(c.question, T::ConfirmQuitDirty);
    assert!(screen.contains("Ada isian yang belum disimpan"), "{screen}");
    assert!(screen.contains(t(Lang::Id, T::ConfirmYesNo)), "{screen}");
    insta::assert_snapshot!(screen);

    // `n`: the form is still there with what was typed, and `n` was not typed into it.
    let screen = s.run("n", (80, 24));
    let Some(Popup::Employees(Employees::Employee(form))) = s.top_popup() else {
        panic!("the form must stay:\n{screen}");
    };
    assert_eq!(form.nip.value(), "Budi");
    assert!(!s.app.state.quit);
    assert_eq!(s.app.state.popups.len(), 1);

    // Ctrl-C then `y` quits.
    s.run("ctrl+c\ny", (80, 24));
    assert!(s.app.state.quit);
}

#[test]
fn quit_without_input_does_not_ask() {
    let mut s = Session::new(Lang::Id);
    s.run("n\nctrl+c", (80, 24));
    assert!(s.app.state.quit, "an untouched form needs no confirmation");
}

/// The header line of the employee table (the one with the name column).
fn table_header(screen: &str, lang: Lang) -> String {
    let name = t(lang, T::ColName);
    screen
        .lines()
        .find(|l| l.contains(name) && l.contains(t(lang, T::ColNip)))
        .unwrap_or_else(|| panic!("no header:\n{screen}"))
        .to_string()
}

#[test]
fn every_sort_order_is_labelled_at_80x24() {
    for lang in [Lang::Id, Lang::En] {
        let mut s = Session::new(lang);
        let grade = t(lang, T::ColGrade);
        let mut saw_grade = false;
        // One full turn of `s`: every order shows exactly one arrow, grade included.
        for press in 1..=6 {
            let screen = s.run("s", (80, 24));
            let header = table_header(&screen, lang);
            assert_eq!(header.matches('▲').count(), 1, "press {press}: {header}");
            saw_grade |= header.contains(&format!("{grade} ▲"));
        }
        assert!(
            saw_grade,
            "{lang:?}: the grade column never showed its arrow"
        );
        // Back to name after a full turn.
        let header = table_header(&s.screen((80, 24)), lang);
        assert!(
            header.contains(&format!("{} ▲", t(lang, T::ColName))),
            "{header}"
        );
    }
}

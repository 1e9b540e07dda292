//! The register's forms as a user meets them (issue 7): one-line fields scroll so that the
//! cursor stays in sight (#12), and the question about a draft from an earlier run. Drawn on
//! ratatui's `TestBackend` with the real app; the terminal cursor's position is checked
//! against the drawn text, and screens are snapshotted.

#[allow(clippy::too_many_arguments)]
mod common;

use kinerja::app::employees::form::FieldId;
use kinerja::app::employees::Popup as Employees;
use kinerja::app::shell::state::{OnYes, Popup};
use kinerja::app::App;
use kinerja::domain::AccountId;
use kinerja::i18n::Lang;
use kinerja::store::FormDraft;
use kinerja::ui::kit::theme::Theme;
use kinerja::ui::term::script::{buffer_text, parse, run_steps};
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;
use ratatui::Terminal;

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

    fn keys(&mut self, script: &str, size: (u16, u16)) {
        let steps = parse(script, self.app.state.lang).expect("script parses");
        run_steps(&mut self.app, &steps, size).expect("script runs");
    }

    /// The screen (database path redacted) and where the terminal cursor is.
    fn draw(&mut self, size: (u16, u16)) -> (String, (u16, u16), ratatui::buffer::Buffer) {
        let mut terminal = Terminal::new(TestBackend::new(size.0, size.1)).expect("terminal");
        kinerja::ui::sync_viewport(&mut self.app, Rect::new(0, 0, size.0, size.1));
        let theme = Theme::plain();
        let frame = terminal
            .draw(|f| kinerja::ui::shell::frame::draw(f, &self.app, &theme))
            .expect("draws");
        let text = buffer_text(frame.buffer).replace(&self.db, "[DB]");
        let buffer = frame.buffer.clone();
        let cursor = terminal.get_cursor_position().expect("cursor");
        (text, (cursor.x, cursor.y), buffer)
    }
}

/// Longer than the name field at 80 columns (and than its 48 columns at 100).
const LONG_NAME: &str = "Yosephina Maria Theresia Kaize Ndiken Mahuze Gebze Wambrauw Samkakai";

/// From the NIP field (first) to the name field: kind, front title, name.
const TO_NAME: &str = "n\nTab\nTab\nTab\n";

#[test]
fn a_long_name_scrolls_and_the_cursor_stays_at_its_end() {
    let mut s = Session::new(Lang::Id);
    s.keys(&format!("{TO_NAME}text:{LONG_NAME}"), (80, 24));
    let Some(Popup::Employees(Employees::Employee(form))) = s.app.state.popups.last() else {
        panic!("the employee form is open");
    };
    assert_eq!(form.focused(), FieldId::Name);
    assert_eq!(form.name.value(), LONG_NAME, "nothing typed is lost");
    let (screen, (x, y), buffer) = s.draw((80, 24));
    let row: String = screen
        .lines()
        .nth(usize::from(y))
        .expect("cursor row")
        .into();
    // The end of the name is drawn, its start scrolled away, the cursor right after it.
    assert!(row.contains("Wambrauw Samkakai"), "{row}\n{screen}");
    assert!(!row.contains("Yosephina"), "{row}");
    assert_eq!(
        buffer[(x - 1, y)].symbol(),
        "i",
        "cursor after the last letter"
    );
    assert_eq!(
        buffer[(x - 8, y)].symbol(),
        "S",
        "…Samkakai ends at the cursor"
    );
    // The field stays inside the popup: the border is still drawn on the row.
    assert!(row.trim_end().ends_with('│'), "{row}");
    insta::assert_snapshot!("long_name_scrolled", screen);

    // Home: the start shows again, the cursor at the start of the value.
    s.keys("Home", (80, 24));
    let (screen, (x, y), buffer) = s.draw((80, 24));
    let row: String = screen
        .lines()
        .nth(usize::from(y))
        .expect("cursor row")
        .into();
    assert!(row.contains("Yosephina Maria"), "{row}");
    assert_eq!(buffer[(x, y)].symbol(), "Y");
}

#[test]
fn a_long_filter_keeps_its_cursor_on_screen() {
    let mut s = Session::new(Lang::Id);
    s.keys(&format!("/\ntext:{LONG_NAME} {LONG_NAME}"), (80, 24));
    let (screen, (x, y), buffer) = s.draw((80, 24));
    assert!(x < 80, "cursor inside the screen: {x}");
    assert_eq!(buffer[(x - 1, y)].symbol(), "i", "{screen}");
}

// --- the draft question ---------------------------------------------------------------

const DRAFT_AT: i64 = 1_796_000_000_000;

/// A draft of the new-employee form, as an earlier run killed mid-typing left it (no one is
/// signed in on this database: account 0).
fn leave_draft(s: &Session) {
    let draft = FormDraft {
        at_ms: DRAFT_AT,
        fields: vec![("name".into(), "Budi Santoso".into())],
    };
    s.app
        .services
        .store
        .put_draft(AccountId(0), "employee/new", &draft)
        .expect("draft written");
}

fn stored_draft(s: &Session) -> Option<FormDraft> {
    s.app
        .services
        .store
        .draft(AccountId(0), "employee/new")
        .expect("draft read")
}

fn asks_about_the_draft(s: &Session) -> bool {
    matches!(
        s.app.state.popups.last(),
        Some(Popup::Confirm(c)) if matches!(c.on_yes, OnYes::RestoreDraft { .. })
    )
}

#[test]
fn esc_on_the_draft_question_means_not_now_and_keeps_the_draft() {
    let mut s = Session::new(Lang::Id);
    leave_draft(&s);
    s.keys("n", (80, 24));
    assert!(asks_about_the_draft(&s), "{:?}", s.app.state.popups);
    let (screen, _, _) = s.draw((80, 24));
    // The question says which key does what: n discards, Esc keeps.
    for words in ["Pulihkan isian", "n = buang isian", "Esc = nanti"] {
        assert!(screen.contains(words), "{words}:\n{screen}");
    }
    // The time is local: the snapshot must not depend on the machine's time zone.
    let typed = kinerja::app::audit::view::format_time(DRAFT_AT);
    assert!(screen.contains(&typed), "{typed}:\n{screen}");
    insta::assert_snapshot!(
        "draft_question_id",
        screen.replace(&typed, "[TIME]          ")
    );

    // Esc: nothing opens, nothing is dropped.
    s.keys("Esc", (80, 24));
    assert!(s.app.state.popups.is_empty(), "{:?}", s.app.state.popups);
    assert!(stored_draft(&s).is_some(), "the draft is kept");

    // Next time it is offered again; `n` discards it, the form opens empty.
    s.keys("n", (80, 24));
    assert!(asks_about_the_draft(&s));
    s.keys("n", (80, 24));
    let Some(Popup::Employees(Employees::Employee(form))) = s.app.state.popups.last() else {
        panic!("the empty form is open: {:?}", s.app.state.popups);
    };
    assert_eq!(form.name.value(), "");
    assert_eq!(stored_draft(&s), None, "discarded");
}

#[test]
fn yes_on_the_draft_question_restores_the_input() {
    let mut s = Session::new(Lang::En);
    leave_draft(&s);
    s.keys("n", (80, 24));
    let (screen, _, _) = s.draw((80, 24));
    assert!(screen.contains("Esc = not now"), "{screen}");
    s.keys("y", (80, 24));
    let Some(Popup::Employees(Employees::Employee(form))) = s.app.state.popups.last() else {
        panic!("the form is open: {:?}", s.app.state.popups);
    };
    assert_eq!(form.name.value(), "Budi Santoso");
}

// --- length limits ----------------------------------------------------------------------

/// Issue 7 #12: typing past a field's limit keeps every character and says so under the
/// field at once; saving is refused with the same message; nothing is written.
#[test]
fn a_name_past_its_limit_is_kept_and_refused_at_the_field() {
    for (lang, message) in [
        (
            Lang::Id,
            "terlalu panjang: paling banyak 100 karakter, ini 101",
        ),
        (Lang::En, "too long: at most 100 characters, this has 101"),
    ] {
        let mut s = Session::new(lang);
        let name = "a".repeat(101);
        s.keys(&format!("{TO_NAME}text:{name}"), (100, 30));
        let Some(Popup::Employees(Employees::Employee(form))) = s.app.state.popups.last() else {
            panic!("the employee form is open");
        };
        assert_eq!(form.name.value(), name, "nothing typed is lost");
        assert!(form.error(FieldId::Name).is_some(), "{:?}", form.errors);
        let (screen, _, _) = s.draw((100, 30));
        assert!(screen.contains(message), "{screen}");

        // Back to 100: the message goes.
        s.keys("Backspace", (100, 30));
        let Some(Popup::Employees(Employees::Employee(form))) = s.app.state.popups.last() else {
            panic!("the employee form is open");
        };
        assert!(form.error(FieldId::Name).is_none(), "{:?}", form.errors);

        // Over again and saved: refused at the field, nothing written.
        s.keys("text:b\nctrl+s", (100, 30));
        let Some(Popup::Employees(Employees::Employee(form))) = s.app.state.popups.last() else {
            panic!("the form stays open");
        };
        assert_eq!(form.name.value().chars().count(), 101);
        assert!(form.error(FieldId::Name).is_some(), "{:?}", form.errors);
        assert_eq!(s.app.services.store.employees().expect("read").len(), 5);
        if lang == Lang::Id {
            let (screen, _, _) = s.draw((100, 30));
            assert!(screen.contains(message), "{screen}");
        }
    }
}

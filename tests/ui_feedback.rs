//! Tab 4, Dialog Kinerja (issue 9), on a TestBackend: the list with the selected person's
//! sessions and notes, and the session editor, at 80x24 and 120x40 (Indonesian; the list in
//! English too); and the keys through the real key map and update path: a session with a
//! follow-up, its review as not achieved, the next session carrying it over, a quick note in
//! two keys from the employees list.

mod common;

use chrono::{Datelike, NaiveDate};
use kinerja::app::feedback::tab::Popup as FeedbackPopup;
use kinerja::app::feedback::Command as FeedbackCommand;
use kinerja::app::kit::key::{Key, KeyCode};
use kinerja::app::shell::state::{Popup, Screen};
use kinerja::app::{App, Command};
use kinerja::domain::feedback::{
    FollowUp, FollowUpRef, FollowUpReview, NoteTone, QuickNote, Session, SessionKind, Topic,
};
use kinerja::domain::ruledata::CoreValue;
use kinerja::domain::EmployeeId;
use kinerja::i18n::Lang;
use kinerja::ui::term::script::run_steps;

const MARIA: EmployeeId = EmployeeId(2);
const DANIEL: EmployeeId = EmployeeId(3);

struct Tab {
    app: App,
    db: String,
    _dir: tempfile::TempDir,
}

fn key(c: KeyCode) -> Key {
    Key::plain(c)
}

impl Tab {
    /// The local operator looking at Maria's reports on tab 4.
    fn new(lang: Lang) -> Tab {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("db");
        let services = common::services_with_office(&path);
        let mut app = App::new(services, lang);
        app.state.feedback.subject = Some(MARIA);
        Tab {
            app,
            db: path.display().to_string(),
            _dir: dir,
        }
    }

    fn today(&self) -> NaiveDate {
        self.app.services.today()
    }

    fn keys(&mut self, keys: &[Key]) {
        for k in keys {
            self.app.handle_key(*k);
        }
    }

    fn typed(&mut self, s: &str) {
        for c in s.chars() {
            self.app.handle_key(Key::ch(c));
        }
    }

    fn run(&mut self, c: FeedbackCommand) {
        self.app
            .services
            .execute(Command::Feedback(c))
            .expect("command runs");
    }

    fn draw(&mut self, size: (u16, u16)) -> String {
        let out = run_steps(&mut self.app, &[], size).expect("draws");
        out.lines()
            .map(|l| match l.find(&self.db) {
                Some(at) => format!("{}[DB]", &l[..at]),
                None => l.to_string(),
            })
            .collect::<Vec<_>>()
            .join("\n")
            + "\n"
    }

    fn year(&self, emp: EmployeeId) -> kinerja::domain::feedback::FeedbackYear {
        self.app
            .services
            .store
            .feedback_year(emp, self.today().year())
            .expect("reads")
            .expect("a record")
    }
}

/// Daniel's year so far: a monitoring session with two follow-ups (one reviewed as not
/// achieved), and two quick notes.
fn fill(t: &mut Tab) {
    let today = t.today();
    let day = |back: i64| today - chrono::Duration::days(back);
    let mut s = Session::new(day(40), SessionKind::Monitoring, MARIA);
    s.situation = "Realisasi berkas tertinggal: 90 dari 150.\nAntrean di loket panjang.".into();
    s.topics = vec![Topic::CoreValue(CoreValue::Competent)];
    s.follow_ups = vec![
        FollowUp {
            item: "Pelatihan singkat aplikasi SIAK".into(),
            competence: "Penguasaan aplikasi".into(),
            method: "pelatihan".into(),
            due: Some(day(10)),
            ..FollowUp::default()
        },
        FollowUp {
            item: "Cek mingguan dengan atasan".into(),
            method: "coaching".into(),
            due: Some(day(-5)),
            ..FollowUp::default()
        },
    ];
    let year = today.year();
    t.run(FeedbackCommand::SaveSession {
        employee: DANIEL,
        year,
        session: s,
    });
    t.run(FeedbackCommand::ReviewFollowUp {
        employee: DANIEL,
        at: FollowUpRef {
            year,
            session: 1,
            index: 0,
        },
        review: FollowUpReview {
            on: day(5),
            achieved: false,
            explanation: "Belum ada jadwal pelatihan".into(),
            next_plan: "Ikut gelombang berikutnya".into(),
            next_review: Some(day(-20)),
        },
    });
    for (back, tone, text) in [
        (
            20,
            NoteTone::Positive,
            "Membantu warga di luar jam kerja saat banjir",
        ),
        (3, NoteTone::Negative, "Tiga kali terlambat apel pagi"),
    ] {
        t.run(FeedbackCommand::AddNote {
            employee: DANIEL,
            note: QuickNote {
                id: 0,
                date: day(back),
                author: MARIA,
                tone,
                text: text.into(),
                topic: None,
            },
        });
    }
}

fn open_tab(t: &mut Tab) {
    t.keys(&[Key::ch('4')]);
    assert_eq!(t.app.state.screen, Screen::Sessions);
}

#[test]
fn the_list_and_entries_at_80x24_and_120x40() {
    let mut t = Tab::new(Lang::Id);
    fill(&mut t);
    open_tab(&mut t);
    // Daniel's entries, the focus on the follow-up reviewed as not achieved.
    t.keys(&[key(KeyCode::Tab), Key::ch('j'), Key::ch('j'), Key::ch('j')]);
    let small = t.draw((80, 24));
    assert!(small.contains("Daniel Ndiken"), "{small}");
    assert!(small.contains("tidak tercapai"), "{small}");
    insta::assert_snapshot!("feedback_list_80x24_id", small);
    let big = t.draw((120, 40));
    assert!(big.contains("Tiga kali terlambat apel pagi"), "{big}");
    insta::assert_snapshot!("feedback_list_120x40_id", big);
}

#[test]
fn the_list_in_english() {
    let mut t = Tab::new(Lang::En);
    fill(&mut t);
    open_tab(&mut t);
    let big = t.draw((120, 40));
    assert!(big.contains("Team feedback sessions"), "{big}");
    insta::assert_snapshot!("feedback_list_120x40_en", big);
}

#[test]
fn the_session_editor_at_80x24_and_120x40() {
    let mut t = Tab::new(Lang::Id);
    fill(&mut t);
    open_tab(&mut t);
    // A new session: the unachieved follow-up shows as carried over, from its session.
    t.keys(&[Key::ch('n')]);
    assert!(matches!(
        t.app.state.popups.last(),
        Some(Popup::Feedback(FeedbackPopup::Session(_)))
    ));
    t.typed("Pelatihan belum terjadwal; kita sepakati cek mingguan setiap Jumat pagi sampai berkas menumpuk berkurang.");
    t.keys(&[key(KeyCode::Enter)]);
    t.typed("Baris kedua situasi.");
    let small = t.draw((80, 24));
    assert!(small.contains("Situasi"), "{small}");
    insta::assert_snapshot!("feedback_editor_80x24_id", small);
    let big = t.draw((120, 40));
    let origin = (t.today() - chrono::Duration::days(40))
        .format("%d/%m/%Y")
        .to_string();
    assert!(big.contains(&format!("dari dialog {origin}")), "{big}");
    insta::assert_snapshot!("feedback_editor_120x40_id", big);
}

#[test]
fn a_session_a_review_as_not_achieved_and_the_carry_over_through_the_keys() {
    let mut t = Tab::new(Lang::Id);
    open_tab(&mut t);
    let today = t.today();
    // n: the editor on Daniel (first report); the situation has the focus.
    t.keys(&[Key::ch('n')]);
    t.typed("Realisasi tertinggal.");
    // Tab Tab: the follow-ups; Enter: a new one in the sub-form.
    t.keys(&[key(KeyCode::Tab), key(KeyCode::Tab), key(KeyCode::Enter)]);
    assert!(matches!(
        t.app.state.popups.last(),
        Some(Popup::Feedback(FeedbackPopup::FollowUp(_)))
    ));
    t.typed("Pelatihan SIAK");
    for _ in 0..6 {
        t.keys(&[key(KeyCode::Tab)]);
    }
    let due = (today + chrono::Duration::days(30))
        .format("%d/%m/%Y")
        .to_string();
    t.typed(&due);
    t.keys(&[Key::ctrl('s')]);
    // Back in the editor with the follow-up; Ctrl-S saves the session.
    t.keys(&[Key::ctrl('s')]);
    assert!(t.app.state.popups.is_empty(), "{:?}", t.app.state.status);
    let y = t.year(DANIEL);
    assert_eq!(y.sessions.len(), 1);
    let s = &y.sessions[0];
    assert_eq!(s.situation, "Realisasi tertinggal.");
    assert_eq!(s.follow_ups.len(), 1);
    assert_eq!(s.follow_ups[0].item, "Pelatihan SIAK");
    assert_eq!(
        s.follow_ups[0].due,
        Some(today + chrono::Duration::days(30))
    );

    // The entries: the session, then its follow-up; v reviews it, → makes it not achieved.
    t.keys(&[key(KeyCode::Tab), Key::ch('j'), Key::ch('v')]);
    assert!(matches!(
        t.app.state.popups.last(),
        Some(Popup::Feedback(FeedbackPopup::Review(_)))
    ));
    t.keys(&[key(KeyCode::Right), key(KeyCode::Tab)]);
    t.typed("Belum ada jadwal");
    t.keys(&[Key::ctrl('s')]);
    assert!(t.app.state.popups.is_empty(), "{:?}", t.app.state.status);
    let y = t.year(DANIEL);
    let review = y.sessions[0].follow_ups[0]
        .review
        .clone()
        .expect("reviewed");
    assert!(!review.achieved);
    assert_eq!(review.explanation, "Belum ada jadwal");
    assert_eq!(review.on, today);

    // The next session with Daniel carries it over, showing where it came from.
    t.keys(&[Key::ch('n')]);
    let Some(Popup::Feedback(FeedbackPopup::Session(f))) = t.app.state.popups.last() else {
        panic!("the editor opens");
    };
    assert_eq!(f.carried.len(), 1);
    t.typed("Tindak lanjut dibahas lagi.");
    t.keys(&[Key::ctrl('s')]);
    assert!(t.app.state.popups.is_empty(), "{:?}", t.app.state.status);
    let y = t.year(DANIEL);
    assert_eq!(y.sessions.len(), 2);
    let second = &y.sessions[1];
    assert_eq!(second.follow_ups.len(), 1);
    assert_eq!(second.follow_ups[0].item, "Pelatihan SIAK");
    assert_eq!(
        second.follow_ups[0].carried_from,
        Some(FollowUpRef {
            year: today.year(),
            session: 1,
            index: 0
        })
    );
    assert!(y.sessions[0].follow_ups[0].carried_to.is_some());
    // The list counts them: two sessions, one open follow-up.
    let row = t.app.state.feedback.current().expect("a row").clone();
    assert_eq!((row.employee, row.sessions, row.open), (DANIEL, 2, 1));
}

#[test]
fn an_empty_situation_is_refused_at_its_field_and_nothing_typed_is_lost() {
    let mut t = Tab::new(Lang::Id);
    open_tab(&mut t);
    t.keys(&[
        Key::ch('n'),
        key(KeyCode::Tab),
        key(KeyCode::Tab),
        key(KeyCode::Enter),
    ]);
    t.typed("Cek mingguan");
    t.keys(&[Key::ctrl('s'), Key::ctrl('s')]);
    let Some(Popup::Feedback(FeedbackPopup::Session(f))) = t.app.state.popups.last() else {
        panic!("the editor stays open");
    };
    assert!(f.errors.situation.is_some());
    assert_eq!(f.follow_ups[0].item, "Cek mingguan");
    assert!(t
        .app
        .services
        .store
        .feedback_year(DANIEL, t.today().year())
        .unwrap()
        .is_none());
}

#[test]
fn a_quick_note_in_two_keys_from_the_employees_list() {
    let mut t = Tab::new(Lang::Id);
    // Tab 1, the cursor on Daniel.
    for _ in 0..10 {
        if t.app.state.list.selected_employee(&t.app.services.register) == Some(DANIEL) {
            break;
        }
        t.keys(&[Key::ch('j')]);
    }
    assert_eq!(
        t.app.state.list.selected_employee(&t.app.services.register),
        Some(DANIEL)
    );
    t.keys(&[Key::ch('w')]);
    assert!(matches!(
        t.app.state.popups.last(),
        Some(Popup::Feedback(FeedbackPopup::Note(_)))
    ));
    t.typed("Membantu warga saat banjir");
    t.keys(&[key(KeyCode::Enter)]);
    assert!(t.app.state.popups.is_empty(), "{:?}", t.app.state.status);
    let y = t.year(DANIEL);
    assert_eq!(y.notes.len(), 1);
    assert_eq!(y.notes[0].text, "Membantu warga saat banjir");
    assert_eq!(y.notes[0].tone, NoteTone::Positive);
    assert_eq!(y.notes[0].date, t.today());
}

#[test]
fn acknowledge_then_delete_is_refused_and_a_note_is_deleted_after_asking() {
    let mut t = Tab::new(Lang::Id);
    fill(&mut t);
    open_tab(&mut t);
    // Entries, newest first: note, note, the session (third line).
    t.keys(&[key(KeyCode::Tab), Key::ch('j'), Key::ch('j'), Key::ch('a')]);
    let y = t.year(DANIEL);
    assert_eq!(y.sessions[0].acknowledged_by_appraiser, Some(t.today()));
    assert_eq!(y.sessions[0].acknowledged_by_employee, None);
    // Acknowledged by someone: no deletion, said in words, nothing asked.
    t.keys(&[Key::ch('x')]);
    assert!(t.app.state.popups.is_empty());
    let status = t.app.state.status.clone().expect("a message");
    assert!(status.error);
    let words = kinerja::i18n::notice::notice(Lang::Id, &status.notice, &t.app.services.register);
    assert!(words.contains("diketahui"), "{words}");
    assert_eq!(t.year(DANIEL).sessions.len(), 1);
    // The newest note: x asks, y deletes.
    t.keys(&[Key::ch('g'), Key::ch('x')]);
    assert!(matches!(t.app.state.popups.last(), Some(Popup::Confirm(_))));
    t.keys(&[Key::ch('y')]);
    let y = t.year(DANIEL);
    assert_eq!(y.notes.len(), 1);
    assert_eq!(
        y.notes[0].text,
        "Membantu warga di luar jam kerja saat banjir"
    );
}

#[test]
fn a_quick_note_about_someone_not_ones_report_is_refused_in_words() {
    let mut t = Tab::new(Lang::Id);
    t.app.services.viewer = Some(kinerja::domain::Viewer {
        role: kinerja::domain::Role::Appraiser,
        employee: Some(MARIA),
        acting: Vec::new(),
    });
    // Tab 1, the cursor on Yohanes (Maria's own supervisor).
    for _ in 0..10 {
        if t.app.state.list.selected_employee(&t.app.services.register) == Some(EmployeeId(1)) {
            break;
        }
        t.keys(&[Key::ch('j')]);
    }
    assert_eq!(
        t.app.state.list.selected_employee(&t.app.services.register),
        Some(EmployeeId(1))
    );
    t.keys(&[Key::ch('w')]);
    assert!(t.app.state.popups.is_empty(), "no form opens");
    let status = t.app.state.status.clone().expect("a message");
    assert!(status.error);
    let words = kinerja::i18n::notice::notice(Lang::Id, &status.notice, &t.app.services.register);
    assert!(words.contains("penilai"), "{words}");
}

#[test]
fn a_long_multi_line_paste_goes_whole_into_the_situation() {
    let mut t = Tab::new(Lang::Id);
    open_tab(&mut t);
    t.keys(&[Key::ch('n')]);
    let long = "kata ".repeat(400);
    t.app
        .paste(&format!("Baris satu\r\nBaris dua\tdengan tab\n{long}"));
    let Some(Popup::Feedback(FeedbackPopup::Session(f))) = t.app.state.popups.last() else {
        panic!("the editor is open");
    };
    assert_eq!(
        f.situation_text(),
        format!("Baris satu\nBaris dua dengan tab\n{long}")
    );
    // Ctrl-Z takes the paste back in one step.
    t.keys(&[Key::ctrl('z')]);
    let Some(Popup::Feedback(FeedbackPopup::Session(f))) = t.app.state.popups.last() else {
        panic!("the editor is open");
    };
    assert_eq!(f.situation_text(), "");
    t.keys(&[Key::ctrl('y'), Key::ctrl('s')]);
    assert!(t.app.state.popups.is_empty(), "{:?}", t.app.state.status);
    let y = t.year(DANIEL);
    assert!(y.sessions[0]
        .situation
        .starts_with("Baris satu\nBaris dua dengan tab\nkata kata"));
}

/// Enter on a note opens it to change: its text comes filled in, the change is saved over it
/// (same id, same author), and the audit trail says a note changed.
#[test]
fn enter_on_a_note_changes_it_in_place() {
    let mut t = Tab::new(Lang::Id);
    fill(&mut t);
    open_tab(&mut t);
    let before = t.year(DANIEL);
    let newest = before
        .notes
        .iter()
        .max_by_key(|n| (n.date, n.id))
        .expect("a note")
        .clone();
    // Entries, newest first: the newest note is the first line.
    t.keys(&[key(KeyCode::Tab), Key::ch('g'), key(KeyCode::Enter)]);
    match t.app.state.popups.last() {
        Some(Popup::Feedback(kinerja::app::feedback::tab::Popup::Note(f))) => {
            assert_eq!(f.text.value(), newest.text);
            assert_eq!(f.editing, Some((before.year, newest.id)));
        }
        other => panic!("expected the note form, got {other:?}"),
    }
    t.keys(&[key(KeyCode::End)]);
    t.typed(" (dua kali)");
    t.keys(&[key(KeyCode::Enter)]);
    assert!(t.app.state.popups.is_empty(), "saved and closed");
    let after = t.year(DANIEL);
    assert_eq!(after.notes.len(), before.notes.len(), "changed, not added");
    let changed = after.note(newest.id).expect("same id");
    assert_eq!(changed.text, format!("{} (dua kali)", newest.text));
    assert_eq!(changed.author, newest.author);
    let last = t.app.services.store.audit_trail().unwrap().pop().unwrap();
    assert_eq!(last.record.kind, kinerja::domain::RecordKind::Feedback);
}

/// The editor in English, and a session of someone else's report opened read-only says why.
#[test]
fn the_session_editor_in_english_and_read_only_for_another_appraiser() {
    let mut t = Tab::new(Lang::En);
    fill(&mut t);
    open_tab(&mut t);
    t.keys(&[Key::ch('n')]);
    t.typed("Backlog of files at the counter; weekly check agreed.");
    let big = t.draw((120, 40));
    assert!(big.contains("New feedback session"), "{big}");
    insta::assert_snapshot!("feedback_editor_120x40_en", big);

    // Siti is not Daniel's appraiser: his stored session opens read-only, and a save says
    // that only his appraiser writes it.
    t.keys(&[key(KeyCode::Esc), Key::ch('y')]);
    assert!(t.app.state.popups.is_empty());
    t.app.services.viewer = Some(kinerja::domain::Viewer {
        role: kinerja::domain::Role::Appraiser,
        employee: Some(EmployeeId(4)),
        acting: Vec::new(),
    });
    let year = t.year(DANIEL);
    let opening = kinerja::app::feedback::tab::load::Opening::Session {
        employee: DANIEL,
        year: year.year,
        id: Some(year.sessions[0].id),
    };
    let popup = kinerja::app::feedback::tab::load::open(&t.app.services, opening).unwrap();
    t.app.state.popups.push(Popup::Feedback(popup));
    let screen = t.draw((120, 40));
    assert!(
        screen.contains("read-only: only this employee's appraiser writes"),
        "{screen}"
    );
    t.keys(&[Key::ctrl('s')]);
    let status = t.app.state.status.clone().expect("a message");
    assert!(status.error);
    let words = kinerja::i18n::notice::notice(Lang::En, &status.notice, &t.app.services.register);
    assert!(!words.contains("acknowledged"), "{words}");
    assert!(words.contains("appraiser"), "{words}");
}

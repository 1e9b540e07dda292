//! The Riwayat tab (issue 9) on a TestBackend: Daniel's timeline with the grade chart and the
//! feedback per segment, at 80x24 and 120x40 (Indonesian and English); and its keys through
//! the real key map and update path: the next and previous person, the filters, the search,
//! an entry opened in place, and `H` from the employee list.

mod common;

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

use chrono::NaiveDate;
use kinerja::app::feedback::Command as F;
use kinerja::app::history::EntryKind;
use kinerja::app::kit::key::{Key, KeyCode};
use kinerja::app::shell::state::Screen;
use kinerja::app::{App, Command, Services};
use kinerja::domain::feedback::{FollowUp, NoteTone, QuickNote, Session, SessionKind};
use kinerja::domain::review::ReviewKind;
use kinerja::domain::{AuditAction, Directory, EmployeeId, Rating, UnitId};
use kinerja::i18n::Lang;
use kinerja::ui::term::script::run_steps;

const YOHANES: EmployeeId = EmployeeId(1);
const MARIA: EmployeeId = EmployeeId(2);
const DANIEL: EmployeeId = EmployeeId(3);
const AGUS: EmployeeId = EmployeeId(5);

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn ms(day: NaiveDate) -> i64 {
    day.and_hms_opt(9, 0, 0)
        .unwrap()
        .and_utc()
        .timestamp_millis()
}

struct Screenshot {
    app: App,
    db: String,
    _dir: tempfile::TempDir,
}

impl Screenshot {
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

    fn keys(&mut self, keys: &[Key]) {
        for k in keys {
            self.app.handle_key(*k);
        }
    }
}

fn note(s: &mut Services, day: NaiveDate, tone: NoteTone, text: &str) {
    s.execute(Command::Feedback(F::AddNote {
        employee: DANIEL,
        note: QuickNote {
            id: 0,
            date: day,
            author: MARIA,
            tone,
            text: text.into(),
            topic: None,
        },
    }))
    .expect("note saved");
}

/// Daniel over 2025-2026: a coaching session with a follow-up, notes bunched in December
/// 2025, the 2025 annual evaluation (Baik) and two periodic ones, and a move to Yohanes's
/// unit in February 2026. The operator's app (everyone visible), on the Riwayat tab.
fn screenshot(lang: Lang) -> Screenshot {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("db");
    let clock = Arc::new(AtomicI64::new(common::NOW_MS));
    let c = clock.clone();
    let mut s = common::services_with_office(&path).with_clock(move || c.load(Ordering::SeqCst));
    clock.store(ms(d(2025, 5, 12)), Ordering::SeqCst);
    let mut x = Session::new(d(2025, 5, 12), SessionKind::Coaching, MARIA);
    x.situation = "Realisasi berkas kependudukan tertinggal dari target.\nDibahas penyebabnya: antrean setelah banjir.".into();
    x.follow_ups.push(FollowUp {
        item: "Pelatihan singkat aplikasi SIAK".into(),
        due: Some(d(2025, 7, 31)),
        ..FollowUp::default()
    });
    s.execute(Command::Feedback(F::SaveSession {
        employee: DANIEL,
        year: 2025,
        session: x,
    }))
    .expect("session");
    for (day, tone, text) in [
        (
            d(2025, 12, 1),
            NoteTone::Positive,
            "membantu warga di luar jam kerja saat banjir",
        ),
        (
            d(2025, 12, 8),
            NoteTone::Negative,
            "tiga kali terlambat apel pagi",
        ),
        (
            d(2025, 12, 15),
            NoteTone::Positive,
            "laporan akhir tahun selesai lebih awal",
        ),
    ] {
        clock.store(ms(day), Ordering::SeqCst);
        note(&mut s, day, tone, text);
    }
    let mut y = common::signed_annual(
        &s,
        DANIEL,
        MARIA,
        2025,
        (Rating::AsExpected, Rating::AsExpected),
    );
    for (n, work) in [(2u8, Rating::AsExpected), (3, Rating::AboveExpectation)] {
        let mut p =
            common::signed_annual(&s, DANIEL, MARIA, 2025, (work, Rating::AboveExpectation))
                .entries
                .remove(0);
        p.review.kind = ReviewKind::Periodic(n);
        y.entries.insert(0, p);
    }
    y.entries.sort_by_key(|e| e.review.kind);
    s.store
        .save_review_year("test", ms(d(2026, 1, 20)), y, AuditAction::Sign, "")
        .unwrap();
    clock.store(ms(d(2026, 2, 2)), Ordering::SeqCst);
    let mut e = s.register.employee(DANIEL).unwrap().clone();
    e.supervisor = Some(YOHANES);
    e.unit = UnitId(1);
    e.position = "Pengelola Layanan Kependudukan".into();
    s.execute(Command::SaveEmployee(e)).expect("moved");
    clock.store(common::NOW_MS, Ordering::SeqCst);
    let mut app = App::new(s, lang);
    // The operator pages through everyone by name: Agus first, then Daniel.
    app.handle_key(Key::ch('5'));
    app.handle_key(Key::ch('n'));
    Screenshot {
        app,
        db: path.display().to_string(),
        _dir: dir,
    }
}

#[test]
fn timeline_80x24_id() {
    let mut s = screenshot(Lang::Id);
    insta::assert_snapshot!(s.draw((80, 24)));
}

#[test]
fn timeline_with_an_open_session_120x40_id() {
    let mut s = screenshot(Lang::Id);
    // The session is the last entry: the newest first.
    s.keys(&[Key::ch('G'), Key::plain(KeyCode::Enter)]);
    insta::assert_snapshot!(s.draw((120, 40)));
}

#[test]
fn timeline_120x40_en() {
    let mut s = screenshot(Lang::En);
    insta::assert_snapshot!(s.draw((120, 40)));
}

#[test]
fn keys_page_through_people_filter_search_and_open() {
    let mut s = screenshot(Lang::Id);
    let v = |s: &Screenshot| s.app.state.history.clone();
    assert_eq!(s.app.state.screen, Screen::History);
    assert_eq!(v(&s).person, Some(DANIEL));
    let h = v(&s).history.expect("read");
    // Newest first: the move, the three evaluations signed on one day (the annual first,
    // then the later segment), three notes, the session.
    let kinds: Vec<EntryKind> = h.entries.iter().map(|e| e.kind()).collect();
    assert_eq!(
        kinds,
        vec![
            EntryKind::Change,
            EntryKind::Evaluation,
            EntryKind::Evaluation,
            EntryKind::Evaluation,
            EntryKind::Note,
            EntryKind::Note,
            EntryKind::Note,
            EntryKind::Session,
        ]
    );
    let evaluations: Vec<ReviewKind> = h
        .entries
        .iter()
        .filter_map(|e| match &e.item {
            kinerja::app::history::query::Item::Evaluation(x) => Some(x.kind),
            _ => None,
        })
        .collect();
    assert_eq!(
        evaluations,
        vec![
            ReviewKind::Annual,
            ReviewKind::Periodic(3),
            ReviewKind::Periodic(2)
        ]
    );
    // The feedback per quarter shows the notes bunched in the last one.
    let counts: Vec<usize> = h.feedback.iter().map(|c| c.count).collect();
    assert_eq!(counts, vec![0, 1, 0, 3, 0, 0, 0, 0]);

    // p goes back to Agus, n again to Daniel, wrapping at the ends.
    s.keys(&[Key::ch('p')]);
    assert_eq!(v(&s).person, Some(AGUS));
    s.keys(&[Key::ch('p')]);
    assert_eq!(v(&s).person, Some(YOHANES), "wraps to the last");
    s.keys(&[Key::ch('n'), Key::ch('n')]);
    assert_eq!(v(&s).person, Some(DANIEL));

    // f: the kind filter, one kind at a time (Mutasi first).
    s.keys(&[Key::ch('f')]);
    assert_eq!(v(&s).kind, Some(EntryKind::Change));
    assert_eq!(v(&s).rows.len(), 1);
    s.keys(&[Key::ch('f'), Key::ch('f')]);
    assert_eq!(v(&s).kind, Some(EntryKind::Evaluation));
    assert_eq!(v(&s).rows.len(), 3);
    // {: the year filter, from all years to the newest, then older.
    s.keys(&[Key::ch('{')]);
    assert_eq!(v(&s).year, Some(2026));
    assert_eq!(v(&s).rows.len(), 0, "the 2025 evaluations are of 2025");
    s.keys(&[Key::ch('{')]);
    assert_eq!(v(&s).year, Some(2025));
    assert_eq!(v(&s).rows.len(), 3);
    // Esc clears the filters.
    s.keys(&[Key::plain(KeyCode::Esc)]);
    assert_eq!((v(&s).year, v(&s).kind, v(&s).rows.len()), (None, None, 8));

    // /: the search looks in notes and sessions only; typing keys are text, not commands.
    s.keys(&[Key::ch('/')]);
    for c in "banjir".chars() {
        s.app.handle_key(Key::ch(c));
    }
    let found: Vec<EntryKind> = v(&s).rows.iter().map(|i| h.entries[*i].kind()).collect();
    assert_eq!(found, vec![EntryKind::Note, EntryKind::Session]);
    assert_eq!(v(&s).person, Some(DANIEL), "n and p typed, not paged");
    s.keys(&[Key::plain(KeyCode::Enter)]);
    assert!(!v(&s).searching);
    // Enter opens the entry under the cursor in place, again closes it.
    s.keys(&[Key::ch('j'), Key::plain(KeyCode::Enter)]);
    let at = v(&s).rows[1];
    assert_eq!(v(&s).open, Some(at));
    let shown = s.draw((80, 24));
    assert!(shown.contains("Pelatihan singkat aplikasi SIAK"), "{shown}");
    s.keys(&[Key::plain(KeyCode::Enter)]);
    assert_eq!(v(&s).open, None);
}

#[test]
fn h_on_the_employee_list_opens_that_persons_history() {
    let mut s = screenshot(Lang::Id);
    s.keys(&[Key::ch('1')]);
    assert_eq!(s.app.state.screen, Screen::Employees);
    let reg = &s.app.services.register;
    let id = reg
        .employees()
        .iter()
        .find(|e| e.id == MARIA)
        .map(|e| e.id)
        .unwrap();
    s.app.state.list.select_employee(reg, id);
    s.keys(&[Key::ch('H')]);
    assert_eq!(s.app.state.screen, Screen::History);
    assert_eq!(s.app.state.history.person, Some(MARIA));
    assert_eq!(
        s.app.state.history.history.as_ref().map(|h| h.employee),
        Some(MARIA)
    );
}

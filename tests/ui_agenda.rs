//! The agenda (issue 9, tab 0) on a TestBackend: Maria signs in and lands on what is due, at
//! 80x24 and 120x40; Enter on a line goes where it is dealt with, through the real key map
//! and update path; an employee without reports starts on the employee list as before.
//!
//! Today is 28/11/2026 (quarters: the current segment is 1/10-31/12, the last ended 3).

mod common;

use chrono::NaiveDate;
use kinerja::app::agenda::view::Section;
use kinerja::app::feedback::Command as F;
use kinerja::app::kit::key::{Key, KeyCode};
use kinerja::app::shell::state::Screen;
use kinerja::app::{App, Command};
use kinerja::domain::feedback::{FollowUp, Session, SessionKind};
use kinerja::domain::review::ReviewKind;
use kinerja::domain::{EmployeeId, Role};
use kinerja::i18n::Lang;
use kinerja::ui::term::script::run_steps;

const MARIA: EmployeeId = EmployeeId(2);
const DANIEL: EmployeeId = EmployeeId(3);
const SITI: EmployeeId = EmployeeId(4);

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
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

    /// Moves the agenda's cursor to the line of `section` about `who`.
    fn go_to(&mut self, section: Section, who: EmployeeId) {
        let at = self
            .app
            .state
            .agenda
            .lines
            .iter()
            .position(|l| l.section == section && l.employee == who)
            .expect("on the agenda");
        self.keys(&[Key::ch('g')]);
        for _ in 0..at {
            self.keys(&[Key::ch('j')]);
        }
    }
}

fn fu(item: &str, due: NaiveDate) -> FollowUp {
    FollowUp {
        item: item.into(),
        due: Some(due),
        ..FollowUp::default()
    }
}

/// Daniel had a coaching session on 05/10 with three follow-ups: one overdue, one due in a
/// week, one in March; Siti had no feedback. Nobody has a plan or a signed evaluation.
/// `who` signs in (user name, NIP, employee).
fn signed_in(lang: Lang, who: (&str, &str, EmployeeId)) -> Screenshot {
    signed_in_as(lang, who, Role::Appraiser)
}

/// Agus, HR in the small office (no reports).
const AGUS_NIP: &str = "198711112010011006";

fn signed_in_as(lang: Lang, who: (&str, &str, EmployeeId), role: Role) -> Screenshot {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("db");
    let mut s = common::services_with_office(&path);
    let mut x = Session::new(d(2026, 10, 5), SessionKind::Coaching, MARIA);
    x.situation = "Realisasi tertinggal".into();
    x.follow_ups = vec![
        fu("Pelatihan singkat SIAK", d(2026, 11, 1)),
        fu("Cek mingguan berkas", d(2026, 12, 5)),
        fu("Sertifikasi arsip", d(2027, 3, 1)),
    ];
    s.execute(Command::Feedback(F::SaveSession {
        employee: DANIEL,
        year: 2026,
        session: x,
    }))
    .expect("session");
    s.create_account(None, who.0, Some(who.2), role, "rahasia-uji")
        .expect("account");
    let session = s.session_for_nip(who.1).expect("session");
    Screenshot {
        app: App::signed_in(s, lang, session),
        db: path.display().to_string(),
        _dir: dir,
    }
}

fn maria(lang: Lang) -> Screenshot {
    signed_in(lang, ("maria", "198205102006042003", MARIA))
}

#[test]
fn agenda_80x24_id() {
    let mut s = maria(Lang::Id);
    insta::assert_snapshot!(s.draw((80, 24)));
}

#[test]
fn agenda_120x40_id() {
    let mut s = maria(Lang::Id);
    insta::assert_snapshot!(s.draw((120, 40)));
}

#[test]
fn agenda_120x40_en() {
    let mut s = maria(Lang::En);
    insta::assert_snapshot!(s.draw((120, 40)));
}

/// An agenda line as the test reads it: section, person, follow-up item and overdue.
type Shown = (Section, EmployeeId, Option<(String, bool)>);

#[test]
fn a_supervisor_starts_on_the_agenda_with_what_is_due() {
    let s = maria(Lang::Id);
    assert_eq!(s.app.state.screen, Screen::Agenda);
    let lines: Vec<Shown> = s
        .app
        .state
        .agenda
        .lines
        .iter()
        .map(|l| {
            (
                l.section,
                l.employee,
                l.due.as_ref().map(|d| (d.item.clone(), d.overdue)),
            )
        })
        .collect();
    assert_eq!(
        lines,
        vec![
            (
                Section::FollowUps,
                DANIEL,
                Some(("Pelatihan singkat SIAK".into(), true))
            ),
            (
                Section::FollowUps,
                DANIEL,
                Some(("Cek mingguan berkas".into(), false))
            ),
            (Section::NoFeedback, SITI, None),
            (Section::PlansNotApproved, DANIEL, None),
            (Section::PlansNotApproved, SITI, None),
            (Section::EvaluationsUnsigned, DANIEL, None),
            (Section::EvaluationsUnsigned, SITI, None),
        ]
    );
}

#[test]
fn an_employee_without_reports_starts_on_the_employee_list() {
    let s = signed_in(Lang::Id, ("daniel", "199601202020121004", DANIEL));
    assert_eq!(s.app.state.screen, Screen::Employees);
}

#[test]
fn enter_goes_where_each_line_is_dealt_with() {
    let mut s = maria(Lang::Id);
    // A follow-up: tab 4 on that person.
    s.keys(&[Key::plain(KeyCode::Enter)]);
    assert_eq!(s.app.state.screen, Screen::Sessions);
    assert_eq!(
        s.app.state.feedback.current().map(|r| r.employee),
        Some(DANIEL),
        "the list opens on that person"
    );

    // 0 comes back to the agenda (read again).
    s.keys(&[Key::ch('0')]);
    assert_eq!(s.app.state.screen, Screen::Agenda);
    assert_eq!(s.app.state.agenda.lines.len(), 7);

    // A plan not approved: Siti's plan on tab 2.
    s.go_to(Section::PlansNotApproved, SITI);
    s.keys(&[Key::plain(KeyCode::Enter)]);
    assert_eq!(s.app.state.screen, Screen::Plans);
    assert_eq!(s.app.state.plans.year, 2026);
    assert_eq!(
        s.app.state.plans.open.as_ref().map(|o| o.employee),
        Some(SITI)
    );

    // An evaluation of the last ended segment: the Penilaian grid on segment 3, on Daniel.
    s.keys(&[Key::ch('0')]);
    s.go_to(Section::EvaluationsUnsigned, DANIEL);
    s.keys(&[Key::plain(KeyCode::Enter)]);
    assert_eq!(s.app.state.screen, Screen::Reviews);
    assert_eq!(s.app.state.reviews.year, 2026);
    assert_eq!(s.app.state.reviews.kind, ReviewKind::Periodic(3));
    assert_eq!(
        s.app.state.reviews.current().map(|r| r.employee),
        Some(DANIEL)
    );

    // H on an agenda line: that person's history.
    s.keys(&[Key::ch('0')]);
    s.go_to(Section::NoFeedback, SITI);
    s.keys(&[Key::ch('H')]);
    assert_eq!(s.app.state.screen, Screen::History);
    assert_eq!(s.app.state.history.person, Some(SITI));
}

#[test]
fn an_admin_on_the_agenda_is_told_where_a_supervisors_agenda_is() {
    let mut s = signed_in_as(Lang::Id, ("agus", AGUS_NIP, EmployeeId(5)), Role::Admin);
    assert_eq!(
        s.app.state.screen,
        Screen::Employees,
        "admins start on the list"
    );
    s.keys(&[Key::ch('0')]);
    assert_eq!(s.app.state.screen, Screen::Agenda);
    let screen = s.draw((120, 40));
    assert!(screen.contains("kinerja agenda --nip NIP"), "{screen}");
}

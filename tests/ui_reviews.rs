//! The Penilaian tab (issue 8) on a TestBackend: the team grid with its distribution panel
//! and the scoring form, drawn from constructed state at 80x24 and 120x40 (Indonesian, and
//! English), and the grid's keys through the real key map and update path.

#[allow(clippy::too_many_arguments)]
mod common;

use chrono::NaiveDate;
use kinerja::app::feedback::tab::evidence::{Cited, CitedKind};
use kinerja::app::plans::command::Command as PlanCommand;
use kinerja::app::reviews::form::{Facts, Periodic, ScoringForm};
use kinerja::app::reviews::grid::{GridRow, Loaded, ObjectionState, UnitPanel};
use kinerja::app::reviews::Popup as ReviewPopup;
use kinerja::app::shell::state::{Popup, Screen};
use kinerja::app::{App, Command};
use kinerja::domain::appraisal::{OrgGrade, PerformanceGrade as G, Rating::*};
use kinerja::domain::plan::{
    Aspect, Direction, Evidence, Indicator, PersonSnapshot, PlannedResult, Realization,
    RealizedValue, ResultKind, Target,
};
use kinerja::domain::review::evaluation::{DistributionGate, SignedPeople};
use kinerja::domain::review::{Review, ReviewKind};
use kinerja::domain::ruledata::CoreValue;
use kinerja::domain::{EmployeeId, UnitId};
use kinerja::i18n::Lang;
use kinerja::ui::term::script::run_steps;

const MARIA: EmployeeId = EmployeeId(2);
const DANIEL: EmployeeId = EmployeeId(3);
const SITI: EmployeeId = EmployeeId(4);
const YEAR: i32 = 2026;

struct Screenshot {
    app: App,
    db: String,
    _dir: tempfile::TempDir,
}

impl Screenshot {
    fn new(lang: Lang) -> Screenshot {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("db");
        let services = common::services_with_office(&path);
        let mut app = App::new(services, lang);
        app.state.screen = Screen::Reviews;
        Screenshot {
            app,
            db: path.display().to_string(),
            _dir: dir,
        }
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
}

fn person(id: EmployeeId, name: &str) -> PersonSnapshot {
    PersonSnapshot {
        employee: id,
        name: name.into(),
        nip: kinerja::domain::Nip::from_trusted("199601202020121004".into()),
        grade: kinerja::domain::Grade::Pns(kinerja::domain::PnsRank::IIC),
        position: "Pengadministrasi Umum".into(),
        position_kind: kinerja::domain::PositionKind::Pelaksana,
        unit: UnitId(2),
        unit_name: "Seksi Pemerintahan".into(),
    }
}

fn review(
    emp: EmployeeId,
    kind: ReviewKind,
    work: kinerja::domain::appraisal::Rating,
    behaviour: kinerja::domain::appraisal::Rating,
) -> Review {
    let mut r = Review::new(emp, MARIA, YEAR, kind);
    r.work = Some(work);
    r.behaviour = Some(behaviour);
    r
}

fn signed(mut r: Review) -> Review {
    r.work_justification = "Melampaui target segmen".into();
    r.behaviour_justification = "Membantu warga di luar jam kerja saat banjir".into();
    let people = SignedPeople {
        employee: person(r.employee, "Daniel Ndiken"),
        appraiser: person(MARIA, "Maria Kaize, S.IP."),
        appraiser_superior: Some(person(EmployeeId(1), "Yohanes Gebze, S.Sos.")),
    };
    let day = NaiveDate::from_ymd_opt(2026, 12, 15).expect("date");
    r.sign(day, people, None, DistributionGate::Clear)
        .expect("signs");
    r
}

fn row(emp: EmployeeId, name: &str, nip: &str, review: Option<Review>) -> GridRow {
    let signed = review.as_ref().is_some_and(Review::is_signed);
    GridRow {
        employee: emp,
        name: name.into(),
        nip: nip.into(),
        review,
        objection: ObjectionState::None,
        decided_grade: None,
        decided_ratings: None,
        objection_filed: None,
        rateable: !signed,
        awaiting_decision: false,
    }
}

/// Maria's section for the year: Daniel signed Baik, Siti rated Di Bawah without a reason,
/// and three more of the unit graded already; the unit graded Baik.
fn annual_grid() -> Loaded {
    let mut siti = review(SITI, ReviewKind::Annual, BelowExpectation, AsExpected);
    siti.behaviour_feedback
        .insert(CoreValue::Harmonious, "Membantu rekan".into());
    let mut daniel = row(
        DANIEL,
        "Daniel Ndiken",
        "19960120 202012 1 004",
        Some(signed(review(
            DANIEL,
            ReviewKind::Annual,
            AsExpected,
            AsExpected,
        ))),
    );
    daniel.objection = ObjectionState::Pending;
    Loaded {
        year: YEAR,
        kind: ReviewKind::Annual,
        segments: 4,
        rows: vec![
            daniel,
            row(
                SITI,
                "Siti Rahmawati, A.Md.",
                "19930405 202321 2 005",
                Some(siti),
            ),
            row(EmployeeId(7), "Yosep Mahuze", "19900101 201501 1 007", None),
        ],
        panel: Some(UnitPanel {
            unit: UnitId(2),
            name: "Seksi Pemerintahan".into(),
            grade: Some(OrgGrade::Good),
            members: vec![
                (DANIEL, Some(G::Good)),
                (SITI, None),
                (EmployeeId(7), None),
                (EmployeeId(8), Some(G::Good)),
                (EmployeeId(9), Some(G::Good)),
                (EmployeeId(10), Some(G::VeryGood)),
            ],
            enforced: false,
        }),
        units: vec![UnitId(2)],
        own: false,
    }
}

#[test]
fn grid_annual_80x24_id() {
    let mut s = Screenshot::new(Lang::Id);
    s.app.state.reviews.apply(annual_grid());
    s.app.state.reviews.scroll.move_by(1, 3);
    insta::assert_snapshot!(s.draw((80, 24)));
}

#[test]
fn grid_annual_120x40_id() {
    let mut s = Screenshot::new(Lang::Id);
    s.app.state.reviews.apply(annual_grid());
    insta::assert_snapshot!(s.draw((120, 40)));
}

#[test]
fn grid_annual_80x24_en() {
    let mut s = Screenshot::new(Lang::En);
    s.app.state.reviews.apply(annual_grid());
    insta::assert_snapshot!(s.draw((80, 24)));
}

#[test]
fn grid_periodic_120x40_en() {
    let mut s = Screenshot::new(Lang::En);
    let mut l = annual_grid();
    l.kind = ReviewKind::Periodic(2);
    l.panel = l.panel.map(|p| UnitPanel { grade: None, ..p });
    s.app.state.reviews.apply(l);
    insta::assert_snapshot!(s.draw((120, 40)));
}

/// Nobody of the unit graded yet: the panel says the rule waits instead of ticking clauses
/// that an empty population cannot break.
#[test]
fn the_panel_waits_while_nobody_is_graded() {
    let mut s = Screenshot::new(Lang::Id);
    let mut l = annual_grid();
    for r in &mut l.rows {
        r.review = None;
    }
    l.panel = l.panel.map(|p| UnitPanel {
        members: p.members.into_iter().map(|(e, _)| (e, None)).collect(),
        ..p
    });
    s.app.state.reviews.apply(l);
    let screen = s.draw((120, 40));
    assert!(screen.contains("belum ada yang berpredikat"), "{screen}");
    assert!(!screen.contains("✓ Baik"), "{screen}");
    assert!(!screen.contains("sesuai pola"), "{screen}");
}

/// A scroll offset left from a smaller screen does not hide rows that fit.
#[test]
fn rows_that_fit_are_all_shown_whatever_the_offset() {
    let mut s = Screenshot::new(Lang::Id);
    s.app.state.reviews.apply(annual_grid());
    s.app.state.reviews.scroll.move_by(2, 3);
    s.app.state.reviews.scroll.offset = 2;
    let screen = s.draw((120, 40));
    assert!(screen.contains("Daniel Ndiken"), "{screen}");
    assert!(screen.contains("› Yosep Mahuze"), "{screen}");
}

/// Daniel's plan of the year with a realisation, evidence and feedback in segment 2.
fn facts(s: &mut Screenshot, kind: ReviewKind) -> Facts {
    let run = |s: &mut Screenshot, c| {
        s.app
            .services
            .execute(Command::Plans(c))
            .expect("plan command");
    };
    run(
        s,
        PlanCommand::CreateDraft {
            employee: DANIEL,
            year: YEAR,
        },
    );
    let mut p = s
        .app
        .services
        .store
        .plans_of_employee(DANIEL, Some(YEAR))
        .expect("plans")
        .pop()
        .expect("a plan");
    p.results = vec![PlannedResult {
        number: 1,
        kind: ResultKind::Main,
        text: "Berkas administrasi kependudukan selesai tepat waktu".into(),
        parent_result: None,
        indicators: vec![Indicator {
            number: 1,
            text: "Berkas selesai".into(),
            aspect: Some(Aspect::Quantity),
            target: Target::Number(150.0),
            unit: "berkas".into(),
            direction: Direction::HigherBetter,
            perspective: None,
            realizations: vec![Realization {
                segment: 2,
                value: RealizedValue::Number(142.0),
                evidence: Evidence {
                    description: "Daftar berkas".into(),
                    location: "folder bersama".into(),
                },
                feedback: "Tinggal 8 berkas, kejar minggu depan".into(),
            }],
        }],
    }];
    p.leader_expectations.insert(
        CoreValue::ServiceOriented,
        "Melayani warga dengan ramah".into(),
    );
    let periodic = match kind {
        ReviewKind::Annual => vec![
            Periodic {
                segment: 1,
                work: Some(AsExpected),
                behaviour: Some(AsExpected),
                grade: Some(G::Good),
                signed: true,
            },
            Periodic {
                segment: 2,
                work: Some(BelowExpectation),
                behaviour: Some(AsExpected),
                grade: Some(G::NeedsImprovement),
                signed: true,
            },
        ],
        ReviewKind::Periodic(_) => Vec::new(),
    };
    Facts {
        plans: vec![p],
        segments: match kind {
            ReviewKind::Annual => vec![1, 2, 3, 4],
            ReviewKind::Periodic(n) => vec![n],
        },
        periodic,
        feedback_per_segment: vec![(2, 1)],
        feedback: vec![
            Cited {
                number: 1,
                date: NaiveDate::from_ymd_opt(2026, 4, 14).expect("date"),
                kind: CitedKind::Session(kinerja::domain::feedback::SessionKind::Monitoring),
                first_line: "Realisasi berkas tertinggal; sepakat cek mingguan".into(),
            },
            Cited {
                number: 2,
                date: NaiveDate::from_ymd_opt(2026, 5, 2).expect("date"),
                kind: CitedKind::Note(kinerja::domain::feedback::NoteTone::Positive),
                first_line: "Membantu warga di luar jam kerja saat banjir".into(),
            },
        ],
        ..Facts::default()
    }
}

fn open_form(s: &mut Screenshot, r: Review, kind: ReviewKind) -> &mut ScoringForm {
    let facts = facts(s, kind);
    let f = ScoringForm::new(
        "Daniel Ndiken".into(),
        "19960120 202012 1 004".into(),
        r,
        facts,
    );
    s.app
        .state
        .popups
        .push(Popup::Reviews(ReviewPopup::Scoring(Box::new(f))));
    match s.app.state.popups.last_mut() {
        Some(Popup::Reviews(ReviewPopup::Scoring(f))) => f,
        _ => unreachable!("just pushed"),
    }
}

/// Segment 2: results Di Atas with a realisation under target, no justification yet; the
/// refusal shown at the field.
fn periodic_form(s: &mut Screenshot) {
    let r = Review::new(DANIEL, MARIA, YEAR, ReviewKind::Periodic(2));
    let f = open_form(s, r, ReviewKind::Periodic(2));
    f.set_rating(
        kinerja::domain::review::evaluation::RatingField::WorkResult,
        Some(AboveExpectation),
    );
    f.set_rating(
        kinerja::domain::review::evaluation::RatingField::Behaviour,
        Some(AsExpected),
    );
    assert!(!f.check_for_signing(), "Di Atas needs a justification");
}

#[test]
fn form_periodic_80x24_id() {
    let mut s = Screenshot::new(Lang::Id);
    periodic_form(&mut s);
    insta::assert_snapshot!(s.draw((80, 24)));
}

#[test]
fn form_periodic_120x40_id() {
    let mut s = Screenshot::new(Lang::Id);
    periodic_form(&mut s);
    insta::assert_snapshot!(s.draw((120, 40)));
}

#[test]
fn form_periodic_120x40_en() {
    let mut s = Screenshot::new(Lang::En);
    periodic_form(&mut s);
    insta::assert_snapshot!(s.draw((120, 40)));
}

/// The annual form, scrolled to the bottom: warnings, the year's periodic evaluations beside
/// it, signed (read-only) with its snapshot of the people.
#[test]
fn form_annual_signed_120x40_id() {
    let mut s = Screenshot::new(Lang::Id);
    let r = signed(review(
        DANIEL,
        ReviewKind::Annual,
        AsExpected,
        AboveExpectation,
    ));
    let f = open_form(&mut s, r, ReviewKind::Annual);
    assert!(f.read_only());
    f.focus = kinerja::app::reviews::form::order().len() - 1;
    insta::assert_snapshot!(s.draw((120, 40)));
}

#[test]
fn form_annual_signed_80x24_id() {
    let mut s = Screenshot::new(Lang::Id);
    let r = signed(review(
        DANIEL,
        ReviewKind::Annual,
        AsExpected,
        AboveExpectation,
    ));
    let f = open_form(&mut s, r, ReviewKind::Annual);
    f.focus = kinerja::app::reviews::form::order().len() - 1;
    insta::assert_snapshot!(s.draw((80, 24)));
}

fn jan(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(YEAR + 1, 1, d).expect("date")
}

/// Daniel's signed annual form (Sesuai / Sesuai), received 21 January, objected 24 January,
/// scrolled to its end.
fn objected_form(
    s: &mut Screenshot,
    decision: Option<kinerja::domain::review::objection::Decision>,
) {
    let r = signed(review(DANIEL, ReviewKind::Annual, AsExpected, AsExpected));
    let f = open_form(s, r, ReviewKind::Annual);
    f.facts.received_on = Some(jan(21));
    f.facts.objection = Some(kinerja::domain::review::objection::Objection {
        received_on: jan(21),
        filed_on: jan(24),
        reasons: "Inovasi layanan keliling belum dipertimbangkan".into(),
        decision,
    });
    f.facts.decided_by = Some("Yohanes Gebze".into());
    f.focus = kinerja::app::reviews::form::order().len() - 1;
}

/// A decided objection: the original ratings and grade stay beside the decided ones, and
/// the header names the final grade.
#[test]
fn form_annual_with_a_decided_objection_120x40_id() {
    use kinerja::domain::review::objection::{Decision, Outcome};
    let mut s = Screenshot::new(Lang::Id);
    let decision = Decision {
        on: jan(30),
        by: EmployeeId(1),
        outcome: Outcome::Changed {
            work: AboveExpectation,
            behaviour: AboveExpectation,
        },
        reasons: "Bukti inovasi sah".into(),
    };
    objected_form(&mut s, Some(decision));
    let screen = s.draw((120, 40));
    assert!(screen.contains("Predikat akhir: Sangat Baik"), "{screen}");
    assert!(
        screen.contains("Evaluasi semula: Sesuai / Sesuai → Baik"),
        "{screen}"
    );
    assert!(
        screen.contains("Setelah keputusan (final): Di Atas / Di Atas → Sangat Baik"),
        "{screen}"
    );
    assert!(
        screen.contains("Diputus tanggal: 30/01/2027 oleh Yohanes Gebze"),
        "{screen}"
    );
    insta::assert_snapshot!(screen);
}

/// A pending objection says who it waits for.
#[test]
fn form_with_a_pending_objection_says_it_waits() {
    let mut s = Screenshot::new(Lang::En);
    objected_form(&mut s, None);
    let screen = s.draw((120, 40));
    assert!(
        screen.contains("awaits the decision of the appraiser's superior"),
        "{screen}"
    );
    assert!(!screen.contains("Final grade"), "{screen}");
}

/// The decision popup puts the objection and the original ratings above its fields.
#[test]
fn the_decision_popup_shows_the_objection_and_the_original() {
    use kinerja::app::reviews::entry::{DecisionFacts, EntryForm, Purpose};
    let mut s = Screenshot::new(Lang::Id);
    s.app.state.reviews.apply(annual_grid());
    let mut form = EntryForm::new(
        Purpose::Decide {
            employee: DANIEL,
            year: YEAR,
            kind: ReviewKind::Annual,
        },
        "Daniel Ndiken".into(),
        None,
        NaiveDate::from_ymd_opt(YEAR, 12, 20).expect("date"),
    );
    form.decision = Some(DecisionFacts {
        filed_on: NaiveDate::from_ymd_opt(YEAR, 12, 18).expect("date"),
        reasons: "Inovasi layanan keliling belum dipertimbangkan".into(),
        work: Some(AsExpected),
        behaviour: Some(BelowExpectation),
        grade: Some(G::NeedsImprovement),
    });
    s.app
        .state
        .popups
        .push(Popup::Reviews(ReviewPopup::Entry(form)));
    let screen = s.draw((120, 40));
    assert!(screen.contains("Diajukan tanggal: 18/12/2026"), "{screen}");
    assert!(
        screen.contains("Alasan keberatan: Inovasi layanan keliling belum dipertimbangkan"),
        "{screen}"
    );
    assert!(
        screen.contains("Evaluasi semula: Sesuai / Di Bawah → Butuh Perbaikan"),
        "{screen}"
    );
    assert!(screen.contains("Alasan keputusan"), "{screen}");
}

/// The small office signed in as Maria (appraiser of Daniel and Siti).
fn as_maria() -> Screenshot {
    use kinerja::domain::Role;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("db");
    let mut services = common::services_with_office(&path);
    services
        .create_account(None, "maria", Some(MARIA), Role::Appraiser, "rahasia-uji")
        .expect("account");
    let session = services
        .session_for_nip("198205102006042003")
        .expect("session");
    Screenshot {
        app: App::signed_in(services, Lang::Id, session),
        db: path.display().to_string(),
        _dir: dir,
    }
}

fn keys(app: &mut App, keys: &[kinerja::app::kit::key::Key]) {
    for k in keys {
        app.handle_key(*k);
    }
}

fn stored(app: &App, emp: EmployeeId, kind: ReviewKind) -> Option<Review> {
    let year = app.state.reviews.year;
    app.services
        .store
        .review_year(emp, year)
        .expect("read")
        .and_then(|y| y.review(kind).cloned())
}

/// Keys on the grid rate and save at once; the grade follows the matrix live; the form
/// refuses signing without the justification at its field, signs with it; a signed row and
/// form no longer change.
#[test]
fn keys_rate_sign_and_leave_a_signed_evaluation_alone() {
    use kinerja::app::kit::key::{Key, KeyCode};
    use kinerja::app::reviews::form::FieldId;
    use kinerja::domain::review::evaluation::RatingField;
    let mut s = as_maria();
    let app = &mut s.app;
    keys(app, &[Key::ch('3')]);
    let kind = app.state.reviews.kind;
    let names: Vec<&str> = app
        .state
        .reviews
        .rows
        .iter()
        .map(|r| r.name.as_str())
        .collect();
    assert_eq!(names, vec!["Daniel Ndiken", "Siti Rahmawati, A.Md."]);
    // Daniel: results Di Bawah, then behaviour Sesuai -> Butuh Perbaikan, saved each time.
    keys(app, &[Key::ch('b')]);
    assert_eq!(
        stored(app, DANIEL, kind).and_then(|r| r.work),
        Some(BelowExpectation)
    );
    assert_eq!(app.state.reviews.rows[0].grade(), None);
    keys(app, &[Key::ch('l'), Key::ch('s')]);
    assert_eq!(app.state.reviews.rows[0].grade(), Some(G::NeedsImprovement));
    keys(app, &[Key::ch('h'), Key::ch('a')]);
    assert_eq!(app.state.reviews.rows[0].grade(), Some(G::Good));
    assert_eq!(
        stored(app, DANIEL, kind).and_then(|r| r.grade()),
        Some(G::Good)
    );

    // The form: Ctrl-T without the justification is refused at the field, nothing signed.
    keys(app, &[Key::plain(KeyCode::Enter)]);
    keys(app, &[Key::ctrl('t')]);
    let Some(Popup::Reviews(ReviewPopup::Scoring(f))) = app.state.popups.last() else {
        panic!("the form stays open");
    };
    assert_eq!(
        f.error_at(FieldId::Justification(RatingField::WorkResult)),
        Some(kinerja::app::reviews::ReviewText::JustificationRequired)
    );
    assert!(!stored(app, DANIEL, kind).is_some_and(|r| r.is_signed()));
    for c in "Melampaui target".chars() {
        app.handle_key(Key::ch(c));
    }
    keys(app, &[Key::ctrl('t'), Key::ch('y')]);
    let r = stored(app, DANIEL, kind).expect("stored");
    assert!(r.is_signed());
    assert_eq!(r.work_justification, "Melampaui target");
    assert!(app.state.popups.is_empty(), "the signed form closed");

    // The signed row refuses a rating key; the form opens read-only.
    keys(app, &[Key::ch('b')]);
    assert_eq!(
        stored(app, DANIEL, kind).and_then(|r| r.work),
        Some(AboveExpectation)
    );
    assert!(app.state.status.as_ref().is_some_and(|st| st.error));
    keys(
        app,
        &[Key::plain(KeyCode::Enter), Key::ch('b'), Key::ctrl('s')],
    );
    let Some(Popup::Reviews(ReviewPopup::Scoring(f))) = app.state.popups.last() else {
        panic!("the signed form opens");
    };
    assert!(f.read_only());
    assert_eq!(f.work, Some(AboveExpectation));
    let shown = s.draw((80, 24));
    assert!(shown.contains("ditandatangani"), "{shown}");
}

/// Text typed into the scoring form survives the app stopping without a save: opening the
/// form again offers the draft, and yes puts it back.
#[test]
fn typed_text_in_the_scoring_form_comes_back_after_a_crash() {
    use kinerja::app::kit::key::{Key, KeyCode};
    use kinerja::domain::Role;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("db");
    let open = |path: &std::path::Path| {
        let mut services = common::services_with_office(path);
        if !services.has_accounts().unwrap_or(false) {
            services
                .create_account(None, "maria", Some(MARIA), Role::Appraiser, "rahasia-uji")
                .expect("account");
        }
        let session = services
            .session_for_nip("198205102006042003")
            .expect("session");
        App::signed_in(services, Lang::Id, session)
    };
    let typed = "Tiga kali terlambat apel";
    {
        let mut app = open(&path);
        keys(
            &mut app,
            &[
                Key::ch('3'),
                Key::plain(KeyCode::Enter),
                Key::ch('b'),
                Key::plain(KeyCode::Tab),
            ],
        );
        for c in typed.chars() {
            app.handle_key(Key::ch(c));
        }
        app.flush_draft();
        // No save, no Esc: the process ends here.
    }
    let mut app = open(&path);
    keys(&mut app, &[Key::ch('3'), Key::plain(KeyCode::Enter)]);
    assert!(
        matches!(app.state.popups.last(), Some(Popup::Confirm(_))),
        "the draft is offered"
    );
    keys(&mut app, &[Key::ch('y')]);
    let Some(Popup::Reviews(ReviewPopup::Scoring(f))) = app.state.popups.last() else {
        panic!("the form is open");
    };
    assert_eq!(f.work_justification.value(), typed);
    assert_eq!(f.work, Some(BelowExpectation));
}

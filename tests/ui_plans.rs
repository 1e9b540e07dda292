//! The SKP tab (issue 6) driven by keys through the real key map, update path, command path
//! and store: keys -> state -> commands, checked on disk; and TestBackend snapshots of the
//! progress overview, the plan and the cascade at 80x24 and 120x40 in both languages.

#[allow(clippy::too_many_arguments)]
mod common;

use kinerja::app::keymap::Context;
use kinerja::app::plans::command::Command as PlanCommand;
use kinerja::app::plans::Context as PlansContext;
use kinerja::app::services::permissions::Ask;
use kinerja::app::shell::state::Popup;
use kinerja::app::{App, Command, CommandError, Services};
use kinerja::domain::plan::{
    Aspect, Direction, Evidence, Indicator, PerformancePlan, PlanState, PlannedResult, Realization,
    RealizedValue, ResultKind, ResultRef, Target,
};
use kinerja::domain::ruledata::CoreValue;
use kinerja::domain::{AuditAction, EmployeeId, RecordKind, Role, Viewer};
use kinerja::i18n::Lang;
use kinerja::ui::term::script::{parse, run_steps};

const YOHANES: EmployeeId = EmployeeId(1);
const MARIA: EmployeeId = EmployeeId(2);
const DANIEL: EmployeeId = EmployeeId(3);
const YEAR: i32 = 2026;

struct Session {
    app: App,
    db: String,
    _dir: tempfile::TempDir,
}

fn run(app: &mut App, script: &str, size: (u16, u16), db: &str) -> String {
    let lang = app.state.lang;
    let steps = parse(script, lang).expect("script parses");
    let out = run_steps(app, &steps, size).expect("script runs");
    out.replace(db, "[DB]")
        .lines()
        .map(|l| match l.find("  /") {
            Some(at) if db.starts_with(&l[at + 2..]) => format!("{}  [DB]", &l[..at]),
            _ => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

impl Session {
    /// The small office, as the local operator (no sign-in), optionally with plans.
    fn new(lang: Lang, with_plans: bool) -> Session {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("db");
        let mut services = common::services_with_office(&path);
        if with_plans {
            seed_plans(&mut services);
        }
        Session {
            app: App::new(services, lang),
            db: path.display().to_string(),
            _dir: dir,
        }
    }

    /// The same office with plans, signed in as `emp` (an appraiser account).
    fn signed_in(lang: Lang, emp: EmployeeId, user: &str) -> Session {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("db");
        let mut services = common::services_with_office(&path);
        seed_plans(&mut services);
        services
            .create_account(None, user, Some(emp), Role::Appraiser, "rahasia-uji")
            .expect("account");
        let nip = services
            .register
            .employees()
            .iter()
            .find(|e| e.id == emp)
            .expect("employee")
            .nip
            .as_str()
            .to_string();
        let session = services.session_for_nip(&nip).expect("session");
        Session {
            app: App::signed_in(services, lang, session),
            db: path.display().to_string(),
            _dir: dir,
        }
    }

    fn run(&mut self, script: &str, size: (u16, u16)) -> String {
        run(&mut self.app, script, size, &self.db)
    }

    fn plan_of(&self, emp: EmployeeId) -> Option<PerformancePlan> {
        self.app
            .services
            .store
            .plans_of_employee(emp, Some(YEAR))
            .expect("read plans")
            .pop()
    }

    fn last_audit(&self) -> kinerja::domain::AuditEntry {
        self.app
            .services
            .store
            .audit_trail()
            .expect("trail")
            .pop()
            .expect("an entry")
    }
}

fn exec(s: &mut Services, c: PlanCommand) {
    s.execute(Command::Plans(c)).expect("plan command");
}

fn plan(s: &Services, emp: EmployeeId) -> PerformancePlan {
    s.store
        .plans_of_employee(emp, Some(YEAR))
        .expect("read")
        .pop()
        .expect("a plan")
}

fn indicator(number: u16, text: &str, target: Target, unit: &str, d: Direction) -> Indicator {
    Indicator {
        number,
        text: text.into(),
        aspect: Some(Aspect::Quantity),
        target,
        unit: unit.into(),
        direction: d,
        perspective: None,
        realizations: Vec::new(),
    }
}

/// Yohanes: an approved plan with two RHKs (the second supported by nobody); Maria: an
/// approved plan linked to his RHK 1, with a realisation in segment 1; Daniel: a draft.
fn seed_plans(s: &mut Services) {
    exec(
        s,
        PlanCommand::CreateDraft {
            employee: YOHANES,
            year: YEAR,
        },
    );
    let mut y = plan(s, YOHANES);
    y.results = vec![
        PlannedResult {
            number: 1,
            kind: ResultKind::Main,
            text: "Pelayanan administrasi kependudukan tepat waktu".into(),
            parent_result: None,
            indicators: vec![indicator(
                1,
                "Dokumen selesai",
                Target::Number(150.0),
                "berkas",
                Direction::HigherBetter,
            )],
        },
        PlannedResult {
            number: 2,
            kind: ResultKind::Additional,
            text: "Laporan kinerja distrik tersusun".into(),
            parent_result: None,
            indicators: vec![indicator(
                1,
                "Waktu penyusunan",
                Target::Range { min: 7.0, max: 8.0 },
                "bulan",
                Direction::LowerBetter,
            )],
        },
    ];
    y.leader_expectations.insert(
        CoreValue::ServiceOriented,
        "Melayani warga dengan ramah".into(),
    );
    y.annex.resources = vec!["Komputer seksi".into()];
    let (id, rev) = (y.id, y.revision);
    exec(
        s,
        PlanCommand::Edit {
            employee: YOHANES,
            plan: Box::new(y),
        },
    );
    exec(
        s,
        PlanCommand::Submit {
            employee: YOHANES,
            id,
            revision: rev + 1,
        },
    );
    exec(
        s,
        PlanCommand::Approve {
            employee: YOHANES,
            id,
            revision: rev + 2,
        },
    );
    let parent = ResultRef {
        plan: id,
        number: 1,
    };

    exec(
        s,
        PlanCommand::CreateDraft {
            employee: MARIA,
            year: YEAR,
        },
    );
    let mut m = plan(s, MARIA);
    m.results = vec![PlannedResult {
        number: 1,
        kind: ResultKind::Main,
        text: "Layanan KTP seksi selesai".into(),
        parent_result: Some(parent),
        indicators: vec![indicator(
            1,
            "Berkas KTP selesai",
            Target::Number(150.0),
            "berkas",
            Direction::HigherBetter,
        )],
    }];
    let (mid, mrev) = (m.id, m.revision);
    exec(
        s,
        PlanCommand::Edit {
            employee: MARIA,
            plan: Box::new(m),
        },
    );
    exec(
        s,
        PlanCommand::Submit {
            employee: MARIA,
            id: mid,
            revision: mrev + 1,
        },
    );
    exec(
        s,
        PlanCommand::Approve {
            employee: MARIA,
            id: mid,
            revision: mrev + 2,
        },
    );
    exec(
        s,
        PlanCommand::Realize {
            employee: MARIA,
            id: mid,
            revision: mrev + 3,
            result: 1,
            indicator: 1,
            realization: Box::new(Realization {
                segment: 1,
                value: RealizedValue::Number(142.0),
                evidence: Evidence {
                    description: "142 dari 150 berkas".into(),
                    location: "folder bersama".into(),
                },
                feedback: "Baik".into(),
            }),
        },
    );
    exec(
        s,
        PlanCommand::CreateDraft {
            employee: DANIEL,
            year: YEAR,
        },
    );
}

// --- keys -> state -> commands ----------------------------------------------------------

/// The overview lists the operator's everyone in register order: Yohanes, Maria, Daniel,
/// Siti, Agus. From Siti's row (no plan): draft, RHK linked through the picker, indicator,
/// submit. Checked on disk and in the audit trail.
#[test]
fn a_draft_is_made_linked_to_the_supervisors_rhk_and_submitted() {
    let mut s = Session::new(Lang::Id, true);
    s.run("2\nj\nj\nj\nEnter\nn\ny", (120, 40));
    let siti = EmployeeId(4);
    let draft = s.plan_of(siti).expect("a draft was made");
    assert_eq!(draft.state, PlanState::Draft);
    assert_eq!(draft.appraiser.as_ref().map(|a| a.employee), Some(MARIA));
    assert_eq!(
        draft.appraiser_superior.as_ref().map(|a| a.employee),
        Some(YOHANES)
    );
    assert_eq!(s.last_audit().action, AuditAction::Create);

    // RHK: kind stays Utama, text, then the picker of Maria's RHKs (search "ktp").
    let screen = s.run(
        "a\nTab\ntext:Data kependudukan diperbarui\nTab\nEnter\ntext:ktp\nEnter\nctrl+s",
        (120, 40),
    );
    let maria_plan = s.plan_of(MARIA).expect("maria's plan");
    let p = s.plan_of(siti).expect("plan");
    assert_eq!(p.results.len(), 1, "{screen}");
    assert_eq!(p.results[0].text, "Data kependudukan diperbarui");
    assert_eq!(
        p.results[0].parent_result,
        Some(ResultRef {
            plan: maria_plan.id,
            number: 1
        })
    );
    assert!(
        screen.contains("RHK atasan: Maria Kaize, S.IP.: 1. Layanan KTP seksi selesai"),
        "{screen}"
    );

    // Indicator with an Indonesian decimal comma.
    s.run(
        "i\ntext:Data diperbarui\nTab\nTab\ntext:12,5\nTab\ntext:desa\nctrl+s",
        (120, 40),
    );
    let p = s.plan_of(siti).expect("plan");
    assert_eq!(p.results[0].indicators[0].target, Target::Number(12.5));
    assert_eq!(p.results[0].indicators[0].unit, "desa");

    let screen = s.run("s\ny", (120, 40));
    assert_eq!(
        s.plan_of(siti).expect("plan").state,
        PlanState::Submitted,
        "{screen}"
    );
    assert!(screen.contains("SKP diajukan: Siti Rahmawati"), "{screen}");
    let last = s.last_audit();
    assert_eq!(
        (last.action, last.record.kind),
        (AuditAction::Submit, RecordKind::Plan)
    );
}

#[test]
fn submitting_with_an_unlinked_rhk_names_it_and_changes_nothing() {
    let mut s = Session::new(Lang::Id, true);
    // Daniel's draft (third row): an RHK without a link, with an indicator.
    s.run(
        "2\nj\nj\nEnter\na\nTab\ntext:Arsip surat masuk tertata\nctrl+s\ni\ntext:Surat diarsip\nTab\nTab\ntext:300\nTab\ntext:surat\nctrl+s",
        (120, 40),
    );
    let before = s.plan_of(DANIEL).expect("plan");
    assert_eq!(before.results.len(), 1);
    let screen = s.run("s\ny", (120, 40));
    assert!(
        screen.contains(
            "Ditolak: RHK 1 \"Arsip surat masuk tertata\" belum ditautkan ke RHK atasan."
        ),
        "{screen}"
    );
    assert!(
        screen.contains("⚠ belum ditautkan ke RHK atasan"),
        "{screen}"
    );
    assert_eq!(s.plan_of(DANIEL).expect("plan"), before);
}

#[test]
fn a_bad_target_keeps_everything_typed_and_esc_asks_first() {
    let mut s = Session::new(Lang::En, true);
    s.run("2\nj\nj\nEnter\na\nTab\ntext:Arsip\nctrl+s", (120, 40));
    let screen = s.run(
        "i\ntext:Surat diarsip\nTab\nTab\ntext:8-7\nTab\ntext:surat\nctrl+s",
        (120, 40),
    );
    assert!(
        screen.contains("range reversed: minimum above maximum"),
        "{screen}"
    );
    assert!(
        screen.contains("Surat diarsip") && screen.contains("8-7"),
        "{screen}"
    );
    assert!(matches!(s.app.state.popups.last(), Some(Popup::Plans(_))));
    let screen = s.run("BackTab\nctrl+u\ntext:dua belas\nctrl+s", (120, 40));
    assert!(
        screen.contains("not a number (e.g. 12 or 12,5)"),
        "{screen}"
    );
    assert!(s.plan_of(DANIEL).expect("plan").results[0]
        .indicators
        .is_empty());
    s.run("Esc", (120, 40));
    assert_eq!(s.app.state.context(), Context::Confirm);
    s.run("y", (120, 40));
    assert_eq!(s.app.state.context(), Context::Plans(PlansContext::Plan));
}

#[test]
fn reject_needs_a_reason_and_reopen_records_it() {
    let mut s = Session::new(Lang::Id, true);
    // Maria's plan is approved: reopen with a reason.
    s.run("2\nj\nEnter\no\nctrl+s", (120, 40));
    assert!(
        matches!(s.app.state.popups.last(), Some(Popup::Plans(_))),
        "an empty reason is refused"
    );
    assert_eq!(s.plan_of(MARIA).expect("plan").state, PlanState::Approved);
    s.run("text:Target berubah\nctrl+s", (120, 40));
    assert_eq!(s.plan_of(MARIA).expect("plan").state, PlanState::Draft);
    let last = s.last_audit();
    assert_eq!(
        (last.action, last.reason.as_str()),
        (AuditAction::Reopen, "Target berubah")
    );
    // Submit again, then reject with a reason: editable again, the reason shown.
    s.run("s\ny\nx\ntext:Indikator kurang jelas\nctrl+s", (120, 40));
    let p = s.plan_of(MARIA).expect("plan");
    assert_eq!(
        p.state,
        PlanState::Rejected {
            reason: "Indikator kurang jelas".into()
        }
    );
    assert_eq!(s.last_audit().action, AuditAction::Reject);
    let screen = s.run("", (120, 40));
    assert!(
        screen.contains("Alasan ditolak: Indikator kurang jelas"),
        "{screen}"
    );
}

#[test]
fn realisation_goes_into_an_approved_plan_and_shows_the_achievement() {
    let mut s = Session::new(Lang::Id, true);
    // The plan opens on today's segment (28/11/2026: triwulan 4), with nothing recorded.
    let screen = s.run("2\nj\nEnter", (120, 40));
    assert!(screen.contains("Segmen: 4"), "{screen}");
    assert!(!screen.contains("94,67 %"), "{screen}");
    // Maria's indicator 1.1 (second item); segment 2 with `<` twice.
    let screen = s.run(
        "j\n<\n<\nr\ntext:75\nTab\ntext:daftar berkas\nctrl+s",
        (120, 40),
    );
    let p = s.plan_of(MARIA).expect("plan");
    let ind = &p.results[0].indicators[0];
    assert_eq!(
        ind.realization(2).map(|r| r.value.clone()),
        Some(RealizedValue::Number(75.0))
    );
    assert_eq!(
        ind.realization(1).map(|r| r.value.clone()),
        Some(RealizedValue::Number(142.0))
    );
    // 75 / 150 = 50,00 %.
    assert!(screen.contains("50,00 %"), "{screen}");
    // Segment 1: 142 / 150 = 94,67 %.
    let screen = s.run("<", (120, 40));
    assert!(screen.contains("94,67 %"), "{screen}");
    // Not into a draft (Daniel's).
    let screen = s.run("Esc\nj\nEnter\nr", (120, 40));
    assert!(
        screen.contains("Realisasi hanya untuk SKP yang disetujui."),
        "{screen}"
    );
}

#[test]
fn who_may_write_and_decide() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut s = common::services_with_office(&dir.path().join("db"));
    seed_plans(&mut s);
    let viewer = |e: EmployeeId| Viewer {
        role: Role::Appraiser,
        employee: Some(e),
        acting: Vec::new(),
    };
    let today = s.today();
    let allowed = |s: &Services, v: &Viewer, employee, decide| {
        kinerja::app::services::permissions::allowed(
            Some(v),
            &s.register,
            Ask::Plan { employee, decide },
            today,
        )
    };
    // Daniel's appraiser (Maria) writes and decides; his own drafting is allowed, deciding not.
    assert!(allowed(&s, &viewer(MARIA), DANIEL, false));
    assert!(allowed(&s, &viewer(MARIA), DANIEL, true));
    assert!(allowed(&s, &viewer(DANIEL), DANIEL, false));
    assert!(!allowed(&s, &viewer(DANIEL), DANIEL, true));
    // The appraiser's superior (Yohanes) decides on Daniel's plan but does not write it.
    assert!(allowed(&s, &viewer(YOHANES), DANIEL, true));
    assert!(!allowed(&s, &viewer(YOHANES), DANIEL, false));
    // A colleague (Siti) neither.
    assert!(!allowed(&s, &viewer(EmployeeId(4)), DANIEL, false));
    // Through the command path: Daniel cannot approve his own.
    let d = plan(&s, DANIEL);
    s.viewer = Some(viewer(DANIEL));
    let r = s.execute(Command::Plans(PlanCommand::Approve {
        employee: DANIEL,
        id: d.id,
        revision: d.revision,
    }));
    assert!(matches!(r, Err(CommandError::Forbidden)), "{r:?}");
    // A stale revision is refused, not written.
    s.viewer = None;
    let r = s.execute(Command::Plans(PlanCommand::Submit {
        employee: DANIEL,
        id: d.id,
        revision: d.revision + 5,
    }));
    assert!(matches!(r, Err(CommandError::Plan(_))), "{r:?}");
}

#[test]
fn the_overview_counts_and_the_cascade_marks_the_unsupported_rhk() {
    let mut s = Session::signed_in(Lang::Id, YOHANES, "yohanes");
    let screen = s.run("2", (120, 40));
    let row = |name: &str| {
        screen
            .lines()
            .find(|l| l.contains(name))
            .unwrap_or_else(|| panic!("{name} missing:\n{screen}"))
            .to_string()
    };
    // Yohanes's own (approved, 2 RHK), Maria (1 RHK, segment 1 realised with feedback; Q2
    // and Q3 ended without realisation on 28/11), Agus without a plan.
    assert!(row("Yohanes Gebze").contains("Disetujui"), "{screen}");
    let maria = row("Maria Kaize");
    assert!(maria.contains("1/4") && maria.contains("2 seg."), "{maria}");
    assert!(row("Agus Mahuze").contains("belum ada"), "{screen}");
    assert!(
        !screen.contains("Daniel Ndiken"),
        "Daniel is not Yohanes's direct report:\n{screen}"
    );
    let screen = s.run("c", (120, 40));
    assert_eq!(s.app.state.context(), Context::Plans(PlansContext::Cascade));
    let unsupported = screen
        .lines()
        .find(|l| l.contains("2. Laporan kinerja distrik tersusun"))
        .expect("RHK 2 listed");
    assert!(unsupported.contains("belum didukung bawahan"), "{screen}");
    assert!(
        screen.contains("Maria Kaize, S.IP.: 1. Layanan KTP seksi selesai"),
        "{screen}"
    );
}

// --- snapshots ----------------------------------------------------------------------------

fn snap(name: &str, screen: &str) {
    insta::assert_snapshot!(name, screen);
}

fn sizes() -> [((u16, u16), &'static str); 2] {
    [((80, 24), "80x24"), ((120, 40), "120x40")]
}

fn langs() -> [(Lang, &'static str); 2] {
    [(Lang::Id, "id"), (Lang::En, "en")]
}

#[test]
fn snapshots_of_the_overview_the_plan_and_the_cascade() {
    for (lang, l) in langs() {
        for (size, sz) in sizes() {
            let mut s = Session::signed_in(lang, YOHANES, "yohanes");
            let overview = s.run("2", size);
            assert!(overview.contains("Maria Kaize"), "{overview}");
            snap(&format!("plans_overview_{sz}_{l}"), &overview);
            let plan = s.run("j\nEnter\nj", size);
            assert!(plan.contains(": 4"), "opens on today's segment: {plan}");
            // Segment 1 holds the realisation.
            let plan = s.run("<\n<\n<", size);
            assert!(plan.contains("94"), "{plan}");
            snap(&format!("plans_plan_{sz}_{l}"), &plan);
            let cascade = s.run("Esc\nc", size);
            assert!(cascade.contains("Laporan kinerja distrik"), "{cascade}");
            snap(&format!("plans_cascade_{sz}_{l}"), &cascade);
        }
    }
}

#[test]
fn last_years_plan_is_copied_with_the_chosen_rhks_and_no_links() {
    let mut s = Session::new(Lang::Id, true);
    let siti = EmployeeId(4);
    {
        let svc = &mut s.app.services;
        exec(
            svc,
            PlanCommand::CreateDraft {
                employee: siti,
                year: YEAR - 1,
            },
        );
        let mut p = svc
            .store
            .plans_of_employee(siti, Some(YEAR - 1))
            .expect("read")
            .pop()
            .expect("plan");
        let maria = plan(svc, MARIA);
        p.results = vec![
            PlannedResult {
                number: 1,
                kind: ResultKind::Main,
                text: "Data penduduk diperbarui".into(),
                parent_result: Some(ResultRef {
                    plan: maria.id,
                    number: 1,
                }),
                indicators: vec![indicator(
                    1,
                    "Desa",
                    Target::Number(12.0),
                    "desa",
                    Direction::HigherBetter,
                )],
            },
            PlannedResult {
                number: 2,
                kind: ResultKind::Additional,
                text: "Piket kantor".into(),
                parent_result: None,
                indicators: Vec::new(),
            },
        ];
        exec(
            svc,
            PlanCommand::Edit {
                employee: siti,
                plan: Box::new(p),
            },
        );
    }
    // Siti is the fourth row; `l` opens the checklist (both kept), Tab + Space drops RHK 2.
    let screen = s.run("2\nj\nj\nj\nEnter\nl", (120, 40));
    assert!(
        screen.contains("[x]") && screen.contains("2. Piket kantor"),
        "{screen}"
    );
    let screen = s.run("Tab\nSpace\nctrl+s", (120, 40));
    let p = s.plan_of(siti).expect("this year's draft");
    assert_eq!(p.year, YEAR);
    assert_eq!(p.state, PlanState::Draft);
    assert_eq!(p.results.len(), 1, "{screen}");
    assert_eq!(p.results[0].text, "Data penduduk diperbarui");
    assert_eq!(
        p.results[0].parent_result, None,
        "last year's link points into last year"
    );
    assert_eq!(p.results[0].indicators[0].target, Target::Number(12.0));
    assert!(
        screen.contains("⚠ belum ditautkan ke RHK atasan"),
        "{screen}"
    );
    // With a plan this year there is nothing to copy.
    let screen = s.run("l", (120, 40));
    assert!(
        screen.contains("Tidak ada SKP tahun lalu untuk disalin"),
        "{screen}"
    );
}

#[test]
fn one_rhk_is_given_to_the_checked_plans_with_its_indicators() {
    let mut s = Session::new(Lang::Id, true);
    let daniel_before = s.plan_of(DANIEL).expect("Daniel's draft");
    // From Maria's plan (second row), RHK 1 under the cursor: the checklist lists Daniel
    // (the only other editable plan); nothing checked is refused at the field.
    let screen = s.run("2\nj\nEnter\nm", (120, 40));
    assert!(screen.contains("Bagikan RHK ke bawahan"), "{screen}");
    assert!(
        screen.contains("Daniel Ndiken") && screen.contains("[ ]"),
        "{screen}"
    );
    let screen = s.run("ctrl+s", (120, 40));
    assert!(screen.contains("pilih minimal satu"), "{screen}");
    assert_eq!(s.plan_of(DANIEL).expect("plan"), daniel_before);
    s.run("Space\nctrl+s", (120, 40));
    let p = s.plan_of(DANIEL).expect("plan");
    assert_eq!(p.results.len(), 1);
    assert_eq!(p.results[0].text, "Layanan KTP seksi selesai");
    assert_eq!(p.results[0].indicators.len(), 1);
    assert!(
        p.results[0].indicators[0].realizations.is_empty(),
        "realisations stay behind"
    );
    assert_eq!(s.last_audit().action, AuditAction::Update);
}

#[test]
fn the_overview_filters_by_name_or_nip_and_opens_the_match() {
    let mut s = Session::new(Lang::En, true);
    let screen = s.run("2\n/\ntext:rahma", (120, 40));
    assert_eq!(s.app.state.context(), Context::Plans(PlansContext::Filter));
    assert!(
        screen.contains("Siti Rahmawati") && !screen.contains("Daniel Ndiken"),
        "{screen}"
    );
    // `q` is text while filtering; Enter keeps the filter, Enter again opens Siti.
    let screen = s.run("Enter\nEnter", (120, 40));
    assert_eq!(s.app.state.context(), Context::Plans(PlansContext::Plan));
    assert!(screen.contains("SKP 2026 · Siti Rahmawati"), "{screen}");
    // By part of a NIP, then Esc clears.
    let screen = s.run("Esc\nEsc\n/\ntext:19960120\nEnter", (120, 40));
    assert!(
        screen.contains("Daniel Ndiken") && !screen.contains("Siti Rahmawati"),
        "{screen}"
    );
    let screen = s.run("Esc", (120, 40));
    assert!(
        screen.contains("Siti Rahmawati") && screen.contains("Daniel Ndiken"),
        "{screen}"
    );
}

/// Issue 7 #6 for the SKP forms: typed into a new RHK of Daniel's draft, the app state closed
/// without saving (the popup gone, no Esc), the same form opened again offers the draft and
/// puts the text back.
#[test]
fn an_rhk_form_left_unsaved_offers_its_draft_on_the_next_open() {
    let mut s = Session::new(Lang::En, true);
    s.run(
        "2\nj\nj\nEnter\na\nTab\ntext:Arsip draf tertinggal",
        (120, 40),
    );
    s.app.flush_draft();
    assert!(matches!(s.app.state.popups.pop(), Some(Popup::Plans(_))));
    assert!(s.app.state.popups.is_empty());
    s.run("a", (120, 40));
    assert_eq!(s.app.state.context(), Context::Confirm);
    let screen = s.run("y", (120, 40));
    assert!(screen.contains("Arsip draf tertinggal"), "{screen}");
    assert!(s.plan_of(DANIEL).expect("plan").results.is_empty());
}

// --- the SKP screen leftovers: JPT, approach, annex lists, parent draft, two plans ----------

/// Daniel's draft as a JPT plan (his snapshot says JPT Pratama).
fn make_jpt(s: &mut Session) {
    let mut p = s.plan_of(DANIEL).expect("Daniel's draft");
    p.employee.position_kind = kinerja::domain::PositionKind::JptPratama;
    s.app
        .services
        .store
        .save_plan("uji", 0, p, AuditAction::Update, "")
        .expect("save");
}

/// JPT: the RHK form has no link to a supervisor's RHK; the indicator form offers the
/// perspective, the plan shows it, and the plan is submitted without links.
#[test]
fn a_jpt_plan_takes_a_perspective_per_indicator_instead_of_a_link() {
    let mut s = Session::new(Lang::Id, true);
    make_jpt(&mut s);
    let screen = s.run("2\nj\nj\nEnter\na", (120, 40));
    assert!(screen.contains("RHK baru"), "{screen}");
    assert!(!screen.contains("RHK atasan"), "{screen}");
    s.run(
        "Tab\ntext:Indeks kepuasan layanan meningkat\nctrl+s",
        (120, 40),
    );
    let screen = s.run("i", (120, 40));
    assert!(screen.contains("Perspektif"), "{screen}");
    assert!(screen.contains("‹ Penerima Layanan ›"), "{screen}");
    // text, aspect, target, unit, direction, perspective: one step right is Proses Bisnis.
    let screen = s.run(
        "text:Nilai IKM\nTab\nTab\ntext:80\nTab\ntext:indeks\nTab\nTab\nRight\nctrl+s",
        (120, 40),
    );
    let p = s.plan_of(DANIEL).expect("plan");
    let ind = &p.results[0].indicators[0];
    assert_eq!(
        ind.perspective,
        Some(kinerja::domain::plan::Perspective::BusinessProcess)
    );
    assert_eq!(p.results[0].parent_result, None);
    assert!(
        screen.contains("Nilai IKM · Kuantitas · Proses Bisnis · 80 indeks"),
        "{screen}"
    );
    assert!(!screen.contains("belum ditautkan"), "{screen}");
    assert!(!screen.contains("⚠ lengkapi"), "{screen}");
    // English words for the perspective.
    s.app.state.lang = Lang::En;
    let screen = s.run("j\ne", (120, 40));
    assert!(screen.contains("‹ Business process ›"), "{screen}");
    s.run("Esc", (120, 40));
    s.app.state.lang = Lang::Id;
    s.run("s\ny", (120, 40));
    assert_eq!(s.plan_of(DANIEL).expect("plan").state, PlanState::Submitted);
}

/// `p` switches a draft between kuantitatif and kualitatif after a confirmation: numeric
/// targets become narratives and come back; an approved plan refuses.
#[test]
fn the_approach_of_a_draft_switches_both_ways_keeping_the_targets() {
    let mut s = Session::new(Lang::Id, true);
    s.run(
        "2\nj\nj\nEnter\na\nTab\ntext:Arsip surat masuk tertata\nctrl+s\ni\ntext:Surat diarsip\nTab\nTab\ntext:300\nTab\ntext:surat\nctrl+s",
        (120, 40),
    );
    let screen = s.run("p", (120, 40));
    assert_eq!(s.app.state.context(), Context::Confirm);
    assert!(screen.contains("Ganti ke kualitatif?"), "{screen}");
    let screen = s.run("y", (120, 40));
    let p = s.plan_of(DANIEL).expect("plan");
    assert_eq!(p.approach, kinerja::domain::plan::Approach::Qualitative);
    let ind = &p.results[0].indicators[0];
    assert_eq!(ind.target, Target::Narrative("300 surat".into()));
    assert_eq!(ind.aspect, None);
    assert!(screen.contains("Pendekatan: kualitatif"), "{screen}");
    assert_eq!(s.last_audit().action, AuditAction::Update);
    // Back: the number and unit return; the aspect is to be chosen again, and flagged.
    let screen = s.run("p\ny", (120, 40));
    let p = s.plan_of(DANIEL).expect("plan");
    assert_eq!(p.approach, kinerja::domain::plan::Approach::Quantitative);
    let ind = &p.results[0].indicators[0];
    assert_eq!(
        (ind.target.clone(), ind.unit.as_str()),
        (Target::Number(300.0), "surat")
    );
    assert!(screen.contains("⚠ lengkapi"), "{screen}");
    // `n` on the confirmation changes nothing.
    s.run("p\nn", (120, 40));
    assert_eq!(s.plan_of(DANIEL).expect("plan"), p);
    // Maria's plan is approved: not editable.
    let screen = s.run("Esc\nk\nEnter\np", (120, 40));
    assert!(
        screen.contains("Hanya SKP berstatus Draft atau Ditolak yang dapat diubah."),
        "{screen}"
    );
}

/// The annex lists are edited one line per item: typing in the blank last line adds one,
/// emptying a line deletes it; the plan shows one line per item.
#[test]
fn annex_lists_are_edited_one_line_per_item() {
    let mut s = Session::new(Lang::Id, true);
    // Daniel's draft; `b`: seven expectations, then the lists.
    let tabs = "Tab\n".repeat(7);
    let screen = s.run(&format!("2\nj\nj\nEnter\nb\n{tabs}"), (120, 40));
    assert!(screen.contains("Sumber daya +"), "{screen}");
    let screen = s.run(
        "text:Komputer\nTab\ntext:Printer\nTab\nTab\ntext:Laporan bulanan\nctrl+s",
        (120, 40),
    );
    let p = s.plan_of(DANIEL).expect("plan");
    assert_eq!(p.annex.resources, ["Komputer", "Printer"]);
    assert_eq!(p.annex.accountability, ["Laporan bulanan"]);
    assert!(p.annex.consequences.is_empty());
    assert!(
        screen.contains("Dukungan sumber daya     • Komputer"),
        "{screen}"
    );
    assert!(
        screen.contains("                           • Printer"),
        "{screen}"
    );
    // Open again: the items are lines 1 and 2; emptying line 1 deletes it.
    let screen = s.run(&format!("b\n{tabs}"), (120, 40));
    assert!(
        screen.contains("Sumber daya 1") && screen.contains("Sumber daya 2"),
        "{screen}"
    );
    s.run("ctrl+u\nctrl+s", (120, 40));
    let p = s.plan_of(DANIEL).expect("plan");
    assert_eq!(p.annex.resources, ["Printer"]);
    assert_eq!(p.annex.accountability, ["Laporan bulanan"]);
}

/// A new RHK form left unsaved with a picked supervisor's RHK: the draft brings the link
/// back, and saving stores it.
#[test]
fn an_rhk_draft_restores_the_picked_parent_rhk() {
    let mut s = Session::new(Lang::En, true);
    s.run(
        "2\nj\nj\nEnter\na\nTab\ntext:Arsip KTP tertata\nTab\nEnter\ntext:ktp\nEnter",
        (120, 40),
    );
    s.app.flush_draft();
    assert!(matches!(s.app.state.popups.pop(), Some(Popup::Plans(_))));
    s.run("a", (120, 40));
    assert_eq!(s.app.state.context(), Context::Confirm);
    let screen = s.run("y", (120, 40));
    assert!(screen.contains("1. Layanan KTP seksi selesai"), "{screen}");
    s.run("ctrl+s", (120, 40));
    let maria = s.plan_of(MARIA).expect("Maria's plan");
    let p = s.plan_of(DANIEL).expect("plan");
    assert_eq!(p.results[0].text, "Arsip KTP tertata");
    assert_eq!(
        p.results[0].parent_result,
        Some(ResultRef {
            plan: maria.id,
            number: 1
        })
    );
}

/// Maria changes supervisor on 1 July: her first plan ends on 30 June and a second one
/// covers the rest. The overview shows a row per plan with its dates; each opens its own.
#[test]
fn a_person_with_two_plans_in_a_year_has_a_row_for_each() {
    let mut s = Session::new(Lang::Id, true);
    let (first_id, id) = split_maria(&mut s);
    let screen = s.run("2", (120, 40));
    assert!(
        screen.contains("Maria Kaize, S.IP. (01/01–30/06)")
            && screen.contains("Maria Kaize, S.IP. (01/07–31/12)"),
        "{screen}"
    );
    // The second row is the new draft; an RHK goes into it, not into the approved one.
    let screen = s.run("j\nj\nEnter", (120, 40));
    assert!(
        screen.contains("Periode: 01/07/2026 – 31/12/2026"),
        "{screen}"
    );
    assert!(screen.contains("Status: Draft"), "{screen}");
    let screen = s.run("a\nTab\ntext:Layanan KK semester dua\nctrl+s", (120, 40));
    assert!(
        screen.contains("Periode: 01/07/2026 – 31/12/2026"),
        "{screen}"
    );
    assert!(screen.contains("Layanan KK semester dua"), "{screen}");
    let plans = s
        .app
        .services
        .store
        .plans_of_employee(MARIA, Some(YEAR))
        .expect("read");
    let by_id = |i| plans.iter().find(|p| p.id == i).expect("plan");
    assert_eq!(by_id(id).results.len(), 1);
    assert_eq!(by_id(first_id).results.len(), 1);
    assert_eq!(by_id(first_id).results[0].text, "Layanan KTP seksi selesai");
    // The first row opens the first plan.
    let screen = s.run("Esc\nk\nEnter", (120, 40));
    assert!(
        screen.contains("Periode: 01/01/2026 – 30/06/2026"),
        "{screen}"
    );
    assert!(screen.contains("Status: Disetujui"), "{screen}");
}

/// Maria's plan ends on 30 June and a second draft covers the rest of the year; the ids of
/// the first and the second.
fn split_maria(s: &mut Session) -> (kinerja::domain::plan::PlanId, kinerja::domain::plan::PlanId) {
    use kinerja::domain::plan::split::{start_second_plan, SecondPlan};
    use kinerja::domain::plan::PlanId;
    let mut first = s.plan_of(MARIA).expect("Maria's plan");
    let store = &s.app.services.store;
    let id = PlanId(store.next_id(RecordKind::Plan).expect("id"));
    let req = SecondPlan {
        id,
        starts: chrono::NaiveDate::from_ymd_opt(YEAR, 7, 1).expect("date"),
        employee: first.employee.clone(),
        appraiser: first.appraiser.clone(),
        appraiser_superior: first.appraiser_superior.clone(),
    };
    let second = start_second_plan(&mut first, req).expect("second plan");
    let first_id = first.id;
    store
        .save_plan("uji", 0, first, AuditAction::Update, "")
        .expect("save");
    store
        .save_plan("uji", 0, second, AuditAction::Create, "")
        .expect("save");
    (first_id, id)
}

/// Daniel's draft as a JPT plan with one RHK, an indicator with its perspective, and annex
/// lists of two items and one.
fn jpt_with_annex(s: &mut Session) {
    make_jpt(s);
    let mut p = s.plan_of(DANIEL).expect("plan");
    let mut ind = indicator(
        1,
        "Nilai IKM",
        Target::Number(80.0),
        "indeks",
        Direction::HigherBetter,
    );
    ind.perspective = Some(kinerja::domain::plan::Perspective::ServiceRecipients);
    p.results = vec![PlannedResult {
        number: 1,
        kind: ResultKind::Main,
        text: "Kepuasan layanan meningkat".into(),
        parent_result: None,
        indicators: vec![ind],
    }];
    p.annex.resources = vec!["Ruang arsip".into(), "Komputer".into()];
    p.annex.consequences = vec!["Teguran tertulis".into()];
    exec(
        &mut s.app.services,
        PlanCommand::Edit {
            employee: DANIEL,
            plan: Box::new(p),
        },
    );
}

#[test]
fn snapshots_of_a_jpt_plan_its_annex_lists_and_two_plans_in_a_year() {
    for (lang, l) in langs() {
        for (size, sz) in sizes() {
            let mut s = Session::new(lang, true);
            jpt_with_annex(&mut s);
            split_maria(&mut s);
            let overview = s.run("2", size);
            assert!(overview.contains("(01/07–31/12)"), "{overview}");
            snap(&format!("plans_two_plans_{sz}_{l}"), &overview);
            // Rows: Yohanes, Maria twice, Daniel.
            let plan = s.run("j\nj\nj\nEnter\nEnd", size);
            assert!(plan.contains("• Komputer"), "{plan}");
            if size.1 == 40 {
                let words = if lang == Lang::Id {
                    "Kuantitas · Penerima Layanan · 80 indeks"
                } else {
                    "Quantity · Service recipients · 80 indeks"
                };
                assert!(plan.contains(words), "{plan}");
            }
            // Up leaves the tail and shows the item again.
            let back = s.run("Up", size);
            assert!(back.contains("Nilai IKM"), "{back}");
            s.run("End", size);
            snap(&format!("plans_jpt_{sz}_{l}"), &plan);
            let form = s.run(&format!("b\n{}", "Tab\n".repeat(8)), size);
            assert!(form.contains("Komputer"), "{form}");
            snap(&format!("plans_annex_form_{sz}_{l}"), &form);
        }
    }
}

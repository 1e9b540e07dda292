//! The register's detail pane shows the selected employee's tindak lanjut (domain.md 9) once
//! an annual grade is signed: grades, credit points (functional positions), promotion, pay
//! step, development.

#[allow(clippy::too_many_arguments)]
mod common;

use chrono::NaiveDate;
use kinerja::app::{App, Command};
use kinerja::domain::{
    AuditAction, Directory, EmployeeId, FunctionalTier, PerformanceGrade, PositionKind, Rating,
};
use kinerja::i18n::Lang;
use kinerja::ui::term::script::{parse, run_steps};

const MARIA: EmployeeId = EmployeeId(2);
const DANIEL: EmployeeId = EmployeeId(3);

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn screen(app: &mut App, script: &str) -> String {
    let steps = parse(script, Lang::Id).unwrap();
    run_steps(app, &steps, (120, 40)).unwrap()
}

#[test]
fn the_detail_pane_shows_the_follow_up_of_signed_annual_grades() {
    let dir = tempfile::tempdir().unwrap();
    let mut services = common::services_with_office(&dir.path().join("db"));
    // Daniel becomes an Ahli Pertama on 1 April 2024 (rank since 2022).
    let mut daniel = services.register.employee(DANIEL).unwrap().clone();
    daniel.position = "Analis Kebijakan Ahli Pertama".into();
    daniel.position_kind = PositionKind::Fungsional(FunctionalTier::AhliPertama);
    daniel.grade_since = Some(ymd(2022, 4, 1));
    daniel.position_since = Some(ymd(2024, 4, 1));
    services.execute(Command::SaveEmployee(daniel)).unwrap();
    let mut app = App::new(services, Lang::Id);

    // Without signed grades the pane shows no follow-up.
    let before = screen(&mut app, "j\n");
    assert!(before.contains("Daniel Ndiken"), "{before}");
    assert!(
        !before.contains("Tindak lanjut") && !before.contains("Angka kredit"),
        "{before}"
    );

    for (year, work, behaviour) in [
        (2024, Rating::AsExpected, Rating::AsExpected),
        (2025, Rating::AboveExpectation, Rating::AboveExpectation),
    ] {
        let y = common::signed_annual(&app.services, DANIEL, MARIA, year, (work, behaviour));
        app.services
            .store
            .save_review_year("test", common::NOW_MS, y, AuditAction::Create, "")
            .unwrap();
    }
    // Away and back: the selection moves, the follow-up is read again.
    let after = screen(&mut app, "k\nj\n");
    let flat: String = after.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("Predikat tahunan: 2024 Baik · 2025 Sangat Baik"),
        "{after}"
    );
    // 2024: 9/12 x 100 % x 12.5 = 9.375; 2025: 150 % x 12.5 = 18.75.
    assert!(
        flat.contains(
            "Angka kredit: 28,125 sejak TMT, Ahli Pertama (2024 9,375 (9 bln) · 2025 18,75)"
        ),
        "{after}"
    );
    assert!(
        flat.contains("Kenaikan pangkat: masa dan predikat memenuhi syarat; angka kredit 28,125"),
        "{after}"
    );
    assert!(
        flat.contains("Kenaikan gaji berkala: memenuhi syarat"),
        "{after}"
    );
    assert!(flat.contains("Pengembangan: -"), "{after}");
    let loaded = app.state.list.follow_up.as_ref().unwrap();
    assert_eq!(loaded.employee, DANIEL);
    let f = loaded.follow_up.as_ref().unwrap();
    assert_eq!(f.grades.get(&2025), Some(&PerformanceGrade::VeryGood));
}

//! Shared fixtures for the integration tests: a small Salor office written through the
//! command path into a temporary database.
#![allow(dead_code)]

use kinerja::app::{Command, Services};
use kinerja::domain::{
    AuditAction, Employee, EmployeeId, EmployeeKind, EmployeeStatus, Grade, Nip, OrgUnit,
    PersonName, PnsRank, PositionKind, UnitId,
};
use kinerja::store::Store;

/// A fixed clock: 28/11/2026 09:00 UTC.
pub const NOW_MS: i64 = 1_795_856_400_000;

#[allow(clippy::too_many_arguments)]
pub fn person(
    id: u64,
    nip: &str,
    kind: EmployeeKind,
    name: (&str, &str, &str),
    grade: Grade,
    position: &str,
    pk: PositionKind,
    unit: u64,
    sup: Option<u64>,
) -> Employee {
    Employee {
        id: EmployeeId(id),
        nip: Nip::parse(nip, kind).expect("fixture NIP valid"),
        kind,
        name: PersonName {
            front_title: name.0.into(),
            name: name.1.into(),
            back_title: name.2.into(),
        },
        grade,
        position: position.into(),
        position_kind: pk,
        unit: UnitId(unit),
        supervisor: sup.map(EmployeeId),
        appointed_on: None,
        grade_since: None,
        position_since: None,
        status: EmployeeStatus::Active,
        phone: String::new(),
        email: String::new(),
        revision: 0,
    }
}

pub fn unit(id: u64, name: &str, parent: Option<u64>, head: Option<u64>) -> OrgUnit {
    OrgUnit {
        id: UnitId(id),
        name: name.into(),
        parent: parent.map(UnitId),
        head: head.map(EmployeeId),
        active: true,
        revision: 0,
    }
}

/// Two units, five people: Yohanes heads the district, Maria a section with Daniel and Siti,
/// Agus works at another unit under Yohanes.
pub fn small_office() -> (Vec<OrgUnit>, Vec<Employee>) {
    use EmployeeKind::*;
    let units = vec![
        unit(1, "Kantor Distrik Salor", None, Some(1)),
        unit(2, "Seksi Pemerintahan", Some(1), Some(2)),
    ];
    let employees = vec![
        person(
            1,
            "197503152000031002",
            Pns,
            ("", "Yohanes Gebze", "S.Sos."),
            Grade::Pns(PnsRank::IVA),
            "Kepala Distrik",
            PositionKind::Administrator,
            1,
            None,
        ),
        person(
            2,
            "198205102006042003",
            Pns,
            ("", "Maria Kaize", "S.IP."),
            Grade::Pns(PnsRank::IIID),
            "Kepala Seksi Pemerintahan",
            PositionKind::Pengawas,
            2,
            Some(1),
        ),
        person(
            3,
            "199601202020121004",
            Pns,
            ("", "Daniel Ndiken", ""),
            Grade::Pns(PnsRank::IIC),
            "Pengadministrasi Umum",
            PositionKind::Pelaksana,
            2,
            Some(2),
        ),
        person(
            4,
            "199304052023212005",
            Pppk,
            ("", "Siti Rahmawati", "A.Md."),
            Grade::Pppk(7),
            "Pengelola Data",
            PositionKind::Pelaksana,
            2,
            Some(2),
        ),
        person(
            5,
            "198711112010011006",
            Pns,
            ("", "Agus Mahuze", "S.E."),
            Grade::Pns(PnsRank::IIIB),
            "Analis Sumber Daya Manusia",
            PositionKind::Pelaksana,
            1,
            Some(1),
        ),
    ];
    (units, employees)
}

/// Opens `path`, writes the small office through the command path, returns the services.
pub fn services_with_office(path: &std::path::Path) -> Services {
    let store = Store::open(path).expect("open store");
    let mut services = Services::new(store, "test")
        .expect("services")
        .with_clock(|| NOW_MS);
    if services.register.employees().is_empty() {
        let (units, employees) = small_office();
        for u in &units {
            let _ = services.next_id(kinerja::domain::RecordKind::Unit);
            let _ = u;
        }
        for _ in &employees {
            let _ = services.next_id(kinerja::domain::RecordKind::Employee);
        }
        services
            .execute(Command::Batch {
                units,
                employees,
                action: AuditAction::Create,
            })
            .expect("fixture batch");
    }
    services
}

/// The audit screen's rows as `viewer` sees them on `today` with `filter` typed (newest first).
pub fn audit_rows(
    s: &Services,
    viewer: Option<&kinerja::domain::Viewer>,
    filter: &str,
    today: chrono::NaiveDate,
) -> Vec<kinerja::app::audit::view::AuditRow> {
    let mut v = kinerja::app::audit::view::AuditView::default();
    let trail = s.store.audit_trail().unwrap().into_iter().rev().collect();
    v.load(
        &s.register,
        trail,
        viewer,
        None,
        today,
        &kinerja::i18n::common::Words,
    );
    v.filter = tui_input::Input::new(filter.into());
    v.refilter();
    v.matches.iter().map(|i| v.rows[*i].clone()).collect()
}

/// `employee`'s annual evaluation of `year`, rated and signed by `appraiser` in January of
/// the next year (justified where the rating needs it), as a year record to store.
pub fn signed_annual(
    services: &Services,
    employee: EmployeeId,
    appraiser: EmployeeId,
    year: i32,
    ratings: (kinerja::domain::Rating, kinerja::domain::Rating),
) -> kinerja::domain::review::ReviewYear {
    use kinerja::domain::plan::PersonSnapshot;
    use kinerja::domain::review::evaluation::{DistributionGate, RatingField, SignedPeople};
    use kinerja::domain::review::{Review, ReviewEntry, ReviewKind, ReviewYear};
    use kinerja::domain::Directory;
    let reg = &services.register;
    let snap = |id| {
        let e = reg.employee(id).expect("fixture employee");
        PersonSnapshot::of(e, reg.unit_name(e.unit))
    };
    let mut r = Review::new(employee, appraiser, year, ReviewKind::Annual);
    for (field, rating) in [
        (RatingField::WorkResult, ratings.0),
        (RatingField::Behaviour, ratings.1),
    ] {
        r.set_rating(field, Some(rating)).expect("draft");
        r.set_justification(field, "dicatat dalam dialog kinerja")
            .expect("draft");
    }
    let signed_on = chrono::NaiveDate::from_ymd_opt(year + 1, 1, 20).expect("date");
    r.sign(
        signed_on,
        SignedPeople {
            employee: snap(employee),
            appraiser: snap(appraiser),
            appraiser_superior: None,
        },
        None,
        DistributionGate::Clear,
    )
    .expect("signable");
    let mut y = ReviewYear::new(employee, year);
    y.entries.push(ReviewEntry::new(r));
    y
}

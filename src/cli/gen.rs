//! `kinerja gen --employees N` (hidden): a large, realistic, deterministic register for
//! benchmarks. [`generate`] is a plain function so benches can build the same data in memory.
//!
//! Shape: about N/40 units in two levels (one office, about sqrt(units) divisions, sections
//! under them); each unit has a head, up to four senior staff under the head and the rest
//! under the seniors. Reporting line: office head -> division heads -> section heads ->
//! seniors -> staff (5 levels).

use std::path::Path;

use chrono::{Datelike, NaiveDate};

use super::error::CliError;
use crate::app::{Command, Services};
use crate::domain::{
    AuditAction, Employee, EmployeeId, EmployeeKind, EmployeeStatus, FunctionalTier, Grade,
    InactiveReason, Nip, OrgUnit, PersonName, PnsRank, PositionKind, RecordKind, UnitId,
};
use crate::i18n::Lang;

const SENIORS_PER_UNIT: usize = 4;

const MALE: [&str; 16] = [
    "Yohanes", "Agus", "Daniel", "Markus", "Petrus", "Budi", "Ahmad", "Yosep", "Lukas", "Simon",
    "Stefanus", "Paulus", "Musa", "Andreas", "Samuel", "Eko",
];
const FEMALE: [&str; 16] = [
    "Maria", "Siti", "Rina", "Dewi", "Theresia", "Naomi", "Agnes", "Yuliana", "Ruth", "Martha",
    "Yohana", "Sri", "Lidia", "Ester", "Ratna", "Wulan",
];
const SURNAMES: [&str; 19] = [
    "Gebze",
    "Kaize",
    "Mahuze",
    "Ndiken",
    "Balagaize",
    "Samkakai",
    "Basik-Basik",
    "Yolmen",
    "Dimar",
    "Wonda",
    "Rumbiak",
    "Kafiar",
    "Wanggai",
    "Rahmawati",
    "Santoso",
    "Lestari",
    "Hidayat",
    "Prasetyo",
    "Tahir",
];
const THEMES: [&str; 10] = [
    "Pemerintahan",
    "Pelayanan Umum",
    "Kependudukan",
    "Pemberdayaan Kampung",
    "Ketertiban",
    "Kesehatan",
    "Pendidikan",
    "Pertanian",
    "Keuangan",
    "Kepegawaian",
];

/// Units and employees for `n` employees; ids from `next_id` (units first, then employees).
pub fn generate<E>(
    n: usize,
    today: NaiveDate,
    mut next_id: impl FnMut(RecordKind) -> Result<u64, E>,
) -> Result<(Vec<OrgUnit>, Vec<Employee>), E> {
    if n == 0 {
        return Ok((Vec::new(), Vec::new()));
    }
    let m = n.div_ceil(40).clamp(1, n);
    let divisions = if m > 1 {
        ((m - 1) as f64).sqrt().ceil() as usize
    } else {
        0
    };
    let parent_of = |u: usize| -> Option<usize> {
        match u {
            0 => None,
            u if u <= divisions => Some(0),
            u => Some(1 + (u - divisions - 1) % divisions),
        }
    };
    let mut unit_ids = Vec::with_capacity(m);
    for _ in 0..m {
        unit_ids.push(UnitId(next_id(RecordKind::Unit)?));
    }
    let mut ids = Vec::with_capacity(n);
    for _ in 0..n {
        ids.push(EmployeeId(next_id(RecordKind::Employee)?));
    }
    let units: Vec<OrgUnit> = (0..m)
        .map(|u| OrgUnit {
            id: unit_ids[u],
            name: match u {
                0 => "Kantor Distrik Contoh".to_string(),
                u if u <= divisions => format!("Bidang {} {u}", THEMES[u % THEMES.len()]),
                u => format!("Seksi {} {u}", THEMES[u % THEMES.len()]),
            },
            parent: parent_of(u).map(|p| unit_ids[p]),
            // Employee u is the head of unit u.
            head: Some(ids[u]),
            active: true,
            revision: 0,
        })
        .collect();

    let year = today.year();
    let mut members = vec![0usize; m];
    let mut seniors: Vec<Vec<usize>> = vec![Vec::new(); m];
    let mut employees = Vec::with_capacity(n);
    for i in 0..n {
        let (unit, role) = if i < m {
            (i, Role::Head)
        } else {
            let u = (i - m) % m;
            let k = members[u];
            members[u] += 1;
            if k < SENIORS_PER_UNIT {
                seniors[u].push(i);
                (u, Role::Senior)
            } else {
                (u, Role::Staff(seniors[u][k % SENIORS_PER_UNIT]))
            }
        };
        let supervisor = match role {
            Role::Head => parent_of(unit).map(|p| ids[p]),
            Role::Senior => Some(ids[unit]),
            Role::Staff(s) => Some(ids[s]),
        };
        let pppk = matches!(role, Role::Staff(_)) && i % 7 == 3;
        let (grade, position, position_kind) = match (role, unit) {
            (Role::Head, 0) => (
                Grade::Pns(PnsRank::IVB),
                "Kepala Distrik".to_string(),
                PositionKind::Administrator,
            ),
            (Role::Head, u) if u <= divisions => (
                Grade::Pns(PnsRank::IVA),
                format!("Kepala {}", units[u].name),
                PositionKind::Administrator,
            ),
            (Role::Head, u) => (
                Grade::Pns(PnsRank::IIID),
                format!("Kepala {}", units[u].name),
                PositionKind::Pengawas,
            ),
            (Role::Senior, _) => (
                Grade::Pns(PnsRank::IIIC),
                "Analis Kebijakan Ahli Muda".to_string(),
                PositionKind::Fungsional(FunctionalTier::AhliMuda),
            ),
            (Role::Staff(_), _) if pppk => (
                Grade::Pppk(if i % 2 == 0 { 7 } else { 5 }),
                "Pengelola Layanan Operasional".to_string(),
                PositionKind::Pelaksana,
            ),
            (Role::Staff(_), _) if i % 5 == 0 => (
                Grade::Pns(PnsRank::IIIA),
                "Pranata Komputer Ahli Pertama".to_string(),
                PositionKind::Fungsional(FunctionalTier::AhliPertama),
            ),
            (Role::Staff(_), _) => (
                Grade::Pns([PnsRank::IIA, PnsRank::IIB, PnsRank::IIC, PnsRank::IIIA][i % 4]),
                "Pengadministrasi Umum".to_string(),
                PositionKind::Pelaksana,
            ),
        };
        let female = i % 2 == 1;
        let first = if female {
            FEMALE[(i / 2) % FEMALE.len()]
        } else {
            MALE[(i / 2) % MALE.len()]
        };
        let surname = SURNAMES[(i * 7 + i / 19) % SURNAMES.len()];
        let kind = if pppk {
            EmployeeKind::Pppk
        } else {
            EmployeeKind::Pns
        };
        let (digits, appointed_on) = nip(i, year, female, kind);
        let status = if matches!(role, Role::Staff(_)) && i % 97 == 0 {
            EmployeeStatus::Inactive {
                reason: InactiveReason::Retired,
                since: NaiveDate::from_ymd_opt(year - 1, 6, 1),
                note: String::new(),
            }
        } else {
            EmployeeStatus::Active
        };
        employees.push(Employee {
            id: ids[i],
            nip: Nip::from_trusted(digits),
            kind,
            name: PersonName {
                front_title: String::new(),
                name: format!("{first} {surname}"),
                back_title: match position_kind {
                    PositionKind::Pelaksana => String::new(),
                    _ => "S.Sos.".to_string(),
                },
            },
            grade,
            position,
            position_kind,
            unit: unit_ids[unit],
            supervisor,
            appointed_on,
            grade_since: None,
            position_since: None,
            status,
            phone: String::new(),
            email: String::new(),
            revision: 0,
        });
    }
    Ok((units, employees))
}

#[derive(Clone, Copy)]
enum Role {
    Head,
    Senior,
    /// Under this senior (employee index).
    Staff(usize),
}

/// A valid, unique NIP for employee `i` (unique for i below 11 million) and the TMT.
fn nip(i: usize, year: i32, female: bool, kind: EmployeeKind) -> (String, Option<NaiveDate>) {
    let k = i / 999;
    let serial = i % 999 + 1;
    let birth_year = 1966 + (k % 34) as i32;
    let birth_month = (k / 34) % 12 + 1;
    let birth_day = (k / 408) % 28 + 1;
    let sex = if female { 2 } else { 1 };
    match kind {
        EmployeeKind::Pns => {
            let appointed = (birth_year + 22 + (i % 6) as i32).min(year - 1);
            let month = i % 12 + 1;
            (
                format!(
                    "{birth_year:04}{birth_month:02}{birth_day:02}{appointed:04}{month:02}{sex}{serial:03}"
                ),
                NaiveDate::from_ymd_opt(appointed, month as u32, 1),
            )
        }
        EmployeeKind::Pppk => {
            let appointed = (year - 1 - (i % 4) as i32).max(birth_year + 18);
            (
                format!(
                    "{birth_year:04}{birth_month:02}{birth_day:02}{appointed:04}21{sex}{serial:03}"
                ),
                NaiveDate::from_ymd_opt(appointed, 1, 1),
            )
        }
    }
}

/// `kinerja gen`: fills an empty database with `n` generated employees.
pub fn run(db: &Path, n: usize, lang: Lang) -> Result<(), CliError> {
    let start = std::time::Instant::now();
    let mut services: Services = super::open_services(db, "cli:gen".to_string())?;
    let existing = services.register.employees().len();
    if existing > 0 {
        return Err(CliError::NotEmpty {
            path: db.to_path_buf(),
            employees: existing,
        });
    }
    let today = services.today();
    let (units, employees) = generate(n, today, |k| services.next_id(k))?;
    let (nu, ne) = (units.len(), employees.len());
    if ne > 0 {
        services.execute(Command::Batch {
            units,
            employees,
            action: AuditAction::Create,
        })?;
    }
    let msg = crate::cli::words::gen_done(lang, ne, nu, db, start.elapsed().as_millis());
    super::write_stdout(format!("{msg}\n").as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::Register;
    use crate::domain::{rules, Directory};

    fn build(n: usize) -> Register {
        let mut c = 0;
        let (units, employees) =
            generate(n, NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(), |_| {
                c += 1;
                Ok::<u64, ()>(c)
            })
            .unwrap();
        Register::from_parts(employees, units)
    }

    #[test]
    fn generated_register_is_valid_for_any_size() {
        for n in [0, 1, 2, 5, 41, 400, 5_000] {
            let reg = build(n);
            assert_eq!(reg.employees().len(), n);
            let mut nips = std::collections::HashSet::new();
            for e in reg.employees() {
                assert_eq!(Nip::parse(e.nip.as_str(), e.kind).as_ref(), Ok(&e.nip));
                assert!(nips.insert(e.nip.clone()), "duplicate NIP {}", e.nip);
                assert!(rules::check_employee(&reg, e).is_empty(), "{e:?}");
            }
            for u in reg.units() {
                assert!(rules::check_unit(&reg, u).is_empty(), "{u:?}");
            }
        }
    }

    #[test]
    fn shape_is_realistic() {
        let reg = build(10_000);
        assert_eq!(reg.units().len(), 250);
        let depth = |e: &Employee| {
            let mut d = 1;
            let mut cur = e.supervisor;
            while let Some(s) = cur {
                d += 1;
                cur = reg.employee(s).and_then(|x| x.supervisor);
            }
            d
        };
        assert_eq!(reg.employees().iter().map(depth).max(), Some(5));
        assert_eq!(
            reg.employees()
                .iter()
                .filter(|e| e.supervisor.is_none())
                .count(),
            1
        );
        assert!(reg.employees().iter().any(|e| e.kind == EmployeeKind::Pppk));
        assert!(reg.employees().iter().any(|e| !e.is_active()));
        let names: std::collections::HashSet<&str> =
            reg.units().iter().map(|u| u.name.as_str()).collect();
        assert_eq!(names.len(), reg.units().len(), "unit names are unique");
    }

    #[test]
    fn deterministic() {
        assert_eq!(build(300).employees(), build(300).employees());
    }
}

//! `kinerja demo`: a sample database of the Salor district office (Distrik Salor, Merauke):
//! 60 employees in 10 units, a 4-level reporting line, valid NIPs, the people of
//! `journeys.md` (Pak Yohanes, Ibu Maria, Sdr. Daniel, Pak Agus). Deterministic: the same
//! records every time for the same year; dates are relative to today.
//!
//! Accounts ([`demo_accounts`]): every active supervisor is a `penilai` (user name: the first
//! name in lower case), Pak Agus (BKPSDM) is `admin`, Sdr. Daniel a `penilai` who appraises
//! nobody. Password: the last six digits of the person's NIP (the same every year).

use std::path::PathBuf;

use chrono::{Datelike, NaiveDate};

use super::error::CliError;
use crate::app::services::auth::{AccountError, SignInError};
use crate::app::{Command, Register, Services, TransferCommand};
use crate::domain::{
    AuditAction, Directory, Employee, EmployeeId, EmployeeKind, EmployeeStatus, FunctionalTier,
    Grade, InactiveReason, Nip, OrgUnit, PersonName, PnsRank, PositionKind, RecordKind, Role,
    UnitId,
};
use crate::i18n::Lang;

/// Where `kinerja demo` keeps its database without `--db`: `$TMPDIR/kinerja-demo`.
pub fn default_path() -> PathBuf {
    std::env::temp_dir().join("kinerja-demo")
}

/// Units: name and parent (index into this list).
const UNITS: [(&str, Option<usize>); 10] = [
    ("Kantor Distrik Salor", None),
    ("Seksi Pemerintahan", Some(0)),
    ("Seksi Pelayanan Umum dan Kependudukan", Some(0)),
    ("Seksi Pemberdayaan Masyarakat Kampung", Some(0)),
    ("Seksi Ketenteraman dan Ketertiban", Some(0)),
    ("Puskesmas Salor", Some(0)),
    ("SD Negeri Salor", Some(0)),
    ("SMP Negeri Salor", Some(0)),
    ("Balai Penyuluhan Pertanian Salor", Some(3)),
    ("BKPSDM Kabupaten Merauke", None),
];

/// Head of each unit (index into `PEOPLE`).
const HEADS: [usize; 10] = [0, 6, 11, 24, 31, 36, 46, 52, 28, 57];

struct P {
    unit: usize,
    sup: Option<usize>,
    front: &'static str,
    name: &'static str,
    back: &'static str,
    female: bool,
    grade: Grade,
    position: &'static str,
    kind: PositionKind,
    age: i32,
    /// Years since the first appointment (TMT CPNS / PPPK).
    service: i32,
}

use FunctionalTier::{AhliMadya, AhliMuda, AhliPertama, Mahir, Terampil};
use PositionKind::{Administrator, Fungsional, Pelaksana, Pengawas};

const fn pns(r: PnsRank) -> Grade {
    Grade::Pns(r)
}

const M: bool = false;
const F: bool = true;

#[allow(clippy::too_many_arguments)]
const fn p(
    unit: usize,
    sup: Option<usize>,
    front: &'static str,
    name: &'static str,
    back: &'static str,
    female: bool,
    grade: Grade,
    position: &'static str,
    kind: PositionKind,
    age: i32,
    service: i32,
) -> P {
    P {
        unit,
        sup,
        front,
        name,
        back,
        female,
        grade,
        position,
        kind,
        age,
        service,
    }
}

use PnsRank::*;

#[rustfmt::skip]
const PEOPLE: [P; 60] = [
    // Kantor Distrik Salor
    p(0, None, "", "Yohanes Gebze", "S.Sos., M.Si.", M, pns(IVA), "Kepala Distrik Salor", Administrator, 52, 27),
    p(0, Some(0), "", "Markus Balagaize", "S.IP.", M, pns(IIID), "Sekretaris Distrik", Pengawas, 47, 20),
    p(0, Some(1), "", "Siti Rahmawati", "S.E.", F, pns(IIIB), "Pengelola Keuangan", Pelaksana, 38, 12),
    p(0, Some(1), "", "Petrus Yolmen", "", M, pns(IIC), "Pengadministrasi Umum", Pelaksana, 41, 15),
    p(0, Some(1), "", "Yulianus Dimar", "", M, Grade::Pppk(5), "Pengemudi", Pelaksana, 36, 3),
    p(0, Some(1), "", "Fransiska Basik-Basik", "A.Md.", F, pns(IID), "Pengadministrasi Perkantoran", Pelaksana, 33, 9),
    // Seksi Pemerintahan
    p(1, Some(0), "", "Kornelius Samkakai", "S.Sos.", M, pns(IIID), "Kepala Seksi Pemerintahan", Pengawas, 45, 19),
    p(1, Some(6), "", "Ahmad Fauzi", "S.H.", M, pns(IIIB), "Penyusun Bahan Pemerintahan", Pelaksana, 35, 9),
    p(1, Some(6), "", "Elisabeth Gebze", "", F, pns(IIB), "Pengadministrasi Pemerintahan", Pelaksana, 30, 6),
    p(1, Some(7), "", "Benediktus Ndiken", "", M, pns(IIA), "Pengolah Data Kampung", Pelaksana, 27, 3),
    p(1, Some(6), "", "Wempi Kaize", "", M, pns(IIIC), "Penyusun Laporan", Pelaksana, 58, 33),
    // Seksi Pelayanan Umum dan Kependudukan: Ibu Maria and her 12 staff
    p(2, Some(0), "", "Maria Kaize", "S.Sos.", F, pns(IIID), "Kepala Seksi Pelayanan Umum dan Kependudukan", Pengawas, 44, 18),
    p(2, Some(11), "", "Daniel Ndiken", "", M, pns(IIC), "Pengadministrasi Kependudukan", Pelaksana, 29, 6),
    p(2, Some(11), "", "Rina Marlina", "A.Md.", F, pns(IID), "Pengolah Data Kependudukan", Pelaksana, 33, 9),
    p(2, Some(11), "", "Yosep Mahuze", "", M, pns(IIB), "Pengadministrasi Umum", Pelaksana, 31, 7),
    p(2, Some(11), "", "Dewi Lestari", "S.Kom.", F, pns(IIIA), "Pranata Komputer Ahli Pertama", Fungsional(AhliPertama), 28, 4),
    p(2, Some(11), "", "Lukas Gebze", "", M, pns(IIA), "Petugas Pelayanan", Pelaksana, 26, 3),
    p(2, Some(11), "", "Theresia Balagaize", "", F, pns(IIC), "Verifikator Berkas Kependudukan", Pelaksana, 35, 10),
    p(2, Some(11), "", "Budi Santoso", "S.E.", M, pns(IIIA), "Penyusun Laporan Pelayanan", Pelaksana, 34, 8),
    p(2, Some(11), "", "Naomi Samkakai", "A.Md.", F, Grade::Pppk(7), "Pengelola Layanan Operasional", Pelaksana, 30, 2),
    p(2, Some(11), "", "Simon Kaize", "", M, Grade::Pppk(5), "Operator Layanan Operasional", Pelaksana, 27, 2),
    p(2, Some(11), "", "Agnes Ndiken", "", F, pns(IIB), "Pengarsip", Pelaksana, 32, 8),
    p(2, Some(11), "", "Hendrik Wanggai", "", M, pns(IIC), "Pengadministrasi Kependudukan", Pelaksana, 37, 12),
    p(2, Some(11), "", "Nur Aini", "S.Sos.", F, pns(IIIA), "Analis Data Kependudukan", Pelaksana, 31, 5),
    // Seksi Pemberdayaan Masyarakat Kampung
    p(3, Some(0), "", "Stefanus Basik-Basik", "S.Sos.", M, pns(IIIC), "Kepala Seksi Pemberdayaan Masyarakat Kampung", Pengawas, 46, 20),
    p(3, Some(24), "", "Yuliana Mahuze", "S.P.", F, pns(IIIA), "Penggerak Swadaya Masyarakat Ahli Pertama", Fungsional(AhliPertama), 32, 6),
    p(3, Some(24), "", "Ishak Kaize", "", M, pns(IIB), "Pengelola Dana Kampung", Pelaksana, 34, 8),
    p(3, Some(24), "", "Ruth Yolmen", "", F, Grade::Pppk(7), "Pendamping Kampung", Pelaksana, 29, 2),
    // Balai Penyuluhan Pertanian Salor
    p(8, Some(24), "Ir.", "Robertus Dimar", "", M, pns(IIID), "Penyuluh Pertanian Ahli Muda", Fungsional(AhliMuda), 50, 24),
    p(8, Some(28), "", "Veronika Gebze", "S.P.", F, pns(IIIB), "Penyuluh Pertanian Ahli Pertama", Fungsional(AhliPertama), 33, 7),
    p(8, Some(28), "", "Paulus Samkakai", "", M, Grade::Pppk(7), "Penyuluh Pertanian Terampil", Fungsional(Terampil), 30, 3),
    // Seksi Ketenteraman dan Ketertiban
    p(4, Some(0), "", "Yakobus Wonda", "S.H.", M, pns(IIIC), "Kepala Seksi Ketenteraman dan Ketertiban", Pengawas, 44, 17),
    p(4, Some(31), "", "Musa Gebze", "", M, pns(IIC), "Polisi Pamong Praja Terampil", Fungsional(Terampil), 36, 11),
    p(4, Some(31), "", "Andreas Mahuze", "", M, pns(IIB), "Polisi Pamong Praja Terampil", Fungsional(Terampil), 31, 7),
    p(4, Some(31), "", "Rahmat Hidayat", "", M, pns(IIA), "Pengadministrasi Ketertiban", Pelaksana, 28, 4),
    p(4, Some(32), "", "Kristina Kaize", "", F, pns(IIA), "Pengelola Data Ketertiban", Pelaksana, 26, 2),
    // Puskesmas Salor
    p(5, Some(0), "dr.", "Samuel Rumbiak", "", M, pns(IIID), "Kepala Puskesmas Salor", Pengawas, 42, 14),
    p(5, Some(36), "dr.", "Anastasia Kafiar", "", F, pns(IIIB), "Dokter Ahli Pertama", Fungsional(AhliPertama), 31, 4),
    p(5, Some(36), "Ns.", "Martha Gebze", "S.Kep.", F, pns(IIIC), "Perawat Ahli Muda", Fungsional(AhliMuda), 39, 13),
    p(5, Some(38), "", "Yohana Ndiken", "A.Md.Kep.", F, pns(IID), "Perawat Terampil", Fungsional(Terampil), 32, 8),
    p(5, Some(38), "", "Fransiskus Mahuze", "A.Md.Kep.", M, Grade::Pppk(7), "Perawat Terampil", Fungsional(Terampil), 29, 3),
    p(5, Some(36), "", "Sri Wahyuni", "A.Md.Keb.", F, pns(IIIA), "Bidan Mahir", Fungsional(Mahir), 37, 12),
    p(5, Some(41), "", "Lidia Samkakai", "A.Md.Keb.", F, pns(IIC), "Bidan Terampil", Fungsional(Terampil), 30, 5),
    p(5, Some(36), "apt.", "Yusuf Tahir", "S.Farm.", M, pns(IIIB), "Apoteker Ahli Pertama", Fungsional(AhliPertama), 34, 7),
    p(5, Some(36), "", "Ester Kaize", "A.Md.A.K.", F, pns(IID), "Pranata Laboratorium Kesehatan Terampil", Fungsional(Terampil), 31, 7),
    p(5, Some(36), "", "Dominggus Balagaize", "", M, Grade::Pppk(5), "Pengadministrasi Umum", Pelaksana, 35, 2),
    // SD Negeri Salor
    p(6, Some(0), "", "Yosina Mahuze", "S.Pd.", F, pns(IVA), "Kepala SD Negeri Salor", Fungsional(AhliMadya), 51, 26),
    p(6, Some(46), "", "Albertus Gebze", "S.Pd.", M, pns(IIIC), "Guru Ahli Muda", Fungsional(AhliMuda), 40, 14),
    p(6, Some(46), "", "Martina Ndiken", "S.Pd.", F, pns(IIIA), "Guru Ahli Pertama", Fungsional(AhliPertama), 29, 4),
    p(6, Some(46), "", "Yeremias Kaize", "S.Pd.", M, Grade::Pppk(9), "Guru Ahli Pertama", Fungsional(AhliPertama), 30, 3),
    p(6, Some(46), "", "Ratna Sari", "S.Pd.", F, Grade::Pppk(9), "Guru Ahli Pertama", Fungsional(AhliPertama), 27, 2),
    p(6, Some(46), "", "Oktovianus Samkakai", "S.Pd.", M, pns(IIIB), "Guru Ahli Pertama", Fungsional(AhliPertama), 33, 8),
    // SMP Negeri Salor
    p(7, Some(0), "Drs.", "Thomas Yolmen", "M.Pd.", M, pns(IVB), "Kepala SMP Negeri Salor", Fungsional(AhliMadya), 54, 28),
    p(7, Some(52), "", "Margaretha Kaize", "S.Pd.", F, pns(IIID), "Guru Ahli Muda", Fungsional(AhliMuda), 43, 17),
    p(7, Some(52), "", "Eko Prasetyo", "S.Pd.", M, pns(IIIB), "Guru Ahli Pertama", Fungsional(AhliPertama), 32, 6),
    p(7, Some(52), "", "Priskila Gebze", "S.Pd.", F, Grade::Pppk(9), "Guru Ahli Pertama", Fungsional(AhliPertama), 28, 2),
    p(7, Some(52), "", "Gerardus Ndiken", "S.Kom.", M, pns(IIIA), "Guru Ahli Pertama", Fungsional(AhliPertama), 29, 3),
    // BKPSDM Kabupaten Merauke: Pak Agus, HR analyst
    p(9, None, "", "Natalia Kafiar", "S.Sos., M.AP.", F, pns(IVA), "Kepala Bidang Penilaian Kinerja dan Penghargaan", Administrator, 49, 23),
    p(9, Some(57), "", "Agus Mahuze", "S.Psi.", M, pns(IIIC), "Analis Sumber Daya Manusia Aparatur Ahli Muda", Fungsional(AhliMuda), 38, 13),
    p(9, Some(57), "", "Wulan Anggraini", "S.Kom.", F, pns(IIIA), "Pranata Komputer Ahli Pertama", Fungsional(AhliPertama), 28, 4),
];

/// Employees with a phone number and an e-mail address.
const CONTACTS: [usize; 8] = [0, 1, 6, 11, 12, 36, 57, 58];

/// Pensiun (Wempi Kaize) and tugas belajar (Oktovianus Samkakai).
fn inactive(i: usize, year: i32) -> Option<EmployeeStatus> {
    let (reason, since, note) = match i {
        10 => (
            InactiveReason::Retired,
            NaiveDate::from_ymd_opt(year - 1, 12, 1),
            "Batas usia pensiun",
        ),
        51 => (
            InactiveReason::StudyLeave,
            NaiveDate::from_ymd_opt(year - 1, 8, 1),
            "Studi S2 Pendidikan Dasar, Universitas Cenderawasih",
        ),
        _ => return None,
    };
    Some(EmployeeStatus::Inactive {
        reason,
        since,
        note: note.to_string(),
    })
}

fn email_name(name: &str) -> String {
    name.split_whitespace()
        .map(|w| w.to_lowercase().replace('-', ""))
        .collect::<Vec<_>>()
        .join(".")
}

/// The sample office's units and employees, ids from `next_id`, dates relative to `today`.
pub fn records<E>(
    today: NaiveDate,
    mut next_id: impl FnMut(RecordKind) -> Result<u64, E>,
) -> Result<(Vec<OrgUnit>, Vec<Employee>), E> {
    let year = today.year();
    let mut unit_ids = Vec::with_capacity(UNITS.len());
    for _ in UNITS {
        unit_ids.push(UnitId(next_id(RecordKind::Unit)?));
    }
    let mut emp_ids = Vec::with_capacity(PEOPLE.len());
    for _ in &PEOPLE {
        emp_ids.push(EmployeeId(next_id(RecordKind::Employee)?));
    }
    let units = UNITS
        .iter()
        .enumerate()
        .map(|(i, (name, parent))| OrgUnit {
            id: unit_ids[i],
            name: (*name).to_string(),
            parent: parent.map(|p| unit_ids[p]),
            head: Some(emp_ids[HEADS[i]]),
            active: true,
            revision: 0,
        })
        .collect();
    let mut employees = Vec::with_capacity(PEOPLE.len());
    for (i, p) in PEOPLE.iter().enumerate() {
        let n = i as u32;
        let kind = p.grade.kind();
        let birth_year = year - p.age;
        let birth_month = 1 + (n * 7) % 12;
        let birth_day = 1 + (n * 11) % 28;
        let appointed_year = year - p.service;
        let appointed_month = match kind {
            EmployeeKind::Pns => 1 + (n * 5) % 12,
            EmployeeKind::Pppk => 3,
        };
        let sex = if p.female { 2 } else { 1 };
        let digits = match kind {
            EmployeeKind::Pns => format!(
                "{birth_year:04}{birth_month:02}{birth_day:02}{appointed_year:04}{appointed_month:02}{sex}{:03}",
                i + 1
            ),
            EmployeeKind::Pppk => format!(
                "{birth_year:04}{birth_month:02}{birth_day:02}{appointed_year:04}21{sex}{:03}",
                i + 1
            ),
        };
        let appointed_on = NaiveDate::from_ymd_opt(appointed_year, appointed_month, 1);
        let (phone, email) = if CONTACTS.contains(&i) {
            (
                format!(
                    "0812{:04}{:04}",
                    4800 + i * 37 % 100,
                    1000 + i * 7919 % 9000
                ),
                format!("{}@salor.merauke.go.id", email_name(p.name)),
            )
        } else {
            (String::new(), String::new())
        };
        employees.push(Employee {
            id: emp_ids[i],
            // The layout above is valid by construction (unit test); trusted like stored data.
            nip: Nip::from_trusted(digits),
            kind,
            name: PersonName {
                front_title: p.front.to_string(),
                name: p.name.to_string(),
                back_title: p.back.to_string(),
            },
            grade: p.grade,
            position: p.position.to_string(),
            position_kind: p.kind,
            unit: unit_ids[p.unit],
            supervisor: p.sup.map(|s| emp_ids[s]),
            appointed_on,
            // Not before TMT CPNS (the dated register rules; a recent appointment late in
            // the year would otherwise precede them).
            grade_since: NaiveDate::from_ymd_opt(year - p.service.min(4), 4, 1).max(appointed_on),
            position_since: NaiveDate::from_ymd_opt(year - p.service.min(6), 1, 2)
                .max(appointed_on),
            status: inactive(i, year).unwrap_or(EmployeeStatus::Active),
            phone,
            email,
            revision: 0,
        });
    }
    Ok((units, employees))
}

/// The demo's admin: Pak Agus, HR analyst at BKPSDM.
pub const ADMIN_NAME: &str = "Agus Mahuze";
/// Sdr. Daniel: a `penilai` account although he appraises nobody (he sees his own record).
pub const OWN_RECORD_NAME: &str = "Daniel Ndiken";

/// One account of the sample office.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DemoAccount {
    pub employee: EmployeeId,
    pub username: String,
    pub role: Role,
    pub password: String,
}

/// The password of a demo account: the last six digits of the NIP.
pub fn demo_password(nip: &Nip) -> String {
    let s = nip.as_str();
    s[s.len().saturating_sub(6)..].to_string()
}

/// The accounts of the sample office, in register order: every active employee with an
/// active direct report (`penilai`), Pak Agus (`admin`) and Sdr. Daniel (`penilai`). User
/// name: the first name in lower case, with 2, 3, ... added when taken.
pub fn demo_accounts(reg: &Register) -> Vec<DemoAccount> {
    let mut taken = std::collections::HashSet::new();
    let mut out = Vec::new();
    for e in reg.employees() {
        let role = if e.name.name == ADMIN_NAME {
            Role::Admin
        } else if e.is_active()
            && (e.name.name == OWN_RECORD_NAME || !reg.active_subordinates(e.id).is_empty())
        {
            Role::Appraiser
        } else {
            continue;
        };
        let base: String = e
            .name
            .name
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_lowercase()
            .chars()
            .filter(char::is_ascii_lowercase)
            .collect();
        let base = if base.len() < 2 {
            format!("pegawai{}", e.id.0)
        } else {
            base
        };
        let mut username = base.clone();
        let mut n = 2;
        while !taken.insert(username.clone()) {
            username = format!("{base}{n}");
            n += 1;
        }
        out.push(DemoAccount {
            employee: e.id,
            username,
            role,
            password: demo_password(&e.nip),
        });
    }
    out
}

/// Creates the demo accounts that do not exist yet (an employee who has an account keeps
/// it; a user name taken by someone else gets a number). Returns the accounts created.
fn ensure_accounts(services: &mut Services) -> Result<Vec<DemoAccount>, CliError> {
    let mut created = Vec::new();
    for mut a in demo_accounts(&services.register) {
        if services.store.account_id_by_employee(a.employee)?.is_some() {
            continue;
        }
        let base = a.username.clone();
        let mut n = 2;
        loop {
            match services.create_account(None, &a.username, Some(a.employee), a.role, &a.password)
            {
                Ok(_) => break,
                Err(AccountError::UsernameTaken) => {
                    a.username = format!("{base}{n}");
                    n += 1;
                }
                Err(e) => return Err(e.into()),
            }
        }
        created.push(a);
    }
    Ok(created)
}

/// `kinerja demo`: fill the database once, create the accounts, report where it is, open the
/// TUI unless told not to (signed in as the account of `as_nip` when given).
/// The author of every record the demo writes, and how a demo database is recognised.
const DEMO_ACTOR: &str = "cli:demo";

pub fn run(db: PathBuf, open: bool, as_nip: Option<&str>, lang: Lang) -> Result<(), CliError> {
    let mut services = super::open_services(&db, DEMO_ACTOR.to_string())?;
    let existing = services.register.employees().len();
    // A demo database starts with the demo's own records; anything else is a real register.
    let made_by_demo = services
        .store
        .audit_trail()?
        .first()
        .is_some_and(|a| a.actor == DEMO_ACTOR);
    let empty =
        existing == 0 && services.register.units().is_empty() && !services.has_accounts()?;
    if !(empty || made_by_demo) {
        return Err(CliError::NotDemo(db));
    }
    let mut message = if existing > 0 {
        crate::cli::words::demo_existing(lang, existing, &db)
    } else {
        let today = services.today();
        let (units, employees) = records(today, |k| services.next_id(k))?;
        let (nu, ne) = (units.len(), employees.len());
        services.execute(Command::Batch {
            units,
            employees,
            action: AuditAction::Create,
        })?;
        let plans = super::demo_plans::plans(&services.register, today, || {
            services.next_id(RecordKind::Plan)
        })?;
        services.execute(Command::Transfer(TransferCommand::SeedDemo {
            plans,
            period: super::demo_plans::period(today),
        }))?;
        let done_segments = super::demo_plans::period(today)
            .and_then(|p| p.segment_of(today))
            .map_or(0, |s| s.number.saturating_sub(1));
        let reviews = super::demo_reviews::reviews(&services.register, today, done_segments);
        services.execute(Command::Transfer(TransferCommand::SeedDemoReviews {
            years: reviews.years,
            unit_grades: reviews.unit_grades,
        }))?;
        let segment_from = super::demo_plans::period(today)
            .and_then(|p| p.segment_of(today))
            .map_or(today, |s| s.from);
        let feedback = super::demo_dialogs::feedback(&services.register, today, segment_from);
        services.execute(Command::Feedback(
            crate::app::feedback::Command::ImportSessions(feedback),
        ))?;
        crate::cli::words::demo_created(lang, ne, nu, &db)
    };
    let created = ensure_accounts(&mut services)?;
    if !created.is_empty() {
        let admins: Vec<&str> = created
            .iter()
            .filter(|a| a.role == Role::Admin)
            .map(|a| a.username.as_str())
            .collect();
        let appraisers: Vec<&str> = created
            .iter()
            .filter(|a| a.role == Role::Appraiser)
            .map(|a| a.username.as_str())
            .collect();
        message.push('\n');
        message.push_str(&crate::cli::words::demo_accounts(
            lang,
            &admins,
            &appraisers,
        ));
    }
    // Checked before anything opens: a wrong NIP is an error with exit code 1.
    let session = match as_nip {
        Some(nip) => Some(services.session_for_nip(nip).map_err(|e| match e {
            SignInError::Store(s) => CliError::Store(s),
            _ => CliError::NoAccountForNip(nip.trim().to_string()),
        })?),
        None => None,
    };
    super::write_stdout(format!("{message}\n").as_bytes())?;
    if open {
        if session.is_none() {
            services.actor = super::tui_actor();
        }
        if let Some(unreadable) =
            crate::ui::run_tui_as(services, lang, session).map_err(CliError::Terminal)?
        {
            return Err(CliError::Register(unreadable));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::Register;
    use crate::domain::{rules, Directory};

    fn build(today: NaiveDate) -> Register {
        let mut n = 0;
        let (units, employees) = records(today, |_| {
            n += 1;
            Ok::<u64, ()>(n)
        })
        .unwrap();
        Register::from_parts(employees, units)
    }

    fn named<'a>(reg: &'a Register, name: &str) -> &'a Employee {
        reg.employees()
            .iter()
            .find(|e| e.name.name == name)
            .unwrap()
    }

    #[test]
    fn sample_office_is_valid_on_any_day() {
        for (y, m, d) in [(2026, 11, 28), (2024, 2, 29), (2030, 1, 1), (2035, 12, 31)] {
            let today = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            let reg = build(today);
            assert_eq!(reg.employees().len(), 60);
            assert_eq!(reg.units().len(), 10);
            for e in reg.employees() {
                let parsed = Nip::parse(e.nip.as_str(), e.kind);
                assert_eq!(parsed.as_ref(), Ok(&e.nip), "{} {}", e.name.name, e.nip);
                assert!(rules::check_employee(&reg, e).is_empty(), "{e:?}");
                assert_eq!(rules::check_employee_dates(e, today), vec![], "{e:?}");
                assert!(e.appointed_on.unwrap() < today);
                assert!(e.nip.birth_date().unwrap() < e.appointed_on.unwrap());
            }
            for u in reg.units() {
                assert!(rules::check_unit(&reg, u).is_empty(), "{u:?}");
                let head = reg.employee(u.head.unwrap()).unwrap();
                assert_eq!(head.unit, u.id, "head of {} works there", u.name);
            }
        }
    }

    #[test]
    fn journeys_people_are_there() {
        let reg = build(NaiveDate::from_ymd_opt(2026, 11, 28).unwrap());
        let yohanes = named(&reg, "Yohanes Gebze");
        assert_eq!(yohanes.position_kind, PositionKind::Administrator);
        assert_eq!(yohanes.supervisor, None);
        assert_eq!(reg.active_subordinates(yohanes.id).len(), 8);
        let maria = named(&reg, "Maria Kaize");
        assert!(maria.nip.is_female());
        assert_eq!(maria.position_kind, PositionKind::Pengawas);
        let staff: Vec<&Employee> = reg
            .subordinates(maria.id)
            .iter()
            .filter_map(|id| reg.employee(*id))
            .collect();
        assert_eq!(staff.len(), 12);
        assert_eq!(
            staff
                .iter()
                .filter(|e| e.kind == EmployeeKind::Pppk)
                .count(),
            2
        );
        assert!(
            staff
                .iter()
                .filter(|e| e.position_kind == PositionKind::Pelaksana)
                .count()
                > 6
        );
        let daniel = named(&reg, "Daniel Ndiken");
        assert_eq!(daniel.supervisor, Some(maria.id));
        assert_eq!(daniel.position_kind, PositionKind::Pelaksana);
        let agus = named(&reg, "Agus Mahuze");
        assert!(reg.unit_name(agus.unit).contains("BKPSDM"));
        assert_eq!(reg.employees().iter().filter(|e| !e.is_active()).count(), 2);
        // Four levels: Yohanes -> Kasi -> staff -> staff.
        let depth = |e: &Employee| {
            let mut d = 1;
            let mut cur = e.supervisor;
            while let Some(s) = cur {
                d += 1;
                cur = reg.employee(s).and_then(|x| x.supervisor);
            }
            d
        };
        assert_eq!(reg.employees().iter().map(depth).max(), Some(4));
    }

    #[test]
    fn demo_accounts_are_the_supervisors_agus_and_daniel() {
        let reg = build(NaiveDate::from_ymd_opt(2026, 11, 28).unwrap());
        let accounts = demo_accounts(&reg);
        let names: Vec<&str> = accounts.iter().map(|a| a.username.as_str()).collect();
        assert_eq!(
            names,
            [
                "yohanes",
                "markus",
                "kornelius",
                "ahmad",
                "maria",
                "daniel",
                "stefanus",
                "robertus",
                "yakobus",
                "musa",
                "samuel",
                "martha",
                "sri",
                "yosina",
                "thomas",
                "natalia",
                "agus"
            ]
        );
        let role = |u: &str| accounts.iter().find(|a| a.username == u).unwrap().role;
        assert_eq!(role("agus"), Role::Admin);
        assert_eq!(role("daniel"), Role::Appraiser);
        assert_eq!(role("maria"), Role::Appraiser);
        assert_eq!(accounts.iter().filter(|a| a.role == Role::Admin).count(), 1);
        for a in &accounts {
            let e = reg.employee(a.employee).unwrap();
            assert!(e.is_active(), "{}", a.username);
            assert!(e.nip.as_str().ends_with(&a.password), "{}", a.username);
            assert_eq!(a.password.len(), 6);
            assert!(crate::app::services::auth::normalize_username(&a.username).is_some());
        }
        // The README's table.
        for (u, pw) in [
            ("agus", "031059"),
            ("yohanes", "011001"),
            ("maria", "082012"),
            ("daniel", "011013"),
        ] {
            let a = accounts.iter().find(|a| a.username == u).unwrap();
            assert_eq!(a.password, pw, "{u}");
        }
        // The password does not depend on the year the demo was made.
        let later = demo_accounts(&build(NaiveDate::from_ymd_opt(2031, 3, 1).unwrap()));
        assert_eq!(later, accounts);
    }

    #[test]
    fn same_day_same_data() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        assert_eq!(build(today).employees(), build(today).employees());
    }
}

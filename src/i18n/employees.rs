//! The employees screen and the register's rules: results of its commands, its counts and
//! questions, and broken rules in words.

use super::Lang;
use crate::domain::{Directory, NipError, RuleError};

pub fn saved(lang: Lang, name: &str, created: bool) -> String {
    match (lang, created) {
        (Lang::Id, true) => format!("Pegawai baru tersimpan: {name}"),
        (Lang::Id, false) => format!("Perubahan tersimpan: {name}"),
        (Lang::En, true) => format!("New employee saved: {name}"),
        (Lang::En, false) => format!("Changes saved: {name}"),
    }
}

pub fn deactivated(lang: Lang, name: &str, moved: usize, units: &[String]) -> String {
    let mut s = deactivated_moved(lang, name, moved);
    if !units.is_empty() {
        s.push_str(&match lang {
            Lang::Id => format!("; kepala baru di {}", units.join(", ")),
            Lang::En => format!("; new head of {}", units.join(", ")),
        });
    }
    s
}

/// What the deactivation dialog says about the units the person heads.
pub fn heads_units(lang: Lang, units: &[String]) -> String {
    let list = units.join(", ");
    match lang {
        Lang::Id => format!(
            "Ia kepala unit {list}: kepala unit ikut diganti oleh atasan pengganti \
             (tanpa pengganti: kosong)."
        ),
        Lang::En => format!(
            "They head {list}: the unit's head changes to the new supervisor too \
             (none chosen: no head)."
        ),
    }
}

fn deactivated_moved(lang: Lang, name: &str, moved: usize) -> String {
    match lang {
        Lang::Id if moved > 0 => {
            format!("{name} nonaktif; {moved} bawahan pindah ke atasan baru")
        }
        Lang::Id => format!("{name} nonaktif"),
        Lang::En if moved > 0 => {
            format!("{name} deactivated; {moved} reports moved to the new supervisor")
        }
        Lang::En => format!("{name} deactivated"),
    }
}

pub fn reactivated(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Id => format!("{name} diaktifkan kembali"),
        Lang::En => format!("{name} reactivated"),
    }
}

pub fn unit_saved(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Id => format!("Unit kerja tersimpan: {name}"),
        Lang::En => format!("Unit saved: {name}"),
    }
}

pub fn batch_applied(lang: Lang, units: usize, employees: usize) -> String {
    match lang {
        Lang::Id => format!("{employees} pegawai dan {units} unit kerja tersimpan"),
        Lang::En => format!("{employees} employees and {units} units saved"),
    }
}

pub fn matches(lang: Lang, shown: usize, total: usize) -> String {
    match lang {
        Lang::Id => format!("{shown} dari {total} pegawai"),
        Lang::En => format!("{shown} of {total} employees"),
    }
}

pub fn subordinates_to_move(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Id => format!("{n} bawahan aktif harus dipindahkan ke atasan lain."),
        Lang::En => format!("{n} active direct reports must move to another supervisor."),
    }
}

/// Under the deactivation form's last field when a direct report is promoted.
pub fn promoted(lang: Lang, name: &str, above: Option<&str>) -> String {
    match (lang, above) {
        (Lang::Id, Some(a)) => {
            format!("{name} naik menggantikan: melapor ke {a}; bawahan lain melapor ke {name}.")
        }
        (Lang::Id, None) => {
            format!("{name} naik menggantikan (tanpa atasan); bawahan lain melapor ke {name}.")
        }
        (Lang::En, Some(a)) => {
            format!("{name} is promoted: reports to {a}; the other reports report to {name}.")
        }
        (Lang::En, None) => {
            format!("{name} is promoted (no supervisor above); the other reports report to {name}.")
        }
    }
}

pub fn deactivate_question(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Id => format!("Nonaktifkan {name}? Data tidak dihapus; riwayat tetap tersimpan."),
        Lang::En => format!("Deactivate {name}? Nothing is deleted; the history stays."),
    }
}

pub fn nip_error(lang: Lang, e: &NipError) -> String {
    let (id, en): (String, String) = match e {
        NipError::Empty => ("NIP wajib diisi".into(), "NIP is required".into()),
        NipError::NotDigits => (
            "NIP hanya boleh berisi angka (spasi boleh)".into(),
            "the NIP may contain digits only (spaces allowed)".into(),
        ),
        NipError::Length(n) => (
            format!("NIP harus 18 angka, bukan {n}"),
            format!("the NIP must have 18 digits, not {n}"),
        ),
        NipError::BirthDate => (
            "8 angka pertama NIP bukan tanggal lahir yang benar (ttttbbhh)".into(),
            "the first 8 digits of the NIP are not a real birth date (yyyymmdd)".into(),
        ),
        NipError::AppointmentMonth => (
            "angka 9-14 NIP bukan bulan pengangkatan yang benar (ttttbb)".into(),
            "digits 9-14 of the NIP are not a real appointment month (yyyymm)".into(),
        ),
        NipError::AppointedTooYoung => (
            "pengangkatan pada NIP sebelum usia 15 tahun".into(),
            "the NIP's appointment is before age 15".into(),
        ),
        NipError::BornInFuture => (
            "tanggal lahir pada NIP (angka 1-8) sesudah hari ini".into(),
            "the NIP's birth date (digits 1-8) is after today".into(),
        ),
        NipError::AppointedInFuture => (
            "TMT pada NIP (angka 9-14) sesudah hari ini".into(),
            "the NIP's appointment (digits 9-14) is after today".into(),
        ),
        NipError::Sex => (
            "angka ke-15 NIP (jenis kelamin) harus 1 atau 2".into(),
            "digit 15 of the NIP (sex) must be 1 or 2".into(),
        ),
        NipError::Serial => (
            "nomor urut NIP (3 angka terakhir) tidak boleh 000".into(),
            "the NIP's serial (last 3 digits) cannot be 000".into(),
        ),
        NipError::PppkMarker => (
            "NIP PPPK: angka ke-13 harus 2 dan ke-14 antara 1-9".into(),
            "PPPK NIP: digit 13 must be 2 and digit 14 between 1-9".into(),
        ),
    };
    match lang {
        Lang::Id => id,
        Lang::En => en,
    }
}

/// A broken register rule, naming people where the rule is about someone.
pub fn rule_error(lang: Lang, e: &RuleError, dir: &dyn Directory) -> String {
    let name = |id| {
        dir.employee(id).map_or_else(
            || "?".to_string(),
            |e| format!("{} ({})", e.full_name(), e.nip),
        )
    };
    let (id, en): (String, String) = match e {
        RuleError::Nip(n) => return nip_error(lang, n),
        RuleError::NipTaken(other) => (
            format!("NIP sudah dipakai oleh {}", name(*other)),
            format!("NIP already used by {}", name(*other)),
        ),
        RuleError::NameRequired => ("nama wajib diisi".into(), "name is required".into()),
        RuleError::PositionRequired => (
            "nama jabatan wajib diisi".into(),
            "position title is required".into(),
        ),
        RuleError::GradeKindMismatch => (
            "golongan tidak sesuai jenis ASN (PNS: I/a-IV/e, PPPK: I-XVII)".into(),
            "grade does not fit the kind (PNS: I/a-IV/e, PPPK: I-XVII)".into(),
        ),
        RuleError::UnknownUnit => ("unit kerja tidak dikenal".into(), "unknown unit".into()),
        RuleError::UnitClosed => (
            "unit kerja sudah ditutup".into(),
            "the unit is closed".into(),
        ),
        RuleError::UnknownSupervisor => {
            ("atasan tidak dikenal".into(), "unknown supervisor".into())
        }
        RuleError::SupervisorInactive => (
            "atasan harus pegawai yang aktif".into(),
            "the supervisor must be an active employee".into(),
        ),
        RuleError::SupervisorSelf => (
            "pegawai tidak bisa menjadi atasan dirinya sendiri".into(),
            "an employee cannot be their own supervisor".into(),
        ),
        RuleError::SupervisorCycle(chain) => {
            // The chain runs from the new supervisor up to the employee; start at the employee.
            let names: Vec<String> = chain
                .last()
                .into_iter()
                .chain(chain.iter())
                .map(|id| {
                    dir.employee(*id)
                        .map_or("?".into(), |e| e.name.name.clone())
                })
                .collect();
            (
                format!("garis atasan akan berputar: {}", names.join(" → ")),
                format!("the reporting line would loop: {}", names.join(" → ")),
            )
        }
        RuleError::HasActiveSubordinates(n) => (
            format!("masih ada {n} bawahan aktif: pilih ke mana mereka dipindahkan"),
            format!("{n} active direct reports remain: choose where they go"),
        ),
        RuleError::EmailInvalid => (
            "alamat email tidak valid (contoh: nama@merauke.go.id)".into(),
            "invalid e-mail address (e.g. name@merauke.go.id)".into(),
        ),
        RuleError::PhoneInvalid => (
            "nomor telepon tidak valid (8-15 angka, boleh +, spasi, -)".into(),
            "invalid phone number (8-15 digits; +, space, - allowed)".into(),
        ),
        RuleError::AppointedTooYoung => (
            "TMT sebelum pegawai berusia 15 tahun (lihat tanggal lahir di NIP)".into(),
            "appointment before the employee turned 15 (see the birth date in the NIP)".into(),
        ),
        RuleError::AppointedUnder18 => (
            "pengangkatan sebelum pegawai berusia 18 tahun, usia minimum ASN (lihat tanggal \
             lahir di NIP)"
                .into(),
            "appointment before the employee turned 18, the minimum age for an ASN (see the \
             birth date in the NIP)"
                .into(),
        ),
        RuleError::BeforeAppointment => (
            "tanggal ini sebelum TMT CPNS".into(),
            "this date is before the first appointment (TMT CPNS)".into(),
        ),
        RuleError::DateInFuture => (
            "tanggal ini sesudah hari ini".into(),
            "this date is after today".into(),
        ),
        RuleError::UnitNameRequired => (
            "nama unit wajib diisi".into(),
            "unit name is required".into(),
        ),
        RuleError::UnitNameTaken => (
            "sudah ada unit dengan nama ini di bawah unit induk yang sama".into(),
            "another unit with this name already sits under the same parent".into(),
        ),
        RuleError::TooLong { max, len } => (
            format!("terlalu panjang: paling banyak {max} karakter, ini {len}"),
            format!("too long: at most {max} characters, this has {len}"),
        ),
        RuleError::UnitCycle => (
            "unit induk tidak boleh berada di bawah unit ini sendiri".into(),
            "the parent unit cannot be below this unit".into(),
        ),
        RuleError::UnknownParentUnit => (
            "unit induk tidak dikenal".into(),
            "unknown parent unit".into(),
        ),
    };
    match lang {
        Lang::Id => id,
        Lang::En => en,
    }
}

/// Label of a reason for leaving active service.
pub fn reason(lang: Lang, r: crate::domain::InactiveReason) -> &'static str {
    use crate::domain::InactiveReason as R;
    let (id, en) = match r {
        R::Retired => ("Pensiun", "Retired"),
        R::TransferredOut => ("Mutasi keluar", "Transferred out"),
        R::Deceased => ("Meninggal dunia", "Deceased"),
        R::UnpaidLeave => ("Cuti di luar tanggungan negara", "Unpaid leave (CLTN)"),
        R::StudyLeave => ("Tugas belajar", "Study leave"),
        R::Dismissed => ("Diberhentikan", "Dismissed"),
        R::Other => ("Lainnya", "Other"),
    };
    lang.pick(id, en)
}

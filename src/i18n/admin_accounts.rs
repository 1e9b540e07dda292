//! The admin screen's accounts part: the list, the account and password forms, the answers
//! and refusals of the account commands, and the words of the screen itself.

use super::Lang;
use crate::app::admin::command::{Done, Refusal};
use crate::app::admin::forms::{AccountField, FieldError};
use crate::app::admin::view::{AccountState, Part};
use crate::domain::dates::DateError;
use crate::domain::Role;

pub fn title(lang: Lang) -> &'static str {
    lang.pick("Akun & Plt/Plh", "Accounts & Plt/Plh")
}

pub fn part(lang: Lang, p: Part) -> &'static str {
    match p {
        Part::Accounts => lang.pick("Akun", "Accounts"),
        Part::Acting => lang.pick("Plt/Plh", "Acting (Plt/Plh)"),
    }
}

/// The keys of the lists, on the line under them.
pub fn hint(lang: Lang, p: Part) -> &'static str {
    match p {
        Part::Accounts => lang.pick(
            "Tab Plt/Plh · n baru · r sandi · d nonaktif · a aktif · s kunci · Esc tutup",
            "Tab Plt/Plh · n new · r password · d disable · a enable · s keys · Esc close",
        ),
        Part::Acting => lang.pick(
            "Tab akun · n baru · x akhiri lebih awal · Esc tutup",
            "Tab accounts · n new · x end early · Esc close",
        ),
    }
}

pub fn reading(lang: Lang) -> &'static str {
    lang.pick("Membaca…", "Reading…")
}

pub fn no_accounts(lang: Lang) -> &'static str {
    lang.pick("Belum ada akun.", "No accounts yet.")
}

/// Column headers: user name, role, NIP, name, state.
pub fn header(lang: Lang) -> [&'static str; 5] {
    match lang {
        Lang::Id => ["PENGGUNA", "PERAN", "NIP", "NAMA", "STATUS"],
        Lang::En => ["USER", "ROLE", "NIP", "NAME", "STATE"],
    }
}

pub fn role(lang: Lang, r: Role) -> &'static str {
    match r {
        Role::Admin => "admin",
        Role::Appraiser => lang.pick("penilai", "appraiser"),
    }
}

pub fn state(lang: Lang, s: AccountState) -> String {
    match s {
        AccountState::Active => lang.pick("aktif", "active").into(),
        AccountState::Disabled => lang.pick("nonaktif", "disabled").into(),
        AccountState::LockedUntil(ms) => {
            let at = crate::app::audit::view::format_time(ms);
            match lang {
                Lang::Id => format!("terkunci s.d. {at}"),
                Lang::En => format!("locked until {at}"),
            }
        }
        AccountState::MustChange => lang
            .pick("wajib ganti kata sandi", "must change password")
            .into(),
    }
}

pub fn states(lang: Lang, s: &[AccountState]) -> String {
    s.iter()
        .map(|x| state(lang, *x))
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn new_title(lang: Lang) -> &'static str {
    lang.pick("Akun baru", "New account")
}

pub fn label(lang: Lang, f: AccountField) -> &'static str {
    match f {
        AccountField::Employee => lang.pick("Pegawai", "Employee"),
        AccountField::Username => lang.pick("Nama pengguna", "User name"),
        AccountField::Role => lang.pick("Peran", "Role"),
        AccountField::Password => lang.pick("Kata sandi awal", "Initial password"),
        AccountField::Repeat => lang.pick("Ulangi", "Repeat"),
    }
}

pub fn field_hint(lang: Lang, f: AccountField) -> &'static str {
    match f {
        AccountField::Employee => lang.pick("Enter: pilih", "Enter: choose"),
        AccountField::Username => lang.pick(
            "2–32 huruf kecil, angka, . _ -; diawali huruf",
            "2–32 lower-case letters, digits, . _ -; a letter first",
        ),
        AccountField::Role => lang.pick("←/→: admin atau penilai", "←/→: admin or appraiser"),
        AccountField::Password | AccountField::Repeat => lang.pick(
            "sekali pakai: wajib diganti saat masuk pertama",
            "one-time: must be changed at the first sign-in",
        ),
    }
}

pub fn none_chosen(lang: Lang) -> &'static str {
    lang.pick("(belum dipilih)", "(none chosen)")
}

pub fn reset_title(lang: Lang) -> &'static str {
    lang.pick("Atur ulang kata sandi", "Reset the password")
}

pub fn reset_intro(lang: Lang) -> &'static str {
    lang.pick(
        "Kata sandi sekali pakai, diketik dua kali; pengguna wajib menggantinya saat masuk.",
        "A one-time password, typed twice; the user must change it at sign-in.",
    )
}

pub fn new_password(lang: Lang) -> &'static str {
    lang.pick("Kata sandi baru", "New password")
}

pub fn repeat(lang: Lang) -> &'static str {
    lang.pick("Ulangi", "Repeat")
}

/// What is wrong at a field of an admin form (both parts).
pub fn error(lang: Lang, e: &FieldError) -> String {
    match e {
        FieldError::Required => lang.pick("wajib diisi", "required").into(),
        FieldError::Differ => lang
            .pick(
                "kedua kata sandi berbeda; ketik lagi",
                "the two passwords differ; type them again",
            )
            .into(),
        FieldError::Date(d) => date_error(lang, *d).into(),
        FieldError::Account(r) => refusal(lang, r),
        FieldError::Acting(a) => super::acting::acting_error(lang, a),
    }
}

fn date_error(lang: Lang, e: DateError) -> &'static str {
    match e {
        DateError::Format => lang.pick("bukan tanggal (HH/BB/TTTT)", "not a date (DD/MM/YYYY)"),
        DateError::YearDigits => lang.pick("tahun 2 atau 4 angka", "a year of 2 or 4 digits"),
        DateError::NoSuchDay => lang.pick("tanggal itu tidak ada", "there is no such day"),
    }
}

pub fn refusal(lang: Lang, r: &Refusal) -> String {
    match r {
        Refusal::PasswordTooShort { min } => super::gate::password_too_short(lang, *min),
        Refusal::UsernameTaken => lang
            .pick("nama pengguna sudah dipakai", "user name already taken")
            .into(),
        Refusal::UsernameInvalid => lang
            .pick(
                "nama pengguna tidak sah (2–32 huruf kecil, angka, . _ -; diawali huruf)",
                "invalid user name (2–32 lower-case letters, digits, . _ -; a letter first)",
            )
            .into(),
        Refusal::UnknownEmployee => lang.pick("pegawai tidak dikenal", "unknown employee").into(),
        Refusal::EmployeeInactive => lang
            .pick("pegawai tidak aktif", "the employee is not active")
            .into(),
        Refusal::EmployeeHasAccount => lang
            .pick("pegawai ini sudah punya akun", "this employee already has an account")
            .into(),
        Refusal::UnknownAccount => lang.pick("akun tidak dikenal", "unknown account").into(),
        Refusal::NotAllowed => lang
            .pick(
                "tidak diizinkan (akun sendiri tidak dapat dinonaktifkan)",
                "not allowed (one's own account cannot be disabled)",
            )
            .into(),
        Refusal::AppraiserNeedsEmployee => lang
            .pick("akun penilai perlu pegawai", "an appraiser account needs an employee")
            .into(),
        Refusal::LastAdmin => lang
            .pick(
                "ditolak: ini admin aktif terakhir; tanpa admin tidak ada yang dapat mengelola akun",
                "refused: this is the last active admin; without one nobody can manage accounts",
            )
            .into(),
        Refusal::Key(e) => super::admin_keys::key_line_error(lang, e),
        Refusal::KeyDuplicate { username } => super::admin_keys::duplicate(lang, username),
        Refusal::KeyTooMany { max } => super::admin_keys::too_many(lang, *max),
        Refusal::KeyUnknown { which } => super::admin_keys::unknown_key(lang, which),
    }
}

pub fn done(lang: Lang, d: &Done) -> String {
    match (lang, d) {
        (Lang::Id, Done::Created { username }) => {
            format!("Akun {username} dibuat; kata sandi wajib diganti saat masuk pertama.")
        }
        (Lang::En, Done::Created { username }) => format!(
            "Account {username} created; the password must be changed at the first sign-in."
        ),
        (Lang::Id, Done::Reset { username }) => {
            format!("Kata sandi {username} diatur ulang; wajib diganti saat masuk.")
        }
        (Lang::En, Done::Reset { username }) => {
            format!("Password of {username} reset; it must be changed at sign-in.")
        }
        (
            Lang::Id,
            Done::Disabled {
                username,
                disabled: true,
            },
        ) => {
            format!("Akun {username} dinonaktifkan.")
        }
        (
            Lang::En,
            Done::Disabled {
                username,
                disabled: true,
            },
        ) => {
            format!("Account {username} disabled.")
        }
        (
            Lang::Id,
            Done::Disabled {
                username,
                disabled: false,
            },
        ) => {
            format!("Akun {username} diaktifkan.")
        }
        (
            Lang::En,
            Done::Disabled {
                username,
                disabled: false,
            },
        ) => {
            format!("Account {username} enabled.")
        }
        (
            _,
            Done::KeyAdded {
                username,
                fingerprint,
            },
        ) => super::admin_keys::added(lang, username, fingerprint),
        (
            _,
            Done::KeyRemoved {
                username,
                fingerprint,
            },
        ) => super::admin_keys::removed(lang, username, fingerprint),
    }
}

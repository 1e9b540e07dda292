//! The sign-in screens' words: why a sign-in, first admin, password change or reset did not
//! go through, and what the status line says after one.

use super::common::{t, T};
use super::Lang;
use crate::app::gate::form::GateError;

pub fn error(lang: Lang, e: &GateError) -> String {
    match e {
        GateError::BadCredentials => t(lang, T::GateBadCredentials).to_string(),
        GateError::Locked { until_ms } => {
            let until = chrono::DateTime::from_timestamp_millis(*until_ms)
                .map(|d| d.with_timezone(&chrono::Local).format("%H:%M").to_string())
                .unwrap_or_default();
            locked_until(lang, &until)
        }
        GateError::Required => t(lang, T::GateRequired).to_string(),
        GateError::TooShort { min } => password_too_short(lang, *min),
        GateError::Differ => t(lang, T::GateDiffer).to_string(),
        GateError::WrongPassword => t(lang, T::GateWrongPassword).to_string(),
        GateError::SamePassword => t(lang, T::GateSamePassword).to_string(),
        GateError::UsernameInvalid => t(lang, T::GateUsernameInvalid).to_string(),
        GateError::UnknownEmployee => t(lang, T::GateUnknownEmployee).to_string(),
        GateError::NoAccount => t(lang, T::NoAccount).to_string(),
        GateError::Forbidden => super::errors::forbidden(lang),
        GateError::Store(e) => super::errors::error(lang, e),
    }
}

pub fn welcome(lang: Lang, user: &str) -> String {
    match lang {
        Lang::Id => format!("Selamat datang, {user}. Tekan ? untuk bantuan."),
        Lang::En => format!("Welcome, {user}. Press ? for help."),
    }
}

pub fn password_changed(lang: Lang) -> String {
    lang.pick("Kata sandi diganti.", "Password changed.")
        .to_string()
}

pub fn locked_until(lang: Lang, until: &str) -> String {
    match lang {
        Lang::Id => format!(
            "Akun terkunci sampai {until} karena 5 kali salah kata sandi. Coba lagi nanti \
             atau minta admin mereset kata sandi."
        ),
        Lang::En => format!(
            "Account locked until {until} after 5 wrong passwords. Try again later or ask \
             an admin to reset the password."
        ),
    }
}

pub fn password_too_short(lang: Lang, min: usize) -> String {
    match lang {
        Lang::Id => format!("Kata sandi minimal {min} karakter."),
        Lang::En => format!("The password needs at least {min} characters."),
    }
}

pub fn password_reset(lang: Lang, user: &str) -> String {
    match lang {
        Lang::Id => {
            format!("Kata sandi akun {user} direset; ia harus menggantinya saat masuk berikutnya.")
        }
        Lang::En => {
            format!("The password of {user} was reset; they must change it at their next sign-in.")
        }
    }
}

pub fn signed_out_wrong_password(lang: Lang) -> String {
    lang.pick(
        "Terlalu sering salah kata sandi sekarang: Anda dikeluarkan. Silakan masuk lagi.",
        "Too many wrong current passwords: you were signed out. Please sign in again.",
    )
    .to_string()
}

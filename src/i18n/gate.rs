//! Why a sign-in, first admin, password change or reset did not go through.

use super::common::{t, T};
use super::employees as messages;
use super::Lang;
use crate::app::gate::form::GateError;

pub fn error(lang: Lang, e: &GateError) -> String {
    match e {
        GateError::BadCredentials => t(lang, T::GateBadCredentials).to_string(),
        GateError::Locked { until_ms } => {
            let until = chrono::DateTime::from_timestamp_millis(*until_ms)
                .map(|d| d.with_timezone(&chrono::Local).format("%H:%M").to_string())
                .unwrap_or_default();
            messages::locked_until(lang, &until)
        }
        GateError::Required => t(lang, T::GateRequired).to_string(),
        GateError::TooShort { min } => messages::password_too_short(lang, *min),
        GateError::Differ => t(lang, T::GateDiffer).to_string(),
        GateError::WrongPassword => t(lang, T::GateWrongPassword).to_string(),
        GateError::SamePassword => t(lang, T::GateSamePassword).to_string(),
        GateError::UsernameInvalid => t(lang, T::GateUsernameInvalid).to_string(),
        GateError::UnknownEmployee => t(lang, T::GateUnknownEmployee).to_string(),
        GateError::NoAccount => t(lang, T::NoAccount).to_string(),
        GateError::Forbidden => messages::forbidden(lang),
        GateError::Store(e) => super::errors::error(lang, e),
    }
}

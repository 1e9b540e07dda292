//! The status line in words: each `Notice` the app leaves, in the language of the moment.

use super::common::{t, T};
use super::{acting, employees as msg, errors, gate, period, transfer, Lang};
use crate::app::kit::notice::Notice;
use crate::domain::Directory;

/// `dir` names the people and units a broken rule mentions.
pub fn notice(lang: Lang, n: &Notice, dir: &dyn Directory) -> String {
    let rule = |e: &Option<crate::domain::RuleError>| {
        e.as_ref()
            .map(|e| msg::rule_error(lang, e, dir))
            .unwrap_or_default()
    };
    match n {
        Notice::Text(text) => t(lang, *text).to_string(),
        Notice::EmployeeSaved { name, created } => msg::saved(lang, name, *created),
        Notice::EmployeeDeactivated { name, moved, units } => {
            msg::deactivated(lang, name, *moved, units)
        }
        Notice::EmployeeReactivated { name } => msg::reactivated(lang, name),
        Notice::UnitSaved { name } => msg::unit_saved(lang, name),
        Notice::BatchApplied { units, employees } => msg::batch_applied(lang, *units, *employees),
        Notice::ActingSaved { id, created } => acting::acting_saved_short(lang, *id, *created),
        Notice::PlansImported { plans } => transfer::plans_imported(lang, *plans),
        Notice::ReviewsImported { years } => transfer::reviews_imported(lang, *years),
        Notice::Welcome { user } => gate::welcome(lang, user),
        Notice::PasswordChanged => gate::password_changed(lang),
        Notice::PasswordReset { user } => gate::password_reset(lang, user),
        Notice::SignedOutWrongPassword => gate::signed_out_wrong_password(lang),
        Notice::FormHasErrors(None) => t(lang, T::FormHasErrors).to_string(),
        Notice::FormHasErrors(first) => format!("{} {}", t(lang, T::FormHasErrors), rule(first)),
        Notice::Refused(first) => errors::refused(lang, &rule(first)),
        Notice::NotFound => errors::not_found(lang),
        Notice::Forbidden => errors::forbidden(lang),
        Notice::ActingRefused(errors) => acting::acting_errors(lang, errors),
        Notice::PeriodSaved { year, created } => period::saved(lang, *year, *created),
        Notice::PeriodRefused(e) => period::error(lang, e),
        Notice::Store(e) => errors::error(lang, e),
        Notice::Plan(n) => super::plans::note(lang, n),
        Notice::Settings(n) => super::settings::note(lang, n),
        Notice::Account(d) => super::admin_accounts::done(lang, d),
        Notice::AccountRefused(r) => super::admin_accounts::refusal(lang, r),
        Notice::Review(n) => super::reviews::note(lang, n),
        Notice::Feedback(n) => super::feedback::note(lang, n),
    }
}

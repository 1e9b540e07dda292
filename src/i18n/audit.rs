//! The audit screen's words.

use super::Lang;

/// An audit action in words.
pub fn audit_action(lang: Lang, a: crate::domain::AuditAction) -> &'static str {
    use crate::domain::AuditAction;
    let (id, en) = match a {
        AuditAction::Create => ("dibuat", "created"),
        AuditAction::Update => ("diubah", "changed"),
        AuditAction::Deactivate => ("dinonaktifkan", "deactivated"),
        AuditAction::Reactivate => ("diaktifkan", "reactivated"),
        AuditAction::Import => ("impor", "import"),
        AuditAction::Migrate => ("migrasi", "migration"),
        AuditAction::SignInFailed => ("salah sandi", "wrong password"),
        AuditAction::Lock => ("dikunci", "locked"),
        AuditAction::SignIn => ("masuk", "signed in"),
        AuditAction::PasswordChange => ("ganti sandi", "password changed"),
        AuditAction::PasswordReset => ("reset sandi", "password reset"),
        AuditAction::PasswordCheckFailed => ("salah sandi lama", "wrong current password"),
        AuditAction::SignOut => ("dikeluarkan", "signed out"),
    };
    lang.pick(id, en)
}

/// What an auditor types to find acting assignments, in both languages.
pub const ACTING_WORDS: &str = "plt plh pelaksana tugas pelaksana harian acting";

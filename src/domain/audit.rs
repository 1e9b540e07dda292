//! Jejak audit: who changed which record, when, and what it was before and after.

use serde::{Deserialize, Serialize};

/// The kinds of record the store keeps. Later issues add plans, reviews, sessions.
/// New variants go at the end: audit entries store the variant's position.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum RecordKind {
    Employee,
    Unit,
    /// A user account (`domain::Account`); its audit snapshots never hold the password hash.
    Account,
    /// An acting assignment, Plt/Plh (`domain::ActingAssignment`).
    Acting,
    /// SKP, a performance plan with its RHKs, indicators and realisations
    /// (`domain::plan::PerformancePlan`).
    Plan,
    /// Periode penilaian (`domain::plan::Period`); its id is the year.
    Period,
    /// Pengaturan kantor (`domain::OfficeSettings`); one record, id 1.
    Settings,
    /// Penilaian pegawai setahun (`domain::review::ReviewYear`); its id is the employee's,
    /// the year is in the entry's summary.
    Review,
    /// Predikat kinerja organisasi (`domain::review::UnitGrade`); its id is the unit's, the
    /// year is in the entry's summary.
    UnitGrade,
    /// Catatan umpan balik setahun (`domain::feedback::FeedbackYear`: dialog kinerja and
    /// quick notes); its id is the employee's, the year is in the entry's summary.
    Feedback,
    /// Kunci publik SSH of an account (`domain::AccountKeys`); its id is the account's. Its
    /// audit snapshots hold fingerprints and comments, not the key text.
    AccountKeys,
}

/// A reference to one stored record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct RecordRef {
    pub kind: RecordKind,
    pub id: u64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AuditAction {
    Create,
    Update,
    Deactivate,
    Reactivate,
    /// Written by `kinerja import`.
    Import,
    /// Written by a schema migration.
    Migrate,
    /// A wrong password for an existing account (the count of failures went up).
    SignInFailed,
    /// The wrong password that locked the account (`Account::after_failure`).
    Lock,
    /// A successful sign-in that cleared a count of failures or an expired lock.
    SignIn,
    /// The user changed their own password.
    PasswordChange,
    /// An admin set a new password; the user must change it at the next sign-in.
    PasswordReset,
    /// SKP diajukan: a plan submitted for the appraiser's decision.
    Submit,
    /// SKP disetujui.
    Approve,
    /// SKP ditolak, with the reason in the entry.
    Reject,
    /// An approved SKP opened again for changes, with the reason in the entry.
    Reopen,
    /// A wrong current password on the password-change screen (counts like a wrong sign-in;
    /// the one that reaches the limit is recorded as `Lock`).
    PasswordCheckFailed,
    /// The app ended a session itself (too many wrong current passwords).
    SignOut,
    /// Evaluasi ditandatangani: an evaluation signed.
    Sign,
    /// Keberatan diajukan: an objection filed against a signed evaluation.
    Object,
    /// Keputusan keberatan: the appraiser's superior decided an objection.
    Decide,
    /// A public key registered for an account (`kinerja user key add`, the admin screen).
    KeyAdd,
    /// A public key taken off an account.
    KeyRemove,
}

/// Entri jejak audit. `before`/`after` are JSON snapshots: self-describing, so the audit
/// trail stays readable after the record's binary schema has moved on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    /// Position in the trail, from 1, without gaps.
    pub seq: u64,
    /// Milliseconds since the Unix epoch, UTC.
    pub at_ms: i64,
    /// Who: a user name, or `cli:OSUSER` for command-line runs.
    pub actor: String,
    pub action: AuditAction,
    pub record: RecordRef,
    pub before: Option<String>,
    pub after: Option<String>,
    /// Why, where the user gave a reason (e.g. deactivation).
    pub reason: String,
}

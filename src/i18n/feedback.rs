//! The words of dialog kinerja (issue 9): session kinds, follow-up states, note tones, the
//! rules' errors, what a command did or why it was refused, audit summaries. The screens'
//! own texts belong to their own files.

use super::common::dmy;
use super::Lang;
use crate::app::feedback::command::{Done, Note, Refusal, Step};
use crate::domain::feedback::{
    FeedbackAudit, FeedbackError, FeedbackEvent, FollowUpRef, FollowUpStatus, NoteTone, Party,
    SessionKind,
};

/// What an auditor types to find feedback entries, in both languages.
pub const AUDIT_WORDS: &str = "dialog kinerja umpan balik catatan feedback session note";

/// Jenis dialog as shown (the Indonesian words are also the codes).
pub fn session_kind(lang: Lang, k: SessionKind) -> &'static str {
    match (lang, k) {
        (Lang::Id, SessionKind::Planning) => "Perencanaan",
        (Lang::En, SessionKind::Planning) => "Planning",
        (Lang::Id, SessionKind::Monitoring) => "Pemantauan",
        (Lang::En, SessionKind::Monitoring) => "Monitoring",
        (Lang::Id, SessionKind::Evaluation) => "Evaluasi",
        (Lang::En, SessionKind::Evaluation) => "Evaluation",
        (_, SessionKind::Coaching) => "Coaching",
        (_, SessionKind::Mentoring) => "Mentoring",
        (Lang::Id, SessionKind::Counseling) => "Konseling",
        (Lang::En, SessionKind::Counseling) => "Counseling",
    }
}

pub fn follow_up_status(lang: Lang, s: FollowUpStatus) -> &'static str {
    match (lang, s) {
        (Lang::Id, FollowUpStatus::Open) => "terbuka",
        (Lang::En, FollowUpStatus::Open) => "open",
        (Lang::Id, FollowUpStatus::Achieved) => "tercapai",
        (Lang::En, FollowUpStatus::Achieved) => "achieved",
        (Lang::Id, FollowUpStatus::NotAchieved) => "tidak tercapai",
        (Lang::En, FollowUpStatus::NotAchieved) => "not achieved",
    }
}

pub fn tone(lang: Lang, t: NoteTone) -> &'static str {
    match (lang, t) {
        (Lang::Id, NoteTone::Positive) => "positif",
        (Lang::En, NoteTone::Positive) => "positive",
        (Lang::Id, NoteTone::Negative) => "negatif",
        (Lang::En, NoteTone::Negative) => "negative",
    }
}

pub fn party(lang: Lang, p: Party) -> &'static str {
    match (lang, p) {
        (Lang::Id, Party::Employee) => "pegawai",
        (Lang::En, Party::Employee) => "employee",
        (Lang::Id, Party::Appraiser) => "pejabat penilai",
        (Lang::En, Party::Appraiser) => "appraiser",
    }
}

/// A follow-up named for people: "dialog #3 (2026), tindak lanjut 2".
pub fn follow_up_ref(lang: Lang, r: &FollowUpRef) -> String {
    format!(
        "{} #{} ({}), {} {}",
        lang.pick("dialog", "session"),
        r.session,
        r.year,
        lang.pick("tindak lanjut", "follow-up"),
        u32::from(r.index) + 1
    )
}

pub fn error(lang: Lang, e: &FeedbackError) -> String {
    let n = |i: &u16| u32::from(*i) + 1;
    match (lang, e) {
        (Lang::Id, FeedbackError::DateInFuture) => "tanggal tidak boleh setelah hari ini".into(),
        (Lang::En, FeedbackError::DateInFuture) => "the date may not be after today".into(),
        (Lang::Id, FeedbackError::EmptySituation) => "situasi/permasalahan belum diisi".into(),
        (Lang::En, FeedbackError::EmptySituation) => "the situation is empty".into(),
        (Lang::Id, FeedbackError::EmptyFollowUpItem { index }) => {
            format!("tindak lanjut {} belum diisi", n(index))
        }
        (Lang::En, FeedbackError::EmptyFollowUpItem { index }) => {
            format!("follow-up {} is empty", n(index))
        }
        (Lang::Id, FeedbackError::DueBeforeSession { index }) => {
            format!(
                "jatuh tempo tindak lanjut {} sebelum tanggal dialog",
                n(index)
            )
        }
        (Lang::En, FeedbackError::DueBeforeSession { index }) => {
            format!("follow-up {} is due before the session", n(index))
        }
        (Lang::Id, FeedbackError::EmptyNote) => "catatan belum diisi".into(),
        (Lang::En, FeedbackError::EmptyNote) => "the note is empty".into(),
        (Lang::Id, FeedbackError::NoteNotOneLine) => "catatan harus satu baris".into(),
        (Lang::En, FeedbackError::NoteNotOneLine) => "a note is one line".into(),
        (Lang::Id, FeedbackError::Locked) => {
            "dialog sudah diketahui kedua pihak: hanya reviu tindak lanjut yang bisa diubah".into()
        }
        (Lang::En, FeedbackError::Locked) => {
            "both parties acknowledged the session: only follow-up reviews may change".into()
        }
        (Lang::Id, FeedbackError::Acknowledged) => {
            "dialog yang sudah diketahui tidak bisa dihapus".into()
        }
        (Lang::En, FeedbackError::Acknowledged) => {
            "an acknowledged session cannot be deleted".into()
        }
        (Lang::Id, FeedbackError::AlreadyAcknowledged) => "sudah diketahui sebelumnya".into(),
        (Lang::En, FeedbackError::AlreadyAcknowledged) => "acknowledged already".into(),
        (Lang::Id, FeedbackError::BeforeSession) => "tanggal sebelum tanggal dialog".into(),
        (Lang::En, FeedbackError::BeforeSession) => "a date before the session".into(),
        (Lang::Id, FeedbackError::NextReviewBeforeReview) => {
            "tanggal reviu berikutnya sebelum tanggal reviu".into()
        }
        (Lang::En, FeedbackError::NextReviewBeforeReview) => {
            "the next review is before this review".into()
        }
        (Lang::Id, FeedbackError::AlreadyCarried) => {
            "tindak lanjut ini sudah dibawa ke dialog berikutnya".into()
        }
        (Lang::En, FeedbackError::AlreadyCarried) => {
            "this follow-up was carried over to a later session already".into()
        }
        (Lang::Id, FeedbackError::NoSuchSession) => "dialog tidak ditemukan".into(),
        (Lang::En, FeedbackError::NoSuchSession) => "no such session".into(),
        (Lang::Id, FeedbackError::NoSuchFollowUp) => "tindak lanjut tidak ditemukan".into(),
        (Lang::En, FeedbackError::NoSuchFollowUp) => "no such follow-up".into(),
        (Lang::Id, FeedbackError::NoSuchNote) => "catatan tidak ditemukan".into(),
        (Lang::En, FeedbackError::NoSuchNote) => "no such note".into(),
        (Lang::Id, FeedbackError::WrongYear) => "tanggal di luar tahunnya".into(),
        (Lang::En, FeedbackError::WrongYear) => "the date is outside its year".into(),
        (Lang::Id, FeedbackError::LinkedFollowUp { index }) => format!(
            "tindak lanjut {} terkait dialog lain (dibawa dari/ke dialog lain): tidak bisa dihapus",
            n(index)
        ),
        (Lang::En, FeedbackError::LinkedFollowUp { index }) => format!(
            "follow-up {} is linked to another session by carry-over: it cannot be removed",
            n(index)
        ),
    }
}

pub fn refusal(lang: Lang, r: &Refusal) -> String {
    match (lang, r) {
        (_, Refusal::Invalid(errors)) => errors
            .iter()
            .map(|e| error(lang, e))
            .collect::<Vec<_>>()
            .join("; "),
        (Lang::Id, Refusal::NotAppraiser) => {
            "hanya pejabat penilai pegawai ini (atasan langsung atau Plt/Plh-nya) yang mencatat dialog"
                .into()
        }
        (Lang::En, Refusal::NotAppraiser) => {
            "only this employee's appraiser (direct supervisor or their Plt/Plh) records sessions"
                .into()
        }
        (Lang::Id, Refusal::AdminWritesNobody) => {
            "admin melihat semua dialog tetapi tidak mencatat dialog".into()
        }
        (Lang::En, Refusal::AdminWritesNobody) => {
            "admins see every session but record none".into()
        }
        (Lang::Id, Refusal::NotEmployeeOrAppraiser) => {
            "hanya pegawai atau pejabat penilainya yang mengetahui dialog".into()
        }
        (Lang::En, Refusal::NotEmployeeOrAppraiser) => {
            "only the employee or their appraiser acknowledges a session".into()
        }
        (Lang::Id, Refusal::NotAdmin) => "impor dialog hanya untuk admin".into(),
        (Lang::En, Refusal::NotAdmin) => "only admins import sessions".into(),
        (Lang::Id, Refusal::UnknownEmployee) => "pegawai tidak dikenal atau tidak aktif".into(),
        (Lang::En, Refusal::UnknownEmployee) => "unknown or inactive employee".into(),
        (Lang::Id, Refusal::WrongYear) => "tanggal tidak di tahun yang dipilih".into(),
        (Lang::En, Refusal::WrongYear) => "the date is not in the year chosen".into(),
        (Lang::Id, Refusal::Stale) => {
            "catatan pegawai ini baru diubah orang lain: buka lagi".into()
        }
        (Lang::En, Refusal::Stale) => {
            "someone else just changed this employee's feedback: open it again".into()
        }
    }
}

pub fn done(lang: Lang, d: &Done) -> String {
    match (lang, d.step) {
        (Lang::Id, Step::SessionSaved { created: true }) if d.carried > 0 => format!(
            "Dialog {} dicatat; {} tindak lanjut dibawa dari dialog sebelumnya",
            d.name, d.carried
        ),
        (Lang::En, Step::SessionSaved { created: true }) if d.carried > 0 => format!(
            "Session with {} recorded; {} follow-ups carried over from earlier sessions",
            d.name, d.carried
        ),
        (Lang::Id, Step::SessionSaved { created: true }) => format!("Dialog {} dicatat", d.name),
        (Lang::En, Step::SessionSaved { created: true }) => {
            format!("Session with {} recorded", d.name)
        }
        (Lang::Id, Step::SessionSaved { created: false }) => {
            format!("Dialog {} disimpan", d.name)
        }
        (Lang::En, Step::SessionSaved { created: false }) => {
            format!("Session with {} saved", d.name)
        }
        (Lang::Id, Step::SessionDeleted) => format!("Dialog {} dihapus", d.name),
        (Lang::En, Step::SessionDeleted) => format!("Session with {} deleted", d.name),
        (Lang::Id, Step::NoteAdded) => format!("Catatan tentang {} dicatat", d.name),
        (Lang::En, Step::NoteAdded) => format!("Note on {} recorded", d.name),
        (Lang::Id, Step::NoteDeleted) => format!("Catatan tentang {} dihapus", d.name),
        (Lang::En, Step::NoteDeleted) => format!("Note on {} deleted", d.name),
        (Lang::Id, Step::NoteEdited) => format!("Catatan tentang {} diubah", d.name),
        (Lang::En, Step::NoteEdited) => format!("Note on {} changed", d.name),
        (Lang::Id, Step::FollowUpReviewed { achieved }) => format!(
            "Tindak lanjut {} direviu: {}",
            d.name,
            follow_up_status(lang, status(achieved))
        ),
        (Lang::En, Step::FollowUpReviewed { achieved }) => format!(
            "Follow-up of {} reviewed: {}",
            d.name,
            follow_up_status(lang, status(achieved))
        ),
        (Lang::Id, Step::Acknowledged(p)) => {
            format!("Dialog {} diketahui {}", d.name, party(lang, p))
        }
        (Lang::En, Step::Acknowledged(p)) => {
            format!(
                "Session with {} acknowledged by the {}",
                d.name,
                party(lang, p)
            )
        }
        (Lang::Id, Step::Imported) => format!("{} catatan dialog setahun diimpor", d.imported),
        (Lang::En, Step::Imported) => format!("{} feedback years imported", d.imported),
    }
}

fn status(achieved: bool) -> FollowUpStatus {
    if achieved {
        FollowUpStatus::Achieved
    } else {
        FollowUpStatus::NotAchieved
    }
}

pub fn note(lang: Lang, n: &Note) -> String {
    match n {
        Note::Done(d) => done(lang, d),
        Note::Refused(r) => refusal(lang, r),
    }
}

/// The record column of a feedback entry: "Dialog kinerja 2026 · NAME (NIP)".
pub fn audit_record(lang: Lang, year: i32, record: &str) -> String {
    format!(
        "{} {year} · {record}",
        lang.pick("Dialog kinerja", "Feedback")
    )
}

/// A feedback entry of the audit trail as lines: whose, the year, what changed.
pub fn audit_summary(lang: Lang, a: &FeedbackAudit) -> Vec<String> {
    let mut out = vec![format!(
        "{} {} · {} ({})",
        lang.pick("Dialog kinerja", "Feedback"),
        a.year,
        a.employee.name,
        a.employee.nip.grouped()
    )];
    out.extend(a.events.iter().map(|e| event(lang, e)));
    out
}

fn event(lang: Lang, e: &FeedbackEvent) -> String {
    match e {
        FeedbackEvent::SessionAdded { id, date, kind } => format!(
            "{} #{id} {} ({})",
            lang.pick("dialog baru", "new session"),
            dmy(*date),
            session_kind(lang, *kind)
        ),
        FeedbackEvent::SessionChanged { id } => {
            format!("{} #{id}", lang.pick("dialog diubah", "session changed"))
        }
        FeedbackEvent::SessionRemoved { id } => {
            format!("{} #{id}", lang.pick("dialog dihapus", "session deleted"))
        }
        FeedbackEvent::Acknowledged { id, by_employee } => format!(
            "{} #{id} {} {}",
            lang.pick("dialog", "session"),
            lang.pick("diketahui", "acknowledged by the"),
            party(
                lang,
                if *by_employee {
                    Party::Employee
                } else {
                    Party::Appraiser
                }
            )
        ),
        FeedbackEvent::FollowUpReviewed { at, achieved } => format!(
            "{}: {}",
            follow_up_ref(lang, at),
            follow_up_status(lang, status(*achieved))
        ),
        FeedbackEvent::CarriedOver { from, to } => format!(
            "{} → {}",
            follow_up_ref(lang, from),
            follow_up_ref(lang, to)
        ),
        FeedbackEvent::NoteAdded { id, date, tone: t } => format!(
            "{} #{id} {} ({})",
            lang.pick("catatan baru", "new note"),
            dmy(*date),
            tone(lang, *t)
        ),
        FeedbackEvent::NoteChanged { id } => {
            format!("{} #{id}", lang.pick("catatan diubah", "note changed"))
        }
        FeedbackEvent::NoteRemoved { id } => {
            format!("{} #{id}", lang.pick("catatan dihapus", "note deleted"))
        }
    }
}

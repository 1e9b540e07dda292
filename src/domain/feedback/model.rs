//! The records of dialog kinerja: sessions, follow-ups and their reviews, quick notes, and the
//! year that holds them.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::domain::plan::PlanId;
use crate::domain::ruledata::CoreValue;
use crate::domain::{dates, EmployeeId};

/// Jenis dialog kinerja: the kind of a feedback session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum SessionKind {
    /// Perencanaan.
    Planning,
    /// Pemantauan.
    Monitoring,
    /// Evaluasi.
    Evaluation,
    /// Coaching.
    Coaching,
    /// Mentoring.
    Mentoring,
    /// Konseling.
    Counseling,
}

impl SessionKind {
    pub const ALL: [SessionKind; 6] = [
        SessionKind::Planning,
        SessionKind::Monitoring,
        SessionKind::Evaluation,
        SessionKind::Coaching,
        SessionKind::Mentoring,
        SessionKind::Counseling,
    ];

    /// The Indonesian word, lower case (CSV `jenis`, exports): also the code.
    pub fn code(self) -> &'static str {
        match self {
            SessionKind::Planning => "perencanaan",
            SessionKind::Monitoring => "pemantauan",
            SessionKind::Evaluation => "evaluasi",
            SessionKind::Coaching => "coaching",
            SessionKind::Mentoring => "mentoring",
            SessionKind::Counseling => "konseling",
        }
    }

    /// Reads [`SessionKind::code`] in any case, surrounding blanks ignored.
    pub fn parse(s: &str) -> Option<SessionKind> {
        let s = s.trim();
        SessionKind::ALL
            .into_iter()
            .find(|k| k.code().eq_ignore_ascii_case(s))
    }
}

/// Topik dialog: what a session or a note is about, an RHK of a plan (its text kept as it
/// was then) or a core value (BerAKHLAK).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Topic {
    /// Rencana hasil kerja: plan, RHK number in the plan (from 1), RHK text as snapshot.
    Result {
        plan: PlanId,
        number: u16,
        text: String,
    },
    /// Nilai dasar (core value).
    CoreValue(CoreValue),
}

/// Names one follow-up of an employee: the year of its record, the session, its position
/// in the session's follow-ups (from 0).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct FollowUpRef {
    pub year: i32,
    pub session: u32,
    pub index: u16,
}

/// Status tindak lanjut.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum FollowUpStatus {
    /// Terbuka: not reviewed yet.
    Open,
    /// Tercapai.
    Achieved,
    /// Tidak tercapai.
    NotAchieved,
}

impl FollowUpStatus {
    pub const ALL: [FollowUpStatus; 3] = [
        FollowUpStatus::Open,
        FollowUpStatus::Achieved,
        FollowUpStatus::NotAchieved,
    ];

    /// `terbuka`, `tercapai`, `tidak_tercapai` (CSV `status_tindak_lanjut`).
    pub fn code(self) -> &'static str {
        match self {
            FollowUpStatus::Open => "terbuka",
            FollowUpStatus::Achieved => "tercapai",
            FollowUpStatus::NotAchieved => "tidak_tercapai",
        }
    }

    /// Reads a code in any case; `tidak tercapai` with a blank is taken too.
    pub fn parse(s: &str) -> Option<FollowUpStatus> {
        let s = s.trim().replace(' ', "_");
        FollowUpStatus::ALL
            .into_iter()
            .find(|k| k.code().eq_ignore_ascii_case(&s))
    }
}

/// Reviu tindak lanjut: the later review of one follow-up.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowUpReview {
    /// Tanggal reviu.
    #[serde(with = "dates::req")]
    pub on: NaiveDate,
    /// Tercapai (true) / tidak tercapai (false).
    pub achieved: bool,
    /// Penjelasan.
    pub explanation: String,
    /// Rencana berikutnya.
    pub next_plan: String,
    /// Tanggal reviu berikutnya.
    #[serde(with = "dates::opt")]
    pub next_review: Option<NaiveDate>,
}

/// Rencana tindak lanjut: one agreed follow-up of a session.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowUp {
    /// Rencana tindak lanjut (the item).
    pub item: String,
    /// Kompetensi yang dikembangkan.
    pub competence: String,
    /// Metode (pelatihan, coaching, on-the-job...).
    pub method: String,
    /// Waktu pelaksanaan (free text).
    pub when: String,
    /// Tanggung jawab pegawai.
    pub employee_part: String,
    /// Tanggung jawab pejabat penilai.
    pub appraiser_part: String,
    /// Jatuh tempo.
    #[serde(with = "dates::opt")]
    pub due: Option<NaiveDate>,
    pub review: Option<FollowUpReview>,
    /// The unachieved follow-up this one continues (carried over).
    pub carried_from: Option<FollowUpRef>,
    /// Where this unachieved follow-up was carried to (set once).
    pub carried_to: Option<FollowUpRef>,
}

impl FollowUp {
    pub fn status(&self) -> FollowUpStatus {
        match &self.review {
            None => FollowUpStatus::Open,
            Some(r) if r.achieved => FollowUpStatus::Achieved,
            Some(_) => FollowUpStatus::NotAchieved,
        }
    }
}

/// Dialog kinerja: one feedback session between the appraiser and the employee.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    /// Unique within the employee-year record, from 1; 0 = not stored yet.
    pub id: u32,
    /// Tanggal dialog.
    #[serde(with = "dates::req")]
    pub date: NaiveDate,
    /// Jenis dialog.
    pub kind: SessionKind,
    /// Pejabat penilai holding the session.
    pub appraiser: EmployeeId,
    /// Situasi / permasalahan (multi-line).
    pub situation: String,
    /// Topik: RHKs and/or core values.
    pub topics: Vec<Topic>,
    /// Rencana tindak lanjut.
    pub follow_ups: Vec<FollowUp>,
    /// Diketahui pegawai (date).
    #[serde(with = "dates::opt")]
    pub acknowledged_by_employee: Option<NaiveDate>,
    /// Diketahui pejabat penilai (date).
    #[serde(with = "dates::opt")]
    pub acknowledged_by_appraiser: Option<NaiveDate>,
}

impl Session {
    /// A new, empty session (id 0).
    pub fn new(date: NaiveDate, kind: SessionKind, appraiser: EmployeeId) -> Session {
        Session {
            id: 0,
            date,
            kind,
            appraiser,
            situation: String::new(),
            topics: Vec::new(),
            follow_ups: Vec::new(),
            acknowledged_by_employee: None,
            acknowledged_by_appraiser: None,
        }
    }

    /// Acknowledged by both: read-only except for follow-up reviews.
    pub fn locked(&self) -> bool {
        self.acknowledged_by_employee.is_some() && self.acknowledged_by_appraiser.is_some()
    }

    /// Acknowledged by nobody (the only state in which it may be deleted).
    pub fn unacknowledged(&self) -> bool {
        self.acknowledged_by_employee.is_none() && self.acknowledged_by_appraiser.is_none()
    }
}

/// Nada catatan: a positive or negative observation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum NoteTone {
    /// Positif.
    Positive,
    /// Negatif.
    Negative,
}

/// Catatan kinerja: a one-line quick note about a subordinate.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuickNote {
    /// Unique within the employee-year record (shared with sessions), from 1; 0 = new.
    pub id: u32,
    #[serde(with = "dates::req")]
    pub date: NaiveDate,
    /// Penulis (the appraiser, usually).
    pub author: EmployeeId,
    pub tone: NoteTone,
    /// One line.
    pub text: String,
    pub topic: Option<Topic>,
}

/// Catatan umpan balik setahun: one employee's sessions and quick notes of one year.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedbackYear {
    pub employee: EmployeeId,
    pub year: i32,
    /// Bumped by the store on every save; a save based on an older revision is refused.
    pub revision: u64,
    /// The id the next session or note gets (from 1).
    pub next_id: u32,
    /// By date, then id.
    pub sessions: Vec<Session>,
    /// By date, then id.
    pub notes: Vec<QuickNote>,
}

impl FeedbackYear {
    /// A year with nothing recorded (revision 0: not stored).
    pub fn new(employee: EmployeeId, year: i32) -> FeedbackYear {
        FeedbackYear {
            employee,
            year,
            revision: 0,
            next_id: 1,
            sessions: Vec::new(),
            notes: Vec::new(),
        }
    }

    pub fn session(&self, id: u32) -> Option<&Session> {
        self.sessions.iter().find(|s| s.id == id)
    }

    pub fn session_mut(&mut self, id: u32) -> Option<&mut Session> {
        self.sessions.iter_mut().find(|s| s.id == id)
    }

    pub fn note(&self, id: u32) -> Option<&QuickNote> {
        self.notes.iter().find(|n| n.id == id)
    }

    /// The follow-up `at` names, if it is in this record (its year is this year).
    pub fn follow_up(&self, at: &FollowUpRef) -> Option<&FollowUp> {
        if at.year != self.year {
            return None;
        }
        self.session(at.session)?
            .follow_ups
            .get(usize::from(at.index))
    }

    pub fn follow_up_mut(&mut self, at: &FollowUpRef) -> Option<&mut FollowUp> {
        if at.year != self.year {
            return None;
        }
        self.session_mut(at.session)?
            .follow_ups
            .get_mut(usize::from(at.index))
    }

    /// A fresh id for a session or note of this record.
    pub fn take_id(&mut self) -> u32 {
        let used = self
            .sessions
            .iter()
            .map(|s| s.id)
            .chain(self.notes.iter().map(|n| n.id))
            .max()
            .unwrap_or(0);
        let id = self.next_id.max(used.saturating_add(1)).max(1);
        self.next_id = id.saturating_add(1);
        id
    }

    /// Adds or replaces (same id) a session, keeping date-then-id order.
    pub fn put_session(&mut self, s: Session) {
        self.sessions.retain(|o| o.id != s.id);
        let at = self
            .sessions
            .partition_point(|o| (o.date, o.id) < (s.date, s.id));
        self.sessions.insert(at, s);
    }

    /// Removes a session; whether there was one.
    pub fn remove_session(&mut self, id: u32) -> bool {
        let n = self.sessions.len();
        self.sessions.retain(|s| s.id != id);
        self.sessions.len() != n
    }

    /// Adds or replaces (same id) a note, keeping date-then-id order.
    pub fn put_note(&mut self, n: QuickNote) {
        self.notes.retain(|o| o.id != n.id);
        let at = self
            .notes
            .partition_point(|o| (o.date, o.id) < (n.date, n.id));
        self.notes.insert(at, n);
    }

    pub fn remove_note(&mut self, id: u32) -> bool {
        let n = self.notes.len();
        self.notes.retain(|x| x.id != id);
        self.notes.len() != n
    }

    /// How many sessions and notes are dated in `[from, to]`.
    pub fn entries_in(&self, from: NaiveDate, to: NaiveDate) -> usize {
        let inside = |d: NaiveDate| from <= d && d <= to;
        self.sessions.iter().filter(|s| inside(s.date)).count()
            + self.notes.iter().filter(|n| inside(n.date)).count()
    }

    /// Every follow-up not reviewed yet, in session order.
    pub fn open_follow_ups(&self) -> Vec<(FollowUpRef, &FollowUp)> {
        self.follow_ups()
            .filter(|(_, f)| f.status() == FollowUpStatus::Open)
            .collect()
    }

    /// Every follow-up with its reference, in session order.
    pub fn follow_ups(&self) -> impl Iterator<Item = (FollowUpRef, &FollowUp)> {
        let year = self.year;
        self.sessions.iter().flat_map(move |s| {
            s.follow_ups.iter().enumerate().map(move |(i, f)| {
                (
                    FollowUpRef {
                        year,
                        session: s.id,
                        index: u16::try_from(i).unwrap_or(u16::MAX),
                    },
                    f,
                )
            })
        })
    }

    /// Whether every dated entry falls in this record's year.
    pub fn dates_in_year(&self) -> bool {
        self.sessions.iter().all(|s| s.date.year() == self.year)
            && self.notes.iter().all(|n| n.date.year() == self.year)
    }
}

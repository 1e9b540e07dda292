//! The demo office's feedback (issue 9): sessions, follow-ups and quick notes across the demo
//! years (the current one and the two before), for every active employee with a supervisor:
//! - each year a planning session in January, monitoring sessions in April and July, a
//!   coaching session in October and an evaluation session in December (those not after
//!   today), each monitoring and coaching session with one follow-up due 45 days later;
//! - follow-ups due three weeks or more before today are reviewed on their due date: achieved,
//!   except every fourth, which is not achieved and is carried over into the employee's next
//!   session by the domain's carry-over rule (the copy then reviewed as achieved);
//!   follow-ups due later stay open: overdue ones (due in the last three weeks) and ones due
//!   soon show on the supervisors' agendas;
//! - half of Ibu Maria's team also had a coaching session ten days ago (a follow-up due in a
//!   week), none of those without feedback in the current segment;
//! - every third employee has no session or note in the current segment (the agenda lists
//!   them under "no feedback");
//! - three quick notes a year (one negative for every fourth employee), tied to a core value;
//! - [`LATE_FEEDBACK`]: last year, all of his feedback falls in the last weeks of December
//!   (the recency bias the history screen makes visible).
//!
//! Deterministic for a given day; dates relative to it.

use chrono::{Datelike, Days, NaiveDate};

use crate::app::Register;
use crate::domain::feedback::{
    carry_over, FeedbackYear, FollowUp, FollowUpReview, NoteTone, QuickNote, Session, SessionKind,
    Topic,
};
use crate::domain::ruledata::CoreValue;
use crate::domain::{Employee, EmployeeId};

/// Whose feedback of last year all falls in its last weeks.
pub const LATE_FEEDBACK: &str = "Hendrik Wanggai";
/// The supervisor whose team had coaching ten days ago.
pub const COACHED_TEAM_OF: &str = "Maria Kaize";

/// Follow-ups due at least this many days before today are reviewed.
const REVIEWED_AFTER_DAYS: u64 = 21;

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

const SITUATIONS: [(SessionKind, &str); 5] = [
    (
        SessionKind::Planning,
        "Menyepakati rencana hasil kerja tahun ini dan ekspektasi perilaku kerja.\n\
         Pegawai meminta kejelasan target layanan bulanan.",
    ),
    (
        SessionKind::Monitoring,
        "Capaian triwulan sesuai jadwal, tetapi bukti dukung belum lengkap.\n\
         Beberapa berkas menunggu verifikasi lebih dari tiga hari.",
    ),
    (
        SessionKind::Monitoring,
        "Realisasi pertengahan tahun dibahas; beban kerja meningkat saat pelayanan keliling.",
    ),
    (
        SessionKind::Coaching,
        "Pendampingan cara menyusun laporan bulanan yang ringkas dan tepat waktu.",
    ),
    (
        SessionKind::Evaluation,
        "Evaluasi capaian setahun dan umpan balik perilaku kerja sebelum penilaian tahunan.",
    ),
];

const ITEMS: [(&str, &str, &str); 4] = [
    (
        "Melengkapi bukti dukung setiap realisasi paling lambat tanggal 5 bulan berikutnya",
        "Ketelitian administrasi",
        "On the job",
    ),
    (
        "Mengikuti pelatihan pelayanan prima",
        "Pelayanan publik",
        "Pelatihan",
    ),
    (
        "Menyusun daftar periksa verifikasi berkas kependudukan",
        "Pengelolaan berkas",
        "Coaching",
    ),
    (
        "Menyelesaikan laporan bulanan sebelum rapat staf",
        "Manajemen waktu",
        "Mentoring",
    ),
];

const NOTES: [(NoteTone, &str); 4] = [
    (
        NoteTone::Positive,
        "Membantu warga lansia mengurus KTP di luar jam layanan",
    ),
    (
        NoteTone::Positive,
        "Menyelesaikan rekap data tepat waktu tanpa diingatkan",
    ),
    (
        NoteTone::Negative,
        "Terlambat menyerahkan laporan mingguan tanpa pemberitahuan",
    ),
    (
        NoteTone::Positive,
        "Berbagi cara kerja aplikasi baru kepada rekan seksi",
    ),
];

/// The records being built for one employee.
struct Builder {
    employee: EmployeeId,
    appraiser: EmployeeId,
    today: NaiveDate,
    /// No entries in `[quiet_from, today]` (the current segment), when set.
    quiet_from: Option<NaiveDate>,
    years: Vec<FeedbackYear>,
    /// A running number for the every-fourth rules.
    n: usize,
}

impl Builder {
    fn allowed(&self, d: NaiveDate) -> bool {
        d <= self.today && self.quiet_from.is_none_or(|q| q > d)
    }

    fn year_mut(&mut self, y: i32) -> &mut FeedbackYear {
        let at = match self.years.iter().position(|r| r.year == y) {
            Some(at) => at,
            None => {
                self.years.push(FeedbackYear::new(self.employee, y));
                self.years.sort_by_key(|r| r.year);
                self.years.iter().position(|r| r.year == y).unwrap_or(0)
            }
        };
        &mut self.years[at]
    }

    /// The review a follow-up due on `due` has by today: reviewed on its due date when that
    /// is three weeks or more ago (every fourth not achieved, unless it is a carried copy).
    fn review(&mut self, due: NaiveDate, carried: bool) -> Option<FollowUpReview> {
        let limit = self
            .today
            .checked_sub_days(Days::new(REVIEWED_AFTER_DAYS))?;
        if due > limit {
            return None;
        }
        self.n += 1;
        let achieved = carried || self.n % 4 != 0;
        Some(FollowUpReview {
            on: due,
            achieved,
            explanation: if achieved {
                "Sudah dilaksanakan sesuai kesepakatan".into()
            } else {
                "Belum terlaksana karena beban pelayanan keliling".into()
            },
            next_plan: if achieved {
                String::new()
            } else {
                "Dijadwalkan ulang pada bulan berikutnya".into()
            },
            next_review: if achieved {
                None
            } else {
                due.checked_add_days(Days::new(30))
            },
        })
    }

    fn session(&mut self, on: NaiveDate, kind: SessionKind, situation: &str, item: Option<usize>) {
        if !self.allowed(on) {
            return;
        }
        let mut s = Session::new(on, kind, self.appraiser);
        s.situation = situation.to_string();
        s.topics = vec![Topic::CoreValue(
            CoreValue::ALL[(self.n + on.month() as usize) % CoreValue::ALL.len()],
        )];
        s.id = self.year_mut(on.year()).take_id();
        // Earlier unachieved follow-ups come first, as the app carries them.
        let changed = carry_over(&self.years, &mut s);
        for c in changed {
            if let Some(slot) = self.years.iter_mut().find(|r| r.year == c.year) {
                *slot = c;
            }
        }
        for i in 0..s.follow_ups.len() {
            // A carried copy keeps the old next-review date, which may lie before this
            // session: it is agreed anew a month ahead.
            if s.follow_ups[i].due.is_none_or(|d| d < on) {
                s.follow_ups[i].due = on.checked_add_days(Days::new(30));
            }
            if let Some(due) = s.follow_ups[i].due {
                s.follow_ups[i].review = self.review(due, true);
            }
        }
        if let Some(k) = item {
            let (text, competence, method) = ITEMS[k % ITEMS.len()];
            let due = on.checked_add_days(Days::new(45)).unwrap_or(on);
            let review = self.review(due, false);
            s.follow_ups.push(FollowUp {
                item: text.to_string(),
                competence: competence.to_string(),
                method: method.to_string(),
                when: "Bulan berikutnya".into(),
                employee_part: "Melaksanakan dan melaporkan hasilnya".into(),
                appraiser_part: "Memantau dan memberi umpan balik".into(),
                due: Some(due),
                review,
                carried_from: None,
                carried_to: None,
            });
        }
        let week_ago = self
            .today
            .checked_sub_days(Days::new(7))
            .unwrap_or(self.today);
        let next_day = on.succ_opt().unwrap_or(on).min(self.today);
        s.acknowledged_by_appraiser = Some(on);
        if on <= week_ago {
            s.acknowledged_by_employee = Some(next_day);
        }
        self.year_mut(on.year()).put_session(s);
    }

    fn note(&mut self, on: NaiveDate, which: usize) {
        if !self.allowed(on) {
            return;
        }
        let (tone, text) = NOTES[which % NOTES.len()];
        let author = self.appraiser;
        let y = self.year_mut(on.year());
        let id = y.take_id();
        y.put_note(QuickNote {
            id,
            date: on,
            author,
            tone,
            text: text.to_string(),
            topic: Some(Topic::CoreValue(
                CoreValue::ALL[which % CoreValue::ALL.len()],
            )),
        });
    }

    /// The usual year: sessions through the year and three notes.
    fn usual_year(&mut self, y: i32, i: usize) {
        let day = 8 + (i % 15) as u32;
        let plan = [
            (1, 0, None),
            (4, 1, Some(i)),
            (7, 2, Some(i + 1)),
            (10, 3, Some(i + 2)),
            (12, 4, None),
        ];
        for (month, s, item) in plan {
            let (kind, text) = SITUATIONS[s];
            if let Some(on) = date(y, month, day) {
                self.session(on, kind, text, item);
            }
        }
        let negative = i % 4 == 1;
        for (month, which) in [(2, 0), (5, if negative { 2 } else { 1 }), (8, 3)] {
            if let Some(on) = date(y, month, day + 3) {
                self.note(on, which + i);
            }
        }
    }

    /// All of a year's feedback in its last weeks (a few days before the appraisal).
    fn late_year(&mut self, y: i32) {
        for (d, which) in [(2, 0), (9, 1), (15, 3)] {
            if let Some(on) = date(y, 12, d) {
                self.note(on, which);
            }
        }
        let (kind, text) = SITUATIONS[4];
        if let Some(on) = date(y, 12, 18) {
            self.session(on, kind, text, Some(3));
        }
    }
}

/// The demo's feedback years, for `today`, with the current segment starting on
/// `segment_from`.
pub fn feedback(reg: &Register, today: NaiveDate, segment_from: NaiveDate) -> Vec<FeedbackYear> {
    let this_year = today.year();
    let coach = reg
        .employees()
        .iter()
        .find(|e| e.full_name().starts_with(COACHED_TEAM_OF))
        .map(|e| e.id);
    let mut out = Vec::new();
    let people: Vec<&Employee> = reg
        .employees()
        .iter()
        .filter(|e| e.is_active() && e.supervisor.is_some())
        .collect();
    for (i, e) in people.into_iter().enumerate() {
        let Some(appraiser) = e.supervisor else {
            continue;
        };
        let quiet = i % 3 == 0;
        let mut b = Builder {
            employee: e.id,
            appraiser,
            today,
            quiet_from: quiet.then_some(segment_from),
            years: Vec::new(),
            n: i,
        };
        let late = e.full_name().starts_with(LATE_FEEDBACK);
        for y in this_year - 2..=this_year {
            if late && y == this_year - 1 {
                b.late_year(y);
            } else {
                b.usual_year(y, i);
            }
        }
        if !quiet && i % 2 == 0 && Some(appraiser) == coach {
            if let Some(on) = today.checked_sub_days(Days::new(10)) {
                let (kind, text) = SITUATIONS[3];
                b.session(on, kind, text, None);
                // Due in a week: on the agenda, not overdue.
                let y = b.year_mut(on.year());
                if let Some(s) = y.sessions.iter_mut().find(|s| s.date == on) {
                    s.follow_ups.push(FollowUp {
                        item: "Menyerahkan draf SOP pelayanan keliling".into(),
                        competence: "Perencanaan layanan".into(),
                        method: "Coaching".into(),
                        when: "Minggu depan".into(),
                        due: today.checked_add_days(Days::new(7)),
                        ..FollowUp::default()
                    });
                }
            }
        }
        out.extend(
            b.years
                .into_iter()
                .filter(|y| !y.sessions.is_empty() || !y.notes.is_empty()),
        );
    }
    out.sort_by_key(|y| (y.employee, y.year));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::feedback::{check_note, check_session, FollowUpStatus};

    fn office(today: NaiveDate) -> Register {
        let mut n = 0;
        let (units, employees) = super::super::demo::records(today, |_| {
            n += 1;
            Ok::<u64, ()>(n)
        })
        .unwrap();
        Register::from_parts(employees, units)
    }

    #[test]
    fn every_entry_is_valid_and_the_stories_are_there() {
        for today in [
            date(2026, 12, 1).unwrap(),
            date(2026, 1, 5).unwrap(),
            date(2027, 6, 30).unwrap(),
        ] {
            let reg = office(today);
            let seg = date(today.year(), ((today.month() - 1) / 3) * 3 + 1, 1).unwrap();
            let years = feedback(&reg, today, seg);
            assert!(years.len() > 50, "{today}: {}", years.len());
            let mut overdue = 0;
            let mut carried = 0;
            for y in &years {
                assert!(y.dates_in_year());
                for s in &y.sessions {
                    assert_eq!(check_session(s, today), vec![], "{today} {s:?}");
                    for f in &s.follow_ups {
                        if f.status() == FollowUpStatus::Open && f.due.is_some_and(|d| d < today) {
                            overdue += 1;
                        }
                        if f.carried_from.is_some() {
                            carried += 1;
                        }
                    }
                }
                for n in &y.notes {
                    assert_eq!(check_note(n, today), vec![]);
                }
            }
            assert!(carried > 0, "{today}: some carried over");
            if today.month() > 2 {
                assert!(overdue > 0, "{today}: some overdue");
            }
            let hendrik = reg
                .employees()
                .iter()
                .find(|e| e.full_name().starts_with(LATE_FEEDBACK))
                .unwrap();
            let late = years
                .iter()
                .find(|y| y.employee == hendrik.id && y.year == today.year() - 1)
                .unwrap();
            assert!(late.sessions.iter().all(|s| s.date.month() == 12));
            assert!(late.notes.iter().all(|n| n.date.month() == 12));
            assert_eq!(late.notes.len(), 3);
        }
    }
}

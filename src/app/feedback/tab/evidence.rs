//! The period's sessions and quick notes as the scoring form lists them beside the ratings:
//! numbered in date order so that a justification can cite them ("lihat catatan 3").

use chrono::NaiveDate;

use crate::app::feedback::query::PeriodFeedback;
use crate::domain::feedback::{NoteTone, SessionKind};

/// What a cited entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CitedKind {
    Session(SessionKind),
    Note(NoteTone),
}

/// One session or note of the judged period.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cited {
    /// From 1, in date order (sessions before notes of the same day).
    pub number: usize,
    pub date: NaiveDate,
    pub kind: CitedKind,
    /// The situation's first line, or the note.
    pub first_line: String,
}

/// The period's entries, numbered.
pub fn cited(p: &PeriodFeedback) -> Vec<Cited> {
    let mut all: Vec<(NaiveDate, u8, i32, u32, CitedKind, String)> = p
        .sessions
        .iter()
        .map(|(y, s)| {
            (
                s.date,
                0,
                *y,
                s.id,
                CitedKind::Session(s.kind),
                s.situation.lines().next().unwrap_or_default().to_string(),
            )
        })
        .chain(
            p.notes
                .iter()
                .map(|(y, n)| (n.date, 1, *y, n.id, CitedKind::Note(n.tone), n.text.clone())),
        )
        .collect();
    all.sort_by_key(|(d, order, y, id, ..)| (*d, *order, *y, *id));
    all.into_iter()
        .enumerate()
        .map(|(i, (date, _, _, _, kind, first_line))| Cited {
            number: i + 1,
            date,
            kind,
            first_line,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::feedback::{QuickNote, Session};
    use crate::domain::EmployeeId;

    #[test]
    fn entries_are_numbered_in_date_order_sessions_first_on_a_day() {
        let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
        let mut s = Session::new(d(3, 12), SessionKind::Coaching, EmployeeId(2));
        s.id = 4;
        s.situation = "Antrean loket\nbaris dua".into();
        let note = |id, date, text: &str| QuickNote {
            id,
            date,
            author: EmployeeId(2),
            tone: NoteTone::Negative,
            text: text.into(),
            topic: None,
        };
        let p = PeriodFeedback {
            sessions: vec![(2026, s)],
            notes: vec![
                (2026, note(1, d(2, 1), "terlambat apel")),
                (2026, note(5, d(3, 12), "sama hari")),
            ],
        };
        let c = cited(&p);
        let got: Vec<(usize, &str)> = c
            .iter()
            .map(|x| (x.number, x.first_line.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                (1, "terlambat apel"),
                (2, "Antrean loket"),
                (3, "sama hari")
            ]
        );
        assert_eq!(c[1].kind, CitedKind::Session(SessionKind::Coaching));
    }
}
